import "server-only";
// Changing a co-edited document from the server (version restore, live action blocks) and
// telling its open editors about other changes. Next's route handlers and actions run in a
// separate module graph from the custom server in the same process, so the collaboration
// server registers a small hub on globalThis (like lib/realtime/registry.ts).
import * as Y from "yjs";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { appendDocumentUpdates } from "@/lib/collab/persistence";
import { getRealtime } from "@/lib/realtime/registry";
import { logger } from "@/lib/log/logger";
import { COLLAB_NAMESPACE, documentRoom } from "@/server/collab/rooms";

/** What the running collaboration server offers to the rest of the process. */
export type CollabHub = {
  /** Apply a committed update to the live copy here and on every other process, and tell their clients. */
  applyCommitted(documentId: string, update: Uint8Array): void;
};

const holder = globalThis as unknown as { __quorumCollab?: CollabHub };

/** Called by the server at start-up; pass undefined on shutdown (and in tests). */
export function setCollabHub(hub: CollabHub | undefined): void {
  holder.__quorumCollab = hub;
}

export function getCollabHub(): CollabHub | undefined {
  return holder.__quorumCollab;
}

/**
 * Durably appends `update` to the document's log (committed before this resolves), then
 * applies it to the live document in every process and sends it to connected editors.
 * Without a running collaboration server it only stores it; the next load includes it.
 */
export async function applyServerUpdate(documentId: string, update: Uint8Array, userId: string | null): Promise<void> {
  try {
    Y.decodeUpdate(update);
  } catch (error) {
    throw new AppError("BAD_REQUEST", { message: "not a Yjs update", cause: error });
  }
  try {
    await db.$transaction((tx) => appendDocumentUpdates([{ documentId, update, userId }], tx));
  } catch (error) {
    // The document (or the user) does not exist: a foreign key violation.
    if ((error as { code?: unknown } | null)?.code === "P2003") throw new AppError("NOT_FOUND", { cause: error });
    throw error;
  }
  try {
    getCollabHub()?.applyCommitted(documentId, update);
  } catch (error) {
    // Stored is what matters; editors catch up on their next sync.
    logger.warn({ err: error, documentId }, "server edit stored but not broadcast");
  }
}

export type DocumentEvent = "comments:changed" | "document:meta";
export type DocumentEventPayload = {
  "comments:changed": { threadId: string };
  "document:meta": { title?: string; status?: string };
};

/** Sends an event to every editor of the document on every process (clients refetch). */
export function publishToDocument<E extends DocumentEvent>(documentId: string, event: E, payload: DocumentEventPayload[E]): void {
  getRealtime()?._nsps.get(COLLAB_NAMESPACE)?.to(documentRoom(documentId)).emit(event, payload);
}
