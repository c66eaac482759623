"use client";
import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmActionDialog } from "@/components/forms/confirm-action-dialog";
import { useServerAction } from "@/components/forms/use-server-action";
import { deleteContributionAction } from "@/lib/indicators/actions";

/** Withdrawing a contribution is how a wrong figure is corrected (then it is reported again). */
export function DeleteContributionButton({ id, description }: { id: string; description: string }) {
  const t = useTranslations("indicators.contribution");
  const { run, pending } = useServerAction(deleteContributionAction, { successMessage: t("deleted") });
  return (
    <ConfirmActionDialog
      trigger={
        <Button variant="ghost" size="icon" title={t("delete")} className="size-8 text-muted-foreground hover:text-destructive">
          <Trash2 aria-hidden="true" />
          <span className="sr-only">{t("deleteLabel", { what: description })}</span>
        </Button>
      }
      title={t("deleteTitle")}
      description={t("deleteDescription", { what: description })}
      cancelLabel={t("cancel")}
      confirmLabel={t("deleteConfirm")}
      workingLabel={t("working")}
      variant="destructive"
      pending={pending}
      onConfirm={() => run({ id })}
    />
  );
}
