"use server";
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { canGroup, type Actor } from "@/lib/permissions/ability";
import { loadGroupRef, loadMeetingRef } from "@/lib/meetings/data";
import { cancelMeeting, createMeeting, transitionMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { notifyMeetingCancelled, notifyMeetingChanged } from "@/lib/meeting-invitations/notifications";
import { takeMeetingEndVersion } from "@/lib/documents/versions";
import { cancelMeetingSchema, createMeetingSchema, transitionMeetingSchema, updateMeetingSchema } from "@/lib/meetings/schema";

/** A meeting outside the actor's groups does not exist for them (NOT_FOUND, not FORBIDDEN). */
async function mayManageMeeting(actor: Actor, meetingId: string): Promise<boolean> {
  const ref = await loadMeetingRef(meetingId);
  if (!ref || !canGroup(actor, "view", ref.group)) throw new AppError("NOT_FOUND");
  return canGroup(actor, "manageMeetings", ref.group);
}

export const createMeetingAction = defineAction({
  name: "meeting.create",
  input: createMeetingSchema,
  authorize: async ({ current, input }) => {
    const group = await loadGroupRef(input.groupId);
    if (!group || !canGroup(current.actor, "view", group)) return false;
    return canGroup(current.actor, "manageMeetings", group);
  },
  run: async ({ current, input }) => {
    const result = await createMeeting(input, { timeZone: current.user.timeZone, createdById: current.user.id });
    return { id: result.meeting.id, seriesId: result.seriesId, occurrences: result.occurrences };
  },
});

export const updateMeetingAction = defineAction({
  name: "meeting.update",
  input: updateMeetingSchema,
  authorize: ({ current, input }) => mayManageMeeting(current.actor, input.id),
  run: async ({ current, input: { id, ...fields } }) => {
    const result = await updateMeeting(id, fields, { timeZone: current.user.timeZone });
    // After the commit: invitees get the new version (METHOD:REQUEST with the bumped SEQUENCE).
    if (result.calendarChanged) await notifyMeetingChanged(id);
    return { id, calendarChanged: result.calendarChanged };
  },
});

export const transitionMeetingAction = defineAction({
  name: "meeting.transition",
  input: transitionMeetingSchema,
  authorize: ({ current, input }) => mayManageMeeting(current.actor, input.id),
  run: async ({ current, input }) => {
    const result = await transitionMeeting(input.id, input.to);
    // The minutes as they stood when the meeting ended (after the commit; never fails the end).
    if (result.meeting.status === "HELD") await takeMeetingEndVersion(input.id, current.user.id);
    // Publishing a draft announces it to those already invited.
    if (result.calendarChanged) await notifyMeetingChanged(input.id);
    return { id: input.id, status: result.meeting.status };
  },
});

export const cancelMeetingAction = defineAction({
  name: "meeting.cancel",
  input: cancelMeetingSchema,
  authorize: ({ current, input }) => mayManageMeeting(current.actor, input.id),
  run: async ({ input }) => {
    const result = await cancelMeeting(input.id, input.reason);
    await notifyMeetingCancelled(input.id);
    return { id: input.id, status: result.meeting.status };
  },
});
