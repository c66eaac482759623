"use client";
import * as React from "react";
import { Archive, ArchiveRestore } from "lucide-react";
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
import { archivePersonAction, restorePersonAction } from "@/lib/people/actions";

/** Archive (sign out everywhere) or restore, each behind a confirmation that says what happens. */
export function ArchivePersonButton({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const t = useTranslations("people.archive");
  const [open, setOpen] = React.useState(false);
  const archive = useServerAction(archivePersonAction, { successMessage: t("archived") });
  const restore = useServerAction(restorePersonAction, { successMessage: t("restored") });
  const { run, pending } = archived ? restore : archive;

  async function confirm(event: React.MouseEvent) {
    // Keep the dialog open while the request runs; close it when the answer is in.
    event.preventDefault();
    await run({ id });
    setOpen(false);
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline">
          {archived ? <ArchiveRestore aria-hidden="true" /> : <Archive aria-hidden="true" />}
          {archived ? t("restore") : t("archive")}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{archived ? t("restoreTitle", { name }) : t("archiveTitle", { name })}</AlertDialogTitle>
          <AlertDialogDescription>{archived ? t("restoreDescription") : t("archiveDescription")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction variant={archived ? "default" : "destructive"} onClick={confirm} disabled={pending} aria-disabled={pending}>
            {pending ? t("working") : archived ? t("confirmRestore") : t("confirmArchive")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
