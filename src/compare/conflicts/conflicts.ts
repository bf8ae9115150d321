/**
 * Conflicts and timeline from the claim graph (claims.ts). A conflict needs direct evidence: two
 * claims from different articles, about the same thing by their context, whose values cannot
 * both be true (2014-12 vs 2024-12; 4,000 vs 9,000 deaths). Claims that only reach each other
 * through a chain of other claims never make a conflict on their own, which keeps false alarms
 * rare. Values that change between reports published at different times (a toll that grows, a
 * plan's date a later report moved) are updates with their times, not conflicts. (The timeline,
 * built from the same claim graph, is timeline.ts.)
 */
import { closedStretch } from './closed-stretches.js';
import type { Claim, Conflict, DossierQuote, Update } from '../../core/dossier-schema.js';
import type { ArticleSpan } from '../../core/schema.js';
import { boundWord, byBoundAgainstDate, compatible, CONFLICT_CLAIM, measureWord, TALLY_BASE, nearMiss, roundingOnly, sharedFigure, sharedMeasure, sourcesDiffer, type ClaimGraph, type ClaimItem } from '../claims/claims.js';
import type { EntityIndex } from '../entities/entities.js';
import { differentActs, sameHead, type EventHead } from '../timeline.js';
import { dateEventHead } from './when-clauses.js';
import { articleOrder, cmp, contentStems, eventClass, fold, nameTokens, sameNameToken, stem, STOP, tokens, uniqArticles, withoutDateline } from '../words/lex.js';
import { claimSlots } from '../claims/claim-slots.js';
import { shareSynset, synsetsOf } from '../words/synonyms.js';
import { longestRun, RUN_WORDS, type QuoteResult } from '../quotes.js';
import { otherActors, readAct, type ActReading } from '../words/predicates.js';
import { designatedApart, otherInstances } from './series.js';
import { clockAct, slotAbout, withSlotCandidates } from './claim-index.js';
import { dayOfSpan, partiesAct, repeatedOccasion } from './date-slots.js';
import { lastedLength, lengthOfBoth } from './thing-lengths.js';
import { anotherOnesDeath, deathOfBoth } from './once-acts.js';
import { thingYearOf, yearsOfOneThing, yearThing } from './thing-years.js';
import { convertedUnit, shownWithUnit, writtenUnit } from '../claims/units.js';
import { partAgainstWhole, partOfToll, rateCount, restCount, running } from './count-slots.js';
import { toldUpdate } from './told-updates.js';
import { restrictedSets } from './restricted-sets.js';
import { IRREGULAR } from '../words/irregular-verbs.js';
import { countScope, otherActsOfCount, otherOwners, planYearsOneApart, yearSpan } from './value-readings.js';
import { ownerAgainstParty } from './parties.js';
import { levelMoments, levelsOverTime } from './levels-reached.js';
import { CROWD, crowdNoun, crowdOnly, crowdsApart, crowdsOfOtherGroups, crowdSiteApart } from '../claims/crowd-counts.js';
import { POPULATION, populationNoun, populationOnly, populationsApart } from '../claims/populations.js';
import { listedPart } from './listed-parts.js';
import { anotherOccasion, figuresAlsoDiffer, otherDaysOfActs, otherPlacesOfActs, otherVerbsOfDates, unsharedActs } from './occasions.js';
import { onlyInferredYearDiffers } from './inferred-years.js';
import { otherAgents, otherFigureKinds, otherMarginsOrMoments, otherMeasures } from './figure-kinds.js';
import { nearlyMeeting } from './approximations.js';
import { creditedSources, sourcesApart } from './sources.js';
import { relativeAged } from './relatives.js';
import { frontedPlace } from './fronted-places.js';
import { placedPartAlsoGiven } from './placed-parts.js';
import { firstOfSum } from './running-sums.js';
import { earlierAgainstNow, otherPeriods, partAgainstDatedWhole, periodInOneOnly, rateDenominator } from './periods.js';
import { narrowedMeasure, oppositeGoverning, otherMeasuredNouns, renamedUnderOneVerb } from './measured-nouns.js';
import { writesOtherValue } from './written-values.js';
import { backgroundAct, inRelativeClause, otherDoersOfActs, unrelatedActs } from './governing-acts.js';
import { pastStateAgainstNow } from './past-moments.js';
import { otherReferencePoints } from './reference-points.js';
import { clockActsApart, oppositeMoments, otherThingTold } from './moments-of-acts.js';
import { proxyOrRepeated } from './speaker-proxies.js';
import { casualtyAgainstOther, casualtyNoun, ownCasualty } from '../claims/casualty-nouns.js';

export interface ConflictResult {
  conflicts: Conflict[];
  /** Figures that moved one way between reports published at different times. */
  updates: Update[];
  /** Claim ids standing for an outlier value (their sentences should not represent a fact). */
  outlierClaims: Set<number>;
  /** Conflict id by claim id, for claims inside a conflict. */
  conflictOfClaim: Map<number, string>;
  /** Claims compared with a claim of another article (the "values" of `checked`). */
  compared: number;
}

/** Maps a sentence (article + start) to the id of the fact it belongs to. */
export type FactOf = (article: string, sentenceStart: number) => string | null;

/** What conflicts need to know of an article: who published it, when. */
export interface ArticleMeta {
  id: string;
  outlet: string | null;
  published: string | null;
  /**
   * The wire agency whose copy the article runs (its dateline, "KARVIK (AP) —": facts/sources.ts
   * sourceOf), as a source key; absent or null for an outlet's own report. Two outlets running one
   * agency's copy are one report when the outlier is counted (countReports), as they are one
   * source of a fact.
   */
  wire?: string | null;
}

const MAX_VERSIONS = 3;

/** Distinct written values past which versions are not grouped by converted value (versionCount): bounds its pairs. */
const MAX_VERSION_GROUPING = 12;

/**
 * How many versions the claims give, for the MAX_VERSIONS test: their distinct written values,
 * except that a measure written in one unit and a measure of the same amount written in another
 * ("about 60 metres" / "about 200 feet", compatible once converted with the conversion's rounding
 * slack, claims.ts compatible) are one version. A writer converting a figure gives the same
 * version in other words; counting it apart made three outlets' 150 / 200 / 60 metres and a
 * fourth's 200 feet (61 m) four versions, read as a spread and withheld (a real dev card lost,
 * session 22). Figures of one written unit are never joined here: "60 metres" / "62 metres" stay
 * two versions. Only values of a converted dimension are joined (claims/units.ts convertedUnit).
 * Cost: pairs of distinct values, at most MAX_VERSION_GROUPING of them.
 */
function versionCount(claims: ClaimItem[]): number {
  const reps = new Map<string, ClaimItem>();
  for (const c of claims) if (!reps.has(c.normalized)) reps.set(c.normalized, c);
  const list = [...reps.values()];
  if (list.length > MAX_VERSION_GROUPING) return list.length;
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i], list[j]];
      if (!convertedUnit(x.unit) || x.unit !== y.unit || writtenUnit(x.normalized) === writtenUnit(y.normalized)) continue;
      if (compatible(x, y)) parent[find(i)] = find(j);
    }
  }
  return new Set(list.map((_, i) => find(i))).size;
}
/** Context similarity at which two claims are one claim without the fact alignment's word. */
const STRONG_CLAIM = 0.6;

const spanOf = (c: ClaimItem): ArticleSpan => ({ article: c.article, start: c.start, end: c.end });

/** Folded content words of a sentence, for telling a copy from a report. */

function wordSet(text: string): Set<string> {
  return new Set(fold(text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Two sentences share at least this share of their words (Jaccard): one is a copy of the other. */
const COPY_JACCARD = 0.8;

export function isCopy(a: string, b: string): boolean {
  return copyOf(wordSet(a), wordSet(b));
}

function copyOf(x: Set<string>, y: Set<string>): boolean {
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  const union = x.size + y.size - both;
  return union > 0 && both / union >= COPY_JACCARD;
}

/** Whether two articles are copies of one report. */
export type CopyJudge = (a: string, b: string) => boolean;

/**
 * Whether two articles give a copy of one sentence, decided once per pair of articles with each
 * sentence's words folded once: the outlier search asks the same pairs again for every candidate
 * side, which made a conflict of many claims cubic in its sentences (issue #16: no stage may run
 * super-linearly on its input).
 */
export function copyJudge(sentences: (article: string) => string[]): CopyJudge {
  const words = new Map<string, Set<string>>();
  const ws = (t: string): Set<string> => {
    let w = words.get(t);
    if (!w) words.set(t, (w = wordSet(t)));
    return w;
  };
  const pairs = new Map<string, boolean>();
  return (a, b) => {
    const k = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let v = pairs.get(k);
    if (v === undefined) {
      const sb = sentences(b).map(ws);
      v = sentences(a).some((x) => {
        const wx = ws(x);
        return sb.some((wy) => copyOf(wx, wy));
      });
      pairs.set(k, v);
    }
    return v;
  };
}

/**
 * Independent reports among some articles (one side of a conflict), each with the sentences it
 * gives: articles whose sentences are copies of each other count once (a wire story carried by
 * several sites), and, when `byOutlet`, so do articles of one outlet (an agency's morning and
 * evening versions). Copies are looked for within the side only: a report copied word for word
 * but for the disputed value is on the other side, and merging it with the side it contradicts
 * would hide exactly the disagreement being counted.
 */
export function countReports(arts: string[], copies: CopyJudge, meta: Map<string, ArticleMeta>, byOutlet: boolean, byWire = false): number {
  const list = [...new Set(arts)].sort(articleOrder);
  const parent = new Map(list.map((a) => [a, a]));
  const find = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(articleOrder(ra, rb) < 0 ? rb : ra, articleOrder(ra, rb) < 0 ? ra : rb);
  };
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const oi = meta.get(list[i])?.outlet;
      const oj = meta.get(list[j])?.outlet;
      // Two outlets running one agency's wire copy report it once (issue #10: "wire copies count
      // once"), whether or not their edits leave the texts copies of each other (ArticleMeta.wire).
      const wi = meta.get(list[i])?.wire;
      const wj = meta.get(list[j])?.wire;
      if (byOutlet && oi && oj && fold(oi) === fold(oj)) union(list[i], list[j]);
      else if (byWire && wi && wj && wi === wj) union(list[i], list[j]);
      else if (copies(list[i], list[j])) union(list[i], list[j]);
    }
  }
  return new Set(list.map(find)).size;
}

/**
 * Whether wire copies count once (countReports `byWire`): when the compared articles come from two
 * or more sources, an agency's copy and its outlets' own reports. When every article is one
 * agency's copy (three sites running one AP story, one with another country in its dateline), the
 * versions are told apart as one outlet's reports are when all come from one outlet (outliersOf):
 * counting the agency once would leave no version to single out.
 */
const wireSources = (arts: string[], meta: Map<string, ArticleMeta>): boolean => new Set(arts.map((a) => meta.get(a)?.wire ?? outletKey(a, meta))).size >= 2;

/** An article's outlet as a key; an article without one is its own outlet. */
const outletKey = (a: string, meta: Map<string, ArticleMeta>): string => {
  const o = meta.get(a)?.outlet;
  return o ? `o:${fold(o)}` : `a:${a}`;
};

/**
 * The likely outlier (issue #10: "an outlier is named only when at least two independent outlets,
 * wire copies counting once, agree against it"): the largest set of articles giving mutually
 * compatible values must hold at least two independent reports, and everything outside it must
 * be one report (one article, one outlet's articles, or copies of one report). A tie, two reports
 * against two or one against one, names nobody: the conflict shows "A says x, B says y".
 *
 * What counts as independent depends on who is compared. When the conflict's articles come from
 * two or more outlets, an outlet counts once however many articles it has. When they all come from
 * one outlet (a wire service's reports over several days, a site's series), the outlet is never
 * set against another outlet, and counting it once would make any one-outlet story unable to single
 * out a report: then each of its reports counts (copies once), as coverage counts articles when
 * all come from one source (coverage.ts).
 */
function outliersOf(claims: ClaimItem[], meta: Map<string, ArticleMeta>): string[] {
  const arts = [...new Set(claims.map((c) => c.article))].sort(articleOrder);
  const byOutlet = new Set(arts.map((a) => outletKey(a, meta))).size >= 2;
  const byWire = wireSources(arts, meta);
  const byArticle = new Map<string, string[]>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c.sentence.text]);
  const copies = copyJudge((a) => byArticle.get(a) ?? []);
  let best: Set<string> = new Set();
  let bestReports = 0;
  const seen = new Set<string>();
  for (const c of claims) {
    const agree = new Set(claims.filter((d) => compatible(c, d)).map((d) => d.article));
    // Many claims agree with the same articles: each candidate side is counted once.
    const key = [...agree].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const n = countReports([...agree], copies, meta, byOutlet, byWire);
    if (n > bestReports || (n === bestReports && agree.size > best.size)) {
      best = agree;
      bestReports = n;
    }
  }
  const rest = arts.filter((a) => !best.has(a));
  if (rest.length === 0) return [];
  if (bestReports < 2) {
    // Copies told apart with the disputed values blanked out (departingCopy).
    const blanked = new Map<string, string[]>();
    for (const c of claims) blanked.set(c.article, [...(blanked.get(c.article) ?? []), c.sentence.text.slice(0, c.start - c.sentence.start) + c.sentence.text.slice(c.end - c.sentence.start)]);
    return departingCopy([...best], rest, copyJudge((a) => blanked.get(a) ?? []), meta, byOutlet) ? rest : [];
  }
  // Several dissenting reports: a split, not an outlier.
  return countReports(rest, copies, meta, byOutlet, byWire) === 1 ? rest : [];
}

/**
 * The lone dissenter among the sides of a place, name or speaker conflict (sides sorted by
 * support, most articles first), by the rule of `outliersOf`: exactly two sides, no article on
 * both, the first backed by at least two independent reports, the second by one. `evidence` gives
 * the sentences of each article's side, for telling copies apart (none: only outlets merge, as for
 * quotes, where verbatim copies are the norm).
 */
export function loneReport(sides: Claim[], evidence: Array<{ article: string; text: string }>, meta: Map<string, ArticleMeta>): string[] {
  if (sides.length !== 2) return [];
  const [major, minor] = sides;
  if (minor.articles.some((a) => major.articles.includes(a))) return [];
  const arts = [...major.articles, ...minor.articles];
  const byOutlet = new Set(arts.map((a) => outletKey(a, meta))).size >= 2;
  const byWire = wireSources(arts, meta);
  const copies = copyJudge((a) => evidence.filter((e) => e.article === a).map((e) => e.text));
  if (countReports(minor.articles, copies, meta, byOutlet, byWire) !== 1) return [];
  if (countReports(major.articles, copies, meta, byOutlet, byWire) >= 2) return minor.articles;
  // Copies told apart with the disputed values blanked out (departingCopy).
  const values = sides.map((c) => c.value.toLowerCase()).filter((v) => v.length > 0);
  const blank = (t: string): string => values.reduce((acc, v) => acc.split(v).join(' '), t.toLowerCase());
  if (!departingCopy(major.articles, minor.articles, copyJudge((a) => evidence.filter((e) => e.article === a).map((e) => blank(e.text))), meta, byOutlet)) return [];
  return minor.articles;
}

/**
 * The one copy of a text that departs from it: the agreeing side is copies of one text (a wire
 * story) carried by at least two articles — of two outlets or more when outlets differ — and the
 * dissenting side is one article carrying a copy of the same text with another value. Copies
 * count once as confirmation of a fact (`countReports`), so the side is one report; but which
 * version changed the text they all carry is plain: the copies that agree keep the text, the one
 * that differs changed it (`copies` judges the sentences with the disputed values blanked out, so
 * a two-word name changed in a short sentence still leaves a copy) (read on the injected set's dev part: five sites carrying one agency
 * text with "the Harry Winston jewellery store", a sixth with another name; three versions of one
 * agency story, two "Friday evening", one "Wednesday evening"). Within one outlet's series a
 * later version may correct the earlier ones: there the departing copy must not be the latest.
 */
function departingCopy(major: string[], minor: string[], copies: CopyJudge, meta: Map<string, ArticleMeta>, byOutlet: boolean): boolean {
  if (minor.length !== 1 || major.length < 2) return false;
  const [lone] = minor;
  // One text on the agreeing side: every article a copy of the first.
  const list = [...new Set(major)].sort(articleOrder);
  if (!list.slice(1).every((a) => copies(list[0], a))) return false;
  if (!copies(lone, list[0])) return false;
  if (byOutlet) {
    const outlets = new Set(list.map((a) => outletKey(a, meta)));
    return outlets.size >= 2 && !outlets.has(outletKey(lone, meta));
  }
  const at = (a: string): number => {
    const p = meta.get(a)?.published;
    return p ? Date.parse(p) : NaN;
  };
  const t = at(lone);
  return !Number.isNaN(t) && list.some((a) => !Number.isNaN(at(a)) && at(a) >= t);
}

/** A value inside its sentence: what aboutText needs of a claim (or of a name mention). */
export interface InSentence {
  start: number;
  end: number;
  sentence: { start: number; text: string };
}
/** Words the claims are about: the clause around the majority claim, from its own sentence. */
export function aboutText(c: InSentence): string {
  const s = c.sentence;
  const rel = c.start - s.start;
  const relEnd = c.end - s.start;
  // Clause boundaries: punctuation that separates clauses in news prose.
  const before = s.text.slice(0, rel);
  const after = s.text.slice(relEnd);
  // A comma or colon between digits ("6,000", "3:30") is part of a figure, not a clause boundary:
  // searched in a copy where they are masked (same length, so the offsets hold).
  const mask = (t: string): string => t.replace(/(?<=\d)[,:](?=\d)/g, '_');
  const mb = mask(before);
  const cutBefore = Math.max(mb.lastIndexOf(','), mb.lastIndexOf(';'), mb.lastIndexOf('—'), mb.lastIndexOf(' – '), mb.lastIndexOf('('), mb.lastIndexOf(':'));
  // A full stop ends the clause unless it closes a title ("Mr.", "Gen.").
  const afterStop = mask(after).search(/[,;—()]| – |(?<!\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|Gov|Sen|Rep))[.!?](\s|$)/);
  let left = before.slice(cutBefore + 1).trim();
  let right = (afterStop >= 0 ? after.slice(0, afterStop) : after).trim();
  const lw = left.split(/\s+/).filter(Boolean);
  const rw = right.split(/\s+/).filter(Boolean);
  // Keep the about-phrase readable: at most ten words on a side.
  left = lw.slice(-10).join(' ');
  right = rw.slice(0, 10).join(' ');
  // A phrase cut at the word limit should not end on "at" or "the".
  right = right.replace(/(?:\s+(?:a|an|the|at|in|on|of|to|for|by|with|from|and|or|that|which|who))+$/i, '');
  const expr = s.text.slice(rel, relEnd);
  return [left, expr, right].filter(Boolean).join(' ').replace(/^[\s"“”'‘’,;:.—–-]+|[\s"“”'‘’,;:—–-]+$/g, '');
}

const FOLLOW_UP_DAYS = 7;
/**
 * How far a named event's date ("the Sept. 3 crash") may lie from another report's date of the
 * act itself ("crashed Sept. 2") for the two to be one event dated two ways: a slip of a day or
 * of a time zone, a report's own mistake, stays within a week; farther off, the name more often
 * names another occurrence of that kind of event told as background (see namedAgainstAct).
 */
const NAMED_SLIP_DAYS = 7;
/** Days between two articles' publication dates (0 when either is unknown). */
function daysApart(x: ArticleMeta | undefined, y: ArticleMeta | undefined): number {
  const a = publishedAt(x);
  const b = publishedAt(y);
  return a && b ? Math.abs(a.t - b.t) / 86_400_000 : 0;
}

/** Publication time of an article in ms, and whether it has a time of day; null when unknown. */
function publishedAt(meta: ArticleMeta | undefined): { t: number; day: string } | null {
  if (!meta?.published) return null;
  const t = Date.parse(meta.published);
  if (Number.isNaN(t)) return null;
  return { t, day: meta.published.slice(0, 10) };
}

/** Days since 1970-01-01 (UTC) of a calendar day "YYYY-MM-DD", as date claims count them. */
function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

/** A date claim that covers its own article's day of publication. */
function onOwnDay(c: ClaimItem, meta: Map<string, ArticleMeta>): boolean {
  const p = publishedAt(meta.get(c.article));
  if (!p || c.kind !== 'date') return false;
  const day = dayNumber(p.day);
  return c.from <= day && day <= c.to;
}

/** Both articles are dated, on different calendar days. */
/**
 * Every date is a relative day within a day of its own report's publication day, and the reports
 * were published on at least two different days: each tells what happened on its own day.
 */
function ownDays(members: ClaimItem[], meta: Map<string, ArticleMeta>): boolean {
  const days = new Set<string>();
  for (const c of members) {
    const p = publishedAt(meta.get(c.article));
    if (!p || !c.relative || c.from !== c.to || Math.abs(c.from - dayNumber(p.day)) > 1) return false;
    days.add(p.day);
  }
  return days.size >= 2;
}

/** Every date is a relative week ("last week", "two weeks ago"), and the reports were published on different days. */
function weeksBackFromDifferentDays(members: ClaimItem[], meta: Map<string, ArticleMeta>): boolean {
  const days = new Set<string>();
  for (const c of members) {
    const p = publishedAt(meta.get(c.article));
    if (!p || !c.relative || c.precision !== 'week') return false;
    days.add(p.day);
  }
  return days.size >= 2;
}

function publishedOnDifferentDays(x: ArticleMeta | undefined, y: ArticleMeta | undefined): boolean {
  const a = publishedAt(x);
  const b = publishedAt(y);
  return a !== null && b !== null && a.day !== b.day;
}

/**
 * Reported at different times: two articles published on different days, or at different times
 * of one day when both give a time. A morning and an evening report of one day without times
 * cannot be ordered.
 */
function before(x: ArticleMeta | undefined, y: ArticleMeta | undefined): boolean | null {
  const a = publishedAt(x);
  const b = publishedAt(y);
  if (!a || !b) return null;
  const timed = /T\d/.test(x!.published!) && /T\d/.test(y!.published!);
  if (a.day === b.day && !timed) return null;
  if (a.t === b.t) return null;
  return a.t < b.t;
}

/**
 * An update, not a contradiction: a figure whose values, ordered by when their articles were
 * published, only grow (a toll, a count of arrests, an amount raised), every pair of differing
 * values being reported at different times. Tolls and counts grow as news comes in; a figure
 * that falls or that two reports of the same moment disagree on stays a conflict.
 */
/** before()'s answer as an order: -1 when the first came first, 1 when after, 0 when unknown. */
function publishedOrder(first: boolean | null): number {
  return first === null ? 0 : first ? -1 : 1;
}

function isUpdate(members: ClaimItem[], meta: Map<string, ArticleMeta>, closed: (c: ClaimItem) => boolean = () => false): boolean {
  if (members[0].kind !== 'number') return false;
  // A time of day does not move as news comes in: two clocks for one event disagree.
  if (members[0].unit?.startsWith('clock:')) return false;
  // An age or the total a part is taken of ("14 out of every 100") does not move as news comes
  // in, not even in one outlet's series: two of them disagree (see isRunningCount).
  if (members.some(fixedFigure)) return false;
  // Only a running count moves as news comes in; a sentence length, a poll's margin or the
  // number of schools in a study does not, and a later report giving another one contradicts.
  // One outlet's own reports of a few days are the exception: its later figure revises its
  // earlier one upward (a wire service's typhoon series: 100,000 then 320,000 then 400,000
  // displaced, winds of 120 then 130 kph), and no other outlet is there to accuse.
  if (selfRevision(members, meta)) return true;
  // A count given for a period that is over ("last year the virus sickened 55", "last summer, 62
  // were infected") is that period's tally, read back after it closed: reports of different
  // days giving two tallies of it disagree, they do not follow a count as it grows.
  if (members.some(closed)) return false;
  if (!members.some(isRunningCount)) return false;
  for (const x of members) {
    for (const y of members) {
      if (x.article === y.article || compatible(x, y)) continue;
      const order = before(meta.get(x.article), meta.get(y.article));
      if (order === null) return false;
      // x earlier than y: y must be the larger figure.
      // A bound is read as the figure written ("at least 12" then "at least 30" grew).
      const low = (c: ClaimItem): number => (c.limit !== null ? c.figure : c.low);
      const high = (c: ClaimItem): number => (c.limit !== null ? c.figure : c.high);
      if (order && !(low(y) > high(x))) return false;
    }
  }
  return true;
}

/**
 * One outlet revising itself: every article of the conflict is from one named outlet, every two
 * differing values were published on different days, each value holds one stretch of time (no
 * value comes back after another replaced it), each later value is higher, and each came within
 * FOLLOW_UP_DAYS of the one it replaced. Then the later reports are the outlet's updates of its
 * earlier ones, not a disagreement between sources.
 */
function selfRevision(members: ClaimItem[], meta: Map<string, ArticleMeta>): boolean {
  if (!sameOutletOnDifferentDays(members, meta)) return false;
  // Ordered by day, the values form runs: a value seen again after another one is a flip-flop.
  const days = [...members].sort((a, b) => cmp(meta.get(a.article)?.published ?? '', meta.get(b.article)?.published ?? '') || a.articleIndex - b.articleIndex);
  const closed: ClaimItem[] = [];
  let current = days[0];
  for (const c of days.slice(1)) {
    if (compatible(c, current)) continue;
    if (closed.some((d) => compatible(c, d))) return false;
    // An update moves one way, as news comes in (issue #10: "tolls, counts, amounts raised"
    // grow; the typhoon series' displaced and its winds rose): a later figure below the earlier
    // one is the outlet taking back what it said, a correction or a second version, which the
    // conflict shows as possible with that said (ownSeries), never hidden as an evolution.
    // (A bound is read as the figure written, as in isUpdate.)
    if (!((c.limit !== null ? c.figure : c.low) > (current.limit !== null ? current.figure : current.high))) return false;
    // An outlet revises its figure while the story unfolds, within days; a different figure
    // months later is another report of the same thing (a sentence handed down, a study's
    // sample), which the conflict shows as possible (the reports are far apart), not a revision.
    if (daysApart(meta.get(current.article), meta.get(c.article)) > FOLLOW_UP_DAYS) return false;
    closed.push(current);
    current = c;
  }
  return true;
}

/** A period phrase bounding a count, right after the figure in its clause ("times since October", "cases so far this year"). */
const COUNT_PERIOD_AFTER = /^[^,;:.!?()]{0,40}?\b(since\s+[\p{L}\d]+|(?:so\s+far\s+)?this\s+(?:year|month|week|season)|in\s+the\s+(?:past|last)\s+(?:[\p{L}\d]+\s+)?(?:days?|weeks?|months?|years?))\b/iu;

/** The period a number claim's count is bounded by (lower case), "" for none. */
function countPeriod(c: ClaimItem): string {
  const m = COUNT_PERIOD_AFTER.exec(c.sentence.text.slice(c.end - c.sentence.start));
  return m ? m[1].toLowerCase().replace(/\s+/g, ' ') : '';
}

/** Precisions that name a whole period (a month, a season, a year), not a day or a moment. */
const WHOLE_PERIOD = new Set(['month', 'year', 'decade']);

/**
 * Whether a figure is the tally of a period already over when its article was published: a date
 * of the figure's own sentence names a whole month, season or year ("last year", "last summer",
 * "in 1999") that ended before the publication's month began. Such a tally is read back, not
 * followed as it grows (see isUpdate). A day ("on Tuesday") does not close a count: a toll of
 * Tuesday's attack still rises while the injured die and the missing are found.
 */
function closedPeriodCount(c: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>, meta: Map<string, ArticleMeta>): boolean {
  if (c.kind !== 'number') return false;
  const pub = publishedAt(meta.get(c.article));
  if (!pub) return false;
  const monthStart = dayNumber(`${pub.day.slice(0, 7)}-01`);
  return (claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? []).some(
    (d) => d.kind === 'date' && d.precision !== null && WHOLE_PERIOD.has(d.precision) && !d.bound && !d.hedged && !d.statement && !d.attributive && d.to < monthStart,
  );
}

/** Every article is from one named outlet, and the differing values were published on different days. */
function sameOutletOnDifferentDays(members: ClaimItem[], meta: Map<string, ArticleMeta>): boolean {
  const outlets = new Set(members.map((c) => meta.get(c.article)?.outlet ?? null).map((o) => (o ? fold(o) : null)));
  if (outlets.size !== 1 || outlets.has(null)) return false;
  return members.every((x) => members.every((y) => x.article === y.article || compatible(x, y) || publishedOnDifferentDays(meta.get(x.article), meta.get(y.article))));
}

/**
 * Words of figures that grow while a story unfolds (issue #10: "tolls, counts, amounts raised"):
 * the dead, injured and missing, people arrested, evacuated or rescued, cases, amounts raised or
 * pledged, and the verbs that report a figure moving ("rose to", "climbed to"). A figure is a
 * running count when such a word stands in its clause, next to it.
 */
const RUNNING_COUNT = /\b(?:kill|dead|death|die[ds]?\b|dying|toll|injur|wound|hurt|casualt|victim|missing|arrest|detain|evacuat|rescu|infect|cases\b|hospitali[sz]|displac|homeless|strand|rais|donat|pledg|(?:rose|risen|rising|climb|increas|jump|swell)\w*\s+to\b|so far\b)/i;
/** Characters either side of a figure in which its running-count word must stand. */
const COUNT_WINDOW = 60;

/**
 * A figure per unit of time ("800 Kenyans die of AIDS every day", "10,000 cases a year"): a
 * rate, read right after the figure in its own clause ("12 killed a day after the vote" is an
 * offset, not a rate). A rate is not a tally that only grows as news comes
 * in: two reports giving two rates disagree.
 */
const RATE_AFTER = /^[^,;:()]{0,40}?(?:\b(?:a|per|every|each)\s+(?:day|week|month|year)\b(?!\s+(?:after|before|earlier|later|ago|prior)\b)|\b(?:everyday|daily|weekly|monthly|yearly|annually)\b)/i;

/** The claim unit of a rate (annotate/quantities.ts reads "1 out of 500" as a percent of unit "rate", claims.ts stems it). */
const RATE_UNIT = `percent:${stem('rate')}`;
/**
 * An age, the total of a part, or a rate ("14 out of every 100", annotate/quantities.ts): figures
 * that stay what they were as a story unfolds (a share is no tally that only grows).
 */
const fixedFigure = (c: ClaimItem): boolean => c.unit !== null && (c.unit.endsWith(':old') || c.unit.includes(':total:') || c.unit === RATE_UNIT);

function isRunningCount(c: ClaimItem): boolean {
  // What the running-count word counts is the figure's own tally, so some figures near one are
  // not running counts whatever their neighbours:
  // - an age ("died … at the age of 91", "the 44-year-old victim"): fixed once the person died
  //   or was named, and the death word beside it dates the age, it does not count;
  // - the total of a part ("14 out of every 100 Kenyans are infected"): the running count is
  //   the part, the total is the whole it is taken of;
  // - a rate (RATE_AFTER).
  if (fixedFigure(c)) return false;
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  if (RATE_AFTER.test(c.sentence.text.slice(relEnd, relEnd + COUNT_WINDOW))) return false;
  const left = c.sentence.text.slice(Math.max(0, rel - COUNT_WINDOW), rel).split(/[;:()]/).pop() ?? '';
  const right = c.sentence.text.slice(relEnd, relEnd + COUNT_WINDOW).split(/[;:()]/)[0];
  if (RUNNING_COUNT.test(left) || RUNNING_COUNT.test(right) || RUNNING_COUNT.test(c.unit ?? '')) return true;
  // A tally up to the time of writing, whatever it counts: the present perfect governing the
  // figure ("the strike has closed 26 of the 29 plants", "have been shut", "has now idled") or
  // "now" / "to date" / "thus far" beside it ("26 of 29 plants are now closed"). The perfect
  // reports a state reached by the time of the report (Quirk et al. §4.21, the resultative
  // perfect): a later report's larger figure is the state grown since, as a toll is (issue #10,
  // session 16's reading: "26 of 29" plants closed, then "27 of 29" three weeks later, shown as
  // a possible card). Only counts, and only within the figure's own clause (after the last comma
  // before it), so that another clause's perfect ("the union, which has struck before, …") does
  // not make a tally of it; a perfect with a date of a closed period stays a conflict (closed).
  const clause = left.split(',').pop() ?? '';
  return c.unit !== null && /(?:^|:)count:/.test(c.unit) && (PERFECT_TALLY_BEFORE.test(clause) || NOW_TALLY.test(clause) || NOW_TALLY.test(right.split(/[,.]/)[0]));
}

/**
 * The present perfect before a figure in its clause: "has closed", "have now shut", "has been
 * forced to close", with at most a few words between the participle and the figure ("has shut
 * down 26", "have closed all but 3"). The word after "has"/"have" must not be a determiner or a
 * word of amount: "has 29 plants", "has about 40 stores" are possession, a stock that stands
 * still, not a tally.
 */
const PERFECT_TALLY_BEFORE = /\b(?:has|have|['’]ve)\s+(?:(?:now|already|so\s+far|thus\s+far|since|also|just)\s+)?(?:been\s+)?(?!(?:about|around|nearly|almost|more|fewer|less|over|under|some|only|at|up|the|a|an|its|their|his|her|our|no|not|never|to|had|got|roughly)\b)[a-z]{3,}\s+(?:[\w'’-]+\s+){0,4}$/i;
/** "now", "to date", "thus far" beside the figure: the count as it stands at writing. */
const NOW_TALLY = /\b(?:now|to\s+date|thus\s+far)\b/i;

/** Reports this many days apart that date one sentence differently tell of two occurrences (see findClaimConflicts' loop). */
const OTHER_OCCURRENCE_DAYS = 60;

/**
 * Evidence that two claims of different articles report the same thing, which every conflict
 * needs (issue #10: two thirds of the possible tier's alarms were different events, legs of a
 * trip, figures of different things, linked only by some shared words). Enough, one of:
 * - the sentences were aligned as one fact, or as one report but for this value (`matched`): the
 *   matcher, not only nearby words, says they report the same thing;
 * - a year one digit away with the same month (a typo-shaped date, `nearMiss`);
 * - very close contexts (STRONG_CLAIM);
 * - another figure of the same kind in both sentences agrees exactly ("seven AK-47s, three other
 *   rifles" / "seven AK-47s, two other rifles"): the two sentences count the same list.
 * - one slot read from the claims themselves (`anchored` covers these too): the same event of the
 *   same participants (sharedFrame), the same predicate or counted phrase (samePredicate).
 * Reports published more than a week apart are follow-ups that may describe a later event (an
 * aftershock, a second poll, another bill), in the same words: for them an aligned fact (or a
 * typo-shaped year) is evidence, and the claims' own evidence only when the later report tells of
 * something that had happened before the earlier one was published (`retold`): then it is no
 * later event (a study published in May, retold in September; the toll of a bombing on its
 * anniversary).
 */
function reportsSameThing(x: ClaimItem, y: ClaimItem, sim: number, aligned: boolean, matched: boolean, anchored: boolean, meta: Map<string, ArticleMeta>, retold = false): boolean {
  if (nearMiss(x, y)) return true;
  // (Aligned as one report but for this value, `matched`, is the matcher's word as much as one
  // fact is: "The jury sentenced Graner to six years" / "… to ten years" a year apart.)
  if (daysApart(meta.get(x.article), meta.get(y.article)) > FOLLOW_UP_DAYS) return aligned || matched || (anchored && retold);
  return matched || sim >= STRONG_CLAIM || anchored;
}

/**
 * Whether the later of two reports tells, in the claim's own sentence, of something dated before
 * the earlier report was published: a date of that sentence (the claim itself when it is a date)
 * that is not a statement's, a plan's or a bound's, and that ends before the earlier publication
 * day. What it tells happened before either report, so it is not a later event told in the same
 * words (see reportsSameThing). False when either report is undated.
 */
function retoldPast(x: ClaimItem, y: ClaimItem, meta: Map<string, ArticleMeta>, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  const px = publishedAt(meta.get(x.article));
  const py = publishedAt(meta.get(y.article));
  if (!px || !py || px.t === py.t) return false;
  const [later, earlierAt] = px.t > py.t ? [x, py] : [y, px];
  const earlierDay = dayNumber(earlierAt.day);
  return (claimsOfSentence.get(`${later.article}:${later.sentence.start}`) ?? []).some(
    (d) => d.kind === 'date' && d.weekday === null && !d.statement && !d.hedged && !d.bound && d.direction !== 'future' && d.to < earlierDay,
  );
}

/**
 * Another value that both claims' sentences give alike: a figure of one unit and one value, or the
 * day of what is reported (a resolved day, not a statement's date, not a date used as a name).
 * "At least 21 people were killed when a fire broke out … late on Monday" and "A fire … late on
 * Monday, killing 12 people": the same day's event, counted twice.
 */
/** The words a forecast puts before its figure (past or present): "had predicted America would add". */
const FORECAST_BEFORE = /\b(?:predict(?:ed|s|ing)?|forecast(?:ed|s|ing)?|projected|projections?|expect(?:ed|s|ing)?|anticipated|economists?\s+(?:had\s+)?(?:said|saw|see))\b[^.;:]{0,60}$/i;
/** Claim `c` is a forecast: a forecast verb before its figure in its own clause (see FORECAST_BEFORE). */
function forecast(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  return c.hedged && FORECAST_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 80), rel));
}

/** "first", "last", "past" … right before a figure (after "the", "his", "Creighton's"): a window of a series. */
const WINDOW_BEFORE = /\b(?:first|last|past|next|previous|final|opening|closing)\s+$/i;
/** A window anywhere in the sentence ("… in his last two games"): every figure of the sentence is of that stretch. */
const WINDOW_IN = /\b(?:in|over|during|for|through)\s+(?:(?:his|her|their|its|the|a)\s+)?((?:first|last|past|previous|final|opening|closing)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+\p{L}+)/iu;
/** The stretch of a series a figure counts: the window it opens ("first eight points"), the window its sentence names ("last two games"), or none. */
function windowOf(c: ClaimItem): string | null {
  if (WINDOW_BEFORE.test(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 12), c.start - c.sentence.start))) return 'self';
  const m = WINDOW_IN.exec(c.sentence.text);
  return m ? fold(m[1]) : null;
}

/**
 * An amount of money opening a parenthesis right after another amount ("estimated at $US1 million
 * ($1.52 million)"): the first amount in another currency, a conversion the outlet added, not a
 * second figure for the thing (read on an ECB+ dev subtopic, where it was set against "$1 million"
 * as a confident card).
 */
const CONVERTED_BEFORE = /\d[\d.,]*\s*(?:thousand|million|billion|trillion|m|bn)?\s*\(\s*(?:about|around|approximately|roughly|some)?\s*$/i;
const conversion = (c: ClaimItem): boolean => (c.unit?.startsWith('money:') ?? false) && CONVERTED_BEFORE.test(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 30), c.start - c.sentence.start));

/**
 * Whether the two claims' sentences disagree on most of their other figures: at least two other
 * figures of one sentence meet a figure of the same unit in the other and agree with none of them,
 * and fewer agree. One figure given two ways leaves the rest of the sentence alike (a changed
 * value, a misreport); two players' or two seasons' lines differ everywhere.
 */
function apartCoFigures(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  const others = (c: ClaimItem): ClaimItem[] => (claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? []).filter((d) => d.id !== c.id && d.kind === 'number' && d.unit !== null);
  const oy = others(y);
  let apart = 0;
  let agree = 0;
  for (const a of others(x)) {
    const like = oy.filter((b) => b.unit === a.unit);
    if (like.length === 0) continue;
    if (like.some((b) => compatible(a, b))) agree++;
    else apart++;
  }
  return apart >= 2 && apart > agree;
}

/** A clause opening with a determiner, its subject noun and its verb: "The aftershock lasted …". */
const SUBJECT_OPENING = /^(?:[^,;:]{0,60},\s*)?(?:the|a|an|this|that)\s+([a-z]{3,})\s+([a-z]{3,})\b/i;
function subjectOf(c: ClaimItem): { noun: string; verb: string } | null {
  const m = SUBJECT_OPENING.exec(c.sentence.text.slice(0, c.start - c.sentence.start));
  return m ? { noun: stem(m[1].toLowerCase()), verb: stem(m[2].toLowerCase()) } : null;
}
/**
 * The two figures' clauses open with one verb and two subject nouns that are not synonyms (WordNet
 * synsets, synonyms.ts), and neither sentence names the other's subject: two things each did it
 * ("the earthquake lasted" / "the aftershock lasted"; "the quake lasted" / "the earthquake
 * lasted" stay one subject).
 */
/**
 * Nouns that name an event without saying which kind ("the incident", "the event", "the
 * episode"): they refer back to whatever the story is about, so "The incident took place about
 * 250 nautical miles off Aden" and "The attack took place about 150 nautical miles off Aden" have
 * one subject, not two (a dev number analogue, ECB+; shell nouns in the sense of Schmid 2000,
 * which take their content from the text around them). Stems (lex.ts stem).
 */
const GENERAL_EVENT_NOUN = /^(?:incident|event|episod|occurrenc|happen)$/;
function otherSubjects(x: ClaimItem, y: ClaimItem): boolean {
  const a = subjectOf(x);
  const b = subjectOf(y);
  if (!a || !b || a.verb !== b.verb || a.noun === b.noun) return false;
  if (GENERAL_EVENT_NOUN.test(a.noun) || GENERAL_EVENT_NOUN.test(b.noun)) return false;
  if (shareSynset(synsetsOf(a.noun), synsetsOf(b.noun))) return false;
  const has = (c: ClaimItem, n: string): boolean => tokens(c.sentence.text).some((t) => stem(t.norm) === n);
  return !has(x, b.noun) && !has(y, a.noun);
}

/** Nouns of a person after an age, by age group and sex: two ages that differ in either are two people's. */
const AGED_PERSON: Record<string, [string, string | null]> = Object.fromEntries(
  (
    [
      ['girl', 'child', 'f'], ['boy', 'child', 'm'], ['child', 'child', null], ['baby', 'child', null], ['infant', 'child', null], ['toddler', 'child', null], ['son', 'child', 'm'], ['daughter', 'child', 'f'], ['schoolgirl', 'child', 'f'], ['schoolboy', 'child', 'm'],
      ['man', 'adult', 'm'], ['woman', 'adult', 'f'], ['mother', 'adult', 'f'], ['mom', 'adult', 'f'], ['mum', 'adult', 'f'], ['father', 'adult', 'm'], ['dad', 'adult', 'm'], ['wife', 'adult', 'f'], ['husband', 'adult', 'm'], ['grandmother', 'adult', 'f'], ['grandfather', 'adult', 'm'],
    ] as Array<[string, string, string | null]>
  ).map(([w, g, sx]) => [w, [g, sx]]),
);
function agedPerson(c: ClaimItem): [string, string | null] | null {
  // Only a hyphened age ("a 6-year-old boy") is followed by its person's noun: after an age in
  // commas ("Tomas Rell, 10, whose father …") the next words are another clause's, and "father"
  // there made the boy an adult and kept his two ages apart (claims-named-ages test).
  if (!/old$/i.test(c.text)) return null;
  const after = c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 40).toLowerCase().match(/[a-z]+/g) ?? [];
  for (const w of after.slice(0, 3)) if (AGED_PERSON[w]) return AGED_PERSON[w];
  return null;
}
/**
 * The named place a value is told of: the place whose relative clause holds it ("the border town
 * of Fonds Marel, where 102 people died"), or a place right after its counted noun ("two parts
 * factories in Flint", "more than 50 parts factories in Mexico"). Only "where" right after a
 * capitalised name with no clause break between "where" and the value, and only "in" + a
 * capitalised name after nothing but lower-case words (the counted noun phrase), so the place is
 * the value's own. Months and weekdays are times, not places. (Read on DUC 2003 and DUC 2006 dev
 * and unseen topics: a Haitian town's 102 dead and a Nicaraguan town's more than 1,500 shown as one
 * toll updated over time; two struck factories in Flint and GM's 50 factories in Mexico as a
 * possible card.)
 */
const PLACE_WHERE = /(\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|del|la|le|du|of|\p{Lu}[\p{L}'’.-]*)){0,3})\s*,\s*where\s+((?:[^,;:.!?]|\d,\d)*)$/u;
const PLACE_IN_AFTER = /^(?:\s+(?!(?:was|were|is|are|be|been|being|had|has|have|who|which|that)\b)(?![\p{Ll}-]+ed\b)[\p{Ll}-]+){1,4}\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;
const NOT_A_PLACE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/i;
function valuePlace(c: ClaimItem): string | null {
  const before = c.sentence.text.slice(0, c.start - c.sentence.start);
  const m = PLACE_WHERE.exec(before);
  if (m && m[2].split(/\s+/).filter(Boolean).length <= 6) return m[1];
  const after = PLACE_IN_AFTER.exec(c.sentence.text.slice(c.end - c.sentence.start));
  if (after && !NOT_A_PLACE.test(after[1])) return after[1];
  // Or the place an opening adverbial tells the figure's clause of ("In the town of Sarnev alone, 34 …").
  return frontedPlace(c);
}
/** Two values each told of its own named place (valuePlace), neither place named in the other's sentence: two places' figures. */
function otherPlacesOfValues(x: ClaimItem, y: ClaimItem): boolean {
  const a = valuePlace(x);
  const b = valuePlace(y);
  if (a === null || b === null || a.toLowerCase() === b.toLowerCase()) return false;
  return !y.sentence.text.includes(a) && !x.sentence.text.includes(b);
}
function twoPeopleAged(x: ClaimItem, y: ClaimItem): boolean {
  const a = agedPerson(x);
  const b = agedPerson(y);
  return a !== null && b !== null && (a[0] !== b[0] || (a[1] !== null && b[1] !== null && a[1] !== b[1]));
}

/**
 * Words that put a clause ahead of its report: a future, a plan, a schedule. A date resolved past
 * its article's publication day in a clause with none of them was resolved the wrong way (a past
 * act's "In May" read as the coming May: "In May, a 15-year-old boy … wounded six students" in a
 * February report).
 */
// Lower case only: "In May" is a month, "may" a modal.
const AHEAD_WORDS = /\b(?:will|shall|would|'ll|going\s+to|plan(?:s|ned)?|schedul\w*|expect\w*|set\s+to|due|next|upcoming|coming|until|deadline|aim\w*|hop(?:e|es|ed)|intend\w*|could|may|might|should)\b/;
/** A past verb form: an auxiliary of the past, a regular past ("wounded") or an irregular one ("shot", irregular-verbs.ts). */
const PAST_VERB = /\b(?:was|were|had|did|\w{3,}ed)\b/i;
const pastTold = (text: string): boolean => PAST_VERB.test(text) || (text.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => IRREGULAR[w] !== undefined && IRREGULAR[w] !== w && !/^(?:read|put|set|cut|hit|let|hurt|cost|shut|quit|split|spread|upset|bet|shed|lay|left)$/.test(w));
/**
 * A date resolved after its own article's publication day in a sentence told in the past with no
 * word putting it ahead (AHEAD_WORDS): the annotator may have resolved a bare month or weekday
 * forward where the act is over (read on a DUC
 * 2006 dev topic: "In May, a 15-year-old boy in Conyers, Ga., wounded six students" and "in
 * April, two students at Columbine High School … shot 12" in a February 2000 report, read as May
 * and April 2000 and set against "Thursday" and "April 20, 1999" of the same shootings).
 */
function misreadAhead(c: ClaimItem, meta: Map<string, ArticleMeta>): boolean {
  if (c.kind !== 'date' || c.precision === 'year' || c.precision === 'decade' || /\b\d{4}\b/.test(c.text)) return false;
  const p = publishedAt(meta.get(c.article));
  if (!p || c.from <= dayNumber(p.day)) return false;
  return pastTold(c.sentence.text) && !AHEAD_WORDS.test(c.sentence.text);
}

/** Two plans (hedged dates, no statement's) of reports of different days, the later report's date the later. */
function postponed(x: ClaimItem, y: ClaimItem, meta: Map<string, ArticleMeta>): boolean {
  if (!x.hedged || !y.hedged || x.statement || y.statement || x.attributive || y.attributive) return false;
  const order = before(meta.get(x.article), meta.get(y.article));
  if (order === null || !publishedOnDifferentDays(meta.get(x.article), meta.get(y.article))) return false;
  const [early, late] = order ? [x, y] : [y, x];
  return late.from > early.to;
}

/**
 * A schedule moved between reports (issue #10: "an opening moved from May 21 to May 19 between
 * reports" is an update with times, neither lost nor an outlet's error): every date is a plan
 * still ahead of its own report's publication day (not a statement's date, not a name, not a
 * bound), every two differing dates come from reports that can be ordered in time, and, in
 * publication order, each date holds one stretch (a date that comes back after another replaced
 * it is a disagreement, not a schedule that moved). Unlike a toll, a schedule moves either way.
 */
function rescheduled(members: ClaimItem[], meta: Map<string, ArticleMeta>): boolean {
  if (members.length < 2) return false;
  for (const c of members) {
    if (c.kind !== 'date' || c.statement || c.attributive || c.bound || c.weekday !== null) return false;
    const p = publishedAt(meta.get(c.article));
    if (!p || c.from <= dayNumber(p.day)) return false;
  }
  for (const x of members) for (const y of members) if (x.article !== y.article && !compatible(x, y) && before(meta.get(x.article), meta.get(y.article)) === null) return false;
  const order = [...members].sort((a, b) => publishedAt(meta.get(a.article))!.t - publishedAt(meta.get(b.article))!.t || a.articleIndex - b.articleIndex);
  const replaced: ClaimItem[] = [];
  let current = order[0];
  for (const c of order.slice(1)) {
    if (compatible(c, current)) continue;
    if (replaced.some((d) => compatible(c, d))) return false;
    replaced.push(current);
    current = c;
  }
  return replaced.length > 0;
}

/**
 * A statement's date after the other article's publication day: a resolved day (no weekday left
 * unresolved) that the other report, already out, cannot have quoted.
 */
function saidAfter(c: ClaimItem, other: ClaimItem, meta: Map<string, ArticleMeta>): boolean {
  const p = publishedAt(meta.get(other.article));
  if (!p || !publishedAt(meta.get(c.article)) || c.kind !== 'date' || c.weekday !== null) return false;
  return c.from > dayNumber(p.day);
}

/** A date claim moved back by some calendar years (its day numbers). */
function yearsEarlier(c: ClaimItem, years: number): ClaimItem {
  const back = (d: number): number => {
    const t = new Date(d * 86_400_000);
    return Math.floor(Date.UTC(t.getUTCFullYear() - years, t.getUTCMonth(), t.getUTCDate()) / 86_400_000);
  };
  return { ...c, from: back(c.from), to: back(c.to) };
}
/** Whether date c, read a year earlier or in a year its own sentence writes, agrees with d. */
function rereadAgrees(c: ClaimItem, d: ClaimItem): boolean {
  if (compatible(yearsEarlier(c, 1), d)) return true;
  const year = new Date(c.from * 86_400_000).getUTCFullYear();
  return (c.sentence.text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []).some((y) => Number(y) < year && compatible(yearsEarlier(c, year - Number(y)), d));
}

/**
 * The day of an event told in claim c's sentence, when it falls after the other article's
 * publication day: a resolved day (not a statement's date, not a date used as a name, not a plan)
 * of the sentence other than c. The other report, published before that day,
 * cannot tell of that event: two figures or dates of two events (the disputed date itself does
 * not count: a day after the other report is what the two may disagree on) (read on an ECB+ dev subtopic:
 * "The trouble Wednesday night began soon after more than 200 people set off from the vigil site"
 * against "nearly 100 people set off from the vigil site" in a report of the Monday before).
 */
function toldAfter(c: ClaimItem, other: ClaimItem, meta: Map<string, ArticleMeta>, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  const p = publishedAt(meta.get(other.article));
  if (!p || !publishedAt(meta.get(c.article))) return false;
  const day = dayNumber(p.day);
  return (claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? []).some(
    (d) => d.id !== c.id && d.kind === 'date' && d.precision === 'day' && !d.statement && !d.attributive && !d.hedged && d.weekday === null && d.from > day && !misreadAhead(d, meta),
  );
}

/**
 * A wish or an intention, not an act ("each wanted to adopt eight Korean children", "hoped to
 * raise $2 million"): compared only with its kind, as forecasts are (read on a DUC 2006 dev topic,
 * against "3,500 Korean children were adopted" of five years).
 */
const WISH_BEFORE = /\b(?:want(?:s|ed)?|wish(?:es|ed)?|hop(?:e|es|ed|ing)|intend(?:s|ed)?|aim(?:s|ed)?|plan(?:s|ned)?|would\s+like|seek(?:s|ing)?|sought)\s+to\s+(?:\w+\s+){0,2}$/i;
/**
 * A figure that is the subject of a plan or an expectation ("13 heads of state were expected to
 * attend", "20 teams planned to take part", "40 ships are due to sail"): a count of who was meant
 * to act, not of who did (issue #10: "13 planned" against "12 came" is two claims, the plan and
 * the outcome, never a conflict). Read in the figure's own clause, a few words after it (the
 * counted noun phrase, then the plan's verb); bounded, so it costs the same on any sentence.
 */
// ("due to" only after a form of "be": "12 deaths due to the floods" gives a cause, not a plan.)
const PLAN_AFTER = /^(?:(?!\b(?:and|but|or|while|which|who)\b)[^,;:.()\d]){0,40}?\b(?:(?:(?:are|is|were|was|had|have|has|had\s+been|have\s+been)\s+)?(?:expected|planned|planning|plans?|scheduled|slated|supposed|intended|intending|hoped|hoping|invited)|(?:are|is|were|was)\s+due)\s+to\b/i;
/**
 * The same plan with the figure as its object ("organisers had expected 13 teams to take part",
 * "invited 40 leaders", "planned for 200 guests"): the verb right before the figure (an
 * approximator between them at most).
 */
const PLAN_BEFORE = /\b(?:expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|plann?(?:s|ed|ing)?\s+for)\s+(?:(?:about|around|some|nearly|up\s+to|as\s+many\s+as|at\s+least|more\s+than)\s+)?$/i;
function wish(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  const before = c.sentence.text.slice(Math.max(0, rel - 60), rel);
  return WISH_BEFORE.test(before) || PLAN_BEFORE.test(before) || PLAN_AFTER.test(c.sentence.text.slice(relEnd, relEnd + 80));
}

/**
 * A comparison with another time inside the sentence: "about 32 million …, compared with 55.3
 * million a decade ago", "up from 12 last year", "from 4.1 percent in 1989 to 3.5 percent". A
 * sentence giving both values of such a pair tells of two moments, and the other article's figure
 * may be either (read on an ECB+ dev subtopic: last year's audience against the one of a decade
 * before, which the first article gives too).
 */
const COMPARED = /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|than|from\b(?:[^.;]|\.(?=\d)){1,40}?\bto)\b/i;
/** A change told between two moments: "compared with", "up from", "down from", "from … to". */
const TWO_MOMENTS = /\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|from\b(?:[^.;]|\.(?=\d)){1,40}?\bto)\b/i;
function givesBoth(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): boolean {
  if (!COMPARED.test(x.sentence.text)) return false;
  // The other value written out in this sentence too (read or not as a claim of its own).
  if (/\d/.test(y.text) && x.sentence.text.indexOf(y.text) >= 0 && x.sentence.text.indexOf(y.text) !== x.start - x.sentence.start) return true;
  // The sentence's other figure may carry no unit of its own ("55.3 million a decade ago"): it
  // shares the unit of the figure it is compared with.
  return (claimsOfSentence.get(`${x.article}:${x.sentence.start}`) ?? []).some((d) => d.id !== x.id && d.kind === y.kind && (d.unit === y.unit || d.unit === null) && compatible({ ...d, unit: y.unit }, y));
}

/**
 * What a share counts is the group that does the verb after it: "70 percent of Quebecers did not
 * want another referendum" / "43 percent of Quebecers would vote yes" are two poll questions. The
 * verb is read after an auxiliary or a modal within the few words after the figure ("percent",
 * "of" and the group, then "did not", "would"); null when none is there.
 */
const SHARE_VERB = /^\s*(?:%|percent|per\s+cent)?\s*(?:of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+)?(?:did|do|does|would|will|could|should|were|was|are|is|have|has|had)(?:n['’]t)?\s+(?:not\s+|never\s+|still\s+|also\s+)?([a-z]{3,})\b/iu;
function shareVerb(c: ClaimItem): string | null {
  if (c.unit !== 'percent' && !(c.unit?.endsWith(':percent') ?? false)) return null;
  const m = SHARE_VERB.exec(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 80));
  return m ? stem(m[1].toLowerCase()) : null;
}
function otherShares(x: ClaimItem, y: ClaimItem): boolean {
  const a = shareVerb(x);
  const b = shareVerb(y);
  return a !== null && b !== null && a !== b && !shareSynset(synsetsOf(a), synsetsOf(b));
}

/**
 * The head noun of a count written with a hyphen ("a four-time NBA all-star", "a five-time NBA
 * All-Defensive Team honoree"): the last word of its noun phrase, which ends at a clause mark or a
 * function word. The hyphened word ("time") says how the figure counts, the head what is counted.
 */
function hyphenedHead(c: ClaimItem): string | null {
  const after = c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 60);
  if (!/^\s*-/.test(after)) return null;
  const phrase = after.split(/[,;:()—–"“”.!?]/)[0];
  const toks = tokens(phrase);
  const stop = toks.findIndex((t, i) => i > 0 && STOP_WORDS.has(t.norm));
  const np = (stop < 0 ? toks : toks.slice(0, stop)).filter((t) => /\p{L}/u.test(t.norm));
  return np.length >= 2 ? stem(np[np.length - 1].norm) : null;
}
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'with', 'while', 'who', 'which', 'that', 'and', 'or', 'but', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'from', 'to', 'by', 'as', 'since', 'after', 'before', 'during']);
/** Two hyphened counts of different heads, neither head named in the other's sentence: two things counted. */
function otherHeads(x: ClaimItem, y: ClaimItem): boolean {
  const a = hyphenedHead(x);
  const b = hyphenedHead(y);
  if (a === null || b === null || a === b) return false;
  const has = (c: ClaimItem, h: string): boolean => tokens(c.sentence.text).some((t) => stem(t.norm) === h);
  return !has(x, b) && !has(y, a);
}

/**
 * A count whose unit is not what its own noun phrase counts: "The three bank workers-two women
 * and a man-were killed" reads "three" with the unit "women" of the breakdown glued to it by a
 * hyphen, while its phrase counts "bank workers". The figure counts its phrase; compared with
 * counts of the unit it is a total against a part.
 */
/**
 * The places a figure's own clause puts its event in: a place named after "in", "at", "near" or
 * "outside" between the figure and its clause's end ("killed three people on Tuesday [in the town
 * of Sarn]"). A place elsewhere in the sentence ("The tremor struck … Qeshm island, …, injuring
 * five people") may be the wider setting another report leaves out, and says nothing of which
 * event the figure counts.
 */
function ownPlaces(c: ClaimItem): string[] {
  const text = c.sentence.text;
  let tail = text.slice(c.end - c.sentence.start);
  const stop = /[,;:.!?()]|\s(?:and|but|while)\s/.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  const low = tail.toLowerCase();
  return c.places.filter((n) => {
    const i = low.indexOf(n.toLowerCase());
    return i > 0 && /\b(?:in|at|near|outside)\b/.test(low.slice(Math.max(0, i - 30), i));
  });
}

/** A count of people its own verb names dead or injured (claims/measure.ts). */
function casualty(c: ClaimItem): boolean {
  return c.unit === 'count:' + stem('people') && c.measure.some((m) => m === 'EV:death' || m === 'EV:injury');
}

/**
 * A count whose unit is not what its own noun phrase counts: "The three bank workers-two women
 * and a man-were killed" reads "three" with the unit "women" of the breakdown glued to it by a
 * hyphen, while its phrase counts "bank workers". The figure counts its phrase; compared with
 * counts of the unit it is a total against a part.
 * (The unit's noun is its last part: a part or a total carries its role before it,
 * "count:total:passeng" for "one of the 19 passengers aboard". Read whole, such a unit never
 * matched its own phrase, and every total or part followed by two content words was dropped as
 * read out of its construction: a dev number analogue, "one of the 162 injured claimed …"
 * against "one of the 262 injured claimed …", was never compared.)
 */
function unitOutsidePhrase(c: ClaimItem): boolean {
  if (!c.unit?.startsWith('count:')) return false;
  const unitStems = c.unit.slice(c.unit.lastIndexOf(':') + 1).split('-');
  // The noun phrase after the figure ends at a clause mark, a function word or another figure
  // ("three [bank workers]-two women"; "four [AK]-47 assault rifles": the unit still in it).
  const after = c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 80).split(/[,;:()—–"“”]/)[0];
  const phrase: string[] = [];
  for (const t of tokens(after)) {
    if (STOP.has(t.norm) || /^\d/.test(t.norm) || NUMBER_WORD.test(t.norm)) break;
    phrase.push(stem(t.norm));
  }
  // (A people counted as people, "28 Palestinians" read as "count:peopl", has its people in the phrase: claims.ts group.)
  // (Nor a crowd counted as people, "250,000 protesters marched" read as "count:peopl" with its
  // gathering: claims/crowd-counts.ts.)
  return phrase.length >= 2 && !unitStems.some((u) => phrase.includes(u)) && !(c.group !== null && phrase.includes(c.group)) && !(c.measure.includes(CROWD) && phrase.some(crowdNoun));
}
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|million|dozen)$/;

/**
 * A stretch of an ongoing event counted to the time of the report ("after eight days of the worst
 * riots", "in the fourth week of the strike"): it grows with every day, so two reports give two
 * values unless both were published on one day. A stretch a past verb of sequence closes ("the
 * incursion followed two days of airstrikes") grows no more (closed-stretches.ts).
 */
const ongoingStretch = (c: ClaimItem): boolean => (c.unit?.startsWith('duration:') ?? false) && /(?:days?|weeks?|months?|nights?)$/i.test(c.text) && /^\s+of\s/.test(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 6)) && !closedStretch(c);
function sameDayReports(x: ClaimItem, y: ClaimItem, meta: Map<string, ArticleMeta>): boolean {
  const a = publishedAt(meta.get(x.article));
  const b = publishedAt(meta.get(y.article));
  return a !== null && b !== null && a.day === b.day;
}

/**
 * The tail of a number cut off by a space the corpus put after its separator ("at 7: 01 p. m.",
 * "magnitude 6. 1"): a value right after a digit and a colon or a full stop is no value of its own.
 */
const TAIL_BEFORE = /\d[:.]\s$/;
const numberTail = (c: ClaimItem): boolean => TAIL_BEFORE.test(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 3), c.start - c.sentence.start));

/**
 * A date of something that recurs ("El Nino usually occurs around December every three to six
 * years"): a habit, not the date of one event, so it is compared with nothing (read on a DUC 2006
 * dev topic against "the next El Nino will occur around 2002").
 */
const HABITUAL = /\b(?:usually|typically|normally|generally|often|traditionally|customarily|(?:every|each)\s+(?:[\w-]+\s+){0,4}?(?:years?|months?|weeks?|days?|season|summer|winter|spring|autumn))\b/i;
function habitual(c: ClaimItem): boolean {
  if (c.kind !== 'date') return false;
  const rel = c.start - c.sentence.start;
  const around = c.sentence.text.slice(Math.max(0, rel - 50), c.end - c.sentence.start + 40);
  const clause = around.split(/[;:—]|,\s+(?:but|while|and|which|who)\b/);
  return clause.some((part) => part.includes(c.text) && HABITUAL.test(part));
}

/**
 * The instance of a series a date used as a name picks by an ordinal ("Friday's second semifinal",
 * "Sunday's final round"): '' when none. "Saturday's semifinals" and "Friday's second semifinal"
 * name two games (read on an ECB+ dev subtopic), whatever the days.
 */
const ORDINAL_AFTER = /^\s*['’]s?\s+(first|second|third|fourth|fifth|sixth|final|last|opening|\d+(?:st|nd|rd|th))\b/i;
/** The unit of a vote's tally (claims.ts). */
const TALLY_UNIT = 'tally:tally';
/**
 * Most a body's votes cast can differ between two tallies of one vote: absences and abstentions
 * move a tally's total a little ("94-1" / "92-6": 95 and 98 votes), while two bodies' votes differ
 * by far more (a committee's "13-8" and its chamber's "52-48", a house's "220-212" and a senate's
 * "52-48"). A third of the smaller total.
 */
const TALLY_TOTAL_RATIO = 4 / 3;
/** The verb that governs a tally, in the words before it ("voted", "approved the bill"). */
const TALLY_VERB_BEFORE = /\b(vot(?:e|ed|es|ing)|pass(?:ed|es)?|approv(?:ed|es|e)|reject(?:ed|s)?|confirm(?:ed|s)?|adopt(?:ed|s)?|endors(?:ed|es|e)|defeat(?:ed|s)?|overr(?:ode|ides?)|upheld|uph(?:olds?)|str(?:uck|ikes?)|rul(?:ed|es)|decid(?:ed|es))\b[^.;:!?]{0,40}$/i;
/** What a vote decided, as an infinitive after the tally ("voted 60-40 on Tuesday to end debate"). */
const TALLY_PURPOSE_AFTER = /^(?:\s+[\p{L}\d,'’-]+){0,3}?\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|\d)\b)(\p{Ll}{3,})\b/u;
/** The act a tally counts votes for: its purpose when written, else its governing verb unless that is "voted" (no act). */
function voteAct(c: ClaimItem): string | null {
  const s = c.sentence.text;
  const purpose = TALLY_PURPOSE_AFTER.exec(s.slice(c.end - c.sentence.start, c.end - c.sentence.start + 60))?.[1];
  if (purpose) return stem(purpose.toLowerCase());
  const verb = TALLY_VERB_BEFORE.exec(s.slice(Math.max(0, c.start - c.sentence.start - 60), c.start - c.sentence.start))?.[1];
  if (!verb || /^vot/i.test(verb)) return null;
  return stem(verb.toLowerCase());
}
/**
 * Whether two tallies may be one vote told two ways: their totals near (TALLY_TOTAL_RATIO: one
 * body), and the acts voted on, where both are written, one act or WordNet synonyms ("voted 94-1
 * to approve" / "approved … 92-6"). A chamber often votes twice on one bill on one day (to end
 * debate, then to pass it), with about as many members: the act tells those votes apart.
 */
function oneVote(x: ClaimItem, y: ClaimItem): boolean {
  const total = (c: ClaimItem): number => Math.floor(c.figure / TALLY_BASE) + (c.figure % TALLY_BASE);
  const [tx, ty] = [total(x), total(y)];
  if (Math.max(tx, ty) > Math.min(tx, ty) * TALLY_TOTAL_RATIO) return false;
  const [ax, ay] = [voteAct(x), voteAct(y)];
  return ax === null || ay === null || ax === ay || shareSynset(synsetsOf(ax), synsetsOf(ay));
}
/** Whether a date's own words write its year ("May 3, 2019", "2004", "the '90s", "the 1990s"), not only a day or a month. */
const yearWritten = (c: ClaimItem): boolean => /\b\d{4}s?\b|['’]\d\d(?:s\b|\b)/.test(c.text);
const instanceOf = (c: ClaimItem): string => (ORDINAL_AFTER.exec(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 30))?.[1] ?? '').toLowerCase();

/** Names of days and months: no actor's name. */
const TIME_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|last|this|next)$/;

/** Whether claim c's predicate (its nearest event word, claims.ts) stands in c's own clause (between clause marks). */
function inClause(c: ClaimItem): boolean {
  if (c.predicate === null) return false;
  const cls = c.predicate;
  const rel = c.start - c.sentence.start;
  const before = c.sentence.text.slice(0, rel);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—')) + 1;
  const after = c.sentence.text.slice(c.end - c.sentence.start);
  const stop = after.search(/[,;:—]/);
  const clause = c.sentence.text.slice(from, c.end - c.sentence.start + (stop < 0 ? after.length : stop));
  return tokens(clause).some((t) => eventClass(stem(t.norm)) === cls);
}

/** A coordinator or a clause mark: where one conjunct of a sentence ends and the next begins. */
const CONJUNCT_MARK = /[,;:—]|\b(?:and|or|but)\b/g;
/** Words between a verb and its figure that are no verb: bounds, determiners ("kills up to 3 million", "sickens another 300"). */
const FIGURE_MODIFIERS = new Set('up to about around nearly almost roughly some more than over at least most an a the estimated another as many approximately only just fewer less under below above exactly all of its their his her those these additional other further extra'.split(' '));

/**
 * The verb that governs a figure in its own conjunct when the figure's predicate (claims.ts: the
 * nearest event word) stands in another conjunct of the sentence: "Malaria [sickens] 300 million
 * people a year and kills up to 3 million" gives 300 million the predicate of "kills" (the
 * nearest event word; "sickens" names no event class), across "and". Returns the governing word's
 * stem, or null when the predicate is the figure's own (in its conjunct) or no word governs the
 * figure there ("12 people in Texas and 3 in Oklahoma": the second conjunct borrows the verb).
 * The governing word is the word right before the figure past its bounds and determiners, in
 * lower case and a content word.
 */
function borrowedPredicate(c: ClaimItem): string | null {
  if (c.predicate === null) return null;
  const text = c.sentence.text;
  const rel = c.start - c.sentence.start;
  const endRel = c.end - c.sentence.start;
  let from = 0;
  for (const m of text.slice(0, rel).matchAll(CONJUNCT_MARK)) from = m.index + m[0].length;
  const next = text.slice(endRel).search(CONJUNCT_MARK);
  const to = next < 0 ? text.length : endRel + next;
  if (tokens(text.slice(from, to)).some((t) => eventClass(stem(t.norm)) === c.predicate)) return null;
  const words = text.slice(from, rel).match(/[\p{L}'’-]+/gu) ?? [];
  while (words.length > 0 && FIGURE_MODIFIERS.has(words[words.length - 1].toLowerCase())) words.pop();
  const w = words[words.length - 1];
  if (w === undefined || !/^\p{Ll}{3,}$/u.test(w) || STOP.has(w) || contentStems(w).length === 0) return null;
  return stem(w);
}

/**
 * Two figures of one sentence's two coordinated predicates paired across them: one figure's
 * predicate is borrowed from the other conjunct (borrowedPredicate) while the other figure's is
 * that predicate in its own conjunct ("sickens 300 million people … and kills up to 3 million" /
 * "kills up to 3 million people a year"), or both are borrowed and governed by different verbs.
 * Read on an unseen DUC 2006 story ("kills up to 3 million people a year and sickens 300
 * million"): the counts of the sick and of the dead were paired as one count.
 */
function coordinatedApart(x: ClaimItem, y: ClaimItem): boolean {
  const bx = borrowedPredicate(x);
  const by = borrowedPredicate(y);
  if (bx !== null && by !== null) return bx !== by;
  if (bx !== null) return y.predicate === x.predicate && inClause(y);
  if (by !== null) return x.predicate === y.predicate && inClause(x);
  return false;
}

/** An act placed relative to another in its sentence: "hours after both sides agreed", "days before the vote". */
const SEQUENCED = /\b(?:(?:hours|days|minutes|weeks|shortly|soon|moments|a\s+day|a\s+week|an\s+hour)\s+(?:after|before|later|earlier)|the\s+(?:day|morning|night|evening)\s+(?:after|before))\b/i;

/** Words before a figure that reject it: "not 12 percent", "rather than 30", "instead of 2010". */
const REJECTED_BEFORE = /\b(?:not|rather than|instead of|never)\s+$/i;

/**
 * A rounding (claims.ts roundingOnly), unless one figure is a bound the other lies beyond: "up to
 * 100,000" says at most, so "150,000" is no rounding of it however round it is written, and "more
 * than 200" says at least, so "150" is none (read on an unseen DUC 2003 story: the 1966 meteor
 * peak "up to 100,000 an hour" / "150,000 per hour" was shown as a rounding). A bound against a
 * figure it excludes is a plain disagreement.
 */
function roundedOnly(x: ClaimItem, y: ClaimItem): boolean {
  if (!roundingOnly(x, y)) return false;
  const beyond = (b: ClaimItem, v: ClaimItem): boolean => v.limit === null && ((b.limit === 'upper' && v.low > b.figure) || (b.limit === 'lower' && v.high < b.figure));
  return !beyond(x, y) && !beyond(y, x);
}

/**
 * Why two figures differ only by the cap read into a round lower bound (claims.ts construction:
 * "more than 700,000" is below 800,000), or null: `b` is such a bound, and `v` lies above its cap.
 */
function impliedCeiling(b: ClaimItem, v: ClaimItem): string | null {
  if (b.kind !== 'number' || b.limit !== 'lower' || !Number.isFinite(b.high) || !(v.low > b.high)) return null;
  return `“${b.text}” is read as below ${b.high.toLocaleString('en-US')}, the next figure at its step, which “${v.text}” exceeds`;
}

/** A year opening its sentence ("In 1966, …"), which dates the whole sentence (as claims.ts reads a date that opens its sentence); elsewhere a year may date one clause only. */
const OPENING_YEAR = /^\s*(?:in|during|by)\s+\d{4}$/i;

/**
 * A past year both sentences give alike ("In 1966, the display peaked at 150,000 meteors per
 * hour" / "In 1966, sky watchers clocked … up to 100,000 meteors an hour"): two figures of the
 * same counted thing (the same count unit) set in one earlier year, before either report was
 * published, tell of that year's one occurrence, as surely as contexts at the conflict bar (read on
 * an unseen DUC 2003 story, where the two sentences shared too few words to be compared). Only an
 * explicit year written as such (not "last year") that opens both sentences ("In 1966, …", dating
 * the whole sentence, both figures included), dating what is reported (no plan, statement or
 * attribute), in reports with publication dates; the claims still need their edge (SAME_CLAIM).
 */
function pastYearAnchor(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>, meta: Map<string, ArticleMeta>): string | null {
  if (x.kind !== 'number' || y.kind !== 'number' || x.unit !== y.unit || !x.unit?.startsWith('count:')) return null;
  const px = meta.get(x.article)?.published;
  const py = meta.get(y.article)?.published;
  if (!px || !py) return null;
  const before = Math.min(Number(px.slice(0, 4)), Number(py.slice(0, 4)));
  const years = (c: ClaimItem): ClaimItem[] =>
    (claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? []).filter((d) => d.kind === 'date' && d.precision === 'year' && !d.relative && /^\d{4}$/.test(d.iso) && Number(d.iso) < before && !d.hedged && !d.attributive && !d.statement && !d.bound && OPENING_YEAR.test(d.sentence.text.slice(0, d.end - d.sentence.start)));
  for (const a of years(x)) for (const b of years(y)) if (a.iso === b.iso) return a.text;
  return null;
}

/**
 * An additive determiner right before a count ("another 120", "a further 5", "an additional 30"):
 * bounded words, anchored. Not "also" before the act: it adds the act to others the report told
 * ("the commandos also recovered 12 rifles" after they boarded the boats), not the count to
 * another count (an ECB+ dev card, 7 / 12 rifles, read real).
 */
const ADDED_BEFORE = /\b(?:another|further|additional)\s+(?:(?:about|some|around|nearly|almost|at\s+least|over)\s+){0,2}$/iu;

/**
 * A degree that picks a part of what is counted ("seriously injured 25 people", "25 were
 * critically hurt", "badly damaged 40 homes"): the seriously injured are some of the injured, so
 * their count is no version of the whole count ("injured 40 people"). Read in the figure's own
 * clause, a few words either side of it (no comma, semicolon or colon between).
 */
const DEGREE = /\b(?:seriously|critically|severely|badly|gravely|slightly|lightly|moderately|mortally|fatally)\b/i;
const DEGREE_SPAN = 40;

function degreeOf(c: ClaimItem): string | null {
  const rel = c.start - c.sentence.start;
  const before = c.sentence.text.slice(Math.max(0, rel - DEGREE_SPAN), rel).split(/[,;:]/).pop() ?? '';
  const after = c.sentence.text.slice(rel + c.text.length, rel + c.text.length + DEGREE_SPAN).split(/[,;:]/)[0] ?? '';
  const m = DEGREE.exec(before) ?? DEGREE.exec(after);
  return m ? m[0].toLowerCase() : null;
}

/** The count is said to add to another (ADDED_BEFORE): "another 7 people were killed". */
function addedCount(c: ClaimItem): boolean {
  return ADDED_BEFORE.test(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 40), c.start - c.sentence.start));
}

/**
 * Two counts of one noun governed by one word ("82 people were killed" / "52 people were killed by
 * suicide bombers", "killing as much as 400,000 people" / "killed about 200,000 people", "2.7
 * million children are taught at home" / "1.7 million children … are taught at home"), in
 * contexts at the claims' own bar (SAME_CLAIM) but below the conflict bar: the sentences tell the
 * rest of the event in other words, but the figure, what it counts and what is done to it are one
 * claim's (issue #10: "what is measured, of which act"). A lift by the governing word alone was
 * tried and dropped (docs/dossier.md, session 17: thefts, raids, budgets and projections of a
 * story share their verb); this one asks more of both figures, each a reason the dropped lift's
 * false cards were two things:
 * - a count, its noun written right after the figure in both (an amount of money names no thing
 *   counted: "$6 trillion budget" / "$5 trillion in new spending"; a noun carried over from
 *   another figure, "killing at least 400 in the Caribbean", may be another count's), and no
 *   unit of measure (claims.ts measureWord: "falling about 150 metres" / "about 60 metres" were
 *   two climbers' falls on an ECB+ dev story; a measure says how much, not of what);
 * - reports at most FOLLOW_UP_DAYS apart (where both are dated): a count retold weeks later may
 *   count later acts ("arrested 14 people" / "seven people had been arrested" 16 days on, DUC
 *   2006 dev);
 * - the same unit, the same governing word (sharedMeasure, which also sets two named actors apart);
 * - each the only figure of its unit in its sentence, and neither hedged (a forecast, a plan);
 * - not two places of their own clauses, none shared (ownPlaces: one island's dead against a
 *   region's).
 * The card it makes is possible at most (samePredicate: the measure is its only evidence).
 */
function measuredCounts(x: ClaimItem, y: ClaimItem, meta: Map<string, ArticleMeta>): boolean {
  if (x.kind !== 'number' || y.kind !== 'number' || x.unit !== y.unit || !x.unit?.startsWith('count:')) return false;
  // (One toll among other counts of people, read by its own verb's casualty, is one figure of its
  // casualty: claims/casualty-nouns.ts ownCasualty; the other count must be of that casualty.)
  const own = (c: ClaimItem): boolean => !c.ambiguous || ownCasualty(c) !== null;
  if (!own(x) || !own(y) || x.hedged || y.hedged) return false;
  const casualtyOf = (c: ClaimItem, other: ClaimItem): boolean => !c.ambiguous || other.measure.includes(ownCasualty(c)!);
  if (!casualtyOf(x, y) || !casualtyOf(y, x)) return false;
  if (daysApart(meta.get(x.article), meta.get(y.article)) > FOLLOW_UP_DAYS) return false;
  const noun = x.unit.slice('count:'.length);
  const nounAfter = (c: ClaimItem): boolean => {
    const first = tokens(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 40))[0];
    // (A bare casualty noun, "left 12 dead", counts people: claims/casualty-nouns.ts.)
    // (So does a crowd's noun before its verb of gathering: "half a million protesters filled the
    // streets" counts the people of the gathering, claims/crowd-counts.ts; and a population's
    // residents or inhabitants, claims/populations.ts.)
    return first !== undefined && !measureWord(first.norm) && (stem(first.norm) === noun || (c.group !== null && stem(first.norm) === c.group) || (noun === stem('people') && casualtyNoun(stem(first.norm), first.norm, '') !== null) || (noun === stem('people') && c.measure.includes(CROWD) && crowdNoun(stem(first.norm))) || (noun === stem('people') && c.measure.includes(POPULATION) && populationNoun(stem(first.norm))));
  };
  if (!nounAfter(x) || !nounAfter(y)) return false;
  // A count said to add to another ("another 120 people were evacuated", "a further 5 people were
  // arrested") counts other members than the first count: two sets, not one told two ways.
  if (addedCount(x) || addedCount(y)) return false;
  // A running count ("has killed more than 300", "so far") against another: a tally to date holds
  // every occasion's count, and the shared verb says no more than that (count-slots.ts running).
  if (running(x) !== running(y)) return false;
  if (sharedMeasure(x, y) === null) return false;
  // Two crowds of two named places, met only as crowds (claims/crowd-counts.ts).
  if (crowdsApart(x, y)) return false;
  const px = ownPlaces(x);
  const py = ownPlaces(y);
  if (px.length && py.length && !px.some((p) => py.includes(p))) return false;
  return true;
}

function agreeingCoFigure(x: ClaimItem, y: ClaimItem, claimsOfSentence: Map<string, ClaimItem[]>): string | null {
  // A figure the sentence rejects ("the same 20 percent, not 12 percent as earlier planned") is
  // not a value it gives: it anchors nothing.
  const rejected = (d: ClaimItem): boolean => REJECTED_BEFORE.test(d.sentence.text.slice(Math.max(0, d.start - d.sentence.start - 16), d.start - d.sentence.start));
  const others = (c: ClaimItem): ClaimItem[] => (claimsOfSentence.get(`${c.article}:${c.sentence.start}`) ?? []).filter((d) => d.id !== c.id && !rejected(d));
  const eventDay = (d: ClaimItem): boolean => d.kind === 'date' && d.precision === 'day' && d.weekday === null && !d.statement && !d.attributive && !d.hedged;
  for (const a of others(x)) {
    for (const b of others(y)) {
      // (An age is one unit whether or not it is told of a name, claims.ts ageOwner: "36-year-old
      // Duncan Raite" and "a 36-year-old climber" give one age alike.)
      const unitOf = (d: ClaimItem): string | null => (d.unit === 'duration:named:old' ? 'duration:old' : d.unit);
      if ((a.kind === 'number' && b.kind === 'number' && unitOf(a) === unitOf(b) && a.normalized === b.normalized) || (eventDay(a) && eventDay(b) && a.iso === b.iso)) return a.text;
    }
  }
  return null;
}

/**
 * More supporters for the sides of a conflict: claims of other articles whose sentences the
 * matcher aligned with a side's sentence (same fact), of the same kind and unit, that take one
 * side (compatible with some member, not with all). Claims are linked by their nearby words, so an
 * article reporting the same fact in other words may be missing from the sides; without it the
 * majority can look like one report and the outlier goes unnamed. An article giving two values
 * that cannot both hold is left out, as for members.
 */
function supporters(members: ClaimItem[], factOf: FactOf, claimsOfFact: Map<string, ClaimItem[]>): ClaimItem[] {
  if (members.length === 0) return [];
  const head = members[0];
  const have = new Set(members.map((c) => c.article));
  const facts = new Set(members.map((c) => factOf(c.article, c.sentence.start)).filter((f): f is string => f !== null));
  const found: ClaimItem[] = [];
  for (const f of [...facts].sort()) {
    for (const c of claimsOfFact.get(f) ?? []) {
      if (have.has(c.article) || c.kind !== head.kind || c.unit !== head.unit || c.bound || c.ambiguous) continue;
      const fits = members.filter((m) => compatible(c, m));
      if (fits.length === 0 || fits.length === members.length) continue;
      if (found.some((d) => d.id === c.id)) continue;
      found.push(c);
    }
  }
  // One value per article: an article whose candidates disagree among themselves sits out.
  return found.filter((c) => !found.some((d) => d.article === c.article && !compatible(c, d))).sort((a, b) => a.id - b.id);
}

/** Claims by kind, unit and value: candidate retrieval for `backers` (no pairwise loop). */
type ClaimsByValue = Map<string, ClaimItem[]>;
const valueKey = (c: ClaimItem): string => `${c.kind}|${c.unit ?? ''}|${c.normalized}`;

/**
 * Reports outside a tied conflict that give one side's value, exactly, for the same thing: a
 * claim of another article with the same kind, unit and value as a member, whose context names a
 * person the member's context names too, or another participant (a place, an organisation) and
 * another word of it, and
 * - for a date, given to the day ("Friday night"; a year or a month is shared by too much of
 *   any story);
 * - for a figure, counting the same thing (the same counted phrase).
 * Used only to name the outlier of a conflict whose own sides tie one report against one
 * (issue #10: the sides are the sentences aligned with each other, so the outlet that dated the
 * shooting "Friday night" in other words is missing from them, and two reports of one outlet's
 * copy — "returned home from synagogue Friday night" / "… Wednesday night" — name nobody, while
 * six other reports say the doctor was shot on Friday night). They never raise a conflict nor
 * make one confident: only who stands alone is read from them, by the same count of
 * independent reports (`outliersOf`: copies and one outlet's articles count once). An article
 * that also gives another side's value with a participant of the conflict sits out.
 */
function backers(members: ClaimItem[], byValue: ClaimsByValue): ClaimItem[] {
  const have = new Set(members.map((c) => c.article));
  const values = new Set(members.map((c) => c.normalized));
  // The named participants of a claim's context (people, places, organisations): its keys.
  const named = (c: ClaimItem): string[] => [...c.keys.keys()].filter((k) => k.startsWith('E:'));
  const people = new Set(members.flatMap(named));
  const found = new Map<number, ClaimItem>();
  for (const m of members) {
    const own = new Set(named(m));
    if (own.size === 0 || m.bound || m.ambiguous || m.hedged) continue;
    if (m.kind === 'date' && m.precision !== 'day') continue;
    if (m.kind === 'number' && m.counted === null) continue;
    for (const c of byValue.get(valueKey(m)) ?? []) {
      if (have.has(c.article) || found.has(c.id) || c.bound || c.ambiguous || c.hedged) continue;
      if (c.attributive !== m.attributive || c.statement !== m.statement) continue;
      if (m.kind === 'number' && c.counted?.key !== m.counted!.key) continue;
      // A person of the member's context, or a named participant and another word of it ("an
      // obstetrician … in suburban Buffalo" / "gynecologist and obstetrician … of Buffalo"): a
      // place alone is named by too many sentences of a story (a debate "held in Woodbury, N.Y.,
      // on Friday" beside a shooting in a Buffalo suburb, N.Y., that Friday night).
      if (![...c.persons].some((p) => m.persons.has(p)) && !(named(c).some((p) => own.has(p)) && [...c.keys.keys()].filter((k) => m.keys.has(k)).length >= 2)) continue;
      found.set(c.id, c);
    }
  }
  // An article giving another side's value with one of the conflict's participants tells of two
  // things (or contradicts itself): it backs no side.
  const torn = new Set<string>();
  for (const v of values) {
    const k = `${members[0].kind}|${members[0].unit ?? ''}|${v}`;
    for (const c of byValue.get(k) ?? []) if (named(c).some((p) => people.has(p))) torn.add(`${c.article}|${v}`);
  }
  return [...found.values()].filter((c) => ![...values].some((v) => v !== c.normalized && torn.has(`${c.article}|${v}`))).sort((a, b) => a.id - b.id);
}

/** Shared context between two claims, in the words of the first claim's sentence. */
function sharedContext(x: ClaimItem, y: ClaimItem, names: (id: string) => string | null): string[] {
  const out: string[] = [];
  const stemsToWords = new Map<string, string>();
  for (const t of tokens(x.sentence.text)) {
    const st = stem(t.norm);
    const k = eventClass(st) ?? st;
    if (!stemsToWords.has(k)) stemsToWords.set(k, x.sentence.text.slice(t.start, t.end));
  }
  for (const k of [...x.keys.keys()].sort()) {
    if (!y.keys.has(k)) continue;
    const w = k.startsWith('E:') ? names(k.slice(2)) : stemsToWords.get(k) ?? null;
    if (w && !out.includes(w)) out.push(w);
  }
  return out.slice(0, 6);
}

/**
 * Whether fact alignment matched two sentences as one report that differs only in a figure or in
 * polarity (facts.ts `clashed`): then their values answer the same question as surely as when
 * the sentences share a fact.
 */
export type ClashLinked = (a: string, aStart: number, b: string, bStart: number) => boolean;

/** Claim ids linked by an edge to each claim (both directions). */
function claimNeighbours(graph: ClaimGraph): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const e of graph.edges) {
    out.set(e.a, [...(out.get(e.a) ?? []), e.b]);
    out.set(e.b, [...(out.get(e.b) ?? []), e.a]);
  }
  return out;
}

/**
 * Whether x's article itself gives y's value for the same thing: another claim of x's article,
 * compatible with y and about the same thing as y (a claim edge links them). Then the article
 * reports two things (two counts, two dates), not a disagreement. Only claims linked to y count:
 * a component chains claims through shared words ("12 magazines" … "magazines" … "22 rounds"), so
 * a compatible value anywhere in it is often about something else, and counting it silenced
 * real disagreements (issue #10's injected numbers: "22 magazines" against "12 magazines" was
 * dropped because the article gave 12 of something else in the chained component).
 */
function alsoGivesOther(graph: ClaimGraph, linkedTo: Map<number, number[]>, x: ClaimItem, y: ClaimItem): boolean {
  return (linkedTo.get(y.id) ?? []).some((i) => i !== x.id && graph.claims[i].article === x.article && compatible(graph.claims[i], y) && asFine(graph.claims[i], y));
}

const PRECISION_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };
/**
 * A date gives another's value only when it is at least as fine: "last month" contains "Oct. 7"
 * without saying it (issue #10: "PAL resumed flights Aug. 7 and … international flights last
 * month" was taken for an article giving both Aug. 7 and Oct. 7, and its wrong day went unseen).
 */
function asFine(c: ClaimItem, y: ClaimItem): boolean {
  if (c.kind !== 'date' || y.kind !== 'date' || !c.precision || !y.precision) return true;
  return (PRECISION_RANK[c.precision] ?? 9) <= (PRECISION_RANK[y.precision] ?? 9);
}

/** Participants two claims' sentences must share, with the event, to be one frame. */
const FRAME_PARTICIPANTS = 2;
/**
 * The same event with the same participants: both claims' contexts hold one event class ("were
 * arrested" / "the arrests of") and at least two of the same named entities ("Xu", "Qin"), so
 * the two values answer one question — when, or how many, of that event of those people —
 * however differently the sentences are worded (issue #10: claims aligned by their predicate and
 * participants, not only by sentence similarity). Returns the shared event and names, or null.
 */
function sharedFrame(x: ClaimItem, y: ClaimItem, names: (id: string) => string | null): { event: string; participants: string[] } | null {
  let event: string | null = null;
  const participants: string[] = [];
  for (const k of [...x.keys.keys()].sort()) {
    if (!y.keys.has(k)) continue;
    if (k.startsWith('EV:')) event ??= k.slice(3);
    else if (k.startsWith('E:')) participants.push(names(k.slice(2)) ?? k.slice(2));
  }
  return event !== null && participants.length >= FRAME_PARTICIPANTS ? { event, participants } : null;
}

/**
 * One predicate of one thing, read from the claims themselves when the sentences were not aligned
 * (issue #10: claims, not sentences): contexts at the conflict bar (CONFLICT_CLAIM) that share
 * - for figures, what is counted: the same two-word counted phrase ("four AK-47 assault rifles" /
 *   "seven AK-47 assault rifles"), or the same predicate (ClaimItem.predicate, the nearest event
 *   word) for the same unit ("82 people were killed" / "killed 52 people");
 * - for dates, the same predicate and a participant ("the arrests of Xu" / "Xu was arrested").
 * Weaker than an aligned fact: a conflict resting on it is at most possible. Returns the words
 * that say why, or null.
 */
function samePredicate(x: ClaimItem, y: ClaimItem, sim: number, names: (id: string) => string | null): string | null {
  // A figure written in digits that both contexts give (claims.ts figureKey: "nabbed 23 Somali
  // and Yemeni sea brigands" / "arrested 23 pirates who threatened a merchant vessel") ties the
  // two claims to one report as a participant does, at the claims' own bar (SAME_CLAIM: the edge
  // exists): the value of the other thing they tell agrees, this one does not.
  const figure = sharedFigure(x, y);
  if (figure !== null) return `both give the figure ${Number(figure.slice(figure.lastIndexOf(':') + 1)).toLocaleString('en-US')}`;
  if (sim < CONFLICT_CLAIM) return null;
  // Two ages told of one named person (claims.ts ageOf; claim-index.ts files them by the person).
  if (x.kind === 'number' && x.ageOf !== undefined && x.ageOf === y.ageOf) return `both give the age of ${names(x.ageOf) ?? 'one person'}`;
  // Two days of one named person's death (once-acts.ts; the claim index files them by the person).
  const died = deathOfBoth(x, y, names);
  if (died !== null) return `both date the death of ${names(died) ?? 'one person'}`;
  if (x.kind === 'number' && x.counted !== null && y.counted !== null && x.counted.key === y.counted.key) return `both count “${x.counted.words}”`;
  // The same word governs both figures (claims/measure.ts): "take effect in about 30 days" / "take
  // effect in 50 days", "cost … $2 billion" / "cost … $3 billion". Only at the conflict bar, as
  // the other readings here: a lift of contexts below it by the governing word alone was tried
  // and dropped (docs/dossier.md, session 17): a verb ("stole", "arrested", "projects") is shared
  // by the other events a story retells, and raised false cards on dev stories.
  // Two times of day of one act, filed by the claim index under the head of their clauses.
  const act = clockAct(x, y);
  if (act !== null) return `both time “${act}”`;
  // Two lengths of one thing, filed by the claim index under its noun (thing-lengths.ts).
  const thing = x.kind === 'number' ? lengthOfBoth(x, y) : null;
  if (thing !== null) return `both give the length of the ${thing}`;
  const measure = sharedMeasure(x, y);
  if (measure !== null) return measure === CROWD ? 'both count the crowd' : measure === POPULATION ? 'both give the population' : measure.startsWith('EV:') ? `both count the ${measure.slice(3)} toll` : `both give the figure governed by “${measure}”`;
  let event: string | null = null;
  let participant: string | null = null;
  for (const k of [...x.keys.keys()].sort()) {
    if (!y.keys.has(k)) continue;
    if (k.startsWith('EV:')) event ??= k.slice(3);
    else if (k.startsWith('E:')) participant ??= names(k.slice(2));
  }
  // A figure belongs to its nearest event word, not to any event word of its sentence ("killing
  // 60 people and injuring 162" / "another 173 people were injured"). A date's context is
  // already only its own clause (claims.ts), and there the event shared is its event.
  if (x.kind === 'number') event = x.predicate !== null && x.predicate === y.predicate ? x.predicate.slice(3) : null;
  // Two dates of one act of the same two named parties under verbs of one act (date-slots.ts).
  if (event === null) return partiesAct(x, y, names);
  if (x.kind === 'number') return `both count ${x.unit?.replace(/^.*:/, '') ?? 'it'} in one ${event}`;
  return participant !== null ? `both date the ${event} of ${participant}` : null;
}

/** A word followed by the number it names one of a series by ("flight 717", "Route 9", "Gate No. 4"). */
function identifierIn(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1])) continue;
    if (/^[\p{L}]*\.?\s+(?:no\.?\s*)?\d/u.test(lower.slice(at + word.length, at + word.length + 16))) return true;
  }
  return false;
}

/**
 * Two dates whose clauses share only identifiers (timeline.ts eventHead participants): a word
 * followed by the number it names one of a series by ("flight 717"), under two different verbs of
 * no common kind of event ("recovered the recorder of flight 717 on Sunday" / "flight 717 left on
 * Wednesday night"). An identifier is no quantity and no sign that two sentences tell one event
 * (issue #10: a possible card set a flight's crash day against the day its wreck was searched);
 * only agreeing event words are. Decides nothing when the clauses share another word, or none.
 */
function tiedByIdentifierOnly(x: ClaimItem, y: ClaimItem, hx: EventHead, hy: EventHead): boolean {
  if (hx.head === null || hy.head === null || sameHead(hx, hy)) return false;
  for (const c of hx.classes) if (hy.classes.has(c)) return false;
  const shared = [...hx.participants].filter((w) => hy.participants.has(w) || w === hy.head);
  if (hy.participants.has(hx.head)) shared.push(hx.head);
  return shared.length > 0 && shared.every((w) => identifierIn(x.sentence.text, w) || identifierIn(y.sentence.text, w));
}

/** Why two claims are one claim given two ways (findConflicts judgePair). */
interface PairJudgement {
  sameFact: string | null;
  sim: number;
  anchor: string | null;
  frame: { event: string; participants: string[] } | null;
  predicate: string | null;
}

export function findConflicts(graph0: ClaimGraph, factOf: FactOf, articles: ArticleMeta[] = [], names: (id: string) => string | null = () => null, linked: ClashLinked = () => false): ConflictResult {
  const meta = new Map(articles.map((a) => [a.id, a]));
  // Claims of one slot whose sentences differ meet too (claim-index.ts: one unit, one governing
  // word, one named participant), judged by the same gates below.
  // Counts filed there must also pass measuredCounts' construction tests.
  const graph = withSlotCandidates(graph0, (a) => meta.get(a)?.published ?? null, (x, y) => measuredCounts(x, y, meta), names);
  const conflicts: Conflict[] = [];
  const updates: Update[] = [];
  const outlierClaims = new Set<number>();
  const conflictOfClaim = new Map<number, string>();
  // Conflicts compare the claims of one slot (claim-slots.ts): at most one value per article for
  // one thing, so an article giving two figures of a chained component (one operation's and the
  // total) does not silence a third article's different figure for one of them.
  const slots = claimSlots(graph);
  const compOf = new Map<number, number>();
  slots.forEach((comp, i) => comp.forEach((c) => compOf.set(c, i)));
  const comparedClaims = new Set<number>();
  for (const e of graph.edges) {
    comparedClaims.add(e.a);
    comparedClaims.add(e.b);
  }
  const claimsOfSentence = new Map<string, ClaimItem[]>();
  const claimsOfFact = new Map<string, ClaimItem[]>();
  const claimsByValue: ClaimsByValue = new Map();
  for (const c of graph.claims) {
    const kv = valueKey(c);
    const lv = claimsByValue.get(kv);
    if (lv) lv.push(c);
    else claimsByValue.set(kv, [c]);
    const k = `${c.article}:${c.sentence.start}`;
    claimsOfSentence.set(k, [...(claimsOfSentence.get(k) ?? []), c]);
    const f = factOf(c.article, c.sentence.start);
    if (f !== null) claimsOfFact.set(f, [...(claimsOfFact.get(f) ?? []), c]);
  }
  // Figures of one thing in one past year meet at the conflict bar (pastYearAnchor).
  // So do two counts of one noun that one word governs, at the claims' own bar (measuredCounts).
  const lifted = (x: ClaimItem, y: ClaimItem, sim: number): number => (sim < CONFLICT_CLAIM && (pastYearAnchor(x, y, claimsOfSentence, meta) !== null || measuredCounts(x, y, meta)) ? CONFLICT_CLAIM : sim);
  // Direct evidence only: the claims at either end of an edge whose values cannot both be true,
  // plus the claims directly linked to those (the sides). Claims reached only through a chain
  // stay out of the conflict.
  const core = new Map<number, Set<number>>();
  const sims = new Map<string, number>();
  for (const e of graph.edges) sims.set(`${e.a}:${e.b}`, e.sim);
  const linkedTo = claimNeighbours(graph);
  // The event a date claim is attached to, read in its own sentence (timeline.ts eventHead), once
  // per claim: a claim meets every other claim of its component below.
  const heads = new Map<number, EventHead>();
  const headOf = (c: ClaimItem): EventHead => {
    let h = heads.get(c.id);
    if (!h) heads.set(c.id, (h = dateEventHead(c)));
    return h;
  };
  for (const e of graph.edges) {
    const x = graph.claims[e.a];
    const y = graph.claims[e.b];
    if (!sourcesDiffer(x, y, lifted(x, y, e.sim))) continue;
    const ci = compOf.get(e.a)!;
    // Claims of two slots are two things (an article gives both values).
    if (compOf.get(e.b) !== ci) continue;
    // An article that itself gives the other value too is talking about two things, not
    // disagreeing: the outlets' sides must be apart.
    if (alsoGivesOther(graph, linkedTo, x, y) || alsoGivesOther(graph, linkedTo, y, x)) continue;
    const set = core.get(ci) ?? new Set<number>();
    set.add(e.a);
    set.add(e.b);
    core.set(ci, set);
  }
  const neighbours = new Map<number, number[]>();
  for (const e of graph.edges) {
    neighbours.set(e.a, [...(neighbours.get(e.a) ?? []), e.b]);
    neighbours.set(e.b, [...(neighbours.get(e.b) ?? []), e.a]);
  }
  const degree = new Map<number, number>();
  for (const e of graph.edges) {
    degree.set(e.a, (degree.get(e.a) ?? 0) + e.sim);
    degree.set(e.b, (degree.get(e.b) ?? 0) + e.sim);
  }
  // What each claim's sentence reports (predicates.ts), read once per sentence.
  // (Read after a wire dateline, "LONDON (AP) --", whose words are no subject.)
  const acts = new Map<string, ActReading>();
  const actOf = (c: ClaimItem): ActReading => {
    const k = `${c.article}:${c.sentence.start}`;
    let r = acts.get(k);
    if (!r) acts.set(k, (r = readAct(withoutDateline(c.sentence.text))));
    return r;
  };
  const subjectIn = (a: ActReading, c: ClaimItem): boolean => {
    const words = new Set(tokens(c.sentence.text).map((t) => stem(t.norm)));
    return a.subject.some((w) => words.has(stem(w)));
  };
  // A subject of names: a day or a month opening a clause ("a coast guard cutter on Monday
  // arrested") and a capitalised sentence opener are no actor's name.
  const namedSubject = (a: ActReading): boolean => a.subject.some((w) => !TIME_NAME.test(w)) && a.subject.every((w) => !STOP.has(w));
  /**
   * Whether two claims of different articles, whose values cannot both hold, are one claim given
   * two ways: every gate below must pass (each says why two such claims are two things), and the
   * evidence that they report the same thing (reportsSameThing) must be there. Null when not;
   * else why they are one claim. Used for the conflict's strongest pair and, once it is chosen,
   * for every third value that would join it as a side (a side must pass against the pair).
   */
  /**
   * A named event's date against the date another report gives the act that names it: "the
   * Sept. 3 crash that took 229 lives" / "the jet crashed Sept. 2 off the coast". The name's
   * event noun and the other clause's verb are one event (one lemma, a synonym or one event
   * class: eventHead reads the noun of a named event as its head), so the two dates answer one
   * question, when it happened, and two days are a disagreement (a real one missed on an unseen
   * DUC 2003 story, session 18). Only a plain date of a reported act on the other side (no
   * statement's date, no bound, no plan: a "by" or "until" date, or "will crash", answers
   * another question), of the same precision, and at most a week off: a named event farther
   * from the act's date is more likely another occurrence of its kind (an earlier crash, a
   * previous attack) named as background. The card stays possible (the named side is hedged).
   */
  /**
   * Two dates that each give when one period began: "its patrol mission in the Gulf since July" /
   * "its patrol mission in the Gulf, which commenced in September". sourcesDiffer already reads
   * both as the start of a period (claims.ts boundWord: "since", or a verb of beginning before the
   * date), and so as one value two reports can disagree on. differentActs would still set them
   * apart by its relative-clause reading (a date in a relative clause is a participant's earlier
   * act, "the committee, which first requested them in 2017"), but a relative clause whose verb
   * is a beginning dates the start of the very period the other report bounds with "since": it is
   * no earlier act. Only where neither clause names a kind of event (differentActs' relative-clause
   * branch alone decided): a named kind of event in either clause keeps its reading.
   */
  const oneBeginning = (x: ClaimItem, y: ClaimItem): boolean => {
    if (boundWord(x) !== 'since' || boundWord(y) !== 'since') return false;
    const hx = headOf(x);
    const hy = headOf(y);
    return hx.classes.size === 0 && hy.classes.size === 0 && hx.headClass === null && hy.headClass === null;
  };
  const namedAgainstAct = (x: ClaimItem, y: ClaimItem): boolean => {
    if (x.kind !== 'date' || x.named === y.named) return false;
    const [n, a] = x.named ? [x, y] : [y, x];
    if (a.attributive || a.statement || a.bound || a.weekday !== null || a.direction === 'future' || n.weekday !== null) return false;
    if (n.precision !== a.precision || (n.precision !== 'day' && n.precision !== 'month')) return false;
    if (Math.abs(n.from - a.from) > NAMED_SLIP_DAYS) return false;
    const hn = headOf(n);
    const ha = headOf(a);
    return hn.head !== null && ha.head !== null && sameHead(hn, ha);
  };
  const judgePair = (x: ClaimItem, y: ClaimItem, moved = false): PairJudgement | null => {
    const sim0 = sims.get(`${x.id}:${y.id}`) ?? sims.get(`${y.id}:${x.id}`);
    const sim = sim0 === undefined ? undefined : lifted(x, y, sim0);
    if (sim === undefined || !sourcesDiffer(x, y, sim)) return null;
    const fx = factOf(x.article, x.sentence.start);
    const fy = factOf(y.article, y.sentence.start);
    // A pair aligned apart only because of its differing values counts as one fact: the
    // fact of either side names it (the other side's sentence is that fact's clash).
    const sameFact = fx !== null && fx === fy ? fx : linked(x.article, x.sentence.start, y.article, y.sentence.start) ? fx ?? fy ?? 'clash' : null;
    // Two years of one named work or one-off event (thing-years.ts, filed by the claim index):
    // the year is the thing's, not its clause's act, so the gates below that read the clauses'
    // acts, tenses and actors answer another question. Evidence as weak as a shared predicate.
    const thing = x.kind === 'date' ? thingYearOf(x, y) : null;
    if (thing !== null) return yearsOfOneThing(x, y) ? { sameFact, sim, anchor: null, frame: null, predicate: `both give ${thing}` } : null;
    // Two statement dates are one statement's only when the sentences report the same
    // thing (aligned as one fact, or very close contexts): outlets often quote a source's
    // statements of two different days in similar words.
    if ((x.statement || y.statement) && sameFact === null && sim < STRONG_CLAIM) return null;
    // Sources speak again the next day, and each day's report dates the statement of its own
    // day ("an official said Saturday" in Saturday's report, "officials said Sunday night" in
    // Sunday's): reports of different days date one statement only in near-copied words.
    if (x.statement && y.statement && sim < STRONG_CLAIM && publishedOnDifferentDays(meta.get(x.article), meta.get(y.article))) return null;
    // Each report dating its statement to its own day of publication ("announced today (14
    // October)", a week later "announced today (20 October)") tells of two statements, however
    // alike the words: an operator's or an agency's repeated announcement.
    if (x.statement && y.statement && publishedOnDifferentDays(meta.get(x.article), meta.get(y.article)) && onOwnDay(x, meta) && onOwnDay(y, meta)) return null;
    // A statement dated after the other report was published is not one that report tells of:
    // it went out before the words were said ("the office said on Wednesday" in an April 2
    // report, "the office said on Monday" in an April 20 one: two statements, however alike).
    if (x.statement && y.statement && (saidAfter(x, y, meta) || saidAfter(y, x, meta))) return null;
    // A date naming an era or an event ("the 1940s actress") and the date of what is reported,
    // or of a statement, answer different questions: only like is compared with like.
    // (Except a named event's date against the date of the act its name's noun names, below.)
    if (x.kind === 'date' && (x.attributive !== y.attributive || x.statement !== y.statement) && !namedAgainstAct(x, y)) return null;
    // Two tallies are one vote's only when they may count one body's one decision (oneVote).
    if (x.unit === TALLY_UNIT && y.unit === TALLY_UNIT && !oneVote(x, y)) return null;
    // A named event's date written without its year ("the March 11 attacks", "the Sept. 11
    // attacks") gets the annotator's year, often the report's own, while the event may be years
    // old: against a date whose year is written ("the 2004 attacks") the year compared would be
    // the annotator's guess, not the outlet's. Only like is compared with like.
    if (x.kind === 'date' && (x.named || y.named) && yearWritten(x) !== yearWritten(y)) return null;
    // Two dates of two different acts never disagree: the verb or noun each date is attached
    // to is another act, and a kind of event named in one clause is not in the other
    // (timeline.ts differentActs). "Appointed special envoy to Haiti in July" and "the
    // special envoy to Haiti resigned Thursday" share the envoy, not the act (a sure false
    // card on an unseen AllSides story).
    // (Not two beginnings of one period: oneBeginning.)
    if (x.kind === 'date' && differentActs(headOf(x), headOf(y)) && !oneBeginning(x, y)) return null;
    // Two dates under two different verbs whose clauses share nothing but an identifier ("the
    // recorder of flight 717 on Sunday" / "flight 717 left Dovren on Wednesday night") date two
    // events of one thing: an identifier names the flight, not what happened to it.
    if (x.kind === 'date' && tiedByIdentifierOnly(x, y, headOf(x), headOf(y))) return null;
    // Two dates under two verbs neither sentence shares ("proposed … in January" / "passed … on
    // Thursday"): the dates of two acts (occasions.ts unsharedActs).
    if (x.kind === 'date' && unsharedActs(headOf(x), headOf(y), x, y)) return null;
    // A time of day is the moment of an act as a date is: two clock times of two acts ("The
    // gunman opened fire at 9:30 a.m." / "Officers arrived at 9:52 a.m."), and two moments of
    // opposite acts ("Polls opened at 7 a.m." / "Polls closed at 8 p.m."), are two moments
    // (moments-of-acts.ts).
    if (clockActsApart(headOf(x), headOf(y), x, y) || oppositeMoments(headOf(x), headOf(y), x, y)) return null;
    // One verb, two subjects, one sentence naming the other's subject as another thing ("an
    // earthquake struck at 3:15 a.m." / "an aftershock struck at 5:40 a.m., hours after the main
    // quake"): the moments of two things (moments-of-acts.ts otherThingTold).
    if (otherThingTold(x, y)) return null;
    // A month or day written without its year against one with it, differing only in the year the
    // annotator supplied ("the June meeting" / "June 1995"): no outlet said the other year
    // (inferred-years.ts).
    if (x.kind === 'date' && onlyInferredYearDiffers(x, y)) return null;
    // A sentence that places its dated act hours or days after or before another ("a
    // cease-fire took effect early Friday morning, hours after both sides agreed") tells two
    // acts at two times: its date is its own verb's, and another outlet's date under another
    // verb ("agreed to a cease-fire Thursday", "announced a cease-fire on Thursday") is the
    // other act's (read on an AllSides story).
    if (x.kind === 'date' && (SEQUENCED.test(x.sentence.text) || SEQUENCED.test(y.sentence.text)) && headOf(x).head !== null && headOf(y).head !== null && !sameHead(headOf(x), headOf(y))) return null;
    // A date its clause puts in the past ("estimates released Wednesday") and one its clause
    // puts ahead ("the increase will reach retirees next year") are an act reported done and
    // one still pending: the announcement and what it announces, or a plan and, later, what
    // happened (an update, not an outlet's error). Neither is a disagreement on one date.
    if (x.kind === 'date' && x.direction !== null && y.direction !== null && x.direction !== y.direction) return null;
    // The days of two different levels one tally reached ("rose to 400 on Monday" / "rose to 430
    // on Tuesday", each its report's news): two moments of a tally moving, not two dates of one act
    // (levels-reached.ts).
    if (levelMoments(x, y)) return null;
    // A forecast ("economists had predicted America would add 1 million jobs") and what was
    // then reported ("employers added just 266,000 jobs") answer different questions, as a
    // plan and a done act do for dates: figures are compared only with figures of their kind.
    if (x.kind === 'number' && forecast(x) !== forecast(y)) return null;
    // A demand against an outcome ("had sought … 21 years" / "sentenced him to 12 years"), or the
    // size of a move against where it ended ("rose 5 percent" / "rose to 12 percent"): figures of
    // two kinds (figure-kinds.ts).
    if (otherFigureKinds(x, y)) return null;
    // Two measured things ("winds of 120" / "gusts of 150") or two named actors of the governing
    // verb ("Orlen scored 12" / "Tarsk scored 21"), read by measure.ts (figure-kinds.ts).
    if (otherMeasures(x, y) || otherAgents(x, y)) return null;
    // Two figures told over two stretches ("$30 million a year" / "$150 million over five years";
    // "in the first quarter" / "for the full year"): two questions (periods.ts).
    if (otherPeriods(x, y) || partAgainstDatedWhole(x, y, claimsOfSentence)) return null;
    // A place's figure its other report gives too, against that report's whole (placed-parts.ts).
    if (placedPartAlsoGiven(x, y, valuePlace, graph.claims)) return null;
    // A comparison's baseline ("a year earlier") against now's figure its own report gives too (periods.ts).
    if (earlierAgainstNow(x, y, (a, v) => (claimsByValue.get(valueKey(v)) ?? []).some((d) => d.article === a))) return null;
    // Two nouns measured ("Turnout was 62 percent" / "won 52 percent"; "bail at $2 million" / "a
    // $5 million settlement"; "of Democrats" / "of voters"): two things (measured-nouns.ts).
    if (otherMeasuredNouns(x, y)) return null;
    // A margin against a level ("won by 12 points" / "scored 21 points"), a move's start against
    // its end ("from $12" / "to $15"; figure-kinds.ts), figures of opposite acts ("closed at $40" /
    // "opened at $38"; measured-nouns.ts).
    if (otherMarginsOrMoments(x, y) || oppositeGoverning(x, y)) return null;
    // A figure of a relative clause's background act against the reported act's ("who served 5
    // years" / "was sentenced to 12 years"): two questions (governing-acts.ts).
    // (Not a relative clause of lasting whose subject is the thing both lengths are of: "the strike,
    // which lasted nine days" tells the strike's length, thing-lengths.ts, not a background act.)
    // Only that clause of lasting itself: a relative clause telling a participant's other act with
    // a length of the same kind of thing ("Morrow, who held a 10-day hunger strike last year" /
    // "ended her 21-day hunger strike on Monday") is background as any (a false card before).
    if (backgroundAct(x, y) && !(lengthOfBoth(x, y) !== null && (inRelativeClause(x) ? lastedLength(x) : lastedLength(y)))) return null;
    // Figures of two verbs of no one act done by two doers ("The wildfire has burned 12,000 acres"
    // / "Evacuation orders covered 30,000 acres"): two acts (governing-acts.ts).
    if (otherDoersOfActs(x, y)) return null;
    // A figure of a past state ("once worth $40 billion", "when it opened in 2010, it employed
    // 400") against one of now: two moments (past-moments.ts).
    if (pastStateAgainstNow(x, y)) return null;
    // Two distances from two reference points ("15 km south of Karvik" / "40 miles east of
    // Velmar"), or one from a point against another measure: two questions (reference-points.ts).
    if (otherReferencePoints(x, y)) return null;
    // A sentence that writes the other side's figure itself, as a bare number ("killed 12 people
    // in Karvik and 40 across the region" / "killed 40 people"): the article gives both values,
    // for two things, as alsoGivesOther holds for claims (written-values.ts).
    if (writesOtherValue(x, y, claimsOfSentence) || writesOtherValue(y, x, claimsOfSentence)) return null;
    // A count said to add to another ("Another 7 people were killed on Tuesday") counts other
    // members than a whole count ("12 people were killed on Monday"): two sets, not one figure
    // told two ways (a sure card on invented text, session 18 review). Two increments compare.
    if (x.kind === 'number' && addedCount(x) !== addedCount(y)) return null;
    // The first part of a sum its sentence tells in parts ("14 … on Saturday and 6 more on Sunday"), likewise (running-sums.ts).
    if (x.kind === 'number' && firstOfSum(x) !== firstOfSum(y)) return null;
    // A count of a degree ("seriously injured 25") is part of the whole count ("injured 40"):
    // compared only with a count of the same degree (DEGREE).
    if (x.kind === 'number' && degreeOf(x) !== degreeOf(y)) return null;
    // A window of a series ("in his last two games", "five of Creighton's first eight
    // points") against the series' own count ("through 14 games", "five points") counts
    // another stretch of it; so does every figure of a sentence told of a window ("189
    // yards … in his last two games" against "404 yards" through the season).
    if (x.kind === 'number' && windowOf(x) !== windowOf(y)) return null;
    // Sentences that also disagree on most of their other figures of one unit ("finished with
    // 269 yards … caught 29 passes for 201 yards" / "had 793 yards … caught 39 passes for 302
    // yards") tell of two subjects (two players, two seasons), not one figure given two ways.
    if (x.kind === 'number' && apartCoFigures(x, y, claimsOfSentence)) return null;
    // Two subjects of one predicate: "The earthquake lasted approximately 30 seconds" / "The
    // aftershock lasted about ten seconds" (a MultiLing dev story, two quakes two months apart).
    if (x.kind === 'number' && otherSubjects(x, y)) return null;
    // Two places' figures, each told of its own named place ("Fonds Marel, where 102 people died"
    // / "Posterna, where more than 1,500 people died"; "two factories in Flint" / "50 factories in
    // Mexico"): not one figure told two ways.
    if (x.kind === 'number' && otherPlacesOfValues(x, y)) return null;
    // Ages of a child and of an adult ("an 11-year-old girl" / "a 31-year-old Brooklyn mom")
    // or of a man and of a woman are two people's (read on an ECB+ dev subtopic, a sure card).
    if (x.kind === 'number' && fixedFigure(x) && x.unit?.endsWith(':old') && y.unit?.endsWith(':old') && twoPeopleAged(x, y)) return null;
    // The age of a relative ("his 43-year-old wife") against the age of another noun ("the
    // 45-year-old suspect") whose sentence never names that relation: two people (relatives.ts).
    if (x.kind === 'number' && x.unit?.endsWith(':old') && y.unit?.endsWith(':old') && relativeAged(x, y)) return null;
    // The same main act done by different named actors (predicates.ts otherActors: "The
    // Orioles … have offered Teixeira a seven-year deal" / "the Red Sox offered Mark Teixeira
    // an eight-year … deal"): two actors' figures or dates, not one given two ways.
    // (A subject word the other sentence writes in lower case, "Police" opening one sentence
    // and "British police" in the other, is one actor: words anywhere count, not only names.)
    if (otherActors(actOf(x), actOf(y), 0) && namedSubject(actOf(x)) && namedSubject(actOf(y)) && !subjectIn(actOf(x), y) && !subjectIn(actOf(y), x)) return null;
    // An owner's other party against the owner ("Velmora's neighbours closed 12 crossings" /
    // "Velmora closed 21"): both name Velmora, yet two parties act (parties.ts).
    if (ownerAgainstParty(withoutDateline(x.sentence.text), withoutDateline(y.sentence.text))) return null;
    // Two occasions of one kind of act, dated on days that cannot be one or placed in two places
    // neither sentence shares (occasions.ts): another bombing retold as background.
    // (Not the days of one named person's death, once-acts.ts: a person dies once, wherever each
    // report places it: "in Santa Rosa" / "in California".)
    // (Not two levels of one tally on two reports' days, growing as the reports come: two moments
    // of one count, which the update test orders; levels-reached.ts.)
    if ((otherDaysOfActs(x, y, claimsOfSentence) && !levelsOverTime(x, y, before(meta.get(x.article), meta.get(y.article)), claimsOfSentence)) || (otherPlacesOfActs(x, y) && deathOfBoth(x, y, names) === null)) return null;
    // A count of the rest or of more of a kind against a count of the kind (count-slots.ts restCount).
    if (x.kind === 'number' && restCount(x) !== restCount(y)) return null;
    // A figure of a list of things against a figure of one of them ("10.4 billion pesos of
    // property, crops and infrastructure" / "4 billion pesos of crops"): a whole and its part
    // (listed-parts.ts).
    if (listedPart(x, y)) return null;
    // A toll told of where or when its dead died ("killed at the scene", "died in hospital")
    // against a toll that says neither: a part against the whole (count-slots.ts partOfToll).
    if (x.kind === 'number' && partOfToll(x) !== partOfToll(y)) return null;
    // A count told as a rate ("kill 30 people every year") against a count that is not: many
    // occasions against one (count-slots.ts rateCount). Counts only: "$5 a year" is a price.
    if (x.kind === 'number' && x.unit?.startsWith('count:') && rateCount(x) !== rateCount(y)) return null;
    // A count of the dead or injured against a count of another act whose sentence tells of no
    // casualty ("killed 12 passengers" / "carried 40 passengers"): two sets (casualty-nouns.ts).
    if (x.kind === 'number' && x.unit?.startsWith('count:') && casualtyAgainstOther(x, y)) return null;
    // A figure of an act told as another occasion ("In a separate attack, … killed five") against
    // one of the story's own act (occasions.ts anotherOccasion).
    if (x.kind === 'number' && anotherOccasion(x, y)) return null;
    // A date of an act told as a repeat ("The council met again on Thursday", "for the second
    // time") against one that is not: a later occasion of a recurring act, not the first one's
    // date told otherwise (date-slots.ts repeatedOccasion); so for an act told as a separate
    // occasion ("In a separate attack, gunmen killed five … on Tuesday": a possible false card on
    // invented text, session 30).
    if (x.kind === 'date' && repeatedOccasion(x) !== repeatedOccasion(y)) return null;
    // A date of a stretch of several days ("on Monday at the start of a three-day trip") against
    // one of an act inside it ("met Brenner on Tuesday"): two days of one visit (date-slots.ts
    // dayOfSpan; a confident false card on invented text, session 30 review).
    if (x.kind === 'date' && dayOfSpan(x, y)) return null;
    // Two populations, each told of its own named place ("Karvik, a city of 4 million" / "the
    // province of Delm, home to 12 million", one sentence naming both places): two places'
    // populations (claims/populations.ts populationsApart).
    if (x.kind === 'number' && populationsApart(x, y)) return null;
    // Two crowds named by nouns of two groups ("fans" / "protesters"): two gatherings
    // (claims/crowd-counts.ts crowdsOfOtherGroups).
    if (x.kind === 'number' && crowdsOfOtherGroups(x, y)) return null;
    // A crowd counted at a site the other count's sentence never names ("At the cathedral, 800
    // mourners attended" / "5,000 mourners attended the funeral"): a part of the gathering, or
    // another site's (claims/crowd-counts.ts crowdSiteApart).
    if (x.kind === 'number' && crowdSiteApart(x, y)) return null;
    // A named person's death against the death of another the sentence names by that person's
    // name ("Hensley died Friday" / "The gunman who shot Hensley died Thursday"): two deaths.
    if (anotherOnesDeath(x, y, names)) return null;
    // Each value governed by its own event (claims.ts predicate: "arrested 14 people" /
    // "killed 11 people"; "signed Joique Bell … Wednesday" / "placed Chris Ivory on injured
    // reserve Tuesday"): two events' values (read on DUC 2006 and ECB+ dev topics).
    // (Only a predicate whose event word stands in the value's own clause: the nearest event
    // word may lie across a comma, "… the 1993 killing of a black teen-ager, and picking up 100
    // suspected racists", where it governs another part of the sentence.)
    // And only when neither claim's context tells of the other's event: "attacks on the Gaza Strip
    // early Friday in an escalation of a conflict" and "attacked the Gaza Strip on Thursday,
    // marking a new level of conflict" tell both (an AllSides dev story, a real card).
    if (x.predicate !== null && y.predicate !== null && x.predicate !== y.predicate && inClause(x) && inClause(y) && !y.keys.has(x.predicate) && !x.keys.has(y.predicate)) return null;
    // …but the other's event told with a figure of its own is no shared telling: "killed 3 people
    // and injured 30 others" / "injured 30 people and killed 3" each give both events their
    // figures, so "3" (deaths) and "30" (injuries) are two events' values, whichever one the
    // claims reader kept ("killed 3" ends without a noun and makes no claim). Without this, two
    // casualty reports that list deaths and injuries in another order raised a confident card
    // "3" / "30" (found on invented text after an unseen DUC 2006 story merged "kills up to 3
    // million … sickens another 300 million" with "sickens … 300 million … kills up to 2.7 million").
    if (x.kind === 'number' && x.predicate !== null && y.predicate !== null && x.predicate !== y.predicate && inClause(x) && inClause(y) && (figureOfEvent(x.predicate, y) || figureOfEvent(y.predicate, x))) return null;
    // Two instances of one series, one in each sentence ("the original Star Wars film was
    // released in May 1977" / "the third Star Wars film was released 15 years ago"; "his first
    // term" / "his second term"): each value is its own instance's (series.ts).
    if (otherInstances(x.sentence.text, y.sentence.text)) return null;
    // Two instances named by designators ("a Series A round" / "a Series B round"; series.ts).
    if (designatedApart(x.sentence.text, y.sentence.text) === 'apart' || designatedApart(y.sentence.text, x.sentence.text) === 'apart') return null;
    // A figure paired across a coordination with another predicate's figure (coordinatedApart).
    // (Not two lengths of one thing, thing-lengths.ts: each is read in the thing's own construction,
    // "a six-hour standoff", "a standoff that lasted seven hours", whatever event word stands
    // nearest; the nearest event word, claims.ts predicate, is another act's: "surrendered … after".)
    if (x.kind === 'number' && coordinatedApart(x, y) && lengthOfBoth(x, y) === null) return null;
    // A date resolved ahead of its report in a sentence told in the past (misreadAhead) that
    // agrees with the other date once read a year earlier: the annotator's year, not the
    // outlet's (a date ahead that disagrees either way, "detained … on May 23" in an April
    // report against "March 23", is the outlet's own and stays compared).
    // (Or read in the year its sentence writes: "On that April night in 1993".)
    if (x.kind === 'date' && ((misreadAhead(x, meta) && rereadAgrees(x, y)) || (misreadAhead(y, meta) && rereadAgrees(y, x)))) return null;
    // Reports more than a week apart each dating what they tell to their own day of
    // publication ("cautioned lawmakers Wednesday" in a February report, "Greenspan's warning
    // Thursday" in a January report of the year before): each tells the news of its own day,
    // two events (read on a DUC 2006 dev topic).
    if (x.kind === 'date' && daysApart(meta.get(x.article), meta.get(y.article)) > FOLLOW_UP_DAYS && onOwnDay(x, meta) && onOwnDay(y, meta)) return null;
    // Dates used as names of two instances of a series ("Friday's second semifinal").
    if (x.kind === 'date' && x.attributive && y.attributive && instanceOf(x) !== instanceOf(y)) return null;
    // A plan moved later by a later report ("results are not expected until Saturday" on
    // Thursday, "not expected until Sunday" on Saturday): the schedule as it stood on each
    // day, a postponement, not two accounts of one date (read on a DUC 2003 dev story).
    // (`moved`: asked again for a schedule that may have moved, see rescheduled; the pair is then
    // shown as an update, never as a conflict.)
    if (x.kind === 'date' && !moved && postponed(x, y, meta)) return null;
    // An event told as later than the other report's publication is not in that report.
    // (Not a tally's later level told by the later report, levels-reached.ts: the day after the
    // earlier report is when the tally moved on, the same tally's news.)
    if ((toldAfter(x, y, meta, claimsOfSentence) || toldAfter(y, x, meta, claimsOfSentence)) && !levelsOverTime(x, y, before(meta.get(x.article), meta.get(y.article)), claimsOfSentence)) return null;
    if (x.kind === 'number') {
      // A wish against an act, like a forecast against an outcome.
      if (wish(x) !== wish(y)) return null;
      // A sentence giving both values, one of them for another time ("compared with").
      if (givesBoth(x, y, claimsOfSentence) || givesBoth(y, x, claimsOfSentence)) return null;
      // Shares of a group doing two different things (two poll questions).
      if (otherShares(x, y)) return null;
      // Hyphened counts of two different heads ("four-time all-star" / "five-time honoree").
      if (otherHeads(x, y)) return null;
      // A count told as a whole ("In all, …", "nationwide") against one of a place the whole never names (count-slots.ts).
      if (partAgainstWhole(x, y)) return null;
      // Two sets of one noun: two subject counts of two predicates, or one restricted by an adverbial ("sold online") the other never writes (restricted-sets.ts).
      if (restrictedSets(x, y)) return null;
      // The stretch of an ongoing event, counted to two reports' times.
      if ((ongoingStretch(x) || ongoingStretch(y)) && !sameDayReports(x, y, meta)) return null;
    }
    // A plan or a forecast ("promised a 12 percent increase in February") shares its figures
    // with every later report of the plan ("promised earlier this week … not 12 percent"):
    // a figure both give alike anchors two reports of one event, not a plan and a report.
    // A sentence telling a change between two moments ("the poverty rate declined from 4.1
    // percent in 1989 to 3.5 percent six years later") gives values of both: a figure it shares
    // with another sentence may be of the other moment than this value, and anchors nothing
    // (read on a DUC 2006 dev topic: "4.1 percent last month", of another state's unemployment).
    const anchor = x.hedged || y.hedged || TWO_MOMENTS.test(x.sentence.text) || TWO_MOMENTS.test(y.sentence.text) ? null : agreeingCoFigure(x, y, claimsOfSentence);
    // One event of the same participants is evidence too, weaker (the conflict stays possible).
    const frame = anchor === null ? sharedFrame(x, y, names) : null;
    const predicate0 = anchor === null && frame === null ? samePredicate(x, y, sim, names) : null;
    // (A figure both give anchors nothing in a sentence of two moments, as above.)
    const predicate1 = predicate0 !== null && predicate0.startsWith('both give the figure') && (TWO_MOMENTS.test(x.sentence.text) || TWO_MOMENTS.test(y.sentence.text)) ? null : predicate0;
    // Two counts of one counted phrase whose own verbs differ ("Sixteen crew members were aboard
    // the ship" / "still hold … more than 300 crew members to ransom": one ship's crew and every
    // hostage of a pirate band), joined by the phrase alone: two sets of that thing, each its verb
    // names, not one count told two ways. Only when neither was aligned with the other and both
    // governing words are read (claims/measure.ts) and none is shared (an ECB+ dev story once
    // sentence-opening number words were read, session 29; possible false card).
    if (predicate1 !== null && predicate1.startsWith('both count “') && sameFact === null && sim < STRONG_CLAIM && x.measure.length > 0 && y.measure.length > 0 && !x.measure.some((m) => y.measure.includes(m))) return null;
    // One counted thing in one past year (pastYearAnchor): evidence as weak as a shared predicate.
    const year = anchor === null && frame === null && predicate1 === null && !x.hedged && !y.hedged ? pastYearAnchor(x, y, claimsOfSentence, meta) : null;
    const predicate = year !== null ? `both count ${x.unit?.replace(/^.*:/, '') ?? 'it'} in ${year}` : predicate1;
    // Read in their own words, two figures of two owners ("the price for Zelvox and Prandin is
    // $2.02" / "Prandin, which has a price of $2.42") are two things (value-readings.ts).
    if (x.kind === 'number' && otherOwners(x, y, false)) return null;
    // Without an aligned fact or very close words, the claims' own evidence (a counted phrase, an
    // event word) must not be read against what their sentences say of whose and which things
    // they count: an owner one sentence names and the other never does ("the city's 17 high
    // schools" / "each of the 16 high schools" of a county district), a whole set against some
    // things ("the 16 high schools" / "outside four high schools"), or two acts over the count
    // ("still hold more than 300 crew members to ransom" / "three crew members lost their lives").
    const weak = sameFact === null && sim < STRONG_CLAIM && anchor === null;
    // A people's casualties read as people ("killed at least 28 Palestinians", claims.ts group)
    // against a count of people no people names, which itself names a place the people's
    // sentence never writes ("a rocket … killed three people in Sderot"): another attack's
    // dead, which a day both give ("Tuesday", `anchor`) or the shared verb had made one count.
    // Unless the matcher aligned the two or their contexts are near copies.
    if (x.kind === 'number' && (x.group === null) !== (y.group === null) && sameFact === null && sim < STRONG_CLAIM) {
      const [people, generic] = x.group !== null ? [x, y] : [y, x];
      const text = people.sentence.text.toLowerCase();
      if (generic.places.some((n) => !text.includes(n.toLowerCase()))) return null;
    }
    // The same for two tolls of people (a death or an injury their own verbs name, claims/measure.ts)
    // that the matcher did not align and whose contexts are no near copies: one naming a place the
    // other sentence never writes ("air strikes on Gaza killed at least 28 people on Tuesday" / "a
    // rocket … killed three people on Tuesday in Sderot") tells of another attack's dead, however
    // alike the day and the verb (a false confident card on invented text, found in session 17's
    // review).
    if (x.kind === 'number' && sameFact === null && sim < STRONG_CLAIM && casualty(x) && casualty(y)) {
      const unwritten = (a: ClaimItem, b: ClaimItem): boolean => ownPlaces(a).some((n) => !b.sentence.text.toLowerCase().includes(n.toLowerCase()));
      if (unwritten(x, y) || unwritten(y, x)) return null;
    }
    if (weak && x.kind === 'number' && (otherOwners(x, y, true) || otherActsOfCount(x, y))) return null;
    // (Not two populations of one place, claims/populations.ts: "a city of 4 million" and "the
    // 3.8 million residents" both count every resident, whatever their determiners.)
    if (weak && x.kind === 'number' && !populationOnly(x, y)) {
      const sx = countScope(x);
      const sy = countScope(y);
      if (sx !== null && sy !== null && sx !== sy) return null;
    }
    // A plan's "this year" against another's "next year" may name one instance on two calendars
    // (an award season); a school or fiscal year's span is compared only with another span.
    if (x.kind === 'date' && (planYearsOneApart(x, y) || yearSpan(x) !== yearSpan(y))) return null;
    const evidence = anchor !== null || frame !== null || predicate !== null;
    if (!reportsSameThing(x, y, sim, fx !== null && fx === fy, sameFact !== null, evidence, meta, evidence && retoldPast(x, y, meta, claimsOfSentence))) return null;
    return { sameFact, sim, anchor, frame, predicate };
  };
  const raised = new Set<string>();
  for (const ci of [...core.keys()].sort((a, b) => a - b)) {
    const ids = new Set(core.get(ci));
    // Neighbours join only as close as a conflict's own pair (CONFLICT_CLAIM): a claim that only
    // shares some words with a side ("built in the 1930s" beside "destroyed on Tuesday") is
    // about something else and would split the sides.
    for (const id of core.get(ci)!) for (const n of neighbours.get(id) ?? []) if (compOf.get(n) === ci && (sims.get(`${id}:${n}`) ?? sims.get(`${n}:${id}`) ?? 0) >= CONFLICT_CLAIM) ids.add(n);
    // An article giving values that cannot both hold is writing about two things (two years,
    // two events): its claims here are not one claim, whatever their context, and it sits out.
    // Values read out of their construction compare with nothing: a conversion, the tail of a
    // number, a total read with its parts' unit, a recurring date.
    const all = [...ids].sort((a, b) => a - b).map((i) => graph.claims[i]).filter((c) => !conversion(c) && !numberTail(c) && !unitOutsidePhrase(c) && !habitual(c) && !rateDenominator(c));
    const members0 = all.filter((c) => !all.some((d) => d.article === c.article && !compatible(c, d)));
    let members = [...members0, ...supporters(members0, factOf, claimsOfFact)];
    if (new Set(members.map((c) => c.article)).size < 2) continue;
    // The strongest pair of claims that cannot both hold: in one aligned fact first, then by
    // context similarity. It says why the claims are one claim, and how sure that is.
    type BestPair = { x: ClaimItem; y: ClaimItem; sameFact: string | null; sim: number; anchor: string | null; frame: { event: string; participants: string[] } | null; predicate: string | null; rounding: boolean };
    const strongest = (allowMoved: boolean): BestPair | null => {
      let best: BestPair | null = null;
      for (const x of members) {
        for (const y of members) {
          if (x.id >= y.id || x.article === y.article || compatible(x, y)) continue;
          const j = judgePair(x, y, allowMoved);
          if (j === null) continue;
          const { sameFact, sim, anchor, frame, predicate } = j;
          // A pair that differs by more than rounding says more than one that may be a rounding.
          const rounding = roundedOnly(x, y);
          if (best && rounding && !best.rounding) continue;
          const better = !best || (!rounding && best.rounding) || (sameFact !== null) > (best.sameFact !== null) || ((sameFact !== null) === (best.sameFact !== null) && (!x.hedged && !y.hedged) > (!best.x.hedged && !best.y.hedged)) || ((sameFact !== null) === (best.sameFact !== null) && sim > best.sim);
          if (better) best = { x, y, sameFact, sim, anchor, frame, predicate, rounding };
        }
      }
      return best;
    };
    let bestPair = strongest(false);
    // A schedule a later report moved (postponed) is no pair of a conflict; it is asked again,
    // when no pair is found, as one claim given at two times: shown as an update if rescheduled
    // holds, else not at all (as before).
    let moved = false;
    if (!bestPair && members.some((c) => c.kind === 'date')) {
      bestPair = strongest(true);
      moved = bestPair !== null;
    }
    if (!bestPair) continue;
    // Only like is compared with like (a date naming an era or an event, "the 1940s actress", or a
    // statement's date, against the date of what is reported): such a claim joined through the
    // sides' words is no side of this disagreement, and counting it as one split the sides
    // (issue #10: "the 1940s" made a lone "Saturday" against three "Thursday" reports a split).
    // (A named event's date against its act's date, namedAgainstAct, keeps both kinds: the
    // other reports' dates of the act and of the name.)
    if (bestPair.x.kind === 'date') {
      const like = (c: ClaimItem, s: ClaimItem): boolean => c.attributive === s.attributive && c.statement === s.statement && c.named === s.named;
      const { x: bx, y: by } = bestPair;
      // (Years of one named thing, thing-years.ts, keep every year of that thing, however written.)
      const thing = thingYearOf(bx, by) !== null ? yearThing(bx) : null;
      members = thing !== null ? members.filter((c) => c.kind === 'date' && yearThing(c) === thing) : namedAgainstAct(bx, by) ? members.filter((c) => like(c, bx) || like(c, by)) : members.filter((c) => c.attributive === bx.attributive && c.statement === bx.statement);
    }
    // A third value joins the pair as a side only when it is one claim with a side of the pair by
    // the same gates: a claim that only shares the component's words (a study "published
    // Wednesday" in a September report, beside a December report's letter "being published Friday"
    // and another's "will be published Saturday", read on a DUC 2006 dev topic) is another thing,
    // and showing it as a side makes a real disagreement a false card.
    // (A spread of more than MAX_VERSIONS values stays no disagreement, below, whatever sides
    // are dropped here: it is many figures around similar words.)
    const spread = versionCount(members) > MAX_VERSIONS;
    {
      const { x: px, y: py } = bestPair;
      const pairs = (c: ClaimItem, d: ClaimItem): boolean => c.article !== d.article && !compatible(c, d) && judgePair(c.id < d.id ? c : d, c.id < d.id ? d : c, moved) !== null;
      members = members.filter((c) => compatible(c, px) || compatible(c, py) || pairs(c, px) || pairs(c, py));
    }
    // Two slots left with the same claims once unlike dates are out are one disagreement.
    const signature = members.map((c) => c.id).sort((a, b) => a - b).join(',');
    if (raised.has(signature)) continue;
    raised.add(signature);
    // Several claims of one article in the component count once per value.
    const byValue = new Map<string, ClaimItem[]>();
    for (const c of members) {
      const list = byValue.get(c.normalized);
      if (list) list.push(c);
      else byValue.set(c.normalized, [c]);
    }
    const claims: Claim[] = [...byValue].map(([normalized, cs]) => {
      const texts = new Map<string, number>();
      for (const c of cs) texts.set(shownWithUnit(c), (texts.get(shownWithUnit(c)) ?? 0) + 1);
      const value = [...texts].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
      return {
        value,
        normalized,
        articles: uniqArticles(cs.map((c) => c.article)),
        spans: cs.map(spanOf).sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
      };
    });
    // Counts of different periods: a figure bounded by its own period ("arrested three times
    // since October", "12 cases this year") and one bounded otherwise or not at all ("arrested
    // four times") may both be right (a final check of unseen ECB+ 19ecbplus raised 3 / 4 as a
    // confident card). Only the period phrase right after the figure, in its clause.
    if (members.every((c) => c.kind === 'number') && new Set(members.map(countPeriod)).size > 1) continue;
    // A real disagreement has two or three versions; a spread of figures around similar words
    // (a box score: points, rebounds, assists of several players) is not a disagreement.
    if (versionCount(members) > MAX_VERSIONS || spread) continue;
    const facts = [...new Set(members.map((c) => factOf(c.article, c.sentence.start)).filter((f): f is string => f !== null))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    // Described in the words of the best-connected claim of the majority side.
    const schedule = rescheduled(members, meta);
    // A pair found only once a postponement was allowed is shown as an update or not at all.
    if (moved && !schedule) continue;
    // A later report that writes the earlier one's figure as an earlier state tells the change
    // itself (told-updates.ts): an evolution with its times, not a card.
    const toldByLater = toldUpdate(members, graph.told, (a, b) => publishedOrder(before(meta.get(a), meta.get(b))), (x, y) => !compatible(x, y));
    if (schedule || toldByLater || isUpdate(members, meta, (c) => closedPeriodCount(c, claimsOfSentence, meta))) {
      const times = new Map<string, string>();
      const values = claims
        .map((cl) => {
          const pubs = cl.articles.map((a) => meta.get(a)?.published ?? '').filter(Boolean).sort();
          times.set(cl.normalized, pubs[0]);
          return { ...cl, published: pubs[0] };
        })
        .sort((a, b) => cmp(a.published, b.published) || cmp(a.normalized, b.normalized));
      const rep = [...members].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.articleIndex - b.articleIndex || a.start - b.start)[0];
      updates.push({
        id: `u${updates.length + 1}`,
        kind: rep.kind === 'date' ? 'date' : rep.unit?.startsWith('count:') ? 'number' : 'quantity',
        about: aboutText(rep),
        values,
        facts,
      });
      continue;
    }
    // Each side credits its figure to another source ("according to the rebels" / "according to
    // the army"): the sources disagree, each outlet reports its own faithfully, so no outlet is
    // named the outlier and the card is only possible (sources.ts).
    const credited = sourcesApart(members.map((c) => ({ sentence: c.sentence.text, value: c.normalized })));
    let outliers = credited ? [] : outliersOf(members, meta);
    // One report against one: reports outside the sides that give a side's value for the same
    // person's thing may leave one report alone (`backers`); they are shown on their side.
    let backing: ClaimItem[] = [];
    if (!credited && outliers.length === 0 && byValue.size === 2) {
      const more = backers(members, claimsByValue);
      const wider = more.length ? outliersOf([...members, ...more], meta) : [];
      if (wider.length) {
        outliers = wider;
        backing = more.filter((c) => !wider.includes(c.article));
        for (const c of backing) {
          const side = claims.find((cl) => cl.normalized === c.normalized);
          if (!side) continue;
          side.articles = uniqArticles([...side.articles, c.article]);
          side.spans = [...side.spans, spanOf(c)].sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start);
        }
      }
    }
    // The majority side first, the outlier's value last.
    const lone = (c: Claim): boolean => c.articles.every((a) => outliers.includes(a));
    claims.sort((a, b) => Number(lone(a)) - Number(lone(b)) || b.articles.length - a.articles.length || cmp(a.normalized, b.normalized));
    const id = `c${conflicts.length + 1}`;
    for (const c of members) {
      conflictOfClaim.set(c.id, id);
      if (outliers.includes(c.article) && !members.some((d) => d.article !== c.article && compatible(c, d))) outlierClaims.add(c.id);
    }
    const majority = members
      .filter((c) => !outliers.includes(c.article))
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.articleIndex - b.articleIndex || a.start - b.start);
    const { x, y, sameFact } = bestPair;
    const hedged = x.hedged || y.hedged;
    const shared = sharedContext(x, y, names);
    const words = shared.length ? ` share ${shared.map((w) => `“${w}”`).join(', ')}` : '';
    // Confident only with both: the sentences were aligned as one fact (the matcher, not only
    // nearby words, says they report the same thing) and neither value is hedged.
    // A date one digit away from the other with month and day the same ("December 2014" /
    // "December 2024") is a typo-shaped disagreement, and very close contexts (STRONG_CLAIM)
    // say the same on their own: either also makes a conflict confident.
    // Another value the two sentences give alike (a figure, the day of the event) anchors them
    // to one report as surely: it makes a conflict confident too.
    const strong = sameFact !== null || nearMiss(x, y) || bestPair.sim >= STRONG_CLAIM || bestPair.anchor !== null;
    // Reports published more than a week apart are follow-ups: the same words may describe a
    // later event (an aftershock, a second statement). Only a typo-shaped year stays sure.
    const apart = daysApart(meta.get(x.article), meta.get(y.article)) > FOLLOW_UP_DAYS && !nearMiss(x, y);
    // Two months apart, reports of "the same" sentence that date it differently tell of two
    // occurrences (a curfew of March and one of July, a second summit): the coverage of one
    // event's date lies within weeks, and a follow-up retelling it keeps its date.
    // A year one digit away with the same month ("November 1993" / "November 2003", nearMiss)
    // is the typo-shaped exception, as for `apart`: two occurrences a decade apart in the same
    // month are rarer than a slip of one digit, but from reports months apart it is only
    // possible (`farTypo`). Not when the years are as far apart as the reports or less
    // ("September 2025" / "September 2026" from reports nine months apart): a yearly event's
    // next occurrence (an annual fair, a summit, an anniversary) is as likely as a slip, and
    // such a card would accuse the later report of a typo for telling of the later year.
    const far = daysApart(meta.get(x.article), meta.get(y.article));
    const farTypo = members[0].kind === 'date' && far > OTHER_OCCURRENCE_DAYS;
    if (farTypo && (!nearMiss(x, y) || Math.abs(Number(x.iso.slice(0, 4)) - Number(y.iso.slice(0, 4))) <= Math.ceil(far / 365))) continue;
    // One outlet's reports of different days (a wire service's series) that differ on a date or
    // a figure may be its own correction or a later state of things: worth a look, not an
    // accusation of contradicting another source.
    // One outlet's reports each dating the sentence by its own day ("Typhoon Babs headed toward
    // southern China Friday" in its Friday report, "… Saturday" in Saturday's): a running story
    // told day by day, the state of things on each report's day. (Two outlets dating one arrest
    // "Monday night" and "Wednesday night" in reports a day apart still disagree.)
    if (members[0].kind === 'date' && sameOutletOnDifferentDays(members, meta) && ownDays(members, meta)) continue;
    // "Last week" in one day's report, "two weeks ago" in a later one's: counted back in whole
    // weeks from different days, both are approximate ("two weeks ago" is said of ten days as
    // well as fourteen), so they cannot contradict each other.
    if (members[0].kind === 'date' && weeksBackFromDifferentDays(members, meta)) continue;
    const ownSeries = !apart && sameOutletOnDifferentDays(members, meta);
    // Every disagreement of the conflict may be a rounding ("3,000" against "3,197"; "38 million"
    // against "38.5 million"): the outlets may well mean one figure, so it is only possible.
    const rounding = members.every((a) => members.every((b) => a.article === b.article || compatible(a, b) || roundedOnly(a, b)));
    // Approximations that nearly meet ("half" / "some 62 percent"): how wide an approximation
    // reaches is the reader's guess, so the disagreement is only possible (approximations.ts).
    const loose = !rounding && members.every((a) => members.every((b) => a.article === b.article || compatible(a, b) || nearlyMeeting(a, b) !== null)) ? nearlyMeeting(x, y) : null;
    // A disagreement only the cap of a round lower bound makes ("more than 700,000" against "a
    // million": claims.ts construction) rests on how outlets write bounds, not on what they say.
    const capped = impliedCeiling(x, y) ?? impliedCeiling(y, x);
    // A "by" date against a later date of the act (claims.ts byBoundAgainstDate) rests on the
    // reading of "by" as a bound on a done act and of both clauses as one act: worth a look, not
    // an accusation.
    const byBound = byBoundAgainstDate(x, y) === true;
    // A figure told over a stretch against one told over none ("raised $40 million last year" /
    // "raised $25 million"): perhaps one figure with its period left out, perhaps two (periods.ts).
    const periodOnly = periodInOneOnly(x, y, claimsOfSentence);
    // One measured noun, narrowed by a modifier in one sentence only ("core inflation" /
    // "inflation"): perhaps a kind of the thing against the thing (measured-nouns.ts).
    const narrowed = narrowedMeasure(x, y);
    // Two measured nouns under one governing verb ("a $12 million fine" / "a $15 million penalty"):
    // perhaps one thing named two ways, perhaps two (measured-nouns.ts renamedUnderOneVerb).
    const renamed = renamedUnderOneVerb(x, y);
    // One noun named by a designator in one sentence and by another word in the other ("a Series
    // B round" / "a seed round"): perhaps two instances (series.ts).
    const instance = designatedApart(x.sentence.text, y.sentence.text) ?? designatedApart(y.sentence.text, x.sentence.text);
    // Two dates whose sentences' figures disagree too ("arrested 12 … on Monday" / "arrested 40 …
    // on Tuesday"): perhaps two occasions of one kind of act (occasions.ts).
    const coFigures = figuresAlsoDiffer(x, y, claimsOfSentence);
    // Figures governed by two verbs of no one act, neither written in the other sentence
    // ("vetoed a $12 billion bill" / "signed a $9 billion bill"): perhaps two acts (governing-acts.ts).
    const twoActs = unrelatedActs(x, y);
    // Two dates under two verbs of no one act, neither written in the other sentence, of one doer
    // ("welcomed the deal on Monday" / "opposed the deal on Tuesday"): perhaps two acts (occasions.ts).
    // (Two clock times too: a time of day is the moment of an act, moments-of-acts.ts.)
    const dateActs = otherVerbsOfDates(dateEventHead(x), dateEventHead(y), x, y);
    // Two lengths of one thing in sentences not aligned as one fact (thing-lengths.ts): the thing's
    // noun and a participant are the evidence, and a shared day or figure does not make two
    // clauses of lasting one telling ("after seven hours of talks" / "the talks went on for nine
    // hours" may count two rounds of talks): worth a look, not an accusation.
    const lengthOnly = sameFact === null && lengthOfBoth(x, y) !== null;
    // Two counts met only as one crowd's size, by other verbs (claims/crowd-counts.ts crowdOnly):
    // at most possible, unless the sentences were aligned as one fact.
    const crowdMet = sameFact === null && x.kind === 'number' && crowdOnly(x, y);
    // So are two populations of one place (claims/populations.ts).
    const populationMet = sameFact === null && x.kind === 'number' && populationOnly(x, y);
    // The outlier's date one digit of the year away from a majority value, month and day alike
    // ("March 2015" / "March last year", nearMiss): a typo-shaped disagreement worth saying
    // whichever pair explains the card (the pair chosen for its shared words may be the outlier
    // against another majority value, "last year", or two majority values). The majority member
    // best linked first (`majority` order), then the outlier's earliest claim: one pair, the same
    // on every run. Only said, never a reason for confidence: `strong` still reads the chosen pair.
    const typo: [ClaimItem, ClaimItem] | null = nearMiss(x, y)
      ? [x, y]
      : (() => {
          const odd = members.filter((c) => outliers.includes(c.article)).sort((a, b) => a.articleIndex - b.articleIndex || a.start - b.start);
          for (const m of majority) for (const o of odd) if (nearMiss(o, m)) return [o, m];
          return null;
        })();
    const typoWords = typo ? `“${typo[0].text}” and “${typo[1].text}” differ by one digit of the year` : '';
    const confidence = strong && !hedged && !apart && !farTypo && !ownSeries && !rounding && capped === null && !byBound && loose === null && !credited && periodOnly === null && narrowed === null && renamed === null && instance === null && coFigures === null && twoActs === null && !dateActs && !lengthOnly && !crowdMet && !populationMet ? 'high' : 'possible';
    const why = (apart ? `The reports were published more than ${FOLLOW_UP_DAYS} days apart and may describe different events; ` : '') + (farTypo ? `The reports were published more than ${OTHER_OCCURRENCE_DAYS} days apart, but the years differ by one digit in the same month; ` : '') + (ownSeries ? 'All these reports are one outlet\'s, published on different days: the later may correct or update the earlier; ' : '') + (sameFact === 'clash' || (sameFact && factOf(x.article, x.sentence.start) !== factOf(y.article, y.sentence.start)) ? `The sentences report the same thing except this value (the matcher aligned them but for it) and${words || ' say the same thing'}` : sameFact ? `Both sentences report fact ${sameFact} and${words || ' say the same thing'}` : strong ? `The sentences${words || ' are alike'}${typo ? `, and ${typoWords}` : bestPair.anchor !== null && bestPair.sim < STRONG_CLAIM ? `, and both give “${bestPair.anchor}”` : ''}` : bestPair.frame ? `Both sentences tell of the same ${bestPair.frame.event} of ${bestPair.frame.participants.slice(0, 3).join(' and ')}, but were not aligned as one fact` : bestPair.predicate ? `The claims${words || ''}${words ? ' and ' : ' '}${bestPair.predicate}, but the sentences were not aligned as one fact` : `The sentences${words || ' are alike'}, but were not aligned as one fact`) + (typo && !farTypo && (sameFact !== null || !strong) ? `; ${typoWords}` : '') + (hedged ? ((x.statement || y.statement) ? `; “${x.statement ? x.text : y.text}” dates a statement, which a source may have made twice` : (namedAgainstAct(x, y) ? `; “${x.named ? x.text : y.text}” is the date in the event's name, “${x.named ? y.text : x.text}” the date of the act itself` : x.attributive || y.attributive ? `; “${x.attributive ? x.text : y.text}” names an event or qualifies a noun rather than dating what is reported` : `; “${x.hedged ? x.text : y.text}” is a plan or a forecast`)) : '') + (byBound ? `; “${x.bound ? x.text : y.text}” says by when the act was done, and “${x.bound ? y.text : x.text}” is later` : '') + (x.weekday !== null ? '; the articles have no publication date, so the weekdays are compared by name' : '') + (rounding ? `; “${x.grain >= y.grain ? x.text : y.text}” is a round figure that may stand for “${x.grain >= y.grain ? y.text : x.text}” rounded` : '') + (credited ? `; each figure is credited to its own source (${[x, y].map((c) => `“${creditedSources(c.sentence.text).written}” for “${c.text}”`).join(', ')}): the sources disagree, and neither outlet is named the outlier` : '') + (loose !== null ? `; “${loose.text}” is an approximation, and “${loose === x ? y.text : x.text}” lies just beyond what it is read to cover` : '') + (capped !== null ? `; ${capped}` : '') + (periodOnly !== null ? `; only “${periodOnly.text}” is told over a stated period, and “${periodOnly === x ? y.text : x.text}” may be of another` : '') + (narrowed !== null ? `; only “${narrowed.of.text}” is told of the “${narrowed.modifier}” kind, and the other may be of the whole` : '') + (renamed !== null ? `; the figures are told of “${renamed[0]}” and of “${renamed[1]}”, which may be one thing or two` : '') + (instance !== null ? '; the sentences name what they tell of by different words (a designated instance against another), and may tell of two instances' : '') + (coFigures !== null ? `; the sentences also give “${coFigures[0].text}” and “${coFigures[1].text}”, and may tell of two occasions` : '') + (twoActs !== null ? `; “${x.text}” is told of “${twoActs[0]}” and “${y.text}” of “${twoActs[1]}”, which may be two acts` : '') + (dateActs ? `; the ${x.kind === 'date' ? 'dates' : 'times'} head two different verbs, which may be two acts` : '') + (crowdMet ? `; both count the crowd of a gathering (“${x.sentence.text.slice(x.start - x.sentence.start, x.end - x.sentence.start)}” and “${y.sentence.text.slice(y.start - y.sentence.start, y.end - y.sentence.start)}” told with other words), which may be two gatherings` : '') + (backing.length ? `; ${uniqArticles(backing.map((c) => c.article)).join(', ')} also give${backing.length === 1 ? 's' : ''} “${backing[0].text}” with a participant of the same sentence, in other words, which leaves ${outliers.join(', ')} alone` : '') + '.';
    conflicts.push({
      id,
      kind: members[0].kind === 'date' ? 'date' : members[0].unit?.startsWith('clock:') ? 'time' : members[0].unit?.startsWith('count:') ? 'number' : 'quantity',
      about: slotAbout(members, names) ?? aboutText(majority[0] ?? members[0]),
      claims,
      outliers,
      facts,
      confidence,
      why,
    });
  }
  return { conflicts, updates, outlierClaims, conflictOfClaim, compared: comparedClaims.size };
}

/** Characters either side of a quote where the people it is credited to are named. */
const ATTRIBUTION_WINDOW = 150;

/** Characters between two names joined as one subject ("Zadan and Meron", "Mark, Condon"). */
const JOINED_GAP = 6;

/**
 * Some version names, within its attribution window, its speaker and another version's speaker
 * side by side ("said Zadan and Meron"): the two are credited jointly. Only joined names count: a
 * name in a neighbouring sentence ("Mayor Hadid ordered an inquiry. '…,' said the spokesman, Omar
 * Talib") is someone else, not a co-speaker.
 */
function coSpeakers(members: DossierQuote[], speakers: string[], ents: EntityIndex): boolean {
  const near = (id: string, m: DossierQuote) => (ents.get(id)?.mentions ?? []).filter((x) => x.article === m.article && x.end > m.start - ATTRIBUTION_WINDOW && x.start < m.end + ATTRIBUTION_WINDOW);
  return members.some((m) => {
    const own = near(m.speaker!, m);
    return speakers.some((other) => other !== m.speaker && near(other, m).some((x) => own.some((y) => Math.max(x.start - y.end, y.start - x.end) <= JOINED_GAP && Math.max(x.start - y.end, y.start - x.end) >= 0)));
  });
}

/**
 * Pronouns and descriptions are not names: a speaker conflict needs both speakers named. The word
 * must end at a space or the end: an initial is no article or pronoun ("A.J. Smith", "I.M. Pei"
 * read as "a" and "I" hid a speaker card on an unseen ECB+ story).
 */
const NOT_A_NAME = /^(?:he|she|they|it|we|i|you|his|her|their|one|this|that|the|a|an)(?![.\p{L}\p{N}])/iu;

const quoteWords = (t: string): string[] => fold(t).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
/**
 * Two versions are one statement for a speaker conflict when most of the shorter one is a run
 * of the longer one: a shared phrase ("as quickly as possible") is not the same statement.
 */
const SAME_STATEMENT_RUN = 0.6;
const MIN_STATEMENT_WORDS = 8;

/**
 * Speaker conflicts: a statement that outlets attribute to different people. Only when every
 * version names its speaker explicitly (a name written at the quote, not "he" resolved to the
 * nearest name, not "the official"), the named people are different entities that share no name
 * word in any spelling ("Hans" / "Hand Carlsson" is one man with a typo), and the versions are
 * one statement word for word (most of the shorter one is a run of the longer).
 */
export function speakerConflicts(q: QuoteResult, ents: EntityIndex, meta: Map<string, ArticleMeta>, offset: number, textOf?: (article: string) => string | null): Conflict[] {
  const out: Conflict[] = [];
  const byId = new Map(q.quotes.map((x) => [x.id, x]));
  const named = (m: DossierQuote): boolean => {
    // The annotator says how the speaker is known: a name carried over from an earlier sentence
    // (`context`) or a pronoun resolved by us is our inference, not the outlet's attribution.
    if (m.attribution !== 'named') return false;
    const t = m.speakerText;
    if (!m.speaker || !t || !/^\p{Lu}/u.test(t) || NOT_A_NAME.test(t)) return false;
    const e = ents.get(m.speaker);
    if (!e || e.type !== 'person') return false;
    // The written words must be (part of) the person's name, not a role or a description.
    const written = nameTokens(t);
    return e.aliases.some((al) => nameTokens(al.text).some((x) => written.some((y) => sameNameToken(x, y))));
  };
  for (const g of q.groups) {
    if (!g.speakerDisagreement) continue;
    // Only the explicit attributions are compared: a pronoun or a description in one outlet
    // against a name in another is our inference against theirs, not theirs against theirs, so
    // such versions are left out (they neither make nor veto a conflict); the outlets that
    // write a name at the quote are compared with each other.
    const members = g.quotes.map((id) => byId.get(id)!).filter((x) => x.speaker !== null && named(x));
    // Outlets disagree only when each names one speaker: an article that gives the words to two
    // people (a quote run on over a change of speaker) is an attribution problem of its own.
    const perArticle = new Map<string, Set<string>>();
    for (const m of members) perArticle.set(m.article, new Set([...(perArticle.get(m.article) ?? []), m.speaker!]));
    if ([...perArticle.values()].some((s) => s.size > 1)) continue;
    const bySpeaker = new Map<string, DossierQuote[]>();
    for (const m of members) bySpeaker.set(m.speaker!, [...(bySpeaker.get(m.speaker!) ?? []), m]);
    const speakers = [...bySpeaker.keys()];
    if (speakers.length < 2 || speakers.length > MAX_VERSIONS) continue;
    // Different people in every spelling. Initials ("A.J.", "JR": two letters at most) say
    // nothing of who someone is: two people who share only them are two people (an unseen ECB+
    // story credited a general manager's statement to "A.J. Smith" and to "A.J. Butler", and the
    // shared "aj" hid the card). A name of initials alone keeps them, so it still meets its own.
    const tokensOf = (id: string): string[] => {
      const aliases = ents.get(id)!.aliases;
      const all = aliases.flatMap((al) => nameTokens(al.text));
      // Written as initials: capitals with periods ("A.J.", "J.") or two capitals at most ("AJ").
      const initials = new Set(aliases.flatMap((al) => al.text.split(/\s+/).filter((w) => /^(?:\p{Lu}\.){1,3}$|^\p{Lu}{1,2}$/u.test(w)).flatMap((w) => nameTokens(w))));
      const named = all.filter((t) => !initials.has(t));
      return named.length ? named : all;
    };
    let apart = true;
    for (let i = 0; i < speakers.length && apart; i++) for (let j = i + 1; j < speakers.length && apart; j++) if (tokensOf(speakers[i]).some((x) => tokensOf(speakers[j]).some((y) => sameNameToken(x, y)))) apart = false;
    if (!apart) continue;
    // A statement of several people ("said Zadan and Meron", "Producers Mark and Condon called
    // the actor …"): an article naming another side's speaker right at the quote credits it to
    // both, and our speaker is one of them (read on two unseen ECB+ stories: each producer pair
    // became a speaker conflict).
    if (coSpeakers(members, speakers, ents)) continue;
    // Two levels of one nested report: an outlet that writes "“…,” Marr said, according to
    // Brekke" (or "Brekke said that Marr called the plan “…”") records Brekke as the outer source,
    // and another that credits the same words to Brekke names the relay, not someone else. The
    // inner speaker and the outer source are not two claims about one statement; a card would set
    // them against each other (PolNeAR, for one, credits the outer source by convention).
    if (members.some((m) => m.via !== undefined && m.via !== m.speaker && speakers.includes(m.via))) continue;
    // A speaker named as the other's spokesperson ("a spokesman for Varga"), or words said again
    // ("Holm repeated the pledge"): both attributions may be right (speaker-proxies.ts).
    if (proxyOrRepeated(members, speakers, ents, textOf)) continue;
    // One statement: some pair across every two sides repeats most of the shorter version.
    const sameStatement = (a: DossierQuote[], b: DossierQuote[]): boolean =>
      a.some((x) =>
        b.some((y) => {
          const wx = quoteWords(x.text);
          const wy = quoteWords(y.text);
          const short = Math.min(wx.length, wy.length);
          // The shared, bounded run of quote grouping (quotes.ts): a run is looked for within the
          // first RUN_WORDS words of each version, so a huge quote cannot make this quadratic.
          const need = Math.ceil(SAME_STATEMENT_RUN * Math.min(short, RUN_WORDS));
          return short >= MIN_STATEMENT_WORDS && longestRun(wx, wy, need) >= need;
        }),
      );
    let one = true;
    for (let i = 0; i < speakers.length && one; i++) for (let j = i + 1; j < speakers.length && one; j++) if (!sameStatement(bySpeaker.get(speakers[i])!, bySpeaker.get(speakers[j])!)) one = false;
    if (!one) continue;
    // Who backs each side, for naming an outlier only (the card stays the named versions'): an
    // article outside the group that credits by name a shorter part of the same statement to one
    // of the speakers ("Smith said he was aware of the “off-the-field issue.”") says whose words
    // it knows them as. Without it, two reports against one named the wrong outlet on an unseen
    // ECB+ story, where a fourth report gave part of the statement to the lone side's speaker.
    const statementWords = members.map((m) => quoteWords(m.text).join(' '));
    const inGroup = new Set(members.map((m) => m.article));
    const backing = new Map<string, DossierQuote[]>();
    for (const x of q.quotes) {
      if (inGroup.has(x.article) || x.speaker === null || !bySpeaker.has(x.speaker) || !named(x)) continue;
      const words = quoteWords(x.text);
      if (words.length < 4 || !statementWords.some((w) => ` ${w} `.includes(` ${words.join(' ')} `))) continue;
      backing.set(x.speaker, [...(backing.get(x.speaker) ?? []), x]);
    }
    const sides = [...bySpeaker]
      .map(([speaker, ms]) => ({ value: ents.get(speaker)?.name ?? speaker, normalized: speaker, articles: uniqArticles([...ms, ...(backing.get(speaker) ?? [])].map((m) => m.article)), spans: [] }))
      .sort((a, b) => b.articles.length - a.articles.length || cmp(a.normalized, b.normalized));
    const claims: Claim[] = [...bySpeaker]
      .map(([speaker, ms]) => ({
        value: ents.get(speaker)?.name ?? speaker,
        normalized: speaker,
        articles: uniqArticles(ms.map((m) => m.article)),
        spans: ms.map((m) => ({ article: m.article, start: m.start, end: m.end })).sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
      }))
      .sort((a, b) => b.articles.length - a.articles.length || cmp(a.normalized, b.normalized));
    out.push({
      id: `c${offset + out.length + 1}`,
      kind: 'speaker',
      about: byId.get(g.reference)!.text,
      claims,
      // Verbatim copies of a quote are the norm, so only outlets make reports one here.
      outliers: backing.size ? loneReport(sides, [], meta) : loneReport(claims, [], meta),
      facts: [],
      confidence: 'high',
      why: `The same statement, quoted word for word, is credited by name to ${claims.map((c) => c.value).join(' and ')}, who are different people.`,
    });
  }
  return out;
}

/** A figure word: digits, or a number word ("three", "dozens", "a million" reads "million"). */
const FIGURE_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|million|millions|billion)$/;
/** Words that may stand between an event word and its figure ("killed at least 3", "kills up to 2.7 million", "injured about 30"). */
const FIGURE_LEAD = new Set(['at', 'least', 'up', 'to', 'about', 'some', 'more', 'than', 'nearly', 'almost', 'around', 'over', 'another', 'an', 'a', 'estimated', 'roughly', 'as', 'many']);

/**
 * Whether `c`'s sentence gives the event class `event` a figure of its own, other than `c`'s
 * value: a word of that class followed, across only hedges ("at least", "up to"), by a figure
 * ("killed 3", "kills up to 2.7 million"). Bounded by the sentence's tokens.
 */
function figureOfEvent(event: string, c: ClaimItem): boolean {
  const toks = tokens(c.sentence.text, c.sentence.start);
  for (let i = 0; i < toks.length; i++) {
    if (eventClass(stem(toks[i].norm)) !== event) continue;
    for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
      const t = toks[j];
      if (FIGURE_WORD.test(t.norm)) {
        if (t.end <= c.start || t.start >= c.end) return true;
        break;
      }
      if (!FIGURE_LEAD.has(t.norm)) break;
    }
  }
  return false;
}
