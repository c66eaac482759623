import "server-only";
// Writes of comment threads. Each write and the mention e-mails it causes commit together:
// the mails are recorded in the same transaction and delivered only after it commits.
import { db, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { isLocale } from "@/lib/i18n/config";
import { sendMail } from "@/lib/mail/send-mail";
import { toBytes } from "@/lib/collab/persistence";
import { renderCommentMentionMail } from "@/lib/comments/mail";
import { base64ToBytes, splitMentions, type CreateThreadInput, type ReplyToThreadInput } from "@/lib/comments/schema";
import type { CommentDocumentRef } from "@/lib/comments/data";

export type CommentAuthor = { id: string; name: string; institutionName: string | null };

function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

export function documentUrl(documentId: string, threadId?: string): string {
  const base = `${env.appUrl.replace(/\/$/, "")}/documents/${encodeURIComponent(documentId)}`;
  return threadId ? `${base}?thread=${encodeURIComponent(threadId)}` : base;
}

export async function createCommentThread(
  input: CreateThreadInput,
  context: { author: CommentAuthor; document: CommentDocumentRef },
  tx: Tx = db,
): Promise<{ threadId: string; commentId: string; notified: number }> {
  return inTransaction(tx, async (t) => {
    const thread = await t.commentThread.create({
      data: {
        documentId: context.document.id,
        anchorStart: toBytes(base64ToBytes(input.anchorStart)),
        anchorEnd: toBytes(base64ToBytes(input.anchorEnd)),
        quote: input.quote,
        createdById: context.author.id,
        comments: { create: { authorId: context.author.id, body: input.body } },
      },
      select: { id: true, comments: { select: { id: true } } },
    });
    const notified = await notifyMentioned(t, { ...context, threadId: thread.id, body: input.body, mentions: input.mentions });
    return { threadId: thread.id, commentId: thread.comments[0]!.id, notified };
  });
}

export async function replyToThread(
  input: ReplyToThreadInput,
  context: { author: CommentAuthor; document: CommentDocumentRef },
  tx: Tx = db,
): Promise<{ commentId: string; notified: number }> {
  return inTransaction(tx, async (t) => {
    const comment = await t.comment.create({
      data: { threadId: input.threadId, authorId: context.author.id, body: input.body },
      select: { id: true },
    });
    // The thread's updatedAt says when it last had activity.
    await t.commentThread.update({ where: { id: input.threadId }, data: { updatedAt: new Date() } });
    const notified = await notifyMentioned(t, { ...context, threadId: input.threadId, body: input.body, mentions: input.mentions });
    return { commentId: comment.id, notified };
  });
}

/** Idempotent: resolving a resolved thread keeps who resolved it first. */
export async function resolveThread(threadId: string, userId: string, tx: Tx = db): Promise<void> {
  const { count } = await tx.commentThread.updateMany({
    where: { id: threadId, resolvedAt: null },
    data: { resolvedAt: new Date(), resolvedById: userId },
  });
  if (count === 0 && !(await tx.commentThread.findUnique({ where: { id: threadId }, select: { id: true } }))) throw new AppError("NOT_FOUND");
}

export async function reopenThread(threadId: string, tx: Tx = db): Promise<void> {
  const { count } = await tx.commentThread.updateMany({ where: { id: threadId }, data: { resolvedAt: null, resolvedById: null } });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/**
 * E-mails the people a comment mentions. Only people with a role in the document's group
 * are reached (a mention cannot be used to mail outsiders); an institution mention reaches
 * its people in the group. The author never mails themselves.
 */
async function notifyMentioned(
  tx: Tx,
  input: { author: CommentAuthor; document: CommentDocumentRef; threadId: string; body: string; mentions: string[] },
): Promise<number> {
  const { userIds, institutionIds } = splitMentions(input.mentions);
  if (userIds.length === 0 && institutionIds.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: {
      archivedAt: null,
      id: { not: input.author.id },
      memberships: { some: { groupId: input.document.groupId } },
      OR: [{ id: { in: userIds } }, { institutionId: { in: institutionIds } }],
    },
    select: { id: true, name: true, email: true, locale: true, institutionId: true, institution: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const named = new Set(userIds);
  const url = documentUrl(input.document.id, input.threadId);
  for (const recipient of recipients) {
    const viaInstitution = !named.has(recipient.id) && recipient.institution ? recipient.institution.name : null;
    const { subject, text } = renderCommentMentionMail({
      locale: isLocale(recipient.locale) ? recipient.locale : "pl",
      recipientName: recipient.name,
      authorName: input.author.name,
      authorInstitution: input.author.institutionName,
      documentTitle: input.document.title,
      groupName: input.document.groupName,
      viaInstitution,
      body: input.body,
      url,
    });
    await sendMail({ to: recipient.email, subject, text, kind: "comment-mention" }, { tx });
  }
  return recipients.length;
}
