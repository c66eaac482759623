import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";
import { AttendanceLiveRefresh } from "@/components/meetings/attendance/attendance-live-refresh";
import { AttendanceSheet, type SheetInstitution } from "@/components/meetings/attendance/attendance-sheet";
import { QuorumStatus } from "@/components/meetings/attendance/quorum-status";
import { requireUser } from "@/lib/auth/current-user";
import { getMeetingForViewer } from "@/lib/agenda/data";
import { getAttendanceSheet } from "@/lib/attendance/data";
import { canGroup } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("attendance"))("title") };
}

export default async function MeetingAttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const meeting = await getMeetingForViewer(current.actor, id);
  if (!meeting) notFound();
  const t = await getTranslations("attendance");
  const group = { id: meeting.group.id, archived: meeting.group.archivedAt !== null };
  const manages = canGroup(current.actor, "manageMeetings", group);
  const open = meeting.status === "IN_PROGRESS" || meeting.status === "HELD";
  const sheet = await getAttendanceSheet(meeting);

  const institutions: SheetInstitution[] = sheet.institutions.map((entry) => ({
    key: entry.institution?.id ?? "none",
    label: entry.institution ? `${entry.institution.name} (${entry.institution.shortName})` : t("noInstitution"),
    note: entry.institution && !entry.isMember ? t("guestInstitution") : null,
    people: entry.people,
  }));

  return (
    <section aria-labelledby="attendance-heading" className="space-y-5">
      <AttendanceLiveRefresh groupId={meeting.group.id} meetingId={meeting.id} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h2 id="attendance-heading" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-muted-foreground">
            {manages && open ? t("description") : manages ? t("notOpen") : t("readOnly")} {t("live")}
          </p>
        </div>
        <Button asChild variant="outline" size="sm">
          <Link href={`/meetings/${meeting.id}/attendance/print`}>
            <Printer aria-hidden="true" />
            {t("print")}
          </Link>
        </Button>
      </div>
      <QuorumStatus quorum={sheet.quorum} quorumPercent={sheet.quorumPercent} />
      <p className="text-sm text-muted-foreground">{t("markedCount", { marked: sheet.marked, total: sheet.total })}</p>
      {institutions.length === 0 ? (
        <p className="text-muted-foreground">{t("empty")}</p>
      ) : (
        <AttendanceSheet meetingId={meeting.id} institutions={institutions} canMark={manages && open} />
      )}
    </section>
  );
}
