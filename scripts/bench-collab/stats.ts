// Percentiles over latency samples. Undelivered arrivals are kept as Infinity so a server
// that drops or stalls messages cannot look fast by leaving its worst cases out.

export type Summary = {
  count: number;
  /** Samples that never arrived (counted as infinitely late). */
  missing: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
};

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function concatSamples(parts: Float32Array[], extraInfinite = 0): Float32Array {
  const total = parts.reduce((n, p) => n + p.length, 0) + extraInfinite;
  const out = new Float32Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  out.fill(Number.POSITIVE_INFINITY, offset);
  return out;
}

export function summarize(samples: Float32Array, missing = 0): Summary {
  const sorted = concatSamples([samples], missing).sort();
  let sum = 0;
  let finite = 0;
  for (const v of sorted) {
    if (Number.isFinite(v)) {
      sum += v;
      finite += 1;
    }
  }
  const round = (v: number | null) => (v === null ? null : Number.isFinite(v) ? Math.round(v * 100) / 100 : v);
  return {
    count: sorted.length,
    missing,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(percentile(sorted, 100)),
    mean: finite ? Math.round((sum / finite) * 100) / 100 : null,
  };
}

/** A growable Float32Array for per-thread sample collection (cheap to transfer between threads). */
export class SampleBuffer {
  private buf = new Float32Array(4096);
  length = 0;

  push(v: number) {
    if (this.length === this.buf.length) {
      const next = new Float32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }

  take(): Float32Array {
    const out = this.buf.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

/** The shared monotonic clock of every thread and process on this machine, in milliseconds. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
