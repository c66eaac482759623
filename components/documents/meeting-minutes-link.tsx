import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FileText } from "lucide-react";
import { CreateMinutesButton } from "@/components/documents/create-minutes-button";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getMeetingMinutes, loadMeetingDocumentRef } from "@/lib/documents/data";
import { canDocument } from "@/lib/permissions/ability";

/** On a meeting's page: a link to its minutes, or (for editors) a button creating them. */
export async function MeetingMinutesLink({ meetingId, current, cancelled = false }: { meetingId: string; current: CurrentUser; cancelled?: boolean }) {
  const [t, minutes, ref] = await Promise.all([
    getTranslations("documents.minutes"),
    getMeetingMinutes(current.actor, meetingId),
    loadMeetingDocumentRef(current.actor, meetingId),
  ]);
  if (!ref) return null;
  const canCreate = !cancelled && canDocument(current.actor, "create", ref);
  if (!minutes && !canCreate) return null;
  return (
    <section aria-labelledby={`minutes-${meetingId}`} className="space-y-2 rounded-md border border-border bg-card p-3 text-sm">
      <h2 id={`minutes-${meetingId}`} className="font-medium">
        {t("heading")}
      </h2>
      {minutes ? (
        <>
          <Link href={`/documents/${minutes.id}`} className="inline-flex items-center gap-2 font-medium text-primary underline-offset-4 hover:underline">
            <FileText className="size-4" aria-hidden="true" />
            {t("open")}
          </Link>
          {minutes.archivedAt ? <p className="text-muted-foreground">{t("archived")}</p> : null}
        </>
      ) : (
        <>
          <p className="text-muted-foreground">{t("none")}</p>
          <CreateMinutesButton meetingId={meetingId} />
        </>
      )}
    </section>
  );
}
