"use client";
// The popup list of the "@" (mentions) and "/" (blocks) suggestions. Focus stays in the
// text: the editor element gets aria-expanded/aria-controls/aria-activedescendant pointing
// at the highlighted option, so screen readers read it as the person moves with the arrows.
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { Editor } from "@tiptap/core";
import {
  Building2,
  Gavel,
  Heading1,
  Heading2,
  Heading3,
  List,
  ListChecks,
  ListOrdered,
  ListTodo,
  Minus,
  Pilcrow,
  Table,
  TextQuote,
  User,
} from "lucide-react";
import { useTranslations } from "next-intl";
import type { Mentionable } from "@/components/documents/editor/mention-items";
import type { SlashItem, SlashItemId } from "@/components/documents/editor/slash-command";
import type { SuggestionStore } from "@/components/documents/editor/suggestion-store";

const slashIcons: Record<SlashItemId, ReactNode> = {
  paragraph: <Pilcrow />,
  heading1: <Heading1 />,
  heading2: <Heading2 />,
  heading3: <Heading3 />,
  bulletList: <List />,
  orderedList: <ListOrdered />,
  taskList: <ListChecks />,
  table: <Table />,
  blockquote: <TextQuote />,
  divider: <Minus />,
  decision: <Gavel />,
  action: <ListTodo />,
};

const noSubscription = () => () => {};

export function SuggestionPopup({ store, editor, listId }: { store: SuggestionStore; editor: Editor; listId: string }) {
  const t = useTranslations("editor");
  const open = useSyncExternalStore(store.subscribe, store.getSnapshot, () => null);
  // Portals need the document; this is false on the server and during hydration.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const element = useRef<HTMLDivElement | null>(null);
  const session = open?.session ?? null;
  const mount = open?.mount;

  // Positioned once per opening; Floating UI keeps it next to the trigger while typing.
  useLayoutEffect(() => {
    if (session === null || !mount || !element.current) return;
    return mount(element.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `mount` changes on every keystroke; the session does not
  }, [session]);

  const optionId = (index: number) => `${listId}-option-${index}`;
  const active = open && open.items.length > 0 ? optionId(open.activeIndex) : null;

  useEffect(() => {
    if (editor.isDestroyed) return;
    const dom = editor.view.dom;
    if (open) {
      dom.setAttribute("aria-expanded", "true");
      dom.setAttribute("aria-controls", listId);
      dom.setAttribute("aria-autocomplete", "list");
      if (active) dom.setAttribute("aria-activedescendant", active);
      else dom.removeAttribute("aria-activedescendant");
    } else {
      dom.removeAttribute("aria-expanded");
      dom.removeAttribute("aria-controls");
      dom.removeAttribute("aria-autocomplete");
      dom.removeAttribute("aria-activedescendant");
    }
  }, [editor, open, active, listId]);

  // Keep the highlighted option visible in a scrolled list.
  useEffect(() => {
    if (active) document.getElementById(active)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  if (!open || !mounted) return null;
  const label = open.kind === "mention" ? t("mention.label") : t("slash.label");

  return createPortal(
    <div ref={element} className="suggestion-popup" style={{ position: "absolute", top: 0, left: 0 }}>
      {open.items.length === 0 ? (
        <p className="px-2 py-1.5 text-sm text-muted-foreground" role="status">
          {open.kind === "mention" ? t("mention.empty") : t("slash.empty")}
        </p>
      ) : (
        <ul id={listId} role="listbox" aria-label={label}>
          {open.items.map((item, index) => (
            <li
              key={index}
              id={optionId(index)}
              role="option"
              aria-selected={index === open.activeIndex}
              // The click must not move focus (and the caret) out of the text before the pick.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => open.select(index)}
              onMouseEnter={() => store.setActive(index)}
            >
              {open.kind === "mention" ? <MentionOption item={item as Mentionable} /> : <SlashOption item={item as SlashItem} />}
            </li>
          ))}
        </ul>
      )}
    </div>,
    document.body,
  );
}

function MentionOption({ item }: { item: Mentionable }) {
  const t = useTranslations("editor.mention");
  return (
    <>
      <span aria-hidden="true" className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-3.5">
        {item.kind === "institution" ? <Building2 /> : <User />}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate font-medium">{item.label}</span>
        {item.detail && <span className="block truncate text-xs text-muted-foreground">{item.detail}</span>}
      </span>
      <span className="sr-only">, {item.kind === "institution" ? t("institution") : t("user")}</span>
    </>
  );
}

function SlashOption({ item }: { item: SlashItem }) {
  return (
    <>
      <span aria-hidden="true" className="inline-flex size-6 shrink-0 items-center justify-center rounded-md border bg-card [&_svg]:size-3.5">
        {slashIcons[item.id]}
      </span>
      <span className="truncate">{item.label}</span>
    </>
  );
}
