import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { ActionForm } from "@/components/actions/action-form";
import { requireUser } from "@/lib/auth/current-user";
import { getActionDetail, listActionFormOptions } from "@/lib/actions/data";
import { canAgreedAction } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions"))("detail.edit") };
}

export default async function EditActionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const action = await getActionDetail(current.actor, id);
  if (!action) notFound();
  const ref = { groupId: action.groupId, groupArchived: action.group.archivedAt !== null, ownerInstitutionId: action.ownerInstitution.id };
  if (!canAgreedAction(current.actor, "update", ref)) forbidden();
  const [t, ts, options] = await Promise.all([getTranslations("actions"), getTranslations("shell"), listActionFormOptions(action.groupId)]);
  // Only those who may change any action of the group (coordinators) may hand it to another institution.
  const ownerLocked = !canAgreedAction(current.actor, "update", { ...ref, ownerInstitutionId: null });
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={ts("breadcrumb")}
            items={[
              { label: t("title"), href: "/actions" },
              { label: t("numberLabel", { number: action.number }), href: `/actions/${action.id}` },
              { label: t("detail.edit") },
            ]}
          />
        }
        title={t("fields.editTitle", { number: action.number })}
        description={t("fields.groupLabel", { group: action.group.name })}
      />
      <ActionForm
        mode="edit"
        id={action.id}
        options={options}
        ownerLocked={ownerLocked}
        cancelHref={`/actions/${action.id}`}
        initial={{
          title: action.title,
          description: action.description,
          ownerInstitutionId: action.ownerInstitution.id,
          responsibleUserId: action.responsible?.id ?? null,
          deputyUserId: action.deputy?.id ?? null,
          dueDate: action.dueDate,
          priority: action.priority,
          source: action.source,
          meetingId: action.meeting?.id ?? null,
          decisionId: action.decision?.id ?? null,
          documentId: action.document?.id ?? null,
          indicatorIds: action.indicators.map((i) => i.id),
        }}
      />
    </>
  );
}
