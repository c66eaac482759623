"use client";
import { useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { CheckCircle2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { readFormValues } from "@/components/forms/read-form-values";
import { useServerAction } from "@/components/forms/use-server-action";
import { requestPasswordResetAction, resetPasswordAction, setupAction } from "@/lib/account/actions";

export function RequestResetForm() {
  const t = useTranslations("auth");
  const [sent, setSent] = useState(false);
  const { run, pending, fieldErrors } = useServerAction(requestPasswordResetAction, { refresh: false, onSuccess: () => setSent(true) });
  if (sent) {
    return (
      <div role="status" className="flex gap-3 rounded-md border border-success/30 bg-success/5 p-4 text-sm">
        <CheckCircle2 className="mt-0.5 size-5 shrink-0 text-success" aria-hidden="true" />
        <p>{t("resetSent")}</p>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void run({ email: readFormValues(e.currentTarget).email ?? "" });
      }}
    >
      <FormField id="email" label={t("email")} error={fieldErrors.email} required>
        <Input name="email" type="email" autoComplete="email" autoFocus />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("sendResetLink")}
      </Button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  // A ref, not state: onSuccess runs in the closure of the render that submitted.
  const password = useRef("");
  const { run, pending, fieldErrors } = useServerAction(resetPasswordAction, {
    successMessage: t("passwordChanged"),
    refresh: false,
    onSuccess: async ({ email }) => {
      const res = await signIn("credentials", { email, password: password.current, redirect: false });
      router.replace(res?.ok ? "/dashboard" : "/sign-in");
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const v = readFormValues(e.currentTarget);
        password.current = v.password ?? "";
        void run({ token, password: v.password ?? "", repeatPassword: v.repeatPassword ?? "" });
      }}
    >
      <FormField id="password" label={t("newPassword")} description={t("passwordHint")} error={fieldErrors.password ?? fieldErrors.token} required>
        <Input name="password" type="password" autoComplete="new-password" autoFocus />
      </FormField>
      <FormField id="repeatPassword" label={t("repeatPassword")} error={fieldErrors.repeatPassword} required>
        <Input name="repeatPassword" type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("setPassword")}
      </Button>
      <p className="text-center text-sm">
        <Link className="text-primary underline-offset-4 hover:underline" href="/sign-in">
          {t("backToSignIn")}
        </Link>
      </p>
    </form>
  );
}

export function SetupForm({ locale }: { locale: "pl" | "en" }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const password = useRef("");
  const { run, pending, fieldErrors } = useServerAction(setupAction, {
    successMessage: t("setupDone"),
    refresh: false,
    onSuccess: async ({ email }) => {
      await signIn("credentials", { email, password: password.current, redirect: false });
      router.replace("/dashboard");
      router.refresh();
    },
  });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const v = readFormValues(e.currentTarget);
        password.current = v.password ?? "";
        void run(v as never);
      }}
    >
      <FormField id="name" label={t("yourName")} error={fieldErrors.name} required>
        <Input name="name" autoComplete="name" autoFocus />
      </FormField>
      <FormField id="email" label={t("email")} error={fieldErrors.email} required>
        <Input name="email" type="email" autoComplete="email" />
      </FormField>
      <FormField id="institutionName" label={t("institutionName")} error={fieldErrors.institutionName} required>
        <Input name="institutionName" autoComplete="organization" />
      </FormField>
      <FormField id="institutionShortName" label={t("institutionShortName")} error={fieldErrors.institutionShortName} required>
        <Input name="institutionShortName" />
      </FormField>
      <FormField id="password" label={t("password")} description={t("passwordHint")} error={fieldErrors.password} required>
        <Input name="password" type="password" autoComplete="new-password" />
      </FormField>
      <FormField id="repeatPassword" label={t("repeatPassword")} error={fieldErrors.repeatPassword} required>
        <Input name="repeatPassword" type="password" autoComplete="new-password" />
      </FormField>
      <FormField id="locale" label={t("language")}>
        <NativeSelect name="locale" defaultValue={locale}>
          <option value="pl">Polski</option>
          <option value="en">English</option>
        </NativeSelect>
      </FormField>
      <Button type="submit" className="w-full" disabled={pending}>
        {t("createAccount")}
      </Button>
    </form>
  );
}
