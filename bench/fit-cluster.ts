/**
 * Fits the story clusterer's pair model (src/cluster/pair-model.ts) across the dev corpora and
 * writes it: `node dist/bench/run.js fit-cluster`.
 *
 * Pairs: in each corpus, every article's features are computed by the clusterer itself
 * (`StoryClusterer.pairFeatures`, idf over the corpus), and pairs are drawn per article: up to
 * three of its own story (positives), and as negatives the six articles of other stories that
 * share most of its rarest words and names (the hard cases: same kind of event, same people)
 * plus two at random. Each corpus weighs the same in the fit, and within it positives and
 * negatives weigh half each, so no corpus's size or story size sets the model. The model is an
 * L2-regularised logistic regression (Newton's method, deterministic), as Miranda et al. (2018)
 * combine their similarities.
 *
 * Choices, all across corpora, none per corpus:
 * - the time kernel's σ: leave-one-corpus-out log loss on pairs (fit on four, score the fifth);
 * - the link threshold `join` (= `merge`): the best mean B-cubed F1
 *   over the corpora when clustering them as streams (bench/stories-cluster.ts does the same
 *   inside each leave-one-corpus-out fold and reports the held-out corpus).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PAIR_FEATURES, StoryClusterer, type ClusterParams, type PairModel } from '../src/cluster/clusterer.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { rng } from './data.js';
import { readCorpora, type Corpus } from './stories-data.js';
import { scoreCorpus } from './stories-cluster.js';

export interface PairSet {
  x: Float64Array[];
  y: Uint8Array;
  w: Float64Array;
}

/** Pairs of one corpus with their features (time kernel at `timeScaleDays`) and labels. */
export function pairSample(c: Corpus, timeScaleDays: number): PairSet {
  const n = c.ids.length;
  // The clusterer only as a feature space: every article its own story (no candidates, no settling).
  const cl = new StoryClusterer({ candidates: 0, settleEvery: 0, timeScaleDays });
  for (const p of c.prepared) cl.addPrepared(p);
  const rnd = rng(7);
  const byStory = new Map<string, number[]>();
  c.gold.forEach((g, i) => {
    let l = byStory.get(g);
    if (!l) byStory.set(g, (l = []));
    l.push(i);
  });
  // Inverted index over words and names; df over the corpus for "rarest".
  const df = new Map<string, number>();
  for (const p of c.prepared) for (const k of p.terms.keys()) if (k[0] === 'w' || k[0] === 'e') df.set(k, (df.get(k) ?? 0) + 1);
  const top = c.prepared.map((p) =>
    [...p.terms.keys()]
      .filter((k) => (k[0] === 'w' || k[0] === 'e') && df.get(k)! > 1)
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1))
      .slice(0, 10),
  );
  const posting = new Map<string, number[]>();
  top.forEach((ks, i) => {
    for (const k of ks) {
      let l = posting.get(k);
      if (!l) posting.set(k, (l = []));
      if (l.length < 300) l.push(i);
    }
  });
  const pairs = new Set<number>();
  const key = (i: number, j: number): number => Math.min(i, j) * n + Math.max(i, j);
  for (let i = 0; i < n; i++) {
    const own = byStory.get(c.gold[i])!.filter((j) => j !== i);
    for (let k = 0; k < 3 && own.length; k++) pairs.add(key(i, own[Math.floor(rnd() * own.length)]));
    const shared = new Map<number, number>();
    for (const t of top[i]) for (const j of posting.get(t) ?? []) if (j !== i && c.gold[j] !== c.gold[i]) shared.set(j, (shared.get(j) ?? 0) + 1);
    [...shared]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 6)
      .forEach(([j]) => pairs.add(key(i, j)));
    for (let k = 0; k < 2; k++) {
      const j = Math.floor(rnd() * n);
      if (c.gold[j] !== c.gold[i]) pairs.add(key(i, j));
    }
  }
  const list = [...pairs].sort((a, b) => a - b);
  const x = list.map((p) => Float64Array.from(cl.pairFeatures(c.ids[Math.floor(p / n)], c.ids[p % n])));
  const y = Uint8Array.from(list, (p) => (c.gold[Math.floor(p / n)] === c.gold[p % n] ? 1 : 0));
  const pos = y.reduce((s, v) => s + v, 0);
  const neg = y.length - pos;
  const w = Float64Array.from(y, (v) => (v ? 0.5 / Math.max(1, pos) : 0.5 / Math.max(1, neg)));
  return { x, y, w };
}

/**
 * The direction each feature's evidence can point, known before any data: more shared words,
 * names or specifics, or closer in time, can only make one event more likely; names that differ,
 * event years that differ, years that differ, a longer gap can only make it less likely (+1 / −1;
 * 0: free, for indicators and interactions whose sign depends on the rest). Without these the fit
 * learned from loose gold (topics over years) that a different event year is evidence *for* one
 * story (+1.7), and six-year-apart reports of the same kind merged.
 */
export const SIGNS: Record<(typeof PAIR_FEATURES)[number], -1 | 0 | 1> = {
  content: 1,
  names: 1,
  specifics: 1,
  both_names: 0,
  both_specifics: 0,
  names_disjoint: -1,
  year_conflict: -1,
  time_kernel: 1,
  both_dated: 0,
  log_gap: -1,
  content_x_kernel: 0,
  short: 0,
  content_x_short: 0,
  years_disjoint: -1,
};

/**
 * Weighted L2-regularised logistic regression by Newton's method (bias unpenalised), with the
 * sign constraints of SIGNS kept by an active set: a weight that would cross zero is held at zero
 * until the gradient pulls it back into its allowed side.
 */
export function fitLogistic(sets: PairSet[], lambda = 1e-3, iterations = 40): PairModel {
  const d = PAIR_FEATURES.length + 1;
  const beta = new Float64Array(d);
  const sign = Int8Array.from([0, ...PAIR_FEATURES.map((f) => SIGNS[f])]);
  const held = new Uint8Array(d);
  for (let it = 0; it < iterations; it++) {
    const g = new Float64Array(d);
    const h = new Float64Array(d * d);
    for (const s of sets) {
      for (let k = 0; k < s.x.length; k++) {
        const xk = s.x[k];
        let z = beta[0];
        for (let f = 0; f < xk.length; f++) z += beta[f + 1] * xk[f];
        const p = 1 / (1 + Math.exp(-z));
        const wk = s.w[k];
        const err = wk * (p - s.y[k]);
        const curv = wk * p * (1 - p);
        for (let a = 0; a < d; a++) {
          const xa = a === 0 ? 1 : xk[a - 1];
          g[a] += err * xa;
          for (let b = a; b < d; b++) h[a * d + b] += curv * xa * (b === 0 ? 1 : xk[b - 1]);
        }
      }
    }
    for (let a = 1; a < d; a++) {
      g[a] += lambda * beta[a];
      h[a * d + a] += lambda;
    }
    for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) h[a * d + b] = h[b * d + a];
    // Release a held weight whose gradient points into its allowed side.
    for (let a = 0; a < d; a++) if (held[a] && -g[a] * sign[a] > 0) held[a] = 0;
    // Newton step on the free weights only (held rows and columns become identity, zero gradient).
    for (let a = 0; a < d; a++) {
      if (!held[a]) continue;
      for (let b = 0; b < d; b++) h[a * d + b] = h[b * d + a] = a === b ? 1 : 0;
      g[a] = 0;
    }
    const step = solve(h, g, d);
    let moved = 0;
    for (let a = 0; a < d; a++) {
      beta[a] -= step[a];
      moved = Math.max(moved, Math.abs(step[a]));
      if (sign[a] !== 0 && beta[a] * sign[a] < 0) {
        beta[a] = 0;
        held[a] = 1;
      }
    }
    if (moved < 1e-7) break;
  }
  const r = (v: number): number => Math.round(v * 1e4) / 1e4;
  return { bias: r(beta[0]), weights: Array.from(beta.subarray(1), r) };
}

/** Solve H s = g (Gaussian elimination with partial pivoting; H is small and positive definite). */
function solve(h: Float64Array, g: Float64Array, d: number): Float64Array {
  const a = Float64Array.from(h);
  const b = Float64Array.from(g);
  for (let c = 0; c < d; c++) {
    let piv = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(a[r * d + c]) > Math.abs(a[piv * d + c])) piv = r;
    if (piv !== c) {
      for (let k = 0; k < d; k++) [a[c * d + k], a[piv * d + k]] = [a[piv * d + k], a[c * d + k]];
      [b[c], b[piv]] = [b[piv], b[c]];
    }
    const diag = a[c * d + c] || 1e-12;
    for (let r = c + 1; r < d; r++) {
      const f = a[r * d + c] / diag;
      if (f === 0) continue;
      for (let k = c; k < d; k++) a[r * d + k] -= f * a[c * d + k];
      b[r] -= f * b[c];
    }
  }
  const s = new Float64Array(d);
  for (let r = d - 1; r >= 0; r--) {
    let v = b[r];
    for (let k = r + 1; k < d; k++) v -= a[r * d + k] * s[k];
    s[r] = v / (a[r * d + r] || 1e-12);
  }
  return s;
}

/** Weighted log loss of a model on a pair set (per corpus: weights sum to 1). */
export function logLoss(m: PairModel, s: PairSet): number {
  let loss = 0;
  for (let k = 0; k < s.x.length; k++) {
    let z = m.bias;
    for (let f = 0; f < s.x[k].length; f++) z += m.weights[f] * s.x[k][f];
    const p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-z))));
    loss -= s.w[k] * (s.y[k] ? Math.log(p) : Math.log(1 - p));
  }
  return loss;
}

// Grids (small: every setting is a clustering of every training corpus, on a shared 2-core machine).
export const SCALES = [2, 4, 8, 16];
export const JOINS = [0.4, 0.5, 0.6, 0.7];
export const DISCOUNTS = [0.5];

/** σ of the time kernel with the lowest leave-one-corpus-out pair log loss (among `corpora`). */
export function chooseScale(corpora: Corpus[], cache: Map<string, PairSet>): { scale: number; losses: Record<string, number> } {
  const losses: Record<string, number> = {};
  for (const sc of SCALES) {
    const sets = corpora.map((c) => pairsCached(c, sc, cache));
    let total = 0;
    for (let h = 0; h < sets.length; h++) total += logLoss(fitLogistic(sets.filter((_, k) => k !== h)), sets[h]) / sets.length;
    losses[String(sc)] = Math.round(total * 1e4) / 1e4;
  }
  const best = SCALES.reduce((a, b) => (losses[String(b)] < losses[String(a)] ? b : a));
  return { scale: best, losses };
}

export function pairsCached(c: Corpus, scale: number, cache: Map<string, PairSet>): PairSet {
  const k = `${c.name}@${scale}`;
  let s = cache.get(k);
  if (!s) cache.set(k, (s = pairSample(c, scale)));
  return s;
}

/** The setting (join, topic discount) with the best mean B-cubed F1 over `corpora` (first seed only). */
export function chooseSetting(corpora: Corpus[], base: Partial<ClusterParams>, seeds: number[]): { params: Partial<ClusterParams>; f1: number; table: Array<{ join: number; topicDiscount: number; f1: number }> } {
  let best: Partial<ClusterParams> = {};
  let bestF = -1;
  const table: Array<{ join: number; topicDiscount: number; f1: number }> = [];
  for (const topicDiscount of DISCOUNTS) {
    for (const join of JOINS) {
      const params = { ...base, join, merge: join, topicDiscount };
      const f = corpora.reduce((s, c) => s + scoreCorpus(c, params, seeds).f1, 0) / corpora.length;
      table.push({ join, topicDiscount, f1: Math.round(f * 1e4) / 1e4 });
      if (f > bestF + 1e-12) [bestF, best] = [f, params];
    }
  }
  return { params: best, f1: bestF, table };
}

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const corpora = readCorpora(dir);
  const cache = new Map<string, PairSet>();
  const { scale, losses } = chooseScale(corpora, cache);
  const model = fitLogistic(corpora.map((c) => pairsCached(c, scale, cache)));
  process.stdout.write(`time kernel σ by leave-one-corpus-out log loss: ${scale} days (${JSON.stringify(losses)})\nmodel: ${JSON.stringify(model)}\n`);
  const chosen = chooseSetting(corpora, { model, timeScaleDays: scale }, [1]);
  const join = chosen.params.join!;
  const topicDiscount = chosen.params.topicDiscount!;
  process.stdout.write(`setting: join ${join}, topic discount ${topicDiscount} (mean F1 ${chosen.f1.toFixed(4)})\n`);
  const file = path.resolve('src/cluster/pair-model.ts');
  writeFileSync(
    file,
    `/**
 * The fitted pair model and the parameters chosen with it (written by bench/fit-cluster.ts;
 * do not edit by hand: re-run \`node dist/bench/run.js fit-cluster\`). Feature order: PAIR_FEATURES
 * in clusterer.ts (${PAIR_FEATURES.join(', ')}).
 */
import type { PairModel } from './clusterer.js';

export const FITTED: { model: PairModel; join: number; bridge: number; timeScaleDays: number; topicDiscount: number } = {
  model: ${JSON.stringify(model)},
  join: ${join},
  bridge: ${BRIDGE},
  timeScaleDays: ${scale},
  topicDiscount: ${topicDiscount},
};
`,
  );
  return { corpora: corpora.map((c) => c.name), pairs: Object.fromEntries(corpora.map((c) => [c.name, pairsCached(c, scale, cache).x.length])), scale_log_loss: losses, timeScaleDays: scale, model, features: PAIR_FEATURES, setting_table: chosen.table, join, topicDiscount };
}

/**
 * Bridge: an article whose mean probability to each of two groups is at least this merges them.
 * Not fitted (one article's evidence; kept high so that it only acts on clear cases).
 */
export const BRIDGE = 0.8;
