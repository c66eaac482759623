import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { SetupForm } from "@/components/auth/password-forms";
import { needsSetup } from "@/lib/account/mutations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("setupTitle") };
}

/** First-run screen of an installation started without demo data (QUORUM_DEMO=0). */
export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/sign-in");
  const t = await getTranslations("auth");
  const locale = await getLocale();
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold tracking-tight">{t("setupTitle")}</h1>
        <CardDescription>{t("setupLead")}</CardDescription>
      </CardHeader>
      <CardContent>
        <SetupForm locale={locale === "en" ? "en" : "pl"} />
      </CardContent>
    </Card>
  );
}
