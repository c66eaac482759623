// Orchestrates the benchmark: one server at a time on its own database, the same phases
// and seeds for both, JSON on stdout followed by a markdown table. Progress goes to stderr.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildHistoryDocument, buildPlainDocument, type HistoryDocument } from "./content";
import { runColdLoad, runKill, runRss, runStep, type BenchConfig } from "./phases";
import { createRng } from "./prng";
import { formatTable, toJson, type BenchResult, type CapacitySeries, type ServerResult } from "./report";
import { HocuspocusTarget, QuorumTarget, type Target, type TargetName } from "./targets";

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    steps: { type: "string" },
    "small-steps": { type: "string" },
    seed: { type: "string", default: "20260514" },
    threads: { type: "string", default: "2" },
    nice: { type: "string", default: "-5" },
    measure: { type: "string" },
    skip: { type: "string", default: "" },
    "port-base": { type: "string", default: "4411" },
    "hocuspocus-client": { type: "string", default: "raw" },
    help: { type: "boolean", default: false },
  },
});

if (args.help) {
  process.stdout.write(`Usage: npm run bench:collab -- [options]
  --quick              short smoke run (small N, short windows, 1 cold-load run)
  --only=quorum|hocuspocus
  --steps=20,50,100    values of N (plus the 50-editor document); every step up to N=100 runs,
                       after that stepping stops at the first p99 miss
  --small-steps=50,100 values of N for the second series, documents of 5 only
  --seed=N             workload seed (default 20260514)
  --threads=N          load-generator threads (default 2, one per core)
  --nice=N             priority of the servers and the generator (default -5: ahead of other
                       work on the machine; 0 to leave it; negative values need root)
  --measure=SECONDS    measured window per step
  --skip=capacity,small,kill,rss,cold
  --port-base=4411     Quorum on this port, Hocuspocus on the next (inspector for the memory
                       phase: port-base + 10 and + 11)
  --hocuspocus-client=raw|provider
                       lean wire-protocol client (default) or @hocuspocus/provider
PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
`);
  process.exit(0);
}

const quick = args.quick;
const measureMs = args.measure ? Number(args.measure) * 1000 : quick ? 5000 : 20_000;
const cfg: BenchConfig = {
  quick,
  seed: Number(args.seed),
  threads: Number(args.threads),
  steps: args.steps ? args.steps.split(",").map(Number) : quick ? [10, 20] : [20, 50, 100, 150, 200, 250, 300],
  alwaysRunUpTo: 100,
  smallOnlySteps: args["small-steps"] ? args["small-steps"].split(",").map(Number) : quick ? [20] : [50, 100, 200, 300, 400],
  editorsPerSmallDoc: 5,
  bigDocEditors: quick ? 10 : 50,
  warmupMs: quick ? 2000 : 5000,
  measureMs,
  drainMs: quick ? 3000 : 5000,
  p99LimitMs: 100,
  rssDocs: quick ? 40 : 300,
  rssDocBytes: 20 * 1024,
  coldDocBytes: 1024 * 1024,
  coldRepeats: quick ? 1 : 3,
  killDocs: quick ? 2 : 10,
  killEditorsPerDoc: quick ? 3 : 5,
  killAfterMs: quick ? [2000, 3000] : [4000, 10_000],
  maxClock: 8192,
  openConcurrency: 8,
};
const skip = new Set(args.skip.split(",").filter(Boolean));
const names: TargetName[] = args.only ? [args.only as TargetName] : ["quorum", "hocuspocus"];
const root = path.resolve(import.meta.dirname, "../..");
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const workDir = path.join(os.tmpdir(), `bench-collab-${process.pid}`);
const portBase = Number(args["port-base"]);
const users = Math.max(
  Math.max(...cfg.steps) + cfg.bigDocEditors,
  Math.max(0, ...cfg.smallOnlySteps),
  cfg.rssDocs + 1,
  cfg.killDocs * cfg.killEditorsPerDoc,
);

function versionOf(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

const targets: Target[] = [];
let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  await Promise.all(targets.map((t) => t.teardown().catch(() => undefined)));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping servers and dropping the bench databases`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function benchTarget(
  target: Target,
  fixtures: { small: Uint8Array; history: HistoryDocument | null; inspectPort: number },
): Promise<ServerResult> {
  const result: ServerResult = { capacity: { bigDocEditors: cfg.bigDocEditors, steps: [], maxNWithinLimit: null, limitReached: false } };
  const errors: string[] = [];
  const t0 = Date.now();
  log(`${target.name}: creating database and starting the server`);
  await target.setup();
  await target.start();
  log(`${target.name}: listening (pid ${target.pid}) after ${Date.now() - t0} ms`);

  const runSeries = async (series: CapacitySeries, steps: number[], phaseBase: number) => {
    for (const [i, n] of steps.entries()) {
      try {
        const step = await runStep(target, cfg, n, phaseBase + i, series.bigDocEditors);
        series.steps.push(step);
        const p99 = step.latency.all.p99 ?? Number.POSITIVE_INFINITY;
        log(
          `${target.name} N=${n}${series.bigDocEditors ? `+${series.bigDocEditors}` : ""} (${step.editors} editors): ` +
            `p50 ${step.latency.all.p50} ms, p99 ${p99} ms ` +
            `(docs of 5: ${step.latency.small.p99}, big: ${step.latency.big.p99}), missing ${step.latency.all.missing}, ` +
            `ack p99 ${step.ack.p99} ms, ${step.editsPerSecond} edits/s, ` +
            `CPU server/generator/other ${step.cpu.serverPercent}/${step.cpu.generatorPercent}/${step.cpu.otherPercent} %, ` +
            `generator loop delay p99 ${step.generatorLoopDelayP99Ms} ms` +
            (step.errors.length ? `, errors: ${step.errors.join(", ")}` : ""),
        );
        if (p99 <= cfg.p99LimitMs && step.failedToOpen === 0) {
          if (!series.limitReached) series.maxNWithinLimit = n;
        } else {
          series.limitReached = true;
        }
        // Past the reference N a full run stops at the first miss; a smoke run does every step.
        if (series.limitReached && !quick && n >= cfg.alwaysRunUpTo) break;
      } catch (error) {
        errors.push(`capacity N=${n}: ${(error as Error).message}`);
        log(`${target.name} N=${n} failed: ${(error as Error).message}`);
        series.limitReached = true;
        if (!target.pid) await target.start();
        if (n >= cfg.alwaysRunUpTo) break;
      }
    }
  };
  if (!skip.has("capacity")) await runSeries(result.capacity, cfg.steps, 0);
  if (!skip.has("small") && cfg.smallOnlySteps.length) {
    result.capacitySmallDocsOnly = { bigDocEditors: 0, steps: [], maxNWithinLimit: null, limitReached: false };
    await runSeries(result.capacitySmallDocsOnly, cfg.smallOnlySteps, 100);
  }

  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    if (skip.has(name)) return undefined;
    try {
      // A phase after a failure must not inherit a dead server.
      if (!target.pid) await target.start();
      return await run();
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
      log(`${target.name} ${name} failed: ${(error as Error).message}`);
      return undefined;
    }
  };

  result.kill = await phase("kill", async () => {
    const r = await runKill(target, cfg, 900);
    log(`${target.name} kill -9 after ${r.killAfterMs} ms: ${r.lostAcknowledged} of ${r.acknowledgedEdits} acknowledged edits lost (${r.sentEdits} sent)`);
    return r;
  });
  result.rss = await phase("rss", async () => {
    const r = await runRss(target, cfg, fixtures.small, fixtures.inspectPort);
    log(
      `${target.name} memory: RSS ${r.baselineMb} → ${r.loadedMb} MB for ${r.documents} documents: ` +
        `${r.perDocumentKb} KB RSS and ${r.heapPerDocumentKb} KB V8 heap per document`,
    );
    return r;
  });
  result.coldLoad = await phase("cold", async () => {
    const r = await runColdLoad(target, cfg, fixtures.history!);
    for (const c of r) {
      log(
        `${target.name} cold load ${c.variant}: first connection after restart ${c.runsMs.join(", ")} ms; ` +
          `warm process ${c.warmProcessRunsMs.join(", ")} ms${c.contentOk ? "" : " CONTENT MISMATCH"}`,
      );
    }
    return r;
  });
  if (errors.length) result.error = errors.join("\n");
  await target.stop();
  return result;
}

async function main() {
  const startedAt = new Date();
  // The generator threads are created later and inherit this thread's priority (Linux).
  if (Number(args.nice) !== 0) {
    try {
      os.setPriority(Number(args.nice));
    } catch (error) {
      log(`could not set priority ${args.nice}: ${(error as Error).message}; running at normal priority`);
    }
  }
  log(`work dir ${workDir}; ${quick ? "quick" : "full"} run, steps ${cfg.steps.join(", ")}`);
  const small = buildPlainDocument(createRng(cfg.seed + 1), cfg.rssDocBytes);
  let history: HistoryDocument | null = null;
  if (!skip.has("cold")) {
    const t = Date.now();
    history = buildHistoryDocument(createRng(cfg.seed + 2), cfg.coldDocBytes);
    log(`history document: ${history.updates.length} updates, ${history.state.byteLength} bytes of state, built in ${Date.now() - t} ms`);
  }
  const result: BenchResult = {
    meta: {
      date: startedAt.toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "?", memoryGb: Math.round(os.totalmem() / 2 ** 30) },
      node: process.version,
      loadAverageAtStart: os.loadavg().map((v) => Math.round(v * 100) / 100),
      versions: {
        "@hocuspocus/server": versionOf("@hocuspocus/server"),
        "socket.io": versionOf("socket.io"),
        yjs: versionOf("yjs"),
        postgres: adminUrl.replace(/\/\/[^@]*@/, "//"),
      },
      config: { ...cfg, hocuspocusClient: args["hocuspocus-client"], nice: Number(args.nice) },
      notes: [
        "Propagation latency: sender's local change → update applied at each other editor of the document; undelivered arrivals count as Infinity.",
        "Measured on insertions (characters, new paragraphs); deletions and awareness travel in the same streams.",
        "Ack: Quorum acknowledges after the update's row is committed to PostgreSQL; Hocuspocus's SyncStatus only confirms the in-memory apply (storage is debounced 2 s / max 10 s).",
        "Load generator and server share the machine's cores.",
      ],
    },
    servers: {},
  };
  for (const [i, name] of names.entries()) {
    const hocuspocusClient = args["hocuspocus-client"] === "provider" ? ("provider" as const) : ("raw" as const);
    const serverNice = Number(args.nice);
    const options = { root, adminUrl, port: portBase + i, workDir, users, hocuspocusClient, serverNice };
    const target = name === "quorum" ? new QuorumTarget(options) : new HocuspocusTarget(options);
    targets.push(target);
    try {
      result.servers[name] = await benchTarget(target, { small, history, inspectPort: portBase + 10 + i });
    } catch (error) {
      log(`${name} failed: ${(error as Error).message}`);
      result.servers[name] = {
        capacity: { bigDocEditors: cfg.bigDocEditors, steps: [], maxNWithinLimit: null, limitReached: false },
        error: (error as Error).message,
      };
    } finally {
      await target.teardown();
    }
  }
  result.meta.durationS = Math.round((Date.now() - startedAt.getTime()) / 1000);
  result.meta.loadAverageAtEnd = os.loadavg().map((v) => Math.round(v * 100) / 100);
  process.stdout.write(`${toJson(result)}\n\n`);
  const referenceN = cfg.steps.includes(100) ? 100 : cfg.steps[cfg.steps.length - 1]!;
  process.stdout.write(`${formatTable(result, referenceN, cfg.p99LimitMs)}\n`);
  log(`server logs in ${workDir}`);
}

try {
  await main();
} finally {
  await cleanup();
}
