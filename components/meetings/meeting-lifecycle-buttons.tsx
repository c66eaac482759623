"use client";
import * as React from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { cancelMeetingAction, transitionMeetingAction } from "@/lib/meetings/actions";
import { CANCEL_REASON_MAX, lifecycleTargets } from "@/lib/meetings/schema";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

type Target = (typeof lifecycleTargets)[number];

const labelKey: Record<Target, "schedule" | "start" | "end" | "approveMinutes"> = {
  SCHEDULED: "schedule",
  IN_PROGRESS: "start",
  HELD: "end",
  MINUTES_APPROVED: "approveMinutes",
};

/**
 * The status changes a coordinator may make now (`next` comes from lifecycle.nextStatuses on
 * the server); the server checks the transition again when the button is pressed.
 */
export function MeetingLifecycleButtons({ meetingId, next }: { meetingId: string; next: MeetingStatus[] }) {
  const t = useTranslations("meetings.lifecycle");
  const transition = useServerAction(transitionMeetingAction, { successMessage: (d) => t(`done.${d.status}`) });
  const targets = lifecycleTargets.filter((s) => next.includes(s));
  return (
    <div className="flex flex-wrap gap-2">
      {targets.map((to, i) => (
        <Button
          key={to}
          variant={i === 0 ? "default" : "outline"}
          disabled={transition.pending}
          onClick={() => void transition.run({ id: meetingId, to })}
        >
          {t(labelKey[to])}
        </Button>
      ))}
      {next.includes("CANCELLED") ? <CancelMeetingDialog meetingId={meetingId} /> : null}
    </div>
  );
}

function CancelMeetingDialog({ meetingId }: { meetingId: string }) {
  const t = useTranslations("meetings.lifecycle");
  const [open, setOpen] = React.useState(false);
  const cancel = useServerAction(cancelMeetingAction, { successMessage: t("done.CANCELLED"), onSuccess: () => setOpen(false) });

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await cancel.run({ id: meetingId, reason: String(form.get("reason") ?? "") });
  }

  return (
    <Dialog open={open} onOpenChange={(value) => !cancel.pending && setOpen(value)}>
      <DialogTrigger asChild>
        <Button variant="destructive">{t("cancel")}</Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>{t("cancelTitle")}</DialogTitle>
            <DialogDescription>{t("cancelText")}</DialogDescription>
          </DialogHeader>
          <FormField id="cancel-reason" label={t("reason")} description={t("reasonHint")} error={cancel.fieldErrors.reason} required>
            <Textarea name="reason" rows={3} maxLength={CANCEL_REASON_MAX} />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={cancel.pending}>
                {t("keep")}
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={cancel.pending}>
              {t("confirmCancel")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
