// Who may do what. Pure functions of (actor, action, resource): the same code decides
// on the server (actions, route handlers, socket handlers) and in the UI (what to show).
// Rules read as a table: role in the resource's group × action × ownership.
import type { GroupRole } from "@/lib/generated/prisma/enums";

export type Membership = { role: GroupRole; groupArchived: boolean };

export type Actor = {
  id: string;
  isAdmin: boolean;
  institutionId: string | null;
  archived: boolean;
  /** Role per group id. */
  memberships: Record<string, Membership>;
};

export type GroupRef = { id: string; archived: boolean };
export type InstitutionRef = { id: string; archived: boolean; groupIds: string[] };
export type PersonRef = { id: string; institutionId: string | null; groupIds: string[] };

export const groupActions = [
  "view",
  "update",
  "archive",
  "unarchive",
  "manageMembers",
  "invite",
  "write",
  // Meetings: coordinators schedule and run them; members and reviewers answer date polls
  // and invitations for themselves; observers only read.
  "manageMeetings",
  "respond",
  // Decisions are recorded from the minutes by those who write them; only coordinators change
  // a decision's status (superseded, revoked) or correct it.
  "recordDecisions",
  "manageDecisions",
  // Indicators: coordinators define them; contributions go through canContribute.
  "manageIndicators",
] as const;
export type GroupAction = (typeof groupActions)[number];
export const documentActions = [
  "view",
  "create",
  "edit",
  "comment",
  // Resolving or reopening any thread; authors may always resolve their own (see canCommentThread).
  "moderateComments",
  "nameVersion",
  "restoreVersion",
  "export",
  "archive",
] as const;
export type DocumentAction = (typeof documentActions)[number];
/** A document (or, for "create", the group it would be created in). */
export type DocumentRef = {
  groupId: string;
  groupArchived: boolean;
  archived: boolean;
  /** Approved documents are frozen: changing them needs a reopened revision (reviews issue). */
  frozen: boolean;
  createdById: string | null;
};
export const institutionActions = ["view", "update", "archive", "unarchive"] as const;
export type InstitutionAction = (typeof institutionActions)[number];
export const personActions = ["view", "update", "archive"] as const;
export type PersonAction = (typeof personActions)[number];
export const systemActions = ["createGroup", "createInstitution", "viewOutbox", "viewDirectory"] as const;
export type SystemAction = (typeof systemActions)[number];

function roleIn(actor: Actor, groupId: string): GroupRole | null {
  return actor.memberships[groupId]?.role ?? null;
}

/** Coordinates at least one group that is still active. */
function isActiveCoordinator(actor: Actor): boolean {
  return Object.values(actor.memberships).some((m) => m.role === "COORDINATOR" && !m.groupArchived);
}

function coordinates(actor: Actor, groupId: string): boolean {
  const m = actor.memberships[groupId];
  return m?.role === "COORDINATOR" && !m.groupArchived;
}

export function canSystem(actor: Actor, action: SystemAction): boolean {
  if (actor.archived) return false;
  switch (action) {
    case "viewDirectory":
      return true;
    case "createGroup":
    case "createInstitution":
    case "viewOutbox":
      return actor.isAdmin || isActiveCoordinator(actor);
  }
}

export function canGroup(actor: Actor, action: GroupAction, group: GroupRef): boolean {
  if (actor.archived) return false;
  const role = roleIn(actor, group.id);
  const manages = actor.isAdmin || role === "COORDINATOR";
  switch (action) {
    case "view":
      return actor.isAdmin || role !== null;
    // An archived group is a read-only record: nothing changes until it is restored.
    case "update":
    case "archive":
    case "manageMembers":
    case "invite":
      return manages && !group.archived;
    case "unarchive":
      return manages && group.archived;
    case "write":
      return !group.archived && (role === "COORDINATOR" || role === "MEMBER");
    case "manageMeetings":
      return manages && !group.archived;
    case "respond":
      return !group.archived && (role === "COORDINATOR" || role === "MEMBER" || role === "REVIEWER");
    case "recordDecisions":
      return !group.archived && (role === "COORDINATOR" || role === "MEMBER");
    case "manageDecisions":
    case "manageIndicators":
      return !group.archived && role === "COORDINATOR";
  }
}

export const agreedActionActions = ["view", "create", "update", "postUpdate", "bulkEdit"] as const;
export type AgreedActionAction = (typeof agreedActionActions)[number];
/** An agreed action (or, for "create", the group it would be created in: ownerInstitutionId null). */
export type AgreedActionRef = { groupId: string; groupArchived: boolean; ownerInstitutionId: string | null };

/**
 * Actions belong to institutions: coordinators manage every action; members create actions and
 * change, or report progress on, those their own institution owns; reviewers and observers read.
 */
export function canAgreedAction(actor: Actor, action: AgreedActionAction, ref: AgreedActionRef): boolean {
  if (actor.archived) return false;
  const role = roleIn(actor, ref.groupId);
  if (role === null) return false;
  if (action === "view") return true;
  if (ref.groupArchived) return false;
  const ownInstitution = ref.ownerInstitutionId !== null && actor.institutionId === ref.ownerInstitutionId;
  switch (action) {
    case "create":
      return role === "COORDINATOR" || role === "MEMBER";
    case "update":
    case "postUpdate":
      return role === "COORDINATOR" || (role === "MEMBER" && ownInstitution);
    case "bulkEdit":
      return role === "COORDINATOR";
  }
}

/** Reporting an indicator contribution on behalf of an institution. */
export function canContribute(actor: Actor, ref: { groupId: string; groupArchived: boolean; institutionId: string }): boolean {
  if (actor.archived || ref.groupArchived) return false;
  const role = roleIn(actor, ref.groupId);
  return role === "COORDINATOR" || (role === "MEMBER" && actor.institutionId === ref.institutionId);
}

/**
 * Coordinators and members edit; reviewers comment; observers read. Admins without a
 * role see nothing of a group's documents: they run the installation, not the group.
 */
export function canDocument(actor: Actor, action: DocumentAction, doc: DocumentRef): boolean {
  if (actor.archived) return false;
  const role = roleIn(actor, doc.groupId);
  if (role === null) return false;
  const open = !doc.groupArchived && !doc.archived;
  const editor = role === "COORDINATOR" || role === "MEMBER";
  switch (action) {
    case "view":
    case "export":
      return true;
    case "create":
      return !doc.groupArchived && editor;
    case "edit":
    case "restoreVersion":
      return open && !doc.frozen && editor;
    case "nameVersion":
      return open && editor;
    case "comment":
      return open && (editor || role === "REVIEWER");
    case "moderateComments":
      return open && (role === "COORDINATOR" || (role === "MEMBER" && doc.createdById === actor.id));
    case "archive":
      return !doc.groupArchived && !doc.archived && (role === "COORDINATOR" || doc.createdById === actor.id);
  }
}

export function canInstitution(actor: Actor, action: InstitutionAction, institution: InstitutionRef): boolean {
  if (actor.archived) return false;
  const coordinatesOne = institution.groupIds.some((g) => coordinates(actor, g));
  // Archiving hides the institution from every group, so it takes the say of all of them.
  const coordinatesAll =
    institution.groupIds.length > 0 ? institution.groupIds.every((g) => coordinates(actor, g)) : isActiveCoordinator(actor);
  const ownInstitution =
    actor.institutionId === institution.id &&
    Object.values(actor.memberships).some((m) => !m.groupArchived && (m.role === "COORDINATOR" || m.role === "MEMBER"));
  switch (action) {
    case "view":
      return true;
    case "update":
      return !institution.archived && (actor.isAdmin || coordinatesOne || ownInstitution);
    case "archive":
      return !institution.archived && (actor.isAdmin || coordinatesAll);
    case "unarchive":
      return institution.archived && (actor.isAdmin || coordinatesAll);
  }
}

export function canPerson(actor: Actor, action: PersonAction, person: PersonRef): boolean {
  if (actor.archived) return false;
  const self = actor.id === person.id;
  const sharesGroup = person.groupIds.some((g) => roleIn(actor, g) !== null);
  const coordinatesTheirs = person.groupIds.some((g) => coordinates(actor, g));
  switch (action) {
    case "view":
      return self || actor.isAdmin || sharesGroup;
    case "update":
      return self || actor.isAdmin || coordinatesTheirs;
    case "archive":
      return !self && (actor.isAdmin || coordinatesTheirs);
  }
}

/** Groups the actor can see; every group-scoped query filters by these ids. */
export function visibleGroupIds(actor: Actor): string[] {
  return Object.keys(actor.memberships);
}
