// Turns the results into the printed table (markdown, pasteable into docs/performance.md).
import type { ColdLoadResult, KillResult, RssResult, StepResult } from "./phases";
import type { Summary } from "./stats";

export type CapacitySeries = {
  /** Editors in the one big document added to every step (0: documents of 5 only). */
  bigDocEditors: number;
  steps: StepResult[];
  /** Largest N whose p99 propagation latency (all editors) stayed within the limit; null if none. */
  maxNWithinLimit: number | null;
  /** True when a step exceeded the limit (not just because the steps ran out). */
  limitReached: boolean;
};

export type ServerResult = {
  /** The specified workload: N editors in documents of 5 plus one 50-editor document. */
  capacity: CapacitySeries;
  /** The same without the big document. */
  capacitySmallDocsOnly?: CapacitySeries;
  rss?: RssResult;
  coldLoad?: ColdLoadResult[];
  kill?: KillResult;
  error?: string;
};

export type BenchResult = {
  meta: Record<string, unknown>;
  servers: Partial<Record<"quorum" | "hocuspocus", ServerResult>>;
};

const ms = (v: number | null | undefined) => (v === null || v === undefined ? "–" : Number.isFinite(v) ? `${v.toFixed(1)} ms` : "∞");
const pct = (s: Summary) => `${ms(s.p50)} / ${ms(s.p99)}`;

function stepAt(result: ServerResult | undefined, n: number): StepResult | undefined {
  return result?.capacity.steps.find((s) => s.n === n);
}

export function formatTable(result: BenchResult, referenceN: number, limitMs: number): string {
  const q = result.servers.quorum;
  const h = result.servers.hocuspocus;
  const cols = (f: (r: ServerResult | undefined) => string) => `| ${f(q)} | ${f(h)} |`;
  const lines: string[] = [];
  lines.push("| Metric | Quorum | Hocuspocus |", "|---|---|---|");
  const atRef = (f: (s: StepResult) => string) => (r: ServerResult | undefined) => {
    const s = stepAt(r, referenceN);
    if (s) return f(s);
    if (!r?.capacity.steps.length) return "not run";
    return `not reached (stepping stopped at N=${r.capacity.steps[r.capacity.steps.length - 1]!.n})`;
  };
  lines.push(`| Propagation p50 / p99, N=${referenceN} (all ${referenceN}+big-doc editors) ${cols(atRef((s) => pct(s.latency.all)))}`);
  lines.push(`| — documents of 5 editors ${cols(atRef((s) => pct(s.latency.small)))}`);
  lines.push(`| — the big document ${cols(atRef((s) => pct(s.latency.big)))}`);
  lines.push(`| Undelivered edits at N=${referenceN} ${cols(atRef((s) => `${s.latency.all.missing} of ${s.latency.all.count}`))}`);
  lines.push(`| Ack p50 / p99 at N=${referenceN} ${cols(atRef((s) => pct(s.ack)))}`);
  lines.push(`| Server CPU at N=${referenceN} (% of one core) ${cols(atRef((s) => `${s.serverCpuPercent} %`))}`);
  const capacity = (series: (r: ServerResult) => CapacitySeries | undefined) => (r: ServerResult | undefined) => {
    const c = r ? series(r) : undefined;
    if (!c?.steps.length) return "not run";
    const tested = c.steps.map((s) => s.n);
    const best = c.maxNWithinLimit === null ? "none" : String(c.maxNWithinLimit);
    return `${best} (tested ${tested.join(", ")}${c.limitReached ? "" : "; limit not reached"})`;
  };
  lines.push(`| Largest N with p99 ≤ ${limitMs} ms (N editors + the big document) ${cols(capacity((r) => r.capacity))}`);
  lines.push(`| Largest N with p99 ≤ ${limitMs} ms (documents of 5 only) ${cols(capacity((r) => r.capacitySmallDocsOnly))}`);
  lines.push(`| Server RSS per open 20 KB document ${cols((r) => (r?.rss ? `${r.rss.perDocumentKb} KB (V8 heap ${r.rss.heapPerDocumentKb} KB; ${r.rss.documents} docs)` : "not run"))}`);
  lines.push(
    `| Cold load of the 1 MB document, first connection after restart (median) ${cols((r) =>
      r?.coldLoad ? r.coldLoad.map((c) => `${c.variant}: ${ms(c.medianMs)}${c.contentOk ? "" : " (CONTENT MISMATCH)"}`).join("<br>") : "not run",
    )}`,
  );
  lines.push(
    `| — same document, process already warm (median) ${cols((r) =>
      r?.coldLoad ? r.coldLoad.map((c) => `${c.variant}: ${ms(c.warmProcessMedianMs)}`).join("<br>") : "not run",
    )}`,
  );
  lines.push(
    `| Acknowledged edits lost after kill -9 ${cols((r) =>
      r?.kill ? `${r.kill.lostAcknowledged} of ${r.kill.acknowledgedEdits} (killed after ${(r.kill.killAfterMs / 1000).toFixed(1)} s)` : "not run",
    )}`,
  );
  lines.push("");
  lines.push("| N | Server | Editors | Edits/s | p50 | p99 | p99 docs of 5 | p99 big doc | Ack p99 | CPU server / generator / other | Server RSS | Generator lag p99 |", "|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const [name, r] of Object.entries(result.servers)) {
    for (const series of [r?.capacity, r?.capacitySmallDocsOnly]) {
      for (const s of series?.steps ?? []) {
        lines.push(
          `| ${s.n}${series!.bigDocEditors ? ` + ${series!.bigDocEditors}` : ""} | ${name} | ${s.editors}${s.failedToOpen ? ` (${s.failedToOpen} failed)` : ""} | ${s.editsPerSecond} | ${ms(s.latency.all.p50)} | ${ms(s.latency.all.p99)} | ${ms(s.latency.small.p99)} | ${ms(s.latency.big.p99)} | ${ms(s.ack.p99)} | ${s.cpu.serverPercent} / ${s.cpu.generatorPercent} / ${s.cpu.otherPercent} % | ${s.serverRssMb} MB | ${ms(s.generatorLoopDelayP99Ms)} |`,
        );
      }
    }
  }
  return lines.join("\n");
}

/** JSON with Infinity spelled out (JSON.stringify would turn it into null). */
export function toJson(result: BenchResult): string {
  return JSON.stringify(result, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), 2);
}
