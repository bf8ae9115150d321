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
 *
 * The second half reads one person given two given names that are not alike ("Daniel Rosenberg"
 * in two reports, "David Rosenberg" in a third, the group's lawyer in all three): entity linking
 * keeps two names apart, rightly, since two given names are two people as often as not (a father
 * and a son, two officials of one family name), so the other name stages compare the two as two
 * people and stay silent unless their words around the names match. They are one person here
 * only by construction (findNamesakes):
 * - one family name (the last word, folded), two given names the name lexicons know, neither a
 *   nickname of the other (linked as one person already; two spellings of one name that linking
 *   keeps apart, "Lynn" / "Lynne", are compared here too, the card saying one may be misspelt), no
 *   generational suffix ("Jr.", "III": father and son) on either, and not of two sexes (a wife and
 *   a husband: "Anna" / "Peter");
 * - no article names both (an article naming both tells of two people), and no sentence of either
 *   name (or the sentence after it) speaks of kin ("his son", "her brother"; not "the family"
 *   alone: "a lawyer for the family");
 * - one role: each name carries a description (a title before it, an appositive after or before
 *   it, definite or not: "the group's lawyer", "a lawyer for the group") and the two descriptions
 *   share a head (the role noun, not the body it serves nor a modifier: "the company's founder" /
 *   "the company's chief executive" and "a local nurse" / "a local teacher" are two roles) and a
 *   body or a place ("the group's", "of Ohio": a title alone, "Sen." / "Sen.", is many people's); descriptions naming two different bodies or places (capitalised words
 *   and none in common: "D-Wash." / "R-N.J.", "of Ohio" / "of Texas") are two people;
 * - one act: the two names' sentences report the same thing (content words, names left out, as
 *   swaps.ts: Dice ≥ 0.3 and three stems shared), in reports at most a week apart.
 * Always `possible`. Linear: people indexed by family name, each family's people capped.
 */
import type { Claim, Conflict } from '../../core/dossier-schema.js';
import type { AnnotatedArticle } from '../../core/schema.js';
import type { EntityIndex } from '../entities/entities.js';
import { givenSex, knownGiven, nicknamesOf } from '../entities/entities.js';
import { aboutText, loneReport, type ArticleMeta } from './conflicts.js';
import { findSwappedOrders } from './name-order.js';
import { articleOrder, cmp, contentStems, dice, editDistance, fold, nameTokens, sentenceAt, uniqArticles } from '../words/lex.js';

/** The sentence of `a` holding `start` (or the 200 characters from it), with its text. */
export function sentenceIn(a: AnnotatedArticle, start: number): { start: number; end: number; text: string } {
  const s = sentenceAt(a.sentences, start) ?? { start, end: Math.min(a.text.length, start + 200) };
  return { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

/**
 * A possible name card of two sides (the name rules of this module and name-order.ts): the
 * outlier is read from every side's sentences, the card is about the lead span's sentence.
 */
export function possibleNameCard(
  id: string,
  claims: Claim[],
  evidence: Array<{ article: string; text: string }>,
  lead: { start: number; end: number; sentence: { start: number; end: number; text: string } },
  meta: Map<string, ArticleMeta>,
  why: string,
): Conflict {
  return { id, kind: 'name', about: aboutText(lead), claims, outliers: loneReport(claims, evidence, meta), facts: [], confidence: 'possible', why };
}

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
        const sentenceOf = (art: string, start: number) => sentenceIn(byId.get(art)!, start);
        const evidence = claims.flatMap((c) => c.spans.map((s) => ({ article: s.article, text: sentenceOf(s.article, s.start).text })));
        const lead = claims[0].spans[0];
        out.push(
          possibleNameCard(
            `c${offset + out.length + 1}`,
            claims,
            evidence,
            { start: lead.start, end: lead.end, sentence: sentenceOf(lead.article, lead.start) },
            meta,
            `${claims[0].articles.join(', ')} and ${claims[1].articles.join(', ')} give one person, ${e.name}, two given names (“${claims[0].value}” / “${claims[1].value}”), alike but not one name spelt two ways, and no report writes both; one may be a slip, or they may be two relatives, so check.`,
          ),
        );
      }
    }
  }
  // Two given names not alike for one person of one role and one act (see the module header).
  out.push(...findNamesakes(articles, ents, offset + out.length, meta, taken));
  // One name's two words written in opposite orders (name-order.ts).
  out.push(...findSwappedOrders(articles, ents, offset + out.length, meta, taken));
  return out;
}

/** People of one family name compared at most (a story of many Kims says nothing of one person; bounds the work). */
const MAX_NAMESAKES = 8;
/** Sentences report the same thing (as swaps.ts SAME_REPORT_*). */
const SAME_REPORT_DICE = 0.3;
const SAME_REPORT_SHARED = 3;
/** Reports further apart may tell of two people of one name in two events (as swaps.ts). */
const FOLLOW_UP_DAYS = 7;
/** Words of kin: a sentence that says them tells of a family, whose members share the family name. */
// Not "family" or "relatives" alone: "a lawyer for the family" tells of no two kin of one name.
const KIN = /\b(?:son|sons|daughters?|father|mother|parents?|brothers?|sisters?|wife|husband|widow(?:er)?|uncle|aunt|nephew|niece|cousins?|grand(?:son|daughter|father|mother|child(?:ren)?)|twins?|siblings?|married|stepson|stepdaughter|in-law)\b/i;
/** A description after a name, definite or not, closed by a comma, a clause mark or a reporting verb: ", a lawyer for the group,". */
const DESCRIBED_AFTER = /^\s*,\s*((?:the|a|an|its|his|her|their)\s+[^,;:()"“”\d]{2,80}?)(?=\s*(?:[,;:(]|\.\s|\.$|$|\s(?:who|which|that|said|says|told)\b))/iu;
/** A description before a name, opening its clause: "The group's lawyer, X", "Its lawyer, X". */
const DESCRIBED_BEFORE = /(?:^|[,;:(]\s*)((?:the|a|an|its|his|her|their)\s+[^,;:()"“”\d]{2,80}),\s*$/iu;
/** "… of Ohio", "… of the Ardel Police" right after a name: whose or where the person is. */
const OF_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}/u;
/** Words in a description that say nothing of a role: honorifics (anyone's), and words of any clause. */
const NO_ROLE = new Set(contentStems('also new one said says told years old year-old miss sir prof professor rev reverend father dame lord lady sheikh'));

/**
 * A description's role: its head (the last content word: "executive" of "chief executive") and all
 * its words. Two descriptions are of one role when the head of one is a word of the other ("chief
 * executive" / "chief executive officer"); a shared modifier ("a local nurse" / "a local teacher",
 * "former") or a shared body ("the company's founder" / "the company's chief executive", "the
 * team's captain" / "the team's goalkeeper": a father and a son, two players) is no one role.
 */
interface Role {
  head: string | null;
  words: Set<string>;
}
const roleOf = (stems: string[]): Role => ({ head: stems.length ? stems[stems.length - 1] : null, words: new Set(stems) });
/** The possessor opening a description ("the company's", "the Ardel police's") and the complement closing it ("for the group", "of the club"). */
const POSSESSOR = /^(?:the|a|an|its|his|her|their)\s+(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+['’]s?\s+/iu;
const COMPLEMENT = /\s+(?:for|of|at|with|from|in|on|to|representing|who|which|that)\s.*$/isu;
const roleCore = (desc: string): string => desc.replace(COMPLEMENT, '').replace(POSSESSOR, '');
/** The role words two uses share: a head of one that is a word of the other. */
function sharedRole(x: Role[], y: Role[]): string[] {
  const out = new Set<string>();
  for (const r of x) for (const q of y) {
    if (r.head !== null && q.words.has(r.head)) out.add(r.head);
    if (q.head !== null && r.words.has(q.head)) out.add(q.head);
  }
  return [...out];
}

/** Does the sentence at `pos`, or the one after it, speak of kin (KIN)? Two binary searches. */
function kinNear(a: AnnotatedArticle, pos: number): boolean {
  const s = sentenceAt(a.sentences, pos);
  if (!s) return false;
  let lo = 0;
  let hi = a.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.sentences[mid].start < s.end) lo = mid + 1;
    else hi = mid;
  }
  const next = a.sentences[lo];
  return KIN.test(a.text.slice(s.start, s.end)) || (next !== undefined && KIN.test(a.text.slice(next.start, next.end)));
}

interface Namesake {
  entity: string;
  article: string;
  start: number;
  end: number;
  given: string;
  text: string;
  sentence: { start: number; end: number; text: string };
  /** The description's content stems, and the capitalised words it holds (bodies and places it names). */
  role: Role[];
  /** The descriptions' other words: the body or the place the role is of. */
  body: Set<string>;
  /** The descriptions as written, for the card. */
  described: string;
  names: Set<string>;
  stems: Set<string>;
}

/** One person of one family name given two given names that are not alike (see the module header); ids from `offset + 1`. */
function findNamesakes(articles: AnnotatedArticle[], ents: EntityIndex, offset: number, meta: Map<string, ArticleMeta>, taken: Set<string>): Conflict[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Each article's mentions in order of start (their index kept), so that the mentions inside a
  // span are found by binary search: scanning every mention of the article for each mention of a
  // person was quadratic in an article's mentions (session 23 review).
  const ordered = new Map<string, Array<{ m: AnnotatedArticle['mentions'][number]; i: number }>>();
  const orderOf = (a: AnnotatedArticle): Array<{ m: AnnotatedArticle['mentions'][number]; i: number }> => {
    let o = ordered.get(a.id);
    if (!o) {
      o = a.mentions.map((m, i) => ({ m, i })).sort((x, y) => x.m.start - y.m.start || x.i - y.i);
      ordered.set(a.id, o);
    }
    return o;
  };
  /** The article's mentions that lie within [from, to], in the article's own order. */
  const within = (a: AnnotatedArticle, from: number, to: number): Array<{ m: AnnotatedArticle['mentions'][number]; i: number }> => {
    const o = orderOf(a);
    let lo = 0;
    let hi = o.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (o[mid].m.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Array<{ m: AnnotatedArticle['mentions'][number]; i: number }> = [];
    for (let k = lo; k < o.length && o[k].m.start <= to; k++) if (o[k].m.end <= to) out.push(o[k]);
    return out;
  };
  const bySurname = new Map<string, Array<{ e: (typeof ents.entities)[number]; uses: Namesake[] }>>();
  for (const e of ents.entities) {
    if (e.type !== 'person') continue;
    const uses: Namesake[] = [];
    let blocked = false;
    let surname: string | null = null;
    for (const m of e.mentions) {
      const a = byId.get(m.article);
      if (!a) continue;
      const text = a.text.slice(m.start, m.end);
      const all = nameTokens(text);
      if (all.some((t) => SUFFIX.has(t))) blocked = true;
      // Kin in any sentence of the person, the family name alone included ("Hale said"), or in the
      // sentence after it, where a pronoun carries the person on ("He took over from his father").
      if (kinNear(a, m.start)) blocked = true;
      if (all.length < 2) continue;
      const given = all[0];
      const sur = all[all.length - 1];
      if (given.length < 3 || !/^\p{L}+$/u.test(given) || sur.length < 3) continue;
      if (surname !== null && surname !== sur) blocked = true;
      surname = sur;
      const s = sentenceAt(a.sentences, m.start);
      if (!s) continue;
      // The annotator's own mention, for the title it reads before the name.
      const am = within(a, m.start, m.end).sort((x, y) => x.i - y.i).find((x) => x.m.start === m.start && x.m.end === m.end)?.m;
      const sentence = { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
      // The descriptions and their spans: the annotator's title before the name, "of X" after it,
      // an appositive after or before it.
      const descs: Array<[number, number]> = [];
      if (am?.role) descs.push([am.role.start, am.role.end]);
      // Where the person is of ("Gov. John Smith of Ohio") is part of the description.
      const of = OF_AFTER.exec(a.text.slice(m.end, Math.min(s.end, m.end + 60)));
      if (of) descs.push([m.end, m.end + of[0].length]);
      const after = DESCRIBED_AFTER.exec(a.text.slice(m.end, Math.min(s.end, m.end + 120)));
      if (after) descs.push([m.end + after[0].length - after[1].length, m.end + after[0].length]);
      const head = am?.role?.start ?? m.start;
      const from = Math.max(s.start, head - 120);
      const before = DESCRIBED_BEFORE.exec(a.text.slice(from, head));
      if (before) descs.push([from + before.index + before[0].indexOf(before[1]), from + before.index + before[0].indexOf(before[1]) + before[1].length]);
      const nameStems = new Set(within(a, s.start, s.end).sort((x, y) => x.i - y.i).flatMap((x) => contentStems(x.m.text)));
      const keep = (w: string): boolean => !NO_ROLE.has(w) && !nameStems.has(w);
      // The role is each description's head, not its body or its modifiers: the annotator's
      // title whole, an appositive without its possessor ("the company's") and its complement
      // ("for the group"); "of X" after a name says where, not what (its names are read below).
      const roles: Role[] = [];
      if (am?.role) roles.push(roleOf(contentStems(a.text.slice(am.role.start, am.role.end)).filter(keep)));
      for (const [x, y] of descs.slice(am?.role ? 1 : 0)) {
        if (of && x === m.end && y === m.end + of[0].length) continue;
        roles.push(roleOf(contentStems(roleCore(a.text.slice(x, y))).filter(keep)));
      }
      const role = roles.filter((r) => r.head !== null);
      // What the role is of: every other word of the descriptions, names included ("the group's",
      // "for the family", "of Ohio").
      const heads = new Set(role.map((r) => r.head));
      const body = new Set(descs.flatMap(([x, y]) => contentStems(a.text.slice(x, y))).filter((w) => !NO_ROLE.has(w) && !heads.has(w)));
      // The bodies and places the descriptions name: the annotator's mentions inside them.
      const inDescs = new Map<number, AnnotatedArticle['mentions'][number]>();
      for (const [p, q] of descs) for (const x of within(a, p, q)) if (x.m !== am) inDescs.set(x.i, x.m);
      const names = new Set([...inDescs].sort((x, y) => x[0] - y[0]).map(([, x]) => fold(x.text).replace(/^the\s+/, '')));
      const stems = new Set(contentStems(sentence.text).filter((w) => !nameStems.has(w)));
      uses.push({ entity: e.id, article: m.article, start: m.start, end: m.end, given, text, sentence, role, body, described: descs.map(([x, y]) => a.text.slice(x, y).trim()).join(', '), names, stems });
    }
    if (blocked || !surname || !uses.length) continue;
    const list = bySurname.get(surname) ?? [];
    list.push({ e, uses });
    bySurname.set(surname, list);
  }
  const days = (x: string, y: string): number => {
    const p = meta.get(x)?.published;
    const q = meta.get(y)?.published;
    return p && q ? Math.abs(Date.parse(p) - Date.parse(q)) / 86_400_000 : 0;
  };
  const out: Conflict[] = [];
  for (const surname of [...bySurname.keys()].sort(cmp)) {
    const people = bySurname.get(surname)!;
    if (people.length < 2 || people.length > MAX_NAMESAKES) continue;
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const [p, q] = [people[i], people[j]];
        // No article names both: an article naming both tells of two people.
        if (p.e.articles.some((a) => q.e.articles.includes(a))) continue;
        const gp = [...new Set(p.uses.map((u) => u.given))];
        const gq = [...new Set(q.uses.map((u) => u.given))];
        if (gp.length !== 1 || gq.length !== 1) continue;
        const [g1, g2] = [gp[0], gq[0]];
        if (g1 === g2 || !knownGiven(g1) || !knownGiven(g2)) continue;
        // Given names of two sexes are two people (a wife and a husband, a sister and a brother):
        // a slip of a given name keeps the person's sex ("Daniel" / "David").
        const [s1, s2] = [givenSex(g1), givenSex(g2)];
        if (s1 && s2 && s1 !== s2) continue;
        // A nickname is linked as one person. Two spellings of one sound, or two alike names
        // (Lynn / Lynne, Brian / Bryant), are read by the first half when entity linking joins
        // them; when it keeps them apart, as it does two names the lexicons both know (issue #10:
        // "Lynn" / "Lynne" of one principal, missed in an unseen reading), they are namesakes
        // like any other here, under the same role and act tests: one may be a misspelling.
        if (nicknamesOf(g1)?.has(g2) || nicknamesOf(g2)?.has(g1)) continue;
        const spelt = soundKey(g1) === soundKey(g2) || slipOfGivenName(g1, g2);
        // One role and one act: a pair of uses with descriptions sharing a role word, naming no
        // two different bodies or places, in sentences that report the same thing within a week.
        let best: { x: Namesake; y: Namesake; d: number; shared: string[] } | null = null;
        for (const x of p.uses) {
          for (const y of q.uses) {
            const shared = sharedRole(x.role, y.role);
            if (!shared.length) continue;
            // A title alone ("Sen." / "Sen.") is held by many at once (two senators, cousins, of
            // one family name): the role is one only of one body or place ("the group's lawyer" /
            // "a lawyer for the group"; "Gov. … of Ohio").
            if (![...x.body].some((w) => y.body.has(w) && !shared.includes(w))) continue;
            if (x.names.size && y.names.size && ![...x.names].some((w) => y.names.has(w))) continue;
            const d = dice(x.stems, y.stems);
            if (d.dice < SAME_REPORT_DICE || d.shared < SAME_REPORT_SHARED) continue;
            if (days(x.article, y.article) > FOLLOW_UP_DAYS) continue;
            if (!best || d.dice > best.d) best = { x, y, d: d.dice, shared: shared.sort(cmp) };
          }
        }
        if (!best) continue;
        const side = (uses: Namesake[]): Claim => {
          const arts = uniqArticles(uses.map((u) => u.article));
          return {
            value: uses[0].text,
            normalized: `${uses[0].given} ${surname}`,
            articles: arts,
            spans: uses.map((u) => ({ article: u.article, start: u.start, end: u.end })).sort((x, y) => articleOrder(x.article, y.article) || x.start - y.start),
          };
        };
        const claims = [side(p.uses), side(q.uses)].sort((x, y) => y.articles.length - x.articles.length || articleOrder(x.articles[0], y.articles[0]));
        const pairs = [claims.map((c) => c.normalized), [p.e.name, q.e.name]].map((vs) => vs.slice().sort(cmp).join('|'));
        if (pairs.some((k) => taken.has(k))) continue;
        taken.add(pairs[0]);
        const evidence = [...p.uses, ...q.uses].map((u) => ({ article: u.article, text: u.sentence.text }));
        const lead = best.y;
        out.push(possibleNameCard(`c${offset + out.length + 1}`, claims, evidence, { start: lead.start, end: lead.end, sentence: lead.sentence }, meta, `${claims[0].articles.join(', ')} and ${claims[1].articles.join(', ')} give one person two given names (“${claims[0].value}” / “${claims[1].value}”): one family name, descriptions of one role (“${best.x.described}” / “${best.y.described}”), in sentences that report the same thing (they share ${Math.round(best.d * 100)}% of their content words, names left out), and no report names both; ${spelt ? 'the two given names are alike, so one may be misspelt, or they may be two relatives' : 'they may be two relatives'}, so check.`));
      }
    }
  }
  return out;
}
