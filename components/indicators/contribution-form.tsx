"use client";
import * as React from "react";
import { useTranslations } from "next-intl";
import { ShieldAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { reportContributionAction } from "@/lib/indicators/actions";
import { CONTRIBUTION_NOTE_MAX, EVIDENCE_URL_MAX } from "@/lib/indicators/schema";

type Props = {
  indicatorId: string;
  unit: string;
  /** Institutions the user may report for: their own, or every partner for coordinators. */
  institutions: { id: string; name: string; shortName: string }[];
  defaultInstitutionId: string;
  /** Quarter shortcuts, newest first: label and inclusive dates. */
  quarters: { key: string; label: string; start: string; end: string }[];
  defaultQuarterKey: string;
  maxDate: string;
};

/** A partner's aggregate figure for a period. Picking a quarter fills the dates; they stay editable. */
export function ContributionForm({ indicatorId, unit, institutions, defaultInstitutionId, quarters, defaultQuarterKey, maxDate }: Props) {
  const t = useTranslations("indicators.contribution");
  const formRef = React.useRef<HTMLFormElement>(null);
  const initialQuarter = quarters.find((q) => q.key === defaultQuarterKey) ?? quarters[0];
  const [quarterKey, setQuarterKey] = React.useState(initialQuarter?.key ?? "custom");
  const [start, setStart] = React.useState(initialQuarter?.start ?? "");
  const [end, setEnd] = React.useState(initialQuarter?.end ?? "");
  const { run, pending, fieldErrors } = useServerAction(reportContributionAction, {
    successMessage: t("reported"),
    onSuccess: () => {
      const form = formRef.current;
      if (!form) return;
      for (const name of ["value", "note", "evidenceUrl"]) {
        const field = form.elements.namedItem(name);
        if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) field.value = "";
      }
    },
  });

  function pickQuarter(key: string) {
    setQuarterKey(key);
    const q = quarters.find((x) => x.key === key);
    if (q) {
      setStart(q.start);
      setEnd(q.end);
    }
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("indicatorId", indicatorId);
    form.delete("quarter");
    const result = await run(form);
    if (!result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <p className="flex items-start gap-2 rounded-md border border-info-soft-foreground/15 bg-info-soft p-3 text-sm text-info-soft-foreground" id="contribution-privacy">
        <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        {t("privacy")}
      </p>
      {institutions.length > 1 ? (
        <FormField id="contribution-institution" label={t("institution")} error={fieldErrors.institutionId} required>
          {(control) => (
            <NativeSelect name="institutionId" defaultValue={defaultInstitutionId} {...control}>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name} ({i.shortName})
                </option>
              ))}
            </NativeSelect>
          )}
        </FormField>
      ) : (
        <>
          <input type="hidden" name="institutionId" value={defaultInstitutionId} />
          <p className="text-sm">
            <span className="font-medium">{t("institution")}:</span> {institutions[0]?.name}
          </p>
        </>
      )}
      <div className="grid gap-5 sm:grid-cols-3">
        <FormField id="contribution-quarter" label={t("quarter")} description={t("quarterHint")}>
          {(control) => (
            <NativeSelect name="quarter" value={quarterKey} onChange={(e) => pickQuarter(e.target.value)} {...control}>
              {quarters.map((q) => (
                <option key={q.key} value={q.key}>
                  {q.label}
                </option>
              ))}
              <option value="custom">{t("customPeriod")}</option>
            </NativeSelect>
          )}
        </FormField>
        <FormField id="contribution-start" label={t("periodStart")} error={fieldErrors.periodStart} required>
          <Input
            name="periodStart"
            type="date"
            value={start}
            max={maxDate}
            onChange={(e) => {
              setStart(e.target.value);
              setQuarterKey("custom");
            }}
          />
        </FormField>
        <FormField id="contribution-end" label={t("periodEnd")} error={fieldErrors.periodEnd} required>
          <Input
            name="periodEnd"
            type="date"
            value={end}
            min={start || undefined}
            onChange={(e) => {
              setEnd(e.target.value);
              setQuarterKey("custom");
            }}
          />
        </FormField>
      </div>
      <FormField id="contribution-value" label={t("value", { unit })} description={t("valueHint")} error={fieldErrors.value} required className="sm:max-w-xs">
        <Input name="value" inputMode="decimal" autoComplete="off" />
      </FormField>
      <FormField id="contribution-note" label={t("note")} description={t("noteHint")} error={fieldErrors.note}>
        <Textarea name="note" rows={3} maxLength={CONTRIBUTION_NOTE_MAX} aria-describedby="contribution-privacy" />
      </FormField>
      <FormField id="contribution-evidence" label={t("evidenceUrl")} description={t("evidenceUrlHint")} error={fieldErrors.evidenceUrl}>
        <Input name="evidenceUrl" type="url" inputMode="url" placeholder="https://" maxLength={EVIDENCE_URL_MAX} />
      </FormField>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
