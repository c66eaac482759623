"use client";
import { Archive, ArchiveRestore } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/safe-action/types";

type RecordAction = (input: { id: string }) => Promise<ActionResult<unknown>>;

type Props = {
  id: string;
  name: string;
  archived: boolean;
  /**
   * The messages namespace with the dialog's texts: archive, restore, archiveTitle, restoreTitle
   * (both get {name}), archiveDescription, restoreDescription, confirmArchive, confirmRestore,
   * archived, restored (the success toasts), working and cancel.
   */
  namespace: string;
  archiveAction: RecordAction;
  restoreAction: RecordAction;
};

/**
 * Archive or restore one record (a person, an institution) behind a confirmation: archiving
 * is styled as destructive, restoring is not. The wording comes from the record's own namespace.
 */
export function ArchiveRestoreButton({ id, name, archived, namespace, archiveAction, restoreAction }: Props) {
  const t = useTranslations(namespace);
  const archive = useServerAction(archiveAction, { successMessage: t("archived") });
  const restore = useServerAction(restoreAction, { successMessage: t("restored") });
  const { run, pending } = archived ? restore : archive;

  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="outline">
          {archived ? <ArchiveRestore aria-hidden="true" /> : <Archive aria-hidden="true" />}
          {archived ? t("restore") : t("archive")}
        </Button>
      }
      title={archived ? t("restoreTitle", { name }) : t("archiveTitle", { name })}
      description={archived ? t("restoreDescription") : t("archiveDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={archived ? t("confirmRestore") : t("confirmArchive")}
      workingLabel={t("working")}
      variant={archived ? "default" : "destructive"}
      pending={pending}
      onConfirm={() => run({ id })}
    />
  );
}
