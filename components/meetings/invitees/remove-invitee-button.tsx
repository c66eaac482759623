"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { removeInviteeAction } from "@/lib/meeting-invitations/actions";

export function RemoveInviteeButton({ meetingId, inviteeId, name }: { meetingId: string; inviteeId: string; name: string }) {
  const t = useTranslations("meeting-invitations");
  const tc = useTranslations("common");
  const { run, pending } = useServerAction(removeInviteeAction, { successMessage: t("removed") });
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="ghost" size="sm">
          {t("remove")}
        </Button>
      }
      title={t("removeConfirm", { name })}
      description={name}
      cancelLabel={tc("cancel")}
      confirmLabel={t("remove")}
      variant="destructive"
      pending={pending}
      onConfirm={() => run({ meetingId, inviteeId })}
    />
  );
}
