"use client";
// The Institutions tab: partner institutions with their role; coordinators add, re-role and remove.
import { useState } from "react";
import { Building2, Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { readFormValues } from "@/components/forms/read-form-values";
import { useServerAction } from "@/components/forms/use-server-action";
import { stacked } from "@/components/groups/stacked-table";
import { PartnerRoleBadge } from "@/components/groups/group-badges";
import { addGroupInstitutionAction, changePartnerRoleAction, removeGroupInstitutionAction } from "@/lib/groups/actions";
import { partnerRoles } from "@/lib/groups/schema";
import type { PartnerRole } from "@/lib/generated/prisma/enums";

export type GroupInstitutionRow = {
  institutionId: string;
  name: string;
  shortName: string;
  archived: boolean;
  partnerRole: PartnerRole;
  peopleCount: number;
};

export type InstitutionOption = { id: string; name: string; shortName: string };

type Props = {
  groupId: string;
  canManage: boolean;
  institutions: GroupInstitutionRow[];
  addable: InstitutionOption[];
};

export function GroupInstitutions({ groupId, canManage, institutions, addable }: Props) {
  const t = useTranslations("groups.institutions");
  return (
    <section aria-labelledby={`group-${groupId}-institutions`}>
      <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h2 id={`group-${groupId}-institutions`} className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="max-w-2xl text-sm text-muted-foreground">{canManage ? t("manageHint") : t("viewHint")}</p>
        </div>
        {canManage ? <AddInstitutionDialog groupId={groupId} addable={addable} /> : null}
      </div>
      {institutions.length === 0 ? (
        <EmptyState icon={Building2} headingLevel="h3" title={t("emptyTitle")} description={canManage ? t("emptyDescriptionManage") : undefined} />
      ) : (
        <Table className={stacked.table}>
          <TableHeader className={stacked.head}>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t("columns.institution")}</TableHead>
              <TableHead>{t("columns.partnerRole")}</TableHead>
              <TableHead className="text-right">{t("columns.people")}</TableHead>
              {canManage ? (
                <TableHead>
                  <span className="sr-only">{t("columns.actions")}</span>
                </TableHead>
              ) : null}
            </TableRow>
          </TableHeader>
          <TableBody className={stacked.body}>
            {institutions.map((row) => (
              <TableRow key={row.institutionId} className={stacked.row}>
                <TableCell className={cn("sm:min-w-56", stacked.cell, stacked.full)}>
                  <div className="font-medium">{row.name}</div>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                    {row.shortName}
                    {row.archived ? <Badge variant="warning">{t("archivedInstitution")}</Badge> : null}
                  </div>
                </TableCell>
                <TableCell className={cn("sm:min-w-48", stacked.cell, "max-sm:order-2")}>
                  {canManage ? <PartnerRoleSelect key={row.partnerRole} groupId={groupId} row={row} /> : <PartnerRoleBadge role={row.partnerRole} />}
                </TableCell>
                <TableCell className={cn("text-right tabular-nums", stacked.cell, stacked.full, "max-sm:order-1 max-sm:text-left max-sm:text-sm max-sm:text-muted-foreground")}>
                  <span className="sm:hidden">{t("columns.people")}: </span>
                  {row.peopleCount}
                </TableCell>
                {canManage ? (
                  <TableCell className={cn("text-right", stacked.cell, "max-sm:order-3")}>
                    <RemoveInstitutionButton groupId={groupId} row={row} />
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function PartnerRoleSelect({ groupId, row }: { groupId: string; row: GroupInstitutionRow }) {
  const t = useTranslations("groups");
  const { run, pending } = useServerAction(changePartnerRoleAction, { successMessage: t("institutions.roleChanged") });
  // Shown at once; put back if the server refuses.
  const [value, setValue] = useState(row.partnerRole);
  async function change(next: PartnerRole) {
    setValue(next);
    const result = await run({ groupId, institutionId: row.institutionId, partnerRole: next });
    if (!result.ok) setValue(row.partnerRole);
  }
  return (
    <NativeSelect
      aria-label={t("institutions.roleOf", { name: row.shortName })}
      value={value}
      disabled={pending}
      onChange={(e) => void change(e.target.value as PartnerRole)}
      className="h-9"
      wrapperClassName="max-w-60"
    >
      {partnerRoles.map((r) => (
        <option key={r} value={r}>
          {t(`partnerRole.${r}`)}
        </option>
      ))}
    </NativeSelect>
  );
}

function RemoveInstitutionButton({ groupId, row }: { groupId: string; row: GroupInstitutionRow }) {
  const t = useTranslations("groups.institutions");
  const tc = useTranslations("common");
  const { run, pending } = useServerAction(removeGroupInstitutionAction, { successMessage: t("removed", { name: row.shortName }) });
  const blocked = row.peopleCount > 0;
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="ghost" size="sm" disabled={pending} className="text-destructive hover:text-destructive">
          <Trash2 aria-hidden="true" />
          <span className="sr-only sm:not-sr-only">{t("remove")}</span>
          <span className="sr-only">{row.shortName}</span>
        </Button>
      }
      title={blocked ? t("removeBlockedTitle") : t("removeTitle", { name: row.name })}
      description={blocked ? t("removeBlockedDescription", { name: row.name, count: row.peopleCount }) : t("removeDescription")}
      cancelLabel={blocked ? tc("close") : tc("cancel")}
      confirmLabel={t("removeConfirm")}
      pending={pending}
      // While people of the institution are still in the group, the dialog only says why it cannot be removed.
      onConfirm={blocked ? undefined : () => run({ groupId, institutionId: row.institutionId })}
    />
  );
}

function AddInstitutionDialog({ groupId, addable }: { groupId: string; addable: InstitutionOption[] }) {
  const t = useTranslations("groups");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const { run, pending, fieldErrors } = useServerAction(addGroupInstitutionAction, {
    successMessage: t("institutions.added"),
    onSuccess: () => setOpen(false),
  });
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readFormValues(event.currentTarget);
    void run({
      groupId,
      institutionId: values.institutionId ?? "",
      partnerRole: (values.partnerRole ?? "PARTNER") as PartnerRole,
    });
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" />
          {t("institutions.add")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("institutions.addTitle")}</DialogTitle>
          <DialogDescription>{t("institutions.addDescription")}</DialogDescription>
        </DialogHeader>
        {addable.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("institutions.noneToAdd")}</p>
        ) : (
          <form id={`add-institution-${groupId}`} onSubmit={onSubmit} className="grid gap-4" noValidate>
            <FormField id={`add-institution-${groupId}-institution`} label={t("institutions.institutionField")} error={fieldErrors.institutionId} required>
              <NativeSelect name="institutionId" defaultValue="">
                <option value="" disabled>
                  {t("institutions.choose")}
                </option>
                {addable.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} ({i.shortName})
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField id={`add-institution-${groupId}-role`} label={t("institutions.partnerRoleField")} error={fieldErrors.partnerRole} required>
              <NativeSelect name="partnerRole" defaultValue="PARTNER">
                {partnerRoles.map((r) => (
                  <option key={r} value={r}>
                    {t(`partnerRole.${r}`)}
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
            <Button type="submit" form={`add-institution-${groupId}`} disabled={pending}>
              {t("institutions.addConfirm")}
            </Button>
          ) : null}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
