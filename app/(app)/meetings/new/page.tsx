import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listGroupInstitutions, loadGroupRef } from "@/lib/meetings/data";
import { canGroup } from "@/lib/permissions/ability";
import { utcToZonedParts } from "@/lib/meetings/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("newTitle") };
}

/** Tomorrow 10:00–12:00 in the user's zone: a sensible start that is never in the past. */
function defaultTimes(timeZone: string, now = new Date()) {
  const tomorrow = utcToZonedParts(new Date(now.getTime() + 24 * 3600_000), timeZone).date;
  return { startDate: tomorrow, startTime: "10:00", endTime: "12:00" };
}

export default async function NewMeetingPage() {
  const current = await requireUser();
  const [t, ts, groupId] = await Promise.all([getTranslations("meetings"), getTranslations("shell"), getCurrentGroupId(current)]);
  const group = groupId ? await loadGroupRef(groupId) : null;
  const header = (
    <PageHeader
      breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/meetings" }, { label: t("newTitle") }]} />}
      title={t("newTitle")}
    />
  );
  if (!group) {
    return (
      <>
        {header}
        <EmptyState title={t("noGroup")} />
      </>
    );
  }
  if (!canGroup(current.actor, "manageMeetings", group)) forbidden();
  const institutions = await listGroupInstitutions(group.id);
  const timeZone = current.user.timeZone;
  const ownInstitution = institutions.find((i) => i.id === current.user.institutionId);
  return (
    <>
      {header}
      <MeetingForm
        mode="create"
        groupId={group.id}
        timeZone={timeZone}
        institutions={institutions.filter((i) => !i.archivedAt)}
        cancelHref="/meetings"
        initial={{
          title: "",
          kind: "PLENARY",
          ...defaultTimes(timeZone),
          endDate: null,
          place: null,
          onlineUrl: null,
          description: null,
          organiserInstitutionId: ownInstitution?.id ?? null,
        }}
      />
    </>
  );
}
