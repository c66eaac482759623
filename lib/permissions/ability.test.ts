// The full matrix: every role (plus admin, no role, archived user) × every action ×
// ownership (own group / another group; own institution / other; self / other person)
// × archived or active resources. The expected table is written out by hand below,
// independently of the implementation, so a change in a rule shows up as a diff here.
import { describe, expect, it } from "vitest";
import {
  agreedActionActions,
  canAgreedAction,
  canContribute,
  canDocument,
  canGroup,
  canInstitution,
  canPerson,
  canSystem,
  documentActions,
  groupActions,
  institutionActions,
  personActions,
  systemActions,
  type Actor,
  type AgreedActionAction,
  type AgreedActionRef,
  type DocumentAction,
  type DocumentRef,
  type GroupAction,
  type InstitutionAction,
  type PersonAction,
  type SystemAction,
} from "@/lib/permissions/ability";

type Who = "admin" | "coordinator" | "member" | "reviewer" | "observer" | "outsider" | "archivedUser";
const everyone: Who[] = ["admin", "coordinator", "member", "reviewer", "observer", "outsider", "archivedUser"];

const G = "g-own";
const OTHER = "g-other";
const INST = "inst-own";

function actor(who: Who, groupArchived = false): Actor {
  const roleByWho = { coordinator: "COORDINATOR", member: "MEMBER", reviewer: "REVIEWER", observer: "OBSERVER" } as const;
  const role = who in roleByWho ? roleByWho[who as keyof typeof roleByWho] : null;
  return {
    id: `u-${who}`,
    isAdmin: who === "admin",
    institutionId: who === "outsider" ? "inst-outsider" : INST,
    archived: who === "archivedUser",
    // The outsider coordinates another group: powers elsewhere must not leak into ours.
    memberships: {
      ...(role ? { [G]: { role, groupArchived } } : {}),
      ...(who === "outsider" ? { [OTHER]: { role: "COORDINATOR" as const, groupArchived: false } } : {}),
      ...(who === "archivedUser" ? { [G]: { role: "COORDINATOR" as const, groupArchived } } : {}),
    },
  };
}

function allowed(table: Partial<Record<Who, true>>): Record<Who, boolean> {
  return Object.fromEntries(everyone.map((w) => [w, table[w] === true])) as Record<Who, boolean>;
}

describe("group permissions", () => {
  const expected: Record<"active" | "archived", Record<GroupAction, Record<Who, boolean>>> = {
    active: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true }),
      update: allowed({ admin: true, coordinator: true }),
      archive: allowed({ admin: true, coordinator: true }),
      unarchive: allowed({}),
      manageMembers: allowed({ admin: true, coordinator: true }),
      invite: allowed({ admin: true, coordinator: true }),
      write: allowed({ coordinator: true, member: true }),
      manageMeetings: allowed({ admin: true, coordinator: true }),
      respond: allowed({ coordinator: true, member: true, reviewer: true }),
      recordDecisions: allowed({ coordinator: true, member: true }),
      manageDecisions: allowed({ coordinator: true }),
      manageIndicators: allowed({ coordinator: true }),
    },
    archived: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true }),
      update: allowed({}),
      archive: allowed({}),
      unarchive: allowed({ admin: true, coordinator: true }),
      manageMembers: allowed({}),
      invite: allowed({}),
      write: allowed({}),
      manageMeetings: allowed({}),
      respond: allowed({}),
      recordDecisions: allowed({}),
      manageDecisions: allowed({}),
      manageIndicators: allowed({}),
    },
  };
  for (const state of ["active", "archived"] as const) {
    for (const action of groupActions) {
      it(`${state} group: ${action}`, () => {
        const group = { id: G, archived: state === "archived" };
        const got = Object.fromEntries(everyone.map((w) => [w, canGroup(actor(w, group.archived), action, group)]));
        expect(got).toEqual(expected[state][action]);
      });
    }
  }

  it("a role in one group gives nothing in another", () => {
    for (const w of everyone.filter((x) => x !== "admin")) {
      for (const action of groupActions) expect(canGroup(actor(w), action, { id: "g-third", archived: false })).toBe(false);
    }
  });
});

describe("institution permissions", () => {
  // own = the actor's institution; theirs-in-group = another institution in the actor's group;
  // elsewhere = an institution only in a group the actor has no role in.
  const cases = {
    own: { id: INST, archived: false, groupIds: [G] },
    theirsInGroup: { id: "inst-b", archived: false, groupIds: [G] },
    sharedWithOther: { id: "inst-c", archived: false, groupIds: [G, OTHER] },
    elsewhere: { id: "inst-d", archived: false, groupIds: [OTHER] },
    archivedInGroup: { id: "inst-e", archived: true, groupIds: [G] },
  };
  const expected: Record<keyof typeof cases, Record<InstitutionAction, Record<Who, boolean>>> = {
    own: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
      update: allowed({ admin: true, coordinator: true, member: true }),
      archive: allowed({ admin: true, coordinator: true }),
      unarchive: allowed({}),
    },
    theirsInGroup: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
      update: allowed({ admin: true, coordinator: true }),
      archive: allowed({ admin: true, coordinator: true }),
      unarchive: allowed({}),
    },
    sharedWithOther: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
      update: allowed({ admin: true, coordinator: true, outsider: true }),
      // Archiving needs the coordinators of every group it is in.
      archive: allowed({ admin: true }),
      unarchive: allowed({}),
    },
    elsewhere: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
      update: allowed({ admin: true, outsider: true }),
      archive: allowed({ admin: true, outsider: true }),
      unarchive: allowed({}),
    },
    archivedInGroup: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
      update: allowed({}),
      archive: allowed({}),
      unarchive: allowed({ admin: true, coordinator: true }),
    },
  };
  for (const [name, institution] of Object.entries(cases) as [keyof typeof cases, (typeof cases)[keyof typeof cases]][]) {
    for (const action of institutionActions) {
      it(`${name} institution: ${action}`, () => {
        const got = Object.fromEntries(everyone.map((w) => [w, canInstitution(actor(w), action, institution)]));
        expect(got).toEqual(expected[name][action]);
      });
    }
  }

  it("a coordinator of an archived group loses the powers that group gave", () => {
    const a = actor("coordinator", true);
    expect(canInstitution(a, "update", cases.theirsInGroup)).toBe(false);
    expect(canInstitution(a, "archive", cases.theirsInGroup)).toBe(false);
  });
});

describe("person permissions", () => {
  const cases = {
    self: (w: Who) => ({ id: `u-${w}`, institutionId: INST, groupIds: [G] }),
    inGroup: () => ({ id: "p-in-group", institutionId: "inst-b", groupIds: [G] }),
    elsewhere: () => ({ id: "p-elsewhere", institutionId: "inst-d", groupIds: [OTHER] }),
  };
  const expected: Record<keyof typeof cases, Record<PersonAction, Record<Who, boolean>>> = {
    self: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
      update: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
      archive: allowed({}),
    },
    inGroup: {
      view: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true }),
      update: allowed({ admin: true, coordinator: true }),
      archive: allowed({ admin: true, coordinator: true }),
    },
    elsewhere: {
      view: allowed({ admin: true, outsider: true }),
      update: allowed({ admin: true, outsider: true }),
      archive: allowed({ admin: true, outsider: true }),
    },
  };
  for (const name of Object.keys(cases) as (keyof typeof cases)[]) {
    for (const action of personActions) {
      it(`${name}: ${action}`, () => {
        const got = Object.fromEntries(everyone.map((w) => [w, canPerson(actor(w), action, cases[name](w))]));
        expect(got).toEqual(expected[name][action]);
      });
    }
  }
});

describe("installation-wide permissions", () => {
  const expected: Record<SystemAction, Record<Who, boolean>> = {
    viewDirectory: allowed({ admin: true, coordinator: true, member: true, reviewer: true, observer: true, outsider: true }),
    createGroup: allowed({ admin: true, coordinator: true, outsider: true }),
    createInstitution: allowed({ admin: true, coordinator: true, outsider: true }),
    viewOutbox: allowed({ admin: true, coordinator: true, outsider: true }),
  };
  for (const action of systemActions) {
    it(action, () => {
      expect(Object.fromEntries(everyone.map((w) => [w, canSystem(actor(w), action)]))).toEqual(expected[action]);
    });
  }

  it("coordinating only archived groups grants nothing installation-wide", () => {
    const a = actor("coordinator", true);
    for (const action of ["createGroup", "createInstitution", "viewOutbox"] as const) expect(canSystem(a, action)).toBe(false);
  });
});

describe("document permissions", () => {
  const base: DocumentRef = { groupId: G, groupArchived: false, archived: false, frozen: false, createdById: "u-other" };
  const cases: Record<string, DocumentRef> = {
    active: base,
    ownDocument: { ...base, createdById: "u-member" },
    frozen: { ...base, frozen: true },
    archived: { ...base, archived: true },
    inArchivedGroup: { ...base, groupArchived: true },
    otherGroup: { ...base, groupId: OTHER },
  };
  const readers = { coordinator: true, member: true, reviewer: true, observer: true } as const;
  const expected: Record<keyof typeof cases, Record<DocumentAction, Record<Who, boolean>>> = {
    active: {
      view: allowed(readers),
      create: allowed({ coordinator: true, member: true }),
      edit: allowed({ coordinator: true, member: true }),
      comment: allowed({ coordinator: true, member: true, reviewer: true }),
      moderateComments: allowed({ coordinator: true }),
      nameVersion: allowed({ coordinator: true, member: true }),
      restoreVersion: allowed({ coordinator: true, member: true }),
      export: allowed(readers),
      archive: allowed({ coordinator: true }),
    },
    ownDocument: {
      view: allowed(readers),
      create: allowed({ coordinator: true, member: true }),
      edit: allowed({ coordinator: true, member: true }),
      comment: allowed({ coordinator: true, member: true, reviewer: true }),
      moderateComments: allowed({ coordinator: true, member: true }),
      nameVersion: allowed({ coordinator: true, member: true }),
      restoreVersion: allowed({ coordinator: true, member: true }),
      export: allowed(readers),
      archive: allowed({ coordinator: true, member: true }),
    },
    frozen: {
      view: allowed(readers),
      create: allowed({ coordinator: true, member: true }),
      edit: allowed({}),
      comment: allowed({ coordinator: true, member: true, reviewer: true }),
      moderateComments: allowed({ coordinator: true }),
      nameVersion: allowed({ coordinator: true, member: true }),
      restoreVersion: allowed({}),
      export: allowed(readers),
      archive: allowed({ coordinator: true }),
    },
    archived: {
      view: allowed(readers),
      create: allowed({ coordinator: true, member: true }),
      edit: allowed({}),
      comment: allowed({}),
      moderateComments: allowed({}),
      nameVersion: allowed({}),
      restoreVersion: allowed({}),
      export: allowed(readers),
      archive: allowed({}),
    },
    inArchivedGroup: {
      view: allowed(readers),
      create: allowed({}),
      edit: allowed({}),
      comment: allowed({}),
      moderateComments: allowed({}),
      nameVersion: allowed({}),
      restoreVersion: allowed({}),
      export: allowed(readers),
      archive: allowed({}),
    },
    otherGroup: {
      view: allowed({ outsider: true }),
      create: allowed({ outsider: true }),
      edit: allowed({ outsider: true }),
      comment: allowed({ outsider: true }),
      moderateComments: allowed({ outsider: true }),
      nameVersion: allowed({ outsider: true }),
      restoreVersion: allowed({ outsider: true }),
      export: allowed({ outsider: true }),
      archive: allowed({ outsider: true }),
    },
  };
  for (const [name, doc] of Object.entries(cases)) {
    for (const action of documentActions) {
      it(`${name} document: ${action}`, () => {
        const got = Object.fromEntries(everyone.map((w) => [w, canDocument(actor(w, doc.groupArchived), action, doc)]));
        expect(got).toEqual(expected[name]![action]);
      });
    }
  }
});

describe("agreed action permissions", () => {
  const readers = { coordinator: true, member: true, reviewer: true, observer: true } as const;
  // Every actor in the matrix belongs to INST except the outsider.
  const cases: Record<string, AgreedActionRef> = {
    ownInstitution: { groupId: G, groupArchived: false, ownerInstitutionId: INST },
    otherInstitution: { groupId: G, groupArchived: false, ownerInstitutionId: "inst-b" },
    newAction: { groupId: G, groupArchived: false, ownerInstitutionId: null },
    archivedGroup: { groupId: G, groupArchived: true, ownerInstitutionId: INST },
  };
  const expected: Record<keyof typeof cases, Record<AgreedActionAction, Record<Who, boolean>>> = {
    ownInstitution: {
      view: allowed(readers),
      create: allowed({ coordinator: true, member: true }),
      update: allowed({ coordinator: true, member: true }),
      postUpdate: allowed({ coordinator: true, member: true }),
      bulkEdit: allowed({ coordinator: true }),
    },
    otherInstitution: {
      view: allowed(readers),
      create: allowed({ coordinator: true, member: true }),
      update: allowed({ coordinator: true }),
      postUpdate: allowed({ coordinator: true }),
      bulkEdit: allowed({ coordinator: true }),
    },
    newAction: {
      view: allowed(readers),
      create: allowed({ coordinator: true, member: true }),
      update: allowed({ coordinator: true }),
      postUpdate: allowed({ coordinator: true }),
      bulkEdit: allowed({ coordinator: true }),
    },
    archivedGroup: {
      view: allowed(readers),
      create: allowed({}),
      update: allowed({}),
      postUpdate: allowed({}),
      bulkEdit: allowed({}),
    },
  };
  for (const [name, ref] of Object.entries(cases)) {
    for (const action of agreedActionActions) {
      it(`${name}: ${action}`, () => {
        const got = Object.fromEntries(everyone.map((w) => [w, canAgreedAction(actor(w, ref.groupArchived), action, ref)]));
        expect(got).toEqual(expected[name]![action]);
      });
    }
  }

  it("contributions: coordinators for any institution, members for their own only", () => {
    const own = { groupId: G, groupArchived: false, institutionId: INST };
    const other = { ...own, institutionId: "inst-b" };
    const got = (ref: typeof own) => Object.fromEntries(everyone.map((w) => [w, canContribute(actor(w, ref.groupArchived), ref)]));
    expect(got(own)).toEqual(allowed({ coordinator: true, member: true }));
    expect(got(other)).toEqual(allowed({ coordinator: true }));
    expect(got({ ...own, groupArchived: true })).toEqual(allowed({}));
  });
});
