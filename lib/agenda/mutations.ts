import "server-only";
// Writes of the agenda. Every write locks the meeting row first, so concurrent edits of one
// agenda are serialised: positions stay 0..n-1 without gaps or duplicates and the automatic
// "review of open actions" item can never be created twice.
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { AgendaItemFields, CreateAgendaItemInput, UpdateAgendaItemInput } from "@/lib/agenda/schema";

/** Stored title of the automatic item; pages show the translated one. */
export const ACTIONS_REVIEW_TITLE = "Przegląd otwartych działań";
export const ACTIONS_REVIEW_MINUTES = 15;

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

type LockedMeeting = { id: string; groupId: string; status: MeetingStatus; startsAt: Date };

async function lockMeeting(t: Tx, meetingId: string): Promise<LockedMeeting> {
  const rows = await t.$queryRaw<LockedMeeting[]>`
    SELECT "id", "groupId", "status"::text AS "status", "startsAt" FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/** The agenda of an approved record (or of a cancelled meeting) is history: it no longer changes. */
async function lockEditableMeeting(t: Tx, meetingId: string): Promise<LockedMeeting> {
  const meeting = await lockMeeting(t, meetingId);
  if (meeting.status === "MINUTES_APPROVED" || meeting.status === "CANCELLED") {
    throw new AppError("BAD_REQUEST", { messageKey: "AGENDA_LOCKED" });
  }
  return meeting;
}

async function lockItem(t: Tx, itemId: string) {
  const found = await t.agendaItem.findUnique({ where: { id: itemId }, select: { meetingId: true } });
  if (!found) throw new AppError("NOT_FOUND");
  const meeting = await lockEditableMeeting(t, found.meetingId);
  // Re-read under the lock: the item may have changed while we waited.
  const item = await t.agendaItem.findUnique({ where: { id: itemId } });
  if (!item) throw new AppError("NOT_FOUND");
  return { meeting, item };
}

/** Writes positions 0..n-1 in the given order, touching only rows whose position changes. */
async function writePositions(t: Tx, meetingId: string, orderedIds: readonly string[]): Promise<void> {
  const current = await t.agendaItem.findMany({ where: { meetingId }, select: { id: true, position: true } });
  const positionOf = new Map(current.map((i) => [i.id, i.position]));
  for (const [index, id] of orderedIds.entries()) {
    if (positionOf.get(id) !== index) await t.agendaItem.update({ where: { id }, data: { position: index } });
  }
}

async function orderedIds(t: Tx, meetingId: string): Promise<string[]> {
  const items = await t.agendaItem.findMany({ where: { meetingId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
  return items.map((i) => i.id);
}

/**
 * Creates the "review of open actions" item as the first one unless it exists. Call with the
 * meeting row locked (every mutation here does): that is what makes it idempotent.
 */
async function ensureActionsReviewLocked(t: Tx, meetingId: string): Promise<string> {
  const existing = await t.agendaItem.findFirst({ where: { meetingId, isActionsReview: true }, select: { id: true } });
  if (existing) return existing.id;
  const others = await orderedIds(t, meetingId);
  const review = await t.agendaItem.create({
    data: { meetingId, position: 0, title: ACTIONS_REVIEW_TITLE, durationMinutes: ACTIONS_REVIEW_MINUTES, isActionsReview: true },
    select: { id: true },
  });
  await writePositions(t, meetingId, [review.id, ...others]);
  return review.id;
}

/** For the agenda page opened by a coordinator: the automatic item is there from the start. */
export async function ensureActionsReviewItem(meetingId: string, tx: Tx = db): Promise<string> {
  return inTransaction(tx, async (t) => {
    await lockEditableMeeting(t, meetingId);
    return ensureActionsReviewLocked(t, meetingId);
  });
}

/** A presenter must be a person or a member institution of the meeting's group. */
async function checkPresenter(t: Tx, groupId: string, fields: Pick<AgendaItemFields, "presenterUserId" | "presenterInstitutionId">) {
  const invalid = () => new AppError("VALIDATION", { fieldErrors: { presenter: [{ key: "invalidOption" }] } });
  if (fields.presenterUserId) {
    const member = await t.groupMember.findUnique({ where: { groupId_userId: { groupId, userId: fields.presenterUserId } }, select: { id: true } });
    if (!member) throw invalid();
  }
  if (fields.presenterInstitutionId) {
    const partner = await t.groupInstitution.findUnique({
      where: { groupId_institutionId: { groupId, institutionId: fields.presenterInstitutionId } },
      select: { id: true },
    });
    if (!partner) throw invalid();
  }
}

function itemData(fields: AgendaItemFields) {
  return {
    title: fields.title,
    durationMinutes: fields.durationMinutes,
    presenterUserId: fields.presenterUserId,
    presenterInstitutionId: fields.presenterInstitutionId,
    description: fields.description,
    documentLinks: fields.documentLinks,
  };
}

export async function createAgendaItem(input: CreateAgendaItemInput, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const meeting = await lockEditableMeeting(t, input.meetingId);
    await checkPresenter(t, meeting.groupId, input);
    await ensureActionsReviewLocked(t, meeting.id);
    const count = await t.agendaItem.count({ where: { meetingId: meeting.id } });
    return t.agendaItem.create({ data: { meetingId: meeting.id, position: count, ...itemData(input) }, select: { id: true } });
  });
}

export async function updateAgendaItem(input: UpdateAgendaItemInput, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const { meeting, item } = await lockItem(t, input.itemId);
    await checkPresenter(t, meeting.groupId, input);
    const data = itemData(input);
    // The automatic item keeps its name: it is what makes it recognisable on every agenda.
    if (item.isActionsReview) data.title = item.title;
    await t.agendaItem.update({ where: { id: item.id }, data });
    return { id: item.id };
  });
}

export async function deleteAgendaItem(itemId: string, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const { meeting, item } = await lockItem(t, itemId);
    if (item.isActionsReview) throw new AppError("BAD_REQUEST", { messageKey: "AGENDA_REVIEW_PERMANENT" });
    await t.agendaItem.delete({ where: { id: item.id } });
    await writePositions(t, meeting.id, await orderedIds(t, meeting.id));
    return { id: item.id };
  });
}

/**
 * Puts the agenda in the given order, in one transaction. The list must name exactly the
 * meeting's items (the review item may be left out: it is always put first anyway); a list
 * from a stale page is refused rather than guessed at.
 */
export async function reorderAgenda(meetingId: string, itemIds: readonly string[], tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await lockEditableMeeting(t, meetingId);
    const reviewId = await ensureActionsReviewLocked(t, meetingId);
    const others = (await orderedIds(t, meetingId)).filter((id) => id !== reviewId);
    const wanted = itemIds.filter((id) => id !== reviewId);
    const same = wanted.length === others.length && new Set([...wanted, ...others]).size === others.length;
    if (!same) throw new AppError("CONFLICT", { messageKey: "AGENDA_CHANGED" });
    await writePositions(t, meetingId, [reviewId, ...wanted]);
    return { meetingId };
  });
}

/** Done / not done: only while the meeting runs or after it was held. */
export async function setAgendaItemStatus(itemId: string, status: "PLANNED" | "DONE", tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const { meeting, item } = await lockItem(t, itemId);
    if (meeting.status !== "IN_PROGRESS" && meeting.status !== "HELD") {
      throw new AppError("BAD_REQUEST", { messageKey: "AGENDA_NOT_RUNNING" });
    }
    if (item.status === "MOVED") throw new AppError("BAD_REQUEST", { messageKey: "AGENDA_ITEM_MOVED" });
    await t.agendaItem.update({ where: { id: item.id }, data: { status } });
    return { id: item.id, status };
  });
}

/**
 * Carries an unfinished item over to the group's next meeting (the next one that is not
 * cancelled and starts after this one): MOVED here, a fresh copy at the end of the next
 * agenda that remembers where it came from.
 */
export async function moveAgendaItemToNextMeeting(itemId: string, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const { meeting, item } = await lockItem(t, itemId);
    if (item.isActionsReview) throw new AppError("BAD_REQUEST", { messageKey: "AGENDA_REVIEW_PERMANENT" });
    if (item.status === "MOVED") throw new AppError("BAD_REQUEST", { messageKey: "AGENDA_ITEM_MOVED" });
    if (item.status === "DONE") throw new AppError("BAD_REQUEST", { messageKey: "AGENDA_ITEM_DONE" });
    const next = await t.meeting.findFirst({
      where: { groupId: meeting.groupId, id: { not: meeting.id }, status: { not: "CANCELLED" }, startsAt: { gt: meeting.startsAt } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (!next) throw new AppError("BAD_REQUEST", { messageKey: "NO_NEXT_MEETING" });
    await lockEditableMeeting(t, next.id);
    await ensureActionsReviewLocked(t, next.id);
    const count = await t.agendaItem.count({ where: { meetingId: next.id } });
    const copy = await t.agendaItem.create({
      data: {
        meetingId: next.id,
        position: count,
        title: item.title,
        durationMinutes: item.durationMinutes,
        presenterUserId: item.presenterUserId,
        presenterInstitutionId: item.presenterInstitutionId,
        description: item.description,
        documentLinks: item.documentLinks ?? [],
        movedFromItemId: item.id,
      },
      select: { id: true },
    });
    await t.agendaItem.update({ where: { id: item.id }, data: { status: "MOVED" } });
    return { itemId: copy.id, meetingId: next.id };
  });
}
