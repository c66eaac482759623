// The load-generator threads of one phase and the send-time table they share.
import { randomInt } from "node:crypto";
import { Worker } from "node:worker_threads";
import type { EditorSpec } from "./editor";
import type { AckedReport, ClassReport, WorkerInit, WorkerRequest, WorkerResponse } from "./protocol";

type Body<T extends WorkerRequest["type"]> = Omit<Extract<WorkerRequest, { type: T }>, "id">;

export class GeneratorPool {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly workers: Worker[],
    /** Yjs clientID of slot 0; editors are clientBase + slot. */
    readonly clientBase: number,
  ) {
    for (const w of workers) {
      w.on("message", (res: WorkerResponse) => {
        const p = this.pending.get(res.id);
        if (!p) return;
        this.pending.delete(res.id);
        if (res.type === "error") p.reject(new Error(res.message));
        else p.resolve(res);
      });
      w.on("error", (error) => {
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
    }
  }

  static create(threads: number, slots: number, maxClock: number): GeneratorPool {
    const sab = new SharedArrayBuffer(slots * maxClock * Float64Array.BYTES_PER_ELEMENT);
    // A fresh clientID range per phase, far from Yjs's random ids' usual collisions with small numbers.
    const clientBase = 100_000_000 + randomInt(0, 2_000_000_000);
    const entry = new URL("./worker.ts", import.meta.url).href;
    const workers = Array.from({ length: threads }, () => {
      const workerData: WorkerInit = { entry, sab, maxClock, clientBase, slots };
      return new Worker(new URL("./worker-boot.mjs", import.meta.url), { workerData });
    });
    return new GeneratorPool(workers, clientBase);
  }

  get size() {
    return this.workers.length;
  }

  request<T extends WorkerRequest["type"]>(worker: number, body: Body<T>): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[worker]!.postMessage({ ...body, id });
    });
  }

  all<T extends WorkerRequest["type"]>(body: Body<T>): Promise<WorkerResponse[]> {
    return Promise.all(this.workers.map((_, i) => this.request(i, body)));
  }

  /** Spreads editors over the threads round-robin, so each document spans threads. */
  async open(editors: EditorSpec[], concurrency = 8): Promise<{ slot: number; error: string }[]> {
    const byWorker = this.workers.map(() => [] as EditorSpec[]);
    editors.forEach((e, i) => byWorker[i % this.workers.length]!.push(e));
    const replies = await Promise.all(byWorker.map((list, i) => this.request<"open">(i, { type: "open", editors: list, concurrency })));
    return replies.flatMap((r) => (r.type === "opened" ? r.failed : []));
  }

  async progress(): Promise<{ received: number; expected: number }> {
    const replies = await this.all<"progress">({ type: "progress" });
    let received = 0;
    let expected = 0;
    for (const r of replies) {
      if (r.type !== "progress") continue;
      received += r.received;
      expected += r.expected;
    }
    return { received, expected };
  }

  async collect(): Promise<{ classes: Record<string, ClassReport[]>; errors: string[]; loopDelayP99Ms: number }> {
    const replies = await this.all<"collect">({ type: "collect" });
    const classes: Record<string, ClassReport[]> = {};
    const errors = new Set<string>();
    let loopDelayP99Ms = 0;
    for (const r of replies) {
      if (r.type !== "collected") continue;
      loopDelayP99Ms = Math.max(loopDelayP99Ms, r.loopDelayP99Ms);
      for (const [name, c] of Object.entries(r.classes)) (classes[name] ??= []).push(c);
      for (const e of r.errors) errors.add(e);
    }
    return { classes, errors: [...errors], loopDelayP99Ms };
  }

  async acked(): Promise<AckedReport[]> {
    const replies = await this.all<"acked">({ type: "acked" });
    return replies.flatMap((r) => (r.type === "acked" ? r.editors : []));
  }

  async close(): Promise<void> {
    await this.all<"close">({ type: "close" }).catch(() => undefined);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
