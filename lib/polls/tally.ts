// Totals for the answer table: per slot (yes / if need be), per slot the institutions with at
// least one "yes", and the best slot (most yes, then most if-need-be, then the earliest).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { PollAnswerValue } from "@/lib/generated/prisma/enums";

export type TallyAnswer = { slotId: string; userId: string; value: PollAnswerValue };
export type TallySlot = { id: string; startsAt: Date };
export type SlotTotals = { yes: number; ifNeedBe: number; no: number; institutionsWithYes: number };

export function tallyPoll(
  slots: TallySlot[],
  answers: TallyAnswer[],
  institutionOf: (userId: string) => string | null,
): { totals: Record<string, SlotTotals>; bestSlotId: string | null } {
  const totals: Record<string, SlotTotals> = {};
  const yesInstitutions: Record<string, Set<string>> = {};
  for (const slot of slots) {
    totals[slot.id] = { yes: 0, ifNeedBe: 0, no: 0, institutionsWithYes: 0 };
    yesInstitutions[slot.id] = new Set();
  }
  for (const answer of answers) {
    const total = totals[answer.slotId];
    if (!total) continue;
    if (answer.value === "YES") {
      total.yes++;
      const institutionId = institutionOf(answer.userId);
      // People without an institution still count as a "yes", but not as an institution.
      if (institutionId) yesInstitutions[answer.slotId]?.add(institutionId);
    } else if (answer.value === "IF_NEED_BE") total.ifNeedBe++;
    else total.no++;
  }
  for (const slot of slots) {
    const total = totals[slot.id];
    if (total) total.institutionsWithYes = yesInstitutions[slot.id]?.size ?? 0;
  }

  let bestSlotId: string | null = null;
  let best: SlotTotals | null = null;
  const ordered = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const slot of ordered) {
    const total = totals[slot.id]!;
    if (total.yes === 0 && total.ifNeedBe === 0) continue;
    if (!best || total.yes > best.yes || (total.yes === best.yes && total.ifNeedBe > best.ifNeedBe)) {
      best = total;
      bestSlotId = slot.id;
    }
  }
  return { totals, bestSlotId };
}

/** Whether answers are still accepted: open and before the deadline. */
export function isPollAnswerable(poll: { status: string; deadline: Date | null }, now: Date): boolean {
  return poll.status === "OPEN" && (!poll.deadline || poll.deadline.getTime() > now.getTime());
}

/** The reminder guard key: one reminder per person per poll per calendar day in the group's zone. */
export function pollReminderKey(pollId: string, userId: string, now: Date, timeZone = "Europe/Warsaw"): string {
  return `poll-reminder:${pollId}:${userId}:${format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd")}`;
}
