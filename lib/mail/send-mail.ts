// Every outgoing e-mail is recorded in MailMessage first, then (when SMTP_URL is set) delivered.
// Without SMTP the row stays OUTBOX: the coordinator reads it on the admin outbox page, which is
// how the embedded default works for demos and development.
import nodemailer, { type Transporter } from "nodemailer";
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { MailMessage } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

export type SendMailInput = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the message is for ("invitation", "password-reset", ...); shown on the outbox page. */
  kind: string;
  /**
   * Files sent along (e.g. a meeting's .ics). Stored with the row (base64), so a message left in
   * the outbox can be read with its attachments on the admin outbox page.
   */
  attachments?: MailAttachment[];
};

export type MailAttachment = { filename: string; content: string; contentType: string };

const log = logger.child({ module: "mail" });

// Keep SMTP failures from hanging a request for minutes (nodemailer's own defaults are 2-10 min).
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };
const MAX_ERROR_LENGTH = 1_000;

let cachedTransport: { url: string; transporter: Transporter } | undefined;

/** One transport per SMTP_URL value; a changed URL (tests, reconfiguration) gets a fresh one. */
function transportFor(url: string): Transporter {
  if (cachedTransport?.url === url) return cachedTransport.transporter;
  cachedTransport?.transporter.close();
  // URL query options (e.g. ?ignoreTLS=true) override the timeouts given here.
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  cachedTransport = { url, transporter };
  return transporter;
}

export function closeMailTransport(): void {
  cachedTransport?.transporter.close();
  cachedTransport = undefined;
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, MAX_ERROR_LENGTH);
}

/** Fields that are safe to log: never the body (it may hold one-time links) nor the SMTP URL. */
function logFields(message: MailMessage) {
  return { mailId: message.id, to: message.to, subject: message.subject, kind: message.kind };
}

type StoredAttachment = { filename: string; contentType: string; content: string };

function encodeAttachment(a: MailAttachment): StoredAttachment {
  return { filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, "utf8").toString("base64") };
}

/** The attachments stored with a message, decoded; malformed entries are skipped. */
export function readStoredAttachments(value: unknown): { filename: string; contentType: string; content: Buffer }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const a = entry as Partial<StoredAttachment> | null;
    if (!a || typeof a.filename !== "string" || typeof a.contentType !== "string" || typeof a.content !== "string") return [];
    return [{ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, "base64") }];
  });
}

/** Sends one stored message over SMTP and records the outcome. Never throws for SMTP errors. */
async function deliver(client: Tx, message: MailMessage, smtpUrl: string, attachments: MailAttachment[] = []): Promise<MailMessage> {
  try {
    await transportFor(smtpUrl).sendMail({
      from: env.mailFrom,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html ? { html: message.html } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
    });
  } catch (error) {
    const reason = errorMessage(error);
    log.error({ ...logFields(message), err: reason }, "mail delivery failed");
    return client.mailMessage.update({ where: { id: message.id }, data: { status: "FAILED", error: reason } });
  }
  log.info(logFields(message), "mail sent");
  return client.mailMessage.update({
    where: { id: message.id },
    data: { status: "SENT", sentAt: new Date(), error: null },
  });
}

// Messages written inside a caller's transaction are delivered only once it commits: sending from
// inside it would hold the transaction open for the whole SMTP exchange and could mail out a link
// whose row is then rolled back.
// Held on globalThis: the custom server and the Next.js bundles are separate module graphs in one
// process, and a shutdown flush from the server must also see deliveries queued by route handlers.
const pendingHolder = globalThis as unknown as { __quorumPendingMail?: Set<Promise<void>> };
const pendingDeliveries = (pendingHolder.__quorumPendingMail ??= new Set<Promise<void>>());
const COMMIT_POLL_LIMIT_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function transactionOutcome(xid: string): Promise<"committed" | "aborted" | "in progress"> {
  const rows = await db.$queryRaw<{ status: string | null }[]>`SELECT pg_xact_status(${xid}::xid8) AS status`;
  const status = rows[0]?.status;
  return status === "committed" || status === "in progress" ? status : "aborted";
}

async function deliverAfterCommit(xid: string, message: MailMessage, smtpUrl: string, attachments: MailAttachment[]): Promise<void> {
  const started = Date.now();
  let wait = 25;
  for (;;) {
    const outcome = await transactionOutcome(xid);
    if (outcome === "committed") break;
    if (outcome === "aborted") {
      log.info(logFields(message), "mail dropped: its transaction was rolled back");
      return;
    }
    if (Date.now() - started > COMMIT_POLL_LIMIT_MS) {
      log.warn(logFields(message), "mail left in outbox: its transaction did not finish in time");
      return;
    }
    await sleep(wait);
    wait = Math.min(wait * 2, 1_000);
  }
  await deliver(db, message, smtpUrl, attachments);
}

function track(task: Promise<void>): void {
  const tracked = task.catch((error: unknown) => {
    log.error({ err: errorMessage(error) }, "deferred mail delivery crashed");
  });
  pendingDeliveries.add(tracked);
  void tracked.finally(() => pendingDeliveries.delete(tracked));
}

/** Waits for deliveries queued by sendMail({ tx }); for tests and graceful shutdown. */
export async function flushPendingMail(): Promise<void> {
  while (pendingDeliveries.size > 0) await Promise.all([...pendingDeliveries]);
}

/**
 * Records a message and delivers it when SMTP_URL is configured.
 *
 * Without `tx`: resolves with the final row (SENT, FAILED, or OUTBOX when SMTP is off).
 * With `tx`: the row is written in that transaction and resolves as OUTBOX; delivery starts
 * after the transaction commits (nothing is sent if it rolls back). See flushPendingMail.
 * SMTP failures are logged and recorded as FAILED, never thrown; database errors do propagate.
 */
export async function sendMail(input: SendMailInput, options: { tx?: Tx } = {}): Promise<MailMessage> {
  const client = options.tx ?? db;
  const smtpUrl = env.smtpUrl;
  const attachments = input.attachments ?? [];
  const message = await client.mailMessage.create({
    data: {
      to: input.to.trim(),
      // A subject is a header: line breaks from user-supplied names must not split it.
      subject: input.subject.replace(/[\r\n]+/g, " ").trim(),
      text: input.text,
      html: input.html ?? null,
      kind: input.kind,
      ...(attachments.length > 0 ? { attachments: attachments.map(encodeAttachment) } : {}),
    },
  });

  if (!smtpUrl) {
    // The body may contain one-time links: show it only outside production, for developers.
    const body = env.production ? {} : { text: message.text };
    log.info({ ...logFields(message), ...body }, "mail kept in outbox (SMTP_URL not set)");
    return message;
  }

  if (options.tx) {
    const rows = await options.tx.$queryRaw<{ xid: string }[]>`SELECT pg_current_xact_id()::text AS xid`;
    const xid = rows[0]?.xid;
    if (!xid) throw new Error("Could not read the current transaction id");
    track(deliverAfterCommit(xid, message, smtpUrl, attachments));
    return message;
  }
  return deliver(db, message, smtpUrl, attachments);
}
