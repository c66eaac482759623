import { describe, expect, it, vi } from "vitest";
import type { SuggestionProps } from "@tiptap/suggestion";
import { SuggestionStore } from "@/components/documents/editor/suggestion-store";
import { filterSlashItems } from "@/components/documents/editor/slash-command";

function props(items: unknown[], command = vi.fn()): SuggestionProps {
  return { items, query: "", command, mount: () => () => {} } as unknown as SuggestionProps;
}

const key = (k: string) => ({ key: k }) as KeyboardEvent;

describe("SuggestionStore", () => {
  it("moves through the list with the arrow keys (wrapping) and picks with Enter", () => {
    const store = new SuggestionStore();
    const render = store.renderer("mention")();
    const command = vi.fn();
    render.onStart(props(["a", "b", "c"], command));
    expect(store.handleKey(key("ArrowUp"))).toBe(true);
    expect(store.getSnapshot()?.activeIndex).toBe(2);
    store.handleKey(key("ArrowDown"));
    store.handleKey(key("ArrowDown"));
    expect(store.getSnapshot()?.activeIndex).toBe(1);
    expect(store.handleKey(key("Enter"))).toBe(true);
    expect(command).toHaveBeenCalledWith("b");
    expect(store.handleKey(key("a"))).toBe(false);
  });

  it("keeps the session while typing narrows the list, and closes on exit", () => {
    const store = new SuggestionStore();
    const render = store.renderer("slash")();
    render.onStart(props(["a", "b", "c"]));
    const session = store.getSnapshot()!.session;
    store.handleKey(key("End"));
    render.onUpdate(props(["a"]));
    expect(store.getSnapshot()).toMatchObject({ session, activeIndex: 0, items: ["a"] });
    render.onExit();
    expect(store.getSnapshot()).toBeNull();
  });

  it("leaves Enter to the editor when nothing matches", () => {
    const store = new SuggestionStore();
    store.renderer("mention")().onStart(props([]));
    expect(store.handleKey(key("Enter"))).toBe(false);
  });
});

describe("filterSlashItems", () => {
  const label = (id: string) => ({ heading2: "Nagłówek 2", table: "Tabela 3 × 3", bulletList: "Lista punktowana" })[id] ?? id;
  it("matches labels without diacritics and keywords in both languages", () => {
    expect(filterSlashItems("nagl", label).map((i) => i.id)).toContain("heading2");
    expect(filterSlashItems("tab", label).map((i) => i.id)).toEqual(["table"]);
    expect(filterSlashItems("bullet", label).map((i) => i.id)).toEqual(["bulletList"]);
    expect(filterSlashItems("", label)).toHaveLength(12);
  });

  it("offers the decision and action items only where the person may create them", () => {
    expect(filterSlashItems("decyzja", label).map((i) => i.id)).toEqual(["decision"]);
    expect(filterSlashItems("zadanie", label).map((i) => i.id)).toEqual(["action"]);
    const textOnly = (id: string) => id !== "decision" && id !== "action";
    expect(filterSlashItems("decyzja", label, textOnly)).toEqual([]);
    expect(filterSlashItems("", label, textOnly)).toHaveLength(10);
  });
});
