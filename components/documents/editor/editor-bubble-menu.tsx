"use client";
// A small menu over a text selection: bold, italic, link, "Comment", and for those allowed
// "Record as decision" / "Create action" (the selection becomes a live block). In a
// read-only document only "Comment" is offered (to those who may comment).
import type { ReactNode } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { Bold, Gavel, Italic, Link2, ListTodo, MessageSquarePlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export function EditorBubbleMenu({
  editor,
  editable,
  canComment,
  onComment,
  onLink,
  canRecordDecision = false,
  canCreateAction = false,
  onRecordDecision,
  onCreateAction,
}: {
  editor: Editor;
  editable: boolean;
  canComment: boolean;
  onComment: () => void;
  onLink: () => void;
  canRecordDecision?: boolean;
  canCreateAction?: boolean;
  onRecordDecision?: () => void;
  onCreateAction?: () => void;
}) {
  const t = useTranslations("editor");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ bold: e.isActive("bold"), italic: e.isActive("italic"), link: e.isActive("link") }),
  });
  if (!editable && !canComment) return null;

  const button = (label: string, icon: ReactNode, run: () => void, pressed?: boolean, shortcut?: string) => (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={label}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
      className={cn(
        "inline-flex h-8 min-w-8 items-center justify-center gap-1.5 rounded-md px-1.5 text-sm [&_svg]:size-4",
        "hover:bg-accent focus-visible:outline-offset-0",
        pressed && "bg-secondary text-secondary-foreground",
      )}
    >
      {icon}
    </button>
  );

  const textButton = (label: string, icon: ReactNode, run: () => void, shortcut?: string) => (
    <button
      type="button"
      aria-keyshortcuts={shortcut}
      onMouseDown={(event) => event.preventDefault()}
      onClick={run}
      className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm font-medium whitespace-nowrap hover:bg-accent focus-visible:outline-offset-0 [&_svg]:size-4"
    >
      {icon}
      {label}
    </button>
  );

  return (
    <BubbleMenu
      editor={editor}
      options={{ placement: "top", offset: 8 }}
      shouldShow={({ editor: e, view, state: s, from, to, element }) => {
        if (from === to) return false;
        if (!s.doc.textBetween(from, to, " ").trim()) return false;
        const focusInside = view.hasFocus() || element.contains(document.activeElement);
        // Read-only text cannot take focus everywhere; a mouse selection inside it counts.
        return focusInside || !e.isEditable;
      }}
    >
      <div role="toolbar" aria-label={t("bubble.label")} className="flex items-center gap-0.5 rounded-lg border bg-popover p-1 text-popover-foreground shadow-overlay">
        {editable && (
          <>
            {button(t("toolbar.bold"), <Bold />, () => editor.chain().focus().toggleBold().run(), state.bold, "Control+B")}
            {button(t("toolbar.italic"), <Italic />, () => editor.chain().focus().toggleItalic().run(), state.italic, "Control+I")}
            {button(t("toolbar.link"), <Link2 />, onLink, state.link)}
          </>
        )}
        {canComment && textButton(t("toolbar.comment"), <MessageSquarePlus aria-hidden="true" />, onComment, "Control+Alt+M")}
        {editable && canRecordDecision && onRecordDecision && textButton(t("bubble.recordDecision"), <Gavel aria-hidden="true" />, onRecordDecision)}
        {editable && canCreateAction && onCreateAction && textButton(t("bubble.createAction"), <ListTodo aria-hidden="true" />, onCreateAction)}
      </div>
    </BubbleMenu>
  );
}
