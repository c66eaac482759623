"use client";
import * as React from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { setActionStatusAction } from "@/lib/actions/actions";
import { actionStatuses, BLOCKED_REASON_MAX } from "@/lib/actions/schema";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

/**
 * Status with the blocking reason, which appears (and is required) only for "blocked". Render it
 * with key={status}: a change made elsewhere (live refresh) then resets the control.
 */
export function ActionStatusForm({ id, status, blockedReason }: { id: string; status: ActionStatus; blockedReason: string | null }) {
  const t = useTranslations("actions");
  const [value, setValue] = React.useState<ActionStatus>(status);
  const { run, pending, fieldErrors } = useServerAction(setActionStatusAction, {
    successMessage: (d) => (d.changed ? t("status.changed", { status: t(`statuses.${d.status}`) }) : t("status.unchanged")),
  });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        void run({ id, status: value, blockedReason: String(form.get("blockedReason") ?? "") });
      }}
      className="flex flex-col gap-3"
    >
      <FormField id="action-status" label={t("status.label")} error={fieldErrors.status}>
        {(control) => (
          <NativeSelect value={value} onChange={(e) => setValue(e.target.value as ActionStatus)} {...control}>
            {actionStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </FormField>
      {value === "BLOCKED" ? (
        <FormField id="action-blocked-reason" label={t("status.reason")} description={t("status.reasonHint")} error={fieldErrors.blockedReason} required>
          <Textarea name="blockedReason" rows={3} defaultValue={blockedReason ?? ""} maxLength={BLOCKED_REASON_MAX} />
        </FormField>
      ) : null}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("status.save")}
        </Button>
      </div>
    </form>
  );
}
