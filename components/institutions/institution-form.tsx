"use client";

import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { createInstitutionAction, updateInstitutionAction } from "@/lib/institutions/actions";
import {
  INSTITUTION_ADDRESS_MAX,
  INSTITUTION_EMAIL_MAX,
  INSTITUTION_NAME_MAX,
  INSTITUTION_PHONE_MAX,
  INSTITUTION_SHORT_NAME_MAX,
  INSTITUTION_URL_MAX,
  institutionKinds,
} from "@/lib/institutions/schema";
import type { InstitutionKind } from "@/lib/generated/prisma/enums";

export type InstitutionFormValues = {
  name: string;
  shortName: string;
  kind: InstitutionKind | "";
  address: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  logoUrl: string | null;
};

const empty: InstitutionFormValues = {
  name: "",
  shortName: "",
  kind: "",
  address: null,
  contactEmail: null,
  contactPhone: null,
  website: null,
  logoUrl: null,
};

type Props = { mode: "create"; initial?: undefined; cancelHref: string } | { mode: "edit"; id: string; initial: InstitutionFormValues; cancelHref: string };

/** Create and edit share one form; the server validates, this only shows its answer. */
export function InstitutionForm(props: Props) {
  const t = useTranslations("institutions");
  const router = useRouter();
  const initial = props.initial ?? empty;
  const create = useServerAction(createInstitutionAction, {
    successMessage: t("actions.created"),
    onSuccess: (data) => router.push(`/institutions/${data.id}`),
    refresh: false,
  });
  const update = useServerAction(updateInstitutionAction, {
    successMessage: t("actions.updated"),
    onSuccess: (data) => router.push(`/institutions/${data.id}`),
    refresh: false,
  });
  const { pending, fieldErrors } = props.mode === "create" ? create : update;
  // A taken name comes back as a form-level conflict; show it on the field it is about.
  const [nameTaken, setNameTaken] = React.useState<string | null>(null);
  const formRef = React.useRef<HTMLFormElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (props.mode === "edit") form.set("id", props.id);
    const result = props.mode === "create" ? await create.run(form) : await update.run(form);
    setNameTaken(!result.ok && result.code === "CONFLICT" ? result.message : null);
    if (!result.ok) focusFirstError(formRef.current);
  }

  const error = (field: string) => fieldErrors[field] ?? (field === "name" ? nameTaken : null);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-8">
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("fields.basicSection")}</legend>
        <FormField id="institution-name" label={t("fields.name")} description={t("fields.nameHint")} error={error("name")} required>
          <Input name="name" defaultValue={initial.name} maxLength={INSTITUTION_NAME_MAX} autoComplete="organization" />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField
            id="institution-short-name"
            label={t("fields.shortName")}
            description={t("fields.shortNameHint")}
            error={error("shortName")}
            required
          >
            <Input name="shortName" defaultValue={initial.shortName} maxLength={INSTITUTION_SHORT_NAME_MAX} />
          </FormField>
          <FormField id="institution-kind" label={t("fields.kind")} error={error("kind")} required>
            {(control) => (
              <NativeSelect name="kind" defaultValue={initial.kind} {...control}>
                <option value="" disabled>
                  {t("fields.chooseKind")}
                </option>
                {institutionKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        </div>
        <FormField id="institution-logo-url" label={t("fields.logoUrl")} description={t("fields.logoUrlHint")} error={error("logoUrl")}>
          <Input name="logoUrl" type="url" inputMode="url" defaultValue={initial.logoUrl ?? ""} maxLength={INSTITUTION_URL_MAX} placeholder="https://" />
        </FormField>
      </fieldset>

      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("fields.contactSection")}</legend>
        <FormField id="institution-address" label={t("fields.address")} description={t("fields.addressHint")} error={error("address")}>
          <Textarea name="address" rows={2} defaultValue={initial.address ?? ""} maxLength={INSTITUTION_ADDRESS_MAX} autoComplete="street-address" />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="institution-email" label={t("fields.contactEmail")} error={error("contactEmail")}>
            <Input name="contactEmail" type="email" inputMode="email" defaultValue={initial.contactEmail ?? ""} maxLength={INSTITUTION_EMAIL_MAX} autoComplete="email" />
          </FormField>
          <FormField id="institution-phone" label={t("fields.contactPhone")} description={t("fields.contactPhoneHint")} error={error("contactPhone")}>
            <Input name="contactPhone" type="tel" inputMode="tel" defaultValue={initial.contactPhone ?? ""} maxLength={INSTITUTION_PHONE_MAX} autoComplete="tel" />
          </FormField>
        </div>
        <FormField id="institution-website" label={t("fields.website")} description={t("fields.websiteHint")} error={error("website")}>
          <Input name="website" type="url" inputMode="url" defaultValue={initial.website ?? ""} maxLength={INSTITUTION_URL_MAX} placeholder="https://" autoComplete="url" />
        </FormField>
      </fieldset>

      <div className="flex flex-wrap items-center gap-2 border-t pt-5">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("actions.working") : props.mode === "create" ? t("actions.create") : t("actions.save")}
        </Button>
        <Button asChild variant="ghost">
          <Link href={props.cancelHref}>{t("actions.cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}

/** Moves focus to the first invalid control once React has rendered the errors. */
function focusFirstError(form: HTMLFormElement | null) {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
}
