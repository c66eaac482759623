"use client";
import * as React from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";

export type ConfirmActionDialogProps = {
  /** The element that opens the dialog (rendered through AlertDialogTrigger asChild, so one focusable element). */
  trigger: React.ReactElement;
  title: React.ReactNode;
  description: React.ReactNode;
  /** Text of the button that closes the dialog without acting ("Cancel", or "Close" when nothing can be confirmed). */
  cancelLabel: React.ReactNode;
  /** Shown on the confirming button while the step runs; without it the confirm label stays. */
  workingLabel?: React.ReactNode;
  /** Styling of the confirming button: destructive for steps that take something away (the alert-dialog default). */
  variant?: "default" | "destructive";
  /**
   * Runs the step, usually `() => run(input)` from useServerAction (which shows the toasts).
   * Without it there is nothing to confirm: the dialog only explains, with just the cancel button.
   */
  onConfirm?: () => Promise<unknown>;
  /** Text of the confirming button (shown only with onConfirm). */
  confirmLabel?: React.ReactNode;
  /** Whether the step is still running (the `pending` of the caller's useServerAction). */
  pending: boolean;
};

/**
 * A confirmation in front of one server action. The dialog stays open while the action runs
 * (both buttons disabled, Escape and outside clicks ignored), so the person sees that
 * something is happening, and closes once the answer is in, whatever it is: the outcome
 * itself is told by the caller's useServerAction toast.
 *
 *   const { run, pending } = useServerAction(archivePersonAction, { successMessage: t("archived") });
 *   <ConfirmActionDialog
 *     trigger={<Button variant="outline">{t("archive")}</Button>}
 *     title={t("archiveTitle", { name })}
 *     description={t("archiveDescription")}
 *     cancelLabel={t("cancel")}
 *     confirmLabel={t("confirmArchive")}
 *     workingLabel={t("working")}
 *     variant="destructive"
 *     pending={pending}
 *     onConfirm={() => run({ id })}
 *   />
 */
export function ConfirmActionDialog({
  trigger,
  title,
  description,
  cancelLabel,
  confirmLabel,
  workingLabel,
  variant,
  pending,
  onConfirm,
}: ConfirmActionDialogProps) {
  const [open, setOpen] = React.useState(false);

  async function confirm(event: React.MouseEvent) {
    if (!onConfirm) return;
    // Radix would close the dialog on click; keep it open until the action has answered.
    event.preventDefault();
    await onConfirm();
    setOpen(false);
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{cancelLabel}</AlertDialogCancel>
          {onConfirm ? (
            <AlertDialogAction variant={variant} onClick={confirm} disabled={pending} aria-disabled={pending}>
              {pending && workingLabel !== undefined ? workingLabel : confirmLabel}
            </AlertDialogAction>
          ) : null}
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
