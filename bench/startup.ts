/**
 * Start-up cost of the CLI (issue #16: `analyze` of the bundled example ≤ 150 ms of CPU end to
 * end, `--help` ≤ 100 ms): `node dist/bench/run.js startup`.
 *
 * Each command runs in a fresh process, `PARALLAX_STARTUP_RUNS` times (default 9) in turn, and
 * the figure is the median of the user + system CPU of its Node processes (`analyze` runs in a
 * second one started with V8 flags, bin/parallax.js; all their threads count: the optimising
 * compiler and the garbage collector work on threads of their own) and the peak resident memory.
 * On Linux the main threads' share is printed too (10 ms ticks). CPU time is the figure to quote
 * on a shared machine (wall time there mostly measures the other processes; it is printed too).
 * The CPU is read by a preloaded hook (`--import`, which the parent passes on to the child) at
 * each process's `exit` event, so everything Node did since it started counts, and `node -e 0`
 * with the same hook is printed as the yardstick: what Node itself costs on this machine before
 * Parallax runs a line. `PARALLAX_STARTUP_INPUT` (a file or folder) analyses other articles.
 *
 * `PARALLAX_STARTUP_BASE=/other/checkout` (built) also runs that checkout's commands, interleaved
 * with these, for a before/after on the same load. NODE_EXTRA_CA_CERTS is removed from the
 * children's environment (said in the output when it was set): Node parses that certificate
 * bundle at start in every process, ~85 ms of CPU on the development machine, a cost of the
 * machine's setup rather than of Parallax; `PARALLAX_STARTUP_KEEP_CA=1` keeps it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.resolve('bin/parallax.js');
/** `PARALLAX_STARTUP_INPUT` (a file or folder) analyses other articles than the bundled example. */
const EXAMPLE = path.resolve(process.env.PARALLAX_STARTUP_INPUT || 'examples/harbour-fire');

/**
 * Writes the process's CPU (ms) and peak RSS (MB) to the file named by PARALLAX_STARTUP_OUT at exit,
 * and on Linux the main thread's own CPU (from /proc, in the kernel's 10 ms ticks): the rest is
 * V8's background threads, the optimising compiler's above all, and the garbage collector's.
 */
const HOOK = `import { appendFileSync, readFileSync } from 'node:fs';
process.on('exit', () => {
  const c = process.cpuUsage();
  const r = process.resourceUsage();
  let mainMs = null;
  try {
    const stat = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
    // Fields after the command name: state is the 3rd of stat(5), utime and stime the 14th and 15th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    mainMs = (Number(f[11]) + Number(f[12])) * 10;
  } catch {}
  appendFileSync(process.env.PARALLAX_STARTUP_OUT, JSON.stringify({ cpuMs: (c.user + c.system) / 1000, rssMb: r.maxRSS / 1024, mainMs }) + '\\n');
});
`;

interface Sample {
  cpuMs: number;
  /** The main threads' CPU (Linux; 10 ms resolution), null elsewhere. */
  mainMs: number | null;
  /** Node processes the command ran (2 where `analyze` starts its child with V8 flags). */
  processes: number;
  rssMb: number;
  wallMs: number;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function run(): Promise<Record<string, unknown>> {
  const runs = Math.max(1, Number(process.env.PARALLAX_STARTUP_RUNS) || 9);
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  try {
    const hook = path.join(dir, 'hook.mjs');
    writeFileSync(hook, HOOK);
    const out = path.join(dir, 'out.jsonl');
    const commands: Array<[string, string[]]> = [
      ['node -e 0 (yardstick)', ['-e', '0']],
      ['parallax --help', [BIN, '--help']],
      [`parallax analyze ${path.relative('.', EXAMPLE)}`, [BIN, 'analyze', EXAMPLE]],
    ];
    const base = process.env.PARALLAX_STARTUP_BASE;
    if (base) {
      const baseBin = path.resolve(base, 'bin/parallax.js');
      commands.push(['base: parallax --help', [baseBin, '--help']], [`base: parallax analyze ${path.relative('.', EXAMPLE)}`, [baseBin, 'analyze', EXAMPLE]]);
    }
    const env: NodeJS.ProcessEnv = { ...process.env, PARALLAX_STARTUP_OUT: out };
    const caRemoved = !process.env.PARALLAX_STARTUP_KEEP_CA && env.NODE_EXTRA_CA_CERTS !== undefined;
    if (caRemoved) delete env.NODE_EXTRA_CA_CERTS;
    const samples = new Map<string, Sample[]>(commands.map(([name]) => [name, []]));
    // Interleaved, so that a change in the machine's load touches every command alike.
    for (let r = 0; r < runs; r++) {
      for (const [name, args] of commands) {
        writeFileSync(out, '');
        const t0 = performance.now();
        const p = spawnSync(process.execPath, ['--import', hook, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        const wallMs = performance.now() - t0;
        if (p.status !== 0) throw new Error(`${name} exited with ${p.status}: ${p.stderr.trim()}`);
        // One line per Node process: `analyze` runs in a second one (bin/parallax.js), which the
        // hook measures too (the parent passes its Node options on); the CPU is their sum, the
        // peak memory the larger.
        const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { cpuMs: number; rssMb: number; mainMs: number | null });
        const mains = lines.map((l) => l.mainMs);
        samples.get(name)!.push({
          cpuMs: lines.reduce((a, l) => a + l.cpuMs, 0),
          rssMb: Math.max(...lines.map((l) => l.rssMb)),
          mainMs: mains.every((m) => m !== null) ? mains.reduce((a, m) => a! + m!, 0) : null,
          processes: lines.length,
          wallMs,
        });
      }
    }
    const load = (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10);
    const result: Record<string, unknown> = { runs, node: process.version, loadAverage: load, nodeExtraCaCertsRemoved: caRemoved, base: base ?? null };
    console.log(`fresh processes, ${runs} runs each (interleaved); load average at the end ${load.join(' ')}${caRemoved ? '; NODE_EXTRA_CA_CERTS removed from the children\'s environment' : ''}:`);
    for (const [name] of commands) {
      const s = samples.get(name)!;
      const cpu = Math.round(median(s.map((x) => x.cpuMs)));
      const cpuMean = Math.round(mean(s.map((x) => x.cpuMs)));
      const cpuMin = Math.round(Math.min(...s.map((x) => x.cpuMs)));
      const rss = Math.round(median(s.map((x) => x.rssMb)));
      const wall = Math.round(median(s.map((x) => x.wallMs)));
      const all = s.map((x) => Math.round(x.cpuMs));
      const mains = s.map((x) => x.mainMs).filter((x): x is number => x !== null);
      const main = mains.length === s.length ? Math.round(median(mains)) : null;
      result[name] = { meanCpuMs: cpuMean, medianCpuMs: cpu, minCpuMs: cpuMin, medianMainThreadMs: main, processes: Math.max(...s.map((x) => x.processes)), medianWallMs: wall, medianMaxRssMb: rss, cpuMs: all };
      const procs = Math.max(...s.map((x) => x.processes));
      const split = main === null ? '' : ` (main thread${procs > 1 ? 's' : ''} ${main}, other threads ~${Math.max(0, cpu - main)})`;
      console.log(`  ${name}${procs > 1 ? ` (${procs} Node processes)` : ''}: CPU (user + system) mean ${cpuMean} ms, median ${cpu}${split}, min ${cpuMin}; ${wall} ms wall, ${rss} MB peak resident; runs ${all.join(' ')}`);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
