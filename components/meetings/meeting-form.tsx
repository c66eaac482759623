"use client";
import * as React from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { RepeatFields } from "@/components/meetings/meeting-repeat-fields";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import {
  MEETING_DESCRIPTION_MAX,
  MEETING_PLACE_MAX,
  MEETING_TITLE_MAX,
  MEETING_URL_MAX,
  meetingKinds,
} from "@/lib/meetings/schema";
import { zonedWallTimeToUtc, utcToZonedParts } from "@/lib/meetings/time";
import type { MeetingKind } from "@/lib/generated/prisma/enums";

export type MeetingFormValues = {
  title: string;
  kind: MeetingKind;
  startDate: string;
  startTime: string;
  endDate: string | null;
  endTime: string;
  place: string | null;
  onlineUrl: string | null;
  description: string | null;
  organiserInstitutionId: string | null;
};

type Institution = { id: string; name: string; shortName: string };

type Props = {
  timeZone: string;
  institutions: Institution[];
  cancelHref: string;
} & ({ mode: "create"; groupId: string; initial: MeetingFormValues } | { mode: "edit"; id: string; initial: MeetingFormValues });

/** Create and edit share one form; times are wall-clock in the user's zone, converted on the server. */
export function MeetingForm(props: Props) {
  const t = useTranslations("meetings.fields");
  const tk = useTranslations("meetings.kinds");
  const ta = useTranslations("meetings.actions");
  const router = useRouter();
  const { initial, timeZone } = props;
  const create = useServerAction(createMeetingAction, {
    successMessage: (d) => (d.occurrences > 1 ? ta("seriesCreated", { count: d.occurrences }) : ta("created")),
    onSuccess: (d) => router.push(`/meetings/${d.id}`),
    refresh: false,
  });
  const update = useServerAction(updateMeetingAction, {
    successMessage: ta("updated"),
    onSuccess: (d) => router.push(`/meetings/${d.id}`),
    refresh: false,
  });
  const { pending, fieldErrors } = props.mode === "create" ? create : update;
  const formRef = React.useRef<HTMLFormElement>(null);
  const [multiDay, setMultiDay] = React.useState(initial.endDate !== null && initial.endDate !== initial.startDate);
  const [startDate, setStartDate] = React.useState(initial.startDate);
  const [startTime, setStartTime] = React.useState(initial.startTime);
  const [endDate, setEndDate] = React.useState(initial.endDate ?? "");
  const [endTime, setEndTime] = React.useState(initial.endTime);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!multiDay) form.delete("endDate");
    const result = props.mode === "create" ? await create.run((form.set("groupId", props.groupId), form)) : await update.run((form.set("id", props.id), form));
    if (!result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }

  const notices = [dstNotice(startDate, startTime, timeZone, t), dstNotice(multiDay ? endDate : startDate, endTime, timeZone, t)].filter(
    (n, i, all): n is string => n !== null && all.indexOf(n) === i,
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-8">
      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("basicSection")}</legend>
        <FormField id="meeting-title" label={t("title")} description={t("titleHint")} error={fieldErrors.title} required>
          <Input name="title" defaultValue={initial.title} maxLength={MEETING_TITLE_MAX} />
        </FormField>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField id="meeting-kind" label={t("kind")} error={fieldErrors.kind} required>
            {(control) => (
              <NativeSelect name="kind" defaultValue={initial.kind} {...control}>
                {meetingKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {tk(kind)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
          <FormField id="meeting-organiser" label={t("organiser")} error={fieldErrors.organiserInstitutionId}>
            {(control) => (
              <NativeSelect name="organiserInstitutionId" defaultValue={initial.organiserInstitutionId ?? ""} {...control}>
                <option value="">{t("noOrganiser")}</option>
                {props.institutions.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} ({i.shortName})
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-5">
        <legend className="mb-1 text-base font-semibold">{t("timeSection")}</legend>
        <p className="text-sm text-muted-foreground">{t("timeZoneHint", { zone: timeZone })}</p>
        <div className="grid gap-5 sm:grid-cols-3">
          <FormField id="meeting-start-date" label={t("startDate")} error={fieldErrors.startDate} required>
            <Input name="startDate" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </FormField>
          <FormField id="meeting-start-time" label={t("startTime")} error={fieldErrors.startTime} required>
            <Input name="startTime" type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} />
          </FormField>
          <FormField id="meeting-end-time" label={t("endTime")} error={fieldErrors.endTime} required>
            <Input name="endTime" type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} />
          </FormField>
        </div>
        <div className="flex items-center gap-2">
          <Checkbox id="meeting-multi-day" checked={multiDay} onCheckedChange={(v) => setMultiDay(v === true)} />
          <Label htmlFor="meeting-multi-day">{t("multiDay")}</Label>
        </div>
        {multiDay ? (
          <FormField id="meeting-end-date" label={t("endDate")} error={fieldErrors.endDate} required className="sm:max-w-xs">
            <Input name="endDate" type="date" value={endDate} min={startDate} onChange={(e) => setEndDate(e.target.value)} />
          </FormField>
        ) : fieldErrors.endDate ? (
          <p className="text-sm text-destructive">{fieldErrors.endDate}</p>
        ) : null}
        {notices.length ? (
          <div role="status" className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm">
            {notices.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        ) : null}
      </fieldset>

      <fieldset className="flex flex-col gap-5">
        <legend className="mb-4 text-base font-semibold">{t("placeSection")}</legend>
        <FormField id="meeting-place" label={t("place")} description={t("placeHint")} error={fieldErrors.place}>
          <Textarea name="place" rows={2} defaultValue={initial.place ?? ""} maxLength={MEETING_PLACE_MAX} />
        </FormField>
        <FormField id="meeting-online-url" label={t("onlineUrl")} description={t("onlineUrlHint")} error={fieldErrors.onlineUrl}>
          <Input name="onlineUrl" type="url" inputMode="url" placeholder="https://" defaultValue={initial.onlineUrl ?? ""} maxLength={MEETING_URL_MAX} />
        </FormField>
        <FormField id="meeting-description" label={t("description")} error={fieldErrors.description}>
          <Textarea name="description" rows={6} defaultValue={initial.description ?? ""} maxLength={MEETING_DESCRIPTION_MAX} />
        </FormField>
      </fieldset>

      {props.mode === "create" ? (
        <RepeatFields startDate={startDate} startTime={startTime} timeZone={timeZone} fieldErrors={fieldErrors} onUseDate={setStartDate} />
      ) : null}

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

type Translate = ReturnType<typeof useTranslations<"meetings.fields">>;

/** Warns before saving when the entered time does not exist or happens twice (DST change). */
function dstNotice(date: string, time: string, timeZone: string, t: Translate): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  try {
    const result = zonedWallTimeToUtc(date, time, timeZone);
    if (result.adjusted === "skipped") {
      return t("gapNotice", { time, date, adjusted: utcToZonedParts(result.utc, timeZone).time });
    }
    if (result.adjusted === "ambiguous") return t("foldNotice", { time, date });
  } catch {
    // Half-typed dates are not worth a notice; the server validates on submit.
  }
  return null;
}
