/**
 * Quotes across articles: each quote gets its speaker as an entity id, versions of one statement
 * are grouped across outlets (verbatim, trimmed, or worded differently), every version is
 * diffed word by word against the longest one, and a statement that outlets attribute to
 * different speakers is flagged. Each group counts the independent sources that carry it
 * (sources.ts): copies of one report (an agency's text run by several outlets), one outlet's
 * articles, and outlets relaying an interview another organisation credits ("told Reuters") are
 * one source each, so "carried by several outlets" means reported apart, not copied.
 */
// The array diff module alone (a documented subpath of the package): the entry point loads all
// 19 of its modules (patches, JSON, CSS diffs) that Parallax never uses.
import { diffArrays } from 'diff/lib/diff/array.js';
import type { DiffOp, DossierQuote, QuoteGroup } from '../core/dossier-schema.js';
import type { AnnotatedArticle, Quote } from '../core/schema.js';
import { Affinity } from './match/affinity.js';
import type { EntityIndex } from './entities/entities.js';
import { articleOrder, contentStems, fold, STOP, stem, tokens, uniqArticles } from './words/lex.js';
import { independentSources, reportCopies, sourceKey, sourceOf } from './facts/sources.js';
import { compiledOnce } from '../core/regex.js';

/** A word of folded text, with its apostrophe suffix ("don't"). */
const FOLDED_WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

export interface QuoteResult {
  quotes: DossierQuote[];
  groups: QuoteGroup[];
}

interface Item {
  q: DossierQuote;
  /** What the quote counts as for independent support (sources.ts): its article's own source and the source its sentence credits, with the article's group of copies. */
  support: Array<{ own: string; source: string }>;
  words: string[];
  stems: Set<string>;
  /** Stems of the quote's capitalised words after its first: names ("Clinton", "American"). */
  names: Set<string>;
}

// Versions of one statement share a run of words even when one is trimmed ("restore and
// redefine the nature of …" inside the full sentence): four words in a row and three shared
// content words make two quotes one statement, whoever they are attributed to (which is how a
// differing attribution is caught). Below that, "unity and stability" in two quotes is as likely
// a stock phrase as the same statement.
const MIN_RUN = 4;
const MIN_SHARED = 3;
// A statement translated differently shares few runs; it is still one statement when the same
// named speaker says it and the versions share half their content words or match as sentences.
const SAME_SPEAKER_OVERLAP = 0.5;
/**
 * Quotes credited to two different people are one statement only when they are the same words:
 * most of the shorter version (this share, at least VERBATIM_MIN_WORDS words) is one run of the
 * longer. That is the misattribution a speaker conflict reports ("the mayor said" / "the fire
 * chief said" of one sentence). A shared stock phrase ("we are going to make sure that") in
 * the mouths of two people is two statements: merging them would put words in someone's mouth.
 * The share is the one speaker conflicts use (conflicts.ts SAME_STATEMENT_RUN).
 */
const VERBATIM_SHARE = 0.6;
const VERBATIM_MIN_WORDS = 8;

/**
 * How many quotes later in each stem's posting list a quote is compared with. Below it every
 * pair sharing a stem is compared; a stem carried by more quotes (hundreds of articles, or a
 * text repeating one quote) would make the pairs quadratic.
 */
const POSTING_WINDOW = 128;
/**
 * Words of a quote that the longest-run test reads: a run decides within the first few
 * sentences of a quote, and the test's cost is the product of the two lengths.
 */
export const RUN_WORDS = 400;

function sharedCount(a: Set<string>, b: Set<string>): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of s) if (l.has(x)) n++;
  return n;
}

/**
 * Length of the longest run of identical words (within the first RUN_WORDS of each), or any
 * length ≥ `enough` as soon as one is found (the caller only asks whether a run reaches it).
 */
export function longestRun(a: string[], b: string[], enough = Infinity): number {
  if (a.length > RUN_WORDS) a = a.slice(0, RUN_WORDS);
  if (b.length > RUN_WORDS) b = b.slice(0, RUN_WORDS);
  let best = 0;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] > best) best = cur[j];
    }
    if (best >= enough) return best;
    [prev, cur] = [cur, prev];
  }
  return best;
}

/** The entity a quote's speaker refers to: the name under the speaker span, else the resolved name. */
/**
 * A speaker described through another's possessive ("Brekke's deputy", "the mayor's spokesman"):
 * the possessed noun spoke, not the owner. Overlap with the owner's name must not give the words
 * to the owner (a "different speakers" group, and at worst a speaker card, against an outlet that
 * names the deputy; review of session 20). A name after the description ("Brekke's deputy, Tor
 * Vik") is the speaker.
 */
const POSSESSED_SPEAKER = /^(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*['’]s?\s+(?=\p{Ll})/u;

/**
 * A speaker that is a common noun a name premodifies ("the Biden administration", "a Trump
 * campaign spokesman", "the Harbour Council press office"): the head noun spoke, and a person's
 * name in front of it only says whose administration or campaign it is. Overlap with the name's
 * mention gave the words to the person (a statement of "the Biden administration" credited to
 * Joe Biden, who may not have said it; and a "different speakers" group against an outlet that
 * names the spokesman). The span must end in the lower-case head: a name after it ("Trump
 * campaign spokesman Tim Murtaugh") is the speaker, as before.
 */
const PREMODIFIED_SPEAKER = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*){0,3}$/u;

function speakerOf(q: Quote, article: string, ents: EntityIndex): string | null {
  if (q.speaker && PREMODIFIED_SPEAKER.test(q.speaker.text)) {
    const hit = ents.at(article, q.speaker.start, q.speaker.end);
    if (hit && ents.get(hit)?.type === 'person') return null;
  }
  const owned = q.speaker ? POSSESSED_SPEAKER.exec(q.speaker.text) : null;
  if (q.speaker && owned && /['’]s?\s+$/.test(owned[0])) {
    const rest = q.speaker.text.slice(owned[0].length);
    const name = /\p{Lu}/u.exec(rest);
    if (!name) return null;
    const from = q.speaker.start + owned[0].length + name.index;
    return ents.at(article, from, q.speaker.end) ?? null;
  }
  if (q.speaker) {
    const hit = ents.at(article, q.speaker.start, q.speaker.end);
    if (hit) return hit;
  }
  if (q.speakerName) return ents.byName(q.speakerName, article);
  if (q.speaker && /^\p{Lu}/u.test(q.speaker.text)) return ents.byName(q.speaker.text, article);
  return null;
}

/**
 * The entity of a quote's outer source (`Quote.via`), as a field to spread into the record: only
 * a via that names an entity of the story and is not the speaker's own (a speaker conflict reads
 * it: two outlets naming the two levels of one nested report do not disagree).
 */
function viaOf(q: Quote, article: string, ents: EntityIndex): { via?: string } {
  if (!q.via) return {};
  const id = ents.at(article, q.via.start, q.via.end) ?? (/^\p{Lu}/u.test(q.via.text) ? ents.byName(q.via.text, article) : null);
  return id && id !== speakerOf(q, article, ents) ? { via: id } : {};
}

/** Stems of the capitalised words of a quote other than its first (names, demonyms, titles). */
function nameStems(text: string): Set<string> {
  const out = new Set<string>();
  let first = true;
  for (const t of tokens(text)) {
    // A capital after a sentence end inside the quote is the sentence's, not a name's.
    const capital = /^\p{Lu}/u.test(text.slice(t.start, t.end)) && !/[.!?]["'”’)]?\s*$/u.test(text.slice(Math.max(0, t.start - 4), t.start));
    if (capital && !first && !STOP.has(t.norm) && !/^\d+$/.test(t.norm)) out.add(stem(t.norm));
    first = false;
  }
  return out;
}

function wordsOf(text: string): string[] {
  return fold(text).match(compiledOnce(FOLDED_WORD)) ?? [];
}

/** `copyOf`: the articles' copy groups (sources.ts `reportCopies`), when the caller has them already. */
export function buildQuotes(articles: AnnotatedArticle[], ents: EntityIndex, copyOf: Map<string, string> = reportCopies(articles)): QuoteResult {
  const items: Item[] = [];
  const outletKeys = new Set(articles.map((a) => sourceKey(a.outlet ?? a.id)));
  for (const a of articles) {
    const own = sourceOf('', a, outletKeys).key;
    // Copies of one report are tied through a key of their group (the first copy's id), which
    // no outlet or agency key can equal.
    const report = `\u0000copy:${copyOf.get(a.id) ?? a.id}`;
    const sentences = [...a.sentences].sort((x, y) => x.start - y.start);
    for (const q of [...a.quotes].sort((x, y) => x.start - y.start)) {
      // A scare quote ("the so-called “deal”") is nobody's statement: not a quote to compare.
      if (q.scare) continue;
      // The sentence the quote starts in: a credit there ("…," Smith told Reuters) makes the
      // quote that organisation's report.
      let lo = 0;
      let hi = sentences.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid].start <= q.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const sentence = at >= 0 ? a.text.slice(sentences[at].start, sentences[at].end) : '';
      items.push({
        support: [
          { own, source: sourceOf(sentence, a, outletKeys).key },
          { own, source: report },
        ],
        q: {
          id: `q${items.length + 1}`,
          group: '',
          speaker: speakerOf(q, a.id, ents),
          text: q.text,
          article: a.id,
          start: q.start,
          end: q.end,
          speakerText: q.speaker?.text ?? null,
          attribution: q.attribution,
          partial: q.partial,
          ...viaOf(q, a.id, ents),
        },
        words: wordsOf(q.text),
        stems: new Set(contentStems(q.text)),
        names: nameStems(q.text),
      });
    }
  }

  // Union-find over quote pairs that share enough content words; candidates come from an
  // inverted index on content stems, so unrelated quotes are never compared.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // The speakers (entity ids) of each group, kept at its root: a group never gathers two
  // different speakers through a chain of near versions (A by X ~ B unattributed ~ C by Y),
  // only through a pair that is one statement word for word (see VERBATIM_SHARE).
  const speakersOf = items.map((it) => new Set<string>(it.q.speaker ? [it.q.speaker] : []));
  const union = (i: number, j: number): void => {
    const ri = find(i);
    const rj = find(j);
    parent[rj] = ri;
    for (const s of speakersOf[rj]) speakersOf[ri].add(s);
    speakersOf[rj].clear();
  };
  /** True when joining the groups of i and j would bring together speakers who are not all one person. */
  const mixesSpeakers = (i: number, j: number): boolean => {
    const a = speakersOf[find(i)];
    const b = speakersOf[find(j)];
    if (a.size === 0 || b.size === 0) return false;
    for (const s of b) if (!a.has(s)) return true;
    for (const s of a) if (!b.has(s)) return true;
    return false;
  };
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const s of it.stems) {
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  // Built only if a pair needs it (most quote pairs are decided by shared runs of words).
  let aff: Affinity | null = null;
  const affinity = (): Affinity => (aff ??= new Affinity(items.map((it) => it.q.text)));
  // Candidate cap: a quote meets the next POSTING_WINDOW quotes of each of its stems (cursor =
  // its own place in each posting list); versions of one statement still end in one group
  // through their neighbours. Pairs already in one group are not compared again.
  const cursor = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const shared = new Set<number>();
    for (const s of items[i].stems) {
      const list = postings.get(s)!;
      const pos = cursor.get(s) ?? 0;
      cursor.set(s, pos + 1);
      for (let x = pos + 1; x < list.length && x <= pos + POSTING_WINDOW; x++) shared.add(list[x]);
    }
    for (const j of [...shared].sort((x, y) => x - y)) {
      if (find(i) === find(j)) continue;
      const a = items[i];
      const b = items[j];
      // Counted on the sets: a window may have cut a posting list short. Shared names do not
      // count: two statements about one person or country share them ("… the Clinton Gore
      // administration in check" / "bad economic advice from the Clinton Gore administration",
      // two speakers), so only shared wording makes one statement. A short quote repeated word
      // for word still joins by its run (below).
      const n = sharedCount(a.stems, b.stems) - sharedCount(a.names, b.names);
      const run = longestRun(a.words, b.words, n >= MIN_SHARED ? MIN_RUN : Infinity);
      // A short quote repeated word for word ("No one will be shielded from responsibility")
      // is one statement even with few content words.
      let same = run >= MIN_RUN && (n >= MIN_SHARED || run >= 0.8 * Math.min(a.words.length, b.words.length));
      if (!same && (n < MIN_SHARED || b.stems.size < MIN_SHARED)) continue;
      if (!same && a.q.speaker !== null && a.q.speaker === b.q.speaker) {
        const overlap = n / Math.min(a.stems.size, b.stems.size);
        same = overlap >= SAME_SPEAKER_OVERLAP || affinity().score(i, j) >= 1;
      }
      if (!same) continue;
      if (mixesSpeakers(i, j)) {
        // Different people: only the same words, said by two different named speakers, join.
        const short = Math.min(a.words.length, b.words.length);
        const need = Math.max(MIN_RUN, Math.ceil(VERBATIM_SHARE * Math.min(short, RUN_WORDS)));
        // Never two speakers of one article: an outlet that gives the same words to two people
        // in one text means it (one echoes the other, or both signed one letter); a
        // misattribution is a disagreement between outlets.
        const verbatim =
          a.q.speaker !== null && b.q.speaker !== null && a.q.speaker !== b.q.speaker && a.q.article !== b.q.article && short >= VERBATIM_MIN_WORDS && (run >= need || longestRun(a.words, b.words, need) >= need);
        if (!verbatim) continue;
      }
      union(i, j);
    }
  }

  const byRoot = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(it);
    else byRoot.set(r, [it]);
  });
  // Groups in order of first appearance; ids follow that order.
  const roots = [...byRoot.keys()].sort((a, b) => a - b);
  const groups: QuoteGroup[] = [];
  for (const r of roots) {
    const members = byRoot.get(r)!;
    const id = `qg${groups.length + 1}`;
    for (const m of members) m.q.group = id;
    groups.push(makeGroup(id, members));
  }
  // Widely carried statements first (by independent sources, then articles), then order of appearance.
  groups.sort((a, b) => (b.sources ?? 0) - (a.sources ?? 0) || b.articles.length - a.articles.length || Number(a.id.slice(2)) - Number(b.id.slice(2)));
  return { quotes: items.map((i) => i.q), groups };
}

function makeGroup(id: string, members: Item[]): QuoteGroup {
  const ref = [...members].sort((a, b) => b.words.length - a.words.length || articleOrder(a.q.article, b.q.article) || a.q.start - b.q.start)[0];
  const speakers: Array<string | null> = [];
  for (const m of members) if (!speakers.includes(m.q.speaker)) speakers.push(m.q.speaker);
  const named = speakers.filter((s): s is string => s !== null);
  const counts = new Map<string, number>();
  for (const m of members) if (m.q.speaker) counts.set(m.q.speaker, (counts.get(m.q.speaker) ?? 0) + 1);
  const speaker = [...counts].sort((a, b) => b[1] - a[1] || named.indexOf(a[0]) - named.indexOf(b[0]))[0]?.[0] ?? null;
  const sources = independentSources(members.flatMap((m) => m.support));
  const diffs = members
    .filter((m) => m !== ref)
    .map((m) => {
      const ops = wordDiff(ref.q.text, m.q.text);
      return { quote: m.q.id, identical: ops.every((o) => o.op === 'equal'), ops };
    });
  return {
    id,
    speaker,
    speakers,
    // Outlets name different speakers only when two remain once the outer sources are set aside:
    // a speaker one member records as its `via` (the report, or the person, another outlet's
    // speaker spoke through) is a level of one report, not a second person claimed to have said
    // it — as the speaker card reads it (conflicts.ts speakerConflicts).
    speakerDisagreement: new Set(named.filter((s) => !members.some((m) => m.q.via === s))).size > 1,
    quotes: members.map((m) => m.q.id),
    articles: uniqArticles(members.map((m) => m.q.article)),
    sources,
    reference: ref.q.id,
    diffs,
  };
}

/**
 * Word-level difference from `ref` to `other`, ignoring case, accents and punctuation (outlets
 * restyle those; the words are what a reader checks). Ops carry the original spelling.
 */
export function wordDiff(ref: string, other: string): DiffOp[] {
  const a = surfaceWords(ref);
  const b = surfaceWords(other);
  const parts = diffArrays(
    a.map((w) => w.key),
    b.map((w) => w.key),
  );
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const n = p.count ?? p.value.length;
    let text: string;
    if (p.added) {
      text = b.slice(j, j + n).map((w) => w.text).join(' ');
      j += n;
    } else if (p.removed) {
      text = a.slice(i, i + n).map((w) => w.text).join(' ');
      i += n;
    } else {
      text = b.slice(j, j + n).map((w) => w.text).join(' ');
      i += n;
      j += n;
    }
    ops.push({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text });
  }
  return ops;
}

function surfaceWords(s: string): Array<{ key: string; text: string }> {
  return (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((w) => ({ key: fold(w), text: w }));
}
