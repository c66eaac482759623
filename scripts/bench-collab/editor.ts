// One simulated editor: a Y.Doc connected through one of the transports, typing into its
// own paragraph of the "default" XmlFragment and updating its awareness on every keystroke.
//
// Latency bookkeeping without a join: every editor has a fixed Yjs clientID (base + slot)
// and a row in a SharedArrayBuffer shared by all generator threads. When an edit raises the
// sender's clock to c, the sender writes its send time at [slot, c - 1] before the update
// leaves; a receiver whose state vector for that client moves from a to b reads the send
// times of clocks a..b-1. Deletions do not advance a Yjs clock, so latency is measured on
// insertions (characters and new paragraphs); deletions travel in the same stream.
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";
import { connect, type BenchConnection, type ClientSpec } from "./clients";
import { createRng } from "./prng";
import { SampleBuffer, nowMs } from "./stats";
import { TypingModel, type Keystroke } from "./workload";
import { paragraph } from "./content";

export type EditorSpec = {
  /** Row in the shared send-time table; the Yjs clientID is clientBase + slot. */
  slot: number;
  /** Label of the document, for grouping ("big", "small", "kill-3"…). */
  docKey: string;
  /** Statistics bucket: "big" (the 50-editor document) or "small". */
  docClass: string;
  /** How many editors share this document (the receivers of each edit are docEditors - 1). */
  docEditors: number;
  client: ClientSpec;
  seed: number;
  typist: boolean;
  /** Start one's own paragraph at the end of the document after syncing. */
  ownParagraph: boolean;
};

export type SharedClock = {
  times: Float64Array;
  maxClock: number;
  clientBase: number;
  slots: number;
};

export type ClassStats = {
  samples: SampleBuffer;
  received: number;
  expected: number;
  ackSamples: SampleBuffer;
  acksOk: number;
  acksFailed: number;
  inserts: number;
  deletes: number;
};

export type Window = { start: number; end: number };

export function emptyClassStats(): ClassStats {
  return {
    samples: new SampleBuffer(),
    received: 0,
    expected: 0,
    ackSamples: new SampleBuffer(),
    acksOk: 0,
    acksFailed: 0,
    inserts: 0,
    deletes: 0,
  };
}

type EditRecord = { kind: "insert"; end: number } | { kind: "delete"; client: number; clock: number };

const LOCAL = Symbol("local-edit");

export class Editor {
  readonly doc = new Y.Doc();
  readonly awareness: Awareness;
  conn: BenchConnection | null = null;
  private text: Y.XmlText | null = null;
  private para: Y.XmlElement | null = null;
  private cursor = 0;
  private lastClock = 0;
  private pendingT = 0;
  private pendingDelete: { client: number; clock: number } | null = null;
  private ready = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  /** Local updates after sync, in send order (index = the transport's ack number). */
  readonly edits: EditRecord[] = [];
  readonly acked: boolean[] = [];

  constructor(
    readonly spec: EditorSpec,
    private readonly shared: SharedClock,
    private readonly stats: ClassStats,
    private readonly measure: Window,
  ) {
    this.doc.clientID = shared.clientBase + spec.slot;
    // Before the transport's own handlers, so the send time is written before the update leaves.
    this.doc.on("update", this.onLocalUpdate);
    this.doc.on("afterTransaction", this.onTransaction);
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalState({ user: { name: `Redaktor ${spec.slot}`, color: `hsl(${(spec.slot * 47) % 360} 70% 45%)` } });
  }

  async open(): Promise<void> {
    this.conn = connect(this.spec.client, this.doc, this.awareness);
    this.conn.onAck = this.onAck;
    await this.conn.synced;
    this.ready = true;
    const fragment = this.doc.getXmlFragment(DOCUMENT_FIELD);
    if (this.spec.ownParagraph) {
      const p = paragraph();
      this.pendingT = nowMs();
      this.doc.transact(() => fragment.push([p]), LOCAL);
      this.para = p;
      this.text = p.get(0) as Y.XmlText;
    }
  }

  startTyping(): void {
    if (!this.spec.typist || !this.text) return;
    this.stopped = false;
    const model = new TypingModel(createRng(this.spec.seed));
    const tick = () => {
      if (this.stopped) return;
      const { delayMs, key } = model.next();
      this.timer = setTimeout(() => {
        if (this.stopped) return;
        this.press(key);
        tick();
      }, delayMs);
    };
    tick();
  }

  stopTyping(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  close(): void {
    this.stopTyping();
    this.conn?.close();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private press(key: Keystroke): void {
    const text = this.text!;
    this.pendingT = nowMs();
    switch (key.kind) {
      case "char":
        this.doc.transact(() => text.insert(this.cursor, key.char), LOCAL);
        this.cursor += 1;
        break;
      case "backspace": {
        if (this.cursor === 0) return;
        // Only this editor writes in its paragraph, so the character is one of ours.
        const rel = Y.createRelativePositionFromTypeIndex(text, this.cursor - 1);
        this.pendingDelete = rel.item ? { client: rel.item.client, clock: rel.item.clock } : null;
        this.doc.transact(() => text.delete(this.cursor - 1, 1), LOCAL);
        this.cursor -= 1;
        break;
      }
      case "enter": {
        const fragment = this.doc.getXmlFragment(DOCUMENT_FIELD);
        const p = paragraph();
        const at = fragment.toArray().indexOf(this.para!) + 1;
        this.doc.transact(() => fragment.insert(at, [p]), LOCAL);
        this.para = p;
        this.text = p.get(0) as Y.XmlText;
        this.cursor = 0;
        break;
      }
      case "move":
        this.cursor = Math.floor(key.at * text.length);
        break;
    }
    const pos = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(this.text!, this.cursor));
    this.awareness.setLocalStateField("cursor", { anchor: pos, head: pos });
  }

  private inWindow(t: number): boolean {
    return t >= this.measure.start && t < this.measure.end;
  }

  private onLocalUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL) return;
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    const measured = this.inWindow(this.pendingT);
    if (clock > this.lastClock) {
      const { times, maxClock } = this.shared;
      if (clock - 1 < maxClock) times[this.spec.slot * maxClock + clock - 1] = this.pendingT;
      this.lastClock = clock;
      if (this.ready) this.edits.push({ kind: "insert", end: clock });
      if (measured && clock - 1 < maxClock) {
        this.stats.expected += this.spec.docEditors - 1;
        this.stats.inserts += 1;
      }
    } else if (this.ready) {
      const d = this.pendingDelete ?? { client: this.doc.clientID, clock: -1 };
      this.edits.push({ kind: "delete", client: d.client, clock: d.clock });
      if (measured) this.stats.deletes += 1;
    }
    this.pendingDelete = null;
  };

  private onTransaction = (tr: Y.Transaction) => {
    if (tr.local) return;
    const { times, maxClock, clientBase, slots } = this.shared;
    const arrived = nowMs();
    for (const [client, after] of tr.afterState) {
      const before = tr.beforeState.get(client) ?? 0;
      if (after <= before) continue;
      const slot = client - clientBase;
      if (slot < 0 || slot >= slots || slot === this.spec.slot) continue;
      const row = slot * maxClock;
      for (let c = before, end = Math.min(after, maxClock); c < end; c++) {
        const sent = times[row + c]!;
        if (sent > 0 && this.inWindow(sent)) {
          this.stats.samples.push(arrived - sent);
          this.stats.received += 1;
        }
      }
    }
  };

  private onAck = (seq: number, ok: boolean, ms: number) => {
    this.acked[seq] = ok;
    if (ok) this.stats.acksOk += 1;
    else this.stats.acksFailed += 1;
    if (this.inWindow(nowMs() - ms)) this.stats.ackSamples.push(ms);
  };

  /** What the server confirmed, for the kill test: insert end clocks and deleted item ids. */
  ackedEdits(): { clientId: number; inserts: number[]; deletes: [number, number][]; sent: number; acked: number } {
    const inserts: number[] = [];
    const deletes: [number, number][] = [];
    let acked = 0;
    this.edits.forEach((e, i) => {
      if (!this.acked[i]) return;
      acked += 1;
      if (e.kind === "insert") inserts.push(e.end);
      else if (e.clock >= 0) deletes.push([e.client, e.clock]);
    });
    return { clientId: this.doc.clientID, inserts, deletes, sent: this.edits.length, acked };
  }
}
