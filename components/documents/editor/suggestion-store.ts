// The open "@" or "/" suggestion, kept outside React so the Tiptap suggestion plugin (which
// lives in ProseMirror) and the popup component (which lives in React) share one source of
// truth. Keyboard handling is here too: the editor keeps focus while the list is open and
// forwards arrow keys, Enter and Tab to the store (aria-activedescendant pattern).
import type { SuggestionKeyDownProps, SuggestionProps } from "@tiptap/suggestion";

export type SuggestionKind = "mention" | "slash";

export type OpenSuggestion = {
  kind: SuggestionKind;
  /** Changes each time a suggestion opens; the popup positions itself once per session. */
  session: number;
  items: unknown[];
  query: string;
  activeIndex: number;
  /** Picks the item at this index (runs the suggestion's command). */
  select: (index: number) => void;
  /** Positions the popup element next to the typed trigger (Floating UI, via Tiptap). */
  mount: SuggestionProps["mount"];
};

export class SuggestionStore {
  private open: OpenSuggestion | null = null;
  private sessions = 0;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OpenSuggestion | null => this.open;

  /** The `render` option of a Tiptap suggestion. */
  renderer(kind: SuggestionKind) {
    return () => ({
      onStart: (props: SuggestionProps) => this.show(kind, props, 0, ++this.sessions),
      onUpdate: (props: SuggestionProps) => {
        const current = this.open?.kind === kind ? this.open : null;
        // Typing narrows the list; keep the highlighted item only while it still exists.
        const previous = current?.activeIndex ?? 0;
        this.show(kind, props, previous < props.items.length ? previous : 0, current?.session ?? ++this.sessions);
      },
      onKeyDown: ({ event }: SuggestionKeyDownProps) => this.handleKey(event),
      onExit: () => {
        if (this.open?.kind === kind) this.set(null);
      },
    });
  }

  setActive(index: number): void {
    if (!this.open) return;
    this.set({ ...this.open, activeIndex: index });
  }

  private show(kind: SuggestionKind, props: SuggestionProps, activeIndex: number, session: number): void {
    this.set({
      kind,
      session,
      items: props.items,
      query: props.query,
      activeIndex,
      select: (index) => {
        const item = props.items[index];
        if (item !== undefined) props.command(item);
      },
      mount: props.mount,
    });
  }

  /** True when the key was used by the list (the editor must not act on it). */
  handleKey(event: KeyboardEvent): boolean {
    const open = this.open;
    if (!open) return false;
    const count = open.items.length;
    if (count === 0) return false;
    switch (event.key) {
      case "ArrowDown":
        this.setActive((open.activeIndex + 1) % count);
        return true;
      case "ArrowUp":
        this.setActive((open.activeIndex - 1 + count) % count);
        return true;
      case "Home":
        this.setActive(0);
        return true;
      case "End":
        this.setActive(count - 1);
        return true;
      case "Enter":
      case "Tab":
        open.select(open.activeIndex);
        return true;
      default:
        return false;
    }
  }

  private set(next: OpenSuggestion | null): void {
    this.open = next;
    for (const listener of this.listeners) listener();
  }
}
