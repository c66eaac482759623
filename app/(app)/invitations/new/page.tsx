import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { Building2, UsersRound } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { InvitationForm } from "@/components/invitations/invitation-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { listGroupInstitutionChoices, loadGroupRef } from "@/lib/invitations/data";
import { canGroup } from "@/lib/permissions/ability";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("form.title") };
}

export default async function NewInvitationPage({ searchParams }: { searchParams: Promise<{ groupId?: string | string[] }> }) {
  const current = await getCurrentUser();
  // The layout redirects too, but it renders in parallel with the page.
  if (!current) redirect("/sign-in");
  const raw = (await searchParams).groupId;
  const groupId = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 64) || (await getCurrentGroupId(current));
  const [t, tShell, tPeople] = await Promise.all([getTranslations("invitations"), getTranslations("shell"), getTranslations("people")]);
  if (!groupId) {
    return (
      <>
        <PageHeader title={t("form.title")} />
        <EmptyState icon={UsersRound} title={t("noGroupTitle")} description={t("noGroupText")} />
      </>
    );
  }
  const group = await loadGroupRef(groupId);
  if (!group || !canGroup(current.actor, "view", group)) notFound();
  // Who was invited, and inviting, is for those who manage the group (coordinators, administrators).
  if (!canGroup(current.actor, "invite", group)) forbidden();
  const institutions = await listGroupInstitutionChoices(group.id);

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label={tShell("breadcrumb")}
            items={[{ label: tPeople("title"), href: "/people" }, { label: t("title"), href: "/invitations" }, { label: t("form.title") }]}
          />
        }
        title={t("form.title")}
        description={t("form.description", { group: group.name })}
      />
      {institutions.length === 0 ? (
        <EmptyState
          icon={Building2}
          title={t("form.noInstitutionsTitle")}
          description={t("form.noInstitutionsText")}
          action={
            <Button asChild variant="outline">
              <Link href="/institutions">{tShell("nav.institutions")}</Link>
            </Button>
          }
        />
      ) : (
        <Card className="max-w-2xl">
          <CardContent>
            <InvitationForm groupId={group.id} institutions={institutions} />
          </CardContent>
        </Card>
      )}
    </>
  );
}
