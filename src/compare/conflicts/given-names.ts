/**
 * One person, two given names (issue #10: "Brian Dalton" in one report, "Bryant Dalton" in
 * another, the same man in the same role). Entity linking joins the two full names (one surname,
 * given names alike enough to be one man's, sameGiven), so every other name comparison sees one
 * entity and stays silent; this stage reads the person's own full names instead: when the
 * articles that write the full name split into two groups, each writing its own given name and
 * none writing both, the given name is a value the reports disagree on.
 *
 * Two given names are two values only when they are two names, not one name written two ways:
 * - both are given names the name lexicons know (entities.ts knownGiven: US birth counts, the
 *   nickname table), so a romanised name in two spellings (Sergei/Sergey, Ahmad/Ahmed) is no card;
 * - neither is a nickname of the other (Bill/William, Chuck/Charles; a short form, not two full
 *   names the nickname table happens to pair: slipOfGivenName);
 * - their sounds differ (soundKey: vowels, doubled letters and the usual spelling pairs c/k, ph/f,
 *   v/f, z/s folded): Brian/Bryan, Marc/Mark, Steven/Stephen, Eric/Erik are one name spelt two ways;
 * - and they are alike (same first letter, at most two edits apart): a misheard or mistyped name of
 *   one person. Given names far apart (George / Bill Clinton) are what a wrong entity merge
 *   produces, not what one reporter writes for another's, so they are left alone.
 * An article that writes both names tells of two people (a father and a son, two brothers), and
 * silences the pair. Always `possible`; an outlier is named only by loneReport's rule (two
 * independent reports against one). Linear in the mentions of people.
 */
import type { Claim, Conflict } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import type { EntityIndex } from '../entities/entities.js';
import { knownGiven, nicknamesOf } from '../entities/entities.js';
import { aboutText, loneReport, type ArticleMeta } from './conflicts.js';
import { articleOrder, cmp, editDistance, nameTokens, sentenceAt, uniqArticles } from '../words/lex.js';

/** Generational suffixes and the like after a surname: no part of the surname. */
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Edits two given names may be apart and still be a slip for one another (Brian/Bryant: 2). */
const ALIKE_EDITS = 2;

/**
 * A given name as it sounds, for telling a spelling variant from another name: lower case, the
 * usual English spelling pairs folded (ph/v → f, ck/c before a back vowel or at the end → k, z →
 * s), then vowels (and y, h, w after the first letter) and doubled letters dropped.
 */
export function soundKey(w: string): string {
  let s = w.toLowerCase().replace(/[^a-z]/g, '');
  s = s.replace(/ph/g, 'f').replace(/v/g, 'f').replace(/ck/g, 'k').replace(/c(?=[aou]|$)/g, 'k').replace(/z/g, 's');
  if (!s) return w;
  const first = /[aeiouy]/.test(s[0]) ? 'a' : s[0];
  return first + s.slice(1).replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
}

/** Two given names that are two names one reporter may have written for the other's (see the module header). */
export function slipOfGivenName(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0]) return false;
  if (!knownGiven(a) || !knownGiven(b)) return false;
  // A nickname and its formal name are one person's (Bill/William, Rick/Rich). The nickname table
  // also pairs some full names of their own that are alike in spelling (it lists "Bryant" as a
  // form of "Brian"): a pair of two names of five letters or more, neither the start of the other
  // ("Chris"/"Christy" is a short form), is read as two names, as a nickname is a short form.
  const nick = nicknamesOf(a)?.has(b) || nicknamesOf(b)?.has(a);
  if (nick && (Math.min(a.length, b.length) < 5 || a.startsWith(b) || b.startsWith(a))) return false;
  if (soundKey(a) === soundKey(b)) return false;
  return editDistance(a, b) <= ALIKE_EDITS;
}

interface FullName {
  article: string;
  start: number;
  end: number;
  given: string;
  surname: string;
  text: string;
}

/** Given-name conflicts within one person entity; ids continue from `offset`; `taken` (value pairs, sorted, "|"-joined) is skipped and extended. */
export function findGivenNameConflicts(articles: AnnotatedArticle[], ents: EntityIndex, offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: Conflict[] = [];
  for (const e of ents.entities) {
    if (e.type !== 'person' || e.articles.length < 2) continue;
    // The person's full names: a known given name first, a surname last (titles, particles and
    // suffixes read over by nameTokens and SUFFIX).
    const full: FullName[] = [];
    for (const m of e.mentions) {
      const a = byId.get(m.article);
      if (!a) continue;
      const text = a.text.slice(m.start, m.end);
      const toks = nameTokens(text).filter((t) => !SUFFIX.has(t));
      if (toks.length < 2 || toks[0].length < 3 || !/^\p{L}+$/u.test(toks[0])) continue;
      full.push({ article: m.article, start: m.start, end: m.end, given: toks[0], surname: toks[toks.length - 1], text });
    }
    const givens = [...new Set(full.map((f) => f.given))].sort(cmp);
    if (givens.length < 2) continue;
    for (let i = 0; i < givens.length; i++) {
      for (let j = i + 1; j < givens.length; j++) {
        const [g1, g2] = [givens[i], givens[j]];
        if (!slipOfGivenName(g1, g2)) continue;
        const f1 = full.filter((f) => f.given === g1);
        const f2 = full.filter((f) => f.given === g2);
        // One surname on both sides: the same family name with another given name.
        const sur = new Set(f1.map((f) => f.surname));
        const f2s = f2.filter((f) => sur.has(f.surname));
        if (!f2s.length) continue;
        const f1s = f1.filter((f) => f2s.some((g) => g.surname === f.surname));
        const a1 = uniqArticles(f1s.map((f) => f.article));
        const a2 = uniqArticles(f2s.map((f) => f.article));
        // An article writing both names tells of two people (relatives): no slip.
        if (a1.some((a) => a2.includes(a))) continue;
        const side = (fs: FullName[], arts: string[]): Claim => {
          const first = arts.map((a) => fs.find((f) => f.article === a)!);
          return {
            value: first[0].text,
            normalized: `${fs[0].given} ${fs[0].surname}`,
            articles: arts,
            spans: first.map((f) => ({ article: f.article, start: f.start, end: f.end })).sort((x, y) => articleOrder(x.article, y.article) || x.start - y.start),
          };
        };
        const claims = [side(f1s, a1), side(f2s, a2)].sort((x, y) => y.articles.length - x.articles.length || articleOrder(x.articles[0], y.articles[0]));
        const values = claims.map((c) => c.value).sort(cmp).join('|');
        if (taken.has(values)) continue;
        taken.add(values);
        const sentenceOf = (art: string, start: number): { start: number; end: number; text: string } => {
          const a = byId.get(art)!;
          const s = sentenceAt(a.sentences, start) ?? { start, end: Math.min(a.text.length, start + 200) };
          return { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
        };
        const evidence = claims.flatMap((c) => c.spans.map((s) => ({ article: s.article, text: sentenceOf(s.article, s.start).text })));
        const outliers = loneReport(claims, evidence, meta);
        const lead = claims[0].spans[0];
        out.push({
          id: `c${offset + out.length + 1}`,
          kind: 'name',
          about: aboutText({ start: lead.start, end: lead.end, sentence: sentenceOf(lead.article, lead.start) }),
          claims,
          outliers,
          facts: [],
          confidence: 'possible',
          why: `${claims[0].articles.join(', ')} and ${claims[1].articles.join(', ')} give one person, ${e.name}, two given names (“${claims[0].value}” / “${claims[1].value}”), alike but not one name spelt two ways, and no report writes both; one may be a slip, or they may be two relatives, so check.`,
        });
      }
    }
  }
  return out;
}
