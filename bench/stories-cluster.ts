/**
 * Story clustering across corpora (ECB+ dev and the dated news stories in ../shared/bench/stories),
 * with every parameter chosen by leave-one-corpus-out cross-validation: for each corpus, the grid
 * setting with the best mean B-cubed F1 over the OTHER corpora (one arrival order each, to keep the
 * grid affordable on a shared machine) is scored on the held-out corpus, as the mean over three
 * arrival orders (each order's figure printed too). The shipped defaults are the setting that is
 * best over all corpora. The TF-IDF + average-link baseline (one threshold, the best on ECB+ dev)
 * runs in the same process.
 *
 * Levels: a story is one event; a thread links stories of one event's follow-ups (clusterer.ts,
 * `threads`). Each corpus is scored at the level its gold annotates (`Corpus.level`: duc2006's gold
 * is a topic spanning years, so threads; the others are events, so stories); both levels are
 * reported for every corpus.
 */
import { StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { arrivalOrder, baselineDendrogram, bcubed, cutAt, readCorpora, type Corpus } from './stories-data.js';

export const SEEDS = [1, 2, 3];

interface Score {
  f1: number;
  p: number;
  r: number;
}

export interface CorpusScore {
  story: Score & { perOrder: number[] };
  thread: Score & { perOrder: number[] };
  stories: number;
}

/** Mean P and R over orders, F1 of the means. */
function meanScore(list: Score[]): Score & { perOrder: number[] } {
  const p = list.reduce((s, x) => s + x.p, 0) / list.length;
  const r = list.reduce((s, x) => s + x.r, 0) / list.length;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, perOrder: list.map((x) => x.f1) };
}

/**
 * Cluster a corpus in each seed's arrival order (then the last settling pass); mean B-cubed at both
 * levels. `threadMins`: also the thread level at each of these thresholds (`threadsAt`), from the
 * same clustering (threads do not change the stories).
 */
export function scoreCorpus(c: Corpus, params: Partial<ClusterParams>, seeds = SEEDS, threadMins: number[] = []): CorpusScore & { threadsAt: number[] } {
  const story: Score[] = [];
  const thread: Score[] = [];
  const at: Score[][] = threadMins.map(() => []);
  let stories = 0;
  for (const seed of seeds) {
    const cl = new StoryClusterer(params);
    for (const i of arrivalOrder(c, seed)) cl.addPrepared(c.prepared[i]);
    cl.settle();
    const pred = c.ids.map((id) => cl.storyOf(id)!);
    story.push(bcubed(pred, c.gold));
    const threadScore = (): Score => {
      const th = new Map<string, string>();
      for (const t of cl.threads()) for (const s of t.stories) th.set(s, t.id);
      return bcubed(pred.map((s) => th.get(s) ?? s), c.gold);
    };
    thread.push(threadScore());
    const own = cl.params.threadMin;
    threadMins.forEach((m, k) => {
      cl.params.threadMin = m;
      at[k].push(threadScore());
    });
    cl.params.threadMin = own;
    stories += cl.stories().length / seeds.length;
  }
  return { story: meanScore(story), thread: meanScore(thread), stories, threadsAt: at.map((l) => meanScore(l).f1) };
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/** The baseline on every corpus, its threshold the best on ECB+ dev (the first corpus). */
export function baselines(corpora: Corpus[]): { threshold: number; scores: Record<string, Score> } {
  const dendros = corpora.map((c) => baselineDendrogram(c.baseText));
  let threshold = 0;
  let best = -1;
  for (let th = 0.02; th <= 0.6001; th += 0.01) {
    const f = bcubed(cutAt(corpora[0].ids.length, dendros[0], th), corpora[0].gold).f1;
    if (f > best + 1e-12) [best, threshold] = [f, Math.round(th * 100) / 100];
  }
  const scores = Object.fromEntries(
    corpora.map((c, k) => {
      const s = bcubed(cutAt(c.ids.length, dendros[k], threshold), c.gold);
      return [c.name, { f1: r4(s.f1), p: r4(s.p), r: r4(s.r) }];
    }),
  );
  return { threshold, scores };
}

/**
 * The grid searched by cross-validation: the time kernel's two widths and the long one's weight,
 * and the thread threshold (12 × 2 settings: what a shared 2-core machine affords). Not re-tuned
 * here: `join` (0.09) and `yearPenalty` (0.1, acting on undated articles only), set on ECB+, and
 * `topicMin` (20: 40 was tried at two grid points, lower on ECB+ and equal on the other corpora;
 * docs/clustering.md).
 */
export function grid(): Array<Partial<ClusterParams>> {
  const out: Array<Partial<ClusterParams>> = [];
  for (const timeSigmaDays of [3, 7]) {
    for (const timeLongWeight of [0.3, 0.5, 0.7]) {
      for (const timeLongDays of [30, 90]) out.push({ timeSigmaDays, timeLongWeight, timeLongDays });
    }
  }
  return out;
}
const THREAD_MINS = [0.25, 0.4];

const label = (p: Partial<ClusterParams>): string =>
  Object.entries(p)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  let t0 = performance.now();
  const corpora = readCorpora(dir);
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  const base = baselines(corpora);
  const baseMs = performance.now() - t0;

  // The grid, one arrival order (seed 1) per corpus; thread thresholds cost no re-clustering.
  t0 = performance.now();
  const settings: Array<Partial<ClusterParams>> = [];
  const gridScores: number[][] = []; // setting × corpus: the judged F1
  for (const g of grid()) {
    const per = THREAD_MINS.map(() => [] as number[]);
    for (const c of corpora) {
      const sc = scoreCorpus(c, g, [1], THREAD_MINS);
      THREAD_MINS.forEach((_, k) => per[k].push(c.level === 'thread' ? sc.threadsAt[k] : sc.story.f1));
    }
    THREAD_MINS.forEach((threadMin, k) => {
      settings.push({ ...g, threadMin });
      gridScores.push(per[k]);
    });
    process.stdout.write(`grid ${label(g)}: ${per.map((row) => row.map((x) => x.toFixed(3)).join(' ')).join(' | ')}\n`);
  }
  const gridMs = performance.now() - t0;
  const bestOver = (use: number[]): number => {
    let best = 0;
    let bestMean = -1;
    gridScores.forEach((row, s) => {
      const m = use.reduce((acc, k) => acc + row[k], 0) / use.length;
      if (m > bestMean + 1e-12) [bestMean, best] = [m, s];
    });
    return best;
  };

  const out: Record<string, unknown> = { seeds: SEEDS, grid_size: settings.length, baseline_threshold_from_ecbplus_dev: base.threshold };
  const all = corpora.map((_, k) => k);
  const defaults = settings[bestOver(all)];
  out.chosen_on_all_corpora = defaults;
  const cache = new Map<string, CorpusScore>();
  const scored = (c: Corpus, p: Partial<ClusterParams>): CorpusScore => {
    const key = c.name + ' ' + label(p);
    if (!cache.has(key)) cache.set(key, scoreCorpus(c, p));
    return cache.get(key)!;
  };
  const fmt = (s: Score & { perOrder: number[] }): Record<string, unknown> => ({ f1: r4(s.f1), p: r4(s.p), r: r4(s.r), per_order: s.perOrder.map(r4), spread: r4(Math.max(...s.perOrder) - Math.min(...s.perOrder)) });
  const rows: Record<string, unknown> = {};
  for (const [k, c] of corpora.entries()) {
    t0 = performance.now();
    const chosen = settings[bestOver(all.filter((x) => x !== k))];
    const held = scored(c, chosen);
    const dflt = scored(c, defaults);
    rows[c.name] = {
      articles: c.ids.length,
      gold: new Set(c.gold).size,
      level: c.level,
      held_out: { chosen_on_others: chosen, story: fmt(held.story), thread: fmt(held.thread), found: Math.round(held.stories) },
      defaults: { story: fmt(dflt.story), thread: fmt(dflt.thread), found: Math.round(dflt.stories) },
      baseline: base.scores[c.name],
      ms: Math.round(performance.now() - t0),
    };
    const j = (s: CorpusScore): Score & { perOrder: number[] } => (c.level === 'thread' ? s.thread : s.story);
    process.stdout.write(
      `${c.name.padEnd(14)} ${String(c.ids.length).padStart(5)} articles  held out (${c.level}) F1 ${r4(j(held).f1)} (P ${r4(j(held).p)} R ${r4(j(held).r)}; orders ${j(held).perOrder.map((x) => x.toFixed(3)).join(' ')})  [story ${r4(held.story.f1)}, thread ${r4(held.thread.f1)}]  defaults ${r4(j(dflt).f1)}  baseline ${base.scores[c.name].f1}  chosen: ${label(chosen)}\n`,
    );
  }
  out.corpora = rows;
  // Every grid setting's one-order figure per corpus (the level each corpus is judged at).
  out.grid = settings.map((g, i) => ({ ...g, f1: Object.fromEntries(corpora.map((c, k) => [c.name, r4(gridScores[i][k])])) }));
  out.load_ms = Math.round(loadMs);
  out.baseline_ms = Math.round(baseMs);
  out.grid_ms = Math.round(gridMs);
  return out;
}
