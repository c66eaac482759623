// "/" at the start of a line or after a space opens a list of blocks to insert: headings,
// lists, task list, table, quote, divider, and (for those allowed) a decision of the register
// or an agreed action, which open their dialog. Built on @tiptap/suggestion like the mentions.
import { Extension, type Editor } from "@tiptap/core";
import { PluginKey } from "@tiptap/pm/state";
import { Suggestion } from "@tiptap/suggestion";
import { foldText } from "@/lib/format/fold-text";
import type { SuggestionStore } from "@/components/documents/editor/suggestion-store";

export const slashItemIds = [
  "paragraph",
  "heading1",
  "heading2",
  "heading3",
  "bulletList",
  "orderedList",
  "taskList",
  "table",
  "blockquote",
  "divider",
  "decision",
  "action",
] as const;
export type SlashItemId = (typeof slashItemIds)[number];

/** Items that open a dialog (they create a record) instead of changing the text at once. */
export const slashRecordItemIds = ["decision", "action"] as const;
export type SlashRecordItemId = (typeof slashRecordItemIds)[number];

export function isSlashRecordItem(id: SlashItemId): id is SlashRecordItemId {
  return (slashRecordItemIds as readonly SlashItemId[]).includes(id);
}

export type SlashItem = { id: SlashItemId; label: string };

/** Extra words people type in either language ("/tab", "/lista", "/h2"). */
const keywords: Record<SlashItemId, string> = {
  paragraph: "text tekst akapit paragraph p",
  heading1: "h1 naglowek heading title tytul",
  heading2: "h2 naglowek heading",
  heading3: "h3 naglowek heading",
  bulletList: "ul lista punktowana bullet list",
  orderedList: "ol lista numerowana numbered ordered list",
  taskList: "todo zadania lista zadan task checklist checkbox",
  table: "tabela table grid",
  blockquote: "cytat quote",
  divider: "hr linia separator divider rule",
  decision: "decyzja uchwala rejestr decision resolution register",
  action: "dzialanie zadanie ustalenie action task todo",
};

export function runSlashItem(editor: Editor, id: Exclude<SlashItemId, SlashRecordItemId>): void {
  const chain = editor.chain().focus();
  switch (id) {
    case "paragraph":
      chain.setParagraph().run();
      return;
    case "heading1":
      chain.setHeading({ level: 1 }).run();
      return;
    case "heading2":
      chain.setHeading({ level: 2 }).run();
      return;
    case "heading3":
      chain.setHeading({ level: 3 }).run();
      return;
    case "bulletList":
      chain.toggleBulletList().run();
      return;
    case "orderedList":
      chain.toggleOrderedList().run();
      return;
    case "taskList":
      chain.toggleTaskList().run();
      return;
    case "table":
      chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
      return;
    case "blockquote":
      chain.toggleBlockquote().run();
      return;
    case "divider":
      chain.setHorizontalRule().run();
      return;
  }
}

export function filterSlashItems(query: string, labelFor: (id: SlashItemId) => string, isAvailable: (id: SlashItemId) => boolean = () => true): SlashItem[] {
  const q = foldText(query.trim());
  return slashItemIds
    .filter(isAvailable)
    .map((id) => ({ id, label: labelFor(id) }))
    .filter((item) => !q || foldText(`${item.label} ${keywords[item.id]}`).split(/\s+/).some((word) => word.startsWith(q)) || foldText(item.label).includes(q));
}

export type SlashCommandOptions = {
  store: SuggestionStore | null;
  labelFor: (id: SlashItemId) => string;
  /** Read on every keystroke: rights may arrive after the editor is built. */
  isAvailable: (id: SlashItemId) => boolean;
  /** "decision" / "action" was picked; the "/query" text is already removed. */
  onRecordItem: (id: SlashRecordItemId, editor: Editor) => void;
};

export const slashCommandKey = new PluginKey("slashCommand");

export const SlashCommand = Extension.create<SlashCommandOptions>({
  name: "slashCommand",

  addOptions() {
    return { store: null, labelFor: (id) => id, isAvailable: (id) => !isSlashRecordItem(id), onRecordItem: () => {} };
  },

  addProseMirrorPlugins() {
    const { store, labelFor, isAvailable, onRecordItem } = this.options;
    if (!store) return [];
    return [
      Suggestion<SlashItem, SlashItem>({
        editor: this.editor,
        pluginKey: slashCommandKey,
        char: "/",
        allowedPrefixes: [" "],
        items: ({ query }) => filterSlashItems(query, labelFor, isAvailable),
        command: ({ editor, range, props }) => {
          editor.chain().focus().deleteRange(range).run();
          if (isSlashRecordItem(props.id)) onRecordItem(props.id, editor);
          else runSlashItem(editor, props.id);
        },
        render: store.renderer("slash"),
      }),
    ];
  },
});
