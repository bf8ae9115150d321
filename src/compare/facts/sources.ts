/**
 * Independent support: how many independent sources back a fact. An outlet that reports a thing
 * on another organisation's word ("Reuters reported", "according to The Times", "told the BBC")
 * or that runs a wire agency's copy supports the fact as that source, not as one more
 * confirmation: five outlets repeating one Reuters report are one source.
 *
 * Owns the credit test of a sentence, the source of a supporting sentence, and which articles are
 * copies of one report (reportCopies: an agency's wire text run by several outlets without its
 * dateline is one source too). Organisations are
 * recognised by the wire agencies of the credits lexicon (src/ingest/credits.ts), by the names of
 * the compared outlets, and by the generic words of news organisations' names ("Times", "Post",
 * "News", "Radio" …); a person credited ("according to Smith") is a speaker, not a source.
 */
import type { Article } from '../../core/schema.js';
import { agencyName, wireDateline } from '../../ingest/credits.js';
import { fold } from '../words/lex.js';

// A name: one to five capitalised words (bounded, so the pattern cannot backtrack far).
const NAME = String.raw`((?:The\s)?(?:[A-Z][\w'’.&-]*)(?:\s(?:of\s)?[A-Z][\w'’.&-]*){0,4})`;
// Where a sentence credits another organisation with what it reports.
const CREDITS: RegExp[] = [
  new RegExp(String.raw`\b[Aa]ccording to (?:a report (?:by|in|from) )?(?:the\s)?${NAME}`, 'g'),
  new RegExp(String.raw`\b(?:reported|first reported|reports|quoted) (?:by|in) (?:the\s)?${NAME}`, 'g'),
  new RegExp(String.raw`${NAME}(?:'s| news agency| newspaper| agency)? (?:reported|reports|has reported|first reported|quoted)\b`, 'g'),
  new RegExp(String.raw`\b(?:told|in an interview with|speaking to) (?:the\s)?${NAME}`, 'g'),
];
// Words of news organisations' names: an organisation named with one of them is a news source
// ("The New York Times", "Radio Ruzhgrad", "Kestrel News"); a person or ministry is not.
const NEWS_WORD = /\b(?:Times|Post|News|Press|Agency|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Observer|Monitor|Courier|Daily|Radio|Television|TV|Wire|Magazine|Broadcasting|Network|Chronicle|Independent|Star|Mail|Express|Standard)\b/;

/**
 * Canonical key of a source name: case, a leading "the" and a possessive folded, and a wire
 * agency by its one name ("Associated Press" and "AP" are one source: an outlet field naming the
 * agency in full and a dateline "(AP)" must not count as two).
 */
export function sourceKey(name: string): string {
  const bare = name.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
  return (agencyName(bare) ?? bare).toLowerCase();
}

/**
 * The organisation a sentence credits with its report, or null. `outlets` holds the keys of the
 * compared outlets; `own` the key of the sentence's own outlet (its self-references, "seen by the
 * Courier", are its own reporting).
 */
export function creditOf(sentence: string, outlets: Set<string>, own: string): string | null {
  for (const re of CREDITS) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const name = m[1].trim();
      const agency = agencyName(name.replace(/^The\s/, ''));
      const key = sourceKey(agency ?? name);
      if (key === own) continue;
      if (agency || outlets.has(key) || NEWS_WORD.test(name)) return agency ?? name.replace(/^The\s/, '');
    }
  }
  return null;
}

/** The source a supporting sentence counts as: the credited organisation, the agency of a wire copy (its dateline), else its outlet. */
export function sourceOf(sentence: string, article: Article, outlets: Set<string>): { key: string; name: string; credited: boolean } {
  const own = article.outlet ?? article.id;
  const credit = creditOf(sentence, outlets, sourceKey(own));
  if (credit) return { key: sourceKey(credit), name: credit, credited: true };
  // A wire agency's copy, opening with its dateline ("MOSCOW (Reuters) —"): the agency reported
  // it. A credit line alone ("AFP contributed reporting", a photo credit) is not enough: the
  // outlet wrote the story.
  const wire = wireDateline(article.text.slice(0, 200));
  if (wire) return { key: sourceKey(wire), name: wire, credited: sourceKey(wire) !== sourceKey(own) };
  return { key: sourceKey(own), name: own, credited: false };
}

/**
 * How many independent sources back a fact, from its supporting sentences: each as `own` (the
 * source of its article: its outlet, or the agency of a wire copy) and `source` (what the
 * sentence counts as: `sourceOf`). A sentence that credits another organisation ties its
 * article's own source to that organisation: the outlet relays it, so the two are one voice for
 * this fact. Independent sources are the groups of sources so tied (connected components): two
 * copies of one agency's story, one of which credits a third organisation, are one source, not
 * two; an outlet quoting Reuters and Reuters itself are one. Linear in the sentences.
 */
export function independentSources(entries: ReadonlyArray<{ own: string; source: string }>): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Path compression keeps the chains short.
    for (let y = x; parent.get(y) !== r; ) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const { own, source } of entries) {
    add(own);
    add(source);
    const a = find(own);
    const b = find(source);
    // The smaller key becomes the root, so the result never depends on the order of the entries.
    if (a !== b) a < b ? parent.set(b, a) : parent.set(a, b);
  }
  let n = 0;
  for (const [x, p] of parent) if (x === p) n++;
  return n;
}

/**
 * A sentence counts as evidence of copying when it has at least this many words: short ones
 * ("He declined to comment.", "The cause is under investigation.") are written alike by
 * reporters working apart.
 */
const COPY_SENTENCE_WORDS = 8;
/**
 * Two articles are copies of one report (one agency's wire text run by two outlets, or one
 * outlet's story republished) when at least this share of the shorter one's long sentences, and
 * at least COPY_MIN_SHARED of them, appear word for word (case, accents and punctuation folded)
 * in the other. Outlets trim a wire story at its end and rewrite its headline or lead, so not
 * all; reporters working apart share a quote and its attribution sentence now and then, but not
 * half of what they write.
 */
const COPY_SHARE = 0.5;
const COPY_MIN_SHARED = 2;
/**
 * How many later articles of each sentence's posting list an article is compared with: one wire
 * sentence carried by hundreds of articles would otherwise make the pairs quadratic. Copies of
 * one report still end in one group through their neighbours in the list.
 */
const COPY_WINDOW = 16;

/**
 * Groups of articles that are copies of one report, as a map from each article id to the id of
 * the first article (in the order given) of its group; an article copying no other maps to
 * itself. Exact sentence keys and a bounded window over each key's articles keep it linear in
 * the sentences.
 */
export function reportCopies(articles: ReadonlyArray<{ id: string; text: string; sentences: ReadonlyArray<{ start: number; end: number }> }>): Map<string, string> {
  const postings = new Map<string, number[]>();
  const longCount = articles.map(() => 0);
  articles.forEach((a, i) => {
    const seen = new Set<string>();
    for (const s of a.sentences) {
      const words = fold(a.text.slice(s.start, s.end)).match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length < COPY_SENTENCE_WORDS) continue;
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      longCount[i]++;
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const shared = new Map<number, number>();
  const n = articles.length;
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length && y <= x + COPY_WINDOW; y++) {
        const k = list[x] * n + list[y];
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Pairs in key order, and the earlier article always the root: the groups never depend on the
  // order a Map was filled in.
  for (const [k, c] of [...shared].sort((p, q) => p[0] - q[0])) {
    const i = Math.floor(k / n);
    const j = k % n;
    if (c < COPY_MIN_SHARED || c < COPY_SHARE * Math.min(longCount[i], longCount[j])) continue;
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) ri < rj ? (parent[rj] = ri) : (parent[ri] = rj);
  }
  return new Map(articles.map((a, i) => [a.id, articles[find(i)].id]));
}
