// In a read-only document a double click does not select the word (ProseMirror leaves the
// non-editable text to the browser, which then loses the selection). Reviewers select text
// to comment on it, so a double click selects the word under the pointer here.
import { Extension } from "@tiptap/core";
import { Plugin, TextSelection } from "@tiptap/pm/state";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

const WORD_CHAR = /[\p{L}\p{N}_'’-]/u;

/** The word around `pos` as a text selection, or null outside a word. */
export function wordSelectionAt(doc: ProseMirrorNode, pos: number): TextSelection | null {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  // Non-text inline nodes (mentions) count as one non-word character.
  const text = $pos.parent.textBetween(0, $pos.parent.content.size, undefined, "\ufffc");
  let start = $pos.parentOffset;
  let end = $pos.parentOffset;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? "")) start--;
  while (end < text.length && WORD_CHAR.test(text[end] ?? "")) end++;
  if (start === end) return null;
  return TextSelection.create(doc, $pos.start() + start, $pos.start() + end);
}

export const ReadOnlySelection = Extension.create({
  name: "readOnlySelection",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleDoubleClick(view, pos) {
            if (view.editable) return false;
            const selection = wordSelectionAt(view.state.doc, pos);
            if (!selection) return false;
            view.dispatch(view.state.tr.setSelection(selection));
            return true;
          },
        },
      }),
    ];
  },
});
