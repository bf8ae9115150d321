/**
 * Story clustering across corpora (ECB+ dev and the dated news stories in ../shared/bench/stories),
 * with everything fitted or searched chosen by leave-one-corpus-out cross-validation: for each
 * corpus, the channel mix is fitted on pairs of the OTHER corpora (cluster-fit.ts), the grid
 * setting with the best mean B-cubed F1 over them (one arrival order each, on a sample of at most
 * GRID_ARTICLES articles each, to keep the grid affordable on a shared machine) is chosen, and both
 * are scored on the whole held-out corpus, as the mean over three arrival orders (each order's
 * figure printed too). The shipped defaults are the mix fitted on all corpora and the setting best
 * over all of them. The TF-IDF + average-link baseline (one threshold, the best on ECB+ dev) runs
 * in the same process.
 *
 * Levels: a story is one event; a thread links stories of one event's follow-ups (clusterer.ts,
 * `threads`). Each corpus is scored at the level its gold annotates (`Corpus.level`: duc2006's gold
 * is a topic spanning years, so threads; the others are events, so stories); both levels are
 * reported for every corpus.
 */
import { StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { fitLogistic, mixOf, pairSet, sampleIdx } from './cluster-fit.js';
import { devHalf } from './stories-errors.js';
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
    // STORIES_THREADS=1: the number of threads and the five largest (stories per thread), per order.
    if (process.env.STORIES_THREADS) {
      const sizes = cl.threads().map((t) => t.stories.length).sort((a, b) => b - a);
      process.stdout.write(`  ${c.name} threads: ${sizes.length}, largest ${sizes.slice(0, 5).join(' ')}\n`);
    }
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
 * The grid searched by cross-validation, on top of the channel mix fitted on the training corpora
 * (bench/cluster-fit.ts): the average-link threshold `join` (with `merge` = `join` and the topic
 * discount's `topicJoin` 0.01 below it, as chosen on ECB+ before), the time kernel's long weight
 * ρ, and the thread threshold (3 × 2 × 5 settings; thread thresholds cost no re-clustering: what a
 * shared 2-core machine affords). `join` is searched because the fitted mix sets the similarity's
 * scale (the fit's intercept and scale are the threshold's job, and 0.09 had been chosen on ECB+
 * for the hand-set mix); the corpora disagree on it (excerpts want it higher, full articles lower),
 * and cross-validation across corpora is how it is settled. The earlier rounds' grids showed the
 * short and long widths (σ 3 and 7 days, τ 30 and 90 days) and where the kernel's gap is measured
 * (`timeLink` 'range' or 'pair', within about 0.01 of each other) moving the corpora less than
 * ρ; σ 3, τ 90 and 'pair' are kept. Not re-tuned here: `yearPenalty` (0.1, acting on undated
 * articles only) and `topicMin` (20), set on ECB+, and `burstCohesion` (one half: a fixed share,
 * not searched, so that no fold can switch the rule off or on for the corpora it trains on).
 */
export function grid(): Array<Partial<ClusterParams>> {
  const out: Array<Partial<ClusterParams>> = [];
  for (const join of [0.09, 0.12, 0.15]) {
    for (const timeLongWeight of [0.5, 0.7]) {
      out.push({ join, merge: join, topicJoin: Math.round((join - 0.01) * 100) / 100, timeSigmaDays: 3, timeLongDays: 90, timeLongWeight, timeLink: 'pair' });
    }
  }
  return out;
}
const THREAD_MINS = process.env.THREAD_MINS ? process.env.THREAD_MINS.split(',').map(Number) : [0.15, 0.18, 0.2, 0.22, 0.25];
const GRID_ARTICLES = 2000;

/** A seeded sample of `max` articles of a corpus (the corpus itself when it is no larger). */
function subsample(c: Corpus, max: number): Corpus {
  const idx = sampleIdx(c, max);
  if (idx.length === c.ids.length) return c;
  const pick = <T>(a: T[]): T[] => idx.map((i) => a[i]);
  return { ...c, ids: pick(c.ids), gold: pick(c.gold), articles: pick(c.articles), prepared: pick(c.prepared), days: pick(c.days), baseText: pick(c.baseText) };
}

const label = (p: Partial<ClusterParams>): string =>
  Object.entries(p)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');

type Mix = ReturnType<typeof mixOf>;

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  let t0 = performance.now();
  // Focused runs while iterating (never for the committed figures): STORIES_ONLY=duc2003,allsides
  // reads only those corpora, STORIES_SEEDS=1 runs one order, STORIES_PARAMS='{"join":0.1}' scores
  // those parameters on each corpus and stops (no grid, no cross-validation, no result file).
  const only = process.env.STORIES_ONLY?.split(',');
  const seeds = process.env.STORIES_SEEDS ? process.env.STORIES_SEEDS.split(',').map(Number) : SEEDS;
  // STORIES_HALF=dev (or other): score only that half of each corpus (bench/stories-errors.ts).
  const half = process.env.STORIES_HALF;
  const corpora = readCorpora(dir, only).map((c) => (half ? devHalf(c, half === 'other') : c));
  const loadMs = performance.now() - t0;
  if (process.env.STORIES_PARAMS) {
    const p = JSON.parse(process.env.STORIES_PARAMS) as Partial<ClusterParams>;
    for (const c of corpora) {
      const t1 = performance.now();
      const sc = scoreCorpus(c, p, seeds, THREAD_MINS);
      const j = c.level === 'thread' ? sc.thread : sc.story;
      process.stdout.write(
        `${c.name.padEnd(14)} ${c.level} F1 ${r4(j.f1)} (P ${r4(j.p)} R ${r4(j.r)}; orders ${j.perOrder.map((x) => x.toFixed(3)).join(' ')})  [story ${r4(sc.story.f1)} thread ${r4(sc.thread.f1)}; threadMin ${THREAD_MINS.join('/')}: ${sc.threadsAt.map((x) => x.toFixed(3)).join(' ')}] ${Math.round(performance.now() - t1)} ms\n`,
      );
    }
    return null;
  }
  t0 = performance.now();
  const base = baselines(corpora);
  const baseMs = performance.now() - t0;

  // The channel mix, fitted on pairs: per fold without the held-out corpus, and on all corpora.
  t0 = performance.now();
  const sets = corpora.map((c) => pairSet(c));
  const foldMix: Mix[] = corpora.map((c) => mixOf(fitLogistic(sets.filter((x) => x.corpus !== c.name))));
  const allMix = mixOf(fitLogistic(sets));
  const fitMs = performance.now() - t0;
  corpora.forEach((c, k) => process.stdout.write(`mix fitted without ${c.name}: ${JSON.stringify(foldMix[k])}\n`));
  process.stdout.write(`mix fitted on all corpora: ${JSON.stringify(allMix)}\n`);

  // The grid, one arrival order (seed 1) per training corpus, with the fold's mix; thread
  // thresholds cost no re-clustering.
  t0 = performance.now();
  const gridCache = new Map<string, { judged: number[]; thread: number[] }>(); // mix + setting + corpus → F1 per thread threshold
  // The grid runs on at most GRID_ARTICLES articles of each training corpus (a seeded sample,
  // stories kept whole only by chance: uci-headlines' 6,366 headlines would cost more than all the
  // other corpora together); the held-out figures are always on the whole corpus.
  const gridCorpora = corpora.map((c) => subsample(c, GRID_ARTICLES));
  /** Per thread threshold: the judged F1 (the corpus's gold level) and the thread-level F1. */
  const gridRow = (mix: Mix, g: Partial<ClusterParams>, k: number): { judged: number[]; thread: number[] } => {
    const key = `${label(g)} ${JSON.stringify(mix)} ${k}`;
    if (!gridCache.has(key)) {
      const c = gridCorpora[k];
      const sc = scoreCorpus(c, { ...mix, ...g }, [1], THREAD_MINS);
      gridCache.set(key, { judged: THREAD_MINS.map((_, t) => (c.level === 'thread' ? sc.threadsAt[t] : sc.story.f1)), thread: sc.threadsAt });
    }
    return gridCache.get(key)!;
  };
  /**
   * The grid setting (with thread threshold) of best mean judged F1 over corpora `use`, with `mix`.
   * Ties (a fold without duc2006, the one corpus whose gold is threads, cannot tell thread
   * thresholds apart) go to the threshold whose threads keep ECB+ dev best at the thread level:
   * ECB+'s gold counts an event's follow-ups (the trial a year later) in the event, and its topics
   * pair each event with another of the same kind, so its thread-level figure rewards threads that
   * join follow-ups and punishes threads that join two events of a kind. Then the first setting.
   */
  const choose = (mix: Mix, use: number[]): { setting: Partial<ClusterParams>; scores: Array<{ setting: Partial<ClusterParams>; f1: Record<string, number> }> } => {
    let best: Partial<ClusterParams> = {};
    let bestMean = -1;
    let bestTie = -1;
    const ecb = use.find((k) => corpora[k].name === 'ecbplus-dev');
    const scores: Array<{ setting: Partial<ClusterParams>; f1: Record<string, number> }> = [];
    for (const g of grid()) {
      const rows = use.map((k) => gridRow(mix, g, k));
      THREAD_MINS.forEach((threadMin, t) => {
        const m = rows.reduce((a, r) => a + r.judged[t], 0) / rows.length;
        const tie = ecb === undefined ? 0 : gridRow(mix, g, ecb).thread[t];
        const setting = { ...g, threadMin };
        scores.push({ setting, f1: Object.fromEntries(use.map((k, i) => [corpora[k].name, r4(rows[i].judged[t])])) });
        if (m > bestMean || (m === bestMean && tie > bestTie)) [bestMean, bestTie, best] = [m, tie, setting];
      });
    }
    return { setting: best, scores };
  };
  const all = corpora.map((_, k) => k);
  const chosenAll = choose(allMix, all);
  const foldChoice = corpora.map((_, k) => choose(foldMix[k], all.filter((x) => x !== k)));
  const gridMs = performance.now() - t0;

  const out: Record<string, unknown> = { seeds: SEEDS, grid_size: grid().length * THREAD_MINS.length, baseline_threshold_from_ecbplus_dev: base.threshold };
  const defaults = { ...allMix, ...chosenAll.setting };
  out.chosen_on_all_corpora = defaults;
  const cache = new Map<string, CorpusScore>();
  const scored = (c: Corpus, p: Partial<ClusterParams>): CorpusScore => {
    const key = c.name + ' ' + JSON.stringify(p);
    if (!cache.has(key)) cache.set(key, scoreCorpus(c, p));
    return cache.get(key)!;
  };
  const fmt = (s: Score & { perOrder: number[] }): Record<string, unknown> => ({ f1: r4(s.f1), p: r4(s.p), r: r4(s.r), per_order: s.perOrder.map(r4), spread: r4(Math.max(...s.perOrder) - Math.min(...s.perOrder)) });
  const rows: Record<string, unknown> = {};
  for (const [k, c] of corpora.entries()) {
    t0 = performance.now();
    const chosen = { ...foldMix[k], ...foldChoice[k].setting };
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
  // Every grid setting's one-order figure per corpus (the level each corpus is judged at), with the mix fitted on all corpora.
  out.grid = chosenAll.scores;
  out.load_ms = Math.round(loadMs);
  out.baseline_ms = Math.round(baseMs);
  out.fit_ms = Math.round(fitMs);
  out.grid_ms = Math.round(gridMs);
  return out;
}
