import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BlockStore, type BlockSocket, type LoadBlockData } from "@/components/documents/editor/blocks/block-store";
import type { BlockAction, BlockData, BlockDataInput } from "@/lib/document-blocks/schema";

function action(id: string, overrides: Partial<BlockAction> = {}): BlockAction {
  return {
    id,
    number: 1,
    title: "Przygotować ankietę",
    status: "OPEN",
    blockedReason: null,
    priority: "NORMAL",
    dueDate: null,
    dueState: "none",
    progressPercent: null,
    owner: { id: "i1", name: "Urząd Marszałkowski", shortName: "UMWS" },
    responsible: null,
    canUpdate: true,
    canChangeOwner: false,
    ...overrides,
  };
}

class FakeSocket implements BlockSocket {
  handlers = new Map<string, ((...args: never[]) => void)[]>();
  emitted: unknown[][] = [];
  disconnected = false;
  on(event: string, listener: (...args: never[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), listener]);
  }
  emit(...args: unknown[]) {
    this.emitted.push(args);
  }
  disconnect() {
    this.disconnected = true;
  }
  fire(event: string, payload?: unknown) {
    for (const h of this.handlers.get(event) ?? []) (h as (p: unknown) => void)(payload);
  }
}

describe("BlockStore", () => {
  let records: Map<string, BlockAction>;
  let calls: BlockDataInput[];
  let fail: boolean;
  const load: LoadBlockData = async (input) => {
    calls.push(input);
    if (fail) return { ok: false, code: "FORBIDDEN", message: "Brak uprawnień." };
    const data: BlockData = { today: "2026-03-02", actions: (input.actionIds ?? []).flatMap((id) => records.get(id) ?? []), decisions: [] };
    return { ok: true, data };
  };

  beforeEach(() => {
    vi.useFakeTimers();
    records = new Map([
      ["a1", action("a1")],
      ["a2", action("a2", { number: 2 })],
    ]);
    calls = [];
    fail = false;
    vi.stubGlobal("document", { visibilityState: "visible", addEventListener: vi.fn(), removeEventListener: vi.fn() });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("loads the blocks that appear together in one request, and marks unknown ids as missing", async () => {
    const store = new BlockStore("doc1", load);
    const seen: string[] = [];
    store.subscribe("action", "a1", () => seen.push("a1"));
    store.subscribe("action", "a2", () => seen.push("a2"));
    store.subscribe("action", "gone", () => seen.push("gone"));
    expect(store.get("action", "a1")).toEqual({ state: "loading" });
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({ documentId: "doc1", actionIds: ["a1", "a2", "gone"], decisionIds: [] });
    expect(store.get("action", "a1")).toMatchObject({ state: "ready", today: "2026-03-02", data: { id: "a1" } });
    expect(store.get("action", "gone")).toEqual({ state: "missing" });
    expect(seen.sort()).toEqual(["a1", "a2", "gone"]);
  });

  it("reloads only the shown action a socket event names, and everything after a reconnect", async () => {
    const store = new BlockStore("doc1", load);
    store.subscribe("action", "a1", () => {});
    store.subscribe("action", "a2", () => {});
    await vi.runAllTimersAsync();
    const socket = new FakeSocket();
    const stop = store.listen(socket, "g1");
    socket.fire("connect");
    expect(socket.emitted).toEqual([["group:join", "g1"]]);

    records.set("a1", action("a1", { status: "DONE" }));
    socket.fire("action:changed", { actionId: "a1" });
    socket.fire("action:changed", { actionId: "not-shown" });
    await vi.runAllTimersAsync();
    expect(calls.at(-1)).toEqual({ documentId: "doc1", actionIds: ["a1"], decisionIds: [] });
    expect(store.get("action", "a1")).toMatchObject({ state: "ready", data: { status: "DONE" } });

    socket.fire("connect");
    await vi.runAllTimersAsync();
    expect(calls.at(-1)?.actionIds?.sort()).toEqual(["a1", "a2"]);
    stop();
    expect(socket.disconnected).toBe(true);
  });

  it("keeps the last data when a reload fails, and shows the error only when nothing was loaded", async () => {
    const store = new BlockStore("doc1", load);
    store.subscribe("action", "a1", () => {});
    await vi.runAllTimersAsync();
    fail = true;
    store.refresh("action", "a1");
    store.subscribe("action", "a2", () => {});
    await vi.runAllTimersAsync();
    expect(store.get("action", "a1")).toMatchObject({ state: "ready" });
    expect(store.get("action", "a2")).toEqual({ state: "error", message: "Brak uprawnień." });

    fail = false;
    store.refresh("action", "a2");
    expect(store.get("action", "a2")).toEqual({ state: "loading" });
    await vi.runAllTimersAsync();
    expect(store.get("action", "a2")).toMatchObject({ state: "ready" });
  });

  it("does not notify when a reload brings the same data", async () => {
    const store = new BlockStore("doc1", load);
    let notified = 0;
    store.subscribe("action", "a1", () => notified++);
    await vi.runAllTimersAsync();
    const first = store.get("action", "a1");
    store.refresh();
    await vi.runAllTimersAsync();
    expect(notified).toBe(1);
    expect(store.get("action", "a1")).toBe(first);
  });
});
