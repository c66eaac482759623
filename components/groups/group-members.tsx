"use client";
// The People tab: who is in the group, from which institution, in which role.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Mail, UserPlus, UserMinus, Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/components/ui/cn";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { readFormValues } from "@/components/forms/read-form-values";
import { useServerAction } from "@/components/forms/use-server-action";
import { stacked } from "@/components/groups/stacked-table";
import { GroupRoleBadge } from "@/components/groups/group-badges";
import { addGroupMemberAction, changeMemberRoleAction, removeGroupMemberAction } from "@/lib/groups/actions";
import { groupRoles } from "@/lib/groups/schema";
import type { GroupRole } from "@/lib/generated/prisma/enums";

export type GroupMemberRow = {
  userId: string;
  name: string;
  email: string;
  archived: boolean;
  institution: { name: string; shortName: string } | null;
  role: GroupRole;
};

export type PersonOption = { id: string; name: string; email: string; institutionShortName: string | null };

type Props = {
  groupId: string;
  viewerId: string;
  canManage: boolean;
  canInvite: boolean;
  members: GroupMemberRow[];
  addable: PersonOption[];
};

export function GroupMembers({ groupId, viewerId, canManage, canInvite, members, addable }: Props) {
  const t = useTranslations("groups.people");
  const coordinators = members.filter((m) => m.role === "COORDINATOR" && !m.archived).length;
  return (
    <section aria-labelledby={`group-${groupId}-people`}>
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h2 id={`group-${groupId}-people`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="max-w-2xl text-sm text-muted-foreground">{canManage ? t("manageHint") : t("viewHint")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {canInvite ? (
            <Button asChild variant="outline">
              <Link href={`/invitations/new?groupId=${encodeURIComponent(groupId)}`}>
                <Mail aria-hidden="true" />
                {t("invite")}
              </Link>
            </Button>
          ) : null}
          {canManage ? <AddPersonDialog groupId={groupId} addable={addable} /> : null}
        </div>
      </div>
      {members.length === 0 ? (
        <EmptyState icon={Users} headingLevel="h3" title={t("emptyTitle")} />
      ) : (
        <Table className={stacked.table}>
          <TableHeader className={stacked.head}>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t("columns.person")}</TableHead>
              <TableHead>{t("columns.institution")}</TableHead>
              <TableHead>{t("columns.role")}</TableHead>
              {canManage ? (
                <TableHead>
                  <span className="sr-only">{t("columns.actions")}</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody className={stacked.body}>
            {members.map((m) => {
              // The only active coordinator cannot step down or leave: the group would have nobody to run it.
              const lastCoordinator = m.role === "COORDINATOR" && !m.archived && coordinators <= 1;
              return (
                <TableRow key={m.userId} className={stacked.row}>
                  <TableCell className={cn("sm:min-w-56", stacked.cell, stacked.full)}>
                    <div className="flex items-center gap-3">
                      <Avatar name={m.name} seed={m.userId} size="sm" />
                      <div className="min-w-0">
                        <div className="flex flex-wrap items-center gap-2 font-medium">
                          {m.name}
                          {m.userId === viewerId ? <Badge variant="muted">{t("you")}</Badge> : null}
                          {m.archived ? <Badge variant="warning">{t("archivedPerson")}</Badge> : null}
                        </div>
                        <div className="truncate text-xs text-muted-foreground">{m.email}</div>
                      </div>
                    </div>
                  </TableCell>
                  <TableCell className={cn("sm:min-w-32", stacked.cell, stacked.full, "max-sm:pl-10 max-sm:text-sm max-sm:text-muted-foreground")}>
                    {m.institution ? (
                      <span title={m.institution.name}>{m.institution.shortName}</span>
                    ) : (
                      <span className="text-muted-foreground">{t("noInstitution")}</span>
                    )}
                  </TableCell>
                  <TableCell className={cn("sm:min-w-44", stacked.cell)}>
                    {canManage ? (
                      // Keyed by the stored role so a change made elsewhere resets the local choice.
                      <MemberRoleSelect key={m.role} groupId={groupId} member={m} locked={lastCoordinator} />
                    ) : (
                      <GroupRoleBadge role={m.role} />
                    )}
                  </TableCell>
                  {canManage ? (
                    <TableCell className={cn("text-right", stacked.cell)}>
                      <RemoveMemberButton groupId={groupId} member={m} self={m.userId === viewerId} locked={lastCoordinator} />
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function MemberRoleSelect({ groupId, member, locked }: { groupId: string; member: GroupMemberRow; locked: boolean }) {
  const t = useTranslations("groups");
  const { run, pending } = useServerAction(changeMemberRoleAction, { successMessage: t("people.roleChanged", { name: member.name }) });
  const [value, setValue] = useState(member.role);
  async function change(next: GroupRole) {
    setValue(next);
    const result = await run({ groupId, userId: member.userId, role: next });
    if (!result.ok) setValue(member.role);
  }
  const hintId = `role-hint-${groupId}-${member.userId}`;
  return (
    <div className="grid gap-1">
      <NativeSelect
        aria-label={t("people.roleOf", { name: member.name })}
        aria-describedby={locked ? hintId : undefined}
        value={value}
        disabled={pending || locked}
        onChange={(e) => void change(e.target.value as GroupRole)}
        className="h-9"
        wrapperClassName="max-w-60"
      >
        {groupRoles.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </NativeSelect>
      {locked ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {t("people.lastCoordinatorHint")}
        </p>
      ) : null}
    </div>
  );
}

function RemoveMemberButton({ groupId, member, self, locked }: { groupId: string; member: GroupMemberRow; self: boolean; locked: boolean }) {
  const t = useTranslations("groups.people");
  const tc = useTranslations("common");
  const router = useRouter();
  const { run, pending } = useServerAction(removeGroupMemberAction, {
    successMessage: self ? t("leftGroup") : t("removed", { name: member.name }),
    // Whoever removes themselves no longer sees this group.
    onSuccess: (data) => (data.removedSelf ? router.push("/groups") : undefined),
  });
  if (locked) return null;
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="ghost" size="sm" disabled={pending} className="text-destructive hover:text-destructive">
          <UserMinus aria-hidden="true" />
          <span className="sr-only sm:not-sr-only">{self ? t("leave") : t("remove")}</span>
          <span className="sr-only">{member.name}</span>
        </Button>
      }
      title={self ? t("leaveTitle") : t("removeTitle", { name: member.name })}
      description={self ? t("leaveDescription") : t("removeDescription")}
      cancelLabel={tc("cancel")}
      confirmLabel={self ? t("leaveConfirm") : t("removeConfirm")}
      pending={pending}
      onConfirm={() => run({ groupId, userId: member.userId })}
    />
  );
}

function AddPersonDialog({ groupId, addable }: { groupId: string; addable: PersonOption[] }) {
  const t = useTranslations("groups");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { run, pending, fieldErrors } = useServerAction(addGroupMemberAction, {
    successMessage: t("people.added"),
    onSuccess: () => setOpen(false),
  });
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readFormValues(event.currentTarget);
    void run({ groupId, userId: values.userId ?? "", role: (values.role ?? "MEMBER") as GroupRole });
  }
  const formId = `add-person-${groupId}`;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          {t("people.add")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("people.addTitle")}</DialogTitle>
          <DialogDescription>{t("people.addDescription")}</DialogDescription>
        </DialogHeader>
        {addable.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("people.noneToAdd")}</p>
        ) : (
          <form id={formId} onSubmit={onSubmit} className="grid gap-4" noValidate>
            <FormField id={`${formId}-person`} label={t("people.personField")} error={fieldErrors.userId} required>
              <NativeSelect name="userId" defaultValue="">
                <option value="" disabled>
                  {t("people.choose")}
                </option>
                {addable.map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${p.name} (${p.institutionShortName ? `${p.institutionShortName}, ` : ""}${p.email})`}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id={`${formId}-role`} label={t("people.roleField")} error={fieldErrors.role} required>
              <NativeSelect name="role" defaultValue="MEMBER">
                {groupRoles.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          </form>
        )}
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            {tc("cancel")}
          </Button>
          {addable.length > 0 ? (
            <Button type="submit" form={formId} disabled={pending}>
              {t("people.addConfirm")}
            </Button>
          ) : null}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
