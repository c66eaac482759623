"use client";
import { Ban, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/invitations/actions";

type Props = { id: string; name: string; email: string; canResend: boolean; canRevoke: boolean };

/** Resend (a new link and expiry) and revoke (behind a confirmation) for one invitation. */
export function InvitationRowActions({ id, name, email, canResend, canRevoke }: Props) {
  const t = useTranslations("invitations.actions");
  const resend = useServerAction(resendInvitationAction, { successMessage: t("resent", { email }) });
  const revoke = useServerAction(revokeInvitationAction, { successMessage: t("revoked") });
  const busy = resend.pending || revoke.pending;

  if (!canResend && !canRevoke) return null;
  return (
    <div className="flex flex-wrap gap-2">
      {canResend ? (
        <Button size="sm" variant="outline" disabled={busy} onClick={() => void resend.run({ id })} aria-label={t("resendLabel", { email })}>
          <Send aria-hidden="true" />
          {resend.pending ? t("working") : t("resend")}
        </Button>
      ) : null}
      {canRevoke ? (
        <ConfirmActionDialog
          trigger={
            <Button size="sm" variant="ghost" disabled={busy} aria-label={t("revokeLabel", { email })}>
              <Ban aria-hidden="true" />
              {t("revoke")}
            </Button>
          }
          title={t("revokeTitle", { name })}
          description={t("revokeDescription", { email })}
          cancelLabel={t("cancel")}
          confirmLabel={t("confirmRevoke")}
          workingLabel={t("working")}
          pending={revoke.pending}
          onConfirm={() => revoke.run({ id })}
        />
      ) : null}
    </div>
  );
}
