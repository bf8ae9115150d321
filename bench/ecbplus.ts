/**
 * Story clustering on ECB+ (../shared/bench/ecbplus/dev.jsonl): 772 articles, 35 topics, each
 * topic two different real events of the same kind; the gold story is `subtopic`. All 772
 * articles are clustered together as one stream (in a fixed pseudo-random order, several orders
 * averaged), scored by B-cubed F1 over articles.
 *
 * Parameters (join, merge, topic discount, time window) are chosen by 5-fold cross-validation over topics: for each fold, the setting with
 * the best B-cubed F1 on the other 28 topics' articles is scored on the 7 held-out topics'
 * articles (the stream always holds all 772; labels of held-out topics are never looked at when
 * choosing). The TF-IDF cosine + average-link baseline is computed here in the same run, with its
 * one global threshold chosen by the same folds.
 */
import { DEFAULT_PARAMS, StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';
import { clusterDocOf } from '../src/cluster/doc.js';
import { prepareDoc, type PreparedDoc } from '../src/cluster/features.js';
import { buildArticle } from '../src/ingest/article.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { readEcbPlus, rng } from './data.js';

export interface Row {
  id: string;
  topic: number;
  subtopic: string;
  url: string | null;
  text: string;
}

const FOLDS = 5;
/** Stream orders averaged over (seeds of a deterministic shuffle). */
// Eight orders: an incremental clusterer's result depends on arrival order, and over three orders
// the figure moved by ±0.005 with the seeds chosen (0.9411 on seeds 1–3, 0.9363 over seeds 1–12).
const ORDERS = [1, 2, 3, 4, 5, 6, 7, 8];

/** Deterministic shuffle (Fisher–Yates over `rng(seed)`). */
export function shuffled<T>(items: T[], seed: number): T[] {
  const rnd = rng(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Per-article B-cubed precision and recall of `pred` (cluster label per article) against `gold`. */
export function bcubedPerArticle(pred: string[], gold: string[]): { p: Float64Array; r: Float64Array } {
  const n = pred.length;
  const pc = new Map<string, number>();
  const gc = new Map<string, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    pc.set(pred[i], (pc.get(pred[i]) ?? 0) + 1);
    gc.set(gold[i], (gc.get(gold[i]) ?? 0) + 1);
    const k = pred[i] + '\u0000' + gold[i];
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  const p = new Float64Array(n);
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const inter = both.get(pred[i] + '\u0000' + gold[i])!;
    p[i] = inter / pc.get(pred[i])!;
    r[i] = inter / gc.get(gold[i])!;
  }
  return { p, r };
}

export function f1Over(p: Float64Array, r: Float64Array, idx: number[]): { p: number; r: number; f1: number } {
  let sp = 0;
  let sr = 0;
  for (const i of idx) {
    sp += p[i];
    sr += r[i];
  }
  const P = sp / idx.length;
  const R = sr / idx.length;
  return { p: P, r: R, f1: P + R > 0 ? (2 * P * R) / (P + R) : 0 };
}

/** A run's per-article scores (averaged over stream orders), in the rows' order. */
interface RunScores {
  label: string;
  p: Float64Array;
  r: Float64Array;
}

export function runClusterer(rows: Row[], prepared: PreparedDoc[], params: Partial<ClusterParams>): RunScores & { stories: number; perOrder: number[] } {
  const n = rows.length;
  const p = new Float64Array(n);
  const r = new Float64Array(n);
  const perOrder: number[] = [];
  let stories = 0;
  for (const seed of ORDERS) {
    const c = new StoryClusterer(params);
    for (const i of shuffled([...rows.keys()], seed)) c.addPrepared(prepared[i]);
    c.settle(); // the last settling pass, as `parallax cluster` and the end of an ingest run do
    const pred = rows.map((row) => c.storyOf(row.id)!);
    const s = bcubedPerArticle(
      pred,
      rows.map((x) => x.subtopic),
    );
    for (let i = 0; i < n; i++) {
      p[i] += s.p[i] / ORDERS.length;
      r[i] += s.r[i] / ORDERS.length;
    }
    stories += c.stories().length / ORDERS.length;
    perOrder.push(f1Over(s.p, s.r, [...rows.keys()]).f1);
  }
  return { label: JSON.stringify(params), p, r, stories, perOrder };
}

// ------------------------------------------------------------------ baseline

const WORD = /[\p{L}\p{N}]+/gu;
const BASE_STOP = new Set('the a an and or of to in on at for by with from as is was were be been are it its this that he she they his her their said says has have had not but who which will would'.split(' '));

/** TF-IDF cosine (raw tf × smoothed idf over the 772) + average-link; merge heights recorded. */
function averageLinkDendrogram(rows: Row[]): Array<{ a: number; b: number; sim: number }> {
  const n = rows.length;
  const df = new Map<string, number>();
  const tfs = rows.map((row) => {
    const tf = new Map<string, number>();
    for (const m of row.text.toLowerCase().matchAll(WORD)) if (!BASE_STOP.has(m[0])) tf.set(m[0], (tf.get(m[0]) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return tf;
  });
  const vecs = tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = c * (Math.log((n + 1) / (df.get(t)! + 1)) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b] = vecs[i].size < vecs[j].size ? [vecs[i], vecs[j]] : [vecs[j], vecs[i]];
      let d = 0;
      for (const [t, w] of a) {
        const o = b.get(t);
        if (o !== undefined) d += w * o;
      }
      sim[i * n + j] = sim[j * n + i] = d;
    }
  }
  // Average link by Lance–Williams updates on the similarity matrix.
  const size = new Float64Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const merges: Array<{ a: number; b: number; sim: number }> = [];
  for (let step = 0; step < n - 1; step++) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!alive[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (alive[j] && sim[i * n + j] > best) {
          best = sim[i * n + j];
          bi = i;
          bj = j;
        }
      }
    }
    merges.push({ a: bi, b: bj, sim: best });
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === bi || k === bj) continue;
      const v = (size[bi] * sim[bi * n + k] + size[bj] * sim[bj * n + k]) / (size[bi] + size[bj]);
      sim[bi * n + k] = sim[k * n + bi] = v;
    }
    size[bi] += size[bj];
    alive[bj] = 0;
  }
  return merges;
}

function cutDendrogram(n: number, merges: Array<{ a: number; b: number; sim: number }>, threshold: number): string[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const m of merges) {
    if (m.sim < threshold) break; // average-link heights are non-increasing
    parent[find(m.b)] = find(m.a);
  }
  return Array.from({ length: n }, (_, i) => String(find(i)));
}

// ------------------------------------------------------------------ cross-validation

function crossValidate(runs: RunScores[], rows: Row[]): { f1: number; p: number; r: number; chosen: string[] } {
  const folds: number[][] = Array.from({ length: FOLDS }, () => []);
  rows.forEach((row, i) => folds[row.topic % FOLDS].push(i));
  const p = new Float64Array(rows.length);
  const r = new Float64Array(rows.length);
  const chosen: string[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = folds.flatMap((idx, g) => (g === f ? [] : idx));
    let best = runs[0];
    let bestF = -1;
    for (const run of runs) {
      const s = f1Over(run.p, run.r, train).f1;
      if (s > bestF + 1e-12) {
        bestF = s;
        best = run;
      }
    }
    chosen.push(best.label);
    for (const i of folds[f]) {
      p[i] = best.p[i];
      r[i] = best.r[i];
    }
  }
  const all = [...rows.keys()];
  return { ...f1Over(p, r, all), chosen };
}

/**
 * The parameter grid searched by cross-validation (one global setting per fold): the plain
 * average-link thresholds with the topic discount off, and with it on (its strength and
 * set-size bound and threshold), each with the time kernel's long weight at 0.5 or 1 (the
 * weeks-wide Gaussian alone).
 */
function grid(): Array<Partial<ClusterParams>> {
  const out: Array<Partial<ClusterParams>> = [];
  for (const timeLongWeight of [0.5, 1]) {
    for (const join of [0.09, 0.11, 0.13]) {
      for (const dm of [0, 0.02]) out.push({ timeLongWeight, join, merge: Math.round((join + dm) * 100) / 100, topicDiscount: 0 });
    }
    for (const topicMin of [16, 20]) {
      for (const join of [0.09, 0.11]) {
        for (const topicJoin of [0.075, 0.08, 0.085]) out.push({ timeLongWeight, join, merge: join, topicDiscount: 0.5, topicMin, topicJoin });
      }
    }
  }
  return out;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const rows: Row[] = readEcbPlus(dir);
  const gold = rows.map((r) => r.subtopic);
  const all = [...rows.keys()];

  let t0 = performance.now();
  // Each record goes through ingest (cleaning, metadata) exactly as `parallax cluster` and corpus
  // ingest do, so that the figure measures the command, not the clusterer on raw text.
  const articles = rows.map((r) => buildArticle({ source: r.id, format: 'text', content: r.text, meta: { url: r.url } }, r.id));
  const prepared = articles.map((a) => prepareDoc(clusterDocOf(a)));
  const prepMs = performance.now() - t0;

  t0 = performance.now();
  const settings = grid();
  const runs = settings.map((s) => runClusterer(rows, prepared, s));
  const gridMs = performance.now() - t0;
  const cv = crossValidate(runs, rows);
  const r3 = (x: number): number => Math.round(x * 10000) / 10000; // four decimals: the goal (0.94) is close
  const defaults = runClusterer(rows, prepared, {});
  // Ablations: the shipped defaults with one thing taken away (each is one more clustering run).
  const noHeader = articles.map((a) => prepareDoc({ ...clusterDocOf(a), header: null }));
  const previous: Partial<ClusterParams> = { topicDiscount: 0, join: 0.11, merge: 0.13, settleEvery: 0 };
  const ablations = Object.fromEntries(
    (
      [
        ['without the topic discount (0.11/0.13)', prepared, { topicDiscount: 0, join: 0.11, merge: 0.13 }],
        ['without the time kernel', prepared, { timeLongWeight: 1 }],
        ['without settling', prepared, { settleEvery: 0 }],
        ['without the header lines', noHeader, {}],
        ['previous defaults, through ingest', noHeader, previous],
        ['previous defaults, on raw text', rows.map((r) => prepareDoc({ id: r.id, text: r.text, url: r.url })), previous],
      ] as Array<[string, PreparedDoc[], Partial<ClusterParams>]>
    ).map(([label, docs, params]) => {
      const run = runClusterer(rows, docs, params);
      const sc = f1Over(run.p, run.r, all);
      return [label, { f1: r3(sc.f1), p: r3(sc.p), r: r3(sc.r) }];
    }),
  );
  const defaultScore = f1Over(defaults.p, defaults.r, all);
  const bestAll = runs.map((r) => ({ label: r.label, ...f1Over(r.p, r.r, all) })).sort((a, b) => b.f1 - a.f1)[0];

  // Baseline: one dendrogram, every threshold on a grid; threshold chosen by the same folds.
  t0 = performance.now();
  const merges = averageLinkDendrogram(rows);
  const baseRuns: RunScores[] = [];
  for (let th = 0.02; th <= 0.6; th += 0.01) {
    const s = bcubedPerArticle(cutDendrogram(rows.length, merges, th), gold);
    baseRuns.push({ label: th.toFixed(2), p: s.p, r: s.r });
  }
  const baseMs = performance.now() - t0;
  const baseCv = crossValidate(baseRuns, rows);
  const baseOracle = baseRuns.map((r) => ({ label: r.label, ...f1Over(r.p, r.r, all) })).sort((a, b) => b.f1 - a.f1)[0];

  const result = {
    articles: rows.length,
    topics: new Set(rows.map((r) => r.topic)).size,
    orders: ORDERS.length,
    cv_bcubed_f1: r3(cv.f1),
    cv_bcubed_p: r3(cv.p),
    cv_bcubed_r: r3(cv.r),
    cv_chosen: cv.chosen,
    defaults_bcubed_f1: r3(defaultScore.f1),
    defaults_f1_per_order: defaults.perOrder.map(r3),
    ablations,
    defaults: DEFAULT_PARAMS,
    defaults_stories: r3(defaults.stories),
    best_in_grid: { params: bestAll.label, f1: r3(bestAll.f1) },
    grid_settings: settings.length,
    baseline_tfidf_avglink_cv_f1: r3(baseCv.f1),
    baseline_tfidf_avglink_oracle: { threshold: baseOracle.label, f1: r3(baseOracle.f1) },
    features_ms: Math.round(prepMs),
    grid_ms: Math.round(gridMs),
    baseline_ms: Math.round(baseMs),
  };
  process.stdout.write(
    `ECB+ dev, ${rows.length} articles in ${result.topics} topics, clustered as one stream (${ORDERS.length} orders averaged)\n` +
      `  Parallax, ${FOLDS}-fold CV over topics:  B-cubed F1 ${result.cv_bcubed_f1} (P ${result.cv_bcubed_p}, R ${result.cv_bcubed_r})\n` +
      `  Parallax, shipped defaults:           B-cubed F1 ${result.defaults_bcubed_f1} (${result.defaults_stories} stories; gold ${new Set(gold).size}); per order ${Math.min(...defaults.perOrder).toFixed(3)}–${Math.max(...defaults.perOrder).toFixed(3)}\n` +
      `  best single setting in grid (oracle): ${result.best_in_grid.f1} ${result.best_in_grid.params}\n` +
      `  baseline TF-IDF + average link:       CV F1 ${result.baseline_tfidf_avglink_cv_f1}, oracle ${result.baseline_tfidf_avglink_oracle.f1} at ${result.baseline_tfidf_avglink_oracle.threshold}\n` +
      `  chosen per fold: ${cv.chosen.join(' | ')}\n` +
      Object.entries(ablations)
        .map(([k, v]) => `  ablation, ${k}: B-cubed F1 ${v.f1} (P ${v.p}, R ${v.r})\n`)
        .join(''),
  );
  return result;
}
