"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { readFormValues } from "@/components/forms/read-form-values";
import { useServerAction } from "@/components/forms/use-server-action";
import { acceptInvitationAction } from "@/lib/invitations/actions";

/**
 * Creates the account from an invitation link, then signs the person in with the password they
 * just chose, so they land on the dashboard signed in.
 */
export function AcceptInvitationForm({ token, name, email }: { token: string; name: string; email: string }) {
  const t = useTranslations("invitations.accept");
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [consent, setConsent] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const { run, pending, fieldErrors, formError } = useServerAction(acceptInvitationAction, {
    refresh: false,
    onSuccess: async (result) => {
      setSigningIn(true);
      const res = await signIn("credentials", { email: result.email, password, redirect: false });
      if (res?.ok) {
        toast.success(t("success"));
        router.replace("/dashboard");
        router.refresh();
      } else {
        toast.info(t("signInFailed"));
        router.replace("/sign-in");
      }
    },
  });
  const busy = pending || signingIn;
  const tokenError = !pending && formError && !Object.keys(fieldErrors).length ? formError : null;

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const values = readFormValues(event.currentTarget);
        const chosen = values.password ?? "";
        setPassword(chosen);
        void run({
          token,
          name: values.name ?? "",
          password: chosen,
          repeatPassword: values.repeatPassword ?? "",
          consent,
        });
      }}
    >
      {tokenError ? (
        <p role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3.5 py-3 text-sm text-destructive-soft-foreground">
          {tokenError}
        </p>
      ) : null}
      {/* Read-only, but a real field so password managers store the password under the right login. */}
      <FormField id="accept-email" label={t("email")}>
        <Input name="email" type="email" value={email} readOnly autoComplete="username" className="bg-muted" />
      </FormField>
      <FormField id="accept-name" label={t("name")} description={t("nameHint")} error={fieldErrors.name} required>
        <Input name="name" defaultValue={name} autoComplete="name" maxLength={200} />
      </FormField>
      <FormField id="accept-password" label={t("password")} description={t("passwordHint")} error={fieldErrors.password} required>
        <Input name="password" type="password" autoComplete="new-password" maxLength={200} autoFocus />
      </FormField>
      <FormField id="accept-repeat-password" label={t("repeatPassword")} error={fieldErrors.repeatPassword} required>
        <Input name="repeatPassword" type="password" autoComplete="new-password" maxLength={200} />
      </FormField>
      <FormField
        id="accept-consent"
        layout="checkbox"
        label={t("consentLabel")}
        description={t("consentText")}
        error={fieldErrors.consent ? t("consentRequired") : undefined}
        required
      >
        <Checkbox name="consent" checked={consent} onCheckedChange={(v) => setConsent(v === true)} />
      </FormField>
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
