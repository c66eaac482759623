// The burn-up series of an indicator: what partners reported, accumulated per quarter, against
// the target. Pure, so the chart, its table fallback and the tests read the same numbers.
import { compareQuarters, daysBetween, quarterKey, quarterOfDay, quarterPeriod, quartersBetween, type Quarter } from "@/lib/indicators/periods";

export type BurnUpContribution = { periodStart: string; periodEnd: string; value: number };

export type BurnUpInput = {
  baseline: number;
  target: number;
  /** When tracking starts (see indicatorStart). */
  start: string;
  deadline: string | null;
  contributions: BurnUpContribution[];
  /** Today on the Warsaw calendar: quarters after the current one have no actual value yet. */
  today: string;
};

export type BurnUpPoint = {
  key: string;
  quarter: Quarter;
  /** Last day of the quarter: where the point sits on the time axis. */
  end: string;
  /** Reported in this quarter (contributions are counted in the quarter their period ends). */
  reported: number;
  /** Baseline plus everything reported up to this quarter; null for quarters still ahead. */
  cumulative: number | null;
  /** Where a steady pace from baseline to target would be; null without a deadline. */
  planned: number | null;
};

export type BurnUpSeries = {
  points: BurnUpPoint[];
  /** Left edge of the time axis. */
  start: string;
  /** Right edge: the end of the last quarter shown. */
  end: string;
  current: number;
  /** Share of the target reached, 0..∞ (over-achievement is kept, the display caps it). */
  progress: number;
};

/** Sums in hundredths: values are Decimal(14,2), floating point must not drift the totals. */
export function sumValues(values: number[]): number {
  return values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
}

function plannedAt(day: string, input: BurnUpInput): number | null {
  if (!input.deadline) return null;
  const span = daysBetween(input.start, input.deadline);
  if (span <= 0) return input.target;
  const share = Math.min(1, Math.max(0, daysBetween(input.start, day) / span));
  return Math.round((input.baseline + (input.target - input.baseline) * share) * 100) / 100;
}

export function computeBurnUp(input: BurnUpInput): BurnUpSeries {
  const lastContribution = input.contributions.reduce<string | null>((max, c) => (max === null || c.periodEnd > max ? c.periodEnd : max), null);
  // With a deadline the axis ends there (a finished project's chart does not run on to today);
  // without one it ends today. Reports dated later still extend it.
  const candidates = [input.deadline ?? input.today, lastContribution].filter((d): d is string => d !== null);
  const horizon = candidates.reduce((a, b) => (b > a ? b : a), input.start);
  const quarters = quartersBetween(input.start, horizon);
  const currentQuarter = quarterOfDay(input.today);

  const perQuarter = new Map<string, number[]>();
  for (const c of input.contributions) {
    // Reports dated before tracking started still count, in the first quarter shown.
    const q = c.periodEnd < input.start ? quarterOfDay(input.start) : quarterOfDay(c.periodEnd);
    const key = quarterKey(q);
    perQuarter.set(key, [...(perQuarter.get(key) ?? []), c.value]);
  }

  let running = input.baseline;
  const points: BurnUpPoint[] = quarters.map((quarter) => {
    const key = quarterKey(quarter);
    const reported = sumValues(perQuarter.get(key) ?? []);
    running = sumValues([running, reported]);
    const ahead = compareQuarters(quarter, currentQuarter) > 0 && reported === 0;
    const end = quarterPeriod(quarter).end;
    return { key, quarter, end, reported, cumulative: ahead ? null : running, planned: plannedAt(end, input) };
  });

  const current = sumValues([input.baseline, ...input.contributions.map((c) => c.value)]);
  return {
    points,
    start: input.start,
    end: points.at(-1)?.end ?? input.start,
    current,
    progress: input.target > 0 ? current / input.target : 0,
  };
}

/** Round tick steps (1, 2, 2.5, 5 × 10^n) so the value axis reads 0, 250, 500… */
export function niceTicks(max: number, approxCount = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / approxCount;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < max + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  if (ticks.at(-1)! < max) ticks.push(Math.round((ticks.at(-1)! + step) * 1e6) / 1e6);
  return ticks;
}
