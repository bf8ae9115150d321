/**
 * Growth check of story clustering, small enough for a shared machine (the 100,000-article
 * benches are cluster-scale and store-scale): 8,000 synthetic articles (cluster-scale's
 * generator) in publication order; CPU time per article over the first 2,000 and over the last
 * 2,000. Per-article cost must stay flat (ratio near 1): candidates come from capped posting
 * lists, the re-clustered set and a large story's sample are capped. CPU time (not wall time), so
 * that other processes on the machine do not move the figure. `PARALLAX_GROWTH_N` overrides 8,000.
 * Also the CPU time of one `threads()` over the stories at the end (computed per listing, not per
 * article: linear in the number of stories, `threadCandidates` scored each).
 */
import { StoryClusterer } from '../src/cluster/clusterer.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { synthesise } from './cluster-scale.js';
import { readEcbPlus } from './data.js';

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const byEvent = new Map<string, string[]>();
  for (const r of readEcbPlus(dir)) {
    const list = byEvent.get(r.subtopic) ?? [];
    for (const s of r.text.split('\n')) if (s.trim().length > 30) list.push(s.trim());
    byEvent.set(r.subtopic, list);
  }
  const n = Number(process.env.PARALLAX_GROWTH_N ?? 8000);
  const seg = Math.floor(n / 4);
  const docs = synthesise([...byEvent.keys()].sort().map((k) => byEvent.get(k)!), n);
  const c = new StoryClusterer();
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let first = 0;
  let last = 0;
  let t = cpuMs();
  for (let i = 0; i < docs.length; i++) {
    c.add({ id: docs[i].id, text: docs[i].text, published: docs[i].published });
    if (i + 1 === seg) {
      first = cpuMs() - t;
    }
    if (i + 1 === n - seg) t = cpuMs();
  }
  last = cpuMs() - t;
  t = cpuMs();
  const threads = c.threads().length;
  const threadsMs = cpuMs() - t;
  // The end-of-batch settling pass (`settle`, which an ingest run or `parallax cluster` ends
  // with), from one state with and without the merge beyond the local bound (session 29).
  const stories = c.stories().length;
  const plain = StoryClusterer.restore(c.snapshot(), { mergeBeyondBound: false });
  t = cpuMs();
  plain.settle();
  const settlePlainMs = cpuMs() - t;
  t = cpuMs();
  const settled = c.settle().length;
  const settleMs = cpuMs() - t;
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  const result = { articles: n, segment: seg, cpu_ms_per_article_first: r(first / seg), cpu_ms_per_article_last: r(last / seg), ratio_last_over_first: r(last / first), stories, threads, threads_cpu_ms: r(threadsMs), threads_cpu_ms_per_story: r(threadsMs / stories), settle_cpu_ms: r(settleMs), settle_cpu_ms_without_merge: r(settlePlainMs), settle_moved: settled, stories_after_settle: c.stories().length, stories_after_settle_without_merge: plain.stories().length };
  process.stdout.write(`${n} synthetic articles: CPU ${result.cpu_ms_per_article_first} ms/article over the first ${seg}, ${result.cpu_ms_per_article_last} over the last ${seg} (ratio ${result.ratio_last_over_first}); threads() over ${stories} stories ${result.threads_cpu_ms} ms CPU (${threads} threads); the end-of-batch settle ${result.settle_cpu_ms} ms CPU (${result.settle_cpu_ms_without_merge} without the merge beyond the bound), ${settled} articles moved, ${result.stories_after_settle} stories (${result.stories_after_settle_without_merge} without)\n`);
  return result;
}
