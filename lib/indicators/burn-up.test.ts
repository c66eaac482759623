import { describe, expect, it } from "vitest";
import { computeBurnUp, niceTicks, sumValues } from "@/lib/indicators/burn-up";

const project = { baseline: 0, target: 1200, start: "2022-07-01", deadline: "2023-12-31" };
const q = (start: string, end: string, value: number) => ({ periodStart: start, periodEnd: end, value });

describe("burn-up series", () => {
  it("accumulates reports per quarter from the baseline and draws the planned pace to the deadline", () => {
    const series = computeBurnUp({
      ...project,
      today: "2026-11-23",
      contributions: [
        q("2022-07-01", "2022-09-30", 150),
        q("2022-07-01", "2022-09-30", 30.5),
        q("2022-10-01", "2022-12-31", 200),
        q("2023-04-01", "2023-06-30", 300),
      ],
    });
    // The axis ends at the deadline, not today: the project is over.
    expect(series.points.map((p) => p.key)).toEqual(["2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    expect(series.points.slice(0, 4).map((p) => p.reported)).toEqual([180.5, 200, 0, 300]);
    expect(series.points.slice(0, 4).map((p) => p.cumulative)).toEqual([180.5, 380.5, 380.5, 680.5]);
    expect(series.current).toBe(680.5);
    expect(series.progress).toBeCloseTo(680.5 / 1200);
    // Planned: linear in days from 1 Jul 2022 (0) to 31 Dec 2023 (1200), flat afterwards.
    expect(series.points[0]!.planned).toBeCloseTo((1200 * 91) / 548, 1);
    expect(series.points.at(-1)!.planned).toBe(1200);
  });

  it("leaves quarters still ahead without an actual value", () => {
    const series = computeBurnUp({ ...project, today: "2023-02-10", contributions: [q("2022-07-01", "2022-09-30", 100)] });
    const byKey = Object.fromEntries(series.points.map((p) => [p.key, p.cumulative]));
    expect(byKey).toEqual({ "2022-Q3": 100, "2022-Q4": 100, "2023-Q1": 100, "2023-Q2": null, "2023-Q3": null, "2023-Q4": null });
    expect(series.end).toBe("2023-12-31");
  });

  it("starts from the baseline and has no planned line without a deadline", () => {
    const series = computeBurnUp({ baseline: 20, target: 50, start: "2026-01-15", deadline: null, today: "2026-11-23", contributions: [q("2026-04-01", "2026-06-30", 5)] });
    expect(series.points.map((p) => [p.key, p.cumulative, p.planned])).toEqual([
      ["2026-Q1", 20, null],
      ["2026-Q2", 25, null],
      ["2026-Q3", 25, null],
      ["2026-Q4", 25, null],
    ]);
    expect(series.current).toBe(25);
  });

  it("runs the axis on to today without a deadline, and past the deadline for late reports", () => {
    const open = computeBurnUp({ ...project, deadline: null, today: "2023-08-01", contributions: [] });
    expect(open.points.at(-1)!.key).toBe("2023-Q3");
    const late = computeBurnUp({ ...project, today: "2026-11-23", contributions: [q("2024-01-01", "2024-03-31", 5)] });
    expect(late.points.at(-1)).toMatchObject({ key: "2024-Q1", planned: 1200 });
  });

  it("counts a report dated before tracking started in the first quarter shown", () => {
    const series = computeBurnUp({ ...project, start: "2023-01-01", today: "2023-05-01", contributions: [q("2022-10-01", "2022-12-31", 7)] });
    expect(series.points[0]).toMatchObject({ key: "2023-Q1", reported: 7, cumulative: 7 });
  });

  it("sums two-decimal values without floating point drift", () => {
    expect(sumValues([0.1, 0.2])).toBe(0.3);
    expect(sumValues([1200.55, 0.45, -1])).toBe(1200);
  });
});

describe("value axis ticks", () => {
  it("uses round steps that cover the maximum", () => {
    expect(niceTicks(1200)).toEqual([0, 250, 500, 750, 1000, 1250]);
    expect(niceTicks(50)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
