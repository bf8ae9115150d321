/**
 * Story clustering across corpora (ECB+ dev and the dated news stories in ../shared/bench/stories):
 * every corpus's B-cubed F1 with the shipped defaults, mean over three arrival orders (and each
 * order's figure), next to the TF-IDF + average-link baseline whose one threshold is chosen on
 * ECB+ dev, in the same run. The defaults were chosen on ECB+ only (bench/ecbplus.ts), so the
 * other corpora are unseen for them.
 */
import { StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
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
  const out: Record<string, unknown> = { seeds: SEEDS, baseline_threshold_from_ecbplus_dev: base.threshold };
  const rows: Record<string, unknown> = {};
  for (const c of corpora) {
    t0 = performance.now();
    const s = scoreCorpus(c, {});
    rows[c.name] = { articles: c.ids.length, stories: new Set(c.gold).size, defaults: { f1: r4(s.f1), p: r4(s.p), r: r4(s.r), per_order: s.perOrder.map(r4), found: Math.round(s.stories) }, baseline: base.scores[c.name], ms: Math.round(performance.now() - t0) };
    process.stdout.write(`${c.name.padEnd(14)} ${String(c.ids.length).padStart(5)} articles  defaults F1 ${r4(s.f1)} (P ${r4(s.p)} R ${r4(s.r)}; orders ${s.perOrder.map((x) => x.toFixed(3)).join(' ')})  baseline ${base.scores[c.name].f1}\n`);
  }
  out.corpora = rows;
  out.load_ms = Math.round(loadMs);
  out.baseline_ms = Math.round(baseMs);
  return out;
}
