"use client";
import * as React from "react";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { describeRule, validateSeriesRule } from "@/lib/meetings/recurrence";
import { SERIES_COUNT_MAX, ordinals, repeatKinds, weekdays, type RepeatInput } from "@/lib/meetings/schema";
import { firstMatchingDate, occurrencesToCreate, repeatToRule } from "@/lib/meetings/series";
import { zonedWallTimeToUtc } from "@/lib/meetings/time";
import type { AppLocale } from "@/lib/i18n/config";

const PREVIEW_SIZE = 6;

/**
 * "Repeat" part of the new-meeting form: every N weeks on a weekday, or monthly / quarterly
 * on the n-th weekday, ending on a date or after a count; with a preview of the dates.
 */
export function RepeatFields({
  startDate,
  startTime,
  timeZone,
  fieldErrors,
  onUseDate,
}: {
  startDate: string;
  startTime: string;
  timeZone: string;
  fieldErrors: Record<string, string>;
  onUseDate: (date: string) => void;
}) {
  const t = useTranslations("meetings.fields");
  const tw = useTranslations("meetings.weekdays");
  const to = useTranslations("meetings.ordinals");
  const locale = useLocale() as AppLocale;
  const [repeat, setRepeat] = React.useState<RepeatInput>({
    repeat: "none",
    interval: 1,
    weekday: "MO",
    ordinal: "1",
    repeatEnd: "count",
    untilDate: null,
    count: 4,
  });
  const set = (patch: Partial<RepeatInput>) => setRepeat((r) => ({ ...r, ...patch }));
  const repeatLabel = { none: t("repeatNone"), weekly: t("repeatWeekly"), monthly: t("repeatMonthly"), quarterly: t("repeatQuarterly") };
  // Preview with a nominal 1-hour length: only the start dates are shown.
  const preview = React.useMemo(() => previewOf(repeat, startDate, startTime, timeZone), [repeat, startDate, startTime, timeZone]);

  return (
    <fieldset className="flex flex-col gap-5">
      <legend className="mb-4 text-base font-semibold">{t("repeatSection")}</legend>
      <input type="hidden" name="repeat" value={repeat.repeat} />
      <FormField id="meeting-repeat" label={t("repeat")} error={fieldErrors.repeat} className="sm:max-w-xs">
        {(control) => (
          <NativeSelect value={repeat.repeat} onChange={(e) => set({ repeat: e.target.value as RepeatInput["repeat"] })} {...control}>
            {repeatKinds.map((k) => (
              <option key={k} value={k}>
                {repeatLabel[k]}
              </option>
            ))}
          </NativeSelect>
        )}
      </FormField>
      {repeat.repeat === "none" ? null : (
        <>
          <div className="grid gap-5 sm:grid-cols-3">
            {repeat.repeat === "weekly" ? (
              <FormField id="meeting-interval" label={t("interval")} error={fieldErrors.interval}>
                <Input name="interval" type="number" min={1} max={52} value={repeat.interval} onChange={(e) => set({ interval: Number(e.target.value) || 1 })} />
              </FormField>
            ) : (
              <FormField id="meeting-ordinal" label={t("ordinal")} error={fieldErrors.ordinal}>
                {(control) => (
                  <NativeSelect name="ordinal" value={repeat.ordinal} onChange={(e) => set({ ordinal: e.target.value as RepeatInput["ordinal"] })} {...control}>
                    {ordinals.map((o) => (
                      <option key={o} value={o}>
                        {to(o)}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              </FormField>
            )}
            <FormField id="meeting-weekday" label={t("weekday")} error={fieldErrors.weekday}>
              {(control) => (
                <NativeSelect name="weekday" value={repeat.weekday} onChange={(e) => set({ weekday: e.target.value as RepeatInput["weekday"] })} {...control}>
                  {weekdays.map((d) => (
                    <option key={d} value={d}>
                      {tw(d)}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
          </div>
          <div className="grid gap-5 sm:grid-cols-3">
            <FormField id="meeting-repeat-end" label={t("repeatEnd")}>
              {(control) => (
                <NativeSelect name="repeatEnd" value={repeat.repeatEnd} onChange={(e) => set({ repeatEnd: e.target.value as RepeatInput["repeatEnd"] })} {...control}>
                  <option value="count">{t("repeatEndCount")}</option>
                  <option value="until">{t("repeatEndUntil")}</option>
                </NativeSelect>
              )}
            </FormField>
            {repeat.repeatEnd === "count" ? (
              <FormField id="meeting-count" label={t("count")} error={fieldErrors.count}>
                <Input name="count" type="number" min={2} max={SERIES_COUNT_MAX} value={repeat.count} onChange={(e) => set({ count: Number(e.target.value) || 2 })} />
              </FormField>
            ) : (
              <FormField id="meeting-until" label={t("untilDate")} error={fieldErrors.untilDate}>
                <Input name="untilDate" type="date" min={startDate} value={repeat.untilDate ?? ""} onChange={(e) => set({ untilDate: e.target.value || null })} />
              </FormField>
            )}
          </div>
          <section aria-live="polite" className="rounded-md border border-border bg-muted/40 p-4 text-sm">
            <h3 className="mb-2 font-medium">{t("preview")}</h3>
            {preview.kind === "empty" ? <p className="text-muted-foreground">{t("previewEmpty")}</p> : null}
            {preview.kind === "mismatch" ? (
              <div className="flex flex-wrap items-center gap-2">
                <p>{t("previewMismatch")}</p>
                {preview.suggestion ? (
                  <Button type="button" size="sm" variant="outline" onClick={() => onUseDate(preview.suggestion ?? startDate)}>
                    {t("useDate", { date: formatDate(preview.suggestion, locale) })}
                  </Button>
                ) : null}
              </div>
            ) : null}
            {preview.kind === "ok" ? (
              <>
                <p className="mb-2">{describeRule(preview.rule, locale)}</p>
                <ol className="list-inside list-decimal space-y-0.5">
                  {preview.dates.slice(0, PREVIEW_SIZE).map((d) => (
                    <li key={d.getTime()}>{format(new TZDate(d.getTime(), timeZone), "EEEE, d MMMM yyyy, HH:mm", { locale: locale === "en" ? enGB : pl })}</li>
                  ))}
                </ol>
                {preview.dates.length > PREVIEW_SIZE ? <p className="mt-1 text-muted-foreground">{t("previewMore", { count: preview.dates.length - PREVIEW_SIZE })}</p> : null}
                <p className="mt-2 text-muted-foreground">{t("seriesNote")}</p>
              </>
            ) : null}
          </section>
        </>
      )}
    </fieldset>
  );
}

type Preview =
  | { kind: "empty" }
  | { kind: "mismatch"; suggestion: string | null }
  | { kind: "ok"; rule: NonNullable<ReturnType<typeof repeatToRule>>; dates: Date[] };

function previewOf(repeat: RepeatInput, startDate: string, startTime: string, timeZone: string): Preview {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || !/^\d{2}:\d{2}$/.test(startTime)) return { kind: "empty" };
  const rule = repeatToRule(repeat, { startDate, startTime, durationMinutes: 60 }, timeZone);
  if (!rule) return { kind: "empty" };
  const errors = validateSeriesRule(rule);
  if (errors.includes("startDateNotInRule")) return { kind: "mismatch", suggestion: firstMatchingDate(rule) };
  if (errors.length) return { kind: "empty" };
  const first = zonedWallTimeToUtc(startDate, startTime, timeZone).utc;
  // Preview from the first start (not today): the dates the series will have.
  return { kind: "ok", rule, dates: occurrencesToCreate(rule, first, new Date()).map((o) => o.startsAt) };
}

/** A calendar date (YYYY-MM-DD) as "wtorek, 6 stycznia 2026". */
function formatDate(date: string, locale: AppLocale): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return format(new Date(y, m - 1, d), "EEEE, d MMMM yyyy", { locale: locale === "en" ? enGB : pl });
}
