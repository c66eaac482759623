// A load-generator thread: hosts many editors, types when told, and hands back its
// samples. Cheap on purpose (timers and Yjs only) because it shares two cores with the server.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { Editor, emptyClassStats, type ClassStats, type SharedClock, type Window } from "./editor";
import type { ClassReport, WorkerInit, WorkerRequest, WorkerResponse } from "./protocol";

const init = workerData as WorkerInit;
const shared: SharedClock = {
  times: new Float64Array(init.sab),
  maxClock: init.maxClock,
  clientBase: init.clientBase,
  slots: init.slots,
};
const measureWindow: Window = { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY };
const stats = new Map<string, ClassStats>();
const editors: Editor[] = [];
const errors: string[] = [];
// How late this thread's timers and socket callbacks run: if it is high, the generator (not
// the server) is the bottleneck and the latency figures say more about the machine.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });

// A provider whose server was just killed rejects its reconnect promise; that is expected here.
process.on("unhandledRejection", (reason) => {
  errors.push(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`.slice(0, 200));
});

function statsFor(docClass: string): ClassStats {
  let s = stats.get(docClass);
  if (!s) stats.set(docClass, (s = emptyClassStats()));
  return s;
}

async function handle(req: WorkerRequest): Promise<WorkerResponse> {
  switch (req.type) {
    case "open": {
      const failed: { slot: number; error: string }[] = [];
      const queue = [...req.editors];
      // A bounded number of handshakes at a time, like people opening a document over a minute.
      const lanes = Array.from({ length: req.concurrency }, async () => {
        for (let spec = queue.shift(); spec; spec = queue.shift()) {
          const editor = new Editor(spec, shared, statsFor(spec.docClass), measureWindow);
          try {
            await editor.open();
            editors.push(editor);
          } catch (error) {
            failed.push({ slot: spec.slot, error: (error as Error).message });
            editor.close();
          }
        }
      });
      await Promise.all(lanes);
      return { id: req.id, type: "opened", failed };
    }
    case "start":
      measureWindow.start = req.window.start;
      measureWindow.end = req.window.end;
      loopDelay.reset();
      loopDelay.enable();
      for (const e of editors) e.startTyping();
      return { id: req.id, type: "ok" };
    case "stop":
      for (const e of editors) e.stopTyping();
      loopDelay.disable();
      return { id: req.id, type: "ok" };
    case "progress": {
      let received = 0;
      let expected = 0;
      for (const s of stats.values()) {
        received += s.received;
        expected += s.expected;
      }
      return { id: req.id, type: "progress", received, expected };
    }
    case "collect": {
      const classes: Record<string, ClassReport> = {};
      for (const [name, s] of stats) {
        classes[name] = {
          samples: s.samples.take(),
          ackSamples: s.ackSamples.take(),
          received: s.received,
          expected: s.expected,
          acksOk: s.acksOk,
          acksFailed: s.acksFailed,
          inserts: s.inserts,
          deletes: s.deletes,
        };
      }
      for (const e of editors) errors.push(...(e.conn?.errors ?? []));
      const loopDelayP99Ms = loopDelay.count > 0 ? loopDelay.percentile(99) / 1e6 : 0;
      return { id: req.id, type: "collected", classes, errors: [...new Set(errors)], loopDelayP99Ms };
    }
    case "acked":
      return { id: req.id, type: "acked", editors: editors.map((e) => ({ docKey: e.spec.docKey, ...e.ackedEdits() })) };
    case "close":
      for (const e of editors.splice(0)) e.close();
      return { id: req.id, type: "ok" };
  }
}

parentPort!.on("message", (req: WorkerRequest) => {
  handle(req).then(
    (res) => parentPort!.postMessage(res),
    (error: unknown) => parentPort!.postMessage({ id: req.id, type: "error", message: (error as Error).stack ?? String(error) } satisfies WorkerResponse),
  );
});
