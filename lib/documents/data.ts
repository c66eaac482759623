import "server-only";
// Reads of documents. Every query carries the actor's group scope in its where clause: a
// document of another group is "not found", never shown. Administrators without a role
// in the group see nothing of its documents (canDocument), so there is no admin bypass.
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentKind, DocumentStatus } from "@/lib/generated/prisma/enums";
import { visibleGroupIds, type Actor, type DocumentRef } from "@/lib/permissions/ability";
import { computeQuorum } from "@/lib/attendance/quorum";
import { loadDocumentState } from "@/lib/collab/persistence";
import { stateToJson, type ProseMirrorJson } from "@/lib/editor/content";
import { matchDocument, queryWords } from "@/lib/documents/search";
import type { MinutesInstitutionRow, MinutesSource } from "@/lib/documents/minutes-template";
import type { DocumentListQuery } from "@/lib/documents/schema";

export const DOCUMENTS_PAGE_SIZE = 25;

export function documentScope(actor: Actor): Prisma.DocumentWhereInput {
  return { groupId: { in: visibleGroupIds(actor) } };
}

export type DocumentRefRow = DocumentRef & {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  title: string;
  minutesOfMeetingId: string | null;
};

/** What the permission checks need, within the actor's groups; null = not found for them. */
export async function loadDocumentRef(actor: Actor, id: string, tx: Tx = db): Promise<DocumentRefRow | null> {
  const row = await tx.document.findFirst({
    where: { id, ...documentScope(actor) },
    select: {
      id: true,
      kind: true,
      status: true,
      title: true,
      groupId: true,
      archivedAt: true,
      createdById: true,
      minutesOfMeetingId: true,
      group: { select: { archivedAt: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    minutesOfMeetingId: row.minutesOfMeetingId,
    groupId: row.groupId,
    groupArchived: row.group.archivedAt !== null,
    archived: row.archivedAt !== null,
    frozen: row.status === "APPROVED",
    createdById: row.createdById,
  };
}

/** The "create" reference of a group (canDocument(actor, "create", …)); null when out of scope. */
export async function loadGroupDocumentRef(actor: Actor, groupId: string, tx: Tx = db): Promise<DocumentRef | null> {
  if (!visibleGroupIds(actor).includes(groupId)) return null;
  const group = await tx.group.findUnique({ where: { id: groupId }, select: { archivedAt: true } });
  if (!group) return null;
  return { groupId, groupArchived: group.archivedAt !== null, archived: false, frozen: false, createdById: null };
}

/** The group of a meeting the actor can see, as a "create" reference for its minutes. */
export async function loadMeetingDocumentRef(actor: Actor, meetingId: string, tx: Tx = db): Promise<DocumentRef | null> {
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, groupId: { in: visibleGroupIds(actor) } },
    select: { groupId: true, group: { select: { archivedAt: true } } },
  });
  if (!meeting) return null;
  return { groupId: meeting.groupId, groupArchived: meeting.group.archivedAt !== null, archived: false, frozen: false, createdById: null };
}

const institutionSelect = { select: { id: true, name: true, shortName: true } } as const;
const personSelect = { select: { id: true, name: true } } as const;

const detailSelect = {
  id: true,
  kind: true,
  status: true,
  title: true,
  groupId: true,
  meetingId: true,
  minutesOfMeetingId: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  lastEditedAt: true,
  sizeBytes: true,
  createdById: true,
  group: { select: { id: true, name: true, archivedAt: true } },
  meeting: { select: { id: true, title: true, startsAt: true, endsAt: true, timeZone: true, status: true } },
  ownerInstitution: institutionSelect,
  createdBy: personSelect,
  lastEditedBy: personSelect,
} satisfies Prisma.DocumentSelect;

export type DocumentDetails = Prisma.DocumentGetPayload<{ select: typeof detailSelect }>;

/** One document the actor may see, for its page; null answers 404. */
export async function getDocument(actor: Actor, id: string, tx: Tx = db): Promise<DocumentDetails | null> {
  return tx.document.findFirst({ where: { id, ...documentScope(actor) }, select: detailSelect });
}

export function toDocumentRef(doc: Pick<DocumentDetails, "groupId" | "group" | "archivedAt" | "status" | "createdById">): DocumentRef {
  return {
    groupId: doc.groupId,
    groupArchived: doc.group.archivedAt !== null,
    archived: doc.archivedAt !== null,
    frozen: doc.status === "APPROVED",
    createdById: doc.createdById,
  };
}

const listSelect = {
  id: true,
  kind: true,
  status: true,
  title: true,
  archivedAt: true,
  createdAt: true,
  lastEditedAt: true,
  sizeBytes: true,
  group: { select: { id: true, name: true } },
  meeting: { select: { id: true, title: true, startsAt: true } },
  ownerInstitution: institutionSelect,
  lastEditedBy: personSelect,
  createdBy: personSelect,
} satisfies Prisma.DocumentSelect;

export type DocumentListRow = Prisma.DocumentGetPayload<{ select: typeof listSelect }> & { snippet: string | null };
export type DocumentList = { rows: DocumentListRow[]; total: number; page: number; pageCount: number; pageSize: number };

/**
 * One page of the list. Candidates passing the other filters are searched in memory (title
 * and text, diacritics folded); title matches come first, then the most recently edited.
 * A group's documents are hundreds, not millions, and only the page's rows are loaded whole.
 */
export async function listDocuments(actor: Actor, query: DocumentListQuery & { groupId: string | null }, tx: Tx = db): Promise<DocumentList> {
  const where: Prisma.DocumentWhereInput = {
    AND: [
      documentScope(actor),
      query.groupId ? { groupId: query.groupId } : {},
      query.kind ? { kind: query.kind } : {},
      query.status ? { status: query.status } : {},
      query.meeting ? { meetingId: query.meeting } : {},
      query.institution ? { ownerInstitutionId: query.institution } : {},
      query.archived === "archived" ? { archivedAt: { not: null } } : { archivedAt: null },
    ],
  };
  const words = queryWords(query.q);
  const candidates = await tx.document.findMany({
    where,
    select: { id: true, title: true, ...(words.length ? { plainText: true } : {}) },
    orderBy: [{ lastEditedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
  });
  const hits = candidates
    .map((c, order) => ({ id: c.id, order, hit: matchDocument({ title: c.title, plainText: (c as { plainText?: string }).plainText ?? "" }, words) }))
    .filter((c): c is { id: string; order: number; hit: NonNullable<typeof c.hit> } => c.hit !== null)
    .sort((a, b) => Number(b.hit.inTitle) - Number(a.hit.inTitle) || a.order - b.order);

  const pageSize = DOCUMENTS_PAGE_SIZE;
  const total = hits.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const pageHits = hits.slice((page - 1) * pageSize, page * pageSize);
  if (pageHits.length === 0) return { rows: [], total, page, pageCount, pageSize };
  const rows = await tx.document.findMany({ where: { id: { in: pageHits.map((h) => h.id) } }, select: listSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    rows: pageHits.flatMap((h) => {
      const row = byId.get(h.id);
      return row ? [{ ...row, snippet: h.hit.snippet }] : [];
    }),
    total,
    page,
    pageCount,
    pageSize,
  };
}

/** Choices of the list's filters: meetings and owner institutions that have documents in scope. */
export async function listDocumentFilterOptions(actor: Actor, groupId: string | null, tx: Tx = db) {
  const inScope: Prisma.DocumentWhereInput = { ...documentScope(actor), ...(groupId ? { groupId } : {}) };
  const [meetings, institutions] = await Promise.all([
    tx.meeting.findMany({
      where: { documents: { some: inScope } },
      select: { id: true, title: true, startsAt: true, timeZone: true },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    }),
    tx.institution.findMany({
      where: { documentsOwned: { some: inScope } },
      select: { id: true, name: true, shortName: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { meetings, institutions };
}

/** Meetings of a group a new document can belong to (latest first, cancelled ones left out). */
export async function listMeetingChoices(groupId: string, tx: Tx = db) {
  return tx.meeting.findMany({
    where: { groupId, status: { not: "CANCELLED" } },
    select: { id: true, title: true, startsAt: true, timeZone: true, minutes: { select: { id: true } } },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 100,
  });
}

/** Partner institutions of a group: the choices for "owner institution". */
export async function listOwnerChoices(groupId: string, tx: Tx = db) {
  const rows = await tx.groupInstitution.findMany({
    where: { groupId, institution: { archivedAt: null } },
    select: { institution: institutionSelect },
    orderBy: { institution: { name: "asc" } },
  });
  return rows.map((r) => r.institution);
}

export type Mentionable = { id: string; label: string; kind: "user" | "institution"; detail?: string };

/** People and partner institutions of the group, for @-mentions in the editor and comments. */
export async function listMentionables(groupId: string, tx: Tx = db): Promise<Mentionable[]> {
  const [people, institutions] = await Promise.all([
    tx.user.findMany({
      where: { archivedAt: null, memberships: { some: { groupId } } },
      select: { id: true, name: true, institution: { select: { shortName: true } } },
      orderBy: { name: "asc" },
    }),
    listOwnerChoices(groupId, tx),
  ]);
  return [
    ...people.map((p): Mentionable => ({ id: p.id, label: p.name, kind: "user", ...(p.institution ? { detail: p.institution.shortName } : {}) })),
    ...institutions.map((i): Mentionable => ({ id: i.id, label: i.shortName, kind: "institution", detail: i.name })),
  ];
}

/** The minutes of a meeting, if any, as the meeting page shows them. */
export async function getMeetingMinutes(actor: Actor, meetingId: string, tx: Tx = db) {
  return tx.document.findFirst({
    where: { minutesOfMeetingId: meetingId, ...documentScope(actor) },
    select: { id: true, title: true, archivedAt: true, lastEditedAt: true },
  });
}

// ---------------------------------------------------------------------------------------
// Versions

const versionSelect = {
  id: true,
  kind: true,
  name: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true, institution: { select: { shortName: true } } } },
} satisfies Prisma.DocumentVersionSelect;

export type DocumentVersionRow = Prisma.DocumentVersionGetPayload<{ select: typeof versionSelect }>;

export const VERSIONS_PAGE_SIZE = 50;

/** Newest first, a page at a time. The document must already have been checked against the actor's scope. */
export async function listDocumentVersions(documentId: string, page = 1, tx: Tx = db): Promise<{ rows: DocumentVersionRow[]; total: number; page: number; pageCount: number }> {
  const total = await tx.documentVersion.count({ where: { documentId } });
  const pageCount = Math.max(1, Math.ceil(total / VERSIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await tx.documentVersion.findMany({
    where: { documentId },
    select: versionSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * VERSIONS_PAGE_SIZE,
    take: VERSIONS_PAGE_SIZE,
  });
  return { rows, total, page: current, pageCount };
}

export async function getDocumentVersion(documentId: string, versionId: string, tx: Tx = db) {
  const row = await tx.documentVersion.findFirst({ where: { id: versionId, documentId }, select: { ...versionSelect, state: true } });
  if (!row) return null;
  const { state, ...rest } = row;
  return { ...rest, content: stateToJson(state) };
}

/** The live content (snapshot plus log) as ProseMirror JSON. */
export async function loadDocumentContent(documentId: string, tx: Tx = db): Promise<ProseMirrorJson> {
  const { state } = await loadDocumentState(documentId, tx);
  return stateToJson(state);
}

// ---------------------------------------------------------------------------------------
// Meeting facts for minutes (template and exports)

function institutionLabel(i: { name: string; shortName: string } | null): string | null {
  return i ? `${i.name} (${i.shortName})` : null;
}

const collator = new Intl.Collator("pl", { sensitivity: "base", numeric: true });

/**
 * Who attended, by institution: the marks once anyone has been marked (with the quorum),
 * otherwise the invitees. People count for the institution recorded with their mark.
 */
export async function loadMinutesAttendance(meeting: { id: string; groupId: string; quorumPercent: number }, tx: Tx = db): Promise<MinutesSource["attendance"]> {
  // One after another: inside a transaction the queries share one connection.
  const marks = await tx.attendance.findMany({
    where: { meetingId: meeting.id },
    select: { status: true, user: { select: { name: true } }, institution: institutionSelect },
  });
  const invitees = await tx.meetingInvitee.findMany({
    where: { meetingId: meeting.id },
    select: { user: { select: { name: true, archivedAt: true, institution: institutionSelect } }, viaInstitution: institutionSelect },
  });
  const partners = await tx.groupInstitution.findMany({ where: { groupId: meeting.groupId, institution: { archivedAt: null } }, select: { institutionId: true } });
  const rows = new Map<string, MinutesInstitutionRow>();
  const rowFor = (institution: { id: string; name: string; shortName: string } | null) => {
    const key = institution?.id ?? "";
    let row = rows.get(key);
    if (!row) {
      row = { institution: institutionLabel(institution), present: [], absent: [], excused: [], invited: [] };
      rows.set(key, row);
    }
    return row;
  };
  for (const mark of marks) {
    const row = rowFor(mark.institution);
    (mark.status === "PRESENT" ? row.present : mark.status === "ABSENT" ? row.absent : row.excused).push(mark.user.name);
  }
  if (marks.length === 0) {
    for (const invitee of invitees) {
      if (invitee.user.archivedAt) continue;
      rowFor(invitee.user.institution ?? invitee.viaInstitution).invited.push(invitee.user.name);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => {
    if (a.institution === null) return 1;
    if (b.institution === null) return -1;
    return collator.compare(a.institution, b.institution);
  });
  for (const row of sorted) for (const list of [row.present, row.absent, row.excused, row.invited]) list.sort(collator.compare);
  const quorum =
    marks.length > 0
      ? computeQuorum({
          memberInstitutionIds: partners.map((p) => p.institutionId),
          presentInstitutionIds: marks.filter((m) => m.status === "PRESENT").map((m) => m.institution?.id ?? null),
          quorumPercent: meeting.quorumPercent,
        })
      : null;
  return { marked: marks.length > 0, rows: sorted, quorum };
}

/** Everything the minutes template needs about a meeting; null when it does not exist. */
export async function loadMinutesSource(meetingId: string, tx: Tx = db): Promise<(MinutesSource & { groupId: string; organiserInstitutionId: string | null; status: string }) | null> {
  const meeting = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      place: true,
      onlineUrl: true,
      groupId: true,
      organiserInstitutionId: true,
      organiserInstitution: institutionSelect,
      group: { select: { name: true, quorumPercent: true } },
      agendaItems: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          title: true,
          isActionsReview: true,
          presenterUser: { select: { name: true, institution: { select: { shortName: true } } } },
          presenterInstitution: institutionSelect,
        },
      },
    },
  });
  if (!meeting) return null;
  const attendance = await loadMinutesAttendance({ id: meeting.id, groupId: meeting.groupId, quorumPercent: meeting.group.quorumPercent }, tx);
  return {
    groupId: meeting.groupId,
    organiserInstitutionId: meeting.organiserInstitutionId,
    status: meeting.status,
    meeting: {
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      timeZone: meeting.timeZone,
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      organiser: institutionLabel(meeting.organiserInstitution),
      groupName: meeting.group.name,
    },
    agenda: meeting.agendaItems.map((item) => ({
      title: item.title,
      isActionsReview: item.isActionsReview,
      presenter: item.presenterUser
        ? item.presenterUser.institution
          ? `${item.presenterUser.name} (${item.presenterUser.institution.shortName})`
          : item.presenterUser.name
        : item.presenterInstitution
          ? institutionLabel(item.presenterInstitution)
          : null,
    })),
    attendance,
  };
}
