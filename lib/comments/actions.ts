"use server";
import { defineAction } from "@/lib/safe-action/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { publishToDocument } from "@/lib/collab/server-edit";
import { AppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import { canDocument, type Actor } from "@/lib/permissions/ability";
import { listCommentThreads, loadCommentDocumentRef, loadThreadRef, type CommentDocumentRef } from "@/lib/comments/data";
import { createCommentThread, reopenThread, replyToThread, resolveThread, type CommentAuthor } from "@/lib/comments/mutations";
import { canCommentThread, type ThreadAction } from "@/lib/comments/permissions";
import { createThreadSchema, documentIdSchema, replyToThreadSchema, threadIdSchema } from "@/lib/comments/schema";

/** A document outside the actor's groups does not exist for them (NOT_FOUND, not FORBIDDEN). */
async function requireDocument(actor: Actor, documentId: string): Promise<CommentDocumentRef> {
  const doc = await loadCommentDocumentRef(actor, documentId);
  if (!doc || !canDocument(actor, "view", doc)) throw new AppError("NOT_FOUND");
  return doc;
}

async function requireThread(actor: Actor, threadId: string) {
  const thread = await loadThreadRef(actor, threadId);
  if (!thread || !canDocument(actor, "view", thread.document)) throw new AppError("NOT_FOUND");
  return thread;
}

async function mayActOnThread(actor: Actor, threadId: string, action: ThreadAction): Promise<boolean> {
  const thread = await requireThread(actor, threadId);
  return canCommentThread(actor, action, thread.document, thread);
}

function authorOf(current: CurrentUser): CommentAuthor {
  const institution = current.user.institution;
  return { id: current.user.id, name: current.user.name, institutionName: institution ? institution.shortName || institution.name : null };
}

/**
 * Tells the document's open editors to refetch the threads. Best effort: the change is
 * committed already, and a client that misses this sees it on its next load.
 */
function announce(documentId: string, threadId: string): void {
  try {
    publishToDocument(documentId, "comments:changed", { threadId });
  } catch (error) {
    logger.warn({ err: error, documentId, threadId }, "comments:changed not published");
  }
}

export const listCommentThreadsAction = defineAction({
  name: "comments.list",
  input: documentIdSchema,
  authorize: async ({ current, input }) => Boolean(await requireDocument(current.actor, input.documentId)),
  run: async ({ current, input }) => ({ threads: await listCommentThreads(current.actor, input.documentId) }),
});

export const createCommentThreadAction = defineAction({
  name: "comments.createThread",
  input: createThreadSchema,
  authorize: async ({ current, input }) => canDocument(current.actor, "comment", await requireDocument(current.actor, input.documentId)),
  run: async ({ current, input }) => {
    const document = await requireDocument(current.actor, input.documentId);
    const result = await createCommentThread(input, { author: authorOf(current), document });
    announce(document.id, result.threadId);
    return { threadId: result.threadId, notified: result.notified, threads: await listCommentThreads(current.actor, document.id) };
  },
});

export const replyToThreadAction = defineAction({
  name: "comments.reply",
  input: replyToThreadSchema,
  authorize: ({ current, input }) => mayActOnThread(current.actor, input.threadId, "reply"),
  run: async ({ current, input }) => {
    const thread = await requireThread(current.actor, input.threadId);
    const result = await replyToThread(input, { author: authorOf(current), document: thread.document });
    announce(thread.document.id, thread.id);
    return { threadId: thread.id, notified: result.notified, threads: await listCommentThreads(current.actor, thread.document.id) };
  },
});

export const resolveThreadAction = defineAction({
  name: "comments.resolve",
  input: threadIdSchema,
  authorize: ({ current, input }) => mayActOnThread(current.actor, input.threadId, "resolve"),
  run: async ({ current, input }) => {
    const thread = await requireThread(current.actor, input.threadId);
    await resolveThread(thread.id, current.user.id);
    announce(thread.document.id, thread.id);
    return { threadId: thread.id, threads: await listCommentThreads(current.actor, thread.document.id) };
  },
});

export const reopenThreadAction = defineAction({
  name: "comments.reopen",
  input: threadIdSchema,
  authorize: ({ current, input }) => mayActOnThread(current.actor, input.threadId, "reopen"),
  run: async ({ current, input }) => {
    const thread = await requireThread(current.actor, input.threadId);
    await reopenThread(thread.id);
    announce(thread.document.id, thread.id);
    return { threadId: thread.id, threads: await listCommentThreads(current.actor, thread.document.id) };
  },
});
