import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, pl } from "date-fns/locale";
import { CalendarCheck, Info } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { PollAnswerTable, type PollTableGroup, type PollTableSlot } from "@/components/meetings/polls/poll-answer-table";
import { PollHistory } from "@/components/meetings/polls/poll-history";
import { PollLiveRefresh } from "@/components/meetings/polls/poll-live-refresh";
import { PollManagePanel } from "@/components/meetings/polls/poll-manage-panel";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { formatMeetingRange } from "@/lib/meetings/time";
import { canGroup, visibleGroupIds } from "@/lib/permissions/ability";
import { getPollDetail, listPollAnswerLog } from "@/lib/polls/data";
import { isPollAnswerable } from "@/lib/polls/tally";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const detail = await getPollDetail((await params).id, current.actor.isAdmin ? "all" : visibleGroupIds(current.actor));
  return { title: detail?.poll.title ?? (await getTranslations("polls"))("title") };
}

const statusVariant = { OPEN: "info", CLOSED: "muted", SCHEDULED: "success" } as const;

export default async function PollPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const detail = await getPollDetail(id, current.actor.isAdmin ? "all" : visibleGroupIds(current.actor));
  if (!detail) notFound();
  const { poll, respondents, totals, bestSlotId } = detail;
  const [t, ts, localeRaw] = await Promise.all([getTranslations("polls"), getTranslations("shell"), getLocale()]);
  const locale = localeRaw as AppLocale;
  const dateLocale = locale === "en" ? enGB : pl;
  const tz = current.user.timeZone;
  const groupRef = { id: poll.groupId, archived: poll.group.archivedAt !== null };
  const manages = canGroup(current.actor, "manageMeetings", groupRef);
  const now = new Date();
  const answerable = isPollAnswerable(poll, now);
  const isRespondent = respondents.some((r) => r.id === current.user.id);
  const canAnswer = answerable && isRespondent && canGroup(current.actor, "respond", groupRef);

  const slotLabel = new Map<string, string>();
  const slots: PollTableSlot[] = poll.slots.map((slot) => {
    const total = totals[slot.id] ?? { yes: 0, ifNeedBe: 0, institutionsWithYes: 0 };
    const start = new TZDate(slot.startsAt.getTime(), tz);
    const end = new TZDate(slot.endsAt.getTime(), tz);
    const fullLabel = formatMeetingRange(slot.startsAt, slot.endsAt, locale, tz);
    slotLabel.set(slot.id, fullLabel);
    return {
      id: slot.id,
      dateLabel: format(start, "EEE, d MMM yyyy", { locale: dateLocale }),
      timeLabel: `${format(start, "HH:mm")}–${format(end, "HH:mm")}`,
      fullLabel,
      yes: total.yes,
      ifNeedBe: total.ifNeedBe,
      institutionsWithYes: total.institutionsWithYes,
      best: slot.id === bestSlotId,
    };
  });

  // Rows grouped by institution (alphabetically; people without one last).
  const answersByUser = new Map<string, Record<string, (typeof detail.answers)[number]["value"]>>();
  for (const a of detail.answers) answersByUser.set(a.userId, { ...answersByUser.get(a.userId), [a.slotId]: a.value });
  const byInstitution = new Map<string, PollTableGroup>();
  for (const person of respondents) {
    const key = person.institution?.id ?? "none";
    const group = byInstitution.get(key) ?? { key, name: person.institution?.name ?? t("detail.noInstitution"), people: [] };
    group.people.push({ id: person.id, name: person.name, answers: answersByUser.get(person.id) ?? {} });
    byInstitution.set(key, group);
  }
  const groups = [...byInstitution.values()].sort((a, b) =>
    a.key === "none" ? 1 : b.key === "none" ? -1 : a.name.localeCompare(b.name, locale),
  );

  const history = manages
    ? (await listPollAnswerLog(poll.id)).map((entry) => ({
        id: entry.id,
        who: entry.user.name,
        slotLabel: slotLabel.get(entry.slotId) ?? "—",
        previous: entry.previous,
        value: entry.value,
        when: formatDateTime(entry.createdAt, locale, tz),
        whenIso: entry.createdAt.toISOString(),
      }))
    : null;

  const chosen = poll.meeting ? poll.slots.find((s) => s.id === poll.chosenSlotId) : undefined;

  return (
    <>
      <PollLiveRefresh groupId={poll.groupId} pollId={poll.id} />
      <PageHeader
        breadcrumb={<Breadcrumbs label={ts("breadcrumb")} items={[{ label: t("title"), href: "/meetings/polls" }, { label: poll.title }]} />}
        title={poll.title}
        meta={
          <>
            <Badge variant={statusVariant[poll.status]}>{t(`status.${poll.status}`)}</Badge>
            <Badge variant="outline">{t(`kind.${poll.kind}`)}</Badge>
          </>
        }
        description={
          <>
            {poll.deadline ? t("detail.deadline", { deadline: formatDateTime(poll.deadline, locale, tz) }) : t("detail.noDeadline")}
            {" · "}
            {t("detail.shownIn", { zone: tz })}
          </>
        }
      />
      <div className="flex flex-col gap-6">
        {poll.description || poll.place || poll.onlineUrl ? (
          <div className="flex flex-col gap-1 text-sm">
            {poll.description ? <p className="whitespace-pre-line">{poll.description}</p> : null}
            {poll.place ? <p>{t("detail.place", { place: poll.place })}</p> : null}
            {poll.onlineUrl ? (
              <p>
                {t("detail.online", { url: "" })}
                <a href={poll.onlineUrl} className="text-primary underline underline-offset-4" rel="noopener noreferrer" target="_blank">
                  {poll.onlineUrl}
                </a>
              </p>
            ) : null}
          </div>
        ) : null}

        {poll.meeting && chosen ? (
          <div role="status" className="flex flex-col gap-3 rounded-lg border border-success-soft-foreground/20 bg-success-soft p-4 text-success-soft-foreground sm:flex-row sm:items-center sm:justify-between">
            <p className="flex items-center gap-2 text-sm font-medium">
              <CalendarCheck aria-hidden="true" className="size-4" />
              {t("detail.scheduledNotice", { when: formatMeetingRange(chosen.startsAt, chosen.endsAt, locale, tz) })}
            </p>
            <Button asChild variant="outline" size="sm">
              <Link href={`/meetings/${poll.meeting.id}`}>{t("detail.openMeeting")}</Link>
            </Button>
          </div>
        ) : !answerable ? (
          <p role="status" className="flex items-center gap-2 rounded-lg border bg-muted p-3 text-sm">
            <Info aria-hidden="true" className="size-4" />
            {t("detail.closedNotice")}
          </p>
        ) : !isRespondent ? (
          <p className="flex items-center gap-2 rounded-lg border bg-muted p-3 text-sm">
            <Info aria-hidden="true" className="size-4" />
            {t("detail.readOnlyNotice")}
          </p>
        ) : null}

        {respondents.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("detail.noRespondents")}</p>
        ) : (
          <PollAnswerTable pollId={poll.id} slots={slots} groups={groups} viewerId={current.user.id} canAnswer={canAnswer} />
        )}

        {manages ? (
          <PollManagePanel
            pollId={poll.id}
            status={poll.status}
            answerable={answerable}
            bestSlotId={bestSlotId}
            slots={poll.slots.map((s) => ({ id: s.id, label: slotLabel.get(s.id) ?? "", futureStart: s.startsAt.getTime() > now.getTime() }))}
          />
        ) : null}
        {history ? <PollHistory entries={history} /> : null}
      </div>
    </>
  );
}
