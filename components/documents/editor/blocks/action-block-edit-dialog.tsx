"use client";
// Changing an action from its block: status (with the reason when blocked), due date, owner
// institution (coordinators) and responsible person. Saved through the actions register, so
// the action page, lists and every open copy of the minutes show the change.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { actionStatuses, BLOCKED_REASON_MAX } from "@/lib/actions/schema";
import { changeBlockActionAction } from "@/lib/document-blocks/actions";
import type { BlockAction, BlockContext } from "@/lib/document-blocks/schema";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { FormErrorMessage } from "@/components/documents/editor/blocks/form-error-message";
import { useBlockSubmit } from "@/components/documents/editor/blocks/use-block-submit";

const FIELDS = ["status", "blockedReason", "dueDate", "ownerInstitutionId", "responsibleUserId"] as const;

export function ActionBlockEditDialog({
  action,
  context,
  initialStatus,
  open,
  onOpenChange,
  onSaved,
}: {
  action: BlockAction;
  context: BlockContext | null;
  /** The status picked in the block that needs more (a reason for "blocked"). */
  initialStatus?: ActionStatus;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: () => void;
}) {
  const t = useTranslations("document-blocks");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("edit.title", { number: action.number })}</DialogTitle>
          <DialogDescription>{action.title}</DialogDescription>
        </DialogHeader>
        {/* Mounted per opening, so the fields start from the action as it is now. */}
        {open && (
          <EditForm
            action={action}
            context={context}
            initialStatus={initialStatus}
            onDone={(saved) => {
              onOpenChange(false);
              if (saved) onSaved();
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function EditForm({
  action,
  context,
  initialStatus,
  onDone,
}: {
  action: BlockAction;
  context: BlockContext | null;
  initialStatus?: ActionStatus;
  onDone: (saved: boolean) => void;
}) {
  const t = useTranslations("document-blocks");
  const ta = useTranslations("actions");
  const [status, setStatus] = useState<ActionStatus>(initialStatus ?? action.status);
  const [reason, setReason] = useState(action.blockedReason ?? "");
  const [dueDate, setDueDate] = useState(action.dueDate ?? "");
  const [owner, setOwner] = useState(action.owner.id);
  const [responsible, setResponsible] = useState(action.responsible?.id ?? "");
  const { submit: send, pending, fieldErrors, formError, formRef } = useBlockSubmit(changeBlockActionAction, FIELDS);

  const institutions = context?.institutions ?? [];
  // The current owner stays listed even if it has since left the group.
  const ownerChoices = institutions.some((i) => i.id === action.owner.id) ? institutions : [action.owner, ...institutions];
  const people = (context?.people ?? []).filter((p) => p.institutionId === owner);
  const responsibleChoices =
    action.responsible && owner === action.owner.id && !people.some((p) => p.id === action.responsible!.id)
      ? [{ ...action.responsible, institutionId: owner }, ...people]
      : people;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await send({
      actionId: action.id,
      status,
      blockedReason: status === "BLOCKED" ? reason : "",
      dueDate,
      ownerInstitutionId: owner,
      responsibleUserId: responsible,
    });
    if (!saved) return;
    toast.success(saved.changed ? t("edit.saved", { number: action.number }) : t("edit.unchanged"));
    onDone(true);
  };

  const id = (name: string) => `action-block-${action.id}-${name}`;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4">
      <FormErrorMessage message={formError} />
      <FormField id={id("status")} label={t("edit.status")} error={fieldErrors.status}>
        <NativeSelect value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)}>
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {ta(`statuses.${s}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {status === "BLOCKED" ? (
        <FormField id={id("reason")} label={t("edit.reason")} description={t("edit.reasonHint")} error={fieldErrors.blockedReason} required>
          <Textarea rows={3} value={reason} maxLength={BLOCKED_REASON_MAX} onChange={(e) => setReason(e.target.value)} autoFocus={initialStatus === "BLOCKED"} />
        </FormField>
      ) : null}
      <FormField id={id("due")} label={t("edit.dueDate")} description={t("edit.dueDateHint")} error={fieldErrors.dueDate}>
        <Input type="date" value={dueDate} min="2000-01-01" max="2100-12-31" onChange={(e) => setDueDate(e.target.value)} />
      </FormField>
      <FormField
        id={id("owner")}
        label={t("edit.owner")}
        description={action.canChangeOwner ? undefined : t("edit.ownerCoordinatorsOnly")}
        error={fieldErrors.ownerInstitutionId}
        required
      >
        <NativeSelect
          value={owner}
          disabled={!action.canChangeOwner}
          onChange={(e) => {
            setOwner(e.target.value);
            setResponsible("");
          }}
        >
          {ownerChoices.map((i) => (
            <option key={i.id} value={i.id}>
              {i.shortName ? `${i.name} (${i.shortName})` : i.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id={id("responsible")} label={t("edit.responsible")} error={fieldErrors.responsibleUserId}>
        <NativeSelect value={responsible} onChange={(e) => setResponsible(e.target.value)}>
          <option value="">{t("create.noResponsible")}</option>
          {responsibleChoices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={() => onDone(false)}>
          {t("cancel")}
        </Button>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? t("saving") : t("edit.save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
