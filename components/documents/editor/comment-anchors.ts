// Comment threads are anchored by Yjs relative positions, so a highlighted range follows the
// text through everyone's concurrent edits. This extension turns the threads' anchors into
// highlight decorations: it maps relative → absolute positions whenever Yjs changed the
// document (the binding's mapping is current then) and maps the decorations through local
// transactions in between (the mapping lags behind those until the sync plugin catches up).
import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { base64ToBytes, bytesToBase64 } from "@/lib/comments/schema";

export type CommentAnchor = { id: string; anchorStart: string; anchorEnd: string; draft?: boolean };
export type ThreadRange = { from: number; to: number };

type DecodedAnchor = { id: string; start: Y.RelativePosition; end: Y.RelativePosition; draft: boolean };
type PluginState = { anchors: DecodedAnchor[]; activeId: string | null; decorations: DecorationSet };
type Meta = { anchors?: CommentAnchor[]; activeId?: string | null };

export const commentAnchorsKey = new PluginKey<PluginState>("commentAnchors");

type SyncState = {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<unknown, unknown> } | null;
};

function syncState(state: EditorState): SyncState | null {
  const ystate = ySyncPluginKey.getState(state) as SyncState | undefined;
  return ystate?.binding ? ystate : null;
}

function decode(anchor: CommentAnchor): DecodedAnchor | null {
  try {
    return {
      id: anchor.id,
      start: Y.decodeRelativePosition(base64ToBytes(anchor.anchorStart)),
      end: Y.decodeRelativePosition(base64ToBytes(anchor.anchorEnd)),
      draft: anchor.draft ?? false,
    };
  } catch {
    return null;
  }
}

function buildDecorations(state: EditorState, anchors: DecodedAnchor[], activeId: string | null): DecorationSet {
  const ystate = syncState(state);
  // Before the first render from Yjs the mapping is empty and every position would be null.
  if (!ystate || ystate.binding!.mapping.size === 0) return DecorationSet.empty;
  const mapping = ystate.binding!.mapping as Parameters<typeof relativePositionToAbsolutePosition>[3];
  const size = state.doc.content.size;
  const decorations: Decoration[] = [];
  for (const anchor of anchors) {
    const from = relativePositionToAbsolutePosition(ystate.doc, ystate.type, anchor.start, mapping);
    const to = relativePositionToAbsolutePosition(ystate.doc, ystate.type, anchor.end, mapping);
    if (from === null || to === null) continue;
    const start = Math.max(0, Math.min(from, size));
    const end = Math.max(0, Math.min(to, size));
    // The commented text was deleted: the thread is "detached" (the sidebar keeps its quote).
    if (end <= start) continue;
    const classes = ["comment-anchor"];
    if (anchor.draft) classes.push("is-draft");
    if (anchor.id === activeId) classes.push("is-active");
    decorations.push(
      Decoration.inline(start, end, { class: classes.join(" "), "data-thread-id": anchor.id }, { threadId: anchor.id, inclusiveStart: false, inclusiveEnd: false }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

export type CommentAnchorsOptions = {
  /** A highlight was clicked: show its thread. */
  onActivate: (threadId: string) => void;
};

export const CommentAnchors = Extension.create<CommentAnchorsOptions>({
  name: "commentAnchors",

  addOptions() {
    return { onActivate: () => {} };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<PluginState>({
        key: commentAnchorsKey,
        state: {
          init: () => ({ anchors: [], activeId: null, decorations: DecorationSet.empty }),
          apply(tr, value, _oldState, newState) {
            const meta = tr.getMeta(commentAnchorsKey) as Meta | undefined;
            const fromYjs = tr.getMeta(ySyncPluginKey) !== undefined;
            if (meta || fromYjs) {
              const anchors = meta?.anchors ? meta.anchors.map(decode).filter((a): a is DecodedAnchor => a !== null) : value.anchors;
              const activeId = meta && "activeId" in meta ? (meta.activeId ?? null) : value.activeId;
              return { anchors, activeId, decorations: buildDecorations(newState, anchors, activeId) };
            }
            if (!tr.docChanged) return value;
            return { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => commentAnchorsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const found = commentAnchorsKey.getState(view.state)?.decorations.find(pos, pos) ?? [];
            const hit = found.find((d) => typeof d.spec.threadId === "string" && d.spec.threadId !== DRAFT_ID);
            if (hit) options.onActivate(hit.spec.threadId as string);
            // Never swallow the click: the caret still moves there.
            return false;
          },
        },
      }),
    ];
  },
});

export const DRAFT_ID = "draft";

/** Replaces the highlighted anchors (open threads, the draft) and which one is active. */
export function setCommentAnchors(editor: Editor, anchors: CommentAnchor[], activeId: string | null): void {
  if (editor.isDestroyed) return;
  const tr = editor.state.tr.setMeta(commentAnchorsKey, { anchors, activeId } satisfies Meta);
  tr.setMeta("addToHistory", false);
  editor.view.dispatch(tr);
}

/** Where each highlighted thread is in the document now (missing = its text was deleted). */
export function threadRanges(state: EditorState): Map<string, ThreadRange> {
  const ranges = new Map<string, ThreadRange>();
  const decorations = commentAnchorsKey.getState(state)?.decorations;
  if (!decorations) return ranges;
  for (const decoration of decorations.find()) {
    const id = decoration.spec.threadId as string | undefined;
    if (!id) continue;
    const known = ranges.get(id);
    ranges.set(id, known ? { from: Math.min(known.from, decoration.from), to: Math.max(known.to, decoration.to) } : { from: decoration.from, to: decoration.to });
  }
  return ranges;
}

/** True once Yjs content has been rendered, so a missing range really means "deleted". */
export function anchorsResolvable(state: EditorState): boolean {
  const ystate = syncState(state);
  return Boolean(ystate && ystate.binding!.mapping.size > 0);
}

/** The selection as base64 relative positions plus its text, for a new thread. */
export function anchorSelection(state: EditorState, maxQuote: number): { anchorStart: string; anchorEnd: string; quote: string; from: number; to: number } | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const quote = state.doc.textBetween(from, to, " ", " ").replace(/\s+/g, " ").trim();
  if (!quote) return null;
  const ystate = syncState(state);
  if (!ystate) return null;
  const mapping = ystate.binding!.mapping as Parameters<typeof absolutePositionToRelativePosition>[2];
  const start = absolutePositionToRelativePosition(from, ystate.type, mapping) as Y.RelativePosition;
  const end = absolutePositionToRelativePosition(to, ystate.type, mapping) as Y.RelativePosition;
  return {
    anchorStart: bytesToBase64(Y.encodeRelativePosition(start)),
    anchorEnd: bytesToBase64(Y.encodeRelativePosition(end)),
    quote: quote.length > maxQuote ? `${quote.slice(0, maxQuote - 1).trimEnd()}…` : quote,
    from,
    to,
  };
}
