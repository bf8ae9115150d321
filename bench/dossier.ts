/**
 * Dossier speed: the five seeds in-process (median CPU time after warm-up), and stories of 10, 50 and 200
 * articles built from ECB+ (../shared/bench/ecbplus/dev.jsonl) to show how time grows with the
 * number of articles. Times include annotation (buildDossier annotates internally); ingest is
 * done once beforehand. Skipped, with a message, when ../shared is absent.
 */
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';
import { SKIP_NO_SHARED, seedFiles, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { timeRuns } from './timing.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/**
 * Median CPU time (user + system) and wall time per run after warm-up. CPU time is the figure
 * to quote on a shared machine: wall time there mostly measures the other processes.
 */
function time(articles: Article[], warm: number, runs: number): { median: number; wall: number; runs: number[] } {
  const { wall, cpu } = timeRuns(() => buildDossier(articles), warm, runs);
  return { median: Math.round(median(cpu) * 10) / 10, wall: Math.round(median(wall) * 10) / 10, runs: cpu.map((t) => Math.round(t)) };
}

interface EcbDoc {
  id: string;
  subtopic: string;
  text: string;
}

/**
 * A story of n articles about one event: the articles of the largest ECB+ subtopic, then
 * rewrites of them (sentences in rotated order, as outlets re-cut wire copy) until there are n.
 * Every article is a report of the same event, as in a real story, and nothing is random.
 */
export function ecbStory(docs: EcbDoc[], n: number): Article[] {
  const bySub = new Map<string, EcbDoc[]>();
  for (const d of docs) bySub.set(d.subtopic, [...(bySub.get(d.subtopic) ?? []), d]);
  const base = [...bySub.values()].sort((a, b) => b.length - a.length || (a[0].subtopic < b[0].subtopic ? -1 : 1))[0];
  const out: Article[] = [];
  for (let k = 0; k < n; k++) {
    const d = base[k % base.length];
    const round = Math.floor(k / base.length);
    const lines = d.text.split('\n').filter((l) => l.trim());
    const r = lines.length ? round % lines.length : 0;
    const text = [...lines.slice(r), ...lines.slice(0, r)].join('\n\n');
    out.push({ id: `a${k + 1}`, file: `${d.id}#${round}`, outlet: `Outlet ${k + 1}`, url: null, title: null, published: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });
  }
  return out;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const seeds = seedFiles();
  const shared = sharedDir();
  if (!seeds || !shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const { articles } = await ingestAll(seeds);
  const s = time(articles, 3, 15);
  process.stdout.write(`seeds (5 articles): median ${s.median} ms CPU (${s.wall} ms wall) over 15 runs after 3 warm-up runs\n`);

  const docs: EcbDoc[] = readEcbPlus(shared);
  const sizes: Record<string, unknown> = {};
  for (const n of [10, 50, 200]) {
    const story = ecbStory(docs, n);
    const r = time(story, 1, n >= 200 ? 3 : 5);
    sizes[n] = { medianCpuMs: r.median, medianWallMs: r.wall, cpuMsPerArticle: Math.round((r.median / n) * 100) / 100, runs: r.runs };
    process.stdout.write(`ECB+ story of ${n} articles: median ${r.median} ms CPU (${r.wall} ms wall), ${(r.median / n).toFixed(2)} ms/article\n`);
  }
  return { seedsMedianCpuMs: s.median, seedsMedianWallMs: s.wall, seedsRuns: s.runs, ecbStories: sizes, node: process.version };
}
