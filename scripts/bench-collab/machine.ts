// CPU accounting for one measured window, in "% of one core" (a 2-core machine tops out at
// 200 %). The machine may be shared: what neither the server nor the generator used is
// reported as "other", so a noisy neighbour is visible in the results instead of hidden.
import { readFileSync } from "node:fs";

const CLK_TCK = 100;

function machineBusyMs(): number {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
    const [, ...fields] = line.trim().split(/\s+/);
    const n = fields.map(Number);
    const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return ((total - idle) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

function benchProcessMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export type CpuWindow = { serverPercent: number; generatorPercent: number; otherPercent: number; machinePercent: number };

/** Starts a window; call the returned function at its end. */
export function startCpuWindow(serverCpuMs: () => number): () => CpuWindow {
  const wall0 = performance.now();
  const machine0 = machineBusyMs();
  const bench0 = benchProcessMs();
  const server0 = serverCpuMs();
  return () => {
    const wall = performance.now() - wall0;
    const pct = (ms: number) => Math.round((ms / wall) * 100);
    const machine = machineBusyMs() - machine0;
    const server = serverCpuMs() - server0;
    const bench = benchProcessMs() - bench0;
    return {
      serverPercent: pct(server),
      generatorPercent: pct(bench),
      otherPercent: Math.max(0, pct(machine - server - bench)),
      machinePercent: pct(machine),
    };
  };
}
