/**
 * One person's two names written in the other order (issue #10, missed in an unseen reading: a
 * bomber named "Jermaine Lindsay" by some reports and "Lindsey Germaine" by another). A reporter
 * who takes a person's surname for the given name writes the two words swapped, often respelt as
 * the other word's usual given-name spelling; entity linking keeps the two apart (no word in
 * common), so every other name comparison reads two people and stays silent. This module owns
 * that one construction: two-word names of people whose words, compared by sound, are the other
 * name's words in the other order.
 *
 * Faithful before complete, so every condition errs on silence and the card is always `possible`:
 * - only names of exactly two words (a title, particles and a generational suffix read over), the
 *   two words unlike each other ("Lee Lee" is no order);
 * - the words match by sound (given-names.ts soundKey, with "g" before e, i or y read as "j":
 *   Germaine / Jermaine, Lindsey / Lindsay), so a respelling is read as the same word;
 * - in one of the two orders both words are given names the lexicons know (entities.ts
 *   knownGiven), one of them one the US birth counts give mostly to one sex (givenSex): the swap
 *   is the reporter's confusion of which word is the given name, which only a name made of two
 *   given-name words invites ("Grant Taylor" / "Taylor Grant"). Names written family name first by
 *   convention ("Wang Li" / "Li Wang", "Yao Ming") are of words the counts give no sex, and a
 *   convention is no contradiction;
 * - no article writes both orders (an article that does may tell of two people, or correct itself).
 * An outlier is named only by loneReport's rule (two independent reports against one).
 * Linear in the mentions of people: names indexed by their unordered pair of sound keys.
 */
import type { Claim, Conflict } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import type { EntityIndex } from '../entities/entities.js';
import { givenSex, knownGiven } from '../entities/entities.js';
import type { ArticleMeta } from './conflicts.js';
import { possibleNameCard, sentenceIn, soundKey } from './given-names.js';
import { articleOrder, cmp, editDistance, nameTokens, uniqArticles } from '../words/lex.js';

/** Generational suffixes after a surname: no word of the name's order. */
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A word by sound, "g" before a front vowel read as "j" (Germaine / Jermaine). */
const wordKey = (w: string): string => soundKey(w.toLowerCase().replace(/g(?=[eiy])/g, 'j'));
/** A word's spelling read as it sounds where English spells one sound two ways ("g"/"j", "c"/"k", "ph"/"f"). */
const spelling = (w: string): string => w.toLowerCase().replace(/g(?=[eiy])/g, 'j').replace(/ph/g, 'f').replace(/c(?=[aou]|$)/g, 'k');
/**
 * Two words one reporter may have written for each other: one sound key (wordKey) and at most one
 * letter apart once spelt as they sound (Lindsay / Lindsey, Germaine / Jermaine). The sound key
 * alone drops every vowel, so it also joins unlike names ("Neil" / "Noel", "Lee" / "Lowe", "Ryan" /
 * "Rowan"), and "Neil Martin" / "Martin Noel", two people quoted by two reports, were read as one
 * name swapped (a false card on invented text).
 */
const respelt = (a: string, b: string): boolean => wordKey(a) === wordKey(b) && editDistance(spelling(a), spelling(b)) <= 1;

interface Form {
  article: string;
  start: number;
  end: number;
  text: string;
  words: [string, string];
  /** The two words' sound keys, in the order written. */
  keys: [string, string];
}

/** Both words given names the lexicons know, one of them one the birth counts give mostly to one sex. */
const givenWords = (f: Form): boolean => f.words.every((w) => knownGiven(w)) && f.words.some((w) => givenSex(w) !== undefined);

/** Name cards for two-word names written in both orders; ids from `offset + 1`; `taken` (value pairs, sorted, "|"-joined) is skipped and extended. */
export function findSwappedOrders(articles: AnnotatedArticle[], ents: EntityIndex, offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Names by their unordered pair of sound keys: the two orders of one name meet in one bucket.
  const buckets = new Map<string, Form[]>();
  for (const e of ents.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) {
      const a = byId.get(m.article);
      if (!a) continue;
      const text = a.text.slice(m.start, m.end);
      const words = nameTokens(text).filter((t) => !SUFFIX.has(t));
      if (words.length !== 2 || words.some((w) => w.length < 3 || !/^\p{L}+$/u.test(w))) continue;
      const keys: [string, string] = [wordKey(words[0]), wordKey(words[1])];
      if (keys[0] === keys[1]) continue;
      const bucket = [...keys].sort(cmp).join('|');
      const list = buckets.get(bucket) ?? [];
      list.push({ article: m.article, start: m.start, end: m.end, text, words: [words[0], words[1]], keys });
      buckets.set(bucket, list);
    }
  }
  const out: Conflict[] = [];
  for (const bucket of [...buckets.keys()].sort(cmp)) {
    const forms = buckets.get(bucket)!;
    // The two orders: the first key sorted first, or second.
    const [k0] = bucket.split('|');
    const sides0 = [forms.filter((f) => f.keys[0] === k0), forms.filter((f) => f.keys[0] !== k0)];
    if (!sides0[0].length || !sides0[1].length) continue;
    // No article writes both orders (read over every form of the bucket).
    const arts0 = sides0.map((s) => uniqArticles(s.map((f) => f.article)));
    if (arts0[0].some((a) => arts0[1].includes(a))) continue;
    // Only forms whose words are respellings of some form of the other order's words (respelt),
    // compared once per distinct spelling of the name (a bucket holds every mention).
    const spelt = (side: Form[]): Form[] => [...new Map(side.map((f) => [f.words.join(' '), f])).values()];
    const swappedOf = (f: Form, g: Form): boolean => respelt(f.words[0], g.words[1]) && respelt(f.words[1], g.words[0]);
    const [d0, d1] = [spelt(sides0[0]), spelt(sides0[1])];
    const ok0 = new Set(d0.filter((f) => d1.some((g) => swappedOf(f, g))).map((f) => f.words.join(' ')));
    const ok1 = new Set(d1.filter((f) => d0.some((g) => swappedOf(f, g))).map((f) => f.words.join(' ')));
    const sides = [sides0[0].filter((f) => ok0.has(f.words.join(' '))), sides0[1].filter((f) => ok1.has(f.words.join(' ')))];
    if (!sides[0].length || !sides[1].length) continue;
    if (!sides.some((s) => s.some(givenWords))) continue;
    const arts = sides.map((s) => uniqArticles(s.map((f) => f.article)));
    const sentenceOf = (art: string, start: number) => sentenceIn(byId.get(art)!, start);
    const claims: Claim[] = sides
      .map((s, i) => {
        const first = arts[i].map((art) => s.find((f) => f.article === art)!);
        return {
          value: first[0].text,
          normalized: first[0].words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' '),
          articles: arts[i],
          spans: first.map((f) => ({ article: f.article, start: f.start, end: f.end })).sort((x, y) => articleOrder(x.article, y.article) || x.start - y.start),
        };
      })
      .sort((x, y) => y.articles.length - x.articles.length || articleOrder(x.articles[0], y.articles[0]));
    const key = claims.map((c) => c.normalized).sort(cmp).join('|');
    if (taken.has(key)) continue;
    taken.add(key);
    const evidence = claims.flatMap((c) => c.spans.map((s) => ({ article: s.article, text: sentenceOf(s.article, s.start).text })));
    const lead = claims[0].spans[0];
    out.push(possibleNameCard(`c${offset + out.length + 1}`, claims, evidence, { start: lead.start, end: lead.end, sentence: sentenceOf(lead.article, lead.start) }, meta, `${claims[0].articles.join(', ')} and ${claims[1].articles.join(', ')} write one name's two words in opposite orders (“${claims[0].value}” / “${claims[1].value}”), and no report writes both: one may have taken the family name for the given name, so check which is the person's name.`));
  }
  return out;
}
