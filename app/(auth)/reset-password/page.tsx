import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { RequestResetForm } from "@/components/auth/password-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default async function RequestResetPage() {
  const t = await getTranslations("auth");
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold tracking-tight">{t("resetTitle")}</h1>
        <CardDescription>{t("resetLead")}</CardDescription>
      </CardHeader>
      <CardContent>
        <RequestResetForm />
      </CardContent>
    </Card>
  );
}
