"use client";
import * as React from "react";
import { Ban, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
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
import { useServerAction } from "@/components/forms/use-server-action";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/invitations/actions";

type Props = { id: string; name: string; email: string; canResend: boolean; canRevoke: boolean };

/** Resend (a new link and expiry) and revoke (behind a confirmation) for one invitation. */
export function InvitationRowActions({ id, name, email, canResend, canRevoke }: Props) {
  const t = useTranslations("invitations.actions");
  const [open, setOpen] = React.useState(false);
  const resend = useServerAction(resendInvitationAction, { successMessage: t("resent", { email }) });
  const revoke = useServerAction(revokeInvitationAction, { successMessage: t("revoked") });
  const busy = resend.pending || revoke.pending;

  async function confirmRevoke(event: React.MouseEvent) {
    event.preventDefault();
    await revoke.run({ id });
    setOpen(false);
  }

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
        <AlertDialog open={open} onOpenChange={(next) => !revoke.pending && setOpen(next)}>
          <AlertDialogTrigger asChild>
            <Button size="sm" variant="ghost" disabled={busy} aria-label={t("revokeLabel", { email })}>
              <Ban aria-hidden="true" />
              {t("revoke")}
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>{t("revokeTitle", { name })}</AlertDialogTitle>
              <AlertDialogDescription>{t("revokeDescription", { email })}</AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel disabled={revoke.pending}>{t("cancel")}</AlertDialogCancel>
              <AlertDialogAction onClick={confirmRevoke} disabled={revoke.pending} aria-disabled={revoke.pending}>
                {revoke.pending ? t("working") : t("confirmRevoke")}
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      ) : null}
    </div>
  );
}
