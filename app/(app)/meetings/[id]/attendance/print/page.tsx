import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PrintButton } from "@/components/meetings/attendance/print-button";
import { QuorumStatus } from "@/components/meetings/attendance/quorum-status";
import { requireUser } from "@/lib/auth/current-user";
import { getMeetingForViewer } from "@/lib/agenda/data";
import { getAttendanceSheet } from "@/lib/attendance/data";
import { formatDateTime, formatTime } from "@/lib/format/dates";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attendance"))("printTitle") };
}

// Printing shows only the sheet: the app shell, tabs and buttons around it are hidden.
const printCss = `
@media print {
  body * { visibility: hidden !important; }
  #attendance-print, #attendance-print * { visibility: visible !important; }
  #attendance-print { position: absolute; inset: 0 auto auto 0; width: 100%; padding: 0; }
  #attendance-print .no-print { display: none !important; }
  #attendance-print table { page-break-inside: auto; }
  #attendance-print tr { page-break-inside: avoid; }
  @page { margin: 15mm; }
}`;

export default async function AttendancePrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const meeting = await getMeetingForViewer(current.actor, id);
  if (!meeting) notFound();
  const t = await getTranslations("attendance");
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : "pl";
  const tz = current.user.timeZone;
  const sheet = await getAttendanceSheet(meeting);
  // One running number over the whole list, as on a paper sign-in sheet.
  const numberOf = new Map(sheet.institutions.flatMap((e) => e.people).map((p, i) => [p.id, i + 1]));
  const place = [meeting.place, meeting.onlineUrl ? `${t("online")}: ${meeting.onlineUrl}` : null].filter(Boolean).join(" · ");

  return (
    <div id="attendance-print" className="space-y-5 bg-background text-foreground">
      <style>{printCss}</style>
      <div className="no-print flex flex-wrap gap-2">
        <PrintButton label={t("printNow")} />
        <Button asChild variant="outline" size="sm">
          <Link href={`/meetings/${meeting.id}/attendance`}>{t("back")}</Link>
        </Button>
      </div>
      <header className="space-y-1">
        <p className="text-sm text-muted-foreground">{t("printTitle")}</p>
        <h2 className="text-xl font-semibold">{meeting.title}</h2>
        <p className="text-sm text-muted-foreground">{meeting.group.name}</p>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("date")}</dt>
          <dd>
            {formatDateTime(meeting.startsAt, locale, tz)}–{formatTime(meeting.endsAt, locale, tz)} ({tz})
          </dd>
          {place ? (
            <>
              <dt className="font-medium">{t("place")}</dt>
              <dd className="break-words">{place}</dd>
            </>
          ) : null}
        </dl>
      </header>
      <QuorumStatus quorum={sheet.quorum} quorumPercent={sheet.quorumPercent} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 text-left">
              <th scope="col" className="w-8 py-2 pr-2">
                #
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("colName")}
              </th>
              <th scope="col" className="py-2 pr-2">
                {t("colStatus")}
              </th>
              <th scope="col" className="w-48 py-2">
                {t("colSignature")}
              </th>
            </tr>
          </thead>
          {sheet.institutions.map((entry, groupIndex) => (
            <tbody key={entry.institution?.id ?? `none-${groupIndex}`}>
              <tr className="bg-muted/60">
                <th scope="colgroup" colSpan={4} className="py-2 text-left font-semibold">
                  {entry.institution ? `${entry.institution.name} (${entry.institution.shortName})` : t("noInstitution")}
                  {entry.institution && !entry.isMember ? ` — ${t("guestInstitution")}` : ""}
                </th>
              </tr>
              {entry.people.map((person) => (
                <tr key={person.id} className="border-b">
                  <td className="py-3 pr-2 text-muted-foreground">{numberOf.get(person.id)}</td>
                  <td className="py-3 pr-2">{person.name}</td>
                  <td className="py-3 pr-2">{person.status ? t(`status${person.status}`) : "—"}</td>
                  <td className="border-b border-dashed border-foreground/40 py-3" />
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="text-sm text-muted-foreground">{t("markedCount", { marked: sheet.marked, total: sheet.total })}</p>
    </div>
  );
}
