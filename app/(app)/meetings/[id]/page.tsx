import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarArrowDown, ExternalLink, MapPin, Repeat, Video } from "lucide-react";
import { Card, CardContent } from "@/components/ui/card";
import { MeetingMinutesLink } from "@/components/documents/meeting-minutes-link";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { getMeeting } from "@/lib/meetings/data";
import { describeRule, parseSeriesRule } from "@/lib/meetings/recurrence";
import { formatMeetingRange } from "@/lib/meetings/time";
import type { AppLocale } from "@/lib/i18n/config";

/** "Szczegóły" tab: every field of the meeting, in the viewer's time zone. */
export default async function MeetingDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const meeting = await getMeeting(current.actor, id);
  if (!meeting) notFound();
  const [t, rawLocale] = await Promise.all([getTranslations("meetings.details"), getLocale()]);
  const locale = rawLocale as AppLocale;
  const tz = current.user.timeZone;
  const seriesText = meeting.series ? describeSeries(meeting.series.rule, locale) : null;

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="min-w-0 lg:col-span-2">
        <CardContent className="pt-6">
          <dl className="grid gap-5 text-sm sm:grid-cols-2">
            <Fact label={t("when")}>
              <p>{formatMeetingRange(meeting.startsAt, meeting.endsAt, locale, tz)}</p>
              <p className="text-muted-foreground">{t("zoneNote", { zone: tz })}</p>
              {seriesText ? (
                <p className="mt-1 flex items-start gap-1.5 text-muted-foreground">
                  <Repeat className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                  {t("series", { rule: seriesText })}
                </p>
              ) : null}
            </Fact>
            <Fact label={t("place")}>
              {meeting.place ? (
                <p className="flex items-start gap-1.5 whitespace-pre-line">
                  <MapPin className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
                  {meeting.place}
                </p>
              ) : null}
              {meeting.onlineUrl ? (
                <p className="flex items-center gap-1.5">
                  <Video className="size-3.5 shrink-0" aria-hidden="true" />
                  <a href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer" className="break-all text-primary underline-offset-4 hover:underline">
                    {t("online")}
                    <ExternalLink className="ml-1 inline size-3" aria-hidden="true" />
                  </a>
                </p>
              ) : null}
              {!meeting.place && !meeting.onlineUrl ? <p className="text-muted-foreground">—</p> : null}
            </Fact>
            <Fact label={t("organiser")}>
              <p>{meeting.organiserInstitution ? `${meeting.organiserInstitution.name} (${meeting.organiserInstitution.shortName})` : "—"}</p>
            </Fact>
            <Fact label={t("group")}>
              <p>{meeting.group.name}</p>
            </Fact>
            {meeting.status === "CANCELLED" ? (
              <Fact label={t("cancelReason")} className="sm:col-span-2">
                <p className="whitespace-pre-line">{meeting.cancelReason}</p>
                {meeting.cancelledAt ? <p className="text-muted-foreground">{t("cancelledAt")}: {formatDateTime(meeting.cancelledAt, locale, tz)}</p> : null}
              </Fact>
            ) : null}
            {meeting.startedAt ? (
              <Fact label={t("startedAt")}>
                <p>{formatDateTime(meeting.startedAt, locale, tz)}</p>
              </Fact>
            ) : null}
            {meeting.endedAt ? (
              <Fact label={t("endedAt")}>
                <p>{formatDateTime(meeting.endedAt, locale, tz)}</p>
              </Fact>
            ) : null}
            <Fact label={t("description")} className="sm:col-span-2">
              {meeting.description ? <p className="whitespace-pre-line">{meeting.description}</p> : <p className="text-muted-foreground">{t("noDescription")}</p>}
            </Fact>
          </dl>
        </CardContent>
      </Card>
      <div className="min-w-0 space-y-4">
        <a
          href={`/api/meetings/${meeting.id}/ics`}
          className="inline-flex items-center gap-2 rounded-md border border-border bg-card px-3 py-2 text-sm font-medium hover:bg-accent"
        >
          <CalendarArrowDown className="size-4" aria-hidden="true" />
          {t("ics")}
        </a>
        <MeetingMinutesLink meetingId={meeting.id} current={current} cancelled={meeting.status === "CANCELLED"} />
        <dl className="space-y-3 text-sm">
          <Fact label={t("createdBy")}>
            <p>{meeting.createdBy?.name ?? "—"}</p>
            <p className="text-muted-foreground">
              {t("createdAt")}: {formatDateTime(meeting.createdAt, locale, tz)}
            </p>
          </Fact>
        </dl>
      </div>
    </div>
  );
}

/** A stored rule the parser does not know is shown as nothing rather than breaking the page. */
function describeSeries(rule: string, locale: AppLocale): string | null {
  try {
    return describeRule(parseSeriesRule(rule), locale);
  } catch {
    return null;
  }
}

function Fact({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt className="mb-1 font-medium text-foreground">{label}</dt>
      <dd className="space-y-1">{children}</dd>
    </div>
  );
}
