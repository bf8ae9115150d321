/**
 * Time expressions: finds dates, times of day, durations, sets and references ("now",
 * "recently") and normalises them as TimeML TIMEX3 values (`timex`), plus the product's ISO
 * `value`/`precision` for what is a calendar date: a day (YYYY-MM-DD), week (the Monday that
 * starts it), month (YYYY-MM), year (YYYY) or decade (its first year).
 *
 * Why own rules and not chrono-node: chrono's casual parser resolves bare weekdays and months
 * forward or to the nearest occurrence, while news reports the past ("Wednesday" in an article
 * published on a Thursday is yesterday, "in December" read in October is last December); it
 * also reads "May" the modal verb and "14-year" as dates and costs ~10x more time per article.
 * The approach is HeidelTime's (Strötgen & Gertz): pattern resources per expression type
 * (rules.ts, lexicon.ts), normalisation against the document date for news, the direction of
 * underspecified expressions from the tense of the governing clause (tense.ts), and
 * expressions relative to another date anchored to the last date the text mentioned.
 * Named events and anniversaries ("the Sept. 11 attacks", "the anniversary of …") are marked
 * `event: true`: their date is not when the reported event happened.
 */
import type { Sentence, TimeExpression } from '../../core/schema.js';
import { wireDatelineDay } from '../../ingest/dates.js';
import { stripPossessive, type Tokens } from '../tokens.js';
import { isoValue, parsePublished, shiftDays, weekdayDate, type Pub } from './calendar.js';
import { pairQuotes, type RawQuote } from '../quote-marks.js';
import { WEEKDAY_INDEX } from './lexicon.js';
import { CONTINUE, GATED, groupsOf, resolve, TIME_RE, TRIGGERS } from './rules.js';
import { farPastDone, frontedPastDone, tenseOf, type Tense } from './tense.js';
import { compiledOnce } from '../../core/regex.js';
import { NAMING_NOUNS } from '../lexicon/naming-nouns.js';

export { parsePublished } from './calendar.js';

/**
 * A date that names an event rather than dating the report's: the expression pre-modifies an
 * event noun inside a noun phrase ("the Sept. 11 attacks", "the deadly Jan. 6 attack", "the
 * 1979 Islamic Revolution", "its 1986 air and missile raid", "the 2015 Iran nuclear deal"),
 * or its complement ("the attacks of Sept. 11"), or is an anniversary ("the 10th anniversary
 * of …", "the Sept. 11 anniversary"). A determiner or
 * possessive opens the noun phrase before the date (a few adjectives may stand between: "the
 * deadly"), and at most three modifiers (names, adjectives, "air and missile") stand between
 * the date and the noun; a preposition, an auxiliary or a clause word there ends the phrase
 * ("in 2003 war broke out" is not one). Nouns outside the list ("Trump's 2017 tax cuts", "the
 * 1997 survey data") leave the date an ordinary one.
 */
const EVENT_NOUN = String.raw`(?:terror(?:ist)?\s+)?(?:attacks?|assaults?|rulings?|championships?|tournament|bombings?|blaze|massacres?|uprisings?|revolution|coup|riots?|insurrection|shootings?|hijackings?|disaster|tragedy|tsunami|earthquake|quake|hurricane|storm|floods?|fire|blast|explosion|crash|collapse|crisis|recession|killings|genocide|war|invasion|raids?|siege|holiday|accords?|deal|treaty|pact|armistice|summit|elections?|referendum|inauguration|swearing-in|olympics|games|world\s+cup|anniversary|commemorations?|memorial|remembrance)`;
/**
 * The event nouns of what happens unplanned — violence, disasters, accidents, crises —
 * as against the planned and recurring ones of EVENT_NOUN (elections, summits, games,
 * holidays, treaties, anniversaries). Nobody names a coming attack or storm by its date: "the
 * March 3 fire", "the Jan. 6 attack", "the Feb. 24 invasion" name an event because it has
 * happened, so a day or month written without its year lies behind the writing, however near
 * the same day ahead is. Read with no direction (the nearer occurrence, the future counted twice
 * as far), "the Jan. 6 riot" in an October report went to the coming January and "the September
 * 11 terrorist attacks" in a June one to the coming September (dev AllSides stories).
 */
// (Not a court's ruling: a court sets and announces its ruling day, and news names a coming
// ruling by it, "ahead of the Sept. 3 ruling", "investors await the court's Sept. 3 ruling".
// Not where the noun premodifies a planned event's noun, which heads the compound: "the March 5
// earthquake drill", "the Jan. 6 attack hearings" are arranged ahead.)
const OCCURRENCE_NOUN = String.raw`(?:terror(?:ist)?\s+)?(?:attacks?|assaults?|bombings?|blaze|massacres?|uprisings?|revolution|coup|riots?|insurrection|shootings?|hijackings?|disaster|tragedy|tsunami|earthquake|quake|hurricane|storm|floods?|fire|blast|explosion|crash|collapse|crisis|killings|genocide|raids?|siege|invasion)(?!\s+(?:drills?|exercises?|simulations?|warnings?|alerts?|watch|season|forecasts?|hearings?|trials?|inquiry|inquest|vigils?|concerts?|memorials?|commemorations?|anniversar(?:y|ies)|summits?|talks|meetings?|votes?)\b)`;
/** Words that cannot stand inside the noun phrase between the date and its noun. */
const NOT_IN_NP = String.raw`(?:of|in|on|at|to|for|from|by|with|since|after|before|during|until|and\s+(?:the|a|an)|or|was|were|is|are|has|had|have|will|would|when|where|which|that|who|as|than|said|says)`;
/**
 * A forecast of the dated event in its own clause ("the March 3 storm is expected to dump a foot
 * of snow", "the Jan. 9 storm will reach the coast"): forecasters do name a coming storm, flood
 * or hurricane by its date, so there the event is not known to lie behind; the date keeps the
 * ordinary reading. (Within the sentence and 80 characters.)
 */
const FORECAST_AFTER = /^[^.;!?]{0,80}?\b(?:(?:is|are)\s+(?:expected|forecast|predicted|projected|due|set|likely|poised|coming)\b|will\b|could\b|threatens?\b|approaching\b|bearing\s+down\b)/i;
/**
 * Of the unplanned events, those forecasters name by a coming date (weather: "the Jan. 9 storm
 * will reach the coast"): only their nouns let a forecast after the date (FORECAST_AFTER) undo
 * `occurred`. Nobody forecasts an attack, a crash or a shooting by its day, and the "will" after
 * one is the clause's own ("The victims of Friday's attack will be buried today": read as a
 * forecast, the attack went to the coming Friday; issue #11, past days resolved forward).
 */
const FORECASTABLE_NOUN = /(?:storm|hurricane|floods?|tsunami)$/i;
/** `after` (the text after a date) names an unplanned event that happened: its noun follows, and no forecast of a weather event does. */
function occurredAfter(text: string, end: number): boolean {
  const m = compiledOnce(OCCURRENCE_NOUN_AFTER).exec(text.slice(end, end + 60));
  if (!m) return false;
  return !(FORECASTABLE_NOUN.test(m[0]) && FORECAST_AFTER.test(text.slice(end, end + 80)));
}
const OCCURRENCE_NOUN_AFTER = new RegExp(String.raw`^(?:['’]s|,|[-–]\d{1,2}|\.(?=\s+\p{Ll}))?\s+(?:(?!${NOT_IN_NP}\b)[\p{L}.’'-]+\s+){0,3}?${OCCURRENCE_NOUN}\b`, 'iu');
const EVENT_NOUN_AFTER = new RegExp(String.raw`^(?:['’]s|,|[-–]\d{1,2}|\.(?=\s+\p{Ll}))?\s+(?:(?!${NOT_IN_NP}\b)[\p{L}.’'-]+\s+){0,3}?${EVENT_NOUN}\b`, 'iu');
/**
 * A date right after an event noun its owner's possessive opens ("the judge's ruling Monday",
 * "the company's announcement Tuesday"): the date is
 * the noun's event's, not the time of the clause's verb ("The union will appeal the judge's
 * ruling Monday": the ruling is Monday, whatever "will appeal" says). The clause's tense does
 * not govern it: no direction, the nearer occurrence (the past counted nearer), as for a named
 * event. Read as the clause's future, a ruling of two days before went five days ahead, and the
 * two outlets' dates of one ruling were never compared (a session 16 unseen reading: "the
 * judge's ruling Monday" / "dismissed the case Tuesday"). The noun is one of the event nouns
 * above or a nominalisation ("-tion", "-sion", "-ment"); only after a possessive, which makes
 * the phrase a noun phrase with its own event ("appeal the ruling Monday" may be the appeal's
 * day), and only a bare date right after the noun: with "on" the date is as often the verb's
 * ("The commission is to consider Putin's registration on Saturday", a DUC 2006 dev story, is
 * the coming Saturday; with "on" allowed it went to the Saturday before).
 */
const POSSESSIVE_EVENT_BEFORE = new RegExp(String.raw`\p{L}['’]s?\s+(?:(?!${NOT_IN_NP}\b)[a-z][a-z-]*\s+){0,2}(?:${EVENT_NOUN}|([a-z]{3,}(?:tion|sion|ment))s?)\s+$`, 'u');
/**
 * Nouns in -tion, -sion, -ment that name a body or a place as well as (or rather than) an act:
 * "Velmora's parliament Thursday will debate the bill", "the nation's government Friday will
 * present the budget" date the clause's act, not the noun's (read as an event noun, a coming
 * Thursday went to the one before). WordNet's everyday nouns (lexicon/naming-nouns.ts) say which
 * nominalisations are things only ("o": announcement, decision, election, resignation); one
 * whose senses include a group or a place ("g", "m": parliament, government, administration,
 * commission) or that the table leaves out (a person sense or a rare word: "opposition") is no
 * event noun here.
 */
let eventNominals: Set<string> | null = null;
function possessiveEventBefore(before: string): boolean {
  const m = POSSESSIVE_EVENT_BEFORE.exec(before);
  if (!m) return false;
  if (m[1] === undefined) return true;
  eventNominals ??= new Set(NAMING_NOUNS.split('\n').filter((l) => l.endsWith(' o')).map((l) => l.slice(0, -2)));
  return eventNominals.has(m[1]);
}
/**
 * Bodies and groups named after an event by its date: "the Jan. 6 committee", "the failed Jan.
 * 6 commission", "the 9/11 hijackers", "a 2001 conspirator". The date is the event's the body
 * investigates or the group took part in (the short name of the event, as in "the Jan. 6
 * riot"), never when the body or the group did what the report tells. Not hearings, meetings
 * or reports: "the March 3 hearing" is held on its date.
 */
const NAMED_BODY = String.raw`(?:(?:select\s+)?committees?|commissions?|panels?|task\s+force|probes?|investigations?|inquir(?:y|ies)|rioters?|insurrectionists?|attackers?|hijackers?|bombers?|plotters?|conspirators?|defendants?|victims?|survivors?|first\s+responders?)`;
const NAMED_BODY_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:(?!${NOT_IN_NP}\b)[\p{L}.’'-]+\s+){0,2}?${NAMED_BODY}\b(?!\s+(?:reports?|findings|recommendations|review|hearings?|meetings?|vote|session)\b)`, 'iu');
/**
 * A bare year opening a proper name of an event ("the torch of 2008 Summer Olympics", "at 2010
 * World Cup"): the year and every word up to a capitalised event noun are capitalised, so the year
 * is part of the name even without a determiner before it (news written by non-native writers and
 * headlines drop the article). A year before a sentence's capitalised subject ("In 2008 Taiwan
 * insisted …") has no event noun there. Read on a bounded 60-character tail.
 */
const NAMED_YEAR_AFTER = new RegExp(String.raw`^\s+((?:[\p{L}'’-]+\s+){0,3}?)(${EVENT_NOUN})\b`, 'iu');
function yearInName(matched: string, after: string): boolean {
  if (!/^\d{4}$/.test(matched)) return false;
  const m = NAMED_YEAR_AFTER.exec(after);
  if (!m) return false;
  const words = `${m[1]} ${m[2]}`.trim().split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w));
}
/** The date is a pre-modifier inside a noun phrase ("the Sept. 11 attacks"), not an adverbial ("in 2003 war broke out"). */
const DETERMINER_BEFORE = new RegExp(String.raw`(?:\b(?:the|its|their|his|her|this|that|these|those|our|a|an)|\p{L}['’]s?)\s+(?:(?!${NOT_IN_NP}\b)\p{Ll}[\p{Ll}-]*\s+){0,2}$`, 'iu');
/**
 * "the anniversary of the Oct. 7 attack", "commemorations of his death on March 3": "of" is
 * needed ("a memorial service on Friday", "the anniversary ceremony Friday" are dated events
 * of the report).
 */
const ANNIVERSARY_BEFORE = /\b(?:anniversary|anniversaries|commemorations?|remembrance)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}$/i;
/**
 * "the Sept. 11 anniversary". Not "Thursday marks the anniversary of …": the date before
 * "marks" is the day of the commemoration, which is what the report dates.
 */
const ANNIVERSARY_AFTER = /^\s*(?:,\s*)?anniversar(?:y|ies)\b/i;
/**
 * The date as the complement of an event noun: "the attacks of Sept. 11", "the blaze of June
 * 2019", "the revolution of 1979" — the construction names an event by its date ("the fire on
 * March 3" is left alone: it reports when the fire happened, often the reported event itself).
 */
const EVENT_OF_BEFORE = new RegExp(String.raw`\b(?:the|its|their|his|her)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}${EVENT_NOUN}\s+of\s+$`, 'iu');
const OCCURRENCE_OF_BEFORE = new RegExp(String.raw`\b(?:the|its|their|his|her)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}${OCCURRENCE_NOUN}\s+of\s+$`, 'iu');

/**
 * Dates that do not move the narrative's reference time (Reichenbach's R, what "that year" and
 * "the previous week" count from): the bound of a period reaching to now or ahead ("the lowest
 * since March 14, 2020", "a report by Dec. 31"; not "until": "was not arrested until Nov. 30.
 * On that day …" dates an event) and the time of the report itself ("…, the
 * ministry said Tuesday", "told reporters on Monday"), which frame the narrative rather than
 * advance it.
 */
const BOUND_BEFORE = /\b(?:since|by|as\s+of)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const REPORT_BEFORE = /\b(?:said|says|told\s+[\w.]+(?:\s+[\w.]+)?|announced|reported|added|recalled|stated|declared|insisted|warned|explained|noted|acknowledged|confirmed)\s+(?:on\s+)?$/i;
/** …and the date ends the frame (not "reported third-quarter profit", where it dates the object). */
const REPORT_DATE_AFTER = /^\s*(?:[,.;:!?"”)]|$|(?:that|how|what|why|whether|it|he|she|they|we|the|a|an|in|at|to)\b)/i;

/**
 * How many sentences after the one that set the narrative's year a day without a year that
 * opens its sentence is still read in that year: a chronicle's paragraph runs a few sentences
 * (the chain moves on with each date read in it). TimeBank has no case either way; chosen on
 * the dev stories read in session 8.
 */
const NARRATIVE_SENTENCES = 2;
/** How far back in its sentence the tense of an expression is looked for when no cue stands within the first 80 characters. */
const TENSE_FAR = 200;
/** Nothing but a preposition or a connective before an expression in its sentence: the date opens it. */
const FRONTED = /^\s*(?:(?:on|in|by|and|then|but|early|late)[\s,]+)*$/i;

/**
 * A chronology entry: a date that opens its line, set off by a dash or colon ("April 12 -- Reno
 * meets with Florida relatives …", "June 1: The court rules …"). Chronologies are written in the
 * historical present, so the entry's present verb is no schedule ahead ("the board meets
 * Tuesday"): read as one, "April 12 -- Reno meets …" in a June report went to the next April
 * (read on an unseen DUC 2006 story, session 18). The entry has no tense of its own: the nearest
 * occurrence is taken ('open').
 */
const CHRONOLOGY_LINE_BEFORE = /\n[ \t]*(?:[-*•][ \t]+)?$/;
const CHRONOLOGY_ENTRY_AFTER = /^[ \t]*(?:--|—|–|:)[ \t]/;

/**
 * A weekday in the possessive before a planned occasion ("Saturday's semifinals", "Tuesday's
 * vote", "Friday's hearing"): news names a coming occasion by its day as often as one just held
 * (previews: "Voss beat Ardel on Thursday to reach Saturday's semifinals", "Voss plays Ardel in
 * Saturday's semifinals"), so where the clause shows no tense the day is the nearer occurrence,
 * either side, not the news default of a reported act (the past), which put "Saturday's
 * semifinals" in a Friday report six days back (issue #11). A tense cue still decides ("won
 * Saturday's semifinal", "will play in Saturday's final"). Occasions that are arranged ahead
 * only: the unplanned ones (a crash, a storm) are named once they have happened (OCCURRENCE_NOUN).
 */
const POSSESSIVE_OCCASION_AFTER = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:semi-?finals?|quarter-?finals?|finals?|games?|match(?:es)?|races?|elections?|primary|primaries|caucus(?:es)?|votes?|voting|referendum|runoff|hearings?|debates?|summit|meetings?|talks|session|trial|ceremony|rally|parade|march|inauguration|launch|deadline|opener|showdown|concert|premiere|auction)\b/iu;

/**
 * Words right before a weekday that owns an unplanned event and say it is awaited: "bracing for
 * Wednesday's storm", "will stock up before Saturday's storm", "are awaiting Friday's flood
 * crest". Only then does a clause's future put the event ahead: a future verb that acts on the
 * event ("investigators will examine Saturday's crash", "the council will review Saturday's
 * fire") tells of one that has happened, as "a commission would investigate the Jan. 6 riot"
 * does (the named event's date is not governed by the clause's verb, above).
 */
const AWAITED_BEFORE = /\b(?:for|before|ahead\s+of|awaiting|awaits?|await|fearing|fears?|by)\s+$/i;

/**
 * A lower-case word right after a noun phrase (and a place named after it: "in Velmora") that is
 * no preposition, conjunction, relative, determiner or auxiliary: the phrase's own verb, so the
 * phrase is its clause's subject.
 */
const SUBJECT_VERB_NEXT = /^(?:\s+(?:in|at|on|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?\s+(?!(?:in|at|on|of|for|to|with|from|by|and|or|but|nor|against|between|over|after|before|near|into|onto|across|than|as|which|that|who|whom|whose|where|when|while|is|are|was|were|will|would|could|can|may|might|shall|should|has|have|had|the|a|an|this|its|their|his|her|our)\b)\p{Ll}[\p{Ll}'’-]*\b/u;

/** The units an anaphoric "that" can open ("that year", "that morning"). */
const THAT_NEXT = new Set(['day', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);

const CONTRAST_BEFORE = /\b(?:after|following|than|from|compared\s+with|compared\s+to|versus|vs\.)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z]+\s+)?$/i;

export function findTimes(text: string, published: string | null, sentences: Sentence[], tok: Tokens): TimeExpression[] {
  // The day deictic expressions count from: the story's own wire dateline when it has one (the
  // day the reporter filed it; archives and feeds stamp the transmission or crawl day, often
  // the day after), else the publication date.
  const pub = parsePublished(wireDatelineDay(text, published) ?? published);
  const out: TimeExpression[] = [];
  const { starts, ends, count } = tok;
  let s = 0; // sentence index, advanced with the matches
  let lastEnd = 0;
  let ref: string | null = null;
  /**
   * The day of a named event ("the deadly Jan. 6 attack") when it set `ref`, with its sentence: a
   * "that day" counted from it in the same sentence names the event's day again (see below).
   */
  let refEvent: { day: string; s: number } | null = null;
  let refQuarter: string | null = null;
  /** refQuarter was named as a fiscal quarter (Ctx.refQuarterFiscal). */
  let refQuarterFiscal = false;
  /** Where the text last named a quarter (any, "the year-ago quarter" too): -1 when never. */
  let quarterAt = -1;
  /**
   * The narrative's year when a date written with its year set it (see Ctx.narrativeYear), and
   * the sentence it was set in; cleared by a date counted from the time of writing.
   */
  let narrativeYear: { y: number; s: number } | null = null;
  /** The past year a coarse period counted from publication set ("last summer"), and its sentence (Ctx.periodYear). */
  let periodYear: { y: number; s: number; season: string | null } | null = null;
  /** Bare weekday names ("Friday", "Friday morning") with the tense of their clause. */
  const bare: BareWeekday[] = [];
  /** Every bare weekday name, whatever its tense (indices in the output; see orderedWeekdays). */
  const weekdays: number[] = [];
  /** Deictic days ("today", "last night") with their offset from the day of speaking. */
  const deictics: Array<{ at: number; offset: number }> = [];
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    if (start < lastEnd) continue;
    const c = text.charCodeAt(start);
    if (!(c >= 48 && c <= 57)) {
      // Trigger sets hold lower-case and capitalised forms, so most tokens cost one lookup.
      const word = stripPossessive(text.slice(start, ends[i]));
      if (!TRIGGERS.has(word)) {
        const hyphen = word.indexOf('-');
        // "FY 2022", "FY2022": the fiscal-year abbreviation (upper case only: "fy" is no word).
        if ((hyphen < 0 || !TRIGGERS.has(word.slice(0, hyphen).toLowerCase())) && !/^FY(?:\d{4})?$/.test(word)) continue;
      }
      if (GATED.has(word)) {
        if (i + 1 >= count) continue;
        const next = text.slice(starts[i + 1], ends[i + 1]).toLowerCase();
        const nc = next.charCodeAt(0);
        if (!(nc >= 48 && nc <= 57) && !CONTINUE.has(next) && !CONTINUE.has(next.replace(/[-'’].*$/, ''))) continue;
        // "that" (one of the commonest words) opens only "that year", "that day" …
        if ((word === 'that' || word === 'That') && !THAT_NEXT.has(next)) continue;
      }
    }
    TIME_RE.lastIndex = start;
    const m = TIME_RE.exec(text);
    if (!m) continue;
    const g = groupsOf(m);
    // A trailing comma or space never belongs to the expression (trimmed by a loop: a regex
    // anchored at the end would rescan a long inner run of spaces from every position).
    let len = m[0].length;
    while (len > 0 && /[\s,]/.test(m[0][len - 1])) len--;
    const matched = m[0].slice(0, len);
    const end = start + len;
    while (s < sentences.length - 1 && sentences[s].end <= start) s++;
    const sentStart = sentences.length ? Math.min(sentences[s].start, start) : 0;
    const sentEnd = sentences.length ? Math.max(sentences[s].end, end) : text.length;
    const before = text.slice(Math.max(sentStart, start - 80), start);
    const after = text.slice(end, Math.min(sentEnd, end + 60));
    const anniversary = ANNIVERSARY_BEFORE.test(before) || ANNIVERSARY_AFTER.test(after);
    const inNounPhrase = compiledOnce(DETERMINER_BEFORE).test(before) || /^the\s/i.test(matched);
    // A body or group named after an event exists because the event happened: the event is past.
    const namedBody = inNounPhrase && NAMED_BODY_AFTER.test(text.slice(end, end + 60));
    const event = anniversary || namedBody || compiledOnce(EVENT_OF_BEFORE).test(before) || (compiledOnce(EVENT_NOUN_AFTER).test(text.slice(end, end + 60)) && inNounPhrase) || yearInName(matched, text.slice(end, end + 60));
    // A named event that happened unplanned ("the Jan. 6 attack", "the fire of March 3") or a
    // body named after one lies behind the writing (OCCURRENCE_NOUN).
    const occurred = namedBody || (event && !anniversary && (compiledOnce(OCCURRENCE_OF_BEFORE).test(before) || (inNounPhrase && occurredAfter(text, end))) && (occurredAfter(text, end) || !FORECAST_AFTER.test(text.slice(end, end + 80))));
    // The tense is worked out only when the resolver asks for it (underspecified expressions).
    // A named event's date is not governed by the clause's verb ("a commission would
    // investigate the Jan. 6 riot" is about a riot that happened): it has no tense of its own,
    // and the resolvers take the nearest occurrence, the past preferred.
    let tense: Tense | undefined = namedBody ? 'past' : event || possessiveEventBefore(before) ? null : undefined;
    // (A newline put before the eight characters read stands for the text's start when they reach it.)
    if (tense === undefined && CHRONOLOGY_LINE_BEFORE.test(`\n${text.slice(Math.max(0, start - 8), start)}`.slice(start > 8 ? 1 : 0)) && CHRONOLOGY_ENTRY_AFTER.test(text.slice(end, end + 6))) tense = 'open';
    // No cue within the short window, in a sentence that goes on before it: the clause's
    // auxiliary may stand farther back ("Frost will cover patches of the landscape from the
    // western Great Lakes to the northern Ohio Valley on Friday morning"; "The official result
    // will be published in the newspapers … Friday"). HeidelTime reads the whole sentence before
    // the expression; here the short window keeps the nearest cue first, and only a governing
    // future ("will", "is expected to": tense.ts farFuture) is read farther back, to the sentence
    // start (at most TENSE_FAR characters): a past verb far back is as often another act the
    // date is no part of ("… said Saudi Arabia told oil companies of a 15-20 percent cutback in
    // its oil supply in September": the cutback is still to come), and so is an infinitive
    // ("Biden said loudly enough to be heard under the roar of his helicopter … on Friday").
    // Without it the weekday took the news default (past) and went a week back (DUC dev
    // stories, session 14).
    const wide = start - 80 > sentStart ? text.slice(Math.max(sentStart, start - TENSE_FAR), start) : undefined;
    const tenseNow = (): Tense => (tense === undefined ? (tense = tenseOf(before, after, matched, wide, text.slice(end, Math.min(sentEnd, end + 200)))) : tense);
    // A weekday that owns a planned occasion ("Saturday's semifinals", "Tuesday's vote") in a
    // clause that shows no tense: the nearer occurrence, either side (POSSESSIVE_OCCASION_AFTER).
    // Not when the occasion's noun phrase is the clause's subject: a verb follows it ("Turnout in
    // Saturday's election hit a record"), whose tense the clause does show though no cue reads
    // it ("hit", "put", "set" are past and present alike), and news reports what happened.
    const occasionAt = g.wd !== undefined ? POSSESSIVE_OCCASION_AFTER.exec(after) : null;
    const occasion = occasionAt !== null && !SUBJECT_VERB_NEXT.test(after.slice(occasionAt[0].length));
    // A weekday that owns an unplanned event ("is recovering from Saturday's crash") lies behind
    // the writing, as a day of the month so placed does (`occurred`): the possessive opens the
    // noun phrase itself, with no determiner before it. Only where the clause does not look
    // ahead ("bracing for Wednesday's storm" is a forecast one).
    const unplannedOwned = g.wd !== undefined && /^['’]s\s/.test(after) && occurredAfter(text, end);
    const r = resolve(g, {
      match: matched,
      pub,
      get tense() {
        const t = tenseNow();
        if (unplannedOwned && (t !== 'future' || !AWAITED_BEFORE.test(before))) return 'past';
        return t === null && occasion ? 'open' : t;
      },
      get farDone() {
        return farPastDone(before, wide) || frontedPastDone(before, after, text.slice(end, Math.min(sentEnd, end + 200)));
      },
      before,
      occurred,
      after: text.slice(end, end + 30),
      ref,
      refQuarter,
      refQuarterFiscal,
      // The sentence before counts: results reports name the quarter, then compare in the next.
      quarterNearby: quarterAt >= 0 && quarterAt >= (sentences.length ? sentences[Math.max(0, s - 1)].start : 0),
      // The narrative goes on in the sentence that set it, and in a sentence that opens with
      // its date ("On May 3, the army crossed …", the chronicle's way of moving on); a date
      // inside a later sentence ("…, Kato wrote to the agency on June 18") is as often the
      // time of writing again after a sentence in the present.
      periodYear: periodYear && !event && s - periodYear.s <= 1 ? periodYear : null,
      narrativeYear: narrativeYear && (s === narrativeYear.s || (s - narrativeYear.s <= NARRATIVE_SENTENCES && FRONTED.test(text.slice(sentStart, start)))) ? narrativeYear.y : null,
    });
    if (!r) continue;
    lastEnd = end;
    // A fiscal year has no calendar value (Resolved.fiscal): read as the calendar year it put a
    // "fiscal 2027 budget" on the timeline as an event of 2027.
    const { value, precision } = (r.kind === 'date' || r.kind === 'time') && !r.fiscal ? isoValue(r.timex) : { value: null, precision: null };
    // 'open' (a deadline, a start, a planned infinitive) names no direction of its own.
    const t = r.relative ? tenseNow() : null;
    const direction = t === 'open' ? null : t;
    // A weekday naming an event ("the dinner following Friday's inauguration") joins the other
    // mentions of its name (oneDayPerWeekdayName): with no tense of its own it took the past
    // and sat a week before the coming Friday the article's other mentions name (DUC dev).
    // So does a weekday that owns an event noun ("Monday's election") in a clause told in the
    // past: the possessive names the noun's own day, and the past verb is as often a report made
    // before the event ("surveys showed that, for Quebecers, Monday's election is the sixth in six
    // years", written on the Sunday before it; the article's other mentions, "the vote takes place
    // Monday", name the coming day). Its own value stays the clause's; only the one-day-per-name
    // reading may move it.
    const ownsEvent = t === 'past' && /^['’]s\s/.test(after) && compiledOnce(EVENT_NOUN_AFTER).test(text.slice(end, end + 60));
    if (g.wd && pub && r.kind !== 'set' && t !== 'open' && !/\b(?:last|next|this)\s+$/i.test(before)) bare.push({ at: out.length, wd: g.wd.slice(0, 3).toLowerCase(), tense: event || ownsEvent ? null : t });
    if (g.wd && pub && r.kind !== 'set' && !/\b(?:last|next|this)\s+$/i.test(before)) weekdays.push(out.length);
    if ((g.deictic || g.deic2) && r.timex) {
      const w = (g.deictic ?? g.deic2)!.toLowerCase();
      deictics.push({ at: out.length, offset: g.deic2 ? (/^before/.test(w) ? -2 : 2) : /^(?:yesterday|last)/.test(w) ? -1 : /^tomorrow/.test(w) ? 1 : 0 });
    }
    // "that day" / "the same day" counted from a named event's day in the event's own sentence
    // ("a commission on the deadly Jan. 6 attack … that would scrutinize his conversations with
    // lawmakers that day") is the event's day named again: part of the event's description, not a
    // date of what the sentence reports (an unseen AllSides story put the sentence's May act under
    // January 6 on the timeline). In a later sentence it may date a new act ("That day, police
    // arrested …"), so only the same sentence counts.
    const eventDayAgain = !event && r.anchor === 'text' && refEvent !== null && refEvent.s === s && r.timex === refEvent.day && /^(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)$/i.test(matched);
    out.push({
      start,
      end: g.rgA ? start + g.rgA.length : end,
      text: g.rgA ? g.rgA : matched,
      value,
      precision: value !== null ? precision : r.timex === null ? r.precision : null,
      relative: r.relative,
      kind: r.kind,
      timex: r.timex,
      anchor: r.anchor,
      direction,
      event: event || eventDayAgain,
    });
    if (g.rgA) {
      // A year range: its second year, with the same attributes ("2009-2010", "1998-99").
      const a = +g.rgA;
      const y = String(g.rgB!.length === 2 ? Math.floor(a / 100) * 100 + +g.rgB! : +g.rgB!);
      const from = start + g.rgA.length + 1;
      out.push({ ...out[out.length - 1], start: from, end, text: text.slice(from, end), value: y, timex: y });
      ref = y;
      refEvent = null;
      continue;
    }
    // The reference time for later anchored expressions: the last calendar date (not a
    // reference like PRESENT_REF; not an anniversary's date, as the narrative stays at the
    // commemoration, though a named event's date can be what the next sentences count from,
    // "At the time of the Aug. 20 missile attack … had begun 18 months earlier"; not the bound
    // of a period nor the time of the report, see BOUND_BEFORE; not itself anchored to the text:
    // chaining "a year earlier" onto "a year earlier" would drift a year each time; nor the
    // comparison period of a results report, "a year ago": the next "a year earlier" compares
    // with the period reported on again, not with the comparison period).
    if (r.timex && /^\d{4}-Q\d$/.test(r.timex) && !r.comparison) quarterAt = start;
    // A quarter named as the background of a contrast ("After a flat second quarter, …",
    // "up from the second quarter") is not the one the report is about: it does not become
    // the quarter that "the quarter", "the year-earlier period" and "a year ago" refer to.
    const contrast = CONTRAST_BEFORE.test(before);
    const frames = BOUND_BEFORE.test(before) || (REPORT_BEFORE.test(before) && REPORT_DATE_AFTER.test(after));
    if ((r.kind === 'date' || r.kind === 'time') && r.timex && /^\d{4}/.test(r.timex) && !anniversary && !r.comparison && !frames) {
      // A day written out with its year sets the narrative's year ("On March 26, 1996": a
      // month or a bare year is as often a period compared with, "a deficit in July 1999",
      // "sales in 1988", as a time narrated); a date counted from the time of writing ("last week", "on
      // Tuesday") brings the narrative back to it; a date counted from the narrative's ("the
      // following year", "On May 3" read in it) moves it on.
      if (!r.relative && !event) narrativeYear = /^\d{4}-\d\d-\d\d/.test(r.timex) ? { y: +r.timex.slice(0, 4), s } : null;
      else if (r.anchor === 'published') narrativeYear = null;
      else if (narrativeYear && r.anchor === 'text') narrativeYear = { y: +r.timex.slice(0, 4), s };
    }
    // A coarse period named with "last" ("last summer", "last year"; not "last year's protests",
    // a modifier; not "three years ago", a point) sets the year bare months are read in
    // (Ctx.periodYear); any finer date counted from publication, or a date written out, takes
    // the text elsewhere.
    if ((r.kind === 'date' || r.kind === 'time') && r.timex && /^\d{4}/.test(r.timex) && !event && !r.comparison && !frames) {
      if (r.anchor === 'published' && /^\d{4}(?:-(?:SP|SU|FA|WI))?$/.test(r.timex) && /\b(?:last|this\s+past)\b/i.test(matched) && !/^['’]s?\s/.test(after)) periodYear = { y: +r.timex.slice(0, 4), s, season: r.timex.length > 4 ? r.timex.slice(5) : null };
      else if (!r.narrated) periodYear = null;
    }
    if ((r.kind === 'date' || r.kind === 'time') && r.timex && /^\d{4}/.test(r.timex) && !anniversary && (r.anchor !== 'text' || r.narrated) && !r.comparison) {
      if (!frames) {
        ref = r.timex;
        refEvent = event && /^\d{4}-\d\d-\d\d$/.test(r.timex) ? { day: r.timex, s } : null;
      }
      // A quarter not yet over at publication, named outside a past clause ("no estimate of
      // the impact on fourth-quarter results"), is a forecast: the report is still about the
      // quarter it reported, which "the latest quarter" and "the quarter" go on meaning.
      const ahead = pub !== null && /^\d{4}-Q\d$/.test(r.timex) && (+r.timex.slice(0, 4) * 4 + +r.timex[6]) >= pub.y * 4 + Math.ceil(pub.m / 3) && tenseNow() !== 'past';
      if (/^\d{4}-Q\d$/.test(r.timex) && !contrast && !ahead) {
        refQuarter = r.timex;
        refQuarterFiscal = /\bfiscal\b/i.test(matched);
      }
    }
  }
  rangeYears(text, out);
  if (pub) oneDayPerWeekdayName(out, bare, pub);
  if (pub && weekdays.length > 0) orderedWeekdays(text, sentences, out, weekdays, pub);
  if (pub && weekdays.length > 0) nightIntoNextDay(text, out, weekdays, pub);
  /** Deictics whose day of speaking is not the report's and is not known (unsureDeictics). */
  const unsure = new Set<number>();
  if (pub && deictics.length > 0) speechDays(text, sentences, out, deictics, pub, unsure);
  if (deictics.length > 0) transcriptDeictics(text, out, deictics, unsure);
  if (deictics.length > 0) appositiveDays(text, out, deictics);
  for (const at of unsure) if (out[at].anchor !== 'text') out[at] = { ...out[at], value: null, timex: null, anchor: null };
  return out;
}

/** What joins the two ends of a stretch of months or days: a dash, "to", "through", "until", "and" (a comma of the first end's year may stand before). */
const RANGE_GAP = /^\s*,?\s*(?:([-–])|(to)|through|thru|until|till|(and))\s*$/i;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** "to" makes a range only after "from", "and" only after "between" ("a letter to May", "talks between Johnson and May" are read elsewhere). */
const RANGE_FROM_BEFORE = /\bfrom\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of|start\s+of)[\s-]+)?$/i;
const RANGE_BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of|start\s+of)[\s-]+)?$/i;
/** A date moved from one day to another ("postponed the vote from March to May", "brought forward from May to March"): two points, either order. */
const RESCHEDULED_BEFORE = /\b(?:postpon|delay|mov|push|reschedul|shift|brought|bring|advanc|chang|switch|put\s+off|put\s+back)[a-z]*\b[^,;:.!?]{0,50}$/i;

/**
 * The two ends of one stretch of months or days written without their year ("from March to
 * May", "between Dec. 14, 2020, and Aug. 8", "from Nov. 20 through Jan. 5", "March-May") lie in
 * order, the end after the start, at most a year apart: English writes the year once for both
 * (as rangeMonth reads "from May to July 2020"), so the end without one follows its start.
 * Each end resolved alone took its own year — "The exhibition runs from March to May" written
 * in December went to March of the next year and May of the year gone; "between Dec. 14, 2020,
 * and Aug. 8" written in October 2021 ended in August 2020, before it began (a dev AllSides
 * story). In a clause in the past the end is the time the tense placed (it lies behind the
 * writing) and the start is put before it; otherwise the start is kept and the end put after
 * it. A start written with its year is always kept.
 */
function rangeYears(text: string, out: TimeExpression[]): void {
  for (let i = 1; i < out.length; i++) {
    const a = out[i - 1];
    const b = out[i];
    if (a.kind !== 'date' || b.kind !== 'date' || a.event || b.event || !a.value || !b.value || !a.timex || !b.timex) continue;
    // (The end may have taken the narrative's year, anchor 'text': "between Dec. 14, 2020, and Aug. 8" read in a past clause.)
    if (!b.relative || b.anchor === null || /\d{4}/.test(b.text)) continue;
    if ((a.precision !== 'month' && a.precision !== 'day') || (b.precision !== 'month' && b.precision !== 'day')) continue;
    // Months and days of the month only: weekdays ("from Monday to Friday last week") are read
    // as a stretch by their tense (tense.ts RANGE_END_BEFORE).
    if (!MONTH_WORD.test(a.text) || !MONTH_WORD.test(b.text)) continue;
    if (!/^\d{4}-\d\d(?:-\d\d)?$/.test(a.timex) || !/^\d{4}-\d\d(?:-\d\d)?$/.test(b.timex)) continue;
    // A connective stands between the ends, a few characters (checked first: the pattern would
    // backtrack over a long run of spaces between two unrelated expressions).
    if (b.start - a.end > 16) continue;
    const gap = RANGE_GAP.exec(text.slice(a.end, b.start));
    if (!gap) continue;
    const lead = text.slice(Math.max(0, a.start - 80), a.start);
    if (gap[2] && !RANGE_FROM_BEFORE.test(lead) && !RANGE_BETWEEN_BEFORE.test(lead)) continue;
    if (gap[3] && !RANGE_BETWEEN_BEFORE.test(lead)) continue;
    if (RESCHEDULED_BEFORE.test(lead)) continue;
    // Month and day of each end as one number, to order them within a year (a month alone
    // counts from its first day at the start, its last at the end).
    const md = (v: string, end: boolean): number => +v.slice(5, 7) * 100 + (v.length > 7 ? +v.slice(8, 10) : end ? 99 : 0);
    const am = md(a.timex, false);
    const bm = md(b.timex, true);
    const ay = +a.timex.slice(0, 4);
    const by = +b.timex.slice(0, 4);
    const moveStart = a.relative && a.anchor === 'published' && (a.direction === 'past' || b.direction === 'past');
    if (moveStart) {
      const y = am <= bm ? by : by - 1;
      if (y !== ay) out[i - 1] = withYear(a, y);
    } else {
      const y = bm >= am ? ay : ay + 1;
      if (y !== by) out[i] = withYear(b, y);
    }
  }
}

function withYear(e: TimeExpression, y: number): TimeExpression {
  const timex = String(y) + e.timex!.slice(4);
  return { ...e, timex, value: e.value !== null ? String(y) + e.value.slice(4) : null };
}

/** What may stand between a deictic day and the calendar date in apposition to it: a comma, a parenthesis, a dash, "on", "the". */
const APPOSITION_GAP = /^[ \t]*(?:[,(\u2014\u2013-][ \t]*)?(?:on[ \t]+)?(?:the[ \t]+)?$/i;
/** A day written out with its month ("16th August", "Aug. 16", "August 16, 2013"): the day the writer meant, whatever the stamp. */
const WRITTEN_DAY = /\d/;

/**
 * A deictic day followed by the calendar date in apposition ("this morning 16th August", "today,
 * August 16", "yesterday (15 August)") names that date: the writer gives the day outright, and
 * the deictic counts from when the words were written, which the publication stamp (a crawl or
 * a later edition, often a day or more after) need not be. The deictic takes the written date
 * (its time of day kept), so the timeline and the conflicts see one day, not the stamp's day
 * beside the written one. Only a written day of the month counts (a weekday alone is resolved
 * from the same stamp and says nothing new); one look at the next expression per deictic.
 */
function appositiveDays(text: string, out: TimeExpression[], deictics: Array<{ at: number; offset: number }>): void {
  for (const d of deictics) {
    const e = out[d.at];
    const next = out[d.at + 1];
    if (!e?.timex || !next || next.kind !== 'date' || next.event || next.precision !== 'day' || !next.value || !/^\d{4}-\d\d-\d\d$/.test(next.value)) continue;
    if (!WRITTEN_DAY.test(next.text) || !/\p{L}/u.test(next.text)) continue;
    if (next.start - e.end > 12 || !APPOSITION_GAP.test(text.slice(e.end, next.start))) continue;
    if (e.value === next.value) continue;
    out[d.at] = { ...e, value: e.value !== null ? next.value : null, timex: next.value + e.timex.slice(10), anchor: 'text' };
  }
}

/**
 * Words of saying and of the acts and media that carry what someone said ("said Tuesday", "in
 * a statement on Monday", "announced on Thursday", "in a phone call Wednesday", "in a support
 * document on Thursday"): a date in such a clause is when the words were spoken or written.
 */
const SPEECH_FRAME = /\b(?:said|says|say|told|tells|tell|announced|announces|announcing|added|adds|wrote|writes|tweeted|tweets|posted|posts|stated|states|declared|declares|explained|argued|insisted|warned|remarked|replied|responded|testified|detailed|unveiled|released|issued|spoke|speaking|statement|speech|interview|remarks|address|conference|briefing|hearing|call|letter|memo|message|tweet|post|video|document|report|op-ed|broadcast|appearance|rally|meeting|session|sermon|podcast)\b/i;
/** How far back from publication a speech date may lie for the quote's deictics to follow it: news quotes what was said within days. */
const SPEECH_MAX_DAYS = 10;
/** Caps that keep speechDays linear on adversarial input (a real article has a handful of each). */
const MAX_QUOTED_DEICTICS = 100;
const MAX_SPEECH_CANDIDATES = 40;

/**
 * "today", "last night", "tomorrow" inside a quotation count from when the words were spoken,
 * not from publication: 'Biden said Tuesday: "Today we begin …"' read on Thursday is Tuesday;
 * 'The company announced the change on Thursday. "Today, we're announcing …"' likewise. The
 * day of speaking is a day the text gives outside the quotation in a clause of saying (SPEECH_FRAME):
 * in the quotation's own sentence (its attribution), else in the sentence before (the news lead
 * that dates the statement, then quotes it). A day after publication or more than
 * SPEECH_MAX_DAYS before it is no day of speaking; without one the publication date stands (the
 * news default: quotes are of the day's statements).
 */
function speechDays(text: string, sentences: Sentence[], out: TimeExpression[], deictics: Array<{ at: number; offset: number }>, pub: Pub, unsure: Set<number>): void {
  const quotes = pairQuotes(text).sort((a, b) => a.open - b.open);
  if (quotes.length === 0) return;
  /**
   * The quotation holding [a, b), by binary search on the opening marks; a few earlier ones are
   * looked at too, for a single-quoted quotation inside a double-quoted one.
   */
  const quoteOf = (a: number, b: number): RawQuote | null => {
    let lo = 0;
    let hi = quotes.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid].open <= a) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = at; k >= 0 && k > at - 4; k--) if (quotes[k].start <= a && b <= quotes[k].end) return quotes[k];
    return null;
  };
  const inQuote = (a: number, b: number): boolean => quoteOf(a, b) !== null;
  /** Index of the first expression ending after `pos` (out is in text order). */
  const firstAfter = (pos: number): number => {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (out[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceAt = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const pubDay = Date.UTC(pub.y, pub.m - 1, pub.d);
  // Bounded work per article: a few candidates per deictic, a cap on deictics (adversarial input).
  for (const d of deictics.slice(0, MAX_QUOTED_DEICTICS)) {
    const e = out[d.at];
    const q = quoteOf(e.start, e.end);
    if (!q || sentences.length === 0) continue;
    const first = sentenceAt(q.open);
    const last = sentenceAt(q.close);
    // A day of speaking, outside any quotation, in a clause of saying: in the attribution
    // (the quotation's sentences outside it) first, nearest the quotation; else in the sentence before.
    const framed = (x: TimeExpression): boolean => {
      if ((x.kind !== 'date' && x.kind !== 'time') || x.event || !x.value || !/^\d{4}-\d\d-\d\d$/.test(x.value)) return false;
      if (inQuote(x.start, x.end)) return false;
      const s0 = sentences[sentenceAt(x.start)];
      return SPEECH_FRAME.test(text.slice(Math.max(s0.start, x.start - 80), Math.min(s0.end, x.end + 40)));
    };
    const lo = sentences[first].start;
    const hi = sentences[last].end;
    let speech: TimeExpression | null = null;
    let best = Infinity;
    for (let i = firstAfter(lo), n = 0; i < out.length && out[i].start < hi && n < MAX_SPEECH_CANDIDATES; i++, n++) {
      const x = out[i];
      if ((x.start >= q.open && x.end <= q.close + 1) || !framed(x)) continue;
      const dist = x.start < q.open ? q.open - x.end : x.start - q.close;
      if (dist < best) {
        best = dist;
        speech = x;
      }
    }
    if (!speech && first > 0) {
      const prev = sentences[first - 1];
      for (let i = firstAfter(prev.start), n = 0; i < out.length && out[i].end <= prev.end && n < MAX_SPEECH_CANDIDATES; i++, n++) if (framed(out[i])) speech = out[i];
    }
    if (!speech) continue;
    const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(speech.value!)!;
    const day = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    if (day === pubDay || day > pubDay) continue;
    // A day of speaking given, but farther back than news quotes the day's words from: the
    // quotation is dated otherwise than the report, and its "yesterday" is the speaker's, which
    // the frame may or may not date (a court day weeks back, a speech, an earlier report): no
    // date rather than the report's day (issue #11, session 24's unseen reading: "yesterday" of
    // speech dated otherwise resolved against the feed date). Unless a written day stands in
    // apposition (appositiveDays).
    if (pubDay - day > SPEECH_MAX_DAYS * 86_400_000) {
      unsure.add(d.at);
      continue;
    }
    const base = parsePublished(speech.value)!;
    const v = shiftDays(base, d.offset);
    out[d.at] = { ...e, value: e.value !== null ? v : null, timex: e.timex ? v + e.timex.slice(10) : null, anchor: 'text' };
  }
}

/**
 * A transcript's line: a paragraph opening with the label of a question or an answer ("Q. Did you
 * see her yesterday?", "A: I was home that night."), the form in which news prints a deposition,
 * a hearing or an interview. The words are the speaker's, spoken on the transcript's day, which is
 * not the report's (a deposition taken weeks before) and which the deictic alone cannot give: its
 * "yesterday", "today", "last night" get no date rather than the report's day (issue #11, session
 * 24's unseen reading: a deposition transcript's "yesterday" dated from the feed date). A written
 * day in apposition still dates it (appositiveDays). How far back the label is looked for: a
 * paragraph's opening, within TRANSCRIPT_LOOKBACK characters (bounded work per deictic, at most
 * MAX_QUOTED_DEICTICS of them).
 */
const TRANSCRIPT_LABEL = /(?:^|\n)[ \t]*[QA][.:][ \t][^\n]*$/;
const TRANSCRIPT_LOOKBACK = 1500;
/**
 * …in a transcript: a question's label opens this paragraph or one before it in the window. An
 * "A." alone may be an initial ("A. Kovac said yesterday …" opening a paragraph is a name); a
 * transcript asks before it answers.
 */
const TRANSCRIPT_QUESTION = /(?:^|\n)[ \t]*Q[.:][ \t]/;
/**
 * A transcript printed with speaker labels ("MR. KOVAC: I saw her yesterday.", "THE COURT:
 * Proceed.", "SEN. BLAKE: …"): a paragraph opening with a name or title in capitals and a colon.
 * The words after it are that speaker's, spoken on the hearing's day as a Q./A. line's are (issue
 * #11, session 25's unseen reading: speaker labels read as the report's own text). A single label
 * may be a heading ("UPDATE:", "EDITOR'S NOTE:"), so a transcript needs this paragraph's label
 * and a different one opening an earlier paragraph in the window: speakers take turns.
 */
const SPEAKER_LABEL = /(?:^|\n)[ \t]*((?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|COL|SGT|LT|CAPT|PROF|REV)\.?[ \t]+|THE[ \t]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){0,2}):[ \t]/gu;
function speakerTurns(lines: string): boolean {
  const labels: Array<{ label: string; at: number }> = [];
  for (const m of lines.matchAll(SPEAKER_LABEL)) labels.push({ label: m[1].replace(/\s+/g, ' '), at: m.index! });
  if (labels.length < 2) return false;
  const last = labels[labels.length - 1];
  // This paragraph opens with the last label (no paragraph break after it).
  if (lines.indexOf('\n', last.at + 1) >= 0) return false;
  return labels.slice(0, -1).some((x) => x.label !== last.label);
}

function transcriptDeictics(text: string, out: TimeExpression[], deictics: Array<{ at: number; offset: number }>, unsure: Set<number>): void {
  for (const d of deictics.slice(0, MAX_QUOTED_DEICTICS)) {
    const e = out[d.at];
    const from = Math.max(0, e.start - TRANSCRIPT_LOOKBACK);
    // (The text's start counts as a paragraph's only when the window reaches it.)
    const lead = text.slice(from, e.start);
    const lines = from === 0 ? lead : lead.replace(/^[^\n]*/, '');
    if ((TRANSCRIPT_LABEL.test(lines) && TRANSCRIPT_QUESTION.test(lines)) || speakerTurns(lines)) unsure.add(d.at);
  }
}

/**
 * One day per weekday name in an article: news names the days within a week of publication
 * bare ("Friday") and qualifies any other ("last Friday", "Friday, Oct. 16"), so a writer does
 * not use one bare name for two days. Where the name's clauses that show a tense all speak of
 * the future ("Iranians will vote Friday"), its mentions with no tense of their own ("a key
 * election Friday", "Friday's vote") are that coming day too, not the past one the news
 * default would give them. A name whose tensed mentions disagree is left as each clause says.
 */
function oneDayPerWeekdayName(out: TimeExpression[], bare: BareWeekday[], pub: Pub): void {
  const byName = new Map<string, BareWeekday[]>();
  for (const b of bare) {
    const list = byName.get(b.wd);
    if (list) list.push(b);
    else byName.set(b.wd, [b]);
  }
  for (const [wd, list] of byName) {
    const tensed = new Set(list.map((b) => b.tense).filter((x) => x !== null));
    if (tensed.size !== 1 || !tensed.has('future')) continue;
    const day = weekdayDate(pub, WEEKDAY_INDEX[wd], 'future');
    for (const b of list) {
      if (b.tense !== null) continue;
      const e = out[b.at];
      const timex = e.timex ? day + e.timex.slice(10) : null;
      out[b.at] = { ...e, timex, value: day, direction: 'future' };
    }
  }
}

/**
 * "ahead of", "in advance of", "on the eve of", "in the run-up to", "in preparation for",
 * "before": what follows lies after the time of the clause they stand in; "after", "following":
 * before it. Temporal prepositions order two times (Quirk et al. §9.34), whatever side of
 * publication either lies on. The object may be a few words on after the phrases that are only
 * temporal ("ahead of the vote on Tuesday"); "before", "after" and "following" only right before
 * the day ("before Tuesday's vote"): with a noun between they are as often a place or a sequence
 * ("appearing before the House committee on Monday", "after the arrest of …").
 */
const LATER_BEFORE = /\b(?:(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|in\s+preparation\s+for|in\s+anticipation\s+of)\s+(?:[^,;:.!?()\u2014\u2013]{0,40}?\s)?|before\s+)$/i;
const EARLIER_BEFORE = /\b(?:after|following|in\s+the\s+wake\s+of)\s+$/i;
/**
 * Between the clause's dated act and the preposition: no clause break (but a comma right before
 * the preposition) and no verb of saying. A
 * statement's day is not the time of what was said ("said on Thursday it had cut prices ahead
 * of Monday's deadline": the cutting may lie before the Thursday, and so may the Monday).
 */
const ORDER_GAP = /^[^,;:.!?()\u2014\u2013"“”]{0,80}$/;
const SAYING = /\b(?:said|says|say|told|tells|announced|announces|stated|added|wrote|reported|according)\b/i;
/**
 * A clause of its own between the day and the preposition, or around the day: a coordinator in
 * the gap opens another clause ("resigned on Friday and lawmakers will meet after Tuesday's
 * vote": the Friday is the resignation's, the Tuesday the meeting's, and nothing orders them),
 * and a relative word right before the day puts it in a relative clause ("The envoy who arrived
 * on Friday will speak after Monday's summit": the Friday is the arrival's). Either way the day
 * is not the time of the act the preposition orders, so the weekday keeps its own reading.
 */
const OTHER_CLAUSE_GAP = /\b(?:and|but|or|while|whereas|who|which|whose|where|when)\b/i;
const RELATIVE_BEFORE_DAY = /\b(?:who|which|whose|that|where|when)\b[^,;:.!?()\u2014\u2013]*$/i;
/** How far before the preposition the clause's own day may stand (characters). */
const ORDER_SPAN = 120;

/**
 * A bare weekday ordered by a temporal preposition against a day its own clause gives: "met on
 * Thursday ahead of Tuesday's vote" is the Tuesday after that Thursday, "will meet Friday after
 * Tuesday's vote" the Tuesday before that Friday. Resolved alone, from publication, the first
 * went to the Tuesday before the meeting (the clause's past, or the nearer occurrence), which
 * the preposition rules out (issue #11: "ahead of Tuesday's vote" resolved backwards). The
 * weekday takes the nearest such day on the side the preposition says; a weekday already on
 * that side keeps its value.
 */
function orderedWeekdays(text: string, sentences: Sentence[], out: TimeExpression[], weekdays: number[], pub: Pub): void {
  const pubDay = Date.UTC(pub.y, pub.m - 1, pub.d);
  for (const at of weekdays) {
    const e = out[at];
    if (!e.value || !/^\d{4}-\d\d-\d\d$/.test(e.value) || e.kind === 'set') continue;
    const lead = text.slice(Math.max(0, e.start - 60), e.start);
    const later = LATER_BEFORE.exec(lead);
    const earlier = later ? null : EARLIER_BEFORE.exec(lead);
    const m = later ?? earlier;
    if (!m) continue;
    const prepAt = e.start - lead.length + m.index;
    // The clause's own day: the nearest day before the preposition, in the same sentence (its
    // start by binary search; the scan back stops ORDER_SPAN before the preposition: linear).
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= e.start) lo = mid;
      else hi = mid - 1;
    }
    const sentStart = sentences.length > 0 && sentences[lo].start <= e.start ? sentences[lo].start : 0;
    let anchor: TimeExpression | null = null;
    for (let j = at - 1; j >= 0; j--) {
      const x = out[j];
      if (x.start < sentStart || x.end < prepAt - ORDER_SPAN) break;
      if (x.end > prepAt) continue;
      anchor = x;
      break;
    }
    if (!anchor || anchor.event || (anchor.kind !== 'date' && anchor.kind !== 'time') || !anchor.value || !/^\d{4}-\d\d-\d\d$/.test(anchor.value)) continue;
    if (prepAt - anchor.end > ORDER_SPAN) continue;
    // A comma right before the preposition sets its phrase off from the same clause ("met on
    // Thursday, ahead of Tuesday's vote"); one inside the gap may end the clause.
    const gap = text.slice(anchor.end, prepAt).replace(/,\s*$/, '');
    if (!ORDER_GAP.test(gap) || SAYING.test(gap) || SAYING.test(text.slice(Math.max(sentStart, anchor.start - 20), anchor.start))) continue;
    if (OTHER_CLAUSE_GAP.test(gap) || RELATIVE_BEFORE_DAY.test(text.slice(Math.max(sentStart, anchor.start - 40), anchor.start))) continue;
    const a = Date.parse(anchor.value);
    const v = Date.parse(e.value);
    if (later ? v > a : v < a) continue;
    const wd = new Date(v).getUTCDay();
    const aw = new Date(a).getUTCDay();
    const shift = later ? (wd - aw + 7) % 7 || 7 : -((aw - wd + 7) % 7 || 7);
    const day = new Date(a + shift * 86_400_000).toISOString().slice(0, 10);
    const timex = e.timex ? day + e.timex.slice(10) : null;
    // The direction is the new day's side of publication (a day moved over it has no other).
    const t = Date.parse(day);
    out[at] = { ...e, timex, value: day, direction: t > pubDay ? 'future' : t < pubDay ? 'past' : e.direction };
  }
}

/**
 * What joins a day's night to the next day's small hours: "Friday night and early Saturday",
 * "late Friday or early Saturday", "Friday night into Saturday"; with a verb phrase between
 * ("broke out on Friday night and was put out early Saturday") only where "early" marks the
 * small hours.
 */
const NIGHT_INTO_GAP = /^\s*(?:(?:and|or|into|to|until|till|through|[-–])\s+(?:(?:early|the\s+early\s+hours\s+of)\s+(?:on\s+)?)?|(?:and|but)\s+(?:[a-z]+\s+){1,4}(?:early|in\s+the\s+early\s+hours\s+of)\s+(?:on\s+)?)$/i;
/**
 * A weekday joined to the night or late hours of the weekday before it ("broke out on Friday
 * night and was put out early Saturday", "late Friday or early Saturday"): one stretch of time
 * across midnight, so the second day is the day after the first, whatever its clause's tense
 * says alone. Read alone in a Friday report, the past "early Saturday" went to the Saturday a
 * week back, six days before the Friday night it follows (issue #11: "Friday night" vs the day
 * after). Only a weekday right after the other (one day on) and only with the night, the
 * evening or "late" on the first.
 */
function nightIntoNextDay(text: string, out: TimeExpression[], weekdays: number[], pub: Pub): void {
  const pubDay = Date.UTC(pub.y, pub.m - 1, pub.d);
  for (const at of weekdays) {
    if (at === 0) continue;
    const e = out[at];
    const prev = out[at - 1];
    if (!e.value || !prev.value || e.kind === 'set' || !/^\d{4}-\d\d-\d\d$/.test(e.value) || !/^\d{4}-\d\d-\d\d$/.test(prev.value)) continue;
    if (!/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|evening))?$/i.test(prev.text)) continue;
    const late = /\s(?:night|evening)$/i.test(prev.text) || /\blate\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, prev.start - 9), prev.start));
    if (!late || !NIGHT_INTO_GAP.test(text.slice(prev.end, e.start))) continue;
    const a = Date.parse(prev.value);
    const v = Date.parse(e.value);
    if ((new Date(a).getUTCDay() + 1) % 7 !== new Date(v).getUTCDay() || v === a + 86_400_000) continue;
    const day = new Date(a + 86_400_000).toISOString().slice(0, 10);
    const t = Date.parse(day);
    out[at] = { ...e, timex: e.timex ? day + e.timex.slice(10) : null, value: day, direction: t > pubDay ? 'future' : t < pubDay ? 'past' : e.direction };
  }
}

interface BareWeekday {
  /** Index of the expression in the output. */
  at: number;
  /** First three letters of the weekday name, lower case. */
  wd: string;
  tense: Tense;
}
