import "server-only";
import { addHours } from "date-fns";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createOneTimeToken, hashToken } from "@/lib/account/tokens";
import { sendMail } from "@/lib/mail/send-mail";
import { passwordResetMail } from "@/lib/mail/templates";
import { logger } from "@/lib/log/logger";
import { getRealtime } from "@/lib/realtime/registry";
import { revokeUserSockets } from "@/server/realtime/publish";
import type { AppLocale } from "@/lib/i18n/config";
import type { ProfileInput, SetupInput } from "@/lib/account/schema";

export const RESET_TOKEN_HOURS = 2;

export async function updateProfile(userId: string, input: ProfileInput, tx: Tx = db) {
  return tx.user.update({ where: { id: userId }, data: input });
}

export async function setLocale(userId: string, locale: AppLocale, tx: Tx = db) {
  await tx.user.update({ where: { id: userId }, data: { locale } });
}

/** Every namespace (live updates and open documents), on every process. */
function revokeSockets(userId: string) {
  const io = getRealtime();
  if (io) revokeUserSockets(io, userId);
}

/** Voids every session of the user (all devices) and closes their live connections. */
export async function signOutEverywhere(userId: string, tx: Tx = db) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  revokeSockets(userId);
}

export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("VALIDATION", { messageKey: "WRONG_PASSWORD", fieldErrors: { currentPassword: [{ key: "wrongPassword" }] } });
  }
  // A new password ends other sessions; the caller signs this browser in again.
  const updated = await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
  });
  revokeSockets(userId);
  return updated;
}

/**
 * Sends a reset link when the address belongs to an active account. The answer is the
 * same either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(email: string, locale: AppLocale, now = new Date()) {
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.archivedAt) {
    logger.info({ event: "password_reset.unknown" }, "reset requested for an unknown address");
    return;
  }
  const { token, tokenHash } = createOneTimeToken();
  const expiresAt = addHours(now, RESET_TOKEN_HOURS);
  await db.$transaction(async (tx) => {
    // Only the newest link works.
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordResetToken.create({ data: { tokenHash, userId: user.id, expiresAt } });
    const mail = passwordResetMail({ locale: user.locale ?? locale, name: user.name, resetUrl: `${env.appUrl}/reset-password/${token}`, expiresAt });
    await sendMail({ to: user.email, ...mail, kind: "password-reset" }, { tx });
  });
}

export async function findValidResetToken(token: string, now = new Date()) {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  if (!row || row.usedAt || row.expiresAt <= now || row.user.archivedAt) return null;
  return row;
}

export async function resetPassword(token: string, password: string, now = new Date()) {
  const row = await findValidResetToken(token, now);
  if (!row) throw new AppError("INVALID_TOKEN");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Conditional update: of two concurrent uses of the same link only one wins.
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new AppError("INVALID_TOKEN");
    const user = await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    return { email: user.email };
  });
}

/** First run without demo data: the first account becomes the installation's administrator. */
export async function createFirstAdministrator(input: SetupInput) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) throw new AppError("CONFLICT", { messageKey: "SETUP_DONE" });
    const institution = await tx.institution.create({
      data: { name: input.institutionName, shortName: input.institutionShortName, kind: "PUBLIC_ADMINISTRATION" },
    });
    return tx.user.create({
      data: { name: input.name, email: input.email, passwordHash, isAdmin: true, locale: input.locale, institutionId: institution.id, dataConsentAt: new Date() },
    });
  });
}

export async function needsSetup(tx: Tx = db): Promise<boolean> {
  return (await tx.user.count()) === 0;
}
