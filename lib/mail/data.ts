// Reads for the admin outbox page.
import "server-only";
import { db } from "@/lib/db/client";
import type { MailMessage, MailStatus, Prisma } from "@/lib/generated/prisma/client";

export type MailListItem = {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: MailStatus;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export type MailPage = { items: MailListItem[]; total: number; page: number; pageSize: number; pageCount: number };

const MAX_PAGE_SIZE = 100;

/** Newest first; `q` matches recipient or subject, case-insensitively. Pages are 1-based. */
export async function listMail(input: { page: number; pageSize: number; q?: string }): Promise<MailPage> {
  const pageSize = Math.min(Math.max(Math.trunc(input.pageSize) || 1, 1), MAX_PAGE_SIZE);
  const page = Math.max(Math.trunc(input.page) || 1, 1);
  const q = input.q?.trim();
  const where: Prisma.MailMessageWhereInput = q
    ? {
        OR: [
          { to: { contains: q, mode: "insensitive" } },
          { subject: { contains: q, mode: "insensitive" } },
        ],
      }
    : {};
  const [items, total] = await Promise.all([
    db.mailMessage.findMany({
      where,
      // The id breaks ties between rows created in the same millisecond, so pages stay stable.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      // The list never needs bodies; they can be long and may hold one-time links.
      select: { id: true, to: true, subject: true, kind: true, status: true, error: true, createdAt: true, sentAt: true },
    }),
    db.mailMessage.count({ where }),
  ]);
  return { items, total, page, pageSize, pageCount: Math.max(Math.ceil(total / pageSize), 1) };
}

export async function getMail(id: string): Promise<MailMessage | null> {
  return db.mailMessage.findUnique({ where: { id } });
}
