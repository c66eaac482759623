import "server-only";
// Failed sign-ins are counted in the database so the limit holds across processes.
import { subMinutes } from "date-fns";
import { db, type Tx } from "@/lib/db/client";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export function emailKey(email: string) {
  return `email:${email.trim().toLowerCase()}`;
}
export function ipKey(ip: string) {
  return `ip:${ip}`;
}

export async function isLoginBlocked(keys: { email: string; ip?: string }, now = new Date(), tx: Tx = db): Promise<boolean> {
  const since = subMinutes(now, LOGIN_WINDOW_MINUTES);
  const byEmail = await tx.loginAttempt.count({ where: { key: emailKey(keys.email), createdAt: { gte: since } } });
  if (byEmail >= MAX_FAILURES_PER_EMAIL) return true;
  if (!keys.ip) return false;
  const byIp = await tx.loginAttempt.count({ where: { key: ipKey(keys.ip), createdAt: { gte: since } } });
  return byIp >= MAX_FAILURES_PER_IP;
}

export async function recordLoginFailure(keys: { email: string; ip?: string }, tx: Tx = db): Promise<void> {
  const rows = [{ key: emailKey(keys.email) }, ...(keys.ip ? [{ key: ipKey(keys.ip) }] : [])];
  await tx.loginAttempt.createMany({ data: rows });
  // Keep the table small: anything older than the window no longer counts.
  await tx.loginAttempt.deleteMany({ where: { createdAt: { lt: subMinutes(new Date(), LOGIN_WINDOW_MINUTES * 4) } } });
}

export async function clearLoginFailures(email: string, tx: Tx = db): Promise<void> {
  await tx.loginAttempt.deleteMany({ where: { key: emailKey(email) } });
}
