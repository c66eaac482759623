"use server";
import { getRealtime } from "@/lib/realtime/registry";
import { leaveGroupRoom } from "@/server/realtime/publish";
import { applyCollabRole, makeCollabGroupReadOnly } from "@/server/collab/revoke";
import { cookies } from "next/headers";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/safe-action/server";
import { canGroup, canSystem, type GroupAction } from "@/lib/permissions/ability";
import { GROUP_COOKIE } from "@/lib/groups/current-group";
import { loadGroupRef } from "@/lib/groups/data";
import {
  addGroupInstitution,
  addGroupMember,
  archiveGroup,
  changeMemberRole,
  changePartnerRole,
  createGroup,
  removeGroupInstitution,
  removeGroupMember,
  unarchiveGroup,
  updateGroup,
} from "@/lib/groups/mutations";
import {
  addGroupInstitutionSchema,
  addGroupMemberSchema,
  changeMemberRoleSchema,
  changePartnerRoleSchema,
  createGroupSchema,
  groupIdSchema,
  removeGroupInstitutionSchema,
  removeGroupMemberSchema,
  updateGroupSchema,
} from "@/lib/groups/schema";

/**
 * canGroup against the group as stored. People outside the group are refused before we
 * even look it up; a coordinator touching an archived group is told why, not just "no".
 */
async function authorizeGroup(current: CurrentUser, groupId: string, action: GroupAction): Promise<boolean> {
  const { actor } = current;
  if (!actor.isAdmin && !actor.memberships[groupId]) return false;
  const group = await loadGroupRef(groupId);
  if (!group) throw new AppError("NOT_FOUND");
  if (canGroup(actor, action, group)) return true;
  if (group.archived && action !== "view" && canGroup(actor, "unarchive", group)) {
    throw new AppError("FORBIDDEN", { messageKey: "GROUP_ARCHIVED" });
  }
  return false;
}

export const createGroupAction = defineAction({
  name: "group.create",
  input: createGroupSchema,
  authorize: ({ current }) => canSystem(current.actor, "createGroup"),
  run: async ({ current, input }) => {
    const group = await createGroup({ id: current.user.id, institutionId: current.user.institutionId }, input);
    return { id: group.id };
  },
});

export const updateGroupAction = defineAction({
  name: "group.update",
  input: updateGroupSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "update"),
  run: async ({ input: { groupId, ...fields } }) => {
    await updateGroup(groupId, fields);
    return { id: groupId };
  },
});

export const archiveGroupAction = defineAction({
  name: "group.archive",
  input: groupIdSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "archive"),
  run: async ({ input }) => {
    await archiveGroup(input.groupId);
    // Open documents of the group turn read-only at once (all processes).
    const io = getRealtime();
    if (io) makeCollabGroupReadOnly(io, input.groupId);
    return { id: input.groupId };
  },
});

export const unarchiveGroupAction = defineAction({
  name: "group.unarchive",
  input: groupIdSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "unarchive"),
  run: async ({ input }) => {
    await unarchiveGroup(input.groupId);
    return { id: input.groupId };
  },
});

export const addGroupInstitutionAction = defineAction({
  name: "group.addInstitution",
  input: addGroupInstitutionSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "manageMembers"),
  run: async ({ input }) => {
    await addGroupInstitution(input.groupId, input.institutionId, input.partnerRole);
    return { institutionId: input.institutionId };
  },
});

export const changePartnerRoleAction = defineAction({
  name: "group.changePartnerRole",
  input: changePartnerRoleSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "manageMembers"),
  run: async ({ input }) => {
    await changePartnerRole(input.groupId, input.institutionId, input.partnerRole);
    return { institutionId: input.institutionId };
  },
});

export const removeGroupInstitutionAction = defineAction({
  name: "group.removeInstitution",
  input: removeGroupInstitutionSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "manageMembers"),
  run: async ({ input }) => {
    await removeGroupInstitution(input.groupId, input.institutionId);
    return { institutionId: input.institutionId };
  },
});

export const addGroupMemberAction = defineAction({
  name: "group.addMember",
  input: addGroupMemberSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "manageMembers"),
  run: async ({ current, input }) => {
    await addGroupMember(current.actor, input.groupId, input.userId, input.role);
    return { userId: input.userId };
  },
});

export const changeMemberRoleAction = defineAction({
  name: "group.changeMemberRole",
  input: changeMemberRoleSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "manageMembers"),
  run: async ({ input }) => {
    await changeMemberRole(input.groupId, input.userId, input.role);
    // A reviewer or observer stops editing the group's open documents at once.
    const io = getRealtime();
    if (io) applyCollabRole(io, input.groupId, input.userId, input.role);
    return { userId: input.userId };
  },
});

export const removeGroupMemberAction = defineAction({
  name: "group.removeMember",
  input: removeGroupMemberSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "manageMembers"),
  run: async ({ current, input }) => {
    await removeGroupMember(input.groupId, input.userId);
    // After the commit: their open sockets stop receiving the group's live events and their
    // open documents of the group close (all processes).
    const io = getRealtime();
    if (io) leaveGroupRoom(io, input.userId, input.groupId);
    // The page sends a coordinator who removed themselves back to their list of groups.
    return { userId: input.userId, removedSelf: input.userId === current.user.id };
  },
});

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

export const switchGroupAction = defineAction({
  name: "group.switch",
  input: groupIdSchema,
  authorize: ({ current, input }) => authorizeGroup(current, input.groupId, "view"),
  run: async ({ input }) => {
    (await cookies()).set(GROUP_COOKIE, input.groupId, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
      secure: process.env.NODE_ENV === "production",
    });
    return { groupId: input.groupId };
  },
});

/** Remembers the group the user works in (the group switcher calls this). */
export async function switchGroup(groupId: string) {
  return switchGroupAction({ groupId });
}
