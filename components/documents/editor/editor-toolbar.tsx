"use client";
// The formatting toolbar (WAI-ARIA toolbar pattern): one Tab stop, arrow keys move between
// buttons, Home/End jump, Escape returns to the text. Alt+F10 in the text comes here.
// Toggle buttons say their state with aria-pressed; the table tools appear inside a table.
import { forwardRef, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import {
  BetweenHorizontalEnd,
  Bold,
  BetweenVerticalEnd,
  Heading1,
  Heading2,
  Heading3,
  Italic,
  Link2,
  List,
  ListChecks,
  ListOrdered,
  MessageSquarePlus,
  Minus,
  Redo2,
  Strikethrough,
  Table,
  TextQuote,
  Trash2,
  Underline,
  Undo2,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type EditorToolbarHandle = { focus: () => void };

type Item = {
  id: string;
  label: string;
  icon: ReactNode;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
  group: number;
};

export const EditorToolbar = forwardRef<
  EditorToolbarHandle,
  { editor: Editor; controlsId: string; canComment: boolean; onComment: () => void; onLink: () => void }
>(function EditorToolbar({ editor, controlsId, canComment, onComment, onLink }, ref) {
  const t = useTranslations("editor.toolbar");
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [current, setCurrent] = useState(0);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      underline: e.isActive("underline"),
      strike: e.isActive("strike"),
      h1: e.isActive("heading", { level: 1 }),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      taskList: e.isActive("taskList"),
      blockquote: e.isActive("blockquote"),
      link: e.isActive("link"),
      inTable: e.isActive("table"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      hasSelection: !e.state.selection.empty,
    }),
  });

  const chain = () => editor.chain().focus();
  const items: Item[] = [
    { group: 0, id: "undo", label: t("undo"), shortcut: "Control+Z", icon: <Undo2 />, disabled: !state.canUndo, run: () => chain().undo().run() },
    { group: 0, id: "redo", label: t("redo"), shortcut: "Control+Y", icon: <Redo2 />, disabled: !state.canRedo, run: () => chain().redo().run() },
    { group: 1, id: "bold", label: t("bold"), shortcut: "Control+B", icon: <Bold />, pressed: state.bold, run: () => chain().toggleBold().run() },
    { group: 1, id: "italic", label: t("italic"), shortcut: "Control+I", icon: <Italic />, pressed: state.italic, run: () => chain().toggleItalic().run() },
    { group: 1, id: "underline", label: t("underline"), shortcut: "Control+U", icon: <Underline />, pressed: state.underline, run: () => chain().toggleUnderline().run() },
    { group: 1, id: "strike", label: t("strike"), shortcut: "Control+Shift+S", icon: <Strikethrough />, pressed: state.strike, run: () => chain().toggleStrike().run() },
    { group: 2, id: "h1", label: t("heading1"), shortcut: "Control+Alt+1", icon: <Heading1 />, pressed: state.h1, run: () => chain().toggleHeading({ level: 1 }).run() },
    { group: 2, id: "h2", label: t("heading2"), shortcut: "Control+Alt+2", icon: <Heading2 />, pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { group: 2, id: "h3", label: t("heading3"), shortcut: "Control+Alt+3", icon: <Heading3 />, pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { group: 3, id: "bulletList", label: t("bulletList"), shortcut: "Control+Shift+8", icon: <List />, pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    { group: 3, id: "orderedList", label: t("orderedList"), shortcut: "Control+Shift+7", icon: <ListOrdered />, pressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { group: 3, id: "taskList", label: t("taskList"), shortcut: "Control+Shift+9", icon: <ListChecks />, pressed: state.taskList, run: () => chain().toggleTaskList().run() },
    { group: 3, id: "blockquote", label: t("blockquote"), shortcut: "Control+Shift+B", icon: <TextQuote />, pressed: state.blockquote, run: () => chain().toggleBlockquote().run() },
    { group: 3, id: "horizontalRule", label: t("horizontalRule"), icon: <Minus />, run: () => chain().setHorizontalRule().run() },
    { group: 4, id: "link", label: t("link"), icon: <Link2 />, pressed: state.link, run: onLink },
    { group: 5, id: "insertTable", label: t("insertTable"), icon: <Table />, disabled: state.inTable, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    ...(state.inTable
      ? [
          { group: 5, id: "addRow", label: t("addRow"), icon: <BetweenHorizontalEnd />, run: () => chain().addRowAfter().run() },
          { group: 5, id: "addColumn", label: t("addColumn"), icon: <BetweenVerticalEnd />, run: () => chain().addColumnAfter().run() },
          { group: 5, id: "deleteRow", label: t("deleteRow"), icon: <Trash2 />, run: () => chain().deleteRow().run() },
          { group: 5, id: "deleteColumn", label: t("deleteColumn"), icon: <Trash2 className="rotate-90" />, run: () => chain().deleteColumn().run() },
          { group: 5, id: "deleteTable", label: t("deleteTable"), icon: <Trash2 className="text-destructive" />, run: () => chain().deleteTable().run() },
        ]
      : []),
    ...(canComment
      ? [{ group: 6, id: "comment", label: t("comment"), shortcut: "Control+Alt+M", icon: <MessageSquarePlus />, disabled: !state.hasSelection, run: onComment }]
      : []),
  ];

  const active = Math.min(current, items.length - 1);

  useImperativeHandle(ref, () => ({ focus: () => buttons.current[active]?.focus() }), [active]);

  const move = (index: number) => {
    const next = (index + items.length) % items.length;
    setCurrent(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    switch (event.key) {
      case "ArrowRight":
        move(active + 1);
        break;
      case "ArrowLeft":
        move(active - 1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(items.length - 1);
        break;
      case "Escape":
        editor.commands.focus();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      role="toolbar"
      aria-label={t("label")}
      aria-controls={controlsId}
      onKeyDown={onKeyDown}
      className="flex flex-wrap items-center gap-0.5 border-b bg-card px-2 py-1.5"
    >
      {items.map((item, index) => (
        <span key={item.id} className="contents">
          {index > 0 && items[index - 1]!.group !== item.group && <span role="separator" aria-orientation="vertical" className="mx-1 h-5 w-px bg-border" />}
          <button
            ref={(node) => {
              buttons.current[index] = node;
            }}
            type="button"
            tabIndex={index === active ? 0 : -1}
            aria-label={item.label}
            aria-keyshortcuts={item.shortcut}
            aria-pressed={item.pressed === undefined ? undefined : item.pressed}
            aria-disabled={item.disabled || undefined}
            title={item.shortcut ? `${item.label} (${item.shortcut.replace("Control", "Ctrl")})` : item.label}
            onFocus={() => setCurrent(index)}
            // Keep the text selection: mousedown on a button would otherwise blur the editor.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (!item.disabled) item.run();
            }}
            className={cn(
              "inline-flex size-8 items-center justify-center rounded-md text-foreground transition-colors [&_svg]:size-4",
              "hover:bg-accent focus-visible:outline-offset-0",
              item.pressed && "bg-secondary text-secondary-foreground hover:bg-secondary-hover",
              item.disabled && "cursor-default opacity-45 hover:bg-transparent",
            )}
          >
            {item.icon}
          </button>
        </span>
      ))}
    </div>
  );
});
