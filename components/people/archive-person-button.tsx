"use client";
import { ArchiveRestoreButton } from "@/components/forms/archive-restore-button";
import { archivePersonAction, restorePersonAction } from "@/lib/people/actions";

/** Archive (sign out everywhere) or restore, each behind a confirmation that says what happens. */
export function ArchivePersonButton({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  return (
    <ArchiveRestoreButton
      id={id}
      name={name}
      archived={archived}
      namespace="people.archive"
      archiveAction={archivePersonAction}
      restoreAction={restorePersonAction}
    />
  );
}
