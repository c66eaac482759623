// Messages between the orchestrator and its load-generator threads.
import type { EditorSpec, Window } from "./editor";

export type WorkerInit = {
  entry: string;
  sab: SharedArrayBuffer;
  maxClock: number;
  clientBase: number;
  slots: number;
};

export type WorkerRequest =
  | { id: number; type: "open"; editors: EditorSpec[]; concurrency: number }
  | { id: number; type: "start"; window: Window }
  | { id: number; type: "stop" }
  | { id: number; type: "progress" }
  | { id: number; type: "collect" }
  | { id: number; type: "acked" }
  | { id: number; type: "close" };

export type ClassReport = {
  samples: Float32Array;
  ackSamples: Float32Array;
  received: number;
  expected: number;
  acksOk: number;
  acksFailed: number;
  inserts: number;
  deletes: number;
};

export type AckedReport = {
  docKey: string;
  clientId: number;
  inserts: number[];
  deletes: [number, number][];
  sent: number;
  acked: number;
};

export type WorkerResponse =
  | { id: number; type: "opened"; failed: { slot: number; error: string }[] }
  | { id: number; type: "ok" }
  | { id: number; type: "progress"; received: number; expected: number }
  | { id: number; type: "collected"; classes: Record<string, ClassReport>; errors: string[]; loopDelayP99Ms: number }
  | { id: number; type: "acked"; editors: AckedReport[] }
  | { id: number; type: "error"; message: string };
