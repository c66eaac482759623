import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireUser } from "@/lib/auth/current-user";
import { getMeeting, listGroupInstitutions } from "@/lib/meetings/data";
import { isEditableStatus } from "@/lib/meetings/lifecycle";
import { utcToZonedParts } from "@/lib/meetings/time";
import { canGroup } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("editTitle") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const meeting = await getMeeting(current.actor, id);
  if (!meeting) notFound();
  if (!canGroup(current.actor, "manageMeetings", { id: meeting.groupId, archived: meeting.group.archivedAt !== null }) || !isEditableStatus(meeting.status)) {
    forbidden();
  }
  const [t, institutions] = await Promise.all([getTranslations("meetings"), listGroupInstitutions(meeting.groupId)]);
  const timeZone = current.user.timeZone;
  const start = utcToZonedParts(meeting.startsAt, timeZone);
  const end = utcToZonedParts(meeting.endsAt, timeZone);
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading" className="mb-4 text-lg font-semibold">
        {t("editTitle")}
      </h2>
      <MeetingForm
        mode="edit"
        id={meeting.id}
        timeZone={timeZone}
        // Keep an archived organiser selectable on the meeting that already names it.
        institutions={institutions.filter((i) => !i.archivedAt || i.id === meeting.organiserInstitutionId)}
        cancelHref={`/meetings/${meeting.id}`}
        initial={{
          title: meeting.title,
          kind: meeting.kind,
          startDate: start.date,
          startTime: start.time,
          endDate: end.date === start.date ? null : end.date,
          endTime: end.time,
          place: meeting.place,
          onlineUrl: meeting.onlineUrl,
          description: meeting.description,
          organiserInstitutionId: meeting.organiserInstitutionId,
        }}
      />
    </section>
  );
}
