"use client";
import * as React from "react";
import { Ban, Replace, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { reinstateDecisionAction, revokeDecisionAction, supersedeDecisionAction } from "@/lib/decisions/actions";
import type { DecisionStatus } from "@/lib/generated/prisma/enums";

type Props = {
  id: string;
  label: string;
  status: DecisionStatus;
  /** Other decisions in force that may replace this one. */
  candidates: { id: string; label: string }[];
};

/** A coordinator's status changes: only the moves that make sense from the current status are offered. */
export function DecisionStatusControls({ id, label, status, candidates }: Props) {
  const t = useTranslations("decisions.statusControls");
  const revoke = useServerAction(revokeDecisionAction, { successMessage: t("revoked", { number: label }) });
  const reinstate = useServerAction(reinstateDecisionAction, { successMessage: t("reinstated", { number: label }) });

  if (status !== "IN_FORCE") {
    return (
      <ConfirmActionDialog
        trigger={
          <Button variant="outline">
            <RotateCcw aria-hidden="true" />
            {t("reinstate")}
          </Button>
        }
        title={t("reinstateTitle", { number: label })}
        description={t("reinstateDescription")}
        cancelLabel={t("cancel")}
        confirmLabel={t("reinstateConfirm")}
        workingLabel={t("working")}
        variant="default"
        pending={reinstate.pending}
        onConfirm={() => reinstate.run({ id })}
      />
    );
  }
  return (
    <>
      <SupersedeDialog id={id} label={label} candidates={candidates} />
      <ConfirmActionDialog
        trigger={
          <Button variant="outline">
            <Ban aria-hidden="true" />
            {t("revoke")}
          </Button>
        }
        title={t("revokeTitle", { number: label })}
        description={t("revokeDescription")}
        cancelLabel={t("cancel")}
        confirmLabel={t("revokeConfirm")}
        workingLabel={t("working")}
        variant="destructive"
        pending={revoke.pending}
        onConfirm={() => revoke.run({ id })}
      />
    </>
  );
}

function SupersedeDialog({ id, label, candidates }: Omit<Props, "status">) {
  const t = useTranslations("decisions.statusControls");
  const [open, setOpen] = React.useState(false);
  const { run, pending, fieldErrors } = useServerAction(supersedeDecisionAction, {
    successMessage: t("superseded", { number: label }),
    onSuccess: () => setOpen(false),
  });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run({ id, supersededById: String(form.get("supersededById") ?? "") });
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Replace aria-hidden="true" />
          {t("supersede")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("supersedeTitle", { number: label })}</DialogTitle>
          <DialogDescription>{candidates.length ? t("supersedeDescription") : t("supersedeNoCandidates")}</DialogDescription>
        </DialogHeader>
        {candidates.length ? (
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <FormField id="supersede-by" label={t("supersededBy")} error={fieldErrors.supersededById} required>
              {(control) => (
                <NativeSelect name="supersededById" defaultValue={candidates[0]?.id} {...control}>
                  {candidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.label}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormField>
            <DialogFooter>
              <Button type="button" variant="outline" disabled={pending} onClick={() => setOpen(false)}>
                {t("cancel")}
              </Button>
              <Button type="submit" disabled={pending}>
                {pending ? t("working") : t("supersedeConfirm")}
              </Button>
            </DialogFooter>
          </form>
        ) : (
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {t("close")}
            </Button>
          </DialogFooter>
        )}
      </DialogContent>
    </Dialog>
  );
}
