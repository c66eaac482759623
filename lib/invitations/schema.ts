// Input schemas for invitations: the coordinator's form, row actions, and the public accept form.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { groupRoles } from "@/lib/people/schema";
import { invitationStatuses } from "@/lib/invitations/status";

const id = z.string().trim().min(1).max(64);
const name = z.string().trim().min(1).max(200);
const email = z.string().trim().toLowerCase().min(1).max(320).email();

export const createInvitationSchema = z.object({
  groupId: id,
  name,
  email,
  institutionId: id,
  role: z.enum(groupRoles).default("MEMBER"),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const invitationIdSchema = z.object({ id });
export type InvitationIdInput = z.infer<typeof invitationIdSchema>;

export const acceptInvitationSchema = z
  .object({
    token: z.string().trim().min(1).max(200),
    name,
    password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
    repeatPassword: z.string().max(PASSWORD_MAX_LENGTH),
    // Consent to processing personal data (RODO/GDPR art. 6(1)(a)) must be an explicit tick.
    consent: z.union([z.boolean(), z.literal("on")]).refine((v) => v === true || v === "on", { message: "required" }),
  })
  .refine((v) => v.password === v.repeatPassword, { message: "passwordsDiffer", path: ["repeatPassword"] });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const invitationSorts = ["name", "createdAt", "expiresAt"] as const;
export type InvitationSort = (typeof invitationSorts)[number];

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** The /invitations list state from the URL; anything unknown falls back to the default. */
export const invitationListQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(200).catch("")).default(""),
  status: z.preprocess(first, z.enum(["all", ...invitationStatuses]).catch("all")).default("all"),
  sort: z.preprocess(first, z.enum(invitationSorts).catch("createdAt")).default("createdAt"),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).catch("desc")).default("desc"),
});
export type InvitationListQuery = z.infer<typeof invitationListQuerySchema>;

export function parseInvitationListQuery(searchParams: Record<string, string | string[] | undefined>): InvitationListQuery {
  return invitationListQuerySchema.parse(searchParams);
}
