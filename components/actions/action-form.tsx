"use client";
// Create and edit share one form. The people lists follow the chosen institution (only its
// people in the group can be responsible or deputy); the source list follows the chosen source.
import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { createActionAction, updateActionAction } from "@/lib/actions/actions";
import { ACTION_DESCRIPTION_MAX, ACTION_TITLE_MAX, actionPriorities, actionSources } from "@/lib/actions/schema";
import type { ActionFormOptions } from "@/lib/actions/data";
import type { ActionPriority, ActionSource } from "@/lib/generated/prisma/enums";

export type ActionFormValues = {
  title: string;
  description: string | null;
  ownerInstitutionId: string;
  responsibleUserId: string | null;
  deputyUserId: string | null;
  dueDate: string | null;
  priority: ActionPriority;
  source: ActionSource;
  meetingId: string | null;
  decisionId: string | null;
  documentId: string | null;
  indicatorIds: string[];
};

type Props = {
  options: ActionFormOptions;
  initial: ActionFormValues;
  cancelHref: string;
  /** Members may not hand an action over to another institution. */
  ownerLocked: boolean;
} & ({ mode: "create"; groupId: string } | { mode: "edit"; id: string });

export function ActionForm(props: Props) {
  const t = useTranslations("actions.fields");
  const ta = useTranslations("actions");
  const format = useFormatter();
  const router = useRouter();
  const { options, initial } = props;
  const create = useServerAction(createActionAction, {
    successMessage: (d) => t("created", { number: d.number }),
    onSuccess: (d) => router.push(`/actions/${d.id}`),
    refresh: false,
  });
  const update = useServerAction(updateActionAction, {
    successMessage: (d) => (d.changed ? t("updated") : t("unchanged")),
    onSuccess: (d) => router.push(`/actions/${d.id}`),
    refresh: false,
  });
  const { pending, fieldErrors } = props.mode === "create" ? create : update;
  const formRef = React.useRef<HTMLFormElement>(null);
  const [owner, setOwner] = React.useState(initial.ownerInstitutionId);
  const [responsible, setResponsible] = React.useState(initial.responsibleUserId ?? "");
  const [deputy, setDeputy] = React.useState(initial.deputyUserId ?? "");
  const [source, setSource] = React.useState<ActionSource>(initial.source);
  const people = options.people.filter((p) => p.institutionId === owner);
  const ownerName = options.institutions.find((i) => i.id === owner);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result =
      props.mode === "create" ? await create.run((form.set("groupId", props.groupId), form)) : await update.run((form.set("id", props.id), form));
    if (!result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }

  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "short", year: "numeric" });

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-8">
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("basicSection")}</legend>
        <FormField id="action-title" label={t("title")} description={t("titleHint")} error={fieldErrors.title} required>
          <Input name="title" defaultValue={initial.title} maxLength={ACTION_TITLE_MAX} />
        </FormField>
        <FormField id="action-description" label={t("description")} description={t("descriptionHint")} error={fieldErrors.description}>
          <Textarea name="description" rows={5} defaultValue={initial.description ?? ""} maxLength={ACTION_DESCRIPTION_MAX} />
        </FormField>
      </fieldset>

      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("ownerSection")}</legend>
        {props.ownerLocked ? (
          <div className="flex flex-col gap-1.5">
            <p className="text-sm font-medium">{t("owner")}</p>
            <p className="text-sm">{ownerName ? `${ownerName.shortName} — ${ownerName.name}` : "—"}</p>
            <p className="text-sm text-muted-foreground">{t("ownerLocked")}</p>
            <input type="hidden" name="ownerInstitutionId" value={owner} />
          </div>
        ) : (
          <FormField id="action-owner" label={t("owner")} description={t("ownerHint")} error={fieldErrors.ownerInstitutionId} required>
            {(control) => (
              <NativeSelect
                name="ownerInstitutionId"
                value={owner}
                onChange={(e) => {
                  setOwner(e.target.value);
                  setResponsible("");
                  setDeputy("");
                }}
                {...control}
              >
                <option value="">{t("chooseOwner")}</option>
                {options.institutions.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.shortName} — {i.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        )}
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="action-responsible" label={t("responsible")} description={t("peopleHint")} error={fieldErrors.responsibleUserId}>
            {(control) => (
              <NativeSelect name="responsibleUserId" value={responsible} onChange={(e) => setResponsible(e.target.value)} disabled={!owner} {...control}>
                <option value="">{t("nobody")}</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField id="action-deputy" label={t("deputy")} description={t("deputyHint")} error={fieldErrors.deputyUserId}>
            {(control) => (
              <NativeSelect name="deputyUserId" value={deputy} onChange={(e) => setDeputy(e.target.value)} disabled={!owner} {...control}>
                <option value="">{t("nobody")}</option>
                {people
                  .filter((p) => p.id !== responsible)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
              </NativeSelect>
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("timeSection")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="action-due" label={t("dueDate")} description={t("dueDateHint")} error={fieldErrors.dueDate}>
            <Input name="dueDate" type="date" defaultValue={initial.dueDate ?? ""} />
          </FormField>
          <FormField id="action-priority" label={t("priority")} error={fieldErrors.priority}>
            {(control) => (
              <NativeSelect name="priority" defaultValue={initial.priority} {...control}>
                {actionPriorities.map((p) => (
                  <option key={p} value={p}>
                    {ta(`priorities.${p}`)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("sourceSection")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="action-source" label={t("source")} error={fieldErrors.source}>
            {(control) => (
              <NativeSelect name="source" value={source} onChange={(e) => setSource(e.target.value as ActionSource)} {...control}>
                {actionSources.map((s) => (
                  <option key={s} value={s}>
                    {ta(`sources.${s}`)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          {source === "MEETING" ? (
            <FormField id="action-meeting" label={t("meeting")} error={fieldErrors.meetingId} required>
              {(control) => (
                <NativeSelect name="meetingId" defaultValue={initial.meetingId ?? ""} {...control}>
                  <option value="">{t("chooseMeeting")}</option>
                  {options.meetings.map((m) => (
                    <option key={m.id} value={m.id}>
                      {day(m.startsAt)} — {m.title}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
          ) : source === "DECISION" ? (
            <FormField id="action-decision" label={t("decision")} description={options.decisions.length ? undefined : t("noDecisions")} error={fieldErrors.decisionId} required>
              {(control) => (
                <NativeSelect name="decisionId" defaultValue={initial.decisionId ?? ""} {...control}>
                  <option value="">{t("chooseDecision")}</option>
                  {options.decisions.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.label} — {d.text}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
          ) : source === "DOCUMENT" ? (
            <FormField id="action-document" label={t("document")} error={fieldErrors.documentId} required>
              {(control) => (
                <NativeSelect name="documentId" defaultValue={initial.documentId ?? ""} {...control}>
                  <option value="">{t("chooseDocument")}</option>
                  {options.documents.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.title}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
          ) : null}
        </div>
        <fieldset className="flex flex-col gap-2" aria-describedby="action-indicators-hint">
          <legend className="text-sm font-medium">{t("indicators")}</legend>
          <p id="action-indicators-hint" className="text-sm text-muted-foreground">
            {options.indicators.length ? t("indicatorsHint") : t("noIndicators")}
          </p>
          {fieldErrors.indicatorIds ? <p className="text-sm font-medium text-destructive">{fieldErrors.indicatorIds}</p> : null}
          {options.indicators.map((i) => (
            <label key={i.id} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="indicatorIds" value={i.id} defaultChecked={initial.indicatorIds.includes(i.id)} className="size-4 accent-[var(--primary)]" />
              {i.name} <span className="text-muted-foreground">({i.unit})</span>
            </label>
          ))}
        </fieldset>
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {props.mode === "create" ? t("create") : t("save")}
        </Button>
        <Button asChild variant="outline">
          <Link href={props.cancelHref}>{t("cancel")}</Link>
        </Button>
      </div>
    </form>
  );
}
