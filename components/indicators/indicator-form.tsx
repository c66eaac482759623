"use client";
import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { createIndicatorAction, updateIndicatorAction } from "@/lib/indicators/actions";
import { INDICATOR_DESCRIPTION_MAX, INDICATOR_NAME_MAX, INDICATOR_UNIT_MAX } from "@/lib/indicators/schema";

export type IndicatorFormValues = { name: string; description: string; unit: string; target: string; baseline: string; deadline: string };

type Props = { initial: IndicatorFormValues; cancelHref: string } & ({ mode: "create"; groupId: string } | { mode: "edit"; id: string });

export function IndicatorForm(props: Props) {
  const t = useTranslations("indicators.form");
  const router = useRouter();
  const formRef = React.useRef<HTMLFormElement>(null);
  const create = useServerAction(createIndicatorAction, { successMessage: t("created"), onSuccess: (d) => router.push(`/indicators/${d.id}`), refresh: false });
  const update = useServerAction(updateIndicatorAction, { successMessage: t("updated"), onSuccess: (d) => router.push(`/indicators/${d.id}`), refresh: false });
  const { pending, fieldErrors } = props.mode === "create" ? create : update;
  const { initial } = props;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (props.mode === "create") form.set("groupId", props.groupId);
    else form.set("id", props.id);
    const result = props.mode === "create" ? await create.run(form) : await update.run(form);
    if (!result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6">
      <FormField id="indicator-name" label={t("name")} description={t("nameHint")} error={fieldErrors.name} required>
        <Input name="name" defaultValue={initial.name} maxLength={INDICATOR_NAME_MAX} />
      </FormField>
      <FormField id="indicator-description" label={t("description")} description={t("descriptionHint")} error={fieldErrors.description}>
        <Textarea name="description" rows={3} defaultValue={initial.description} maxLength={INDICATOR_DESCRIPTION_MAX} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id="indicator-unit" label={t("unit")} description={t("unitHint")} error={fieldErrors.unit} required>
          <Input name="unit" defaultValue={initial.unit} maxLength={INDICATOR_UNIT_MAX} />
        </FormField>
        <FormField id="indicator-deadline" label={t("deadline")} description={t("deadlineHint")} error={fieldErrors.deadline}>
          <Input name="deadline" type="date" defaultValue={initial.deadline} />
        </FormField>
        <FormField id="indicator-target" label={t("target")} description={t("targetHint")} error={fieldErrors.target} required>
          <Input name="target" inputMode="decimal" autoComplete="off" defaultValue={initial.target} />
        </FormField>
        <FormField id="indicator-baseline" label={t("baseline")} description={t("baselineHint")} error={fieldErrors.baseline}>
          <Input name="baseline" inputMode="decimal" autoComplete="off" defaultValue={initial.baseline} />
        </FormField>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {props.mode === "create" ? t("submitCreate") : t("submitEdit")}
        </Button>
        <Button asChild variant="outline">
          <Link href={props.cancelHref}>{t("cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}
