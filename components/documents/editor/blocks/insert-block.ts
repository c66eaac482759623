// Where a new block goes. The record is created on the server first (a decision number, an
// action number) and only then is the block inserted, so the place is remembered as Yjs
// relative positions: they follow the text through everyone's edits made meanwhile, which
// absolute positions would not (a remote change re-renders the whole ProseMirror document).
import type { Editor } from "@tiptap/core";
import type { Node as PmNode } from "@tiptap/pm/model";
import { NodeSelection, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { ACTION_BLOCK, DECISION_BLOCK } from "@/lib/editor/blocks/nodes";

export type BlockTarget = {
  /** Relative positions when Yjs is bound (always, in the live editor); absolute ones as a fallback. */
  relative: { from: Y.RelativePosition; to: Y.RelativePosition } | null;
  from: number;
  to: number;
};

type SyncState = { doc: Y.Doc; type: Y.XmlFragment; binding: { mapping: Map<unknown, unknown> } | null };
type Mapping = Parameters<typeof absolutePositionToRelativePosition>[2];

function syncState(state: EditorState): SyncState | null {
  const ystate = ySyncPluginKey.getState(state) as SyncState | undefined;
  return ystate?.binding && ystate.binding.mapping.size > 0 ? ystate : null;
}

/** Remembers a range of the current document (the selection, or the caret for a slash command). */
export function captureTarget(state: EditorState, from: number, to: number): BlockTarget {
  const ystate = syncState(state);
  if (!ystate) return { relative: null, from, to };
  const mapping = ystate.binding!.mapping as Mapping;
  return {
    relative: {
      from: absolutePositionToRelativePosition(from, ystate.type, mapping) as Y.RelativePosition,
      to: absolutePositionToRelativePosition(to, ystate.type, mapping) as Y.RelativePosition,
    },
    from,
    to,
  };
}

/** The remembered range in today's document, clamped to it. */
export function resolveTarget(state: EditorState, target: BlockTarget): { from: number; to: number } {
  const size = state.doc.content.size;
  const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
  const ystate = syncState(state);
  if (target.relative && ystate) {
    const mapping = ystate.binding!.mapping as Parameters<typeof relativePositionToAbsolutePosition>[3];
    const from = relativePositionToAbsolutePosition(ystate.doc, ystate.type, target.relative.from, mapping);
    const to = relativePositionToAbsolutePosition(ystate.doc, ystate.type, target.relative.to, mapping);
    if (from !== null && to !== null) return { from: clamp(Math.min(from, to)), to: clamp(Math.max(from, to)) };
  }
  return { from: clamp(target.from), to: clamp(target.to) };
}

/**
 * The range to replace: a selection covering a whole paragraph (or a caret in an empty one)
 * takes the paragraph itself, so no empty line is left behind; anything else is replaced as
 * is and ProseMirror splits the paragraph around the block.
 */
export function widenToTextblock(doc: PmNode, from: number, to: number): { from: number; to: number } {
  const $from = doc.resolve(from);
  const $to = doc.resolve(to);
  const parent = $from.parent;
  if (parent.isTextblock && $from.sameParent($to) && $from.depth > 0) {
    const whole = from === $from.start() && to === $from.end();
    if (whole) return { from: $from.before(), to: $from.after() };
  }
  return { from, to };
}

export type NewBlock =
  | { type: typeof DECISION_BLOCK; id: string; label: string }
  | { type: typeof ACTION_BLOCK; id: string; label: string };

/** The transaction replacing the target by the block, with the caret after it; null if the schema lacks it. */
export function blockInsertTransaction(state: EditorState, target: BlockTarget, block: NewBlock): Transaction | null {
  const nodeType = state.schema.nodes[block.type];
  if (!nodeType) return null;
  const idAttr = block.type === DECISION_BLOCK ? "decisionId" : "actionId";
  const node = nodeType.create({ [idAttr]: block.id, label: block.label });
  const resolved = resolveTarget(state, target);
  const { from, to } = widenToTextblock(state.doc, resolved.from, resolved.to);
  const tr = state.tr.replaceRangeWith(from, to, node);
  // Find the block again (replaceRangeWith may have moved it out of a paragraph) and continue after it.
  let after = null as number | null;
  tr.doc.descendants((child, pos) => {
    if (after !== null) return false;
    if (child.type === nodeType && child.attrs[idAttr] === block.id) after = pos + child.nodeSize;
    return after === null;
  });
  if (after !== null) {
    const $after = tr.doc.resolve(after);
    // Nothing to write into after the block (end of the document or of a cell): add a paragraph.
    const paragraph = state.schema.nodes.paragraph;
    if (!$after.nodeAfter && paragraph && $after.parent.canReplaceWith($after.index(), $after.index(), paragraph)) tr.insert(after, paragraph.create());
    tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(after + 1, tr.doc.content.size))));
  }
  return tr.scrollIntoView();
}

/** Replaces the target by the block and puts the caret after it. False if the editor is gone. */
export function insertBlock(editor: Editor, target: BlockTarget, block: NewBlock): boolean {
  if (editor.isDestroyed) return false;
  const tr = blockInsertTransaction(editor.state, target, block);
  if (!tr) return false;
  editor.view.dispatch(tr);
  editor.view.focus();
  return true;
}

/** With a block selected, the transaction putting typed text in a new paragraph after it (else null). */
export function typeAfterSelectedBlock(state: EditorState, text: string): Transaction | null {
  const { selection, schema } = state;
  if (!(selection instanceof NodeSelection)) return null;
  const name = selection.node.type.name;
  if (name !== DECISION_BLOCK && name !== ACTION_BLOCK) return null;
  const paragraph = schema.nodes.paragraph;
  const $after = state.doc.resolve(selection.to);
  if (!paragraph || !$after.parent.canReplaceWith($after.index(), $after.index(), paragraph)) return null;
  const tr = state.tr.insert(selection.to, paragraph.create(null, schema.text(text)));
  tr.setSelection(TextSelection.create(tr.doc, selection.to + 1 + text.length));
  return tr.scrollIntoView();
}
