"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Info } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { RoleChoice } from "@/components/invitations/role-choice";
import { readFormValues } from "@/components/forms/read-form-values";
import { useServerAction } from "@/components/forms/use-server-action";
import { createInvitationAction } from "@/lib/invitations/actions";
import type { CreateInvitationResult } from "@/lib/invitations/mutations";

type Props = {
  groupId: string;
  institutions: { id: string; name: string; shortName: string }[];
};

export function InvitationForm({ groupId, institutions }: Props) {
  const t = useTranslations("invitations.form");
  const tRoles = useTranslations("people.roles");
  const router = useRouter();
  const listHref = `/invitations?groupId=${encodeURIComponent(groupId)}`;
  const { run, pending, fieldErrors } = useServerAction(createInvitationAction, {
    // Someone who already has an account is added at once; say so, since no e-mail goes out.
    successMessage: (result: CreateInvitationResult) =>
      result.outcome === "added" ? t("added", { name: result.name, role: tRoles(result.role) }) : t("invited", { email: result.email }),
    onSuccess: (result) => router.push(result.outcome === "added" ? `/people/${result.userId}` : `${listHref}&status=pending`),
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const values = readFormValues(event.currentTarget);
        void run({
          groupId,
          name: values.name ?? "",
          email: values.email ?? "",
          institutionId: values.institutionId ?? "",
          role: (values.role ?? "MEMBER") as never,
        });
      }}
    >
      <p className="flex gap-2.5 rounded-md border border-info-soft-foreground/15 bg-info-soft px-3.5 py-3 text-sm text-info-soft-foreground">
        <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>{t("existingAccount")}</span>
      </p>
      <FormField id="invite-name" label={t("name")} description={t("nameHint")} error={fieldErrors.name} required>
        <Input name="name" autoComplete="off" maxLength={200} autoFocus />
      </FormField>
      <FormField id="invite-email" label={t("email")} error={fieldErrors.email} required>
        <Input name="email" type="email" autoComplete="off" maxLength={320} spellCheck={false} />
      </FormField>
      <FormField id="invite-institution" label={t("institution")} description={t("institutionHint")} error={fieldErrors.institutionId} required>
        <NativeSelect name="institutionId" defaultValue={institutions.length === 1 ? institutions[0]?.id : ""}>
          <option value="" disabled>
            {t("chooseInstitution")}
          </option>
          {institutions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.shortName} — {i.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <RoleChoice name="role" legend={t("role")} error={fieldErrors.role} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("sending") : t("submit")}
        </Button>
        <Button asChild variant="ghost">
          <Link href={listHref}>{t("cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}
