/**
 * Timing of repeated runs for the benchmarks: wall and CPU (user + system) milliseconds of each
 * run after warm-up, in run order. CPU time is the figure to quote on a shared machine: wall time
 * there mostly measures the other processes.
 */
export function timeRuns(f: () => unknown, warm: number, runs: number): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < warm; i++) f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    f();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}
