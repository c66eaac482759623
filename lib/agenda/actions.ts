"use server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { canGroup, type GroupRef } from "@/lib/permissions/ability";
import { defineAction } from "@/lib/safe-action/server";
import { loadAgendaItemGroupRef, loadMeetingGroupRef } from "@/lib/agenda/data";
import {
  createAgendaItem,
  deleteAgendaItem,
  moveAgendaItemToNextMeeting,
  reorderAgenda,
  setAgendaItemStatus,
  updateAgendaItem,
} from "@/lib/agenda/mutations";
import {
  agendaItemIdSchema,
  createAgendaItemSchema,
  reorderAgendaSchema,
  setAgendaItemStatusSchema,
  updateAgendaItemSchema,
} from "@/lib/agenda/schema";

/** Only coordinators (and admins) of the meeting's group change its agenda. */
function mayManage(current: CurrentUser, group: GroupRef | null): boolean {
  if (!group) throw new AppError("NOT_FOUND");
  if (!current.actor.isAdmin && !current.actor.memberships[group.id]) throw new AppError("NOT_FOUND");
  return canGroup(current.actor, "manageMeetings", group);
}

export const createAgendaItemAction = defineAction({
  name: "agenda.create",
  input: createAgendaItemSchema,
  authorize: async ({ current, input }) => mayManage(current, await loadMeetingGroupRef(input.meetingId)),
  run: ({ input }) => createAgendaItem(input),
});

export const updateAgendaItemAction = defineAction({
  name: "agenda.update",
  input: updateAgendaItemSchema,
  authorize: async ({ current, input }) => mayManage(current, await loadAgendaItemGroupRef(input.itemId)),
  run: ({ input }) => updateAgendaItem(input),
});

export const deleteAgendaItemAction = defineAction({
  name: "agenda.delete",
  input: agendaItemIdSchema,
  authorize: async ({ current, input }) => mayManage(current, await loadAgendaItemGroupRef(input.itemId)),
  run: ({ input }) => deleteAgendaItem(input.itemId),
});

export const reorderAgendaAction = defineAction({
  name: "agenda.reorder",
  input: reorderAgendaSchema,
  authorize: async ({ current, input }) => mayManage(current, await loadMeetingGroupRef(input.meetingId)),
  run: ({ input }) => reorderAgenda(input.meetingId, input.itemIds),
});

export const setAgendaItemStatusAction = defineAction({
  name: "agenda.setStatus",
  input: setAgendaItemStatusSchema,
  authorize: async ({ current, input }) => mayManage(current, await loadAgendaItemGroupRef(input.itemId)),
  run: ({ input }) => setAgendaItemStatus(input.itemId, input.status),
});

export const moveAgendaItemToNextMeetingAction = defineAction({
  name: "agenda.moveToNext",
  input: agendaItemIdSchema,
  authorize: async ({ current, input }) => mayManage(current, await loadAgendaItemGroupRef(input.itemId)),
  run: ({ input }) => moveAgendaItemToNextMeeting(input.itemId),
});
