// Builders for comment tests: a document with content, and anchors into it.
import * as Y from "yjs";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";
import { encodeDocumentJson } from "@/lib/editor/content";
import { bytesToBase64 } from "@/lib/comments/schema";

const CONTENT = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Wnioski z posiedzenia" }] },
    { type: "paragraph", content: [{ type: "text", text: "Wojewódzki Urząd Pracy przygotuje analizę do 30 czerwca." }] },
  ],
};

/** A document of the group with the minutes-like content above stored as its snapshot. */
export async function buildDocument(db: Db, overrides: Partial<Prisma.DocumentUncheckedCreateInput> & { groupId: string }) {
  const state = encodeDocumentJson(CONTENT);
  return db.document.create({
    data: {
      kind: "MINUTES",
      title: "Protokół z IV posiedzenia grupy roboczej",
      ...overrides,
      snapshot: { create: { state: Uint8Array.from(state) } },
    },
  });
}

/** Base64 anchors for the first `length` characters of the paragraph, as the editor sends them. */
export function anchorsFor(offset = 0, length = 22): { anchorStart: string; anchorEnd: string } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, encodeDocumentJson(CONTENT));
  const paragraph = doc.getXmlFragment(DOCUMENT_FIELD).get(1) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const start = Y.createRelativePositionFromTypeIndex(text, offset);
  const end = Y.createRelativePositionFromTypeIndex(text, offset + length, -1);
  return { anchorStart: bytesToBase64(Y.encodeRelativePosition(start)), anchorEnd: bytesToBase64(Y.encodeRelativePosition(end)) };
}
