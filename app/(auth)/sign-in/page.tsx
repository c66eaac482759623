import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { needsSetup } from "@/lib/account/mutations";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { DEMO_COORDINATOR_EMAIL, DEMO_PASSWORD } from "@/lib/seed/demo-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

/** Only same-site paths: an absolute callbackUrl could send people to another site. */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/dashboard";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  const { error, callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallback(callbackUrl));
  if (await needsSetup()) redirect("/setup");
  const t = await getTranslations("auth");
  const demo = await db.systemSetting.findUnique({ where: { key: "demo.seededAt" } });
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold tracking-tight">{t("signInTitle")}</h1>
        <CardDescription>{t("signInLead")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <SignInForm initialError={error} callbackUrl={safeCallback(callbackUrl)} oidcName={env.oidc?.name} />
        {demo ? (
          <p className="rounded-md bg-muted p-3 text-sm text-muted-foreground">
            {t.rich("demoHint", {
              email: DEMO_COORDINATOR_EMAIL,
              password: DEMO_PASSWORD,
              code: (chunks) => <code className="whitespace-nowrap rounded bg-background px-1 py-0.5 font-mono text-[0.8125rem] text-foreground">{chunks}</code>,
            })}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
