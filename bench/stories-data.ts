/**
 * The dev corpora of story clustering, read the same way by every clustering benchmark: ECB+ dev
 * (gold = subtopic) and the dated news stories in ../shared/bench/stories/ (duc2003, duc2006,
 * allsides, uci-headlines; gold = `story`). Every record goes through ingest (`buildArticle`,
 * then `clusterDocOf`), as `parallax cluster` and corpus ingest do. Arrival orders: dated corpora
 * arrive in publication order, ties broken by a seeded hash of the id (AllSides gives one date per
 * story, so its tie order is the whole order within a day); ECB+ (mostly undated) and
 * uci-headlines (whose file order and crawl times give the stories away: its `published` is never
 * read) arrive in a seeded random order. Also here: B-cubed and the TF-IDF + average-link
 * baseline (nearest-neighbour chain, so 6,366 headlines take seconds, not hours).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { clusterDocOf } from '../src/cluster/doc.js';
import { hash32, prepareDoc, type PreparedDoc } from '../src/cluster/features.js';
import type { Article } from '../src/core/schema.js';
import { buildArticle } from '../src/ingest/article.js';
import { readEcbPlus, rng } from './data.js';
import { bcubedPerArticle, f1Over } from './ecbplus.js';

export interface Corpus {
  name: string;
  ids: string[];
  gold: string[];
  articles: Article[];
  prepared: PreparedDoc[];
  /** Publication day per article (NaN when unknown or not to be used), for arrival order only. */
  days: number[];
  order: 'time' | 'shuffle';
  /**
   * What the gold groups: one event ('story') or a topic spanning months or years ('thread':
   * duc2006), which an event clusterer links into a thread of stories, not into one story.
   */
  level: 'story' | 'thread';
  /** Text for the TF-IDF baseline (title and text, as a plain reader of the record would take). */
  baseText: string[];
}

interface StoryRow {
  id: string;
  story: string;
  title?: string | null;
  text?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
}

export const STORY_CORPORA = ['duc2003', 'duc2006', 'allsides', 'uci-headlines'] as const;

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function finish(name: string, order: Corpus['order'], ids: string[], gold: string[], articles: Article[], baseText: string[]): Corpus {
  const prepared = articles.map((a) => prepareDoc(clusterDocOf(a)));
  const days = prepared.map((p) => (order === 'time' && p.day !== null ? p.day : Number.NaN));
  return { name, ids, gold, articles, prepared, days, order, level: name === 'duc2006' ? 'thread' : 'story', baseText };
}

export function readEcbCorpus(shared: string): Corpus {
  const rows = readEcbPlus(shared);
  const articles = rows.map((r) => buildArticle({ source: r.id, format: 'text', content: r.text, meta: { url: r.url } }, r.id));
  return finish(
    'ecbplus-dev',
    'shuffle',
    rows.map((r) => r.id),
    rows.map((r) => r.subtopic),
    articles,
    rows.map((r) => r.text),
  );
}

export function readStoryCorpus(shared: string, name: string): Corpus | null {
  const file = path.join(shared, 'bench', 'stories', `${name}.jsonl`);
  if (!existsSync(file)) return null;
  const rows = readJsonl<StoryRow>(file);
  const headlines = name === 'uci-headlines';
  const articles = rows.map((r) =>
    buildArticle(
      {
        source: r.id,
        format: 'text',
        content: r.text ?? '',
        // uci-headlines: crawl times give the stories away (the README says so): never read.
        meta: { title: r.title || null, outlet: r.outlet ?? null, published: headlines ? null : (r.published ?? null), url: r.url ?? null },
      },
      r.id,
    ),
  );
  return finish(
    name,
    headlines ? 'shuffle' : 'time',
    rows.map((r) => r.id),
    rows.map((r) => r.story),
    articles,
    rows.map((r) => [r.title ?? '', r.text ?? ''].join('\n')),
  );
}

/** All dev corpora present under `shared` (ECB+ dev first). */
export function readCorpora(shared: string, only?: string[]): Corpus[] {
  const out: Corpus[] = !only || only.includes('ecbplus-dev') ? [readEcbCorpus(shared)] : [];
  for (const n of STORY_CORPORA) {
    if (only && !only.includes(n)) continue;
    const c = readStoryCorpus(shared, n);
    if (c) out.push(c);
  }
  return out;
}

/** Arrival order (indices) for one seed: publication order with seeded ties, or a seeded shuffle. */
export function arrivalOrder(c: Corpus, seed: number): number[] {
  const idx = [...c.ids.keys()];
  if (c.order === 'shuffle') {
    const rnd = rng(seed);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx;
  }
  const tie = c.ids.map((id) => hash32(id, (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0));
  const day = (i: number): number => (Number.isNaN(c.days[i]) ? Infinity : c.days[i]);
  return idx.sort((a, b) => day(a) - day(b) || tie[a] - tie[b] || a - b);
}

/** B-cubed precision, recall and F1 of `pred` against `gold` (per article, averaged). */
export function bcubed(pred: string[], gold: string[]): { p: number; r: number; f1: number } {
  const { p, r } = bcubedPerArticle(pred, gold);
  return f1Over(p, r, pred.map((_, i) => i));
}

// ------------------------------------------------------------------ baseline

const WORD = /[\p{L}\p{N}]+/gu;
const BASE_STOP = new Set('the a an and or of to in on at for by with from as is was were be been are it its this that he she they his her their said says has have had not but who which will would'.split(' '));

/** Raw-tf × smoothed-idf unit vectors over the given texts (the baseline's representation). */
function tfidf(texts: string[]): Array<{ t: Int32Array; w: Float32Array }> {
  const n = texts.length;
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const tfs = texts.map((text) => {
    const tf = new Map<number, number>();
    for (const m of text.toLowerCase().matchAll(WORD)) {
      if (BASE_STOP.has(m[0])) continue;
      let id = vocab.get(m[0]);
      if (id === undefined) vocab.set(m[0], (id = df.push(0) - 1));
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const t of tf.keys()) df[t]++;
    return tf;
  });
  return tfs.map((tf) => {
    const t = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const w = Float32Array.from(t, (x) => tf.get(x)! * (Math.log((n + 1) / (df[x] + 1)) + 1));
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0)) || 1;
    for (let i = 0; i < w.length; i++) w[i] /= norm;
    return { t, w };
  });
}

/**
 * TF-IDF cosine + average link: the merge heights of the full dendrogram, by the
 * nearest-neighbour chain (average link is reducible, so the chain gives the exact dendrogram in
 * O(n²) time on an n × n Float32 matrix).
 */
export function baselineDendrogram(texts: string[]): Array<{ a: number; b: number; sim: number }> {
  return averageLinkDendrogram(texts.length, baselineSims(texts));
}

/** The baseline's n × n similarity matrix: raw-tf × idf cosine over words. */
export function baselineSims(texts: string[]): Float32Array {
  const n = texts.length;
  const vecs = tfidf(texts);
  const sim = new Float32Array(n * n);
  let top = 0;
  for (const v of vecs) if (v.t.length) top = Math.max(top, v.t[v.t.length - 1]);
  const dense = new Float32Array(top + 1);
  for (let i = 0; i < n; i++) {
    const vi = vecs[i];
    for (let x = 0; x < vi.t.length; x++) dense[vi.t[x]] = vi.w[x];
    for (let j = i + 1; j < n; j++) {
      const vj = vecs[j];
      let d = 0;
      for (let x = 0; x < vj.t.length; x++) d += dense[vj.t[x]] * vj.w[x];
      sim[i * n + j] = sim[j * n + i] = d;
    }
    for (let x = 0; x < vi.t.length; x++) dense[vi.t[x]] = 0;
  }
  return sim;
}

/**
 * Average link over an n × n similarity matrix (overwritten): the merge heights of the full
 * dendrogram, by the nearest-neighbour chain (average link is reducible, so the chain gives the
 * exact dendrogram in O(n²) time).
 */
export function averageLinkDendrogram(n: number, sim: Float32Array): Array<{ a: number; b: number; sim: number }> {
  const size = new Float64Array(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  const merges: Array<{ a: number; b: number; sim: number }> = [];
  const chain: number[] = [];
  let remaining = n;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(alive.indexOf(1));
    const a = chain[chain.length - 1];
    const prev = chain.length > 1 ? chain[chain.length - 2] : -1;
    let best = prev;
    let bestSim = prev >= 0 ? sim[a * n + prev] : -Infinity;
    for (let k = 0; k < n; k++) {
      if (!alive[k] || k === a) continue;
      const v = sim[a * n + k];
      if (v > bestSim) {
        bestSim = v;
        best = k;
      }
    }
    if (best === prev) {
      chain.pop();
      chain.pop();
      merges.push({ a: Math.min(a, prev), b: Math.max(a, prev), sim: bestSim });
      const [keep, drop] = [Math.min(a, prev), Math.max(a, prev)];
      for (let k = 0; k < n; k++) {
        if (!alive[k] || k === keep || k === drop) continue;
        const v = (size[keep] * sim[keep * n + k] + size[drop] * sim[drop * n + k]) / (size[keep] + size[drop]);
        sim[keep * n + k] = sim[k * n + keep] = v;
      }
      size[keep] += size[drop];
      alive[drop] = 0;
      remaining--;
    } else {
      chain.push(best);
    }
  }
  return merges.sort((x, y) => y.sim - x.sim);
}

/** Flat clusters: every merge at or above `threshold`. */
export function cutAt(n: number, merges: Array<{ a: number; b: number; sim: number }>, threshold: number): string[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const m of merges) {
    if (m.sim < threshold) break;
    parent[find(m.b)] = find(m.a);
  }
  return Array.from({ length: n }, (_, i) => String(find(i)));
}
