import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { MeetingLifecycleButtons } from "@/components/meetings/meeting-lifecycle-buttons";
import { MeetingRealtimeRefresh } from "@/components/meetings/meeting-realtime-refresh";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MeetingTabNav } from "@/components/meetings/meeting-tab-nav";
import { requireUser } from "@/lib/auth/current-user";
import { getMeeting } from "@/lib/meetings/data";
import { isEditableStatus, nextStatuses } from "@/lib/meetings/lifecycle";
import { formatMeetingRange } from "@/lib/meetings/time";
import { canGroup } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const meeting = await getMeeting(current.actor, (await params).id);
  return { title: meeting?.title ?? (await getTranslations("meetings"))("title") };
}

/** Header and section tabs shared by every meeting page (details, agenda, invitees, attendance). */
export default async function MeetingLayout({ params, children }: { params: Promise<{ id: string }>; children: React.ReactNode }) {
  const { id } = await params;
  const current = await requireUser();
  const meeting = await getMeeting(current.actor, id);
  if (!meeting) notFound();
  const [t, ts, locale] = await Promise.all([getTranslations("meetings"), getTranslations("shell"), getLocale()]);
  const manages = canGroup(current.actor, "manageMeetings", { id: meeting.groupId, archived: meeting.group.archivedAt !== null });
  return (
    <>
      <MeetingRealtimeRefresh groupId={meeting.groupId} meetingId={meeting.id} />
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/meetings" }, { label: meeting.title }]} />}
        title={meeting.title}
        meta={<MeetingStatusBadge status={meeting.status} />}
        description={
          <>
            {formatMeetingRange(meeting.startsAt, meeting.endsAt, locale as AppLocale, current.user.timeZone)}
            <span className="block text-sm">
              {t(`kinds.${meeting.kind}`)} · {meeting.group.name}
            </span>
          </>
        }
        actions={
          manages ? (
            <>
              <MeetingLifecycleButtons meetingId={meeting.id} next={[...nextStatuses(meeting.status)]} />
              {isEditableStatus(meeting.status) ? (
                <Button asChild variant="outline">
                  <Link href={`/meetings/${meeting.id}/edit`}>
                    <Pencil aria-hidden="true" />
                    {t("details.edit")}
                  </Link>
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      <MeetingTabNav meetingId={meeting.id} />
      {children}
    </>
  );
}
