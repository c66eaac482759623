import type { Metadata } from "next";
import Link from "next/link";
import { ChevronLeft, ChevronRight, List } from "lucide-react";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { cn } from "@/components/ui/cn";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { meetingDays, monthKey, monthWeeks, parseMonth, shiftMonth } from "@/components/meetings/month-grid";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listMeetingsBetween, type MeetingListRow } from "@/lib/meetings/data";
import { utcToZonedParts, zonedWallTimeToUtc } from "@/lib/meetings/time";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings.calendarView"))("title") };
}

// 1 January 2024 was a Monday: the seven days after it give the localized weekday names.
const MONDAY = new Date(Date.UTC(2024, 0, 1, 12));

export default async function MeetingCalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, tm, rawLocale, groupId, sp] = await Promise.all([
    getTranslations("meetings.calendarView"),
    getTranslations("meetings"),
    getLocale(),
    getCurrentGroupId(current),
    searchParams,
  ]);
  const locale = rawLocale as AppLocale;
  const dfLocale = locale === "en" ? enGB : pl;
  const tz = current.user.timeZone;
  const today = utcToZonedParts(new Date(), tz).date;
  const [ty, tmo] = today.split("-").map(Number) as [number, number];
  const month = parseMonth(typeof sp.month === "string" ? sp.month : undefined, { year: ty, month: tmo });
  const next = shiftMonth(month, 1);
  const from = zonedWallTimeToUtc(`${monthKey(month)}-01`, "00:00", tz).utc;
  const to = zonedWallTimeToUtc(`${monthKey(next)}-01`, "00:00", tz).utc;
  const meetings = await listMeetingsBetween(current.actor, from, to, groupId ?? undefined);

  const byDay = new Map<string, MeetingListRow[]>();
  for (const m of meetings) {
    for (const day of meetingDays(m.startsAt, m.endsAt, tz)) byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  const weeks = monthWeeks(month);
  const monthLabel = format(new Date(Date.UTC(month.year, month.month - 1, 15)), "LLLL yyyy", { locale: dfLocale });
  const dayNames = Array.from({ length: 7 }, (_, i) => new Date(MONDAY.getTime() + i * 86_400_000));
  const time = (d: Date) => utcToZonedParts(d, tz).time;
  const dayLabel = (day: string) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    return format(new Date(Date.UTC(y, m - 1, d, 12)), "EEEE, d MMMM", { locale: dfLocale });
  };
  const daysWithMeetings = [...byDay.keys()].filter((d) => d.startsWith(monthKey(month))).sort();

  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <Button asChild variant="outline">
            <Link href="/meetings">
              <List aria-hidden="true" />
              {tm("list")}
            </Link>
          </Button>
        }
      />
      <nav aria-label={t("title")} className="mb-4 flex flex-wrap items-center gap-2">
        <Button asChild variant="outline" size="sm">
          <Link href={`/meetings/calendar?month=${monthKey(shiftMonth(month, -1))}`}>
            <ChevronLeft aria-hidden="true" />
            {t("previous")}
          </Link>
        </Button>
        <h2 className="min-w-40 text-center text-lg font-semibold capitalize" aria-live="polite">
          {monthLabel}
        </h2>
        <Button asChild variant="outline" size="sm">
          <Link href={`/meetings/calendar?month=${monthKey(next)}`}>
            {t("next")}
            <ChevronRight aria-hidden="true" />
          </Link>
        </Button>
        <Button asChild variant="ghost" size="sm">
          <Link href="/meetings/calendar">{t("thisMonth")}</Link>
        </Button>
      </nav>

      <table className="hidden w-full table-fixed border-collapse text-sm md:table">
        <caption className="sr-only">{t("caption", { month: monthLabel })}</caption>
        <thead>
          <tr>
            {dayNames.map((d) => (
              <th key={d.getTime()} scope="col" className="border border-border bg-muted/50 px-2 py-1.5 text-left font-medium">
                <abbr title={format(d, "EEEE", { locale: dfLocale })} className="no-underline">
                  {format(d, "EEE", { locale: dfLocale })}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? "empty"}>
              {week.map((day, i) =>
                day ? (
                  <td
                    key={day}
                    aria-current={day === today ? "date" : undefined}
                    className={cn("h-28 border border-border p-1.5 align-top", day === today && "bg-primary/5 ring-2 ring-primary ring-inset")}
                  >
                    <div className={cn("mb-1 text-xs font-medium", day === today ? "text-primary" : "text-muted-foreground")}>
                      <span className="sr-only">{dayLabel(day)}</span>
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      {day === today ? <span className="ml-1">· {t("today")}</span> : null}
                    </div>
                    <ul className="space-y-1">
                      {(byDay.get(day) ?? []).map((m) => (
                        <li key={m.id}>
                          <Link
                            href={`/meetings/${m.id}`}
                            className={cn(
                              "block line-clamp-2 rounded bg-primary/10 px-1.5 py-0.5 text-xs break-words text-foreground hover:bg-primary/20",
                              m.status === "CANCELLED" && "line-through opacity-70",
                            )}
                            title={m.title}
                          >
                            <span className="tabular-nums">{time(m.startsAt)}</span> {m.title}
                            {m.status === "CANCELLED" ? <span className="sr-only"> ({tm("statuses.CANCELLED")})</span> : null}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : (
                  <td key={`empty-${i}`} className="border border-border bg-muted/20" />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <div className="md:hidden">
        {daysWithMeetings.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noMeetings")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {daysWithMeetings.map((day) => (
              <li key={day}>
                <h3 className={cn("mb-1 text-sm font-semibold first-letter:uppercase", day === today && "text-primary")}>
                  {dayLabel(day)}
                  {day === today ? ` · ${t("today")}` : ""}
                </h3>
                <ul className="flex flex-col gap-2">
                  {(byDay.get(day) ?? []).map((m) => (
                    <li key={m.id} className="rounded-md border border-border bg-card p-3">
                      <Link href={`/meetings/${m.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                        {m.title}
                      </Link>
                      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                        <span className="tabular-nums">
                          {time(m.startsAt)}–{time(m.endsAt)}
                        </span>
                        <MeetingStatusBadge status={m.status} />
                      </div>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </div>
      {meetings.length === 0 ? <p className="mt-4 hidden text-sm text-muted-foreground md:block">{t("noMeetings")}</p> : null}
    </>
  );
}
