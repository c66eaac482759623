"use server";
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { canGroup, type Actor, type GroupAction } from "@/lib/permissions/ability";
import { loadGroupRef, loadPollRef } from "@/lib/polls/data";
import {
  closePoll,
  createPoll,
  reopenPoll,
  savePollAnswers,
  schedulePollMeeting,
  sendPollReminders,
} from "@/lib/polls/mutations";
import { answerPollSchema, createPollSchema, pollIdSchema, schedulePollSchema } from "@/lib/polls/schema";

/** Authorises by the poll's own group, loaded from the database (never from the client). */
async function mayPoll(actor: Actor, action: GroupAction, pollId: string): Promise<boolean> {
  const ref = await loadPollRef(pollId);
  if (!ref || !canGroup(actor, "view", ref.group)) throw new AppError("NOT_FOUND");
  return canGroup(actor, action, ref.group);
}

export const createPollAction = defineAction({
  name: "poll.create",
  input: createPollSchema,
  authorize: async ({ current, input }) => {
    const group = await loadGroupRef(input.groupId);
    if (!group || !canGroup(current.actor, "view", group)) throw new AppError("NOT_FOUND");
    return canGroup(current.actor, "manageMeetings", group);
  },
  run: async ({ current, input }) => {
    const poll = await createPoll(input, { createdById: current.user.id, timeZone: current.user.timeZone });
    return { id: poll.id };
  },
});

export const answerPollAction = defineAction({
  name: "poll.answer",
  input: answerPollSchema,
  authorize: ({ current, input }) => mayPoll(current.actor, "respond", input.pollId),
  // Always for the signed-in person: there is no way to answer for someone else.
  run: ({ current, input }) => savePollAnswers(input.pollId, current.user.id, input.answers),
});

export const closePollAction = defineAction({
  name: "poll.close",
  input: pollIdSchema,
  authorize: ({ current, input }) => mayPoll(current.actor, "manageMeetings", input.pollId),
  run: ({ input }) => closePoll(input.pollId),
});

export const reopenPollAction = defineAction({
  name: "poll.reopen",
  input: pollIdSchema,
  authorize: ({ current, input }) => mayPoll(current.actor, "manageMeetings", input.pollId),
  run: ({ input }) => reopenPoll(input.pollId),
});

export const schedulePollAction = defineAction({
  name: "poll.schedule",
  input: schedulePollSchema,
  authorize: ({ current, input }) => mayPoll(current.actor, "manageMeetings", input.pollId),
  run: ({ current, input }) =>
    schedulePollMeeting(input.pollId, input.slotId, { userId: current.user.id, institutionId: current.user.institutionId }),
});

export const remindPollAction = defineAction({
  name: "poll.remind",
  input: pollIdSchema,
  authorize: ({ current, input }) => mayPoll(current.actor, "manageMeetings", input.pollId),
  run: ({ input }) => sendPollReminders(input.pollId),
});
