import { describe, expect, it } from "vitest";
import { canCommentThread } from "@/lib/comments/permissions";
import type { Actor, DocumentRef } from "@/lib/permissions/ability";
import type { GroupRole } from "@/lib/generated/prisma/enums";

const doc: DocumentRef = { groupId: "g1", groupArchived: false, archived: false, frozen: false, createdById: "author-of-doc" };

function actor(id: string, role: GroupRole | null): Actor {
  return { id, isAdmin: false, institutionId: null, archived: false, memberships: role ? { g1: { role, groupArchived: false } } : {} };
}

describe("canCommentThread", () => {
  it.each([
    ["COORDINATOR", true],
    ["MEMBER", true],
    ["REVIEWER", true],
    ["OBSERVER", false],
  ] as const)("a %s may reply: %s", (role, allowed) => {
    expect(canCommentThread(actor("x", role), "reply", doc, { createdById: "someone" })).toBe(allowed);
  });

  it("lets the thread's author resolve and reopen it, even as a reviewer", () => {
    const reviewer = actor("rev", "REVIEWER");
    expect(canCommentThread(reviewer, "resolve", doc, { createdById: "rev" })).toBe(true);
    expect(canCommentThread(reviewer, "reopen", doc, { createdById: "rev" })).toBe(true);
    expect(canCommentThread(reviewer, "resolve", doc, { createdById: "someone" })).toBe(false);
  });

  it("lets moderators resolve anyone's thread: coordinators, and members on their own documents", () => {
    expect(canCommentThread(actor("c", "COORDINATOR"), "resolve", doc, { createdById: "someone" })).toBe(true);
    expect(canCommentThread(actor("m", "MEMBER"), "resolve", doc, { createdById: "someone" })).toBe(false);
    expect(canCommentThread(actor("author-of-doc", "MEMBER"), "resolve", doc, { createdById: "someone" })).toBe(true);
  });

  it("refuses everything on archived documents and to people outside the group", () => {
    const archived = { ...doc, archived: true };
    expect(canCommentThread(actor("c", "COORDINATOR"), "reply", archived, { createdById: "c" })).toBe(false);
    expect(canCommentThread(actor("c", "COORDINATOR"), "resolve", archived, { createdById: "c" })).toBe(false);
    expect(canCommentThread(actor("x", null), "reply", doc, { createdById: "x" })).toBe(false);
  });

  it("still allows comments on an approved (frozen) document", () => {
    expect(canCommentThread(actor("rev", "REVIEWER"), "reply", { ...doc, frozen: true }, { createdById: null })).toBe(true);
  });
});
