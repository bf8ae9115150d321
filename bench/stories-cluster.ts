/**
 * Story clustering across corpora (ECB+ dev and the dated news stories in ../shared/bench/stories):
 * every corpus's B-cubed F1 over several arrival orders, next to the TF-IDF + average-link
 * baseline whose one threshold is chosen on ECB+ dev, in the same run.
 */
import { StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { chooseScale, chooseSetting, fitLogistic, pairsCached, type PairSet } from './fit-cluster.js';
import { arrivalOrder, baselineDendrogram, bcubed, cutAt, readCorpora, type Corpus } from './stories-data.js';

export const SEEDS = [1, 2, 3];

export interface CorpusScore {
  f1: number;
  p: number;
  r: number;
  perOrder: number[];
  stories: number;
}

/** Cluster a corpus in each seed's arrival order (then the last settling pass); mean B-cubed. */
export function scoreCorpus(c: Corpus, params: Partial<ClusterParams>, seeds = SEEDS): CorpusScore {
  let p = 0;
  let r = 0;
  let stories = 0;
  const perOrder: number[] = [];
  for (const seed of seeds) {
    const cl = new StoryClusterer(params);
    for (const i of arrivalOrder(c, seed)) cl.addPrepared(c.prepared[i]);
    cl.settle();
    const s = bcubed(c.ids.map((id) => cl.storyOf(id)!), c.gold);
    p += s.p / seeds.length;
    r += s.r / seeds.length;
    stories += cl.stories().length / seeds.length;
    perOrder.push(s.f1);
  }
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, perOrder, stories };
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/** The baseline on every corpus, its threshold the best on ECB+ dev (the first corpus). */
export function baselines(corpora: Corpus[]): { threshold: number; scores: Record<string, { f1: number; p: number; r: number }> } {
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

/** Thread-level and story-level B-cubed of one clustering of `c` (first seed) under the defaults. */
export function threadScore(c: Corpus, seed = SEEDS[0]): { stories: number; threads: number; storyF1: number; threadF1: number; threadP: number } {
  const cl = new StoryClusterer();
  for (const i of arrivalOrder(c, seed)) cl.addPrepared(c.prepared[i]);
  cl.settle();
  const story = c.ids.map((id) => cl.storyOf(id)!);
  const threadOf = new Map<string, string>();
  const threads = cl.threads();
  for (const t of threads) for (const s of t.stories) threadOf.set(s, t.id);
  const thread = story.map((s) => threadOf.get(s) ?? s);
  const st = bcubed(story, c.gold);
  const th = bcubed(thread, c.gold);
  return { stories: cl.stories().length, threads: threads.length, storyF1: r4(st.f1), threadF1: r4(th.f1), threadP: r4(th.p) };
}

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
  process.stdout.write(`baseline threshold (best on ECB+ dev): ${base.threshold}\n`);

  // Leave one corpus out: σ, weights and setting from the other corpora; the held-out corpus
  // is clustered in every seed's arrival order with them.
  t0 = performance.now();
  const cache = new Map<string, PairSet>();
  const heldOut: Record<string, unknown> = {};
  let sumHeld = 0;
  for (let h = 0; h < corpora.length; h++) {
    const train = corpora.filter((_, k) => k !== h);
    const { scale } = chooseScale(train, cache);
    const model = fitLogistic(train.map((c) => pairsCached(c, scale, cache)));
    const chosen = chooseSetting(train, { model, timeScaleDays: scale }, [SEEDS[0]]);
    const s = scoreCorpus(corpora[h], chosen.params, SEEDS);
    sumHeld += s.f1;
    const spread = Math.max(...s.perOrder) - Math.min(...s.perOrder);
    heldOut[corpora[h].name] = { f1: r4(s.f1), p: r4(s.p), r: r4(s.r), per_order: s.perOrder.map(r4), spread: r4(spread), baseline: base.scores[corpora[h].name].f1, chosen: { timeScaleDays: scale, join: chosen.params.join, topicDiscount: chosen.params.topicDiscount }, model };
    process.stdout.write(
      `held out ${corpora[h].name.padEnd(14)} B-cubed F1 ${r4(s.f1)} (P ${r4(s.p)} R ${r4(s.r)}; orders ${s.perOrder.map((x) => x.toFixed(3)).join(' ')})  baseline ${base.scores[corpora[h].name].f1}  [σ ${scale}, join ${chosen.params.join}, discount ${chosen.params.topicDiscount}]\n`,
    );
  }
  const cvMs = performance.now() - t0;

  // The shipped defaults (fitted on all corpora by fit-cluster: in-sample, for reference).
  const shipped: Record<string, unknown> = {};
  for (const c of corpora) {
    const s = scoreCorpus(c, {});
    shipped[c.name] = { f1: r4(s.f1), p: r4(s.p), r: r4(s.r), per_order: s.perOrder.map(r4), found: Math.round(s.stories) };
    process.stdout.write(`shipped defaults ${c.name.padEnd(14)} ${String(c.ids.length).padStart(5)} articles  F1 ${r4(s.f1)} (P ${r4(s.p)} R ${r4(s.r)}; orders ${s.perOrder.map((x) => x.toFixed(3)).join(' ')})\n`);
  }
  const threads = threadScore(corpora[0]);
  process.stdout.write(`threads on ${corpora[0].name} (gold stories include follow-ups): ${threads.stories} stories in ${threads.threads} threads; B-cubed F1 stories ${threads.storyF1}, threads ${threads.threadF1} (P ${threads.threadP})\n`);
  return {
    seeds: SEEDS,
    corpora: Object.fromEntries(corpora.map((c) => [c.name, { articles: c.ids.length, stories: new Set(c.gold).size, order: c.order }])),
    baseline_threshold_from_ecbplus_dev: base.threshold,
    baseline: base.scores,
    held_out: heldOut,
    held_out_mean_f1: r4(sumHeld / corpora.length),
    shipped_defaults_in_sample: shipped,
    threads_ecbplus: threads,
    load_ms: Math.round(loadMs),
    baseline_ms: Math.round(baseMs),
    cv_ms: Math.round(cvMs),
  };
}
