import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ActionsRealtimeRefresh } from "@/components/actions/actions-realtime-refresh";
import { ActionsTable } from "@/components/actions/actions-table";
import { requireUser } from "@/lib/auth/current-user";
import { listMeetingActions } from "@/lib/actions/data";
import { todayIn } from "@/lib/actions/due";
import { defaultActionFilters } from "@/lib/actions/filters";
import { getMeeting } from "@/lib/meetings/data";
import { canAgreedAction } from "@/lib/permissions/ability";
import { rowPermissions } from "@/app/(app)/actions/load-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actions"))("meeting.heading") };
}

/** The meeting's own actions: agreed there, or following from its decisions and minutes. */
export default async function MeetingActionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const meeting = await getMeeting(current.actor, id);
  if (!meeting) notFound();
  const now = new Date();
  const [t, rows] = await Promise.all([getTranslations("actions"), listMeetingActions(current.actor, meeting.id, now)]);
  const canCreate = canAgreedAction(current.actor, "create", { groupId: meeting.groupId, groupArchived: meeting.group.archivedAt !== null, ownerInstitutionId: null });
  return (
    <section aria-labelledby="meeting-actions-heading" className="flex flex-col gap-4">
      <ActionsRealtimeRefresh groupIds={[meeting.groupId]} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h2 id="meeting-actions-heading" className="text-lg font-semibold">
            {t("meeting.heading")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("meeting.description")}</p>
        </div>
        {canCreate ? (
          <Button asChild>
            <Link href={`/actions/new?group=${encodeURIComponent(meeting.groupId)}&meeting=${encodeURIComponent(meeting.id)}`}>
              <Plus aria-hidden="true" />
              {t("meeting.add")}
            </Link>
          </Button>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed bg-card p-6 text-center text-sm text-muted-foreground">{t("meeting.empty")}</p>
      ) : (
        <ActionsTable
          rows={rows.map((row) => ({ ...row, ...rowPermissions(current.actor, row) }))}
          filters={{ ...defaultActionFilters, group: meeting.groupId, meeting: meeting.id }}
          path="/actions"
          today={todayIn(now)}
          showGroup={false}
          page={1}
          pageCount={1}
          total={rows.length}
          bulk={null}
          sortable={false}
          showSource={false}
        />
      )}
    </section>
  );
}
