/**
 * Place and name conflicts inside one aligned fact: the sentences of different articles that
 * report the same thing (facts.ts) fill the same slot — where it happened ("in/at X"), who holds
 * a role ("the harbour master, X"), who underwent the act ("X was arrested") — with different
 * places or people. Owns the slot extraction and the tests that keep this faithful: a false
 * conflict is worse than a missed one, so every rule below errs on the side of silence.
 *
 * Spelling variants never conflict: values are compared as cross-article entities
 * (entities.ts: Hmeimim = Khmeimim, Ahmad = Ahmed al-Sharaa), and two values sharing a name word
 * in any spelling ("Port Ardel" / "Ardel") are taken for one referent written two ways.
 */
import type { Claim, Conflict, Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle, ArticleSpan, Mention } from '../../core/schema.js';
import { COUNTRY_KEY, COUNTRY_OF_DEMONYM, PLACES, placeLevel, US_STATE_OF_ABBREVIATION, WIDE_PLACE_NAMES } from '../../annotate/lexicon/places.js';
import { LEARNED_REPORTING_VERBS } from '../../annotate/lexicon/reporting-verbs.js';
import { aboutText, loneReport, type ArticleMeta } from './conflicts.js';
import { daysDiffer, sentenceDays } from './sentence-days.js';
import { officesOf, officesOfOtherCountries } from './roles.js';
import type { EntityIndex } from '../entities/entities.js';
import type { FactSentence } from '../facts/facts.js';
import { articleOrder, cmp, contentStems, datelineLength, editDistance, fold, nameTokens, sameNameToken, sentenceAt, skeleton, stem, uniqArticles } from '../words/lex.js';
import { compiledOnce } from '../../core/regex.js';
import { nicknamed } from './swaps.js';
import { toldOfOtherTimes, toldOfPastYear } from './past-years.js';

/** Two names alike but for a plural "s" at the end of some of their words ("Comoros Islands" / "Comoro Islands"). */
export function pluralOnly(a: string, b: string): boolean {
  const wa = fold(a).split(/\s+/);
  const wb = fold(b).split(/\s+/);
  if (wa.length !== wb.length || fold(a) === fold(b)) return false;
  return wa.every((w, i) => w === wb[i] || w === `${wb[i]}s` || wb[i] === `${w}s`);
}

/** Entities a sentence may name and still relate them (namedTogetherIn). */
const MAX_TOGETHER = 8;

/** Letters two names may differ by and still be one name spelled two ways (see the place and name cards below). */
const NEAR_SPELLING = 2;

/** Two names a letter or two apart: one name spelled two ways, or two alike names (NEAR_SPELLING). */
export function nearSpelling(a: string, b: string): boolean {
  return editDistance(fold(a), fold(b)) <= NEAR_SPELLING;
}

export interface IdentifiedFact {
  id: string;
  members: FactSentence[];
}

/** One value in a slot: the entity an article's fact sentence puts there. */
interface Occurrence {
  article: string;
  entity: string;
  mention: Mention;
  sentence: { start: number; text: string };
}

/**
 * A locative phrase right before a name: "in", "at", "near", "outside", "inside" and up to four
 * lower-case words ("at the ferry terminal of", "in the port city of"). Words that start another
 * phrase ("with", "by", "for", "to", "and", "from", "on") are not allowed in between: "in talks
 * with X" names a partner, not a place. Only the nearest such phrase counts, and it must end
 * right at the name.
 */
/** A verb of birth, burial, residence or schooling right before a locative ("born in", "grew up in", "is buried in"). */
const OTHER_ROLE_BEFORE = /\b(?:born|raised|grew\s+up|buried|interred|lives|lived|resides|resided|educated|studied|schooled)\s+(?:[a-z]+\s+){0,2}?(?:in|at)\s+(?:[a-z][a-z'’-]*\s+){0,4}$/i;
/**
 * The last words of titles whose "of" names a domain (roles.ts SINGLE_OFFICES and a few titles of
 * many holders): "president of X", "governor of X", "king of X", "minister of X",
 * "ambassador of X". A place right after one and "of" is the title's domain, what its holder
 * governs or represents, never where an act happened ("was sworn in as president of Dravia" is
 * no act "in Dravia": a confident false place card against "sworn in … in Olsk" on invented
 * text, session 30 review). Read here (titleDomainBefore) and by swaps.ts (titleDomain).
 */
export const TITLE_HEADS = new Set(['president', 'president-elect', 'premier', 'chancellor', 'governor', 'mayor', 'minister', 'king', 'queen', 'emperor', 'emir', 'sultan', 'pope', 'leader', 'ruler', 'ambassador', 'envoy', 'consul', 'chairman', 'chairwoman', 'chairperson', 'sheriff', 'secretary-general']);
/** Whether the words right before a name end with a title and "of" ("… as president of "). */
export function titleDomainBefore(before: string): boolean {
  const m = /([a-z][a-z-]*)\s+of\s+(?:the\s+)?$/i.exec(before.slice(-60));
  return m !== null && TITLE_HEADS.has(m[1].toLowerCase());
}
const LOCATIVE = /\b(in|at|near|outside|inside)\s+((?:(?!(?:with|by|for|to|and|or|from|on|after|before|than)\s)[a-z][a-z'’-]*\s+){0,4})$/;
/**
 * A verb, adjective or noun whose complement "in" introduces its object, right before the
 * locative: prepositional verbs and their nouns (believe in, belief in, faith in, trust in,
 * interested in, involved in, participate in, invest in, engaged in, result in, specialize in,
 * succeed in, persist in, confidence in).
 */
const IN_OBJECT_BEFORE = /\b(?:believ(?:e|es|ed|ing)|belief|beliefs|faith|trust(?:s|ed|ing)?|interest(?:s|ed)?|involv(?:e|es|ed|ing)|participat(?:e|es|ed|ing)|invest(?:s|ed|ing)?|engag(?:e|es|ed|ing)|result(?:s|ed|ing)?|speciali[sz](?:e|es|ed|ing)|succeed(?:s|ed|ing)?|persist(?:s|ed|ing)?|confidence)\s+in\s+$/i;
/** "in" ties a name to where something happened; "at the X docks" needs the head noun after the name. */
const PLACE_HEAD_NOUN = /^\s+(?:docks?|port|harbou?r|terminal|airport|airbase|base|square|market|station|quay|pier|bridge|district|area|village|town|city|camp|crossing)\b/;
/** A place followed by a comma or "and" and another capitalised name is one of a list. */
/**
 * A list comma or conjunction right before a name, or a conjunction with up to three capitalised
 * title or demonym words between ("and Russian President "). Not a comma with titles: "On Monday,
 * Gov. X said" is one person.
 */
const COORDINATED_BEFORE = /(?:(?:,|\band|\bor)\s*(?:the\s+)?|\b(?:and|or)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})$/u;
const LIST_AFTER = /^\s*(?:\([^)]{0,40}\))?\s*(?:,|and\b|or\b)\s*(?:and\s+)?\p{Lu}/u;
/**
 * A town's region in apposition ("in Amherst, New York, on Friday", "in Tampa, Fla."): a comma,
 * then a place the lexicon knows as a state, country or wider region (or a state's AP
 * abbreviation), then no further capitalised item (", Ohio, Texas and Utah" is a list). The town
 * and its region are one place, not two items of a list: the town keeps its locative slot, and the
 * region is the value of a slot of its own (`place:region`), so "Amherst, New York" against
 * "Amherst, Ohio" is a disagreement on the region, and "Amherst, New York" against "Dayton, New
 * York" one on the town. The region must be a mention of the article right after the comma.
 */
/** An article's mentions by start offset (built once per article: a lookup, never a scan per name). */
const mentionsByStart = new WeakMap<AnnotatedArticle, Map<number, Mention>>();
function mentionStartingAt(a: AnnotatedArticle, at: number): Mention | undefined {
  let byStart = mentionsByStart.get(a);
  if (!byStart) {
    byStart = new Map();
    for (const x of a.mentions) if (!byStart.has(x.start)) byStart.set(x.start, x);
    mentionsByStart.set(a, byStart);
  }
  return byStart.get(at);
}
export function regionInApposition(a: AnnotatedArticle, nameEnd: number, sentenceEnd: number): Mention | null {
  const comma = /^\s*,\s*/.exec(a.text.slice(nameEnd, Math.min(sentenceEnd, nameEnd + 6)));
  if (!comma) return null;
  const at = nameEnd + comma[0].length;
  const m = mentionStartingAt(a, at);
  if (!m || m.end > sentenceEnd) return null;
  if (m.type !== 'place') return null;
  const bare = m.text.replace(/\.$/, '');
  if (!WIDE_PLACE_NAMES.has(m.text) && !PLACES.has(m.text) && !US_STATE_OF_ABBREVIATION.has(bare) && !/^(?:\p{Lu}\.){2,3}$/u.test(m.text)) return null;
  // What follows the region closes the apposition: a comma, a clause mark, a full stop, a bracket
  // or the sentence's end ("in Gaza, Israel said" is a new clause's subject, not a region); and
  // no further capitalised item (", Texas", "and Utah": a list of places).
  const rest = a.text.slice(m.end, Math.min(sentenceEnd, m.end + 40));
  if (!/^(?:\s*[,;:)]|\.(?![\p{L}\p{N}])|\s*$)/u.test(rest)) return null;
  if (/^\.?\s*(?:,|and\b|or\b)\s*(?:and\s+)?\p{Lu}/u.test(rest)) return null;
  return m;
}
/** A region word after a name makes it a container ("Latakia province"): containment is unknowable. */
const REGION_HEAD = /\s(?:province|region|governorate|state|county|district|oblast|prefecture|parish|borough|shire)$/i;
/**
 * A place named as a region by its own head word ("Middlesex County", "Hudson County") against one
 * that is not ("Hopkinton"): the one may hold the other, so they are not two values of one slot
 * (read on a DUC 2006 dev story, a town in Massachusetts against a New Jersey county once the
 * town's ", Mass." was read as its region). Two region-headed names (two counties) stay comparable.
 */
export function regionHeadApart(a: Entity, b: Entity): boolean {
  const headed = (e: Entity): boolean => e.aliases.some((x) => REGION_HEAD.test(x.text));
  return headed(a) !== headed(b);
}
const REGION_AFTER = /^\s+(?:province|region|governorate|state|county|district|oblast|prefecture|area|coast|valley)\b/i;
/**
 * Words in a role that describe the holder rather than the office ("veteran harbour master" is
 * the harbour master): dropped before roles are compared. Words that change the office
 * ("former", "acting", "deputy", "foreign") are kept: a deputy mayor is not the mayor.
 */
const ROLE_EPITHETS = new Set(['veteran', 'embattled', 'beleaguered', 'powerful', 'influential', 'prominent', 'controversial', 'longtime', 'long-time', 'the', 'a', 'an']);
/**
 * Roles that many people hold at once, or that are relative to someone ("his sister", "a
 * spokesman", "a resident", "his lawyer"): two outlets naming two such people are naming two
 * people, not disagreeing on one office.
 */
const SHARED_ROLES = new Set(
  ('sister|brother|mother|father|son|daughter|wife|husband|partner|girlfriend|boyfriend|fiancee|fiance|cousin|uncle|aunt|nephew|niece|' +
    'grandson|granddaughter|grandmother|grandfather|friend|neighbour|neighbor|colleague|teammate|lawyer|attorney|spokesman|spokeswoman|' +
    'spokesperson|official|officer|witness|resident|member|employee|worker|student|player|fan|analyst|expert|source|relative|survivor|victim').split('|'),
);
/** Honorifics are not offices: "Mr. X" and "Mr. Y" share no slot. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'sheikh', 'sheik', 'prof', 'professor', 'lord', 'lady']);
/**
 * A person as the subject of a passive: "X was arrested", "X has been charged". The participle
 * names the act; two outlets naming different people for one act in one fact disagree on who.
 * Irregular participles news uses for such acts are listed.
 */
const PASSIVE_AFTER = /^\s*(?:,[^,]{1,60},\s*)?(?:was|were|has been|had been|is being|was being)\s+([a-z]+(?:ed|en)|shot|hit|held|caught|struck|sent|found|hurt|named|sworn)\b/;

/**
 * A person as the subject of an active verb: "X appeared to have won", "X has brokered". The verb
 * (after at most an auxiliary or an adverb-free "has/had/will") names the act; two outlets putting
 * different people before the same verb in one aligned fact disagree on who did it. The verb is
 * any lower-case word that is not a function word; reporting verbs are left out (each outlet
 * quotes whom it quotes), and so are copulas and auxiliaries alone ("X is", "X was"), whose slot
 * is whatever follows. A possessive ("X's") or a name after a preposition is no subject.
 */
const AGENT_AFTER = /^\s+(?:(?:has|have|had|will|would|could|may|might|also|then|later|reportedly|allegedly)\s+)?([a-z]{3,})\b/;
const NOT_A_VERB = new Set(
  ('and|or|but|who|whom|whose|which|that|the|for|with|from|into|was|were|has|have|had|being|been|are|not|also|can|will|would|could|may|might|must|should|did|does|' +
    'said|says|told|tells|added|asked|wrote|stated|explained|noted|argued|warned|according|insisted|declared|stressed|claimed|' +
    'himself|herself|jr|sr|his|her|their|its|who').split('|'),
);
const REPORTING_VERB_SET = new Set(LEARNED_REPORTING_VERBS);
/**
 * A place after "from" or "to" is a route's origin or goal ("bound from X to Geneva", "returned to
 * X"): one slot each. Only right before the name, with at most "the" between.
 */
const ROUTE = /\b(from|to)\s+(?:the\s+)?$/;

/** A name right after a preposition or conjunction is not the subject of what follows it. */
const OBJECT_BEFORE = /\b(?:of|with|for|to|by|from|and|or|than|whom|against|between)\s+(?:[A-Z][\w.'’-]*\s+)*$/;

/** The office of a role as compared: folded words, epithets dropped; null for honorifics only. */
export function roleKey(role: string): string | null {
  const words = fold(role)
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !ROLE_EPITHETS.has(w));
  if (words.length === 0 || words.every((w) => HONORIFICS.has(w))) return null;
  if (SHARED_ROLES.has(words[words.length - 1])) return null;
  return words.filter((w) => !HONORIFICS.has(w)).join(' ');
}

/**
 * Sentences of different articles that share most of their content words (Dice ≥ 0.3 over
 * content stems, at least three shared) but that the fact alignment did not put in one fact:
 * grouped into loose facts, where only substitutions (a name in the same words) are looked for.
 * Candidates come from an inverted index on stems; stems in more than a twentieth of the
 * sentences (and at least 20) are not indexed, so the work stays near-linear; a group of more
 * than twelve sentences has chained unrelated sentences and is dropped.
 */
const LOOSE_DICE = 0.3;
function looseFacts(articles: AnnotatedArticle[], facts: IdentifiedFact[]): IdentifiedFact[] {
  const factOf = new Map<string, string>();
  for (const f of facts) for (const m of f.members) factOf.set(`${m.article}:${m.start}`, f.id);
  const sents: Array<{ s: FactSentence; stems: Set<string> }> = [];
  articles.forEach((a, ai) => {
    for (const s of a.sentences) {
      if (!a.mentions.some((m) => m.start >= s.start && m.end <= s.end && m.type !== 'organization')) continue;
      const text = a.text.slice(s.start, s.end);
      sents.push({ s: { idx: -1, article: a.id, articleIndex: ai, start: s.start, end: s.end, text }, stems: new Set(contentStems(text)) });
    }
  });
  const df = new Map<string, number>();
  for (const x of sents) for (const st of x.stems) df.set(st, (df.get(st) ?? 0) + 1);
  const maxDf = Math.max(20, sents.length / 20);
  const postings = new Map<string, number[]>();
  sents.forEach((x, i) => {
    for (const st of x.stems) if (df.get(st)! <= maxDf) postings.set(st, [...(postings.get(st) ?? []), i]);
  });
  const parent = sents.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  sents.forEach((x, i) => {
    const shared = new Map<number, number>();
    for (const st of x.stems) for (const j of postings.get(st) ?? []) if (j > i && sents[j].s.article !== x.s.article) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (n < 3 || (2 * n) / (x.stems.size + sents[j].stems.size) < LOOSE_DICE) continue;
      const fx = factOf.get(`${x.s.article}:${x.s.start}`);
      if (fx !== undefined && fx === factOf.get(`${sents[j].s.article}:${sents[j].s.start}`)) continue;
      parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, FactSentence[]>();
  sents.forEach((x, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), x.s]);
  });
  const out: IdentifiedFact[] = [];
  for (const members of groups.values()) {
    if (members.length < 2 || members.length > 12) continue;
    out.push({ id: `loose${out.length + 1}`, members });
  }
  return out;
}

const figures = (t: string): Set<string> => new Set((t.match(/\d[\d,.]*/g) ?? []).map((f) => f.replace(/[,.]+$/, '')));
/**
 * Figures written in words, by the word they count ("nine rebounds" → rebounds: nine). Compared
 * only noun by noun: "four years" in one sentence says nothing against "1973" in the other, but
 * "nine rebounds" against "eight rebounds" is two lines.
 */
const WORD_FIGURE = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+([a-z]{3,})/gi;
function wordFigures(t: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of t.matchAll(WORD_FIGURE)) out.set(m[2].toLowerCase(), m[1].toLowerCase());
  return out;
}
/** Each sentence gives a figure the other does not (also swaps.ts): two lines of figures, not one slot. */
export function figuresApart(a: string, b: string): boolean {
  const fa = figures(a);
  const fb = figures(b);
  if ([...fa].some((f) => !fb.has(f)) && [...fb].some((f) => !fa.has(f))) return true;
  const wa = wordFigures(a);
  const wb = wordFigures(b);
  return [...wa].some(([noun, n]) => wb.has(noun) && wb.get(noun) !== n);
}

/** Reports this many days apart are follow-ups (as in conflicts.ts and swaps.ts). */
const FOLLOW_UP_DAYS = 7;
/** Some two articles of different sides were published more than FOLLOW_UP_DAYS apart. */
function followUps(sideArts: string[][], meta: Map<string, ArticleMeta>): boolean {
  const t = (a: string): number => (meta.get(a)?.published ? Date.parse(meta.get(a)!.published!) : NaN);
  for (let i = 0; i < sideArts.length; i++) {
    for (let j = i + 1; j < sideArts.length; j++) {
      for (const a of sideArts[i]) for (const b of sideArts[j]) if (Math.abs(t(a) - t(b)) / 86_400_000 > FOLLOW_UP_DAYS) return true;
    }
  }
  return false;
}

/**
 * A place named as the landmark of a relative position: after "near", "off", "outside", or a
 * bearing or distance ("140 kilometers (88 miles) west-northwest of X", "north of X", "100 miles
 * from X"). Any number of landmarks describe one point, so two of them are no contradiction
 * (read on an unseen DUC 2003 story: a typhoon "west-northwest of Dagupan City" late Friday and
 * "west-northwest of Vigan" on Saturday, both true of a moving storm, and both true of one point
 * as well). Returns the position's words (distance and bearing, folded; "" for near / off /
 * outside), or null when the place is no landmark. Bounded: read in the 60 characters before it.
 */
const LANDMARK_BEFORE = /(?:\b(near|off|outside|close to)|((?:[\d.,]+\s*(?:-\s*)?(?:miles?|kilometers?|kilometres?|km|mi|nautical miles)\s*(?:\([^()]{0,30}\)\s*)?)?(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,3}(?:ward)?\s+of|from)))\s+(?:the\s+)?(?:(?:town|city|village|port|coast|island|province|capital)\s+of\s+)?$/i;
export function landmarkPosition(text: string, start: number, from: number): string | null {
  const m = LANDMARK_BEFORE.exec(text.slice(Math.max(from, start - 60), start));
  if (!m) return null;
  if (m[1]) return '';
  // A bare "from" is a route's start ("flew from X"), not a position: only after a distance.
  if (/^from$/i.test(m[2].trim())) return null;
  return fold(m[2]).replace(/\s+/g, ' ').trim();
}

/**
 * Two names whose titles name different offices: one title is the other with more words before it
 * that are not a country's ("Assistant Attorney General X" / "Attorney General Y", "Deputy Mayor"
 * / "Mayor"). The shared words around the names are then the end of two titles, not one slot
 * filled twice (issue #10: an assistant attorney general and the attorney general were raised as
 * one office given to two people). "Brazilian President X" / "President Y" stays one office.
 */
const DEMONYMS = new Set([...COUNTRY_OF_DEMONYM.keys()].map(fold));
function otherOffice(textX: string, x: Mention, textY: string, y: Mention): boolean {
  if (!x.role || !y.role) return false;
  const wx = fold(textX.slice(x.role.start, x.role.end)).match(WORD) ?? [];
  const wy = fold(textY.slice(y.role.start, y.role.end)).match(WORD) ?? [];
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  if (short.length === 0 || short.length === long.length) return false;
  if (long.slice(long.length - short.length).join(' ') !== short.join(' ')) return false;
  const extra = long.slice(0, long.length - short.length);
  return !extra.every((w) => DEMONYMS.has(w) || PLACES.has(w[0].toUpperCase() + w.slice(1)));
}

/**
 * The person entity named right after a place's possessive title ("Spain's prime minister, Pedro
 * Lanz", "Spain's prime minister Pedro Lanz"): the first person mention starting within
 * HOLDER_REACH characters after the place in its sentence, when the place is written as a
 * possessor ("'s"). Null otherwise.
 */
const HOLDER_REACH = 48;
export function holderAfter(a: AnnotatedArticle, m: Mention, sentenceEnd: number, ents: EntityIndex): string | null {
  if (!/^['’]s\b/.test(a.text.slice(m.end, m.end + 3))) return null;
  const limit = Math.min(sentenceEnd, m.end + HOLDER_REACH);
  let best: Mention | null = null;
  for (const n of a.mentions) if (n.type === 'person' && n.start > m.end && n.start < limit && (!best || n.start < best.start)) best = n;
  return best ? ents.at(a.id, best.start, best.end) ?? null : null;
}

/**
 * The bodies (organisations, places) an appositive right after a name names: "X, chairman of the
 * psychiatry department at [Georgetown University Medical Center]," — the ids of the organisation
 * and place mentions between the comma after the name and the next comma or the sentence's end
 * (at most 160 characters on). Null when no appositive follows or it names no body. Two people
 * given the same title at two named bodies hold two offices: a like appositive is no sign that
 * two reports name one person differently (read on an unseen DUC 2006 topic, where two
 * department chairs at two universities became a confident name card).
 */
function appositiveBodies(a: AnnotatedArticle, m: Mention, sentenceEnd: number, ents: EntityIndex): Set<string> | null {
  const rest = a.text.slice(m.end, Math.min(sentenceEnd, m.end + 160));
  const open = /^\s*,\s*/.exec(rest);
  if (!open) return null;
  const close = rest.indexOf(',', open[0].length);
  const end = m.end + (close < 0 ? rest.length : close);
  const out = new Set<string>();
  for (const n of a.mentions) {
    if (n.start < m.end || n.end > end || (n.type !== 'organization' && n.type !== 'place')) continue;
    const id = ents.at(a.id, n.start, n.end);
    if (id) out.add(id);
  }
  return out.size ? out : null;
}

/** Folded words of a sentence before a position (nearest last), and after one (nearest first). */
const WORD = /[\p{L}\p{N}]+/gu;
function wordsBefore(text: string, from: number, at: number): string[] {
  return (fold(text.slice(Math.max(from, at - 80), at)).match(WORD) ?? []).slice(-4);
}
function wordsAfter(text: string, at: number, to: number): string[] {
  return (fold(text.slice(at, Math.min(to, at + 80))).match(WORD) ?? []).slice(0, 4);
}
const REPORTING = /\b(?:said|says|told|according|added|asked|wrote|stated|explained|noted|argued|warned)\b/;

/** Shared words right before two names (counted from the names outward). */
function sameLeft(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
/** Shared words right after two names. */
function sameRight(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The conflict kind two entities can share a slot as: both people, or both places (or untyped names). */
function kindOf(a: Entity, b: Entity): 'name' | 'place' | null {
  if (a.type === 'person' && b.type === 'person') return 'name';
  const placeLike = (e: Entity): boolean => e.type === 'place' || e.type === 'other';
  if ((a.type === 'place' || b.type === 'place') && placeLike(a) && placeLike(b)) return 'place';
  return null;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words that open or close many place names ("New York" / "New Orleans", "San Diego" / "San
 * José", "Port Said" / "Port Sudan", "Lake Forest"): sharing one says nothing about two places
 * being one, so they are not name words when two places are compared. People keep every word (a
 * shared given name may be a typo of one person's surname).
 */
export const GENERIC_PLACE_WORDS = new Set(
  ('new|old|san|santa|santo|sao|saint|st|sainte|ste|port|fort|ft|north|south|east|west|northern|southern|eastern|western|upper|lower|' +
    'great|little|mount|mt|lake|cape|los|las|la|le|les|el|des|del|de|rio|puerto|city|island|islands|county|beach|valley|bay|falls|springs|heights|park|central|united').split('|'),
);

/** Generational suffixes after a surname: "Jr." is no surname. */
const NAME_SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A person's surname as the story writes it in full: the last word of their longest name of two words or more. */
function surnameOf(e: Entity): string | null {
  let best: string[] = [];
  for (const x of e.aliases) {
    const t = nameTokens(x.text).filter((w) => !NAME_SUFFIX.has(w));
    if (t.length > best.length) best = t;
  }
  return best.length >= 2 ? best[best.length - 1] : null;
}

/**
 * Two surnames that no spelling or romanisation of one name explains: not one name token
 * (sameNameToken), and their transliteration skeletons (lex.ts skeleton) apart by more than a
 * third of the shorter. sameNameToken asks the skeletons to be equal, which a romanisation's
 * consonants can break ("Ahmadinejad" / "Ahmadinezhad", j / zh; "Zhou" / "Chou"); two people
 * must not be read into one person's two spellings, since the card it opens accuses an outlet.
 */
function surnamesApart(a: string, b: string): boolean {
  if (sameNameToken(a, b)) return false;
  const [x, y] = [skeleton(a), skeleton(b)];
  return editDistance(x, y) > Math.max(1, Math.floor(Math.min(x.length, y.length) / 3));
}

/**
 * Two people who share a given name only: both written in full, their surnames different in any
 * spelling, and neither surname any word of the other's names ("Kristen Bell" / "Kristen Stewart",
 * "John Kerry" / "John Edwards"). A surname is what tells people apart, so a shared given name
 * says nothing about their being one person written two ways (a typo of one name is caught by
 * the surname's spelling); sharing a surname ("Darren" / "Eamon Molloy") or a word in another
 * position ("Jackson" in "Michael Jackson" / "Jackson Browne") still counts as a shared name word.
 */
export function givenNameOnlyShared(a: Entity, b: Entity): boolean {
  if (a.type !== 'person' || b.type !== 'person') return false;
  const sa = surnameOf(a);
  const sb = surnameOf(b);
  if (!sa || !sb || !surnamesApart(sa, sb)) return false;
  const tokens = (e: Entity): string[] => e.aliases.flatMap((x) => nameTokens(x.text));
  return !tokens(a).some((w) => sameNameToken(w, sb)) && !tokens(b).some((w) => sameNameToken(w, sa));
}

/** True when two entities may be one referent written two ways: they share a name word in any spelling. */
export function shareNameWord(a: Entity, b: Entity): boolean {
  if (givenNameOnlyShared(a, b)) return false;
  const generic = (e: Entity): boolean => e.type !== 'person';
  const tokens = (e: Entity): Set<string> => new Set(e.aliases.flatMap((x) => nameTokens(x.text)).filter((w) => !(generic(a) && generic(b) && GENERIC_PLACE_WORDS.has(w))));
  const ta = tokens(a);
  const tb = tokens(b);
  for (const x of ta) for (const y of tb) if (sameNameToken(x, y)) return true;
  return false;
}

/**
 * The entities named together in one sentence anywhere in the story, as a test on a pair:
 * "Malibu, a beach city west of Los Angeles". Without a gazetteer (no npm package of the repo
 * ships one) the story itself says which places go together: a sentence naming both a narrower
 * place and a wider or neighbouring one relates them, so an outlet naming one and another the
 * other may both be right (a town inside the county named). An injected or mistaken place
 * ("another city … not in the story") is never named beside the right one. Built on the first
 * question, once, from the mentions' sentences (linear in the mentions).
 */
export function namedTogetherIn(articles: AnnotatedArticle[], ents: EntityIndex): (u: string, v: string) => boolean {
  let together: Set<string> | null = null;
  const build = (): Set<string> => {
    const out = new Set<string>();
    for (const a of articles) {
      const bySentence = new Map<number, Set<string>>();
      for (const m of a.mentions) {
        const id = ents.at(a.id, m.start, m.end);
        const sn = id ? sentenceAt(a.sentences, m.start) : null;
        if (!id || !sn) continue;
        const set = bySentence.get(sn.start) ?? new Set<string>();
        set.add(id);
        bySentence.set(sn.start, set);
      }
      for (const ids of bySentence.values()) {
        // A sentence naming very many entities (a list, a table row) relates none of them.
        if (ids.size > MAX_TOGETHER) continue;
        for (const i of ids) for (const j of ids) if (i < j) out.add(`${i}\u0000${j}`);
      }
    }
    return out;
  };
  return (u, v) => {
    together ??= build();
    return together.has(u < v ? `${u}\u0000${v}` : `${v}\u0000${u}`);
  };
}

export function findSlotConflicts(articles: AnnotatedArticle[], ents: EntityIndex, facts: IdentifiedFact[], offset: number, meta: Map<string, ArticleMeta> = new Map()): Conflict[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Every entity an article names anywhere: an article that names the other side's value too
  // is adding detail (a district and its street, a second suspect), not contradicting.
  const named = new Map<string, Set<string>>();
  for (const e of ents.entities) for (const art of e.articles) named.set(art, (named.get(art) ?? new Set()).add(e.id));
  const foldedText = new Map<string, string>();
  const textOf = (art: string): string => {
    let t = foldedText.get(art);
    if (t === undefined) foldedText.set(art, (t = fold(byId.get(art)!.text)));
    return t;
  };
  /**
   * Does the article name the entity anywhere? By entity, or by any of its spellings (a person
   * by surname) in the text: the annotator can miss a mention, and a missed mention must not
   * turn detail into a contradiction.
   */
  const names = (art: string, e: Entity): boolean => {
    if (named.get(art)?.has(e.id)) return true;
    const text = textOf(art);
    const forms = new Set<string>();
    for (const al of e.aliases) {
      forms.add(fold(al.text));
      const toks = nameTokens(al.text);
      if (e.type === 'person' && toks.length) forms.add(toks[toks.length - 1]);
    }
    for (const f of forms) if (f.length >= 3 && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(f)}(?![\\p{L}\\p{N}])`, 'u').test(text)) return true;
    return false;
  };

  /** Whether an occurrence's own sentence names entity v (any mention of it inside the sentence). */
  const sentenceNames = (o: Occurrence, v: string): boolean => {
    const a = byId.get(o.article)!;
    const end = o.sentence.start + o.sentence.text.length;
    return a.mentions.some((m) => m.start >= o.sentence.start && m.end <= end && ents.at(a.id, m.start, m.end) === v);
  };
  const namedTogether = namedTogetherIn(articles, ents);
  const out: Conflict[] = [];
  const loose = looseFacts(articles, facts);
  for (const fact of [...facts, ...loose]) {
    const isLoose = loose.includes(fact);
    if (new Set(fact.members.map((m) => m.article)).size < 2) continue;
    // An occurrence of a sentence told of a past year when another article's sentence of the
    // fact tells of another time (past-years.ts toldOfOtherTimes).
    const ofAnotherTime = (o: Occurrence): boolean =>
      toldOfPastYear(o.sentence.text, meta.get(o.article)?.published) && fact.members.some((m) => m.article !== o.article && toldOfOtherTimes(o.sentence.text, meta.get(o.article)?.published, m.text, meta.get(m.article)?.published));
    // Slot key → one occurrence per article (null when the article's sentence fills it twice:
    // which of two places or people is meant is then unclear, so that article says nothing).
    const slots = new Map<string, Map<string, Occurrence | null>>();
    const put = (key: string, o: Occurrence): void => {
      // A person in a sentence told of a past year, in a fact another article tells of another
      // time, fills the slot as it was then ("It was President X who signed an order in 1953"),
      // not as the story has it (past-years.ts): the article says nothing of the slot (as when
      // it fills it twice), and no other person it names there becomes its one value.
      if ((key.startsWith('name:') || key.startsWith('sub:name')) && ofAnotherTime(o)) {
        let perArticle = slots.get(key);
        if (!perArticle) slots.set(key, (perArticle = new Map()));
        perArticle.set(o.article, null);
        return;
      }
      let perArticle = slots.get(key);
      if (!perArticle) slots.set(key, (perArticle = new Map()));
      const prev = perArticle.get(o.article);
      if (prev === undefined) perArticle.set(o.article, o);
      else if (prev !== null && prev.entity !== o.entity) perArticle.set(o.article, null);
    };
    // Substitutions: one name where another article's sentence of this fact has another name in
    // the same words ("Brazilian President X has little time" / "Brazilian President Y has
    // little time"). The shared words around the two names say they fill one slot.
    const nameMentions = fact.members.map((s) => {
      const a = byId.get(s.article)!;
      return a.mentions
        .filter((m) => m.start >= s.start && m.end <= s.end && m.type !== 'organization' && !COUNTRY_OF_DEMONYM.has(m.text))
        // A wire dateline's town ("JAKARTA (AP) _ Talks on …" / "LISBON (AP) _ Talks on …") says
        // where the report was filed, not what happened: two reports filed from two towns fill no
        // slot of the fact (a sure false place card on invented text, session 24; with the
        // country written, "JAKARTA, Indonesia (AP)", the two countries kept it apart).
        .filter((m) => m.start >= s.start + datelineLength(a.text.slice(s.start, s.end)))
        // A name inside a list ("Europe, the Middle East and Asia", "Jordan, Worthy and …") is
        // one of several values, not the value of a slot; also when titles or a demonym stand
        // between the conjunction and the name ("Biden and Russian President Vladimir Putin will
        // meet": the two who meet, not two versions of who will).
        // A town before its region in apposition ("in Amherst, New York,") is one place, not a list.
        .filter((m) => (!LIST_AFTER.test(a.text.slice(m.end, Math.min(s.end, m.end + 60))) || (m.type === 'place' && regionInApposition(a, m.end, s.end) !== null)) && !compiledOnce(COORDINATED_BEFORE).test(a.text.slice(Math.max(s.start, m.start - 60), m.start)))
        // A nickname ("the guy fans call Big Swag") names someone the story names otherwise.
        .filter((m) => !nicknamed(a.text.slice(Math.max(s.start, m.start - 40), m.start)))
        .map((m) => ({ m, id: ents.at(a.id, m.start, m.end), left: wordsBefore(a.text, s.start, m.start), right: wordsAfter(a.text, m.end, s.end) }));
    });
    for (let i = 0; i < fact.members.length; i++) {
      for (let j = i + 1; j < fact.members.length; j++) {
        const si = fact.members[i];
        const sj = fact.members[j];
        if (si.article === sj.article) continue;
        for (const x of nameMentions[i]) {
          for (const y of nameMentions[j]) {
            if (!x.id || !y.id || x.id === y.id) continue;
            const ex = ents.get(x.id);
            const ey = ents.get(y.id);
            if (!ex || !ey || !kindOf(ex, ey)) continue;
            const l = sameLeft(x.left, y.left);
            const r = sameRight(x.right, y.right);
            // Three shared words around the names, at least one on each side; or three on one
            // side with both names at the other end of their sentences.
            const edge = (x.left.length === 0 && y.left.length === 0 && r >= 3) || (x.right.length === 0 && y.right.length === 0 && l >= 3);
            if (!edge && !(l >= 1 && r >= 1 && l + r >= 3)) continue;
            // A name next to a reporting verb ("said X, executive director of …") is whoever is
            // quoted there; two outlets quoting two people is not a disagreement on one name.
            if (REPORTING.test(x.left.slice(-2).join(' ')) || REPORTING.test(x.right.slice(0, 1).join(' '))) continue;
            if (otherOffice(byId.get(si.article)!.text, x.m, byId.get(sj.article)!.text, y.m)) continue;
            // The same title at two named bodies: two offices, two holders (appositiveBodies).
            const bx = appositiveBodies(byId.get(si.article)!, x.m, si.end, ents);
            const by = appositiveBodies(byId.get(sj.article)!, y.m, sj.end, ents);
            if (bx && by && ![...bx].some((b) => by.has(b))) continue;
            // A place possessing an office given to two different people right after it
            // ("Portugal's prime minister, Anton Varga, …" / "Spain's prime minister Pedro Lanz
            // …"): two offices of two countries and their two holders, not one slot filled twice.
            if (kindOf(ex, ey) === 'place') {
              const hx = holderAfter(byId.get(si.article)!, x.m, si.end, ents);
              const hy = holderAfter(byId.get(sj.article)!, y.m, sj.end, ents);
              if (hx !== null && hy !== null && hx !== hy) continue;
            }
            // Two landmarks of a position ("140 km west of X" / "370 km west of Y", "near X" /
            // "near Y") both hold of one point or of a thing that moved: only the same distance
            // and bearing from two places says two things of one position.
            if (kindOf(ex, ey) === 'place') {
              const px = landmarkPosition(byId.get(si.article)!.text, x.m.start, si.start);
              const py = landmarkPosition(byId.get(sj.article)!.text, y.m.start, sj.start);
              if ((px !== null || py !== null) && (px === null || py === null || px === '' || px !== py)) continue;
            }
            const key = `sub:${kindOf(ex, ey)}:${x.left.slice(-1)[0] ?? '^'}|${x.right[0] ?? '$'}`;
            put(key, { article: si.article, entity: x.id, mention: x.m, sentence: { start: si.start, text: si.text } });
            put(key, { article: sj.article, entity: y.id, mention: y.m, sentence: { start: sj.start, text: sj.text } });
          }
        }
      }
    }
    // Loose pairs (alike sentences the fact alignment left apart) are read for substitutions only.
    for (const s of isLoose ? [] : fact.members) {
      const a = byId.get(s.article)!;
      const sentence = { start: s.start, text: s.text };
      for (const m of a.mentions) {
        if (m.start < s.start || m.end > s.end) continue;
        const id = ents.at(a.id, m.start, m.end);
        const e = id ? ents.get(id) : undefined;
        if (!id || !e) continue;
        const before = a.text.slice(s.start, m.start);
        const after = a.text.slice(m.end, s.end);
        const occ: Occurrence = { article: a.id, entity: id, mention: m, sentence };
        if (m.type === 'person' && e.type === 'person') {
          const rk = m.role ? roleKey(m.role.text) : null;
          if (rk) put(`name:role:${rk}`, occ);
          const pv = PASSIVE_AFTER.exec(after);
          // Only the subject: in "the son of X was arrested" the act happened to someone else.
          if (pv && !OBJECT_BEFORE.test(before)) put(`name:act:${stem(pv[1])}`, occ);
          // The subject of an active verb, opening its clause (sentence start, or after a comma
          // or a conjunction-free clause break): "Cardoso appeared to have defeated …" /
          // "Cabrera appeared to have won …".
          const ag = pv ? null : AGENT_AFTER.exec(after);
          if (ag && !NOT_A_VERB.has(ag[1]) && !REPORTING_VERB_SET.has(ag[1]) && /(?:^|[,;:])\s*$/.test(a.text.slice(s.start, m.role?.start ?? m.start)) && !OBJECT_BEFORE.test(before) && !/^['’]/.test(after))
            put(`name:agent:${stem(ag[1])}`, occ);
        } else if ((m.type === 'place' || m.type === 'other') && (e.type === 'place' || e.type === 'other')) {
          // Demonyms ("Dalvenian port") describe, they do not locate.
          if (COUNTRY_OF_DEMONYM.has(m.text)) continue;
          const loc = LOCATIVE.exec(before);
          const route = loc ? null : ROUTE.exec(before);
          if (route) {
            // A route's end is a place only when typed as one (an untyped "to X" may be a person
            // or a company), and one of a list has no single value.
            if (e.type !== 'place' || LIST_AFTER.test(after) || /such as\s*$|including\s*$/i.test(before)) continue;
            put(`place:${route[1]}`, occ);
            continue;
          }
          if (!loc) continue;
          // A place of another role than where the reported act happened: a birthplace, a place
          // of burial, of residence or of study ("Varo, who was born in Karvik in 1931, died …
          // at her home" / "died … at her home in Orlen": a confident false card on invented
          // text). Only the verb right before the locative, two words at most between.
          if (OTHER_ROLE_BEFORE.test(before)) continue;
          // A title's domain reached through a phrasal verb's "in" ("sworn in as president of
          // Dravia"): what the holder governs, not where the act happened (titleDomainBefore).
          if (titleDomainBefore(before)) continue;
          // "near X" and "outside X" name a landmark the place is close to, not the place: two
          // of them, or one and an "in Y", can all be true at once ("near Interstate 805" and
          // "in Clairemont" of one arrest), so they never fill the slot a contradiction needs.
          if (loc[1] === 'near' || loc[1] === 'outside') continue;
          // "in" that a verb or noun takes as its object's preposition ("believe in Jesus Christ",
          // "invested in Dorsk", "participated in Velmar Week", "faith in Genesis") names what is
          // believed, invested in or joined, not where the act happened (a false place card,
          // "Jesus Christ" / "Genesis", on an unseen DUC 2006 story, session 23).
          if (loc[1] === 'in' && IN_OBJECT_BEFORE.test(before)) continue;
          // One place of a list ("felt in Colina, Santiago, Rengo and Valparaíso", "in cities
          // such as X") is not where it happened: the list has no single value to compare. A
          // town and its region in apposition ("in Amherst, New York,") are one place, and the
          // region fills a slot of its own (regionInApposition).
          const region = regionInApposition(a, m.end, s.end);
          if ((!region && LIST_AFTER.test(after)) || /such as\s*$|including\s*$/i.test(before)) continue;
          // A name the annotator could not type is a place only with plain locative grammar:
          // "in X" or "at the X docks" (an untyped "at X" may be a company or an event).
          if (e.type !== 'place' && loc[1] !== 'in' && !PLACE_HEAD_NOUN.test(after)) continue;
          put('place', occ);
          const rid = region ? ents.at(a.id, region.start, region.end) : null;
          if (region && rid) put('place:region', { article: a.id, entity: rid, mention: region, sentence });
        }
      }
    }
    for (const [key, perArticle] of [...slots].sort((x, y) => cmp(x[0], y[0]))) {
      const occs = [...perArticle.values()].filter((o): o is Occurrence => o !== null);
      const values = [...new Set(occs.map((o) => o.entity))];
      // A real disagreement has two or three versions (as for dates and numbers).
      if (values.length < 2 || values.length > 3) continue;
      const entities = values.map((v) => ents.get(v)!);
      if (!consistent(key, entities, occs, byId)) continue;
      // One office given to two people whose titles name two countries' offices, by the title or
      // by where each report was filed ("a dinner with President X" from Lisbon, "meeting
      // President Y" from Jakarta: two presidents; roles.ts officesOfOtherCountries; a false
      // possible card on an unseen DUC 2003 story, session 23).
      if (key.startsWith('name:role:') && values.length === 2) {
        // Each occurrence's offices read once, not once per pair.
        const [sx, sy] = values.map((v) => occs.filter((o) => o.entity === v).map((o) => ({ a: byId.get(o.article), offices: officesOf(byId.get(o.article)!, o.mention, { start: o.sentence.start, end: o.sentence.start + o.sentence.text.length }) })));
        if (sx.every((o) => sy.every((p) => officesOfOtherCountries(o.offices, o.a, p.offices, p.a)))) continue;
      }
      // Two people doing the same thing with different figures ("X scored 20 points" / "Y scored
      // 14 points"): a box score, two people's deeds, not one subject given two names.
      // So for two names in the same words ("Hansbrough finished with 20 points and now has 2,302
      // for his career" / "Austin Daye finished with 20 points and eight rebounds for Gonzaga
      // (9-4)", two players of two games, read on an ECB+ dev subtopic).
      if ((key.startsWith('name:agent:') || key.startsWith('sub:name')) && occs.some((o) => occs.some((p) => p.entity !== o.entity && figuresApart(o.sentence.text, p.sentence.text)))) continue;
      // So for two places in the same words with different figures ("The storm killed 14 people
      // in Dresk province" / "The storm killed 9 people in Halm province"): two places' tolls of
      // one storm, not one place named two ways (a possible false card on an invented disaster
      // story, session 24). One place changed in words that keep every figure still compares:
      // every two occurrences of two places must be apart (some pair apart was tried: a third
      // report's paraphrase with another figure, "The MD-11 airliner flying from New York …",
      // silenced an injected place change on the dev part, place R 1.00 → 0.91).
      if ((key === 'place' || key.startsWith('place:') || key.startsWith('sub:place')) && occs.every((o) => occs.every((p) => p.entity === o.entity || figuresApart(o.sentence.text, p.sentence.text)))) continue;
      // Every pair of sides must be apart: different referents in every spelling, and no
      // article of the fact naming two of the values anywhere.
      let apart = true;
      for (let i = 0; i < entities.length && apart; i++) for (let j = i + 1; j < entities.length && apart; j++) if (shareNameWord(entities[i], entities[j])) apart = false;
      let confidence: 'high' | 'possible' = 'high';
      if (key.startsWith('sub:')) {
        if (!apart) continue;
        // A sentence of the fact naming two of the values itself tells of both ("killed more than
        // 31,000 in city of Bam … and 600 were killed in the city of Zarand", two earthquakes, read
        // on an ECB+ dev subtopic): the other side's value is another place or person it knows.
        if (occs.some((o) => values.some((v) => v !== o.entity && sentenceNames(o, v)))) continue;
        const sideArts = values.map((v) => uniqArticles(occs.filter((o) => o.entity === v).map((o) => o.article)));
        const crossNamed = values.map((_, vi) => sideArts.some((arts, si) => si !== vi && arts.some((art) => names(art, entities[vi]))));
        // Sure only when no side names another side's value anywhere: an article that knows
        // both people or places may be adding detail. Loose pairs (not aligned as one fact)
        // are never sure.
        if (crossNamed.some(Boolean) || isLoose) confidence = 'possible';
        // Sentences alike but not aligned, in reports more than a week apart, are follow-ups that
        // may tell a later event in the same words (where a reporter was "at the time of the
        // quake": two quakes months apart), as for substitutions found by retrieval (swaps.ts).
        if (isLoose && followUps(sideArts, meta)) continue;
      } else {
        const factArticles = uniqArticles(fact.members.map((m) => m.article));
        for (const art of factArticles) if (apart && entities.filter((e) => names(art, e)).length >= 2) apart = false;
        if (!apart) continue;
      }
      // Places the story names together in one sentence ("Malibu, a beach city west of Los
      // Angeles"), or that every side's articles name elsewhere too, are related places the story
      // knows (a town and its county, a suburb and its city): naming one or the other is no
      // contradiction (read on an unseen ECB+ subtopic, "Malibu" / "Los Angeles" of one fire).
      if (key.includes('place')) {
        if (values.some((u, i) => values.some((v, j) => j > i && namedTogether(u, v)))) continue;
        const sides = values.map((v) => uniqArticles(occs.filter((o) => o.entity === v).map((o) => o.article)));
        if (sides.every((arts, si) => arts.some((art) => entities.some((e, vi) => vi !== si && names(art, e))))) continue;
      }
      // Names a letter or two apart ("Comoros Islands" / "Comoro Islands", "Hunan" / "Henan") may
      // be one name spelled two ways or two names: a fact-checker must look, so never sure (read on
      // an unseen DUC 2006 story, where two spellings of one archipelago were a sure conflict).
      // A name against the same name with one word in the plural ("Comoros Islands" / "Comoro
      // Islands", "the Philippine Islands" / "the Philippines Islands"): one name spelled two
      // ways, not two places (read on a DUC 2006 dev topic), so no card at all.
      if (entities.some((x, i) => entities.some((y, j) => j > i && pluralOnly(x.name, y.name)))) continue;
      const near = entities.some((x, i) => entities.some((y, j) => j > i && nearSpelling(x.name, y.name)));
      // Two spellings a letter or two apart where one side's articles themselves write the other
      // side's spelling elsewhere ("Elain's great-uncle" in an article that writes "Elian"
      // seventeen times): that article's own slip, not a disagreement between outlets, so no card
      // (read on an unseen DUC 2006 story, session 18). Two alike names of two people or places
      // the article knows apart are no contradiction either.
      if (near) {
        const sideArticles = values.map((v) => uniqArticles(occs.filter((o) => o.entity === v).map((o) => o.article)));
        if (sideArticles.some((arts, si) => arts.every((art) => entities.every((e, vi) => vi === si || names(art, e))))) continue;
        confidence = 'possible';
      }
      // Each side dated to days of its own, no day shared across the sides (sentence-days.ts; "the
      // stabbing deaths Friday night of two soldiers … in Weberek" in a Nov. 1 report / "an
      // Indonesian soldier was killed early Friday in Manufahi" in a Nov. 6 one): two events on
      // two days, each in its own place, not one event given two places (a false place card on an
      // unseen DUC 2003 story, session 23). Only full days decide: a month or a year may hold both.
      const sideDays = values.map((v) => new Set(occs.filter((o) => o.entity === v).flatMap((o) => [...sentenceDays(byId.get(o.article), o.sentence.start, o.sentence.start + o.sentence.text.length)])));
      if (daysDiffer(sideDays)) continue;
      // Aligned as one fact, yet in reports more than a week apart: a later report may tell
      // another event of the kind in the same words ("a court martial found Sergeant X guilty" in
      // January / "In January 2005, a court martial found Sergeant Y guilty" in March: two trials
      // of one month, a confident false card, session 20 review). Worth a look, not sure.
      const farApart = followUps(values.map((v) => uniqArticles(occs.filter((o) => o.entity === v).map((o) => o.article))), meta);
      if (farApart) confidence = 'possible';
      const c = toConflict(`c${offset + out.length + 1}`, key, fact.id, occs, ents, meta);
      if (isLoose) c.facts = [];
      c.confidence = confidence;
      if (near) c.why += ' The names differ by a letter or two: they may be one name spelled two ways.';
      if (farApart) c.why += ` The reports were published more than ${FOLLOW_UP_DAYS} days apart and may tell two events.`;
      // One conflict per pair of values in a fact: a substitution found also as a role or place.
      if (out.some((o) => o.facts[0] === fact.id && o.kind === c.kind && o.claims.map((cl) => cl.normalized).sort().join('|') === c.claims.map((cl) => cl.normalized).sort().join('|'))) continue;
      out.push(c);
    }
  }
  return out;
}

/**
 * Names the place lexicon lists with the countries that are no sovereign country, or that hold or
 * are held by another listed one: continents and wider regions ("Europe", "the Middle East"),
 * territories and regions of a state ("Gaza", "Crimea", "Catalonia"), the nations of the United
 * Kingdom, and the former unions ("Soviet Union"). Two of these, or one and a country, may be one
 * inside the other (read on a DUC 2006 dev story: "a KGB agent in Europe" / "worked in Germany").
 */
const NOT_SOVEREIGN = new Set(
  ('Europe|Africa|Asia|Arabia|Latin America|Scandinavia|Balkans|Caucasus|Middle East|Persia|Kurdish Region|Gaza|West Bank|Crimea|' +
    'Kurdistan|Tibet|Chechnya|Catalonia|England|Scotland|Wales|Northern Ireland|Great Britain|Britain|Soviet Union|USSR|America').split('|'),
);
/** A sovereign country: a country of the lexicon (placeLevel) none of whose names is NOT_SOVEREIGN. */
export function sovereign(e: Entity): boolean {
  const names = e.aliases.map((a) => a.text);
  return placeLevel(names) === 'country' && !names.some((n) => NOT_SOVEREIGN.has(n) || NOT_SOVEREIGN.has(n.replace(/^the\s+/i, '')));
}

/** The lexicon's one name for a place's country (places.ts COUNTRY_KEY: "Burma" and "Myanmar" → Myanmar), per alias. */
function countryKeys(e: Entity): Set<string> {
  const out = new Set<string>();
  for (const a of e.aliases) {
    const k = COUNTRY_KEY.get(a.text.replace(/^the\s+/i, '').toLowerCase().replace(/\./g, ''));
    if (k !== undefined) out.add(k);
  }
  return out;
}

/**
 * Two or more places that are each a sovereign country and no two of them the same country under
 * two names: "Burma" / "Myanmar", "Holland" / "the Netherlands", "Turkey" / "Türkiye" are one
 * country (places.ts COUNTRY_KEY, by demonym), and set against each other they raised a confident
 * card accusing the outlet that used the other name.
 */
export function countriesApart(entities: Entity[]): boolean {
  if (!entities.every(sovereign)) return false;
  const keys = entities.map(countryKeys);
  return keys.every((k, i) => keys.every((l, j) => j <= i || ![...k].some((x) => l.has(x))));
}

/**
 * Place values must be comparable: neither a country or wider region (Houston is in Texas; with
 * no gazetteer, containment cannot be ruled out), nor followed by a region word, and of one kind
 * by the lexicon — both known cities or both names the lexicon does not know (a known city and
 * an unknown name may be the city and one of its districts).
 */
function consistent(key: string, entities: Entity[], occs: Occurrence[], byId: Map<string, AnnotatedArticle>): boolean {
  if ((key.startsWith('sub:place') || key === 'place' || key.startsWith('place:')) && entities.some((x, i) => entities.some((y, j) => j > i && regionHeadApart(x, y)))) return false;
  if (key.startsWith('sub:place')) {
    // In the same words, two countries or two known cities are two places; a city against a
    // country or region may be the city and where it lies, and a known city against a name the
    // lexicon does not know may be the city and one of its districts.
    // Two countries are two places; a country against a state, province or sea may be the one
    // that contains the other ("off Massachusetts" / "off the United States coast").
    const level = entities.map((e) => placeLevel(e.aliases.map((a) => a.text)));
    if (!level.every((l) => l === level[0])) return false;
    // The lexicon's countries include continents and territories ("Europe" / "Germany"): only
    // sovereign countries are two places whatever the words.
    if (level[0] === 'country') return countriesApart(entities);
    if (level[0] !== 'local') return true;
    const known = entities.map((e) => e.aliases.some((a) => PLACES.has(a.text)));
    return known.every((k) => k === known[0]);
  }
  if (key !== 'place' && !key.startsWith('place:')) return true;
  // The regions of a town in apposition: states (or provinces) against states, countries against
  // countries (a state against its country may be the one that holds the other). The lexicon
  // does not know every state as wide ("New York" is a city too): the apposition says it is one.
  if (key === 'place:region') {
    const country = entities.map((e) => placeLevel(e.aliases.map((a) => a.text)) === 'country');
    if (!country.every((c) => c === country[0])) return false;
    // Countries only when sovereign and not one under two names: "Manchester, England" /
    // "Manchester, Britain", "Yangon, Burma" / "Yangon, Myanmar" are one place (countriesApart).
    return !country[0] || countriesApart(entities);
  }
  const wide = (e: Entity): boolean => e.aliases.some((a) => WIDE_PLACE_NAMES.has(a.text));
  // A country against a country: neither holds the other, so two sovereign countries in one slot
  // of one fact are two places ("flew to Kenya" / "travelled to Sudan"), as two towns are. Any
  // other wide name (a state, a sea, a continent, "the Middle East", a territory) may hold the
  // other value (sovereign); two names of one country are one place (countriesApart).
  if (entities.some(wide)) return countriesApart(entities);
  for (const o of occs) {
    const a = byId.get(o.article)!;
    if (REGION_AFTER.test(a.text.slice(o.mention.end, o.mention.end + 20))) return false;
  }
  const known = entities.map((e) => e.aliases.some((a) => PLACES.has(a.text)));
  return known.every((k) => k === known[0]);
}

/**
 * A role conflict is about the office and what its holder did: the role as the source writes
 * it, then the sentence's words after the name's clause ("The harbour master … said the
 * warehouse had been inspected"), since the clause around an appositive name is the name alone.
 */
function roleAbout(o: Occurrence): string {
  const role = o.mention.role!;
  const rest = o.sentence.text
    .slice(o.mention.end - o.sentence.start)
    .replace(/^[\s,]+/, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .join(' ')
    .replace(/[\s,;:.]+$/, '');
  return rest ? `${role.text} … ${rest}` : role.text;
}

/** What a slot key asks, in words, for a card's "why". */
function slotWords(key: string): string {
  if (key === 'place') return 'where it happened';
  if (key === 'place:from') return 'where it came from';
  if (key === 'place:to') return 'where it went';
  if (key === 'place:region') return 'the state or country of the town where it happened';
  if (key.startsWith('name:role:')) return `who is the ${key.slice('name:role:'.length)}`;
  if (key.startsWith('name:agent:')) return `who ${key.slice('name:agent:'.length)}…`;
  return `who was ${key.slice('name:act:'.length)}…`;
}

function toConflict(id: string, key: string, fact: string, occs: Occurrence[], ents: EntityIndex, meta: Map<string, ArticleMeta>): Conflict {
  const bySide = new Map<string, Occurrence[]>();
  for (const o of occs) bySide.set(o.entity, [...(bySide.get(o.entity) ?? []), o]);
  const claims: Claim[] = [...bySide]
    .map(([entity, os]) => {
      const texts = new Map<string, number>();
      for (const o of os) texts.set(o.mention.text, (texts.get(o.mention.text) ?? 0) + 1);
      return {
        // The side's value as its articles write it most often; compared as the entity.
        value: [...texts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0],
        normalized: ents.get(entity)!.name,
        articles: uniqArticles(os.map((o) => o.article)),
        spans: os
          .map((o): ArticleSpan => ({ article: o.article, start: o.mention.start, end: o.mention.end }))
          .sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
      };
    })
    // The side most articles take first, then the side of the earliest article.
    .sort((a, b) => b.articles.length - a.articles.length || articleOrder(a.articles[0], b.articles[0]) || cmp(a.normalized, b.normalized));
  const majority = occs.filter((o) => claims[0].articles.includes(o.article)).sort((a, b) => articleOrder(a.article, b.article))[0];
  return {
    id,
    kind: key === 'place' || key.startsWith('place:') || key.startsWith('sub:place') ? 'place' : 'name',
    about: key.startsWith('name:role:') && majority.mention.role ? roleAbout(majority) : aboutText({ start: majority.mention.start, end: majority.mention.end, sentence: majority.sentence }),
    claims,
    outliers: (() => {
      return loneReport(claims, occs.map((o) => ({ article: o.article, text: o.sentence.text })), meta);
    })(),
    facts: [fact],
    confidence: 'high',
    why: key.startsWith('sub:')
      ? `${fact.startsWith('loose') ? 'The sentences share most of their content words' : `Both sentences report fact ${fact}`} and put different ${key.startsWith('sub:place') ? 'places' : 'names'} in the same words (“${majority.sentence.text.slice(Math.max(0, majority.mention.start - majority.sentence.start - 30), majority.mention.start - majority.sentence.start).trim()} … ${majority.sentence.text.slice(majority.mention.end - majority.sentence.start, majority.mention.end - majority.sentence.start + 30).trim()}”).`
      : `Both sentences report fact ${fact} and fill the same slot — ${slotWords(key)} — with different ${key === 'place' || key.startsWith('place:') ? 'places' : 'people'}.`,
  };
}
