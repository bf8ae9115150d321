/**
 * Diagnostic (run by name; no result file): what story clustering does when some outlets' feeds
 * carry no dates. The dated news corpora (duc2003, duc2006, allsides) with every article of half
 * their outlets (every second in name order; `STORIES_UNDATED_HALF` 0 or 1 picks which) stripped
 * of its publication date and address (its text, with any dateline, is kept), then clustered as
 * `stories-cluster` does (in publication order: a feed without dates still delivers its items when
 * they appear, so the undated articles keep their place in the stream), for each `STORIES_PARAMS` setting listed
 * (a JSON array; default: the defaults, and `burstUndated` off). Why: the dev corpora are all dated
 * or all undated but for ECB+, whose undated articles are mostly of the *other* event of each
 * topic, so a rule acting between dated and undated groups could split one event's reports
 * whenever one outlet gives no date, which ECB+ alone would not show. `STORIES_ONLY`, `STORIES_SEEDS`.
 */
import { StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';
import { clusterDocOf } from '../src/cluster/doc.js';
import { prepareDoc } from '../src/cluster/features.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { arrivalOrder, bcubed, readCorpora, type Corpus } from './stories-data.js';

function undate(c: Corpus, parity: number): { corpus: Corpus; undated: number } {
  // DUC records name their outlet (two or three per corpus), AllSides 145: every second outlet in
  // name order loses its dates (`parity` 0 or 1 picks which half).
  const outlets = [...new Set(c.articles.map((a) => a.outlet ?? ''))].sort();
  const dropped = new Set(outlets.filter((_, k) => k % 2 === parity));
  let undated = 0;
  const prepared = c.prepared.map((p, i) => {
    const a = c.articles[i];
    if (!dropped.has(a.outlet ?? '')) return p;
    undated++;
    return prepareDoc({ ...clusterDocOf(a), published: null, url: null });
  });
  // Arrival: the harness's publication order, kept (c.days): a feed without dates still delivers
  // its items when they appear.
  return { corpus: { ...c, prepared }, undated };
}

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const settings = JSON.parse(process.env.STORIES_PARAMS ?? '[{}, {"burstUndated": false}]') as Array<Partial<ClusterParams>>;
  const seeds = (process.env.STORIES_SEEDS ?? '1').split(',').map(Number);
  const parity = Number(process.env.STORIES_UNDATED_HALF ?? 1);
  const only = process.env.STORIES_ONLY?.split(',') ?? ['duc2003', 'duc2006', 'allsides'];
  for (const full of readCorpora(dir, only)) {
    const { corpus: c, undated } = undate(full, parity);
    for (const p of settings) {
      const f: number[] = [];
      let sp = 0;
      let sr = 0;
      for (const seed of seeds) {
        const cl = new StoryClusterer(p);
        for (const i of arrivalOrder(c, seed)) cl.addPrepared(c.prepared[i]);
        cl.settle();
        const pred = c.ids.map((id) => cl.storyOf(id)!);
        const th = new Map<string, string>();
        if (c.level === 'thread') for (const t of cl.threads()) for (const s of t.stories) th.set(s, t.id);
        const b = bcubed(pred.map((s) => th.get(s) ?? s), c.gold);
        f.push(b.f1);
        sp += b.p / seeds.length;
        sr += b.r / seeds.length;
      }
      process.stdout.write(`${c.name.padEnd(10)} ${undated}/${c.ids.length} undated  ${c.level} F1 ${(f.reduce((a, b) => a + b, 0) / f.length).toFixed(4)} (P ${sp.toFixed(4)} R ${sr.toFixed(4)}) ${JSON.stringify(p)}\n`);
    }
  }
  return null;
}
