"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { restoreVersionAction } from "@/lib/documents/actions";

/** Restores a version after a confirmation, then opens the document (where everyone sees it). */
export function RestoreVersionButton({ documentId, versionId, label, size = "sm" }: { documentId: string; versionId: string; label: string; size?: "sm" | "default" }) {
  const t = useTranslations("documents.versions");
  const router = useRouter();
  const { run, pending } = useServerAction(restoreVersionAction, {
    refresh: false,
    onSuccess: (result) => {
      if (result.changed) toast.success(t("restored"));
      else toast.info(t("unchanged"));
      router.push(`/documents/${documentId}`);
    },
  });
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="outline" size={size} aria-label={size === "sm" ? t("restoreLabel", { name: label }) : undefined}>
          <RotateCcw aria-hidden="true" />
          {t("restore")}
        </Button>
      }
      title={t("restoreTitle", { name: label })}
      description={t("restoreDescription")}
      cancelLabel={t("cancel")}
      confirmLabel={t("confirmRestore")}
      workingLabel={t("restoring")}
      variant="default"
      pending={pending}
      onConfirm={() => run({ documentId, versionId })}
    />
  );
}
