import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { IndicatorForm } from "@/components/indicators/indicator-form";
import { requireUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { resolveRegisterGroup } from "@/lib/decisions/data";
import { canGroup } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("newTitle") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export default async function NewIndicatorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const current = await requireUser();
  const [t, ts, currentGroupId, raw] = await Promise.all([getTranslations("indicators"), getTranslations("shell"), getCurrentGroupId(current), searchParams]);
  const group = await resolveRegisterGroup(current, first(raw.group), currentGroupId);
  const header = (
    <PageHeader
      breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/indicators" }, { label: t("newTitle") }]} />}
      title={t("newTitle")}
      description={group?.name}
    />
  );
  if (!group) {
    return (
      <>
        {header}
        <EmptyState title={t("noGroupTitle")} description={t("noGroupText")} />
      </>
    );
  }
  if (!canGroup(current.actor, "manageIndicators", group)) forbidden();
  return (
    <>
      {header}
      <IndicatorForm
        mode="create"
        groupId={group.id}
        cancelHref={`/indicators?group=${encodeURIComponent(group.id)}`}
        initial={{ name: "", description: "", unit: "", target: "", baseline: "0", deadline: "" }}
      />
    </>
  );
}
