/**
 * The matcher's learned combiner: scoring with a shipped model, and the (deterministic) training
 * that bench/msrp.ts runs to produce it. Two model kinds:
 *  - logistic regression on standardised features (Newton's method, L2 penalty);
 *  - gradient-boosted depth-2 trees on the logistic loss (Friedman 2001), which can learn the
 *    interactions a linear model cannot ("high overlap AND no conflicting number").
 * A model is a few hundred numbers, stored in src/compare/match/match-model.ts.
 */

export interface LogisticModel {
  kind: 'logistic';
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  threshold: number;
}

/** A depth-2 tree: root split, then one split per side; four leaf values (log-odds increments). */
export type Tree = [f: number, t: number, fl: number, tl: number, fr: number, tr: number, ll: number, lr: number, rl: number, rr: number];

export interface BoostedModel {
  kind: 'boosted';
  features: string[];
  base: number;
  trees: Tree[];
  threshold: number;
}

export type Model = LogisticModel | BoostedModel;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Log-odds of a boosted model. */
function boostedMargin(m: BoostedModel, x: ArrayLike<number>): number {
  let z = m.base;
  for (const t of m.trees) {
    if (x[t[0]] < t[1]) z += x[t[2]] < t[3] ? t[6] : t[7];
    else z += x[t[4]] < t[5] ? t[8] : t[9];
  }
  return z;
}

/** Probability of "same" for a feature vector. */
export function scoreModel(m: Model, x: ArrayLike<number>): number {
  if (m.kind === 'boosted') return sigmoid(boostedMargin(m, x));
  let z = m.bias;
  for (let i = 0; i < m.weights.length; i++) z += m.weights[i] * ((x[i] - m.mean[i]) / m.scale[i]);
  return sigmoid(z);
}

/** Solve A x = b (A symmetric positive definite, small) by Gaussian elimination with pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const d = M[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = M[r][c] / d;
      if (k !== 0) for (let j = c; j <= n; j++) M[r][j] -= k * M[c][j];
    }
  }
  return M.map((row, i) => row[n] / (row[i] || 1e-12));
}

/**
 * Fit L2-penalised logistic regression (penalty `l2` on standardised weights, not the bias).
 * With `signs`, a weight whose sign disagrees with its entry (+1 / -1; 0 = free) is fixed at zero
 * and the rest refitted, until every weight agrees (an active-set method for sign constraints).
 */
export function trainLogistic(X: Float64Array[], y: number[], names: readonly string[], l2 = 1, signs?: ReadonlyArray<number>): LogisticModel {
  const d = names.length;
  const n = X.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const x of X) for (let j = 0; j < d; j++) mean[j] += x[j] / n;
  for (const x of X) for (let j = 0; j < d; j++) scale[j] += (x[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const Z = X.map((x) => [1, ...Array.from(x, (v, j) => (v - mean[j]) / scale[j])]);
  const fixed = new Set<number>();
  let w = newton(Z, y, l2, fixed);
  for (let round = 0; signs && round < d; round++) {
    const bad: number[] = [];
    for (let j = 0; j < d; j++) if (!fixed.has(j + 1) && signs[j] !== 0 && Math.sign(w[j + 1]) === -signs[j]) bad.push(j + 1);
    if (bad.length === 0) break;
    // Drop the single worst offender and refit: dropping all at once would remove features
    // whose wrong sign only came from collinearity with the offender.
    bad.sort((p, q) => Math.abs(w[q]) - Math.abs(w[p]) || p - q);
    fixed.add(bad[0]);
    w = newton(Z, y, l2, fixed);
  }
  return { kind: 'logistic', features: [...names], mean, scale, weights: w.slice(1), bias: w[0], threshold: 0.5 };
}

/** Newton's method for penalised logistic regression on rows Z (column 0 = bias); `fixed` weights stay 0. */
function newton(Z: number[][], y: number[], l2: number, fixed: Set<number>): number[] {
  const n = Z.length;
  const D = Z[0].length;
  let w = new Array<number>(D).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array<number>(D).fill(0);
    const H = Array.from({ length: D }, () => new Array<number>(D).fill(0));
    for (let i = 0; i < n; i++) {
      const z = Z[i];
      let s = 0;
      for (let j = 0; j < D; j++) s += w[j] * z[j];
      const p = sigmoid(s);
      const r = p - y[i];
      const q = p * (1 - p);
      for (let j = 0; j < D; j++) {
        g[j] += r * z[j];
        const qz = q * z[j];
        for (let k = j; k < D; k++) H[j][k] += qz * z[k];
      }
    }
    for (let j = 0; j < D; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
    for (let j = 1; j < D; j++) {
      g[j] += l2 * w[j];
      H[j][j] += l2;
    }
    // A fixed weight: zero gradient and an identity row, so its step is zero.
    for (const j of fixed) {
      g[j] = 0;
      for (let k = 0; k < D; k++) H[j][k] = H[k][j] = 0;
      H[j][j] = 1;
    }
    const step = solve(H, g);
    let maxStep = 0;
    w = w.map((v, j) => {
      maxStep = Math.max(maxStep, Math.abs(step[j]));
      return v - step[j];
    });
    if (maxStep < 1e-8) break;
  }
  return w;
}

export interface BoostOptions {
  rounds: number;
  rate: number;
  /** Candidate split points per feature (quantiles of the training values). */
  bins: number;
  /** Minimum hessian mass in a leaf (regularises tiny leaves). */
  minLeaf: number;
  /** L2 penalty on leaf values. */
  lambda: number;
}

export const BOOST_DEFAULTS: BoostOptions = { rounds: 300, rate: 0.05, bins: 32, minLeaf: 5, lambda: 1 };

/** Candidate thresholds per feature: distinct quantiles of its training values. */
function splitPoints(X: Float64Array[], d: number, bins: number): number[][] {
  const out: number[][] = [];
  for (let j = 0; j < d; j++) {
    const v = X.map((x) => x[j]).sort((a, b) => a - b);
    const pts = new Set<number>();
    for (let k = 1; k < bins; k++) {
      const i = Math.floor((k * v.length) / bins);
      // Split between two distinct values so "x < t" separates them exactly.
      if (i > 0 && v[i] !== v[i - 1]) pts.add((v[i] + v[i - 1]) / 2);
    }
    out.push([...pts].sort((a, b) => a - b));
  }
  return out;
}

interface Split {
  f: number;
  t: number;
  gain: number;
}

/** Best single split of the rows `idx` by second-order gain (XGBoost's formula). */
function bestSplit(idx: number[], X: Float64Array[], g: Float64Array, h: Float64Array, pts: number[][], o: BoostOptions): Split | null {
  let G = 0;
  let Hs = 0;
  for (const i of idx) {
    G += g[i];
    Hs += h[i];
  }
  const parent = (G * G) / (Hs + o.lambda);
  let best: Split | null = null;
  for (let f = 0; f < pts.length; f++) {
    const p = pts[f];
    if (p.length === 0) continue;
    const gb = new Float64Array(p.length + 1);
    const hb = new Float64Array(p.length + 1);
    for (const i of idx) {
      const v = X[i][f];
      // Binary search for the bucket: number of split points <= v.
      let lo = 0;
      let hi = p.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (p[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      gb[lo] += g[i];
      hb[lo] += h[i];
    }
    let gl = 0;
    let hl = 0;
    for (let k = 0; k < p.length; k++) {
      gl += gb[k];
      hl += hb[k];
      const gr = G - gl;
      const hr = Hs - hl;
      if (hl < o.minLeaf || hr < o.minLeaf) continue;
      const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
      if (!best || gain > best.gain + 1e-12) best = { f, t: p[k], gain };
    }
  }
  return best;
}

function leaf(idx: number[], g: Float64Array, h: Float64Array, o: BoostOptions): number {
  let G = 0;
  let H = 0;
  for (const i of idx) {
    G += g[i];
    H += h[i];
  }
  return (-G / (H + o.lambda)) * o.rate;
}

/** Fit gradient-boosted depth-2 trees on the logistic loss. Deterministic (no sampling). */
export function trainBoosted(X: Float64Array[], y: number[], names: readonly string[], opts: Partial<BoostOptions> = {}): BoostedModel {
  const o = { ...BOOST_DEFAULTS, ...opts };
  const n = X.length;
  const pos = y.reduce((s, v) => s + v, 0);
  const base = Math.log((pos + 1) / (n - pos + 1));
  const pts = splitPoints(X, names.length, o.bins);
  const margin = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  const all = Array.from({ length: n }, (_, i) => i);
  for (let r = 0; r < o.rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      g[i] = p - y[i];
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const root = bestSplit(all, X, g, h, pts, o);
    if (!root) break;
    const L = all.filter((i) => X[i][root.f] < root.t);
    const R = all.filter((i) => X[i][root.f] >= root.t);
    const sl = bestSplit(L, X, g, h, pts, o) ?? { f: root.f, t: root.t, gain: 0 };
    const sr = bestSplit(R, X, g, h, pts, o) ?? { f: root.f, t: root.t, gain: 0 };
    const LL = L.filter((i) => X[i][sl.f] < sl.t);
    const LR = L.filter((i) => X[i][sl.f] >= sl.t);
    const RL = R.filter((i) => X[i][sr.f] < sr.t);
    const RR = R.filter((i) => X[i][sr.f] >= sr.t);
    const tree: Tree = [root.f, root.t, sl.f, sl.t, sr.f, sr.t, leaf(LL, g, h, o), leaf(LR, g, h, o), leaf(RL, g, h, o), leaf(RR, g, h, o)];
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      const x = X[i];
      margin[i] += x[tree[0]] < tree[1] ? (x[tree[2]] < tree[3] ? tree[6] : tree[7]) : x[tree[4]] < tree[5] ? tree[8] : tree[9];
    }
  }
  return { kind: 'boosted', features: [...names], base, trees, threshold: 0.5 };
}

/** Threshold on scores that maximises accuracy on (scores, labels); ties → the midpoint nearest 0.5. */
export function bestThreshold(scores: number[], y: number[]): number {
  const order = scores.map((s, i) => i).sort((i, j) => scores[i] - scores[j]);
  const pos = y.reduce((s, v) => s + v, 0);
  // Threshold below everything: all predicted positive.
  let correct = pos;
  let best = correct;
  let bestT = 0;
  let bestDist = Infinity;
  for (let k = 0; k < order.length; k++) {
    correct += y[order[k]] === 1 ? -1 : 1;
    if (k + 1 < order.length && scores[order[k + 1]] === scores[order[k]]) continue;
    const t = k + 1 < order.length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]] + 1e-9;
    const dist = Math.abs(t - 0.5);
    if (correct > best || (correct === best && dist < bestDist)) {
      best = correct;
      bestT = t;
      bestDist = dist;
    }
  }
  return bestT;
}
