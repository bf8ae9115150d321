/**
 * Who a person is, as the outlets describe them: a `name` conflict when one article gives, to a
 * person it alone names, once in the whole story, a description that other articles give to one
 * other person of the story ("Harbour College professor X" / "Y, a Harbour College professor";
 * "X, a Velmoran harbour board member from Port Ardel" / "harbour board member Y of Port Ardel").
 * Owns reading a person's description in its construction — the words right before the name
 * (the annotator's title and the lower-case noun phrase it ends: "conservative board member"),
 * where the person is from ("Y of Port Ardel"), and an appositive after or before the name ("X,
 * a conservative from Port Ardel,") — and aligning two mentions by it (issue #10: claims, not
 * sentences: the description is the claim's participant, whatever the sentences around it say).
 *
 * Independent of sentence alignment: the story's people are indexed by the stems of their
 * descriptions (candidate retrieval, never all pairs of mentions). Precision before recall, so
 * every rule errs on the side of silence, and every such conflict is only `possible`:
 * - the lone name is named once, by one article (a participant the story knows is not renamed);
 * - the two descriptions share at least DESCRIPTION_SHARED content stems, titles and party labels
 *   left out ("Democratic Sen. X of Ohio" / "Democratic Sen. Y of Ohio" share one: a state has two
 *   senators), and most of the shorter one (DESCRIPTION_DICE);
 * - one person of the story fits the description clearly best (DESCRIPTION_MARGIN more shared
 *   stems than any other person: two people fitting it alike make it a class, "a board member",
 *   not one person);
 * - when both descriptions name one office (roles.ts), it is the office of the same body: two
 *   associations' executive directors are two people;
 * - the lone article does not give a matching description to the other person too (then it knows
 *   two people described alike);
 * - the two names share no name word in any spelling.
 * Reports months apart are compared too (a topic collection spans months, and who a person is
 * changes slowly), but the card says so: an office may have passed to someone else.
 */
import type { Claim, Conflict } from '../core/dossier-schema.js';
import type { AnnotatedArticle, Mention } from '../core/schema.js';
import { loneReport, type ArticleMeta } from './conflicts.js';
import type { EntityIndex } from './entities.js';
import { articleOrder, cmp, contentStems, fold, mentionsWithSentences, STOP, uniqArticles } from './lex.js';
import { qualifierFit, readOffice } from './roles.js';
import { shareNameWord } from './slots.js';

/** Shared description stems two mentions need to be one person (see the module header). */
const DESCRIPTION_SHARED = 3;
/**
 * Share of the shorter description the shared stems must make (shared / size of the smaller set):
 * a long appositive ("a professor of health and human development who …") shares the short
 * title ("professor") but holds more; the title must be mostly inside it.
 */
const DESCRIPTION_COVER = 0.6;
/** Shared stems by which the best-fitting person must lead every other (see the module header). */
const DESCRIPTION_MARGIN = 2;
/** People of the story carrying one stem compared at most (a documented cap: "police" on every page). */
const MAX_POSTING = 60;
/** Words before a name read as its description, at most. */
const MAX_BEFORE_WORDS = 6;
/** Words of an appositive read as a description, at most (a longer one is a clause). */
const MAX_APPOSITIVE_WORDS = 12;
const FOLLOW_UP_DAYS = 7;
/**
 * Titles, honorifics and party labels: many people carry them at once ("Rep.", "Sen.",
 * "Democratic"), so they say nothing of which person is meant and are not counted as shared.
 */
const GENERIC = new Set(
  contentStems(
    'rep reps sen sens gov govs mr mrs ms dr prof sir rev gen col lt sgt capt cmdr adm dame lord lady democrat democrats democratic republican republicans gop r d i ind n y former late then new ' +
      // Epithets describe the holder's standing, which many share ("the incumbent", "veteran").
      'incumbent veteran embattled longtime long-time prominent popular current sitting influential powerful controversial'
  ),
);
/**
 * Heads of relational descriptions: "a Cardoso ally", "his lawyer", "a spokesman for the ministry"
 * describe a relation many people have to someone, not one person: such a part is not read.
 */
const RELATIONAL = new Set(contentStems('ally allies aide aides adviser advisers advisor advisors friend friends supporter supporters critic critics rival rivals opponent opponents lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson relative relatives associate associates'));
/** A reporting verb or a function word ends the words read before a name. */
const BEFORE_STOP = new Set([...STOP, 'said', 'says', 'told', 'according', 'added', 'asked', 'wrote', 'by', 'with', 'for', 'from', 'to', 'of', 'and', 'or', 'but', 'that', 'when', 'while', 'after', 'before']);
/** A party-and-state tag or a parenthesis between a name and its appositive ("X, R-N.Y., chairman", "X (D-Ohio), the …"). */
const TAG_AFTER = /^(?:\s*,?\s*\(?[RDI]-[A-Z][\p{L}.]{0,6}\)?(?=\s*,))?\s*(?:\([^)]{0,40}\)\s*)?/u;
/** Where a person is from, right after the name: "of Arkansas City", "of Long Island". */
const FROM_AFTER = /^\s+of\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/u;
/** An appositive after the name (after any tag): ", a conservative from Arkansas City," up to the next clause break. */
const APPOSITIVE_AFTER = /^,\s*((?:the\s+|an?\s+)?[^,;:()"“”]{2,120}?)(?=\s*(?:[,;:(]|\.\s|\.$|$|\s(?:who|which|that|said|says|told|has|had|have|is|was|will|would)\b))/iu;
/** An appositive before the name, opening its clause: "the committee's chairman, X". */
const APPOSITIVE_BEFORE = /(?:^|[,;:(]\s*)((?:the|an?)\s+[^,;:()"“”]{2,90}),\s*$/i;

interface Described {
  article: string;
  entity: string;
  mention: Mention;
  /** The description as written (for the card), and its parts. */
  text: string;
  parts: string[];
  stems: Set<string>;
  sentence: { start: number; end: number; text: string };
}

/** The description words of a person mention (see the module header); empty when it has none. */
export function describe(a: AnnotatedArticle, m: Mention, s: { start: number; end: number }): string[] {
  const parts: string[] = [];
  const head = m.role?.start ?? m.start;
  // Words right before the name (and its title), back to a clause break or a function word:
  // "Not for Kansas board member X" → "Kansas board member".
  const lead = a.text.slice(Math.max(s.start, head - 80), head);
  const words: string[] = [];
  for (const w of lead.split(/\s+/).filter(Boolean).reverse()) {
    if (/[,;:()"“”]$/.test(w) || words.length >= MAX_BEFORE_WORDS) break;
    const clean = fold(w).replace(/[^\p{L}\p{N}.-]/gu, '');
    if (!clean || BEFORE_STOP.has(clean)) break;
    words.unshift(w);
    if (/^[,;:("“]/.test(w)) break;
  }
  // A noun phrase: two words or more, ending in a lower-case noun right before the name ("board
  // member X"); one word before a name is as often a verb ("highlighted X") or another name.
  if (words.length >= 2 && /^\p{Ll}/u.test(words[words.length - 1])) parts.push(words.join(' '));
  if (m.role) parts.push(a.text.slice(m.role.start, m.role.end));
  const rest = a.text.slice(m.end, Math.min(s.end, m.end + 200));
  const from = FROM_AFTER.exec(rest);
  if (from) parts.push(`of ${from[1]}`);
  const tag = TAG_AFTER.exec(from ? rest.slice(from[0].length) : rest);
  const afterTag = (from ? rest.slice(from[0].length) : rest).slice(tag ? tag[0].length : 0);
  const app = APPOSITIVE_AFTER.exec(afterTag);
  // A clause after the comma ("X, and in August the board approved …") is no appositive: it
  // opens with a determiner or a content word, never with a conjunction or preposition.
  const first = app ? fold(app[1].split(/\s+/)[0]) : '';
  if (app && app[1].split(/\s+/).length <= MAX_APPOSITIVE_WORDS && (/^(?:the|an?)$/.test(first) || !BEFORE_STOP.has(first))) parts.push(app[1]);
  const before = APPOSITIVE_BEFORE.exec(a.text.slice(Math.max(s.start, head - 120), head));
  if (before && before[1].split(/\s+/).length <= MAX_APPOSITIVE_WORDS) parts.push(before[1]);
  return parts;
}

/** Content stems of a description, titles, epithets and party labels left out, and the person's own name words; relational parts are not read. */
function stemsOf(parts: string[], own: Set<string>): Set<string> {
  const head = (p: string): string => {
    // The head noun: the last content word before a post-modifier ("spokesman for the ministry").
    const st = contentStems(p.split(/\s+(?:of|for|to|at|with|from|in)\s+/i)[0]);
    return st[st.length - 1] ?? '';
  };
  return new Set(parts.filter((p) => !RELATIONAL.has(head(p))).flatMap((p) => contentStems(p)).filter((w) => !GENERIC.has(w) && !own.has(w) && w.length > 1));
}

function overlap(a: Set<string>, b: Set<string>): { shared: number; cover: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const small = Math.min(a.size, b.size);
  return { shared, cover: small ? shared / small : 0 };
}

const matches = (a: Set<string>, b: Set<string>): boolean => {
  const o = overlap(a, b);
  return o.shared >= DESCRIPTION_SHARED && o.cover >= DESCRIPTION_COVER;
};

/** Both descriptions name one office (roles.ts readOffice) of different bodies: two holders, not one person. */
function otherBody(x: Described, y: Described): boolean {
  for (const px of x.parts) {
    const ox = readOffice(px);
    if (!ox) continue;
    for (const py of y.parts) {
      const oy = readOffice(py);
      if (oy && oy.office === ox.office && qualifierFit(ox.qualifier, oy.qualifier) === 'different') return true;
    }
  }
  return false;
}

function daysApart(x: ArticleMeta | undefined, y: ArticleMeta | undefined): number {
  const a = x?.published ? Date.parse(x.published) : NaN;
  const b = y?.published ? Date.parse(y.published) : NaN;
  return Number.isNaN(a) || Number.isNaN(b) ? 0 : Math.abs(a - b) / 86_400_000;
}

/** Description conflicts of a story; ids continue from `offset`; `taken` holds value pairs already raised (names sorted, "|"-joined) and is extended. */
export function findDescriptorConflicts(articles: AnnotatedArticle[], ents: EntityIndex, offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const described: Described[] = [];
  for (const a of articles) {
    for (const { mention: m, sentence: s } of mentionsWithSentences(a)) {
      if (m.end > s.end) continue;
      const id = ents.at(a.id, m.start, m.end);
      const e = id ? ents.get(id) : undefined;
      // The entity decides the type: one mention typed otherwise ("Abrams, a veterinarian" read as
      // an organisation) is still the person.
      if (!id || !e || e.type !== 'person') continue;
      const parts = describe(a, m, s);
      if (!parts.length) continue;
      const own = new Set(e.aliases.flatMap((al) => contentStems(al.text)));
      const stems = stemsOf(parts, own);
      if (stems.size < DESCRIPTION_SHARED) continue;
      described.push({ article: a.id, entity: id, mention: m, text: parts.join(', '), parts, stems, sentence: { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) } });
    }
  }
  // The story's people (named by at least two articles), indexed by description stems.
  const storyPerson = (id: string): boolean => (ents.get(id)?.articles.length ?? 0) >= 2;
  const postings = new Map<string, number[]>();
  described.forEach((d, i) => {
    if (!storyPerson(d.entity)) return;
    for (const st of d.stems) {
      const list = postings.get(st) ?? [];
      if (list.length < MAX_POSTING) list.push(i);
      postings.set(st, list);
    }
  });
  const out: Conflict[] = [];
  for (const x of described) {
    const ex = ents.get(x.entity)!;
    // Named once, by one article: nobody else in the story knows this person.
    if (ex.articles.length !== 1 || ex.mentions.length !== 1) continue;
    const shared = new Map<number, number>();
    for (const st of x.stems) for (const j of postings.get(st) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const alike = [...shared.keys()].sort((p, q) => p - q).map((j) => described[j]).filter((y) => y.entity !== x.entity && matches(x.stems, y.stems));
    // The lone article describes another person of the story alike too (even as another body's
    // office: "Senate Appropriations Committee Chairman X … Y, chairman of the House
    // Appropriations Committee"): it knows two such people.
    if (alike.some((y) => y.article === x.article)) continue;
    const fit0 = alike.filter((y) => !otherBody(x, y));
    // One person of the story fits the description clearly best, or it describes a class of people.
    const best = new Map<string, number>();
    for (const y of fit0) best.set(y.entity, Math.max(best.get(y.entity) ?? 0, overlap(x.stems, y.stems).shared));
    const ranked = [...best].sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]));
    if (!ranked.length || (ranked.length > 1 && ranked[1][1] > ranked[0][1] - DESCRIPTION_MARGIN)) continue;
    const fit = fit0.filter((y) => y.entity === ranked[0][0]);
    const ey = ents.get(ranked[0][0])!;
    if (shareNameWord(ex, ey)) continue;
    const others = fit.filter((y) => y.article !== x.article);
    if (!others.length) continue;
    const apart = others.every((y) => daysApart(meta.get(x.article), meta.get(y.article)) > FOLLOW_UP_DAYS);
    const key = [ex.name, ey.name].sort(cmp).join('|');
    if (taken.has(key)) continue;
    taken.add(key);
    // One mention per article on the other side: its first fitting one.
    const perArticle = new Map<string, Described>();
    for (const y of others) if (!perArticle.has(y.article)) perArticle.set(y.article, y);
    const side = [...perArticle.values()].sort((p, q) => articleOrder(p.article, q.article) || p.mention.start - q.mention.start);
    const value = (ds: Described[]): string => {
      const texts = new Map<string, number>();
      for (const d of ds) texts.set(d.mention.text, (texts.get(d.mention.text) ?? 0) + 1);
      return [...texts].sort((p, q) => q[1] - p[1] || cmp(p[0], q[0]))[0][0];
    };
    const claims: Claim[] = [
      { value: value(side), normalized: ey.name, articles: uniqArticles(side.map((y) => y.article)), spans: side.map((y) => ({ article: y.article, start: y.mention.start, end: y.mention.end })) },
      { value: x.mention.text, normalized: ex.name, articles: [x.article], spans: [{ article: x.article, start: x.mention.start, end: x.mention.end }] },
    ];
    const evidence = [...side, x].map((d) => ({ article: d.article, text: d.sentence.text }));
    const common = [...x.stems].filter((st) => side.some((y) => y.stems.has(st)));
    out.push({
      id: `c${offset + out.length + 1}`,
      kind: 'name',
      about: `who is described as “${side[0].text}”`,
      claims,
      outliers: loneReport(claims, evidence, meta),
      facts: [],
      confidence: 'possible',
      why: `Only ${x.article} names ${ex.name}, once, described as “${x.text}”; ${uniqArticles(side.map((y) => y.article)).join(', ')} give${side.length === 1 ? 's' : ''} that description (${common.slice(0, 6).join(', ')}) to ${ey.name}, the only person of the story described so.${apart ? ` The reports were published more than ${FOLLOW_UP_DAYS} days apart, and what the description names may have passed to someone else.` : ''} The two may be different people, so check.`,
    });
  }
  return out;
}
