"use client";
import * as React from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { postProgressUpdateAction } from "@/lib/actions/actions";
import { PROGRESS_NOTE_MAX } from "@/lib/actions/schema";

/** A dated progress note, optionally with a percentage; `meetingId` ties it to a running meeting. */
export function ActionProgressForm({ actionId, meetingId }: { actionId: string; meetingId?: string }) {
  const t = useTranslations("actions.progress");
  const formRef = React.useRef<HTMLFormElement>(null);
  const { run, pending, fieldErrors } = useServerAction(postProgressUpdateAction, {
    successMessage: t("posted"),
    onSuccess: () => formRef.current?.reset(),
  });
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const result = await run({
          actionId,
          note: String(form.get("note") ?? ""),
          percent: String(form.get("percent") ?? ""),
          meetingId: meetingId ?? "",
        });
        if (!result.ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      }}
      className="flex flex-col gap-3 rounded-lg border bg-muted/30 p-4"
    >
      <h3 className="text-sm font-semibold">{t("add")}</h3>
      <FormField id="progress-note" label={t("note")} description={t("noteHint")} error={fieldErrors.note} required>
        <Textarea name="note" rows={3} maxLength={PROGRESS_NOTE_MAX} />
      </FormField>
      <div className="flex flex-wrap items-end gap-3">
        <FormField id="progress-percent" label={t("percent")} description={t("percentHint")} error={fieldErrors.percent} className="w-48">
          <Input name="percent" type="number" inputMode="numeric" min={0} max={100} step={1} />
        </FormField>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
