// Seeded document contents for the size phases: a ~20 KB document and a ~1 MB document
// built from thousands of edits by several authors (inserts, deletions, formatting).
import * as Y from "yjs";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";
import { CORPUS } from "./workload";
import type { Rng } from "./prng";

export function paragraph(text = ""): Y.XmlElement {
  const p = new Y.XmlElement("paragraph");
  const t = new Y.XmlText();
  if (text) t.insert(0, text);
  p.insert(0, [t]);
  return p;
}

function prose(rng: Rng, length: number): string {
  let out = "";
  let at = rng.int(0, CORPUS.length - 1);
  while (out.length < length) {
    const take = Math.min(length - out.length, CORPUS.length - at);
    out += CORPUS.slice(at, at + take);
    at = (at + take) % CORPUS.length;
  }
  return out;
}

/** A document of about `bytes` of encoded Yjs state, written in one go (no history). */
export function buildPlainDocument(rng: Rng, bytes: number): Uint8Array {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
  let size = 0;
  while (size < bytes) {
    // Encoded state ≈ text length plus a few bytes per paragraph, so the last one is cut to fit.
    fragment.push([paragraph(prose(rng, Math.max(20, Math.min(rng.int(200, 600), bytes - size - 8))))]);
    size = Y.encodeStateAsUpdate(doc).byteLength;
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

export type HistoryDocument = {
  /** Every update in the order it was made: the document's full edit history. */
  updates: Uint8Array[];
  /** The final state (what a compacted snapshot would hold). */
  state: Uint8Array;
  textLength: number;
};

/**
 * A document of about `bytes` encoded state grown by thousands of small edits from
 * several authors: typing phrases at random places, deleting ranges, bolding, new paragraphs.
 */
export function buildHistoryDocument(rng: Rng, bytes: number, authors = 8): HistoryDocument {
  const docs = Array.from({ length: authors }, (_, i) => {
    const d = new Y.Doc();
    d.clientID = 1_000_000 + i;
    return d;
  });
  const updates: Uint8Array[] = [];
  for (const d of docs) {
    d.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === "replica") return;
      updates.push(update);
      for (const other of docs) if (other !== d) Y.applyUpdate(other, update, "replica");
    });
  }
  const first = docs[0]!;
  first.getXmlFragment(DOCUMENT_FIELD).push([paragraph(prose(rng, 200))]);
  let size = 0;
  let step = 0;
  while (size < bytes) {
    const doc = rng.pick(docs);
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    const paragraphs = fragment.toArray() as Y.XmlElement[];
    const target = rng.pick(paragraphs);
    const text = target.get(0) as Y.XmlText;
    const len = text.length;
    const roll = rng.next();
    doc.transact(() => {
      if (roll < 0.15 || len > 3000) {
        fragment.insert(rng.int(0, paragraphs.length), [paragraph(prose(rng, rng.int(40, 400)))]);
      } else if (roll < 0.75) {
        text.insert(rng.int(0, len), prose(rng, rng.int(20, 400)));
      } else if (roll < 0.95 && len > 10) {
        const at = rng.int(0, len - 1);
        text.delete(at, Math.min(len - at, rng.int(1, 80)));
      } else if (len > 10) {
        const at = rng.int(0, len - 1);
        text.format(at, Math.min(len - at, rng.int(3, 40)), { bold: {} });
      }
    });
    // Measuring the size is costly on a big document, so only every 50 edits.
    if (++step % 50 === 0) size = Y.encodeStateAsUpdate(first).byteLength;
  }
  const state = Y.encodeStateAsUpdate(first);
  const textLength = (first.getXmlFragment(DOCUMENT_FIELD).toArray() as Y.XmlElement[]).reduce(
    (n, p) => n + (p.get(0) as Y.XmlText).length,
    0,
  );
  for (const d of docs) d.destroy();
  return { updates, state, textLength };
}
