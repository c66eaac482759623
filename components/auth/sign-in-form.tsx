"use client";
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { CircleAlert, KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { readFormValues } from "@/components/forms/read-form-values";

const known = ["CredentialsSignin", "RATE_LIMITED", "OIDC_NOT_INVITED", "ACCOUNT_ARCHIVED", "SessionRequired"] as const;

export function SignInForm({ initialError, callbackUrl, oidcName }: { initialError?: string; callbackUrl: string; oidcName?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | undefined>(initialError);
  const message = error ? t(`errors.${(known as readonly string[]).includes(error) ? error : "default"}`) : null;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readFormValues(event.currentTarget);
    start(async () => {
      const result = await signIn("credentials", {
        email: values.email ?? "",
        password: values.password ?? "",
        redirect: false,
      });
      if (!result || result.error) {
        setError(result?.error ?? "default");
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    });
  }

  return (
    <div className="space-y-5">
      {message ? (
        <div role="alert" className="flex gap-2 rounded-md border border-destructive/30 bg-destructive/5 p-3 text-sm text-destructive">
          <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <p>{message}</p>
        </div>
      ) : null}
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormField id="email" label={t("email")} required>
          <Input name="email" type="email" autoComplete="username" required autoFocus />
        </FormField>
        <FormField id="password" label={t("password")} required>
          <Input name="password" type="password" autoComplete="current-password" required />
        </FormField>
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? t("signingIn") : t("signIn")}
        </Button>
      </form>
      <div className="text-center text-sm">
        <Link href="/reset-password" className="text-primary underline-offset-4 hover:underline">
          {t("forgotPassword")}
        </Link>
      </div>
      {oidcName ? (
        <>
          <div className="flex items-center gap-3 text-xs uppercase text-muted-foreground">
            <span className="h-px flex-1 bg-border" />
            {t("or")}
            <span className="h-px flex-1 bg-border" />
          </div>
          <Button variant="outline" className="w-full" onClick={() => void signIn("oidc", { callbackUrl })}>
            <KeyRound aria-hidden="true" />
            {t("signInWith", { provider: oidcName })}
          </Button>
        </>
      ) : null}
    </div>
  );
}
