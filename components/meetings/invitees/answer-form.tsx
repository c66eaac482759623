"use client";
// The signed-in invitee's own answer: attending / not attending / maybe, a comment, and
// optionally a colleague from their institution who attends instead.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { respondToMeetingAction } from "@/lib/meeting-invitations/actions";
import { INVITEE_COMMENT_MAX, inviteeAnswers, type InviteeAnswer } from "@/lib/meeting-invitations/schema";
import { cn } from "@/components/ui/cn";

type Props = {
  meetingId: string;
  response: InviteeAnswer | "PENDING";
  comment: string | null;
  substituteUserId: string | null;
  substituteChoices: { id: string; name: string }[];
};

export function AnswerForm({ meetingId, response, comment, substituteUserId, substituteChoices }: Props) {
  const t = useTranslations("meeting-invitations");
  const [answer, setAnswer] = useState<InviteeAnswer | null>(response === "PENDING" ? null : response);
  const { run, pending, fieldErrors } = useServerAction(respondToMeetingAction, { successMessage: t("myAnswer.saved") });

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!answer) return;
        const form = new FormData(event.currentTarget);
        void run({
          meetingId,
          response: answer,
          comment: String(form.get("comment") ?? ""),
          substituteUserId: String(form.get("substituteUserId") ?? ""),
        });
      }}
    >
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t("myAnswer.response")}</legend>
        <div className="flex flex-wrap gap-2" role="radiogroup">
          {inviteeAnswers.map((value) => (
            <label
              key={value}
              className={cn(
                "inline-flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
                answer === value ? "border-primary bg-primary/10 font-medium" : "border-input bg-card",
              )}
            >
              <input
                type="radio"
                name="response"
                value={value}
                checked={answer === value}
                onChange={() => setAnswer(value)}
                className="size-4 accent-[var(--color-primary)]"
              />
              {t(`answers.${value}`)}
            </label>
          ))}
        </div>
        {fieldErrors.response ? <p className="mt-1 text-sm text-destructive">{fieldErrors.response}</p> : null}
      </fieldset>
      <FormField id="answer-comment" label={t("myAnswer.comment")} error={fieldErrors.comment}>
        <Textarea name="comment" rows={2} maxLength={INVITEE_COMMENT_MAX} defaultValue={comment ?? ""} />
      </FormField>
      {substituteChoices.length > 0 ? (
        <FormField id="answer-substitute" label={t("myAnswer.substitute")} error={fieldErrors.substituteUserId}>
          <NativeSelect name="substituteUserId" defaultValue={substituteUserId ?? ""}>
            <option value="">{t("myAnswer.noSubstitute")}</option>
            {substituteChoices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      ) : null}
      <Button type="submit" disabled={pending || !answer}>
        {t("myAnswer.save")}
      </Button>
    </form>
  );
}
