// The measurements, each run the same way against either server.
import { setTimeout as sleep } from "node:timers/promises";
import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { DOCUMENT_FIELD } from "@/lib/editor/extensions";
import { connect } from "./clients";
import type { HistoryDocument } from "./content";
import type { EditorSpec } from "./editor";
import { Inspector } from "./inspector";
import { startCpuWindow, type CpuWindow } from "./machine";
import { GeneratorPool } from "./pool";
import { createRng } from "./prng";
import type { ClassReport } from "./protocol";
import { concatSamples, nowMs, summarize, type Summary } from "./stats";
import type { Target } from "./targets";

export type BenchConfig = {
  quick: boolean;
  seed: number;
  threads: number;
  /** Values of N: N editors in documents of 5, plus the big document. */
  steps: number[];
  /** Steps always run (up to the reference N), even after a miss. */
  alwaysRunUpTo: number;
  /** Second series without the big document, to see how far documents of 5 alone go. */
  smallOnlySteps: number[];
  editorsPerSmallDoc: number;
  bigDocEditors: number;
  warmupMs: number;
  measureMs: number;
  drainMs: number;
  p99LimitMs: number;
  rssDocs: number;
  rssDocBytes: number;
  coldDocBytes: number;
  coldRepeats: number;
  killDocs: number;
  killEditorsPerDoc: number;
  killAfterMs: [number, number];
  maxClock: number;
  openConcurrency: number;
};

export type StepResult = {
  n: number;
  editors: number;
  documents: number;
  failedToOpen: number;
  openErrors: string[];
  /** Propagation latency: local change → applied at every other editor of the document (ms). */
  latency: { all: Summary; small: Summary; big: Summary };
  /** Time from sending an update to its acknowledgement (see clients.ts for what each server acks). */
  ack: Summary;
  acksFailed: number;
  /** Keystrokes that changed the document, per second, over the measured window. */
  editsPerSecond: number;
  serverCpuPercent: number;
  /** CPU of server, generator and everything else on the machine during the window (% of one core). */
  cpu: CpuWindow;
  serverRssMb: number;
  /** Worst p99 event-loop delay of the generator threads: high means the generator, not the server, is late. */
  generatorLoopDelayP99Ms: number;
  errors: string[];
};

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

function editorSeed(cfg: BenchConfig, phase: number, slot: number): number {
  return (Math.imul(cfg.seed, 1_000_003) + Math.imul(phase, 7919) + slot) >>> 0;
}

function mergeClass(reports: ClassReport[] | undefined): { samples: Float32Array; missing: number; ack: Float32Array; r: Omit<ClassReport, "samples" | "ackSamples"> } {
  const list = reports ?? [];
  const r = { received: 0, expected: 0, acksOk: 0, acksFailed: 0, inserts: 0, deletes: 0 };
  for (const c of list) {
    r.received += c.received;
    r.expected += c.expected;
    r.acksOk += c.acksOk;
    r.acksFailed += c.acksFailed;
    r.inserts += c.inserts;
    r.deletes += c.deletes;
  }
  return {
    samples: concatSamples(list.map((c) => c.samples)),
    ack: concatSamples(list.map((c) => c.ackSamples)),
    missing: Math.max(0, r.expected - r.received),
    r,
  };
}

/** One capacity step: N editors in documents of five plus one big document, typing for a while. */
export async function runStep(target: Target, cfg: BenchConfig, n: number, phase: number, bigDocEditors: number): Promise<StepResult> {
  const bigKey = `step${phase}-big`;
  const smallCount = Math.ceil(n / cfg.editorsPerSmallDoc);
  const smallKeys = Array.from({ length: smallCount }, (_, i) => `step${phase}-doc${i}`);
  await target.createDocuments([...(bigDocEditors ? [{ key: bigKey }] : []), ...smallKeys.map((key) => ({ key }))]);

  const specs: EditorSpec[] = [];
  const add = (docKey: string, docClass: string, docEditors: number) => {
    const slot = specs.length;
    specs.push({
      slot,
      docKey,
      docClass,
      docEditors,
      client: target.clientSpec(docKey, slot),
      seed: editorSeed(cfg, phase, slot),
      typist: true,
      ownParagraph: true,
    });
  };
  for (let i = 0; i < bigDocEditors; i++) add(bigKey, "big", bigDocEditors);
  smallKeys.forEach((key, d) => {
    const editors = Math.min(cfg.editorsPerSmallDoc, n - d * cfg.editorsPerSmallDoc);
    for (let i = 0; i < editors; i++) add(key, "small", editors);
  });

  const pool = GeneratorPool.create(cfg.threads, specs.length, cfg.maxClock);
  try {
    const failed = await pool.open(specs, cfg.openConcurrency);
    if (failed.length) log(`${target.name} N=${n}: ${failed.length} editors failed to open, e.g. ${failed[0]!.error}`);
    const start = nowMs() + cfg.warmupMs;
    const end = start + cfg.measureMs;
    await pool.all<"start">({ type: "start", window: { start, end } });
    await sleep(Math.max(0, start - nowMs()));
    const endCpu = startCpuWindow(() => target.cpuMs());
    let rssPeak = 0;
    while (nowMs() < end) {
      rssPeak = Math.max(rssPeak, target.rssKb());
      await sleep(Math.min(1000, Math.max(0, end - nowMs())));
    }
    const cpu = endCpu();
    await pool.all<"stop">({ type: "stop" });
    // Let the last edits arrive; whatever has not arrived by then counts as infinitely late.
    const drainUntil = nowMs() + cfg.drainMs;
    while (nowMs() < drainUntil) {
      const p = await pool.progress();
      if (p.received >= p.expected) break;
      await sleep(250);
    }
    const { classes, errors, loopDelayP99Ms } = await pool.collect();
    const big = mergeClass(classes.big);
    const small = mergeClass(classes.small);
    const allSamples = concatSamples([big.samples, small.samples]);
    const edits = big.r.inserts + big.r.deletes + small.r.inserts + small.r.deletes;
    return {
      n,
      editors: specs.length,
      documents: smallCount + (bigDocEditors ? 1 : 0),
      failedToOpen: failed.length,
      openErrors: [...new Set(failed.map((f) => f.error))].slice(0, 5),
      latency: {
        all: summarize(allSamples, big.missing + small.missing),
        small: summarize(small.samples, small.missing),
        big: summarize(big.samples, big.missing),
      },
      ack: summarize(concatSamples([big.ack, small.ack])),
      acksFailed: big.r.acksFailed + small.r.acksFailed,
      editsPerSecond: Math.round((edits / (cfg.measureMs / 1000)) * 10) / 10,
      serverCpuPercent: cpu.serverPercent,
      cpu,
      serverRssMb: Math.round(rssPeak / 1024),
      generatorLoopDelayP99Ms: Math.round(loopDelayP99Ms * 10) / 10,
      errors,
    };
  } finally {
    await pool.close();
  }
}

export type RssResult = {
  documents: number;
  docBytes: number;
  baselineMb: number;
  loadedMb: number;
  /** (RSS with K docs − RSS before) / K, both read after a full garbage collection. */
  perDocumentKb: number;
  /** The same for the V8 heap in use (what the documents and their connections hold). */
  heapPerDocumentKb: number;
};

/**
 * Server memory per open ~20 KB document: a fresh process started with --inspect, one warm-up
 * document, then K documents with one client each. Before each reading the server's V8 is
 * asked for a full garbage collection (DevTools protocol), so start-up garbage and the
 * collector's timing do not pass for document memory.
 */
export async function runRss(target: Target, cfg: BenchConfig, state: Uint8Array, inspectPort: number): Promise<RssResult> {
  await target.stop();
  await target.start({ inspectPort });
  const inspector = await Inspector.connect(inspectPort);
  const keys = Array.from({ length: cfg.rssDocs }, (_, i) => `rss-doc${i}`);
  await target.createDocuments([{ key: "rss-warm", state }, ...keys.map((key) => ({ key, state }))]);
  const pool = GeneratorPool.create(cfg.threads, cfg.rssDocs + 1, cfg.maxClock);
  const spec = (docKey: string, slot: number): EditorSpec => ({
    slot,
    docKey,
    docClass: "rss",
    docEditors: 1,
    client: target.clientSpec(docKey, slot),
    seed: slot,
    typist: false,
    ownParagraph: false,
  });
  const measure = async () => {
    await sleep(2000);
    const heap = await inspector.collectAndMeasure();
    await inspector.collectAndMeasure();
    await sleep(1000);
    return { heap, rss: target.rssKb() };
  };
  try {
    // One document first, so code paths and pools are warm.
    const warmFailed = await pool.open([spec("rss-warm", 0)]);
    if (warmFailed.length) throw new Error(`rss warm-up failed: ${warmFailed[0]!.error}`);
    const before = await measure();
    const failed = await pool.open(
      keys.map((k, i) => spec(k, i + 1)),
      cfg.openConcurrency,
    );
    if (failed.length) throw new Error(`rss: ${failed.length} documents failed to open: ${failed[0]!.error}`);
    const after = await measure();
    const mb = (kb: number) => Math.round(kb / 102.4) / 10;
    return {
      documents: cfg.rssDocs,
      docBytes: state.byteLength,
      baselineMb: mb(before.rss),
      loadedMb: mb(after.rss),
      perDocumentKb: Math.round(((after.rss - before.rss) / cfg.rssDocs) * 10) / 10,
      heapPerDocumentKb: Math.round(((after.heap - before.heap) / 1024 / cfg.rssDocs) * 10) / 10,
    };
  } finally {
    inspector.close();
    await pool.close();
    // Back to a normal process for what follows.
    await target.stop();
    await target.start();
  }
}

export type ColdLoadResult = {
  variant: string;
  stateBytes: number;
  historyUpdates: number;
  storedRows: number;
  /** Connect → synced for one client, the first connection to a freshly started server (ms). */
  runsMs: number[];
  medianMs: number;
  maxMs: number;
  /** The same right after, for a second copy of the document: process warm, document not in memory. */
  warmProcessRunsMs: number[];
  warmProcessMedianMs: number;
  contentOk: boolean;
};

function textLength(doc: Y.Doc): number {
  let n = 0;
  for (const p of doc.getXmlFragment(DOCUMENT_FIELD).toArray()) {
    if (p instanceof Y.XmlElement) for (const c of p.toArray()) if (c instanceof Y.XmlText) n += c.length;
  }
  return n;
}

async function loadOnce(target: Target, key: string): Promise<{ ms: number; doc: Y.Doc }> {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  // The token is minted before the clock starts: a browser gets it from its page's server first.
  const spec = target.clientSpec(key, 0);
  const t0 = nowMs();
  const conn = connect(spec, doc, awareness, 60_000);
  try {
    await conn.synced;
    return { ms: nowMs() - t0, doc };
  } finally {
    conn.close();
    awareness.destroy();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Cold load of the ~1 MB document: restart the server, then time one client from connect to synced. */
export async function runColdLoad(target: Target, cfg: BenchConfig, history: HistoryDocument): Promise<ColdLoadResult[]> {
  const variants =
    target.name === "quorum"
      ? [
          // Worst case: the whole history still in the append-only log (never compacted).
          { variant: `log (${history.updates.length} rows, uncompacted)`, key: "cold-log", content: { log: history.updates }, rows: history.updates.length },
          // What the compactor leaves behind: one snapshot row.
          { variant: "snapshot (compacted)", key: "cold-snapshot", content: { state: history.state }, rows: 1 },
        ]
      : [{ variant: "stored state (Database extension)", key: "cold-state", content: { state: history.state }, rows: 1 }];
  await target.createDocuments(variants.flatMap((v) => [{ key: v.key }, { key: `${v.key}-b` }]));
  const results: ColdLoadResult[] = [];
  for (const v of variants) {
    const runs: number[] = [];
    const warmRuns: number[] = [];
    let contentOk = true;
    for (let i = 0; i < cfg.coldRepeats; i++) {
      await target.stop();
      // Put the history back as it was: the previous run's server may have compacted it.
      await target.replaceContent({ key: v.key, ...v.content });
      await target.replaceContent({ key: `${v.key}-b`, ...v.content });
      await target.start();
      for (const [key, list] of [
        [v.key, runs],
        [`${v.key}-b`, warmRuns],
      ] as const) {
        const { ms, doc } = await loadOnce(target, key);
        list.push(round1(ms));
        if (textLength(doc) !== history.textLength) contentOk = false;
        doc.destroy();
      }
    }
    results.push({
      variant: v.variant,
      stateBytes: history.state.byteLength,
      historyUpdates: history.updates.length,
      storedRows: v.rows,
      runsMs: runs,
      medianMs: median(runs),
      maxMs: Math.max(...runs),
      warmProcessRunsMs: warmRuns,
      warmProcessMedianMs: median(warmRuns),
      contentOk,
    });
  }
  return results;
}

export type KillResult = {
  documents: number;
  editors: number;
  killAfterMs: number;
  sentEdits: number;
  acknowledgedEdits: number;
  lostAcknowledged: number;
  lostAcknowledgedInserts: number;
  lostAcknowledgedDeletes: number;
  restartMs: number;
};

/** Editors type with acks; kill -9 the server at a seeded random moment; restart; count acked edits missing. */
export async function runKill(target: Target, cfg: BenchConfig, phase: number): Promise<KillResult> {
  const keys = Array.from({ length: cfg.killDocs }, (_, i) => `kill${phase}-doc${i}`);
  await target.createDocuments(keys.map((key) => ({ key })));
  const specs: EditorSpec[] = [];
  for (const key of keys) {
    for (let i = 0; i < cfg.killEditorsPerDoc; i++) {
      const slot = specs.length;
      specs.push({
        slot,
        docKey: key,
        docClass: "kill",
        docEditors: cfg.killEditorsPerDoc,
        client: target.clientSpec(key, slot),
        seed: editorSeed(cfg, phase, slot),
        typist: true,
        ownParagraph: true,
      });
    }
  }
  const rng = createRng(cfg.seed + phase);
  const killAfterMs = rng.int(cfg.killAfterMs[0], cfg.killAfterMs[1]);
  const pool = GeneratorPool.create(cfg.threads, specs.length, cfg.maxClock);
  let acked;
  try {
    const failed = await pool.open(specs, cfg.openConcurrency);
    if (failed.length) throw new Error(`kill: ${failed.length} editors failed to open: ${failed[0]!.error}`);
    await pool.all<"start">({ type: "start", window: { start: nowMs(), end: nowMs() + 3_600_000 } });
    await sleep(killAfterMs);
    await target.stop("SIGKILL");
    await pool.all<"stop">({ type: "stop" });
    // Acks the server sent before it died may still be in our sockets' buffers.
    await sleep(1000);
    acked = await pool.acked();
  } finally {
    await pool.close();
  }
  const t0 = nowMs();
  await target.start();
  const restartMs = Math.round(nowMs() - t0);

  let lostInserts = 0;
  let lostDeletes = 0;
  for (const key of keys) {
    const { doc } = await loadOnce(target, key);
    const ds = Y.createDeleteSetFromStructStore(doc.store);
    for (const e of acked.filter((a) => a.docKey === key)) {
      const state = Y.getState(doc.store, e.clientId);
      lostInserts += e.inserts.filter((end) => end > state).length;
      lostDeletes += e.deletes.filter(([client, clock]) => !Y.isDeleted(ds, Y.createID(client, clock))).length;
    }
    doc.destroy();
  }
  return {
    documents: keys.length,
    editors: specs.length,
    killAfterMs,
    sentEdits: acked.reduce((n, e) => n + e.sent, 0),
    acknowledgedEdits: acked.reduce((n, e) => n + e.acked, 0),
    lostAcknowledged: lostInserts + lostDeletes,
    lostAcknowledgedInserts: lostInserts,
    lostAcknowledgedDeletes: lostDeletes,
    restartMs,
  };
}
