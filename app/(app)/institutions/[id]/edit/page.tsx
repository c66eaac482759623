import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { requireUser } from "@/lib/auth/current-user";
import { getInstitutionForEdit, loadInstitutionRef } from "@/lib/institutions/data";
import { canInstitution } from "@/lib/permissions/ability";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, institution] = await Promise.all([getTranslations("institutions"), getInstitutionForEdit(id)]);
  return { title: institution ? `${t("editTitle")}: ${institution.shortName}` : t("editTitle") };
}

export default async function EditInstitutionPage({ params }: Props) {
  const { id } = await params;
  const current = await requireUser();
  const [institution, ref] = await Promise.all([getInstitutionForEdit(id), loadInstitutionRef(id)]);
  if (!institution || !ref) notFound();
  // Archived institutions are read-only: the detail page says so and offers to restore.
  if (ref.archived) redirect(`/institutions/${id}`);
  if (!canInstitution(current.actor, "update", ref)) forbidden();
  const [t, ts] = await Promise.all([getTranslations("institutions"), getTranslations("shell")]);
  const { id: _id, archivedAt: _archivedAt, ...initial } = institution;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={ts("breadcrumb")}
            items={[
              { label: t("title"), href: "/institutions" },
              { label: institution.shortName, href: `/institutions/${id}` },
              { label: t("editTitle") },
            ]}
          />
        }
        title={t("editTitle")}
        description={t("editDescription")}
      />
      <InstitutionForm mode="edit" id={id} initial={initial} cancelHref={`/institutions/${id}`} />
    </>
  );
}
