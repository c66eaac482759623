// Restoring a past version as a new change: a Yjs update that, applied on top of the
// current state, makes the content equal to the old one. It is an ordinary edit in the
// document's history, so every open editor merges it live and it can itself be undone by
// restoring the BEFORE_RESTORE version.
import * as Y from "yjs";
import { Node } from "@tiptap/pm/model";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { docToJson, type ProseMirrorJson } from "@/lib/editor/content";
import { DOCUMENT_FIELD, documentSchema } from "@/lib/editor/extensions";

/**
 * The update turning `currentState` into `target`, or null when the content is already
 * equal. y-tiptap's fragment update diffs the trees (like the editor does on every
 * keystroke), so unchanged leading and trailing blocks keep their Yjs items, and with them
 * comment anchors and other people's carets; if that ever leaves a difference, the whole
 * fragment is replaced in the same transaction.
 */
export function computeReplaceUpdate(currentState: Uint8Array, target: ProseMirrorJson): Uint8Array | null {
  // Validate against the schema before touching anything: a bad version throws here.
  const targetNode = Node.fromJSON(documentSchema(), target);
  const normalisedTarget = targetNode.toJSON() as ProseMirrorJson;

  const doc = new Y.Doc();
  try {
    if (currentState.byteLength > 0) Y.applyUpdate(doc, currentState);
    if (sameContent(docToJson(doc), normalisedTarget)) return null;

    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    const fragment = doc.getXmlFragment(DOCUMENT_FIELD);
    doc.transact(() => {
      prosemirrorToYXmlFragment(targetNode, fragment);
      if (!sameContent(docToJson(doc), normalisedTarget)) {
        fragment.delete(0, fragment.length);
        prosemirrorToYXmlFragment(targetNode, fragment);
      }
    });
    if (updates.length === 0) return null;
    return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  } finally {
    doc.destroy();
  }
}

/** Content equality through the schema, so default attributes do not count as changes. */
function sameContent(a: ProseMirrorJson, b: ProseMirrorJson): boolean {
  try {
    return Node.fromJSON(documentSchema(), a).eq(Node.fromJSON(documentSchema(), b));
  } catch {
    return false;
  }
}
