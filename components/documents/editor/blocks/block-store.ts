// The records behind the live blocks of one open document. Blocks subscribe by id; loads are
// batched (a minutes with twenty blocks asks once), and a change announced on the group's
// socket ("action:changed", "decision:changed") reloads only the blocks that show it. After
// a reconnect or when the tab comes back, everything shown is reloaded (events may have been
// missed meanwhile). Usable without a socket: the blocks then refresh on those occasions only.
import type { BlockAction, BlockContext, BlockData, BlockDataInput, BlockDecision } from "@/lib/document-blocks/schema";
import { BLOCK_IDS_MAX } from "@/lib/document-blocks/schema";
import type { ActionResult } from "@/lib/safe-action/types";

export type BlockKind = "action" | "decision";
type DataOf<K extends BlockKind> = K extends "action" ? BlockAction : BlockDecision;

export type BlockEntry<T> =
  | { state: "loading" }
  | { state: "ready"; data: T; today: string }
  /** The record does not exist (any more) in the document's group. */
  | { state: "missing" }
  /** The first load failed; `message` is translated. Later failures keep the last data. */
  | { state: "error"; message: string };

export type LoadBlockData = (input: BlockDataInput) => Promise<ActionResult<BlockData>>;

/** The events of the group room this store listens to (see lib/actions/mutations.ts, lib/document-blocks/mutations.ts). */
export type BlockSocket = {
  on(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  disconnect(): unknown;
};

const LOADING: BlockEntry<never> = { state: "loading" };
/** Blocks appearing within this many milliseconds are loaded together. */
const BATCH_DELAY_MS = 25;

export class BlockStore {
  private readonly entries = new Map<string, BlockEntry<BlockAction | BlockDecision>>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly queued: Record<BlockKind, Set<string>> = { action: new Set(), decision: new Set() };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private context: BlockContext | null = null;
  private readonly contextListeners = new Set<() => void>();

  /** Shown when a load fails without an answer (network down); translated by the editor. */
  private failureMessage = "—";

  constructor(
    private readonly documentId: string,
    private readonly load: LoadBlockData,
  ) {}

  setFailureMessage(message: string): void {
    this.failureMessage = message;
  }

  // ---- records ---------------------------------------------------------------------------

  subscribe<K extends BlockKind>(kind: K, id: string, listener: () => void): () => void {
    const key = `${kind}:${id}`;
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    if (!this.entries.has(key)) this.enqueue(kind, id);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  get<K extends BlockKind>(kind: K, id: string): BlockEntry<DataOf<K>> {
    return (this.entries.get(`${kind}:${id}`) ?? LOADING) as BlockEntry<DataOf<K>>;
  }

  /** Reloads one record, or every record currently shown. */
  refresh(kind?: BlockKind, id?: string): void {
    if (kind && id) {
      const key = `${kind}:${id}`;
      if (!this.listeners.has(key)) return;
      // A retry after a failed first load shows "loading" again.
      if (this.entries.get(key)?.state === "error") {
        this.entries.delete(key);
        this.notify(key);
      }
      this.enqueue(kind, id);
      return;
    }
    for (const key of this.listeners.keys()) {
      const [k, ...rest] = key.split(":");
      this.enqueue(k as BlockKind, rest.join(":"));
    }
  }

  private enqueue(kind: BlockKind, id: string): void {
    this.queued[kind].add(id);
    this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, BATCH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const actionIds = [...this.queued.action].slice(0, BLOCK_IDS_MAX);
    const decisionIds = [...this.queued.decision].slice(0, BLOCK_IDS_MAX);
    actionIds.forEach((id) => this.queued.action.delete(id));
    decisionIds.forEach((id) => this.queued.decision.delete(id));
    // More than one request's worth: the rest goes in the next batch.
    if (this.queued.action.size || this.queued.decision.size) this.schedule();
    if (actionIds.length === 0 && decisionIds.length === 0) return;

    let result: ActionResult<BlockData>;
    try {
      result = await this.load({ documentId: this.documentId, actionIds, decisionIds });
    } catch {
      result = { ok: false, code: "INTERNAL", message: this.failureMessage };
    }
    if (!result.ok) {
      for (const id of actionIds) this.fail("action", id, result.message);
      for (const id of decisionIds) this.fail("decision", id, result.message);
      return;
    }
    const { today } = result.data;
    const actions = new Map(result.data.actions.map((a) => [a.id, a]));
    const decisions = new Map(result.data.decisions.map((d) => [d.id, d]));
    for (const id of actionIds) this.put("action", id, actions.get(id), today);
    for (const id of decisionIds) this.put("decision", id, decisions.get(id), today);
  }

  private put(kind: BlockKind, id: string, data: BlockAction | BlockDecision | undefined, today: string): void {
    const key = `${kind}:${id}`;
    const before = this.entries.get(key);
    const next: BlockEntry<BlockAction | BlockDecision> = data ? { state: "ready", data, today } : { state: "missing" };
    // Unchanged data keeps its object, so blocks do not re-render for nothing.
    if (before && JSON.stringify(before) === JSON.stringify(next)) return;
    this.entries.set(key, next);
    this.notify(key);
  }

  private fail(kind: BlockKind, id: string, message: string): void {
    const key = `${kind}:${id}`;
    const before = this.entries.get(key);
    // Keep showing what was loaded before; only a block that never loaded shows the error.
    if (before && before.state !== "loading" && before.state !== "error") return;
    this.entries.set(key, { state: "error", message });
    this.notify(key);
  }

  private notify(key: string): void {
    this.listeners.get(key)?.forEach((listener) => listener());
  }

  // ---- context (rights and choices for creating blocks) -----------------------------------

  setContext(context: BlockContext | null): void {
    this.context = context;
    this.contextListeners.forEach((listener) => listener());
  }

  getContext = (): BlockContext | null => this.context;

  subscribeContext = (listener: () => void): (() => void) => {
    this.contextListeners.add(listener);
    return () => this.contextListeners.delete(listener);
  };

  // ---- live updates -----------------------------------------------------------------------

  /** Listens to the group's room for changes of shown records. Returns the disconnect. */
  listen(socket: BlockSocket, groupId: string): () => void {
    let connectedBefore = false;
    socket.on("connect", () => {
      socket.emit("group:join", groupId);
      // After a reconnect, changes made while away were not announced to us.
      if (connectedBefore) this.refresh();
      connectedBefore = true;
    });
    socket.on("action:changed", (payload: { actionId?: unknown } | undefined) => {
      if (typeof payload?.actionId === "string") this.refresh("action", payload.actionId);
    });
    socket.on("decision:changed", (payload: { decisionId?: unknown } | undefined) => {
      if (typeof payload?.decisionId === "string") this.refresh("decision", payload.decisionId);
    });
    const onVisible = () => {
      if (document.visibilityState === "visible") this.refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      socket.disconnect();
    };
  }
}
