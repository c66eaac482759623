"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { readFormValues } from "@/components/forms/read-form-values";
import { useServerAction } from "@/components/forms/use-server-action";
import { updatePersonAction } from "@/lib/people/actions";

type Props = {
  person: { id: string; name: string; email: string; institutionId: string | null };
  institutions: { id: string; name: string; shortName: string }[];
  /** Administrators may change the e-mail (the sign-in name); everyone else sees it read-only. */
  canEditEmail: boolean;
};

export function PersonEditForm({ person, institutions, canEditEmail }: Props) {
  const t = useTranslations("people.edit");
  const router = useRouter();
  const { run, pending, fieldErrors } = useServerAction(updatePersonAction, {
    successMessage: t("saved"),
    onSuccess: () => router.push(`/people/${person.id}`),
  });

  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        const values = readFormValues(event.currentTarget);
        void run({
          id: person.id,
          name: values.name ?? "",
          institutionId: values.institutionId ?? "",
          ...(canEditEmail ? { email: values.email ?? "" } : {}),
        });
      }}
    >
      <FormField id="person-name" label={t("name")} error={fieldErrors.name} required>
        <Input name="name" defaultValue={person.name} autoComplete="off" maxLength={200} />
      </FormField>
      {canEditEmail ? (
        <FormField id="person-email" label={t("email")} description={t("emailHint")} error={fieldErrors.email} required>
          <Input name="email" type="email" defaultValue={person.email} autoComplete="off" maxLength={320} />
        </FormField>
      ) : (
        <FormField id="person-email" label={t("email")} description={t("emailAdminOnly")}>
          <Input value={person.email} readOnly disabled />
        </FormField>
      )}
      <FormField id="person-institution" label={t("institution")} description={t("institutionHint")} error={fieldErrors.institutionId}>
        <NativeSelect name="institutionId" defaultValue={person.institutionId ?? ""}>
          <option value="">{t("noInstitution")}</option>
          {institutions.map((i) => (
            <option key={i.id} value={i.id}>
              {i.shortName} — {i.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button asChild variant="ghost">
          <Link href={`/people/${person.id}`}>{t("cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}
