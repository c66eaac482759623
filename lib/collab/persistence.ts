import "server-only";
// Durable storage of co-edited documents: a compacted snapshot plus an append-only log
// of Yjs updates. Writers only ever INSERT into the log, so they never wait on compaction;
// compaction folds exactly the rows it read and deletes exactly those, so an update that
// commits while it runs stays in the log and is folded next time. Yjs updates are
// idempotent, which makes "snapshot + whatever log rows remain" always a correct load.
import * as Y from "yjs";
import { db, type Tx } from "@/lib/db/client";
import { stateToPlainText } from "@/lib/editor/content";

export type PendingUpdate = { documentId: string; update: Uint8Array; userId: string | null };

export type LoadedState = {
  /** The whole document as one Yjs update (empty when the document has no content yet). */
  state: Uint8Array;
  /** How many log rows were merged in; the background compactor uses it to decide when to run. */
  logLength: number;
};

/** Snapshot plus every update still in the log, merged into one Yjs update. */
export async function loadDocumentState(documentId: string, tx: Tx = db): Promise<LoadedState> {
  // The log first, then the snapshot, one after the other: a compaction that commits in between
  // has folded the rows we read into the snapshot we then read (updates are idempotent), whereas
  // the other order could miss rows it deleted. Sequential also keeps one query per connection.
  const rows = await tx.documentUpdate.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { update: true } });
  const snapshot = await tx.documentSnapshot.findUnique({ where: { documentId }, select: { state: true } });
  const parts: Uint8Array[] = [];
  if (snapshot && snapshot.state.byteLength > 0) parts.push(snapshot.state);
  for (const row of rows) parts.push(row.update);
  const state = parts.length === 0 ? new Uint8Array() : parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  return { state, logLength: rows.length };
}

/**
 * Appends updates to the log in one INSERT (atomic on its own). The collaboration server's
 * group commit calls this for every flush and acknowledges the updates only after it resolves.
 * It touches nothing but the log: an UPDATE of the Document row here would queue behind a
 * running compaction (which holds that row) and stall every writer.
 */
export async function insertDocumentUpdates(updates: PendingUpdate[], tx: Tx = db): Promise<void> {
  if (updates.length === 0) return;
  await tx.documentUpdate.createMany({
    data: updates.map((u) => ({ documentId: u.documentId, update: toBytes(u.update), userId: u.userId })),
  });
}

/** "Last edited" per document; the latest writer in `updates` wins. Off the acknowledgement path. */
export async function markDocumentsEdited(
  updates: Pick<PendingUpdate, "documentId" | "userId">[],
  at: Date = new Date(),
  tx: Tx = db,
): Promise<void> {
  const lastByDoc = new Map<string, string | null>();
  for (const u of updates) lastByDoc.set(u.documentId, u.userId ?? lastByDoc.get(u.documentId) ?? null);
  for (const [documentId, userId] of lastByDoc) {
    // updateMany: a document deleted in the meantime is not an error here.
    await tx.document.updateMany({
      where: { id: documentId },
      data: { lastEditedAt: at, ...(userId ? { lastEditedById: userId } : {}) },
    });
  }
}

/** Insert plus "last edited", for one-off server-side writes (run it in a transaction). */
export async function appendDocumentUpdates(updates: PendingUpdate[], tx: Tx = db): Promise<void> {
  if (updates.length === 0) return;
  await insertDocumentUpdates(updates, tx);
  await markDocumentsEdited(updates, new Date(), tx);
}

/**
 * Folds the log into the snapshot and refreshes the document's plain text and size.
 * Two compactors of the same document serialise on the document row's lock. The lock is
 * FOR NO KEY UPDATE, not FOR UPDATE: inserting a log row takes FOR KEY SHARE on the document
 * (foreign key check), which FOR UPDATE would block, so writers would wait for compaction.
 */
export async function compactDocument(documentId: string): Promise<{ folded: number; sizeBytes: number }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Document" WHERE id = ${documentId} FOR NO KEY UPDATE`;
    const [snapshot, rows] = await Promise.all([
      tx.documentSnapshot.findUnique({ where: { documentId }, select: { state: true } }),
      tx.documentUpdate.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, update: true } }),
    ]);
    if (rows.length === 0) return { folded: 0, sizeBytes: snapshot?.state.byteLength ?? 0 };
    const parts = [...(snapshot ? [snapshot.state] : []), ...rows.map((r) => r.update)];
    // Re-encoding through a Y.Doc (not just mergeUpdates) drops deleted content's payload.
    const doc = new Y.Doc({ gc: true });
    Y.applyUpdate(doc, Y.mergeUpdates(parts));
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    await tx.documentSnapshot.upsert({
      where: { documentId },
      create: { documentId, state: toBytes(state) },
      update: { state: toBytes(state) },
    });
    await tx.documentUpdate.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    await tx.document.update({
      where: { id: documentId },
      data: { plainText: stateToPlainText(state), sizeBytes: state.byteLength },
    });
    return { folded: rows.length, sizeBytes: state.byteLength };
  });
}

/** Prisma wants Uint8Array<ArrayBuffer>; Yjs may hand out views on shared buffers. */
export function toBytes(update: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(update.byteLength));
  copy.set(update);
  return copy;
}
