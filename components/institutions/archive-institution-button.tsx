"use client";
import { ArchiveRestoreButton } from "@/components/forms/archive-restore-button";
import { archiveInstitutionAction, restoreInstitutionAction } from "@/lib/institutions/actions";

/** Archive or restore, each behind a confirmation naming the institution and what will happen. */
export function ArchiveInstitutionButton({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  return (
    <ArchiveRestoreButton
      id={id}
      name={name}
      archived={archived}
      namespace="institutions.actions"
      archiveAction={archiveInstitutionAction}
      restoreAction={restoreInstitutionAction}
    />
  );
}
