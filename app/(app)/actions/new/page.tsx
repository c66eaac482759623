import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { ActionForm, type ActionFormValues } from "@/components/actions/action-form";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listActionFormOptions, loadActionGroupRef } from "@/lib/actions/data";
import type { ActionSource } from "@/lib/generated/prisma/enums";
import { canAgreedAction } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions"))("fields.newTitle") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** New action in a group; ?meeting=, ?decision= or ?document= preselect where it comes from. */
export default async function NewActionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const params = await searchParams;
  const groupId = one(params.group) ?? (await getCurrentGroupId(current));
  const ref = groupId ? await loadActionGroupRef(current.actor, groupId) : null;
  if (!ref || !groupId) notFound();
  if (!canAgreedAction(current.actor, "create", ref)) forbidden();
  const [t, ts, options] = await Promise.all([getTranslations("actions"), getTranslations("shell"), listActionFormOptions(groupId)]);
  const group = current.user.memberships.find((m) => m.groupId === groupId)!.group;
  const meetingId = one(params.meeting);
  const decisionId = one(params.decision);
  const documentId = one(params.document);
  const source: ActionSource =
    meetingId && options.meetings.some((m) => m.id === meetingId)
      ? "MEETING"
      : decisionId && options.decisions.some((d) => d.id === decisionId)
        ? "DECISION"
        : documentId && options.documents.some((d) => d.id === documentId)
          ? "DOCUMENT"
          : "NONE";
  // By default the action is the person's own institution's, with them responsible.
  const ownInstitution = options.institutions.find((i) => i.id === current.user.institutionId)?.id ?? "";
  const initial: ActionFormValues = {
    title: "",
    description: null,
    ownerInstitutionId: ownInstitution,
    responsibleUserId: ownInstitution && options.people.some((p) => p.id === current.user.id) ? current.user.id : null,
    deputyUserId: null,
    dueDate: null,
    priority: "NORMAL",
    source,
    meetingId: source === "MEETING" ? meetingId : null,
    decisionId: source === "DECISION" ? decisionId : null,
    documentId: source === "DOCUMENT" ? documentId : null,
    indicatorIds: [],
  };
  const back = source === "MEETING" && meetingId ? `/meetings/${meetingId}/actions` : `/actions?group=${encodeURIComponent(groupId)}`;
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/actions" }, { label: t("fields.newTitle") }]} />}
        title={t("fields.newTitle")}
        description={t("fields.groupLabel", { group: group.name })}
      />
      <ActionForm mode="create" groupId={groupId} options={options} initial={initial} cancelHref={back} ownerLocked={false} />
    </>
  );
}
