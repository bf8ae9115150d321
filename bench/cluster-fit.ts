/**
 * Fitting the story clusterer's channel mix on pairs from the dev corpora (Miranda et al. 2018 fit
 * their similarity combination the same way): a logistic regression of "same gold story" over a
 * pair's channel cosines (content, names, specifics) and the names-disjoint flag (both articles
 * name someone, and (almost) no one in common), each corpus
 * weighing the same. Only pairs whose event days are at most `MAX_GAP_DAYS` apart (or undated on a
 * side) are used: the time kernel decides about pairs far apart, the mix about concurrent reports,
 * and a corpus whose gold spans years (duc2006 topics) would otherwise teach the mix what a topic
 * is rather than what an event is. The fitted weights are turned into the clusterer's parameters
 * (`weights`, summing to 1, and `namePenalty`), the intercept and scale being the threshold's job
 * (`join`, chosen by cross-validation). Used by bench/stories-cluster.ts (per fold, without the
 * held-out corpus) and by bench/stories-pairs.ts.
 */
import { CHANNELS, CONTENT, NAMES, channelOf } from '../src/cluster/features.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { rng } from './data.js';
import { readCorpora, type Corpus } from './stories-data.js';

export const MAX_GAP_DAYS = 7;
/** At most this many articles per corpus are paired (a seeded sample), so n² stays small. */
export const MAX_ARTICLES = 1500;
/** Names cosine under which two articles that both name someone count as naming different people (the clusterer's `nameMin`). */
const NAME_MIN = 0.05;

/**
 * Per-channel cosine matrices (names and specifics: presence × corpus idf; content: (1 + ln tf) ×
 * idf, the clusterer's default `contentTf`; normalised per channel), as the clusterer computes them.
 */
export function channelSims(c: Corpus, idx: number[]): { ch: Float32Array[]; has: Uint8Array } {
  const n = idx.length;
  const vocab = new Map<string, number>();
  const chanOf: number[] = [];
  const tfs: number[][] = [];
  const docs = idx.map((i) => {
    const ids: number[] = [];
    const tf: number[] = [];
    for (const [k, f] of c.prepared[i].terms) {
      let id = vocab.get(k);
      if (id === undefined) {
        vocab.set(k, (id = chanOf.length));
        chanOf.push(channelOf(k));
      }
      ids.push(id);
      tf.push(chanOf[id] === CONTENT ? 1 + Math.log(f) : 1);
    }
    tfs.push(tf);
    return ids;
  });
  const df = new Int32Array(chanOf.length);
  for (const d of docs) for (const t of d) df[t]++;
  const idf = Float64Array.from(df, (x) => Math.log((n + 1) / (x + 1)) + 1);
  const has = new Uint8Array(n);
  const vecs = docs.map((d, i) => {
    const norm = new Float64Array(CHANNELS);
    const w = d.map((t, x) => tfs[i][x] * idf[t]);
    d.forEach((t, x) => (norm[chanOf[t]] += w[x] * w[x]));
    for (let k = 0; k < CHANNELS; k++) if (norm[k] > 0) has[i] |= 1 << k;
    return { t: Int32Array.from(d), w: Float64Array.from(d, (t, x) => w[x] / Math.sqrt(norm[chanOf[t]])) };
  });
  const ch = [0, 1, 2].map(() => new Float32Array(n * n));
  const dense = new Float64Array(chanOf.length);
  for (let i = 0; i < n; i++) {
    const vi = vecs[i];
    for (let x = 0; x < vi.t.length; x++) dense[vi.t[x]] = vi.w[x];
    for (let j = i + 1; j < n; j++) {
      const vj = vecs[j];
      const dot = [0, 0, 0];
      for (let x = 0; x < vj.t.length; x++) dot[chanOf[vj.t[x]]] += dense[vj.t[x]] * vj.w[x];
      for (let k = 0; k < CHANNELS; k++) ch[k][i * n + j] = ch[k][j * n + i] = dot[k];
    }
    for (let x = 0; x < vi.t.length; x++) dense[vi.t[x]] = 0;
  }
  return { ch, has };
}

/** A seeded sample of at most `MAX_ARTICLES` article indices (ascending). */
export function sampleIdx(c: Corpus, max = MAX_ARTICLES): number[] {
  const idx = [...c.ids.keys()];
  if (idx.length <= max) return idx;
  const r = rng(7);
  return idx
    .map((i) => [r(), i])
    .sort((a, b) => a[0] - b[0])
    .slice(0, max)
    .map((x) => x[1])
    .sort((a, b) => a - b);
}

export const FEATURES = ['content', 'names', 'specifics', 'names_disjoint'] as const;

export interface PairSet {
  corpus: string;
  x: Float32Array[]; // one array per feature
  y: Uint8Array;
}

/** The training pairs of one corpus: every pair of the sample close enough in time, with any channel in common. */
export function pairSet(c: Corpus): PairSet {
  const idx = sampleIdx(c);
  const n = idx.length;
  const { ch, has } = channelSims(c, idx);
  const days = idx.map((i) => c.prepared[i].day);
  const cols: number[][] = FEATURES.map(() => []);
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = days[i];
      const b = days[j];
      if (a !== null && b !== null && Math.abs(a - b) > MAX_GAP_DAYS) continue;
      const v = [ch[0][i * n + j], ch[1][i * n + j], ch[2][i * n + j]];
      if (v[0] === 0 && v[1] === 0 && v[2] === 0) continue;
      const disjoint = has[i] & has[j] & (1 << NAMES) && v[1] < NAME_MIN ? 1 : 0;
      [...v, disjoint].forEach((x, k) => cols[k].push(x));
      y.push(c.gold[idx[i]] === c.gold[idx[j]] ? 1 : 0);
    }
  }
  return { corpus: c.name, x: cols.map((col) => Float32Array.from(col)), y: Uint8Array.from(y) };
}

/**
 * L2-regularised logistic regression by Newton's method over the pair sets, each set weighing the
 * same in total. Returns [bias, ...weights].
 */
export function fitLogistic(sets: PairSet[], l2 = 1e-3, iters = 25): number[] {
  const d = FEATURES.length + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iters; it++) {
    const g = new Float64Array(d);
    const H = new Float64Array(d * d);
    for (const s of sets) {
      const m = s.y.length;
      const sw = 1 / m;
      const row = new Float64Array(d);
      for (let i = 0; i < m; i++) {
        row[0] = 1;
        let z = w[0];
        for (let k = 1; k < d; k++) {
          row[k] = s.x[k - 1][i];
          z += w[k] * row[k];
        }
        const p = 1 / (1 + Math.exp(-z));
        const r = (p - s.y[i]) * sw;
        const h = p * (1 - p) * sw;
        for (let a = 0; a < d; a++) {
          g[a] += r * row[a];
          for (let b = a; b < d; b++) H[a * d + b] += h * row[a] * row[b];
        }
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) H[a * d + b] = H[b * d + a];
      if (a > 0) {
        g[a] += l2 * w[a];
        H[a * d + a] += l2;
      }
    }
    const step = solve(H, g, d);
    w = w.map((x, k) => x - step[k]);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (d is tiny). */
function solve(A: Float64Array, b: Float64Array, d: number): number[] {
  const M = Array.from({ length: d }, (_, i) => [...A.slice(i * d, (i + 1) * d), b[i]]);
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < d; r++) {
      if (r === c || M[c][c] === 0) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= d; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => (row[i] === 0 ? 0 : row[d] / row[i]));
}

/**
 * The clusterer's mix from a fit: channel weights scaled to sum to 1 (a negative weight, which
 * would mean agreement is evidence against one story, is clipped to 0) and the names-disjoint
 * penalty on the same scale (clipped at 0: naming different people is never evidence for).
 */
export function mixOf(w: number[]): { weights: [number, number, number]; namePenalty: number } {
  const ch = [w[1], w[2], w[3]].map((x) => Math.max(0, x));
  const sum = ch.reduce((a, b) => a + b, 0) || 1;
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { weights: [r(ch[0] / sum), r(ch[1] / sum), r(ch[2] / sum)], namePenalty: r(Math.max(0, -w[4]) / sum) };
}

/**
 * `node dist/bench/run.js cluster-fit`: fit the mix on pairs of every dev corpus and write it to
 * src/cluster/mix.ts (the clusterer's default `weights` and `namePenalty`); rebuild after changing
 * the features or the corpora, then `npx tsc -p tsconfig.json`.
 */
export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const corpora = readCorpora(dir);
  const sets = corpora.map((c) => pairSet(c));
  const w = fitLogistic(sets);
  const mix = mixOf(w);
  const pairs = Object.fromEntries(sets.map((s) => [s.corpus, { pairs: s.y.length, same_story: s.y.reduce((a, b) => a + b, 0) }]));
  const table = `/**
 * The story clusterer's channel mix, fitted on pairs of the dev corpora (ECB+ dev, duc2003, duc2006,
 * allsides, uci-headlines): a logistic regression of "same story" over the content, names and
 * specifics cosines and the names-disjoint flag, each corpus weighing the same;
 * channel weights scaled to sum to 1, the disjoint-names penalty on the same scale (bench/cluster-fit.ts).
 * Generated: rebuild with \`node dist/bench/run.js cluster-fit\` (needs ../shared). Do not edit.
 */
export const FITTED_MIX = {
  weights: [${mix.weights.join(', ')}] as [number, number, number],
  namePenalty: ${mix.namePenalty},
  /** The logistic regression's bias and coefficients (${FEATURES.join(', ')}). */
  raw: [${w.map((x) => x.toFixed(4)).join(', ')}],
};
`;
  writeFileSync(path.resolve('src/cluster/mix.ts'), table);
  process.stdout.write(`fitted: ${JSON.stringify(mix)} (raw ${w.map((x) => x.toFixed(3)).join(' ')}); wrote src/cluster/mix.ts\n`);
  return { features: FEATURES, max_gap_days: MAX_GAP_DAYS, max_articles: MAX_ARTICLES, raw: w.map((x) => +x.toFixed(4)), mix, pairs };
}
