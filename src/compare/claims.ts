/**
 * Claims about dates and numbers, compared across articles: the source of the dossier's date
 * and number conflicts and of its timeline. A claim is a resolved time expression or a quantity
 * with what surrounds it in its sentence (content words, entity ids, event classes); two claims
 * from different articles are about the same thing when those surroundings agree. Times are
 * compared as the annotator resolved them against each article's own publication date, so
 * "last December" in an October 2025 article is 2024-12 and meets "December 2014" as a conflict.
 */
import type { AnnotatedArticle } from '../core/schema.js';
import type { EntityIndex } from './entities.js';
import { STOP, stem, tokens } from './lex.js';

export interface ClaimItem {
  id: number;
  kind: 'date' | 'number';
  article: string;
  articleIndex: number;
  start: number;
  end: number;
  /** The expression as written. */
  text: string;
  /** Normalised value compared: ISO date/prefix, or "low" / "low-high" for numbers. */
  normalized: string;
  precision: 'day' | 'month' | 'year' | 'decade' | null;
  low: number;
  high: number;
  unit: string | null;
  sentence: { start: number; end: number; text: string };
  /** Context keys with weights. */
  keys: Map<string, number>;
  mass: number;
}

export interface ClaimEdge {
  a: number;
  b: number;
  sim: number;
}

export interface ClaimGraph {
  claims: ClaimItem[];
  edges: ClaimEdge[];
  /** Connected components (claim ids), each sorted, in order of first claim. */
  components: number[][];
}

// Outlets describe one event with different words: "toppled", "overthrew", "the fall of",
// "ousted". Mapping a few frequent news-event verbs and nouns to a shared class lets their
// contexts meet. Kept small and generic (kinds of events, not any one story).
const EVENT_CLASSES: Record<string, string[]> = {
  removal: ['topple', 'toppled', 'toppling', 'overthrow', 'overthrew', 'overthrown', 'oust', 'ousted', 'ouster', 'depose', 'deposed', 'fall', 'fell', 'fallen', 'collapse', 'collapsed', 'removal', 'removed', 'coup'],
  death: ['die', 'died', 'dead', 'death', 'deaths', 'kill', 'killed', 'killing', 'fatalities', 'fatality', 'perished', 'casualties', 'toll'],
  arrest: ['arrest', 'arrested', 'detain', 'detained', 'detention', 'custody', 'apprehended'],
  election: ['elect', 'elected', 'election', 'elections', 'vote', 'voted', 'poll', 'polls', 'ballot'],
  meeting: ['meet', 'met', 'meeting', 'talks', 'summit', 'visit', 'visited', 'visiting'],
  attack: ['attack', 'attacked', 'strike', 'strikes', 'struck', 'bomb', 'bombed', 'bombing', 'raid', 'shelling', 'airstrike', 'airstrikes'],
  injury: ['injure', 'injured', 'injuries', 'wounded', 'hurt'],
  resignation: ['resign', 'resigned', 'resignation', 'quit', 'stepped'],
  agreement: ['sign', 'signed', 'agreement', 'deal', 'accord', 'treaty'],
  quake: ['earthquake', 'quake', 'tremor', 'magnitude'],
  fire: ['fire', 'blaze', 'flames', 'burned', 'burning'],
  launch: ['launch', 'launched', 'unveil', 'unveiled', 'introduce', 'introduced', 'release', 'released'],
  start: ['began', 'begin', 'started', 'start', 'outbreak', 'erupted'],
  war: ['war', 'conflict', 'fighting'],
};
const EVENT_OF = new Map<string, string>();
for (const [cls, words] of Object.entries(EVENT_CLASSES)) for (const w of words) EVENT_OF.set(stem(w), `EV:${cls}`);

/** Words either side of the expression that describe what it is about. */
const WINDOW = 10;
/** Context similarity (weighted Dice) at or above which two claims are about the same thing. */
export const SAME_CLAIM = 0.3;

interface SentenceKeys {
  start: number;
  end: number;
  keys: Array<{ key: string; start: number; end: number }>;
}

function sentenceOf(sents: Array<{ start: number; end: number }>, pos: number): { start: number; end: number } | null {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].end <= pos) lo = mid + 1;
    else if (sents[mid].start > pos) hi = mid - 1;
    else return sents[mid];
  }
  return null;
}

/** Key sequence of a sentence: entity ids for names, event classes, else content stems. */
function keySequence(a: AnnotatedArticle, s: { start: number; end: number }, ents: EntityIndex): SentenceKeys {
  const keys: SentenceKeys['keys'] = [];
  let lastEntity: string | null = null;
  for (const t of tokens(a.text.slice(s.start, s.end), s.start)) {
    const ent = ents.at(a.id, t.start, t.end);
    if (ent) {
      // A multi-word name is one key.
      if (ent !== lastEntity) keys.push({ key: `E:${ent}`, start: t.start, end: t.end });
      lastEntity = ent;
      continue;
    }
    lastEntity = null;
    if (STOP.has(t.norm) || /^\d/.test(t.norm)) continue;
    const st = stem(t.norm);
    keys.push({ key: EVENT_OF.get(st) ?? st, start: t.start, end: t.end });
  }
  return { start: s.start, end: s.end, keys };
}

function isoCompatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether two claims of the same kind can both be true. */
export function compatible(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind === 'date') return isoCompatible(x.normalized, y.normalized);
  // Numbers: overlapping ranges, with 2% slack for rounding ("about 4,000" vs "3,950").
  const slack = 0.02 * Math.max(Math.abs(x.high), Math.abs(y.high));
  return x.low <= y.high + slack && y.low <= x.high + slack;
}

function unitKey(unit: string | null): string | null {
  if (!unit) return null;
  const words = tokens(unit).filter((t) => !STOP.has(t.norm));
  return words.length ? stem(words[words.length - 1].norm) : null;
}

export function buildClaims(articles: AnnotatedArticle[], ents: EntityIndex): ClaimGraph {
  // Sentence keys for every sentence (idf over the story's sentences).
  const perArticle = articles.map((a) => {
    const sents = [...a.sentences].sort((x, y) => x.start - y.start);
    return { a, sents, keyed: new Map<number, SentenceKeys>() };
  });
  const df = new Map<string, number>();
  let nSent = 0;
  for (const p of perArticle) {
    for (const s of p.sents) {
      const sk = keySequence(p.a, s, ents);
      p.keyed.set(s.start, sk);
      nSent++;
      for (const k of new Set(sk.keys.map((x) => x.key))) df.set(k, (df.get(k) ?? 0) + 1);
    }
  }
  const idf = (k: string): number => Math.log(1 + (nSent + 1) / ((df.get(k) ?? 0) + 0.5));

  const claims: ClaimItem[] = [];
  const contextOf = (sk: SentenceKeys, start: number, end: number): Map<string, number> => {
    const before = sk.keys.filter((k) => k.end <= start);
    const after = sk.keys.filter((k) => k.start >= end);
    const out = new Map<string, number>();
    const put = (k: string, d: number): void => {
      // Nearer words describe the expression more surely than words at the window's edge.
      const w = idf(k) * (d < 4 ? 1 : 0.6);
      out.set(k, Math.max(out.get(k) ?? 0, w));
    };
    before.slice(-WINDOW).reverse().forEach((k, d) => put(k.key, d));
    after.slice(0, WINDOW).forEach((k, d) => put(k.key, d));
    return out;
  };
  const push = (c: Omit<ClaimItem, 'id' | 'keys' | 'mass' | 'sentence'>, p: (typeof perArticle)[number]): void => {
    const s = sentenceOf(p.sents, c.start);
    if (!s) return;
    const sk = p.keyed.get(s.start)!;
    const keys = contextOf(sk, c.start, c.end);
    // A claim with next to nothing around it (a dateline, a caption date) is about nothing
    // that can be compared.
    if (keys.size < 3) return;
    let mass = 0;
    for (const w of keys.values()) mass += w;
    claims.push({ ...c, id: claims.length, keys, mass, sentence: { start: s.start, end: s.end, text: p.a.text.slice(s.start, s.end) } });
  };

  perArticle.forEach((p, articleIndex) => {
    for (const t of [...p.a.times].sort((x, y) => x.start - y.start)) {
      if (!t.value || !t.precision) continue;
      const normalized = t.precision === 'decade' ? t.value.slice(0, 3) : t.value;
      push({ kind: 'date', article: p.a.id, articleIndex, start: t.start, end: t.end, text: t.text, normalized, precision: t.precision, low: 0, high: 0, unit: null }, p);
    }
    for (const q of [...p.a.quantities].sort((x, y) => x.start - y.start)) {
      // Vague amounts ("tens of thousands") and ordinals ("first visit") are not figures two
      // outlets can contradict each other on with any confidence.
      if (q.kind === 'vague' || q.kind === 'ordinal') continue;
      const low = q.low ?? q.value;
      const high = q.high ?? q.value;
      const unit = unitKey(q.unit);
      if (low === null || high === null || unit === null) continue;
      const normalized = low === high ? String(low) : `${low}-${high}`;
      push({ kind: 'number', article: p.a.id, articleIndex, start: q.start, end: q.end, text: q.text, normalized, precision: null, low, high, unit: `${q.kind === 'range' ? 'count' : q.kind}:${unit}` }, p);
    }
  });

  // Candidate pairs through an inverted index on context keys.
  const postings = new Map<string, number[]>();
  for (const c of claims) {
    for (const k of c.keys.keys()) {
      const list = postings.get(k);
      if (list) list.push(c.id);
      else postings.set(k, [c.id]);
    }
  }
  const edges: ClaimEdge[] = [];
  for (const c of claims) {
    const shared = new Map<number, number>();
    for (const k of c.keys.keys()) {
      for (const j of postings.get(k)!) {
        if (j <= c.id) continue;
        const d = claims[j];
        if (d.article === c.article || d.kind !== c.kind || d.unit !== c.unit) continue;
        shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, n] of [...shared].sort((x, y) => x[0] - y[0])) {
      // One shared word is as likely chance as evidence.
      if (n < 2) continue;
      const d = claims[j];
      let common = 0;
      for (const [k, w] of c.keys) {
        const v = d.keys.get(k);
        if (v !== undefined) common += Math.min(w, v);
      }
      const sim = (2 * common) / (c.mass + d.mass);
      if (sim >= SAME_CLAIM) edges.push({ a: c.id, b: j, sim });
    }
  }

  const parent = claims.map((c) => c.id);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const e of edges) {
    const ra = find(e.a);
    const rb = find(e.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const comps = new Map<number, number[]>();
  for (const c of claims) {
    const r = find(c.id);
    const list = comps.get(r);
    if (list) list.push(c.id);
    else comps.set(r, [c.id]);
  }
  const components = [...comps.values()].map((l) => l.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
  return { claims, edges, components };
}
