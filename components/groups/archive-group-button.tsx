"use client";
// Archiving makes the group a read-only record; restoring makes it editable again. Both ask first.
import { Archive, ArchiveRestore } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { archiveGroupAction, unarchiveGroupAction } from "@/lib/groups/actions";

export function ArchiveGroupButton({ groupId, groupName, mode }: { groupId: string; groupName: string; mode: "archive" | "restore" }) {
  const t = useTranslations("groups.archive");
  const tc = useTranslations("common");
  const archive = useServerAction(archiveGroupAction, { successMessage: t("archived") });
  const restore = useServerAction(unarchiveGroupAction, { successMessage: t("restored") });
  const { run, pending } = mode === "archive" ? archive : restore;
  const Icon = mode === "archive" ? Archive : ArchiveRestore;
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant={mode === "archive" ? "outline" : "default"} disabled={pending}>
          <Icon aria-hidden="true" />
          {mode === "archive" ? t("archiveButton") : t("restoreButton")}
        </Button>
      }
      title={mode === "archive" ? t("archiveTitle", { name: groupName }) : t("restoreTitle", { name: groupName })}
      description={mode === "archive" ? t("archiveDescription") : t("restoreDescription")}
      cancelLabel={tc("cancel")}
      confirmLabel={mode === "archive" ? t("archiveConfirm") : t("restoreConfirm")}
      variant={mode === "archive" ? "destructive" : "default"}
      pending={pending}
      onConfirm={() => run({ groupId })}
    />
  );
}
