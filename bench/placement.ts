/**
 * The story assigner's placement alone, and a check that a change to it keeps every story (a
 * developer script, not a benchmark: `node dist/bench/placement.js [BASE_CHECKOUT]`).
 *
 * Streams: the 8,000 synthetic articles of `cluster-growth` (cluster-scale's generator), the 3,000
 * of `pg-scale` / `store-scale` (with their planted copies), and the dev corpora of
 * `stories-cluster` (ECB+ dev, duc2003, duc2006, AllSides, uci-headlines; one arrival order each,
 * seed 1; the stories reserved for unseen readings left out). Every article's features are
 * prepared beforehand (the preparing workers' part), so what is timed is what the one assigner
 * does per article: `addPrepared` (interning, candidates, scoring, local re-clustering, settling
 * every `settleEvery`) and the final `settle`; apart, one `snapshot()` at the end (the checkpoint).
 *
 * Digest per stream: every assignment (story, merged, duplicateOf, moved), the final settling
 * pass's moves, `stories()`, `threads()` and the snapshot's bytes, hashed. Given another built
 * checkout (BASE_CHECKOUT, its dist/src/cluster/clusterer.js), both run in the same process,
 * interleaved (`PLACEMENT_REPEAT` rounds, default 3; the minimum CPU of each is kept: the machine
 * is shared), and the digests must be equal; exit 1 when one differs. CPU time, not wall time.
 * `PLACEMENT_STREAMS=synthetic,pg-scale` narrows the streams; `PLACEMENT_PG_N` sizes the pg-scale stream
 * (default 3,000; at 10,000 its re-clusterings are larger and `pairSims` is most of the CPU).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StoryClusterer } from '../src/cluster/clusterer.js';
import { clusterDocOf } from '../src/cluster/doc.js';
import { prepareDoc, type PreparedDoc } from '../src/cluster/features.js';
import { buildArticle } from '../src/ingest/article.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { synthesise as synthGrowth } from './cluster-scale.js';
import { readEcbPlus } from './data.js';
import { isReserved } from './reserved.js';
import { arrivalOrder, readCorpora } from './stories-data.js';
import { synthesise as synthStore, type EcbDoc } from './store-scale.js';


interface Stream {
  name: string;
  docs: PreparedDoc[];
}

type Clusterer = {
  addPrepared(d: PreparedDoc): unknown;
  settle(): unknown;
  stories(): unknown;
  threads(): unknown;
  snapshot(): Buffer;
};
type Ctor = new () => Clusterer;

function streams(shared: string, only: string[] | null): Stream[] {
  const want = (n: string): boolean => !only || only.includes(n);
  const out: Stream[] = [];
  if (want('synthetic')) {
    const byEvent = new Map<string, string[]>();
    for (const r of readEcbPlus(shared)) {
      const list = byEvent.get(r.subtopic) ?? [];
      for (const s of r.text.split('\n')) if (s.trim().length > 30) list.push(s.trim());
      byEvent.set(r.subtopic, list);
    }
    const docs = synthGrowth([...byEvent.keys()].sort().map((k) => byEvent.get(k)!), 8000);
    out.push({ name: 'synthetic', docs: docs.map((d) => prepareDoc({ id: d.id, text: d.text, published: d.published })) });
  }
  if (want('pg-scale')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plx-placement-'));
    const file = path.join(dir, 'corpus.jsonl');
    synthStore(readEcbPlus(shared) as EcbDoc[], Number(process.env.PLACEMENT_PG_N ?? 3000), file);
    const recs = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { url: string; title: string; text: string; outlet: string; published: string });
    rmSync(dir, { recursive: true, force: true });
    out.push({
      name: 'pg-scale',
      docs: recs.map((r, i) => prepareDoc(clusterDocOf(buildArticle({ source: r.url, format: 'text', content: r.text, meta: { title: r.title, outlet: r.outlet, published: r.published, url: r.url } }, `a${i}`)))),
    });
  }
  const corpora = ['ecbplus-dev', 'duc2003', 'duc2006', 'allsides', 'uci-headlines'].filter(want);
  if (corpora.length) {
    for (const c of readCorpora(shared, corpora)) {
      // Stories kept for the coordinator's unseen readings (bench/reserved.ts) are never part of a stream.
      const keep = arrivalOrder(c, 1).filter((i) => !isReserved(c.name, c.gold[i]));
      out.push({ name: c.name, docs: keep.map((i) => c.prepared[i]) });
    }
  }
  return out;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** One pass of a stream through a fresh clusterer: CPU of placement, of the snapshot, and the digest. */
function once(Ctor: Ctor, s: Stream): { placeMs: number; snapshotMs: number; digest: string; snapshotDigest: string } {
  const c = new Ctor();
  const assignments: unknown[] = new Array(s.docs.length);
  const t0 = cpuMs();
  for (let i = 0; i < s.docs.length; i++) assignments[i] = c.addPrepared(s.docs[i]);
  const settled = c.settle();
  const placeMs = cpuMs() - t0;
  const t1 = cpuMs();
  const snap = c.snapshot();
  const snapshotMs = cpuMs() - t1;
  const h = createHash('sha256');
  h.update(JSON.stringify(assignments));
  h.update(JSON.stringify(settled));
  h.update(JSON.stringify(c.stories()));
  h.update(JSON.stringify(c.threads()));
  return { placeMs, snapshotMs, digest: h.digest('hex').slice(0, 16), snapshotDigest: createHash('sha256').update(snap).digest('hex').slice(0, 16) };
}

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return;
  }
  const baseDir = process.argv[2];
  const impls: Array<{ name: string; Ctor: Ctor }> = [];
  if (baseDir) {
    const mod = (await import(pathToFileURL(path.resolve(baseDir, 'dist/src/cluster/clusterer.js')).href)) as { StoryClusterer: Ctor };
    impls.push({ name: 'base', Ctor: mod.StoryClusterer });
  }
  impls.push({ name: 'this', Ctor: StoryClusterer as unknown as Ctor });
  const only = process.env.PLACEMENT_STREAMS ? process.env.PLACEMENT_STREAMS.split(',') : null;
  const list = streams(shared, only);
  const repeat = Number(process.env.PLACEMENT_REPEAT ?? (baseDir ? 3 : 1));
  const best = new Map<string, { placeMs: number; snapshotMs: number; digest: string; snapshotDigest: string }>();
  for (let r = 0; r < repeat; r++) {
    for (const s of list) {
      for (const im of r % 2 === 0 ? impls : [...impls].reverse()) {
        const x = once(im.Ctor, s);
        const key = `${im.name}\t${s.name}`;
        const b = best.get(key);
        if (b && (b.digest !== x.digest || b.snapshotDigest !== x.snapshotDigest)) throw new Error(`${key}: not deterministic`);
        best.set(key, b ? { ...x, placeMs: Math.min(b.placeMs, x.placeMs), snapshotMs: Math.min(b.snapshotMs, x.snapshotMs) } : x);
      }
    }
  }
  let differ = false;
  const total = new Map<string, number>();
  let articles = 0;
  for (const s of list) {
    articles += s.docs.length;
    const cells: string[] = [];
    for (const im of impls) {
      const x = best.get(`${im.name}\t${s.name}`)!;
      total.set(im.name, (total.get(im.name) ?? 0) + x.placeMs);
      cells.push(`${im.name} ${x.placeMs.toFixed(0)} ms (${(x.placeMs / s.docs.length).toFixed(3)} ms/article), snapshot ${x.snapshotMs.toFixed(0)} ms, digest ${x.digest} snapshot ${x.snapshotDigest}`);
    }
    let same = '';
    if (impls.length === 2) {
      const [a, b] = impls.map((im) => best.get(`${im.name}\t${s.name}`)!);
      const stories = a.digest === b.digest;
      const snap = a.snapshotDigest === b.snapshotDigest;
      if (!stories || !snap) differ = true;
      same = `  → ${stories ? 'same stories' : 'STORIES DIFFER'}, ${snap ? 'same snapshot' : 'SNAPSHOT DIFFERS'}`;
    }
    process.stdout.write(`${s.name} (${s.docs.length} articles): ${cells.join(' | ')}${same}\n`);
  }
  process.stdout.write(`placement CPU, min of ${repeat}, ${articles} articles: ${impls.map((im) => `${im.name} ${total.get(im.name)!.toFixed(0)} ms`).join(', ')}\n`);
  if (differ) process.exitCode = 1;
}

await main();
