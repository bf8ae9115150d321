/**
 * The state or country a person is "of" (issue #10, places by their construction): news writes a
 * person with the place they represent or come from right after the name — "Judge Alcee Hastings
 * of Florida", "Sen. Ana Ruiz of Ohio", "President Pavel Ortiz of Venezuela". One person is of one
 * such place in one story, so two reports writing the same person of two states (or two
 * countries) disagree on a place, wherever in their sentences they write it. The sentence
 * alignment rarely pairs such sentences (the place is a detail of whatever else they tell), and
 * the name and slot finders compare the person, not the place after "of".
 *
 * Faithful before complete, so always a `possible` card:
 * - only a person written with a given name and a surname (a title and one name, "King Abdullah
 *   of Jordan" / "King Abdullah of Saudi Arabia", may be two people linked as one);
 * - only "of" right after the person's name (a comma between allowed), and the place a US state
 *   or a sovereign country, both sides of one kind (a town against its state, a state against its
 *   country may both be true: "of Arkansas City" / "of Kansas"); two names of one country are one
 *   (slots.ts countriesApart);
 * - the person is one entity across the articles (entity linking), and no article writes them of
 *   both places (an article that does tells of both: born in one, elected in another);
 * - two or three versions at most; the lone report is named by loneReport's rule.
 * Linear in the mentions: one look after each person mention, grouped by entity.
 */
import type { Claim, Conflict, Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle, Mention } from '../../core/schema.js';
import type { EntityIndex } from '../entities/entities.js';
import { loneReport, type ArticleMeta } from './conflicts.js';
import { countriesApart, sovereign } from './slots.js';
import { US_STATES } from './places-datelines.js';
import { articleOrder, cmp, mentionsWithSentences, nameTokens, uniqArticles } from '../words/lex.js';

/** "of" right after a name, a comma allowed before it, then the place ("Hastings of Florida", "Ortiz, of Peru"). */
const OF_AFTER = /^\s*,?\s*of\s+(?:the\s+)?$/;

interface PersonPlace {
  article: string;
  person: string;
  place: Mention;
  kind: 'state' | 'country';
  key: string;
  sentence: string;
}

/** A place read as a US state or a sovereign country (its entity's written names), or null. */
function readPlace(e: Entity): { kind: 'state' | 'country'; key: string } | null {
  const names = e.aliases.map((a) => a.text.replace(/^the\s+/i, ''));
  const state = names.find((n) => US_STATES.has(n));
  // "Georgia" is a state and a country: a name that may be either is neither here.
  if (state && !sovereign(e)) return { kind: 'state', key: state };
  if (!state && sovereign(e)) return { kind: 'country', key: e.name };
  return null;
}

export function findPersonPlaceConflicts(articles: AnnotatedArticle[], ents: EntityIndex, offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const byPerson = new Map<string, PersonPlace[]>();
  for (const a of articles) {
    const list = mentionsWithSentences(a);
    for (let i = 0; i + 1 < list.length; i++) {
      const { mention: p, sentence: s } = list[i];
      const { mention: q } = list[i + 1];
      if (p.type !== 'person' || q.type !== 'place' || q.end > s.end) continue;
      // A given name and a surname: a title and one name ("King Abdullah of Jordan", "King
      // Abdullah of Saudi Arabia") may be two people the entity stage cannot tell apart.
      if (nameTokens(p.text).length < 2) continue;
      if (!OF_AFTER.test(a.text.slice(p.end, q.start))) continue;
      // The place closes the phrase: "of Florida," or "of Florida." — not "of Florida State University".
      if (!/^(?:\s*[,;:)]|\.(?![\p{L}\p{N}])|\s+(?:[\p{Ll}]|$)|$)/u.test(a.text.slice(q.end, q.end + 3))) continue;
      const pid = ents.at(a.id, p.start, p.end);
      const qid = ents.at(a.id, q.start, q.end);
      const pe = pid ? ents.get(pid) : undefined;
      const qe = qid ? ents.get(qid) : undefined;
      if (!pid || !pe || pe.type !== 'person' || !qe) continue;
      const read = readPlace(qe);
      if (!read) continue;
      byPerson.set(pid, [...(byPerson.get(pid) ?? []), { article: a.id, person: pid, place: q, ...read, sentence: a.text.slice(s.start, s.end) }]);
    }
  }
  const out: Conflict[] = [];
  for (const [pid, uses] of [...byPerson].sort((x, y) => cmp(x[0], y[0]))) {
    const keys = [...new Set(uses.map((u) => u.key))];
    if (keys.length < 2 || keys.length > 3) continue;
    // An article writing the person of two places tells of both.
    const perArticle = new Map<string, Set<string>>();
    for (const u of uses) perArticle.set(u.article, (perArticle.get(u.article) ?? new Set()).add(u.key));
    if ([...perArticle.values()].some((k) => k.size > 1)) continue;
    const sides = keys.map((k) => uses.filter((u) => u.key === k));
    const kind = sides[0][0].kind;
    if (!sides.every((s) => s[0].kind === kind)) continue;
    if (kind === 'country' && !countriesApart(keys.map((k) => sides.find((s) => s[0].key === k)!).map((s) => ({ id: s[0].key, name: s[0].key, type: 'place', aliases: [{ text: s[0].key }] }) as unknown as Entity))) continue;
    const names = keys.slice().sort(cmp).join('|');
    if (taken.has(names)) continue;
    taken.add(names);
    const claims: Claim[] = sides
      .map((s) => {
        const one = new Map<string, PersonPlace>();
        for (const u of s) if (!one.has(u.article)) one.set(u.article, u);
        const list = [...one.values()];
        return {
          value: list[0].place.text,
          normalized: list[0].key,
          articles: uniqArticles(list.map((u) => u.article)),
          spans: list.map((u) => ({ article: u.article, start: u.place.start, end: u.place.end })).sort((p, q) => articleOrder(p.article, q.article) || p.start - q.start),
        };
      })
      .sort((p, q) => q.articles.length - p.articles.length || articleOrder(p.articles[0], q.articles[0]) || cmp(p.normalized, q.normalized));
    const person = ents.get(pid)!.name;
    out.push({
      id: `c${offset + out.length + 1}`,
      kind: 'place',
      about: `${person} of ${claims[0].value}`,
      claims,
      outliers: loneReport(claims, uses.map((u) => ({ article: u.article, text: u.sentence })), meta),
      facts: [],
      confidence: 'possible',
      why: `The reports write ${person} of ${claims.map((c) => `${c.value} (${c.articles.join(', ')})`).join(' and of ')}: one person is of one ${kind === 'state' ? 'state' : 'country'} in a story, unless they tell of two ties to places, so check.`,
    });
  }
  return out;
}
