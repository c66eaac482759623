"use client";
import * as React from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Archive, ArchiveRestore, Building2, FileDown, FileText, History, MoreHorizontal, Pencil, Printer } from "lucide-react";
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
} from "@/components/ui/alert-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useServerAction } from "@/components/forms/use-server-action";
import { archiveDocumentAction, changeDocumentOwnerAction, renameDocumentAction, restoreDocumentAction } from "@/lib/documents/actions";
import { DOCUMENT_TITLE_MAX } from "@/lib/documents/schema";

type Props = {
  documentId: string;
  title: string;
  archived: boolean;
  ownerInstitutionId: string | null;
  institutions: { id: string; name: string; shortName: string }[];
  canEdit: boolean;
  canArchive: boolean;
  canRestore: boolean;
};

type Open = "rename" | "owner" | "archive" | null;

/** Everything one can do with a document besides editing it, in one menu. */
export function DocumentActionsMenu({ documentId, title, archived, ownerInstitutionId, institutions, canEdit, canArchive, canRestore }: Props) {
  const t = useTranslations("documents");
  const [open, setOpen] = React.useState<Open>(null);
  const close = () => setOpen(null);
  const exportHref = (format: "docx" | "pdf") => `/api/documents/${documentId}/export?format=${format}`;

  return (
    <>
      <Button asChild variant="outline">
        <Link href={`/documents/${documentId}/versions`}>
          <History aria-hidden="true" />
          {t("page.versions")}
        </Link>
      </Button>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="icon" aria-label={t("page.more")}>
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="min-w-[16rem]">
          {canEdit ? (
            <>
              <DropdownMenuItem onSelect={() => setOpen("rename")}>
                <Pencil aria-hidden="true" />
                {t("page.rename")}
              </DropdownMenuItem>
              <DropdownMenuItem onSelect={() => setOpen("owner")}>
                <Building2 aria-hidden="true" />
                {t("page.changeOwner")}
              </DropdownMenuItem>
              <DropdownMenuSeparator />
            </>
          ) : null}
          <DropdownMenuItem asChild>
            <a href={exportHref("docx")} download>
              <FileDown aria-hidden="true" />
              {t("page.exportDocx")}
            </a>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <a href={exportHref("pdf")} download>
              <FileText aria-hidden="true" />
              {t("page.exportPdf")}
            </a>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href={`/documents/${documentId}/print`}>
              <Printer aria-hidden="true" />
              {t("page.print")}
            </Link>
          </DropdownMenuItem>
          {(archived ? canRestore : canArchive) ? (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem variant={archived ? "default" : "destructive"} onSelect={() => setOpen("archive")}>
                {archived ? <ArchiveRestore aria-hidden="true" /> : <Archive aria-hidden="true" />}
                {archived ? t("page.restore") : t("page.archive")}
              </DropdownMenuItem>
            </>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      {canEdit ? <RenameDialog documentId={documentId} title={title} open={open === "rename"} onClose={close} /> : null}
      {canEdit ? (
        <OwnerDialog documentId={documentId} ownerInstitutionId={ownerInstitutionId} institutions={institutions} open={open === "owner"} onClose={close} />
      ) : null}
      <ArchiveDialog documentId={documentId} title={title} archived={archived} open={open === "archive"} onClose={close} />
    </>
  );
}

function RenameDialog({ documentId, title, open, onClose }: { documentId: string; title: string; open: boolean; onClose: () => void }) {
  const t = useTranslations("documents.rename");
  const { run, pending, fieldErrors } = useServerAction(renameDocumentAction, { successMessage: t("done"), onSuccess: onClose });
  return (
    <Dialog open={open} onOpenChange={(next) => !next && !pending && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void run({ id: documentId, title: String(new FormData(event.currentTarget).get("title") ?? "") });
          }}
        >
          <FormField id="rename-document-title" label={t("field")} required error={fieldErrors.title}>
            <Input name="title" defaultValue={title} maxLength={DOCUMENT_TITLE_MAX} autoComplete="off" />
          </FormField>
          <DialogFooter>
            <Button variant="outline" onClick={onClose} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function OwnerDialog({
  documentId,
  ownerInstitutionId,
  institutions,
  open,
  onClose,
}: {
  documentId: string;
  ownerInstitutionId: string | null;
  institutions: Props["institutions"];
  open: boolean;
  onClose: () => void;
}) {
  const t = useTranslations("documents.owner");
  const { run, pending, fieldErrors } = useServerAction(changeDocumentOwnerAction, { successMessage: t("done"), onSuccess: onClose });
  return (
    <Dialog open={open} onOpenChange={(next) => !next && !pending && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void run({ id: documentId, ownerInstitutionId: String(new FormData(event.currentTarget).get("ownerInstitutionId") ?? "") });
          }}
        >
          <FormField id="document-owner" label={t("field")} error={fieldErrors.ownerInstitutionId}>
            <NativeSelect name="ownerInstitutionId" defaultValue={ownerInstitutionId ?? ""}>
              <option value="">{t("none")}</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.shortName} — {i.name}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <DialogFooter>
            <Button variant="outline" onClick={onClose} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function ArchiveDialog({ documentId, title, archived, open, onClose }: { documentId: string; title: string; archived: boolean; open: boolean; onClose: () => void }) {
  const t = useTranslations("documents.archive");
  const archive = useServerAction(archiveDocumentAction, { successMessage: t("archived") });
  const restore = useServerAction(restoreDocumentAction, { successMessage: t("restored") });
  const { run, pending } = archived ? restore : archive;
  return (
    <AlertDialog open={open} onOpenChange={(next) => !next && !pending && onClose()}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{archived ? t("restoreTitle", { name: title }) : t("archiveTitle", { name: title })}</AlertDialogTitle>
          <AlertDialogDescription>{archived ? t("restoreDescription") : t("archiveDescription")}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction
            variant={archived ? "default" : "destructive"}
            disabled={pending}
            onClick={async (event) => {
              // Keep the dialog open until the answer is in (the toast tells the outcome).
              event.preventDefault();
              await run({ id: documentId });
              onClose();
            }}
          >
            {pending ? t("working") : archived ? t("confirmRestore") : t("confirmArchive")}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
