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
import { recordDecisionAction, updateDecisionAction } from "@/lib/decisions/actions";
import { DECISION_TEXT_MAX } from "@/lib/decisions/schema";

export type DecisionFormOptions = {
  meetings: { id: string; label: string }[];
  indicators: { id: string; name: string; unit: string }[];
  /** Decisions in force the new one may replace; empty when the user may not supersede. */
  supersedable: { id: string; label: string }[];
};

export type DecisionFormValues = {
  text: string;
  decidedOn: string;
  meetingId: string | null;
  indicatorIds: string[];
  supersedesId: string | null;
};

type Props = {
  options: DecisionFormOptions;
  initial: DecisionFormValues;
  cancelHref: string;
  /** Latest date allowed (today on the Warsaw calendar). */
  maxDate: string;
} & ({ mode: "create"; groupId: string } | { mode: "edit"; id: string; label: string; year: number });

/** Recording a new decision and a coordinator's correction share one form. */
export function DecisionForm(props: Props) {
  const t = useTranslations("decisions.form");
  const router = useRouter();
  const formRef = React.useRef<HTMLFormElement>(null);
  const record = useServerAction(recordDecisionAction, {
    successMessage: (d) => t("recorded", { number: d.label }),
    onSuccess: (d) => router.push(`/decisions/${d.id}`),
    refresh: false,
  });
  const update = useServerAction(updateDecisionAction, {
    successMessage: (d) => t("updated", { number: d.label }),
    onSuccess: (d) => router.push(`/decisions/${d.id}`),
    refresh: false,
  });
  const { pending, fieldErrors } = props.mode === "create" ? record : update;
  const { initial, options } = props;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (props.mode === "create") form.set("groupId", props.groupId);
    else form.set("id", props.id);
    const result = props.mode === "create" ? await record.run(form) : await update.run(form);
    if (!result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }

  const yearBounds = props.mode === "edit" ? { min: `${props.year}-01-01`, max: `${props.year}-12-31` < props.maxDate ? `${props.year}-12-31` : props.maxDate } : { max: props.maxDate };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6">
      <FormField id="decision-text" label={t("text")} description={t("textHint")} error={fieldErrors.text} required>
        <Textarea name="text" rows={7} defaultValue={initial.text} maxLength={DECISION_TEXT_MAX} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField
          id="decision-date"
          label={t("decidedOn")}
          description={props.mode === "edit" ? t("decidedOnFixedYear", { number: props.label, year: props.year }) : t("decidedOnHint")}
          error={fieldErrors.decidedOn}
          required={props.mode === "edit"}
        >
          <Input name="decidedOn" type="date" defaultValue={initial.decidedOn} {...yearBounds} />
        </FormField>
        <FormField id="decision-meeting" label={t("meeting")} description={t("meetingHint")} error={fieldErrors.meetingId}>
          {(control) => (
            <NativeSelect name="meetingId" defaultValue={initial.meetingId ?? ""} {...control}>
              <option value="">{t("noMeeting")}</option>
              {options.meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      </div>

      {options.indicators.length ? (
        <fieldset className="flex flex-col gap-2" aria-describedby="decision-indicators-hint">
          <legend className="text-sm font-medium">{t("indicators")}</legend>
          <p id="decision-indicators-hint" className="text-sm text-muted-foreground">
            {t("indicatorsHint")}
          </p>
          {fieldErrors.indicatorIds ? <p className="text-sm font-medium text-destructive">{fieldErrors.indicatorIds}</p> : null}
          <ul className="grid gap-2 sm:grid-cols-2">
            {options.indicators.map((i) => (
              <li key={i.id} className="flex items-start gap-2.5">
                <input
                  id={`decision-indicator-${i.id}`}
                  type="checkbox"
                  name="indicatorIds"
                  value={i.id}
                  defaultChecked={initial.indicatorIds.includes(i.id)}
                  className="mt-0.5 size-[1.125rem] shrink-0 accent-primary"
                />
                <label htmlFor={`decision-indicator-${i.id}`} className="text-sm">
                  {i.name} <span className="text-muted-foreground">({i.unit})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      {props.mode === "create" && options.supersedable.length ? (
        <FormField id="decision-supersedes" label={t("supersedes")} description={t("supersedesHint")} error={fieldErrors.supersedesId}>
          {(control) => (
            <NativeSelect name="supersedesId" defaultValue={initial.supersedesId ?? ""} {...control}>
              <option value="">{t("supersedesNone")}</option>
              {options.supersedable.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      ) : null}

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
