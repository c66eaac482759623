"use client";
import { useRouter } from "next/navigation";
import { signIn, signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { readFormValues } from "@/components/forms/read-form-values";
import { useServerAction } from "@/components/forms/use-server-action";
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from "@/lib/account/actions";

export function ProfileForm({ name, locale, timeZone, timeZones }: { name: string; locale: "pl" | "en"; timeZone: string; timeZones: string[] }) {
  const t = useTranslations("profile");
  const tc = useTranslations("common");
  const { run, pending, fieldErrors } = useServerAction(updateProfileAction, { successMessage: t("saved") });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void run(readFormValues(e.currentTarget) as never);
      }}
    >
      <FormField id="name" label={t("name")} error={fieldErrors.name} required>
        <Input name="name" defaultValue={name} autoComplete="name" maxLength={200} />
      </FormField>
      <FormField id="locale" label={t("language")} error={fieldErrors.locale}>
        <NativeSelect name="locale" defaultValue={locale}>
          <option value="pl" lang="pl">
            Polski
          </option>
          <option value="en" lang="en">
            English
          </option>
        </NativeSelect>
      </FormField>
      <FormField id="timeZone" label={t("timeZone")} description={t("timeZoneHint")} error={fieldErrors.timeZone}>
        <NativeSelect name="timeZone" defaultValue={timeZone}>
          {timeZones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <Button type="submit" disabled={pending}>
        {tc("save")}
      </Button>
    </form>
  );
}

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("profile");
  const router = useRouter();
  // A ref, not state: onSuccess runs in the closure of the render that submitted.
  const next = useRef("");
  const { run, pending, fieldErrors } = useServerAction(changePasswordAction, {
    successMessage: t("passwordChanged"),
    refresh: false,
    // The change voided every session, this one too: sign in again with the new password.
    onSuccess: async () => {
      await signIn("credentials", { email, password: next.current, redirect: false });
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
        next.current = v.newPassword ?? "";
        void run(v as never).then((r) => r.ok && (e.target as HTMLFormElement).reset());
      }}
    >
      <FormField id="currentPassword" label={t("currentPassword")} error={fieldErrors.currentPassword} required>
        <Input name="currentPassword" type="password" autoComplete="current-password" />
      </FormField>
      <FormField id="newPassword" label={t("newPassword")} error={fieldErrors.newPassword} required>
        <Input name="newPassword" type="password" autoComplete="new-password" />
      </FormField>
      <FormField id="repeatPassword" label={t("repeatPassword")} error={fieldErrors.repeatPassword} required>
        <Input name="repeatPassword" type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("changePassword")}
      </Button>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations("profile");
  const tc = useTranslations("common");
  const { run, pending } = useServerAction(signOutEverywhereAction, { refresh: false, onSuccess: () => void signOut({ callbackUrl: "/sign-in" }) });
  return (
    <ConfirmActionDialog
      trigger={<Button variant="outline">{t("signOutEverywhere")}</Button>}
      title={t("confirmTitle")}
      description={t("confirmText")}
      cancelLabel={tc("cancel")}
      confirmLabel={t("signOutEverywhere")}
      pending={pending}
      onConfirm={() => run({})}
    />
  );
}
