// The invitation flow end to end through the real server actions: invite → mail → accept.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { setDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import {
  acceptInvitationAction,
  createInvitationAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/lib/invitations/actions";
import { getInvitationByToken } from "@/lib/invitations/data";
import { hashToken } from "@/lib/account/tokens";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs, signOut } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  // Mail stays in the outbox table: what we assert on is the stored message.
  delete process.env.SMTP_URL;
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
beforeEach(() => setTestLocale("pl"));

let counter = 0;
const newEmail = () => `jan.nowak.${Date.now().toString(36)}.${counter++}@kielce.example`;
const PASSWORD = "Świętokrzyskie-2012";

/** Reads the token out of the last invitation mail sent to `email`. */
async function tokenMailedTo(email: string): Promise<string> {
  const mail = await t.prisma.mailMessage.findFirst({ where: { to: email, kind: "invitation" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const match = mail?.text.match(/\/invitation\/([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no invitation link mailed to ${email}`);
  return match[1];
}

async function invite(setup: Awaited<ReturnType<typeof buildGroupWithRoles>>, overrides: Record<string, unknown> = {}) {
  await signInAs(setup.coordinator);
  const email = newEmail();
  const result = await createInvitationAction({
    groupId: setup.group.id,
    name: "Jan Nowak",
    email,
    institutionId: setup.institution.id,
    role: "REVIEWER",
    ...overrides,
  } as never);
  return { result, email };
}

function acceptInput(token: string, overrides: Record<string, unknown> = {}) {
  return { token, name: "Jan Nowak", password: PASSWORD, repeatPassword: PASSWORD, consent: true, ...overrides } as never;
}

async function snapshot() {
  return { invitations: await t.prisma.invitation.count(), mail: await t.prisma.mailMessage.count(), users: await t.prisma.user.count(), members: await t.prisma.groupMember.count() };
}

describe("inviting a person", () => {
  it("writes an invitation and a mail with the accept link; only the token's hash is stored", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { result, email } = await invite(setup);
    expect(result).toMatchObject({ ok: true, data: { outcome: "invited", email } });

    const invitation = await t.prisma.invitation.findFirstOrThrow({ where: { email } });
    expect(invitation).toMatchObject({ groupId: setup.group.id, institutionId: setup.institution.id, role: "REVIEWER", invitedById: setup.coordinator.id, acceptedAt: null, revokedAt: null });
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);

    const mail = await t.prisma.mailMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.kind).toBe("invitation");
    const token = await tokenMailedTo(email);
    expect(mail.text).toContain(`${env.appUrl}/invitation/${token}`);
    expect(mail.html).toContain(`${env.appUrl}/invitation/${token}`);
    // The coordinator's language (Polish by default) and the group's name.
    expect(mail.subject).toContain(setup.group.name);
    expect(mail.subject).toContain("Zaproszenie");

    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(invitation)).not.toContain(token);
  });

  it("writes the mail in the inviter's language", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    await t.prisma.user.update({ where: { id: setup.coordinator.id }, data: { locale: "en" } });
    const { email } = await invite(setup);
    const mail = await t.prisma.mailMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toContain("Invitation to the working group");
  });

  it.each(["member", "reviewer", "observer", "outsider"] as const)("refuses a %s and writes nothing", async (who) => {
    const setup = await buildGroupWithRoles(t.prisma);
    await signInAs(setup[who]);
    const before = await snapshot();
    const result = await createInvitationAction({ groupId: setup.group.id, name: "Jan Nowak", email: newEmail(), institutionId: setup.institution.id, role: "MEMBER" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", message: "Nie masz uprawnień do wykonania tej czynności." });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an anonymous caller", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    signOut();
    const result = await createInvitationAction({ groupId: setup.group.id, name: "Jan", email: newEmail(), institutionId: setup.institution.id, role: "MEMBER" });
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("reports an invalid e-mail as a translated validation error and writes nothing", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const before = await snapshot();
    const { result } = await invite(setup, { email: "jan.nowak@", name: "" });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Popraw zaznaczone pola i spróbuj ponownie.",
      fieldErrors: { email: "Wpisz poprawny adres e-mail, np. jan.kowalski@urzad.gov.pl.", name: "To pole jest wymagane." },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an institution that is not a partner of the group", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const stranger = await buildInstitution(t.prisma);
    const before = await snapshot();
    const { result } = await invite(setup, { institutionId: stranger.id });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: "Instytucja tej osoby nie należy do grupy — najpierw dodaj instytucję." });
    expect(await snapshot()).toEqual(before);
  });

  it("adds a person who already has an account straight to the group, without a token", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const existing = await buildUser(t.prisma, { institutionId: setup.institution.id });
    const before = await snapshot();
    const { result } = await invite(setup, { email: existing.email.toUpperCase(), role: "OBSERVER" });
    expect(result).toMatchObject({ ok: true, data: { outcome: "added", userId: existing.id, role: "OBSERVER" } });
    const membership = await t.prisma.groupMember.findUniqueOrThrow({ where: { groupId_userId: { groupId: setup.group.id, userId: existing.id } } });
    expect(membership.role).toBe("OBSERVER");
    const after = await snapshot();
    expect(after).toEqual({ ...before, members: before.members + 1 });

    const again = await invite(setup, { email: existing.email });
    expect(again.result).toMatchObject({ ok: false, code: "CONFLICT", message: "Ta osoba już należy do grupy." });
  });

  it("replaces a pending invitation when the same e-mail is invited again", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const firstToken = await tokenMailedTo(email);
    await signInAs(setup.coordinator);
    await createInvitationAction({ groupId: setup.group.id, name: "Jan Nowak", email, institutionId: setup.institution.id, role: "MEMBER" });
    const secondToken = await tokenMailedTo(email);
    expect(secondToken).not.toBe(firstToken);

    expect(await t.prisma.invitation.count({ where: { email } })).toBe(2);
    const first = await t.prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(firstToken) } });
    const second = await t.prisma.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(secondToken) } });
    expect(first.revokedAt).not.toBeNull();
    expect(second).toMatchObject({ revokedAt: null, role: "MEMBER" });
    expect(await getInvitationByToken(firstToken)).toBeNull();
    expect(await getInvitationByToken(secondToken)).toMatchObject({ email, role: "MEMBER", groupName: setup.group.name });
  });
});

describe("accepting an invitation", () => {
  it("creates the account with a verifiable password and the membership, in one go", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const token = await tokenMailedTo(email);
    signOut();

    expect(await getInvitationByToken(token)).toMatchObject({
      name: "Jan Nowak",
      email,
      groupName: setup.group.name,
      institutionName: setup.institution.name,
      inviterName: setup.coordinator.name,
      emailTaken: false,
    });

    const result = await acceptInvitationAction(acceptInput(token, { name: "  Jan Maria Nowak " }));
    expect(result).toMatchObject({ ok: true, data: { email } });

    const user = await t.prisma.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user).toMatchObject({ name: "Jan Maria Nowak", institutionId: setup.institution.id, isAdmin: false, archivedAt: null, locale: "pl" });
    expect(user.memberships).toEqual([expect.objectContaining({ groupId: setup.group.id, role: "REVIEWER" })]);
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    expect(await verifyPassword("wrong-password", user.passwordHash)).toBe(false);
    const invitation = await t.prisma.invitation.findFirstOrThrow({ where: { email } });
    expect(invitation.acceptedAt).not.toBeNull();

    // The link is single-use.
    const before = await snapshot();
    const second = await acceptInvitationAction(acceptInput(token, { password: "another-password", repeatPassword: "another-password" }));
    expect(second).toMatchObject({ ok: false, code: "INVALID_TOKEN", message: "Ten link jest nieprawidłowy, wygasł albo został już użyty." });
    expect(await snapshot()).toEqual(before);
    expect(await getInvitationByToken(token)).toBeNull();
  });

  it("keeps the language of the accept page for the new account", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const token = await tokenMailedTo(email);
    signOut();
    setTestLocale("en");
    expect(await acceptInvitationAction(acceptInput(token))).toMatchObject({ ok: true });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { email } })).locale).toBe("en");
  });

  it("refuses an expired link and creates nobody", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const token = await tokenMailedTo(email);
    await t.prisma.invitation.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    signOut();
    const result = await acceptInvitationAction(acceptInput(token));
    expect(result).toMatchObject({ ok: false, code: "INVALID_TOKEN" });
    expect(await t.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await getInvitationByToken(token)).toBeNull();
  });

  it("refuses a revoked link", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const token = await tokenMailedTo(email);
    const invitation = await t.prisma.invitation.findFirstOrThrow({ where: { email } });

    await signInAs(setup.member);
    expect(await revokeInvitationAction({ id: invitation.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();

    await signInAs(setup.coordinator);
    expect(await revokeInvitationAction({ id: invitation.id })).toMatchObject({ ok: true });
    signOut();
    expect(await acceptInvitationAction(acceptInput(token))).toMatchObject({ ok: false, code: "INVALID_TOKEN" });
    expect(await t.prisma.user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuses made-up and malformed tokens", async () => {
    signOut();
    for (const token of ["x".repeat(43), "not-a-token", "../../etc/passwd"]) {
      expect(await acceptInvitationAction(acceptInput(token))).toMatchObject({ ok: false, code: "INVALID_TOKEN" });
    }
  });

  it("reports differing passwords and missing consent as translated field errors", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const token = await tokenMailedTo(email);
    signOut();
    const result = await acceptInvitationAction(acceptInput(token, { repeatPassword: "Świętokrzyskie-2013", consent: false }));
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { repeatPassword: "Hasła nie są takie same.", consent: "To pole jest wymagane." },
    });
    const short = await acceptInvitationAction(acceptInput(token, { password: "krótkie", repeatPassword: "krótkie" }));
    expect(short).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { password: "Wpisz co najmniej 10 znaków." } });
    expect(await t.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await getInvitationByToken(token)).not.toBeNull();
  });

  it("accepts only one of two simultaneous submits of the same link", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const token = await tokenMailedTo(email);
    signOut();
    const results = await Promise.all([acceptInvitationAction(acceptInput(token)), acceptInvitationAction(acceptInput(token))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ code: expect.stringMatching(/INVALID_TOKEN|CONFLICT/) })]);
    expect(await t.prisma.user.count({ where: { email } })).toBe(1);
  });
});

describe("resending and revoking", () => {
  it("sends a new link with a new expiry; the old link stops working", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const { email } = await invite(setup);
    const oldToken = await tokenMailedTo(email);
    const invitation = await t.prisma.invitation.findFirstOrThrow({ where: { email } });
    // Pretend it was sent long ago and has lapsed.
    await t.prisma.invitation.update({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });

    await signInAs(setup.observer);
    expect(await resendInvitationAction({ id: invitation.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    await signInAs(setup.coordinator);
    expect(await resendInvitationAction({ id: invitation.id })).toMatchObject({ ok: true });
    const newToken = await tokenMailedTo(email);
    expect(newToken).not.toBe(oldToken);
    const updated = await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(updated.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect(updated.tokenHash).toBe(hashToken(newToken));
    expect(await t.prisma.mailMessage.count({ where: { to: email } })).toBe(2);

    signOut();
    expect(await acceptInvitationAction(acceptInput(oldToken))).toMatchObject({ ok: false, code: "INVALID_TOKEN" });
    expect(await acceptInvitationAction(acceptInput(newToken))).toMatchObject({ ok: true });

    await signInAs(setup.coordinator);
    expect(await resendInvitationAction({ id: invitation.id })).toMatchObject({ ok: false, code: "CONFLICT", message: "To zaproszenie zostało już przyjęte." });
    expect(await revokeInvitationAction({ id: invitation.id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("lets an administrator who is not in the group invite", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    const admin = await buildUser(t.prisma, { isAdmin: true });
    await signInAs(admin);
    const email = newEmail();
    const result = await createInvitationAction({ groupId: setup.group.id, name: "Ewa", email, institutionId: setup.institution.id, role: "COORDINATOR" });
    expect(result).toMatchObject({ ok: true, data: { outcome: "invited" } });
  });

  it("refuses invitations into an archived group", async () => {
    const setup = await buildGroupWithRoles(t.prisma);
    await t.prisma.group.update({ where: { id: setup.group.id }, data: { archivedAt: new Date() } });
    const before = await snapshot();
    const { result } = await invite(setup);
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });
});
