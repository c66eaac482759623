"use server";
// Server actions for invitations: session → zod → permission → mutation (lib/safe-action/server.ts).
import { getLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { acceptInvitationSchema, createInvitationSchema, invitationIdSchema } from "@/lib/invitations/schema";
import { loadGroupRef, loadInvitationGroup } from "@/lib/invitations/data";
import { acceptInvitation, createInvitation, resendInvitation, revokeInvitation } from "@/lib/invitations/mutations";
import { canGroup } from "@/lib/permissions/ability";
import { defineAction, definePublicAction } from "@/lib/safe-action/server";

export const createInvitationAction = defineAction({
  name: "invitation.create",
  input: createInvitationSchema,
  authorize: async ({ current, input }) => {
    const group = await loadGroupRef(input.groupId);
    return !!group && canGroup(current.actor, "invite", group);
  },
  run: ({ current, input }) => createInvitation(current.user, input),
});

export const resendInvitationAction = defineAction({
  name: "invitation.resend",
  input: invitationIdSchema,
  authorize: async ({ current, input }) => {
    const group = await loadInvitationGroup(input.id);
    return !!group && canGroup(current.actor, "invite", group);
  },
  run: ({ current, input }) => resendInvitation(current.user, input.id),
});

export const revokeInvitationAction = defineAction({
  name: "invitation.revoke",
  input: invitationIdSchema,
  authorize: async ({ current, input }) => {
    const group = await loadInvitationGroup(input.id);
    return !!group && canGroup(current.actor, "invite", group);
  },
  run: ({ input }) => revokeInvitation(input.id),
});

/** Public: the invitee has no session yet; the token in the link is the authorisation. */
export const acceptInvitationAction = definePublicAction({
  name: "invitation.accept",
  input: acceptInvitationSchema,
  run: async ({ input }) => {
    // The new account keeps the language the person read the invitation page in.
    const locale = await getLocale();
    return acceptInvitation(input, { locale: isLocale(locale) ? locale : "pl" });
  },
});
