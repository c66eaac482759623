import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { requireUser } from "@/lib/auth/current-user";
import { canSystem } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("institutions"))("newTitle") };
}

export default async function NewInstitutionPage() {
  const current = await requireUser();
  if (!canSystem(current.actor, "createInstitution")) forbidden();
  const [t, ts] = await Promise.all([getTranslations("institutions"), getTranslations("shell")]);
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/institutions" }, { label: t("newTitle") }]} />}
        title={t("newTitle")}
        description={t("newDescription")}
      />
      <InstitutionForm mode="create" cancelHref="/institutions" />
    </>
  );
}
