import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { ResetPasswordForm } from "@/components/auth/password-forms";
import { findValidResetToken } from "@/lib/account/mutations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("newPasswordTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  const valid = token.length <= 200 && (await findValidResetToken(token));
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold tracking-tight">{t("newPasswordTitle")}</h1>
        {valid ? <CardDescription>{valid.user.email}</CardDescription> : null}
      </CardHeader>
      <CardContent>
        {valid ? (
          <ResetPasswordForm token={token} />
        ) : (
          <div className="space-y-4">
            <p role="alert" className="text-sm text-destructive">
              {t("invalidLink")}
            </p>
            <Button asChild variant="outline">
              <Link href="/reset-password">{t("requestNewLink")}</Link>
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
