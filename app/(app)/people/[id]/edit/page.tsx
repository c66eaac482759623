import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent } from "@/components/ui/card";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { PersonEditForm } from "@/components/people/person-edit-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPerson, listInstitutionChoicesForPerson } from "@/lib/people/data";
import { canPerson } from "@/lib/permissions/ability";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  const person = await getPerson(current.actor, (await params).id);
  const t = await getTranslations("people");
  return { title: person ? t("edit.title", { name: person.name }) : t("title") };
}

export default async function EditPersonPage({ params }: Props) {
  const { id } = await params;
  const current = await getCurrentUser();
  // The layout redirects too, but it renders in parallel with the page.
  if (!current) redirect("/sign-in");
  const person = await getPerson(current.actor, id);
  if (!person) notFound();
  if (!canPerson(current.actor, "update", person.ref)) forbidden();
  // Archived accounts are read-only until restored.
  if (person.archivedAt) redirect(`/people/${person.id}`);
  const [t, tShell, institutions] = await Promise.all([
    getTranslations("people"),
    getTranslations("shell"),
    listInstitutionChoicesForPerson(current.actor, { groupIds: person.ref.groupIds, institutionId: person.institutionId }),
  ]);

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={tShell("breadcrumb")}
            items={[{ label: t("title"), href: "/people" }, { label: person.name, href: `/people/${person.id}` }, { label: t("detail.edit") }]}
          />
        }
        title={t("edit.title", { name: person.name })}
        description={t("edit.description")}
      />
      <Card className="max-w-2xl">
        <CardContent>
          <PersonEditForm
            person={{ id: person.id, name: person.name, email: person.email, institutionId: person.institutionId }}
            institutions={institutions}
            canEditEmail={current.actor.isAdmin}
          />
        </CardContent>
      </Card>
    </>
  );
}
