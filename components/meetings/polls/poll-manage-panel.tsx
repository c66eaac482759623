"use client";
// Coordinator tools for one poll: pick a slot and schedule the meeting from it, remind
// the people who have not answered, close or reopen the poll.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { BellRing, CalendarCheck, Lock, LockOpen } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { closePollAction, remindPollAction, reopenPollAction, schedulePollAction } from "@/lib/polls/actions";

export function PollManagePanel({
  pollId,
  status,
  answerable,
  slots,
  bestSlotId,
}: {
  pollId: string;
  status: "OPEN" | "CLOSED" | "SCHEDULED";
  answerable: boolean;
  slots: { id: string; label: string; futureStart: boolean }[];
  bestSlotId: string | null;
}) {
  const t = useTranslations("polls");
  const router = useRouter();
  const choosable = slots.filter((s) => s.futureStart);
  const [slotId, setSlotId] = useState(bestSlotId && choosable.some((s) => s.id === bestSlotId) ? bestSlotId : (choosable[0]?.id ?? ""));
  const chosen = choosable.find((s) => s.id === slotId);

  const schedule = useServerAction(schedulePollAction, {
    successMessage: t("manage.scheduled"),
    onSuccess: (data) => router.push(`/meetings/${data.meetingId}`),
    refresh: false,
  });
  const remind = useServerAction(remindPollAction, { successMessage: (data) => t("manage.reminded", { sent: data.sent }) });
  const close = useServerAction(closePollAction, { successMessage: t("manage.closed") });
  const reopen = useServerAction(reopenPollAction, { successMessage: t("manage.reopened") });

  if (status === "SCHEDULED") return null;
  return (
    <section aria-labelledby="poll-manage-heading" className="flex flex-col gap-4 rounded-lg border bg-card p-4">
      <h2 id="poll-manage-heading" className="text-base font-semibold">
        {t("manage.heading")}
      </h2>
      {choosable.length > 0 ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <FormField id="poll-chosen-slot" label={t("manage.chooseSlot")} className="sm:max-w-xl sm:flex-1">
            <NativeSelect value={slotId} onChange={(e) => setSlotId(e.target.value)}>
              {choosable.map((slot) => (
                <option key={slot.id} value={slot.id}>
                  {slot.label}
                  {slot.id === bestSlotId ? ` ★ ${t("detail.best")}` : ""}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <ConfirmActionDialog
            trigger={
              <Button disabled={!chosen}>
                <CalendarCheck aria-hidden="true" />
                {t("manage.schedule")}
              </Button>
            }
            title={t("manage.scheduleConfirmTitle")}
            description={t("manage.scheduleConfirm", { slot: chosen?.label ?? "" })}
            cancelLabel={t("manage.cancel")}
            confirmLabel={t("manage.schedule")}
            variant="default"
            pending={schedule.pending}
            onConfirm={() => schedule.run({ pollId, slotId })}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        {answerable ? (
          <>
            <Button variant="outline" onClick={() => void remind.run({ pollId })} disabled={remind.pending} aria-describedby="poll-remind-hint">
              <BellRing aria-hidden="true" />
              {t("manage.remind")}
            </Button>
            <span id="poll-remind-hint" className="text-xs text-muted-foreground">
              {t("manage.remindHint")}
            </span>
          </>
        ) : null}
        {status === "OPEN" ? (
          <Button variant="ghost" onClick={() => void close.run({ pollId })} disabled={close.pending}>
            <Lock aria-hidden="true" />
            {t("manage.close")}
          </Button>
        ) : (
          <Button variant="ghost" onClick={() => void reopen.run({ pollId })} disabled={reopen.pending}>
            <LockOpen aria-hidden="true" />
            {t("manage.reopen")}
          </Button>
        )}
      </div>
    </section>
  );
}
