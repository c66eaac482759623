import "server-only";
// Reads for date polls. Every read is scoped to a group the caller has checked the actor may
// view; loadPollRef is the one lookup actions use to authorise by the poll's group.
import { db, type Tx } from "@/lib/db/client";
import type { GroupRole } from "@/lib/generated/prisma/enums";
import { tallyPoll } from "@/lib/polls/tally";

/** Roles whose people answer polls (observers only read). */
export const RESPONDENT_ROLES: GroupRole[] = ["COORDINATOR", "MEMBER", "REVIEWER"];

export async function loadPollRef(pollId: string, tx: Tx = db) {
  const poll = await tx.datePoll.findUnique({
    where: { id: pollId },
    select: { id: true, groupId: true, status: true, deadline: true, group: { select: { archivedAt: true } } },
  });
  if (!poll) return null;
  return { ...poll, group: { id: poll.groupId, archived: poll.group.archivedAt !== null } };
}

export async function loadGroupRef(groupId: string, tx: Tx = db) {
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { id: true, archivedAt: true } });
  return group ? { id: group.id, archived: group.archivedAt !== null } : null;
}

/** People who may answer a poll of the group: active accounts with a responding role. */
export async function listPollRespondents(groupId: string, tx: Tx = db) {
  const members = await tx.groupMember.findMany({
    where: { groupId, role: { in: RESPONDENT_ROLES }, user: { archivedAt: null } },
    select: {
      role: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          timeZone: true,
          institution: { select: { id: true, name: true, shortName: true } },
        },
      },
    },
  });
  return members
    .map((m) => ({ ...m.user, role: m.role }))
    .sort((a, b) => a.name.localeCompare(b.name, "pl"));
}
export type PollRespondent = Awaited<ReturnType<typeof listPollRespondents>>[number];

export const pollListSorts = ["created", "title", "deadline"] as const;
export type PollListSort = (typeof pollListSorts)[number];
export const pollListStatuses = ["all", "OPEN", "CLOSED", "SCHEDULED"] as const;
export type PollListStatus = (typeof pollListStatuses)[number];

export async function listGroupPolls(
  groupId: string,
  options: { q?: string; status?: PollListStatus; sort?: PollListSort; dir?: "asc" | "desc" } = {},
) {
  const dir = options.dir ?? (options.sort === "created" || !options.sort ? "desc" : "asc");
  const orderBy =
    options.sort === "title"
      ? [{ title: dir }]
      : options.sort === "deadline"
        ? [{ deadline: { sort: dir, nulls: "last" as const } }, { createdAt: "desc" as const }]
        : [{ createdAt: dir }];
  const q = options.q?.trim();
  const polls = await db.datePoll.findMany({
    where: {
      groupId,
      ...(options.status && options.status !== "all" ? { status: options.status } : {}),
      ...(q ? { title: { contains: q, mode: "insensitive" as const } } : {}),
    },
    orderBy,
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      deadline: true,
      createdAt: true,
      meetingId: true,
      _count: { select: { slots: true } },
    },
  });
  // "Answered" = people with at least one answer in the poll.
  const perPoll = await Promise.all(
    polls.map(async (p) => {
      const rows = await db.datePollAnswer.findMany({
        where: { slot: { pollId: p.id } },
        distinct: ["userId"],
        select: { userId: true },
      });
      return [p.id, rows.length] as const;
    }),
  );
  const respondentCount = await db.groupMember.count({
    where: { groupId, role: { in: RESPONDENT_ROLES }, user: { archivedAt: null } },
  });
  const counts = new Map(perPoll);
  return polls.map((p) => ({ ...p, answeredCount: counts.get(p.id) ?? 0, respondentCount }));
}
export type PollListItem = Awaited<ReturnType<typeof listGroupPolls>>[number];

/** Everything the answer table needs; null when the poll is not in the given group set. */
export async function getPollDetail(pollId: string, visibleGroupIds: string[] | "all") {
  const poll = await db.datePoll.findFirst({
    where: { id: pollId, ...(visibleGroupIds === "all" ? {} : { groupId: { in: visibleGroupIds } }) },
    include: {
      group: { select: { id: true, name: true, archivedAt: true } },
      slots: { orderBy: { startsAt: "asc" }, include: { answers: { select: { userId: true, value: true, slotId: true } } } },
      meeting: { select: { id: true, title: true, startsAt: true } },
      createdBy: { select: { id: true, name: true } },
    },
  });
  if (!poll) return null;
  const respondents = await listPollRespondents(poll.groupId);
  const answers = poll.slots.flatMap((s) => s.answers);
  const institutionByUser = new Map(respondents.map((r) => [r.id, r.institution?.id ?? null]));
  const { totals, bestSlotId } = tallyPoll(poll.slots, answers, (userId) => institutionByUser.get(userId) ?? null);
  return { poll, respondents, answers, totals, bestSlotId };
}
export type PollDetail = NonNullable<Awaited<ReturnType<typeof getPollDetail>>>;

/** The "history of changes" list for coordinators, newest first. */
export async function listPollAnswerLog(pollId: string, take = 200) {
  return db.datePollAnswerLog.findMany({
    where: { pollId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, slotId: true, previous: true, value: true, createdAt: true, user: { select: { id: true, name: true } } },
  });
}
