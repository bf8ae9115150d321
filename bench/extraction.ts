/**
 * Article extraction benchmark: ../shared/bench/extraction (131 real pages, hand-made bodies).
 * Scores our extractor and Readability.js (on linkedom) in the same run with the benchmark's own
 * metric (../shared/bench/README.md): Unicode `\w+` tokens, 4-gram shingle multisets, per-page
 * tp/fp/fn normalised to sum 1, mean precision and mean recall over pages, F1 of the two means.
 * Also reports F1 on the two halves by sorted page id (first half: development, second: held
 * out) and pages per second of both extractors on one core (see `speeds`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../src/ingest/html/extract.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';

export interface Page {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export function loadPages(): Page[] | null {
  const dir = sharedDir();
  if (!dir) return null;
  const root = path.join(dir, 'bench', 'extraction');
  const truth = JSON.parse(readFileSync(path.join(root, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const files = readdirSync(path.join(root, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const pages: Page[] = [];
  for (const f of files) {
    const id = f.replace(/\.html\.gz$/, '');
    const t = truth[id];
    if (!t) continue;
    const html = gunzipSync(readFileSync(path.join(root, 'html', f))).toString('utf8');
    pages.push({ id, url: t.url, html, truth: t.articleBody });
  }
  return pages;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** 4-gram shingles as a multiset; a text of fewer than 4 tokens is one shingle, an empty one none. */
function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page tp, fp, fn, normalised so they sum to 1 (when any is non-zero). */
export function pageCounts(truth: string, pred: string): { tp: number; fp: number; fn: number } {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export interface Quality {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Mean precision and recall over pages, F1 of the means (the benchmark's definition). */
export function quality(pairs: Array<{ truth: string; pred: string }>): Quality {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const { truth, pred } of pairs) {
    const { tp, fp, fn } = pageCounts(truth, pred);
    if (fp === 0 && fn === 0) {
      pSum += 1;
      pN++;
      rSum += 1;
      rN++;
      continue;
    }
    if (tp + fp > 0) {
      pSum += tp / (tp + fp);
      pN++;
    }
    if (tp + fn > 0) {
      rSum += tp / (tp + fn);
      rN++;
    }
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: pairs.length, precision: round(precision), recall: round(recall), f1: round(f1) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

type Extractor = (html: string, url: string) => string;

const ours: Extractor = (html, url) => extractArticle(html, { url }).text;

async function readabilityExtractor(): Promise<Extractor | null> {
  try {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    return (html) => {
      try {
        const { document } = parseHTML(html);
        const r = new Readability(document as unknown as Document).parse();
        return r?.textContent ?? '';
      } catch {
        return '';
      }
    };
  } catch {
    return null;
  }
}

/**
 * One timed pass over all pages: CPU seconds of this process (user + system) and the outputs.
 * CPU time rather than wall time: on a shared machine other processes' load would otherwise
 * count as ours. The extractors are single-threaded, so this is time on one core.
 */
function timedPass(fn: Extractor, pages: Page[]): { secs: number; outputs: string[] } {
  const t0 = process.cpuUsage();
  const outputs = pages.map((p) => fn(p.html, p.url));
  const d = process.cpuUsage(t0);
  return { secs: (d.user + d.system) / 1e6, outputs };
}

/**
 * Pages per second of each extractor on one core: one untimed warm-up pass each, then ROUNDS
 * timed passes taken in turns (A B A B …) and the fastest pass of each kept, so that load from
 * other processes on a shared machine hits both alike and inflates neither figure.
 */
const ROUNDS = 3;

function speeds(fns: Extractor[], pages: Page[]): Array<{ pagesPerSecond: number; outputs: string[] }> {
  const out = fns.map((fn) => ({ best: Infinity, outputs: timedPass(fn, pages).outputs }));
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, i) => {
      out[i].best = Math.min(out[i].best, timedPass(fn, pages).secs);
    });
  }
  return out.map((o) => ({ pagesPerSecond: Math.round((pages.length / o.best) * 10) / 10, outputs: o.outputs }));
}

function evaluate(pages: Page[], outputs: string[]): { all: Quality; devHalf: Quality; heldOutHalf: Quality } {
  const pairs = pages.map((p, i) => ({ truth: p.truth, pred: outputs[i] }));
  const half = Math.ceil(pairs.length / 2);
  return { all: quality(pairs), devHalf: quality(pairs.slice(0, half)), heldOutHalf: quality(pairs.slice(half)) };
}

export async function run(): Promise<Record<string, unknown> | null> {
  const pages = loadPages();
  if (!pages) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const result: Record<string, unknown> = { pages: pages.length, split: 'pages sorted by id; first half used for development, second half held out' };
  const rd = await readabilityExtractor();
  if (!rd) process.stdout.write('Readability.js or linkedom not installed (dev dependencies): comparison skipped\n');
  const [mine, theirs] = speeds(rd ? [ours, rd] : [ours], pages);
  result.parallax = { ...evaluate(pages, mine.outputs), pagesPerSecond: mine.pagesPerSecond };
  if (theirs) {
    result.readability = { ...evaluate(pages, theirs.outputs), pagesPerSecond: theirs.pagesPerSecond };
    result.speedup = Math.round((mine.pagesPerSecond / theirs.pagesPerSecond) * 10) / 10;
  }
  result.timing = `CPU time on one core; warm-up pass, then the fastest of ${ROUNDS} alternating timed passes`;
  const rows: Array<[string, Record<string, unknown> | undefined]> = [
    ['Parallax', result.parallax as Record<string, unknown>],
    ['Readability.js + linkedom', result.readability as Record<string, unknown> | undefined],
  ];
  if (result.speedup) process.stdout.write(`speed-up over Readability.js: ${result.speedup}x\n`);
  process.stdout.write('| extractor | F1 | precision | recall | F1 dev half | F1 held-out half | pages/s |\n|---|---|---|---|---|---|---|\n');
  for (const [name, r] of rows) {
    if (!r) continue;
    const all = r.all as Quality;
    process.stdout.write(
      `| ${name} | ${all.f1.toFixed(3)} | ${all.precision.toFixed(3)} | ${all.recall.toFixed(3)} | ${(r.devHalf as Quality).f1.toFixed(3)} | ${(r.heldOutHalf as Quality).f1.toFixed(3)} | ${r.pagesPerSecond} |\n`,
    );
  }
  return result;
}
