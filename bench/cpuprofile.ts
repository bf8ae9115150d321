/**
 * Developer script (not a benchmark): reads a V8 CPU profile (`node --cpu-prof …`) and prints where
 * the CPU went — self time per function and per module, the inclusive time of each module's
 * top-level code (what runs at import time), and the inclusive time of the project's functions.
 * Issue #16's start-up work reads these.
 *
 * Run: `node --cpu-prof --cpu-prof-dir=/tmp/prof --cpu-prof-interval 200 bin/parallax.js analyze
 * examples/harbour-fire > /dev/null; node dist/bench/cpuprofile.js /tmp/prof/*.cpuprofile [N]`
 * (N rows per table, default 30; several files are summed).
 *
 * On a loaded machine a sample's time delta also holds the time the process was not running; a
 * delta is counted up to 1 ms (five sampling intervals of 200 µs), so that one descheduled stretch
 * does not land on whatever function happened to be on the stack. The figures are then CPU-like,
 * and their ratios are what to read.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Longest time delta (µs) one sample counts for. */
const MAX_DELTA_US = 1000;

function shortUrl(url: string): string {
  return url.replace(/^file:\/\/.*?\/(?=(?:dist|bin|node_modules)\/)/, '').replace(/^.*node_modules\//, 'node_modules/');
}

function key(n: ProfileNode): string {
  const f = n.callFrame;
  return `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
}

function add(m: Map<string, number>, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

function table(title: string, m: Map<string, number>, rows: number): string {
  const lines = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, rows);
  return [`--- ${title}`, ...lines.map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)].join('\n');
}

const args = process.argv.slice(2);
const rows = args.length > 1 && /^\d+$/.test(args[args.length - 1]) ? Number(args.pop()) : 30;
if (args.length === 0) {
  process.stderr.write('usage: node dist/bench/cpuprofile.js FILE.cpuprofile... [ROWS]\n');
  process.exit(2);
}
const selfFn = new Map<string, number>();
const selfModule = new Map<string, number>();
const importTime = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
for (const file of args) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < p.samples.length; i++) {
    const us = Math.min(p.timeDeltas[i] ?? 0, MAX_DELTA_US);
    const leaf = byId.get(p.samples[i])!;
    total += us;
    add(selfFn, key(leaf), us);
    add(selfModule, shortUrl(leaf.callFrame.url) || leaf.callFrame.functionName, us);
    // Walk up the stack once: every distinct function and module top level on it gets the sample.
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      const f = n.callFrame;
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      if (f.url.startsWith('file:') && !f.url.includes('/node_modules/')) add(inclusive, k, us);
      // A module's top-level code is the anonymous function at line 1, column 1 of its file.
      if (f.functionName === '' && f.lineNumber === 0 && f.columnNumber === 0 && f.url.startsWith('file:')) add(importTime, shortUrl(f.url), us);
    }
  }
}
process.stdout.write(
  [
    `total ${(total / 1000).toFixed(1)} ms over ${args.length} profile(s)`,
    table('self time by function', selfFn, rows),
    table('self time by module', selfModule, rows),
    table('module top-level code (import time), inclusive', importTime, rows),
    table('project functions, inclusive', inclusive, rows),
  ].join('\n') + '\n',
);
