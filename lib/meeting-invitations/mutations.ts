import "server-only";
// Writes for meeting invitations: inviting (whole institutions expand to their people in the
// group), removing, each invitee's own answer, and the e-mails that go with them.
// E-mails are written in the same transaction as the change (sendMail({ tx })): nothing is mailed
// for a change that rolled back, and SMTP delivery starts only after the commit.
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isLocale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/send-mail";
import { calendarMeetingSelect, type CalendarMeeting } from "@/lib/calendar-feed/meeting-event";
import { meetingIcsAttachment } from "@/lib/calendar-feed/ics-files";
import { renderMeetingMail, type MeetingMailKind } from "@/lib/meeting-invitations/mail";
import type { InviteToMeetingInput, RespondToMeetingInput } from "@/lib/meeting-invitations/schema";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";

/** Invitations and answers change only while the meeting is still ahead (or running). */
const OPEN_STATUSES: MeetingStatus[] = ["DRAFT", "SCHEDULED", "IN_PROGRESS"];
/** A draft is not announced yet: its invitees are mailed once it is scheduled (notifyMeetingChanged). */
const MAILED_STATUSES: MeetingStatus[] = ["SCHEDULED", "IN_PROGRESS"];

export type MailRecipient = { id: string; name: string; email: string; locale: string; timeZone: string };
const recipientSelect = { id: true, name: true, email: true, locale: true, timeZone: true } as const;

async function loadOpenMeeting(tx: Tx, meetingId: string) {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: { ...calendarMeetingSelect, groupId: true } });
  if (!meeting) throw new AppError("NOT_FOUND");
  if (!OPEN_STATUSES.includes(meeting.status)) throw new AppError("CONFLICT", { messageKey: "MEETING_CLOSED_FOR_ANSWERS" });
  return meeting;
}

/** Writes one meeting e-mail (with the .ics for REQUEST/CANCEL kinds) inside `tx`. */
export async function sendMeetingMail(tx: Tx, kind: MeetingMailKind, meeting: CalendarMeeting, to: MailRecipient) {
  const locale = isLocale(to.locale) ? to.locale : "pl";
  const { subject, text } = renderMeetingMail(kind, meeting, { name: to.name, locale, timeZone: to.timeZone });
  const method = kind === "cancellation" ? "CANCEL" : "REQUEST";
  const attachments = kind === "invitation" || kind === "update" || kind === "cancellation" ? [meetingIcsAttachment(meeting, method)] : [];
  return sendMail({ to: to.email, subject, text, kind: `meeting-${kind}`, attachments }, { tx });
}

/**
 * Invites institutions (all their people holding a role in the meeting's group) and persons of
 * the group. Already invited people are left as they are; only new invitees get an e-mail.
 * Persons outside the group are ignored: the invite form offers only people of the group.
 */
export async function inviteToMeeting(input: InviteToMeetingInput, tx?: Tx): Promise<{ invited: number }> {
  const run = async (t: Tx) => {
    const meeting = await loadOpenMeeting(t, input.meetingId);
    const members = await t.groupMember.findMany({
      where: {
        groupId: meeting.groupId,
        user: { archivedAt: null },
        OR: [{ userId: { in: input.userIds } }, { user: { institutionId: { in: input.institutionIds } } }],
      },
      select: { user: { select: { ...recipientSelect, institutionId: true } } },
    });
    const existing = new Set(
      (await t.meetingInvitee.findMany({ where: { meetingId: meeting.id }, select: { userId: true } })).map((i) => i.userId),
    );
    const fresh = members.map((m) => m.user).filter((u) => !existing.has(u.id));
    if (fresh.length === 0) return { invited: 0 };
    const personal = new Set(input.userIds);
    const institutions = new Set(input.institutionIds);
    await t.meetingInvitee.createMany({
      data: fresh.map((u) => ({
        meetingId: meeting.id,
        userId: u.id,
        // Picked by name wins over "came with the institution": removing the institution later
        // should not silently drop someone the coordinator chose personally.
        viaInstitutionId: !personal.has(u.id) && u.institutionId && institutions.has(u.institutionId) ? u.institutionId : null,
      })),
      skipDuplicates: true,
    });
    if (MAILED_STATUSES.includes(meeting.status)) {
      for (const user of fresh) await sendMeetingMail(t, "invitation", meeting, user);
    }
    return { invited: fresh.length };
  };
  return tx ? run(tx) : db.$transaction(run);
}

export async function removeInvitee(meetingId: string, inviteeId: string, tx: Tx = db): Promise<void> {
  const { count } = await tx.meetingInvitee.deleteMany({ where: { id: inviteeId, meetingId } });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/**
 * The invitee's own answer. A substitute must be another, active person of the SAME institution
 * who holds a role in the meeting's group; anyone else is refused with a translated message.
 */
export async function respondToMeeting(userId: string, input: RespondToMeetingInput, tx?: Tx) {
  const run = async (t: Tx) => {
    const meeting = await loadOpenMeeting(t, input.meetingId);
    const invitee = await t.meetingInvitee.findUnique({
      where: { meetingId_userId: { meetingId: meeting.id, userId } },
      select: { id: true, user: { select: { institutionId: true } } },
    });
    if (!invitee) throw new AppError("FORBIDDEN");
    if (input.substituteUserId) {
      const institutionId = invitee.user.institutionId;
      const substitute =
        institutionId && input.substituteUserId !== userId
          ? await t.user.findFirst({
              where: {
                id: input.substituteUserId,
                institutionId,
                archivedAt: null,
                memberships: { some: { groupId: meeting.groupId } },
              },
              select: { id: true },
            })
          : null;
      if (!substitute) throw new AppError("VALIDATION", { messageKey: "SUBSTITUTE_NOT_ALLOWED" });
    }
    return t.meetingInvitee.update({
      where: { id: invitee.id },
      data: {
        response: input.response,
        comment: input.comment,
        substituteUserId: input.substituteUserId,
        respondedAt: new Date(),
      },
    });
  };
  return tx ? run(tx) : db.$transaction(run);
}
