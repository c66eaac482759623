// Conversions between a document's Yjs state and ProseMirror JSON / plain text, for the
// server side (templates, search text, exports, version comparison).
import * as Y from "yjs";
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from "@tiptap/y-tiptap";
import { ACTION_BLOCK, blockPlainText, DECISION_BLOCK } from "@/lib/editor/blocks/nodes";
import { DOCUMENT_FIELD, documentSchema } from "@/lib/editor/extensions";

export type ProseMirrorJson = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

/** A Yjs update that creates a document with the given ProseMirror JSON content. */
export function encodeDocumentJson(json: ProseMirrorJson): Uint8Array {
  const doc = prosemirrorJSONToYDoc(documentSchema(), json, DOCUMENT_FIELD);
  return Y.encodeStateAsUpdate(doc);
}

export function stateToJson(state: Uint8Array): ProseMirrorJson {
  const doc = new Y.Doc();
  if (state.byteLength > 0) Y.applyUpdate(doc, state);
  return docToJson(doc);
}

export function docToJson(doc: Y.Doc): ProseMirrorJson {
  return yDocToProsemirrorJSON(doc, DOCUMENT_FIELD) as ProseMirrorJson;
}

const BLOCK_TYPES = new Set(["paragraph", "heading", "listItem", "taskItem", "blockquote", "codeBlock", "tableRow", "horizontalRule", DECISION_BLOCK, ACTION_BLOCK]);

/** Plain text with one line per block; mentions as "@label". Used for search and previews. */
export function jsonToPlainText(json: ProseMirrorJson): string {
  const out: string[] = [];
  const walk = (node: ProseMirrorJson) => {
    if (node.type === "text") out.push(node.text ?? "");
    else if (node.type === "mention") out.push(`@${String(node.attrs?.label ?? node.attrs?.id ?? "")}`);
    else if (node.type === "hardBreak") out.push("\n");
    else if (node.type === DECISION_BLOCK || node.type === ACTION_BLOCK) out.push(blockPlainText(node.type, node.attrs?.label));
    else if (node.type === "tableCell" || node.type === "tableHeader") {
      node.content?.forEach(walk);
      out.push("\t");
      return;
    }
    node.content?.forEach(walk);
    if (BLOCK_TYPES.has(node.type)) out.push("\n");
  };
  walk(json);
  return out.join("").replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}

export function stateToPlainText(state: Uint8Array): string {
  return jsonToPlainText(stateToJson(state));
}
