// Reads the test SMTP server (scripts/e2e-smtp.ts) and takes MIME messages apart far enough to
// check subjects and attachments.
import { expect } from "@playwright/test";
import { smtpInboxURL } from "@/playwright.config";

export type ReceivedMail = { to: string[]; raw: string; receivedAt: string };
export type MimePart = { headers: Record<string, string>; body: string };

export async function mailsTo(address: string): Promise<ReceivedMail[]> {
  const response = await fetch(`${smtpInboxURL}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as ReceivedMail[];
}

/** Waits until a message to `address` whose Subject matches arrives, and returns it. */
export async function waitForMail(address: string, subject: RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => {
      found = (await mailsTo(address)).find((m) => subject.test(decodeHeader(headersOf(m.raw).subject ?? "")));
      return found !== undefined;
    }, { timeout: 30_000 })
    .toBe(true);
  return found!;
}

function headersOf(block: string): Record<string, string> {
  const head = block.split(/\r?\n\r?\n/)[0] ?? "";
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=), as nodemailer writes Polish subjects. */
export function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`)
    .replace(/%(?![0-9A-F]{2})/gi, "%25");
  try {
    return decodeURIComponent(bytes);
  } catch {
    return text;
  }
}

/** Every leaf part of a (possibly nested) multipart message, with its body decoded to text. */
export function mimeParts(raw: string): MimePart[] {
  const headers = headersOf(raw);
  const body = raw.slice(raw.search(/\r?\n\r?\n/)).replace(/^\r?\n\r?\n/, "");
  const boundary = /boundary="?([^";]+)"?/i.exec(headers["content-type"] ?? "")?.[1];
  if (!boundary) {
    const encoding = (headers["content-transfer-encoding"] ?? "").toLowerCase();
    const text =
      encoding === "base64"
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : encoding === "quoted-printable"
          ? decodeQuotedPrintable(body)
          : body;
    return [{ headers, body: text }];
  }
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith("--"))
    .flatMap((chunk) => mimeParts(chunk.replace(/^\r?\n/, "")));
}
