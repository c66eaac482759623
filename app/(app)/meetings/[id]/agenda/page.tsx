import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaEditor, type AgendaEditorItem } from "@/components/meetings/agenda/agenda-editor";
import { requireUser } from "@/lib/auth/current-user";
import { getMeetingForViewer, listAgendaItems, listPresenterOptions } from "@/lib/agenda/data";
import { ensureActionsReviewItem } from "@/lib/agenda/mutations";
import { canAgreedAction, canGroup } from "@/lib/permissions/ability";
import { ActionsReview } from "@/components/actions/actions-review";
import { getActionsReview } from "@/lib/actions/data";
import { todayIn } from "@/lib/actions/due";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agenda"))("title") };
}

export default async function MeetingAgendaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const meeting = await getMeetingForViewer(current.actor, id);
  if (!meeting) notFound();
  const t = await getTranslations("agenda");
  const group = { id: meeting.group.id, archived: meeting.group.archivedAt !== null };
  const locked = meeting.status === "MINUTES_APPROVED" || meeting.status === "CANCELLED";
  const canEdit = !locked && canGroup(current.actor, "manageMeetings", group);
  const canMarkDone = canEdit && (meeting.status === "IN_PROGRESS" || meeting.status === "HELD");

  let items = await listAgendaItems(meeting.id);
  // A coordinator opening the agenda gets the automatic first item right away (idempotent:
  // the mutation locks the meeting and creates it only when missing).
  if (canEdit && !items.some((i) => i.isActionsReview)) {
    await ensureActionsReviewItem(meeting.id);
    items = await listAgendaItems(meeting.id);
  }
  const options = canEdit ? await listPresenterOptions(meeting.group.id) : { people: [], institutions: [] };
  // The fixed first item shows the group's real open actions by institution (lib/actions).
  const mayViewActions = canAgreedAction(current.actor, "view", { groupId: group.id, groupArchived: group.archived, ownerInstitutionId: null });
  const review = mayViewActions ? await getActionsReview(meeting.id) : null;
  const reviewNode = review ? <ActionsReview review={review} today={todayIn(new Date())} groupId={meeting.group.id} timeZone={current.user.timeZone} /> : undefined;

  const editorItems: AgendaEditorItem[] = items.map((item) => ({
    id: item.id,
    title: item.title,
    durationMinutes: item.durationMinutes,
    presenterUserId: item.presenterUser?.id ?? null,
    presenterInstitutionId: item.presenterInstitution?.id ?? null,
    description: item.description,
    documentLinks: item.documentLinks,
    isActionsReview: item.isActionsReview,
    status: item.status,
    carriedOver: item.movedFromItemId !== null,
    presenterLabel: item.presenterUser
      ? item.presenterUser.institution
        ? `${item.presenterUser.name} (${item.presenterUser.institution.shortName})`
        : item.presenterUser.name
      : item.presenterInstitution
        ? `${item.presenterInstitution.shortName} — ${item.presenterInstitution.name}`
        : null,
  }));

  return (
    <section aria-labelledby="agenda-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="agenda-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("description", { timeZone: current.user.timeZone })}</p>
        {locked ? <p className="text-sm text-muted-foreground">{t("locked")}</p> : null}
        {!locked && !canEdit ? <p className="text-sm text-muted-foreground">{t("readOnly")}</p> : null}
      </div>
      {!canEdit && editorItems.length === 0 ? (
        // Nobody has edited the agenda yet; show the automatic item honestly as what will come.
        <div className="space-y-3">
          <p className="text-muted-foreground">{t("emptyReader")}</p>
          <div className="rounded-lg border bg-card p-4">
            <h3 className="font-medium">{t("actionsReviewTitle")}</h3>
            <div className="mt-2">{reviewNode ?? <p className="rounded-md border border-dashed p-3 text-sm text-muted-foreground">{t("actionsReviewEmpty")}</p>}</div>
          </div>
        </div>
      ) : (
        <AgendaEditor
          meetingId={meeting.id}
          items={editorItems}
          startsAt={meeting.startsAt.toISOString()}
          endsAt={meeting.endsAt.toISOString()}
          timeZone={current.user.timeZone}
          canEdit={canEdit}
          canMarkDone={canMarkDone}
          people={options.people}
          institutions={options.institutions}
          actionsReview={reviewNode}
        />
      )}
    </section>
  );
}
