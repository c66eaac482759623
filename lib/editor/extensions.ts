// The document schema, shared by the browser editor, the collaboration server, the
// minutes template, search text and exports. Only schema-level extensions belong here:
// anything that needs a DOM or React (carets, menus, suggestions) is added by the client.
import type { AnyExtension } from "@tiptap/core";
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import { TaskItem, TaskList } from "@tiptap/extension-list";
import Mention from "@tiptap/extension-mention";
import type { Schema } from "@tiptap/pm/model";
import { ActionBlockNode, DecisionBlockNode } from "@/lib/editor/blocks/nodes";

/** The Y.XmlFragment every document's content lives in (Tiptap's Collaboration default). */
export const DOCUMENT_FIELD = "default";

/**
 * Mentions carry `id` as "user:<id>" or "institution:<id>" and `label` as the display
 * name at the time of mentioning, so a document stays readable if the person leaves.
 */
export const MentionNode = Mention.configure({
  HTMLAttributes: { class: "mention" },
  renderText: ({ node }) => `@${node.attrs.label ?? node.attrs.id}`,
});

export function documentExtensions(): AnyExtension[] {
  return [
    // Yjs keeps the history; ProseMirror's own undo would fight it.
    StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true } }),
    TableKit.configure({ table: { resizable: false } }),
    TaskList,
    TaskItem.configure({ nested: true }),
    MentionNode,
    // Live decision and action blocks of the minutes (records of the registers, by id).
    DecisionBlockNode,
    ActionBlockNode,
  ];
}

let schema: Schema | undefined;
/** The ProseMirror schema of documents, built once per process. */
export function documentSchema(): Schema {
  schema ??= getSchema(documentExtensions());
  return schema;
}
