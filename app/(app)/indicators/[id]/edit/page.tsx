import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { requireUser } from "@/lib/auth/current-user";
import { getIndicator } from "@/lib/indicators/data";
import { canGroup } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("editTitle") };
}

/** Plain numbers for the inputs ("1200.5"): the parser also takes "1 200,5". */
const plain = (n: number) => String(n);

export default async function EditIndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const indicator = await getIndicator(current.actor, id);
  if (!indicator) notFound();
  if (!canGroup(current.actor, "manageIndicators", { id: indicator.groupId, archived: indicator.group.archivedAt !== null }) || indicator.archived) forbidden();
  const [t, ts] = await Promise.all([getTranslations("indicators"), getTranslations("shell")]);
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={ts("breadcrumb")}
            items={[
              { label: t("title"), href: `/indicators?group=${encodeURIComponent(indicator.groupId)}` },
              { label: indicator.name, href: `/indicators/${indicator.id}` },
              { label: t("editTitle") },
            ]}
          />
        }
        title={t("editTitle")}
        description={indicator.name}
      />
      <IndicatorForm
        mode="edit"
        id={indicator.id}
        cancelHref={`/indicators/${indicator.id}`}
        initial={{
          name: indicator.name,
          description: indicator.description ?? "",
          unit: indicator.unit,
          target: plain(indicator.target),
          baseline: plain(indicator.baseline),
          deadline: indicator.deadline ?? "",
        }}
      />
    </>
  );
}
