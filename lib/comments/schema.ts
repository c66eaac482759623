// Comment threads on documents: inputs of the server actions and the shape the editor's
// sidebar receives. Shared by server and browser (no server-only imports).
import * as Y from "yjs";
import { z } from "zod";

export const COMMENT_BODY_MAX = 5000;
/** The selected text kept with a thread; longer selections are cut by the editor. */
export const COMMENT_QUOTE_MAX = 1000;
/** An encoded Yjs relative position is a few dozen bytes; anything bigger is not one. */
export const ANCHOR_MAX_BYTES = 256;
export const MENTIONS_MAX = 20;

const idSchema = z.string().trim().min(1).max(64);

/** Base64 without the URL-safe alphabet, as btoa produces it. */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function base64ToBytes(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when the bytes decode to a Yjs relative position that points somewhere. */
export function isEncodedRelativePosition(bytes: Uint8Array): boolean {
  if (bytes.byteLength === 0 || bytes.byteLength > ANCHOR_MAX_BYTES) return false;
  try {
    const position = Y.decodeRelativePosition(bytes);
    return position.item !== null || position.type !== null || position.tname !== null;
  } catch {
    return false;
  }
}

const anchorSchema = z
  .string()
  .trim()
  .min(1)
  .max(Math.ceil(ANCHOR_MAX_BYTES / 3) * 4)
  .refine((value) => BASE64.test(value) && isEncodedRelativePosition(base64ToBytes(value)), { message: "invalid" });

const bodySchema = z.string().trim().min(1).max(COMMENT_BODY_MAX);

/** "user:<id>" or "institution:<id>", as the editor's mention list names them. */
export const mentionIdSchema = z.string().regex(/^(user|institution):[A-Za-z0-9_-]{1,64}$/);
const mentionsSchema = z
  .array(mentionIdSchema)
  .max(MENTIONS_MAX)
  .default([])
  .transform((ids) => [...new Set(ids)]);

export const createThreadSchema = z.object({
  documentId: idSchema,
  anchorStart: anchorSchema,
  anchorEnd: anchorSchema,
  quote: z.string().trim().min(1).max(COMMENT_QUOTE_MAX),
  body: bodySchema,
  mentions: mentionsSchema,
});
export type CreateThreadInput = z.infer<typeof createThreadSchema>;

export const replyToThreadSchema = z.object({ threadId: idSchema, body: bodySchema, mentions: mentionsSchema });
export type ReplyToThreadInput = z.infer<typeof replyToThreadSchema>;

export const threadIdSchema = z.object({ threadId: idSchema });
export const documentIdSchema = z.object({ documentId: idSchema });

/** Splits validated mention ids into the two kinds. */
export function splitMentions(ids: string[]): { userIds: string[]; institutionIds: string[] } {
  const userIds: string[] = [];
  const institutionIds: string[] = [];
  for (const id of ids) {
    const [kind, value] = id.split(":", 2);
    if (!value) continue;
    if (kind === "user") userIds.push(value);
    else if (kind === "institution") institutionIds.push(value);
  }
  return { userIds, institutionIds };
}

export type CommentPerson = { id: string; name: string; institutionShortName: string | null } | null;

export type CommentView = {
  id: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  author: CommentPerson;
};

/** One thread as the sidebar shows it; dates as ISO strings, anchors as base64. */
export type CommentThreadView = {
  id: string;
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  createdAt: string;
  createdBy: CommentPerson;
  resolvedAt: string | null;
  resolvedBy: CommentPerson;
  comments: CommentView[];
};
