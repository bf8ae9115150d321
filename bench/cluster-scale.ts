/**
 * Story clustering at scale: a synthetic stream of 100,000 articles made by recombining ECB+
 * sentences (../shared/bench/ecbplus/dev.jsonl), run through StoryClusterer in memory. Reports
 * articles/s at 10k, 50k and 100k (growth must be near-linear: candidates come from an inverted
 * index and an LSH index, never from all pairs), peak RSS, snapshot size and save/restore time,
 * and how well the known structure is recovered (synthetic stories, planted wire copies).
 *
 * The synthesis: each synthetic story takes one ECB+ event (subtopic) and gives it its own
 * people, place, figure and dates (made-up names, so thousands of stories of the same kind
 * coexist, which is the hard case at scale) and its own pool of 30 of the event's sentences, whose names are replaced by the story's; its
 * articles each recombine 5–10 sentences of that pool after a lead sentence naming the story's
 * specifics. 15% of articles are wire copies of an
 * earlier article of their story, lightly edited (a dropped last sentence, a changed word).
 * Articles arrive in publication order. `PARALLAX_SCALE_N` overrides the 100,000.
 */
import { StoryClusterer } from '../src/cluster/clusterer.js';
import { sharedDir, SKIP_NO_SHARED } from '../test/helpers/shared.js';
import { bcubedPerArticle } from './ecbplus.js';
import { readEcbPlus, rng } from './data.js';

interface SynthDoc {
  id: string;
  text: string;
  published: string;
  story: number;
  copyOf: string | null;
}

const SYL = ['ka', 'lo', 'mir', 'ten', 'sa', 'vor', 'ri', 'dan', 'ul', 'bre', 'no', 'zef', 'ha', 'li', 'gor', 'pe', 'tra', 'mu', 'ne', 'sol', 'ves', 'ta', 'kin', 'do'];

/** Synthesise `n` articles; deterministic. */
export function synthesise(sentencesByEvent: string[][], n: number, seed = 7): SynthDoc[] {
  const rnd = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const name = (parts: number): string => {
    let s = '';
    for (let i = 0; i < parts; i++) s += pick(SYL);
    return s[0].toUpperCase() + s.slice(1);
  };
  const docs: SynthDoc[] = [];
  const storyDocs: SynthDoc[][] = [];
  const t0 = Date.UTC(2020, 0, 1);
  const span = 3 * 365; // days the stream covers
  let story = -1;
  let left = 0;
  let ev: string[] = [];
  let lead = '';
  let base = 0;
  while (docs.length < n) {
    if (left === 0) {
      story++;
      left = 1 + Math.floor(rnd() * 9); // 1–9 articles a story, mean 5
      // The story's own pool: 30 sentences of its event, their names replaced by the story's
      // own people and places (two stories of one event share wording, not names).
      const evAll = pick(sentencesByEvent);
      const names = [name(2) + ' ' + name(3), name(3), name(2) + ' ' + name(2), name(3) + ' ' + name(2)];
      ev = Array.from({ length: 30 }, () => pick(evAll).replace(/(?<=[a-z,] )[A-Z][a-z]+(?: [A-Z][a-z]+)*/g, () => pick(names)));
      base = Math.floor((story / (n / 5)) * span + rnd() * 10);
      const who = `${name(2)} ${name(3)}`;
      const where = name(3);
      const fig = 2 + Math.floor(rnd() * 900);
      const d = new Date(t0 + base * 86_400_000);
      const month = d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
      lead = `${who} was at the centre of what happened in ${where} on ${month} ${d.getUTCDate()}, when ${fig} people were involved, ${name(2)} said.`;
      storyDocs.push([]);
    }
    left--;
    const own = storyDocs[story];
    const day = base + Math.floor(rnd() * 4);
    let published = new Date(t0 + day * 86_400_000).toISOString().slice(0, 10);
    const id = `syn${docs.length}`;
    let doc: SynthDoc;
    if (own.length > 0 && rnd() < 0.15) {
      // Wire copy: the same text with its last sentence dropped and one word changed, published
      // no earlier than its original.
      const orig = own[Math.floor(rnd() * own.length)];
      const src = orig.copyOf ? own.find((d) => d.id === orig.copyOf)! : orig;
      if (published < src.published) published = src.published;
      const lines = src.text.split('\n');
      if (lines.length > 4) lines.pop();
      const text = lines.join('\n').replace(/\bsaid\b/, 'told reporters');
      doc = { id, text, published, story, copyOf: src.id };
    } else {
      const k = 5 + Math.floor(rnd() * 6);
      const body: string[] = [lead];
      for (let i = 0; i < k; i++) body.push(pick(ev));
      doc = { id, text: body.join('\n'), published, story, copyOf: null };
    }
    own.push(doc);
    docs.push(doc);
  }
  // Arrival in publication order (stable: ties keep synthesis order).
  return docs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.published < b.d.published ? -1 : a.d.published > b.d.published ? 1 : a.i - b.i))
    .map((x) => x.d);
}

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const rows = readEcbPlus(dir);
  const byEvent = new Map<string, string[]>();
  for (const r of rows) {
    const list = byEvent.get(r.subtopic) ?? [];
    for (const s of r.text.split('\n')) if (s.trim().length > 30) list.push(s.trim());
    byEvent.set(r.subtopic, list);
  }
  const events = [...byEvent.keys()].sort().map((k) => byEvent.get(k)!);
  const n = Number(process.env.PARALLAX_SCALE_N ?? 100_000);
  const docs = synthesise(events, n);
  const checkpoints = [10_000, 50_000, 100_000].filter((c) => c <= n);
  if (!checkpoints.includes(n)) checkpoints.push(n);

  const byId = new Map(docs.map((d) => [d.id, d]));
  const c = new StoryClusterer();
  const rate: Record<string, unknown> = {};
  const t0 = performance.now();
  let last = t0;
  let lastN = 0;
  let copiesFound = 0;
  let copiesRight = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    const a = c.add({ id: d.id, text: d.text, published: d.published });
    if (a.duplicateOf !== null) {
      copiesFound++;
      // Right when both are in one planted copy group (the original and its copies).
      const o = byId.get(a.duplicateOf)!;
      if (d.copyOf !== null && (o.copyOf ?? o.id) === d.copyOf) copiesRight++;
    }
    if (checkpoints.includes(i + 1)) {
      const now = performance.now();
      const r = {
        seconds: Math.round((now - t0) / 100) / 10,
        articles_per_s: Math.round(((i + 1) * 1000) / (now - t0)),
        segment_articles_per_s: Math.round(((i + 1 - lastN) * 1000) / (now - last)),
        rss_mb: Math.round(process.memoryUsage().rss / 1e6),
      };
      rate[`${(i + 1) / 1000}k`] = r;
      process.stdout.write(`  ${i + 1} articles: ${r.seconds} s, ${r.articles_per_s} articles/s overall, ${r.segment_articles_per_s}/s in the last segment, RSS ${r.rss_mb} MB\n`);
      last = now;
      lastN = i + 1;
    }
  }
  const planted = docs.filter((d) => d.copyOf !== null).length;

  let t = performance.now();
  const snap = c.snapshot();
  const snapshotMs = performance.now() - t;
  t = performance.now();
  const restored = StoryClusterer.restore(snap);
  const restoreMs = performance.now() - t;
  const sample = docs.slice(-1000);
  const same = sample.every((d) => restored.storyOf(d.id) === c.storyOf(d.id));

  const pred = docs.map((d) => c.storyOf(d.id)!);
  const s = bcubedPerArticle(
    pred,
    docs.map((d) => String(d.story)),
  );
  const P = s.p.reduce((x, y) => x + y, 0) / docs.length;
  const R = s.r.reduce((x, y) => x + y, 0) / docs.length;
  const r3 = (x: number): number => Math.round(x * 1000) / 1000;
  const result = {
    articles: docs.length,
    synthetic_stories: new Set(docs.map((d) => d.story)).size,
    found_stories: c.stories().length,
    rates: rate,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    snapshot_mb: Math.round(snap.length / 1e5) / 10,
    snapshot_ms: Math.round(snapshotMs),
    restore_ms: Math.round(restoreMs),
    restore_same_assignments: same,
    story_bcubed: { p: r3(P), r: r3(R), f1: r3((2 * P * R) / (P + R)) },
    wire_copies: { planted, flagged: copiesFound, correct: copiesRight, precision: r3(copiesRight / Math.max(1, copiesFound)), recall: r3(copiesRight / Math.max(1, planted)) },
  };
  process.stdout.write(
    `  peak RSS ${result.peak_rss_mb} MB; snapshot ${result.snapshot_mb} MB written in ${result.snapshot_ms} ms, restored in ${result.restore_ms} ms (same assignments: ${same})\n` +
      `  synthetic stories ${result.synthetic_stories}, found ${result.found_stories}; B-cubed F1 ${result.story_bcubed.f1}\n` +
      `  wire copies: ${planted} planted, ${copiesFound} flagged, precision ${result.wire_copies.precision}, recall ${result.wire_copies.recall}\n`,
  );
  return result;
}
