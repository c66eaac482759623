"use server";
// Server actions for meeting invitations: session → zod → permission → mutation.
import { canGroup } from "@/lib/permissions/ability";
import { defineAction } from "@/lib/safe-action/server";
import { isMeetingInvitee, loadMeetingGroup } from "@/lib/meeting-invitations/data";
import { inviteToMeeting, removeInvitee, respondToMeeting } from "@/lib/meeting-invitations/mutations";
import { inviteToMeetingSchema, removeInviteeSchema, respondToMeetingSchema } from "@/lib/meeting-invitations/schema";

export const inviteToMeetingAction = defineAction({
  name: "meetingInvitation.invite",
  input: inviteToMeetingSchema,
  authorize: async ({ current, input }) => {
    const group = await loadMeetingGroup(input.meetingId);
    return !!group && canGroup(current.actor, "manageMeetings", group);
  },
  run: ({ input }) => inviteToMeeting(input),
});

export const removeInviteeAction = defineAction({
  name: "meetingInvitation.remove",
  input: removeInviteeSchema,
  authorize: async ({ current, input }) => {
    const group = await loadMeetingGroup(input.meetingId);
    return !!group && canGroup(current.actor, "manageMeetings", group);
  },
  run: async ({ input }) => {
    await removeInvitee(input.meetingId, input.inviteeId);
    return null;
  },
});

/** Each invitee answers only for themselves; observers and people not invited are refused. */
export const respondToMeetingAction = defineAction({
  name: "meetingInvitation.respond",
  input: respondToMeetingSchema,
  authorize: async ({ current, input }) => {
    const group = await loadMeetingGroup(input.meetingId);
    if (!group || !canGroup(current.actor, "respond", group)) return false;
    return isMeetingInvitee(input.meetingId, current.user.id);
  },
  run: async ({ current, input }) => {
    await respondToMeeting(current.user.id, input);
    return null;
  },
});
