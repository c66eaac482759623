// Mail delivery against a real SMTP server (smtp-server, in process) and a real database.
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { db, setDb } from "@/lib/db/client";
import { getMail, listMail } from "@/lib/mail/data";
import { closeMailTransport, flushPendingMail, sendMail } from "@/lib/mail/send-mail";
import { invitationMail } from "@/lib/mail/templates";
import { createTestDb, type TestDb } from "@/tests/support/db";

type Received = { mailFrom: string; rcptTo: string[]; raw: string };
type TestSmtp = { port: number; url: string; received: Received[]; close(): Promise<void> };

async function startSmtp(options: { rejectRecipients?: boolean } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    closeTimeout: 1_000,
    onRcptTo(_address, _session, callback) {
      if (!options.rejectRecipients) return callback();
      const error = Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 });
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom;
        received.push({
          mailFrom: from ? from.address : "",
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.on("error", reject);
    const net = server.listen(0, "127.0.0.1", () => resolve((net.address() as AddressInfo).port));
  });
  return {
    port,
    // The test server offers STARTTLS with a self-signed certificate; plain SMTP is enough here.
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// --- a minimal RFC 5322/MIME reader, enough for nodemailer's output ---

function bytesFromQuotedPrintable(input: string): Buffer {
  const soft = input.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes);
}

function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_m, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : bytesFromQuotedPrintable(data.replace(/_/g, " ")).toString("utf8"),
    );
}

type Part = { headers: Map<string, string>; body: string };

function parsePart(raw: string): Part {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return bytesFromQuotedPrintable(part.body).toString("utf8");
  return part.body;
}

/** Subject, To and the decoded text/plain and text/html bodies of a raw message. */
function readMessage(raw: string): { subject: string; to: string; from: string; text: string; html?: string } {
  const message = parsePart(raw);
  const contentType = message.headers.get("content-type") ?? "text/plain";
  const bodies: Record<string, string> = {};
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (boundary) {
    for (const chunk of message.body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith("--")) break;
      const part = parsePart(chunk.replace(/^\r?\n/, ""));
      const type = (part.headers.get("content-type") ?? "").split(";")[0]!.trim();
      bodies[type] = decodeBody(part);
    }
  } else {
    bodies[contentType.split(";")[0]!.trim()] = decodeBody(message);
  }
  return {
    subject: decodeEncodedWords(message.headers.get("subject") ?? ""),
    to: message.headers.get("to") ?? "",
    from: decodeEncodedWords(message.headers.get("from") ?? ""),
    text: bodies["text/plain"] ?? "",
    html: bodies["text/html"],
  };
}

// --- tests ---

let testDb: TestDb;
let smtp: TestSmtp;
const originalSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  testDb = await createTestDb();
  setDb(testDb.prisma);
  smtp = await startSmtp();
});

afterEach(async () => {
  await flushPendingMail();
  delete process.env.SMTP_URL;
});

afterAll(async () => {
  closeMailTransport();
  if (originalSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = originalSmtpUrl;
  await smtp?.close();
  await testDb?.close();
});

const invitation = invitationMail({
  locale: "pl",
  inviterName: "Anna Nowak",
  groupName: "Reintegracja migrantów powrotnych",
  institutionName: "Urząd Miasta Kielce",
  acceptUrl: "https://quorum.example.pl/zaproszenie/7f3a9c",
  expiresAt: new Date("2026-03-29T01:30:00Z"),
});

describe("sendMail", () => {
  it("delivers through SMTP and marks the message SENT", async () => {
    process.env.SMTP_URL = smtp.url;
    const before = smtp.received.length;

    const result = await sendMail({ to: "jan.kowalski@example.pl", kind: "invitation", ...invitation });

    expect(result.status).toBe("SENT");
    expect(result.sentAt).toBeInstanceOf(Date);
    expect(result.error).toBeNull();
    const row = await db.mailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.status).toBe("SENT");
    expect(row.sentAt).not.toBeNull();

    expect(smtp.received).toHaveLength(before + 1);
    const got = smtp.received.at(-1)!;
    expect(got.rcptTo).toEqual(["jan.kowalski@example.pl"]);
    expect(got.mailFrom).toBe("no-reply@quorum.local");
    const parsed = readMessage(got.raw);
    expect(parsed.subject).toBe("Zaproszenie do grupy roboczej „Reintegracja migrantów powrotnych”");
    expect(parsed.to).toContain("jan.kowalski@example.pl");
    expect(parsed.from).toContain("Quorum");
    expect(parsed.text).toContain("Anna Nowak zaprasza do udziału w pracach grupy roboczej");
    expect(parsed.text).toContain("https://quorum.example.pl/zaproszenie/7f3a9c");
    expect(parsed.text).toContain("29 marca 2026, do godz. 03:30");
    expect(parsed.html).toContain('href="https://quorum.example.pl/zaproszenie/7f3a9c"');
  });

  it("keeps the message in OUTBOX and sends nothing without SMTP_URL", async () => {
    delete process.env.SMTP_URL;
    const before = smtp.received.length;

    const result = await sendMail({
      to: "outbox@example.pl",
      subject: "Reset",
      text: "https://quorum.example.pl/reset/abc",
      kind: "password-reset",
    });

    expect(result.status).toBe("OUTBOX");
    expect(result.sentAt).toBeNull();
    const row = await db.mailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.status).toBe("OUTBOX");
    expect(row.html).toBeNull();
    expect(smtp.received).toHaveLength(before);
  });

  it("records FAILED without throwing when the server rejects the recipient", async () => {
    const rejecting = await startSmtp({ rejectRecipients: true });
    try {
      process.env.SMTP_URL = rejecting.url;
      const result = await sendMail({ to: "nobody@example.pl", subject: "Hello", text: "Body", kind: "test" });

      expect(result.status).toBe("FAILED");
      expect(result.sentAt).toBeNull();
      expect(result.error).toMatch(/Mailbox unavailable/);
      const row = await db.mailMessage.findUniqueOrThrow({ where: { id: result.id } });
      expect(row.status).toBe("FAILED");
      expect(rejecting.received).toHaveLength(0);
    } finally {
      await rejecting.close();
    }
  });

  it("records FAILED when no SMTP server is listening", async () => {
    const gone = await startSmtp();
    await gone.close();
    process.env.SMTP_URL = gone.url;

    const result = await sendMail({ to: "x@example.pl", subject: "Hello", text: "Body", kind: "test" });

    expect(result.status).toBe("FAILED");
    expect(result.error).toMatch(/ECONNREFUSED|connect/i);
  });

  it("delivers mail written in a transaction only after it commits", async () => {
    process.env.SMTP_URL = smtp.url;
    const before = smtp.received.length;

    const queued = await db.$transaction(async (tx) => {
      const message = await sendMail({ to: "tx@example.pl", subject: "Committed", text: "Body", kind: "test" }, { tx });
      // Still inside the transaction: nothing may have left yet.
      expect(smtp.received).toHaveLength(before);
      return message;
    });
    expect(queued.status).toBe("OUTBOX");

    await flushPendingMail();
    expect(smtp.received).toHaveLength(before + 1);
    expect(smtp.received.at(-1)!.rcptTo).toEqual(["tx@example.pl"]);
    const row = await db.mailMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row.status).toBe("SENT");
  });

  it("sends nothing for mail written in a transaction that rolls back", async () => {
    process.env.SMTP_URL = smtp.url;
    const before = smtp.received.length;
    let id = "";

    await expect(
      db.$transaction(async (tx) => {
        id = (await sendMail({ to: "rollback@example.pl", subject: "Rolled back", text: "Body", kind: "test" }, { tx }))
          .id;
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");

    await flushPendingMail();
    expect(smtp.received).toHaveLength(before);
    expect(await db.mailMessage.findUnique({ where: { id } })).toBeNull();
  });
});

describe("listMail and getMail", () => {
  it("lists newest first, filters by recipient or subject case-insensitively, and pages", async () => {
    delete process.env.SMTP_URL;
    await db.mailMessage.deleteMany();
    const base = Date.parse("2026-02-01T10:00:00Z");
    const rows = [
      { to: "ala@urzad.kielce.pl", subject: "Zaproszenie do grupy Re-Turn" },
      { to: "BARTEK@wup.kielce.pl", subject: "Ustawienie nowego hasła" },
      { to: "celina@ngo.org.pl", subject: "Posiedzenie grupy roboczej" },
    ];
    for (const [i, r] of rows.entries()) {
      await db.mailMessage.create({
        data: { ...r, text: "secret body", kind: "test", createdAt: new Date(base + i * 60_000) },
      });
    }

    const all = await listMail({ page: 1, pageSize: 10 });
    expect(all.total).toBe(3);
    expect(all.items.map((m) => m.to)).toEqual(["celina@ngo.org.pl", "BARTEK@wup.kielce.pl", "ala@urzad.kielce.pl"]);
    expect(all.items[0]).not.toHaveProperty("text");

    const byTo = await listMail({ page: 1, pageSize: 10, q: "bartek@WUP" });
    expect(byTo.items.map((m) => m.to)).toEqual(["BARTEK@wup.kielce.pl"]);
    const bySubject = await listMail({ page: 1, pageSize: 10, q: "GRUPY" });
    expect(bySubject.items.map((m) => m.to)).toEqual(["celina@ngo.org.pl", "ala@urzad.kielce.pl"]);

    const second = await listMail({ page: 2, pageSize: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2, pageCount: 2 });
    expect(second.items.map((m) => m.to)).toEqual(["ala@urzad.kielce.pl"]);

    const full = await getMail(all.items[0]!.id);
    expect(full?.text).toBe("secret body");
    expect(await getMail("no-such-id")).toBeNull();
  });
});
