import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { ArchiveGroupButton } from "@/components/groups/archive-group-button";
import { ArchivedBadge, GroupKindBadge, GroupRoleBadge } from "@/components/groups/group-badges";
import { ArchivedBanner } from "@/components/groups/archived-banner";
import { EditableDetails } from "@/components/groups/editable-details";
import { GroupDetailsView } from "@/components/groups/group-details-view";
import { GroupInstitutions } from "@/components/groups/group-institutions";
import { GroupMembers } from "@/components/groups/group-members";
import { GroupTabs } from "@/components/groups/group-tabs";
import { SwitchGroupButton } from "@/components/groups/switch-group-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { getGroupDetails, listAddableInstitutions, listAddablePeople } from "@/lib/groups/data";
import { parseGroupTab, toDateInputValue } from "@/lib/groups/schema";
import { canGroup } from "@/lib/permissions/ability";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const current = await getCurrentUser();
  if (!current) return {};
  const { id } = await params;
  const group = await getGroupDetails(current.actor, id, await getLocale());
  return group ? { title: group.name } : {};
}

export default async function GroupPage({ params, searchParams }: Props) {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in");
  const [{ id }, { tab }, locale] = await Promise.all([params, searchParams, getLocale()]);
  const group = await getGroupDetails(current.actor, id, locale);
  if (!group) notFound();

  const { actor } = current;
  const can = {
    update: canGroup(actor, "update", group.ref),
    manage: canGroup(actor, "manageMembers", group.ref),
    invite: canGroup(actor, "invite", group.ref),
    archive: canGroup(actor, "archive", group.ref),
    unarchive: canGroup(actor, "unarchive", group.ref),
  };
  const [t, ts, format, currentGroupId, addableInstitutions, addablePeople] = await Promise.all([
    getTranslations("groups"),
    getTranslations("shell"),
    getFormatter(),
    getCurrentGroupId(current),
    can.manage ? listAddableInstitutions(group.id, locale) : Promise.resolve([]),
    can.manage ? listAddablePeople(actor, group.id, locale) : Promise.resolve([]),
  ]);
  const viewerRole = actor.memberships[group.id]?.role ?? null;
  const initialTab = parseGroupTab(tab);

  return (
    <>
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/groups" }, { label: group.name }]} />}
        title={group.name}
        meta={
          <>
            <GroupKindBadge kind={group.kind} />
            {group.archivedAt ? <ArchivedBadge /> : null}
            {viewerRole ? <GroupRoleBadge role={viewerRole} srPrefix={t("list.yourRole")} /> : null}
          </>
        }
        description={group.programme ?? undefined}
        actions={
          <>
            {viewerRole && currentGroupId !== group.id ? <SwitchGroupButton groupId={group.id} /> : null}
            {can.archive ? <ArchiveGroupButton groupId={group.id} groupName={group.name} mode="archive" /> : null}
          </>
        }
      />
      {group.archivedAt ? (
        <ArchivedBanner
          archivedOn={format.dateTime(group.archivedAt, { dateStyle: "long" })}
          action={can.unarchive ? <ArchiveGroupButton groupId={group.id} groupName={group.name} mode="restore" /> : null}
        />
      ) : null}
      <GroupTabs
        initialTab={initialTab}
        institutionCount={group.institutions.length}
        peopleCount={group.members.length}
        details={
          <EditableDetails
            groupId={group.id}
            canEdit={can.update}
            initial={{
              name: group.name,
              kind: group.kind,
              description: group.description ?? "",
              programme: group.programme ?? "",
              funding: group.funding ?? "",
              startDate: toDateInputValue(group.startDate),
              endDate: toDateInputValue(group.endDate),
            }}
          >
            <GroupDetailsView
              kind={group.kind}
              description={group.description}
              programme={group.programme}
              funding={group.funding}
              startDate={group.startDate}
              endDate={group.endDate}
            />
          </EditableDetails>
        }
        institutions={
          <GroupInstitutions
            groupId={group.id}
            canManage={can.manage}
            addable={addableInstitutions}
            institutions={group.institutions.map((gi) => ({
              institutionId: gi.institution.id,
              name: gi.institution.name,
              shortName: gi.institution.shortName,
              archived: gi.institution.archivedAt !== null,
              partnerRole: gi.partnerRole,
              peopleCount: gi.peopleCount,
            }))}
          />
        }
        people={
          <GroupMembers
            groupId={group.id}
            viewerId={current.user.id}
            canManage={can.manage}
            canInvite={can.invite}
            addable={addablePeople.map((p) => ({ id: p.id, name: p.name, email: p.email, institutionShortName: p.institution?.shortName ?? null }))}
            members={group.members.map((m) => ({
              userId: m.user.id,
              name: m.user.name,
              email: m.user.email,
              archived: m.user.archivedAt !== null,
              institution: m.user.institution ? { name: m.user.institution.name, shortName: m.user.institution.shortName } : null,
              role: m.role,
            }))}
          />
        }
      />
    </>
  );
}
