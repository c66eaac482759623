import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { GroupForm } from "@/components/groups/group-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canSystem } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("groups");
  return { title: t("new.title") };
}

export default async function NewGroupPage() {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  // A page this role may not open (403), unlike a group it cannot see (404).
  if (!canSystem(current.actor, "createGroup")) forbidden();
  const [t, ts] = await Promise.all([getTranslations("groups"), getTranslations("shell")]);
  const institution = current.user.institution;
  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/groups" }, { label: t("new.title") }]} />}
        title={t("new.title")}
        description={institution ? t("new.description", { institution: institution.name }) : t("new.descriptionNoInstitution")}
      />
      <Card>
        <CardContent>
          <GroupForm mode="create" />
        </CardContent>
      </Card>
    </>
  );
}
