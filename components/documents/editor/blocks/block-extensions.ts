// The schema-level block nodes (lib/editor/blocks/nodes.ts) with their live React views, for
// the browser editor only. The store is handed in through the options; the node JSON, HTML
// and text forms stay exactly those of the shared schema. Plus a guard that keeps a selected
// block from being overwritten by typing.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { ActionBlockNode, DecisionBlockNode } from "@/lib/editor/blocks/nodes";
import type { BlockStore } from "@/components/documents/editor/blocks/block-store";
import { typeAfterSelectedBlock } from "@/components/documents/editor/blocks/insert-block";
import { ActionBlockView } from "@/components/documents/editor/blocks/action-block-view";
import { DecisionBlockView } from "@/components/documents/editor/blocks/decision-block-view";

export type BlockViewOptions = { store: BlockStore | null };

export const LiveDecisionBlock = DecisionBlockNode.extend<BlockViewOptions>({
  addOptions() {
    return { store: null };
  },
  addNodeView() {
    return ReactNodeViewRenderer(DecisionBlockView);
  },
});

export const LiveActionBlock = ActionBlockNode.extend<BlockViewOptions>({
  addOptions() {
    return { store: null };
  },
  addNodeView() {
    return ReactNodeViewRenderer(ActionBlockView);
  },
});

/**
 * Typing while a block is selected (after clicking it) would replace the block by the typed
 * letter, as with any selected node. A block stands for a record, so the text goes into a new
 * paragraph after it instead. Deleting a block stays deliberate: Backspace or Delete.
 */
export const KeepBlocksWhileTyping = Extension.create({
  name: "keepBlocksWhileTyping",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("keepBlocksWhileTyping"),
        props: {
          handleTextInput(view, _from, _to, text) {
            const tr = typeAfterSelectedBlock(view.state, text);
            if (!tr) return false;
            view.dispatch(tr);
            return true;
          },
        },
      }),
    ];
  },
});
