/**
 * The dossier's timeline: dated events built from the date claims of the claim graph
 * (claims.ts), each citing the time expressions that date it.
 *
 * A date claim supports a timeline entry only when its time expression dates the same event:
 * agreeing on a value is not enough. An article's "mayor since 1994" and another's "the wall,
 * built in 1994" share a year and, in one story, often enough words to fall in one claim
 * component; listing both under one entry would say two outlets report one event. The test is
 * syntactic, as far as a parser-free reading goes: a time adverbial modifies the predicate of
 * its clause (Quirk et al. §8.2: it follows the verb phrase it dates, or is fronted before the
 * clause), so the verb of that clause — else the noun it follows ("mayor since 1994", "the
 * fire of 2019") — is the event the date is attached to (`eventHead`). Two claims date one event
 * when their heads are the same lemma, WordNet synonyms or of one event class ("toppled" /
 * "overthrew"), when an event word of one class stands next to both ("another fire last
 * March" / "last March, a blaze …"), or when their clauses (not their sentences: a story's
 * sentences share words whatever they report) share the event's participants ("a storm brought down the harbour
 * wall on Tuesday" / "the harbour wall collapsed on Tuesday").
 */
import type { TimelineEvent } from '../core/dossier-schema.js';
import type { Precision } from '../core/schema.js';
import { compatible, type ClaimGraph, type ClaimItem } from './claims/claims.js';
import type { ConflictResult } from './conflicts/conflicts.js';
import { articleOrder, cmp, eventClass, phrasalClass, stem as lightStem, STOP, uniqArticles } from './words/lex.js';
import { scan, verbAt } from './words/predicates.js';
import { shareSynset, synsetsOf } from './words/synonyms.js';
import { IRREGULAR } from './words/irregular-verbs.js';
import { stem as porter } from './words/text.js';
import { LEARNED_REPORTING_VERBS } from '../annotate/lexicon/reporting-verbs.js';
import { NAMING_NOUNS } from '../annotate/lexicon/naming-nouns.js';

const RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3, decade: 4 };

/** Auxiliaries and modals: the word after them is a verb ("was [opened]", "will [reopen]"); not "to", as often a preposition ("opened to traffic"). */
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do']);
/** Determiners: an "-ed" word after one is an adjective ("the revised plan"), not the clause's verb. */
const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
/** What ends a clause around a time adverbial (a parenthetical, a list, the next clause). */
const CLAUSE_BREAK = /[,;:()\u2014\u2013"“”]/;
/** The end of a "Place, Region" name before a comma ("Lockerbie, Scotland", "Lockerbie"). */
const PLACE_COMMA = /\p{Lu}[\p{L}.'’-]*(?:,\s+\p{Lu}[\p{L}.'’-]*)?$/u;
/** Words that read as verbs by their ending but are the sentence's nouns or adverbs. */
const NOT_VERB = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'shed', 'red', 'hundred', 'indeed', 'ahead', 'instead', 'united', 'limited', 'based']);

interface Word {
  w: string;
  /** Offset in the sentence. */
  start: number;
  end: number;
  capital: boolean;
}

/** Words of time expressions and their modifiers: they date, they do not take part. */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|week|weekend|month|year|years|day|days|last|next|early|late|earlier|later|ago)$/;

/** Characters either side of a time expression that its clause is looked for in. */
const WINDOW = 240;
/** Pronouns that open a relative clause (see EventHead.relative). */
const RELATIVE_PRONOUN = new Set(['which', 'who', 'whom', 'whose']);

const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

/**
 * The comma of a figure ("rose by 2,000 last week", "a peak of 904,000 in January") separates
 * thousands, not clauses: read as a clause break it cut the date from its verb, and the clause's
 * head became a word after the date ("to a seasonally adjusted 373,000" gave "adjusted").
 */
function digitComma(s: string, i: number): boolean {
  return s[i] === ',' && i > 0 && /\d/.test(s[i - 1]) && /\d/.test(s[i + 1] ?? '');
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) out.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start: m.index!, end: m.index! + m[0].length, capital: /^\p{Lu}/u.test(m[0]) });
  return out;
}

/** The lemma key of a word: irregular forms to their base, then the Porter stem. */
function lemma(w: string): string {
  return porter(IRREGULAR[w] ?? w);
}

/** The event class of a word, by the compare stage's own stems (lex.ts). */
function classOf(w: string): string | null {
  return eventClass(lightStem(IRREGULAR[w] ?? w)) ?? null;
}

/** A verb by its form or its left neighbour: an irregular past, an "-ed" form not after a determiner, or a word after an auxiliary. */
function isVerb(words: Word[], i: number): boolean {
  const w = words[i].w;
  if (STOP.has(w) || words[i].capital) return false;
  const prev = i > 0 ? words[i - 1].w : '';
  if (DET.has(prev)) return false;
  if (IRREGULAR[w] !== undefined) return true;
  // "the week ended July 17", "the quarter ending in June": part of the time expression, not
  // the clause's verb (the figures' verb comes before: "rose by 51,000 … for the week ended").
  if ((w === 'ended' || w === 'ending') && /^(?:week|month|quarter|year|period|half)$/.test(prev)) return false;
  // "a seasonally adjusted 419,000", "a newly revised figure": an "-ed" word after a determiner
  // and an adverb modifies what follows.
  if (/ly$/.test(prev) && i > 1 && DET.has(words[i - 2].w)) return false;
  if (/[a-z]{3,}ed$/.test(w) && !NOT_VERB.has(w)) return true;
  // Short regular pasts of "-ie" verbs: "died", "lied", "tied" (the rule above needs three
  // letters before "-ed", so "In 1978, 20 people died in a fire" had no verb and no event).
  if (/^[a-z]ied$/.test(w)) return true;
  return AUX.has(prev);
}

/** The event a date claim is attached to: its clause's verb, else the content word it follows; with its clause's words. */
export interface EventHead {
  /** Lemma of the head ("build"), or null when the clause has no content word. */
  head: string | null;
  /** The head's event class ("EV:removal" for "toppled", "collapsed"), if it has one. */
  headClass: string | null;
  /** Event classes of the head and the participants ("last March, a blaze … was put out": EV:fire). */
  classes: Set<string>;
  /** The clause's other content words (lemmas) and names: who and what take part in the event. */
  participants: Set<string>;
  /**
   * The date stands in a relative clause ("the committee, which first requested them two years
   * ago"): it dates what the clause tells of one participant, an act of its own.
   */
  relative: boolean;
  /**
   * The date stands in an adverbial clause opened by a subordinator ("After the company banned
   * him in January …, its board said Wednesday that …"): it dates that clause's event, and the
   * sentence's main clause reports another (see SUBORDINATOR).
   */
  subordinate: boolean;
  /**
   * Where the noun phrase of a reduced relative clause opens, when the date stands in one (offset
   * in the sentence): "vacated the eviction moratorium established last year by the agency" —
   * the date is the participle's ("established"), which tells of the noun ("the moratorium"), an
   * act of its own before the clause's ("vacated"). Null otherwise (see reducedRelativeStart).
   */
  reduced: number | null;
  /**
   * The clause at `reduced` is a relative one opened by "that", "which" or "who" after its noun
   * ("a rule that took effect last year"), not a participle: no reading as an adjective put
   * after the noun competes with it (see buildTimeline's check on `reduced`).
   */
  restrictive: boolean;
  /**
   * The clause at `reduced` is a participle clause set off by commas after its noun phrase ("the
   * law, passed in 2019, …": see apposedParticipleStart): a non-restrictive reduced relative,
   * which no adjective reading competes with either.
   */
  apposed?: boolean;
  /**
   * Where a subordinate clause opens inside the date's clause, after the main clause's verb, when
   * the date stands in it (offset in the sentence): "has approved 40 permits since Voss took
   * office in January" — the date is the taking of office's (see INNER_SUBORDINATOR).
   */
  inner: number | null;
  /** `inner` opens the object of a phrase of time ("an increase in 2014"), not a clause: shown however short. */
  innerPhrase?: boolean;
  /**
   * Where a definite noun phrase headed by an event noun opens when the date post-modifies it
   * after "in" ("relatives of victims of the Lockerbie bombing in 1988 met …"), with whether a
   * verb of the clause stands before it (then "in 1988" may as well date that verb: buildTimeline
   * decides by the sentence's other dates). Null otherwise (see EVENT_NOUN_PHRASE).
   */
  eventNoun?: { at: number; verbBefore: boolean } | null;
  /** `inner` opens a noun phrase the date ends ("the Lockerbie bombing in 1988"): shown up to the date. */
  innerToDate?: boolean;
  /**
   * Lemmas of participles the clause puts after a noun with a complement of their own ("ordered
   * execution for a gang member convicted of murdering …"): acts told of a participant as done
   * already, the background of the clause's own act (see differentActs).
   */
  background?: Set<string>;
}

/**
 * Subordinators that open an adverbial clause (Quirk et al. §14.12: time, reason, concession,
 * condition). A date inside such a clause dates the clause's own event, which news uses as
 * background to the main clause's new development ("After X did A in January, Y said Wednesday
 * that …"); shown under the background date, the whole sentence read as if its main event
 * happened then (session 18 reading). "until" is left out: its date is a bound, which the
 * timeline already sets apart. "since" is one only with a clause of its own, which the use below
 * asks of every subordinator (a verb between it and the date): "Since Voss took office in
 * January, the council has approved 40 permits" dates the taking of office, not the approvals
 * (issue #11: the whole sentence stood under January), while "since January" is a bound and
 * opens no clause.
 */
const SUBORDINATOR = new Set(['after', 'before', 'when', 'whenever', 'while', 'once', 'although', 'though', 'because', 'as', 'if', 'unless', 'whereas', 'since']);
/**
 * The subordinators read inside a clause (after its main verb): those of time, reason and
 * concession. Not "as" (as often a preposition: "served as mayor in 2019", "as early as May"),
 * nor "if" and "unless", whose clause is a condition that dates nothing that happened.
 */
const INNER_SUBORDINATOR = new Set(['after', 'before', 'when', 'whenever', 'while', 'once', 'although', 'though', 'because', 'whereas', 'since']);
/** Prepositions of time whose object may be an event of its own, before or after the main act's. */
const PHRASE_OF_TIME = new Set(['after', 'before', 'following', 'since']);
/** Determiners opening such an object ("after an increase", "following the collapse", "since its peak"). */
const DETERMINER = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'this', 'that']);

/** Prepositions after a participle that make it a reduced relative with a complement ("convicted of", "arrested on"). */
const BACKGROUND_PP = new Set(['of', 'for', 'in', 'on', 'at', 'by', 'with']);
/** Definite determiners opening a noun phrase that names one known event ("the bombing", "its merger"). */
const DEFINITE = new Set(['the', 'its', 'his', 'her', 'their', 'this', 'that']);
/**
 * Nouns of events, the heads of a noun phrase a date after "in" may post-modify ("the bombing in
 * 1988", "the merger in 1999", "the election in 2016"): the unplanned occurrences and the
 * planned occasions news names as background (annotate/times EVENT_NOUN, OCCURRENCE_NOUN), and
 * nominalisations of acts ("-tion", "-sion", "-ment" by actNominal, and "-al" nouns listed: "the introduction", "the
 * settlement", "the approval"). Not nouns of states, places or things ("the office in 1997").
 */
const EVENT_NOUN_PHRASE = /^(?:attacks?|assaults?|bombings?|blaze|massacres?|uprisings?|revolution|coup|riots?|insurrection|shootings?|hijackings?|disaster|tragedy|tsunami|earthquake|quake|hurricane|storm|floods?|flooding|fire|blast|explosion|crash|collapse|crisis|recession|killings?|murders?|genocide|war|invasion|raids?|siege|outbreak|pandemic|epidemic|scandal|strike|spill|merger|takeover|acquisition|bankruptcy|election|elections|referendum|vote|summit|visit|trial|ruling|verdict|arrest|death|fall|defeat|victory|crackdown|protests?|unrest|approval|arrival|removal|dismissal|proposal|withdrawal|refusal|denial|renewal|burial|acquittal|reversal)$/;
/**
 * A nominalisation that names an act only ("-tion", "-sion", "-ment": "the introduction", "the
 * settlement"; the "-al" ones are listed above, as the suffix also ends "hospital"), by WordNet's everyday nouns (lexicon/naming-nouns.ts, "o":
 * no sense of a group, a place or a person), as annotate/times reads event nominals: "the
 * government", "the commission", "the administration" name bodies, not events.
 */
let actNominals: Set<string> | null = null;
function actNominal(w: string): boolean {
  if (!/^[a-z]{3,}(?:tion|sion|ment)s?$/.test(w)) return false;
  actNominals ??= new Set(NAMING_NOUNS.split('\n').filter((l) => l.endsWith(' o')).map((l) => l.slice(0, -2)));
  return actNominals.has(w.replace(/s$/, ''));
}

/** The clause around a time expression (offsets in the sentence) and the event it dates. */
export function eventHead(text: string, start0: number, end0: number, named = false): EventHead {
  // A bounded window around the expression: a clause is shorter, and a long unpunctuated
  // "sentence" must not make each of its claims cost its whole length.
  const off = Math.max(0, start0 - WINDOW);
  const sentence = text.slice(off, Math.min(text.length, end0 + WINDOW));
  const start = start0 - off;
  const end = end0 - off;
  const words = wordsOf(sentence);
  // Clause bounds: back from the expression to a break, on from it to the next.
  let from = 0;
  for (let i = start - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(sentence[i]) && !digitComma(sentence, i)) {
      // The commas of a place name ("over Lockerbie, Scotland, in 1988") break no clause.
      if (sentence[i] === ',' && PLACE_COMMA.test(sentence.slice(Math.max(0, i - 60), i)) && /^\s*(?:\p{Lu}|in\b|on\b)/u.test(sentence.slice(i + 1, i + 5))) continue;
      from = i + 1;
      break;
    }
  }
  let to = sentence.length;
  for (let i = end; i < sentence.length; i++) {
    if (CLAUSE_BREAK.test(sentence[i]) && !digitComma(sentence, i)) {
      to = i;
      break;
    }
  }
  const before = words.filter((x) => x.start >= from && x.end <= start);
  // "which", "who", "whom", "whose" opening the clause (not "that", which as often opens what
  // was said: "said that the bridge collapsed Monday").
  const relative = before.length > 0 && RELATIVE_PRONOUN.has(before[0].w);
  let after = words.filter((x) => x.start >= end && x.end <= to);
  // A fronted adverbial ("On Monday, the bridge collapsed"): the clause it modifies follows the comma.
  if (before.filter((x) => !STOP.has(x.w)).length === 0 && after.length === 0 && /^\s*,/.test(sentence.slice(end))) {
    const open = sentence.indexOf(',', end) + 1;
    let close = sentence.length;
    for (let i = open; i < sentence.length; i++) {
      if (CLAUSE_BREAK.test(sentence[i]) && !digitComma(sentence, i)) {
        close = i;
        break;
      }
    }
    after = words.filter((x) => x.start >= open && x.end <= close);
  }
  const idx = (x: Word): number => words.indexOf(x);
  let head: string | null = null;
  let headClass: string | null = null;
  const setHead = (x: Word): void => {
    head = lemma(x.w);
    // A phrasal verb is one verb with its particle ("passed away" is "died"): its class is the
    // phrase's, read from the particle right after the verb.
    const next = words[words.indexOf(x) + 1];
    headClass = classOf(x.w) ?? (next && next.start - x.end <= 1 ? phrasalClass(head, next.w) ?? null : null);
  };
  // A date that pre-modifies a noun ("Friday's election", "the 1997 presidential polls") dates
  // that noun's event, not its clause's verb: the head is the last word of the noun phrase.
  const possessive = /^['’]s?\s/.test(sentence.slice(end, end + 3));
  const attributive = /\b(?:the|a|an|its|his|her|their)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start));
  // A named event's date (`named`: the annotator read "the July 7 London bombings" as a name)
  // heads its name's event noun, across the place or actor names inside it ("London").
  if (possessive || attributive || named) {
    let last: Word | null = null;
    for (const x of words) {
      if (x.start < end) continue;
      if (x.w === 's' || x.w === "'s") continue;
      if (named && x.capital && !STOP.has(x.w) && !/[,;:.!?()]/.test(sentence.slice(last ? last.end : end, x.start))) continue;
      if (STOP.has(x.w) || x.capital || /[,;:.!?()]/.test(sentence.slice(last ? last.end : end, x.start))) break;
      last = x;
      if (x.start - end > 40) break;
    }
    if (last) setHead(last);
  }
  // A date as the complement of a noun ("the devastating river flood of 2024", "the fire of
  // June 2019") dates that noun; the words of its noun phrase (back to a function word) are
  // the participants.
  const ofNoun = /\bof\s+$/i.test(sentence.slice(Math.max(0, start - 4), start)) ? before.length - 2 : -1;
  let nounPhrase: Word[] | null = null;
  if (head === null && ofNoun >= 0 && before[ofNoun + 1]?.w === 'of' && !STOP.has(before[ofNoun].w) && !before[ofNoun].capital) {
    setHead(before[ofNoun]);
    nounPhrase = [];
    for (let k = ofNoun - 1; k >= 0 && !STOP.has(before[k].w); k--) nounPhrase.push(before[k]);
  }
  if (head !== null && (possessive || attributive || named)) {
    nounPhrase = [];
    for (const x of after) {
      if (STOP.has(x.w) || lemma(x.w) === head) break;
      nounPhrase.push(x);
    }
  }
  // The verb nearest before the expression (an adverbial follows its verb phrase) …
  for (let k = before.length - 1; k >= 0 && head === null; k--) if (isVerb(words, idx(before[k]))) setHead(before[k]);
  // … else the first after it (the expression fronted in its clause) …
  for (let k = 0; k < after.length && head === null; k++) if (isVerb(words, idx(after[k]))) setHead(after[k]);
  // … else the content word it follows ("mayor since 1994", "the fire of June 2019").
  for (let k = before.length - 1; k >= 0 && head === null; k--) if (!STOP.has(before[k].w) && !before[k].capital) setHead(before[k]);
  const participants = new Set<string>();
  // The participants: the words of the noun phrase the expression modifies, else the content
  // words nearest it on the side of what it dates — before it (an adverbial follows its verb
  // phrase), after it when it is fronted. Words farther off belong to other phrases of a long clause (its
  // subject, a purpose clause: "citizens donating … to help tsunami victims may write off
  // donations on their 2004 tax returns" is not about the tsunami of 2004).
  const content = (x: Word): boolean => !STOP.has(x.w) && !TIME_WORD.test(x.w) && x.w.length > 1;
  const near = nounPhrase ? nounPhrase.filter(content) : before.filter(content).slice(-PARTICIPANT_WORDS);
  if (near.length === 0 && !nounPhrase) near.push(...after.filter(content).slice(0, PARTICIPANT_WORDS));
  const classes = new Set<string>();
  if (headClass !== null) classes.add(headClass);
  for (const x of near) {
    const l = lemma(x.w);
    if (l !== head) participants.add(l);
  }
  // Event words anywhere in the clause on the dated side: the clause's subject often names the
  // event far from its date ("A fire tore through a warehouse … late on Monday").
  for (const x of nounPhrase ?? (near.length > 0 && !before.some(content) ? after : before)) {
    const c = classOf(x.w);
    if (c !== null) classes.add(c);
  }
  // A subordinate clause needs its own verb before the date ("After the company banned him in
  // January"; not the phrase "After January" or "As of May") and a main clause beside it.
  const subordinate =
    before.length > 1 && SUBORDINATOR.has(before[0].w) && before.slice(1).some((x) => isVerb(words, idx(x))) && (/\p{L}/u.test(sentence.slice(0, from)) || /\p{L}/u.test(sentence.slice(to)));
  // … or one opened inside the date's clause, after the main clause's verb ("The council has
  // approved 40 permits since Voss took office in January", "Police arrested him after he fled
  // the country in March"): the subordinator, a verb of its own before the date, and a verb of
  // the main clause before the subordinator. The entry shows the subordinate clause (`inner`).
  let innerAt: number | null = null;
  let innerPhrase = false;
  if (!subordinate && !relative && !possessive && !attributive && !named) {
    for (let k = before.length - 2; k >= 1; k--) {
      if (!INNER_SUBORDINATOR.has(before[k].w)) continue;
      const rest = before.slice(k + 1);
      const v = rest.findIndex((x) => isVerb(words, idx(x)));
      // The subordinator opens a clause, not a phrase: a subject follows it (not a preposition,
      // a number or a date: "while on probation was arrested", "after 69 days of hearings",
      // "since Aug. 1 will be exhausted" are phrases before the main verb), no relative word
      // stands before the clause's verb ("after the arrest of four students who planned …": the
      // verb is the relative clause's), and no coordinator before the date ("… and has taken on
      // new life this year", "before Covid hit … but … in April": the date is another clause's).
      const first = sentence.slice(before[k].end, rest[0].start);
      const ok =
        v >= 0 &&
        !NP_PREPOSITION.has(rest[0].w) &&
        !TIME_WORD.test(rest[0].w) &&
        !/\d/.test(first) &&
        !rest.slice(0, v).some((x) => RELATIVE_MID.has(x.w)) &&
        !rest.some((x) => x.w === 'and' || x.w === 'but' || x.w === 'or');
      if (ok && before.slice(0, k).some((x) => isVerb(words, idx(x)) && !AUX.has(x.w))) innerAt = before[k].start;
      break;
    }
  }
  // … or a phrase of time with an event noun of its own, after the main clause's verb ("Births
  // declined for the sixth year after an increase in 2014"): the date is that noun's, told as
  // the background the main act follows (an unseen AllSides story showed the sentence under
  // 2014, read as if the decline had happened then). Only the preposition, a determiner, at most
  // three words with no verb, then "in" and the date, a year or a month ("in 2014", "in March
  // 2019"): a day after "on" is as often the main act's own time ("arrested him after a chase on
  // Monday"). The entry shows the noun phrase ("an increase in 2014").
  if (innerAt === null && !subordinate && !relative && !possessive && !attributive && !named && before.length >= 4 && before[before.length - 1].w === 'in' && /^(?:\d{4}|(?:early|mid|late)[\s-]+\d{4}|\p{Lu}\p{Ll}+(?:\s+\d{4})?)$/u.test(sentence.slice(start, end))) {
    for (let k = before.length - 2; k >= 1 && k >= before.length - 6; k--) {
      if (!PHRASE_OF_TIME.has(before[k].w)) continue;
      const np = before.slice(k + 1, before.length - 1);
      // The verb may be a participle opening the date's clause ("The strike, coming less than
      // four months after a walkout in May, closed the port"): the participle clause's act follows
      // the noun's event as a finite verb's does (issue #11, session 25's unseen reading: the whole
      // sentence stood under May). isVerb reads no "-ing" form; one opening a clause after a comma
      // or the sentence's start is the participle of a non-finite clause (Quirk et al. §15.54).
      const participle = k >= 1 && /^[a-z]{3,}ing$/.test(before[0].w) && !STOP.has(before[0].w);
      if (np.length >= 2 && DETERMINER.has(np[0].w) && !np.some((x) => isVerb(words, idx(x)) || x.capital) && (participle || before.slice(0, k).some((x) => isVerb(words, idx(x)) && !AUX.has(x.w)))) {
        innerAt = np[0].start;
        innerPhrase = true;
      }
      break;
    }
  }
  // … or a year or month after "in" that post-modifies an event noun of a definite noun phrase
  // ("relatives of victims of the Lockerbie bombing in 1988 met the minister on Tuesday",
  // "freed seven years after the harbour fire in 2019"): the date is the noun's event, told as
  // background, not the clause's act (session 22's unseen reading: the whole sentence stood
  // under 1988). The noun phrase must not open its clause ("The Lockerbie bombing in 1988 killed
  // 270 people": there the event is the clause's own). Recorded here; buildTimeline shows the noun
  // phrase where the attachment is sure (see EventHead.eventNoun).
  let eventNoun: { at: number; verbBefore: boolean } | null = null;
  if (innerAt === null && !subordinate && !relative && !possessive && !attributive && !named && before.length >= 3 && before[before.length - 1].w === 'in' && /^(?:\d{4}|(?:early|mid|late)[\s-]+\d{4}|\p{Lu}\p{Ll}+(?:\s+\d{4})?)$/u.test(sentence.slice(start, end))) {
    const n = before.length - 2;
    const noun = before[n];
    if (!noun.capital && !STOP.has(noun.w) && !isVerb(words, idx(noun)) && (EVENT_NOUN_PHRASE.test(noun.w) || actNominal(noun.w))) {
      // Back over at most three modifiers (names too: "the Lockerbie bombing") to a definite determiner.
      let k = n - 1;
      while (k >= 0 && n - k <= 3 && !DEFINITE.has(before[k].w) && !/['’]s$/.test(before[k].w) && !STOP.has(before[k].w) && !isVerb(words, idx(before[k]))) k--;
      // Something governs the noun phrase — a preposition or a verb before it in the clause
      // ("victims of the bombing", "convicted of the bombing"): not a connective alone ("But the
      // government in August acted …": the phrase is the clause's subject).
      const lead = before.slice(0, Math.max(0, k));
      if (k >= 1 && (DEFINITE.has(before[k].w) || /['’]s$/.test(before[k].w)) && lead.some((x) => NP_PREPOSITION.has(x.w) || isVerb(words, idx(x)))) eventNoun = { at: before[k].start + off, verbBefore: lead.some((x) => isVerb(words, idx(x)) && !AUX.has(x.w)) };
    }
  }
  // Participles after a lower-case noun, with a preposition after them ("a gang member convicted
  // of murdering", "the man arrested on Monday"): a reduced relative telling of that participant an
  // act already done (Quirk et al. §17.27), not the clause's own act (differentActs).
  const background = new Set<string>();
  for (const list of [before, after]) {
    for (let k = 1; k + 1 < list.length; k++) {
      const x = list[k];
      const prev = list[k - 1];
      if (!/^[a-z]{3,}ed$/.test(x.w) || NOT_VERB.has(x.w) || prev.capital || STOP.has(prev.w) || AUX.has(prev.w) || DET.has(prev.w) || isVerb(words, idx(prev))) continue;
      if (!BACKGROUND_PP.has(list[k + 1].w) || list[k + 1].start - x.end > 1) continue;
      const l = lemma(x.w);
      if (l !== head) background.add(l);
    }
  }
  const apposedAt = head !== null && !relative && !subordinate && innerAt === null && !possessive && !attributive && !named ? apposedParticipleStart(sentence, from, words, before, (x) => isVerb(words, idx(x))) : null;
  const reducedAt = apposedAt === null && head !== null && !relative && !subordinate && innerAt === null && !possessive && !attributive && !named ? reducedRelativeStart(before, (x) => isVerb(words, idx(x))) : null;
  return { head, headClass, participants, classes, relative, subordinate: subordinate || innerAt !== null, reduced: apposedAt !== null ? apposedAt + off : reducedAt === null ? null : reducedAt.start + off, restrictive: reducedAt?.restrictive ?? false, ...(apposedAt !== null ? { apposed: true } : {}), inner: innerAt === null ? null : innerAt + off, ...(innerPhrase ? { innerPhrase: true } : {}), ...(eventNoun ? { eventNoun } : {}), ...(background.size > 0 ? { background } : {}) };
}

/**
 * Verbs that take a clause without "that" ("said the moratorium expired last year", "data showed
 * prices rose in May"): the noun after them opens a clause of its own, whose verb is finite, not a
 * participle. The learned reporting verbs (annotate/lexicon/reporting-verbs.ts) and the common
 * verbs of saying, thinking and perceiving.
 */
const CLAUSE_TAKING = new Set([...LEARNED_REPORTING_VERBS, 'said', 'say', 'says', 'told', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'know', 'knows', 'knew', 'known', 'found', 'find', 'learned', 'heard', 'saw', 'see', 'sees', 'feared', 'fears', 'hoped', 'hope', 'claims', 'meant', 'means', 'estimated', 'estimates', 'shows', 'show', 'shown', 'revealed', 'confirmed', 'confirms', 'denied', 'denies', 'ruled', 'decided', 'agreed', 'realized', 'felt', 'argued', 'reported', 'announced', 'wrote', 'added', 'insisted', 'noted', 'warned', 'suggested', 'predicted', 'assumed', 'guessed', 'figured', 'understood', 'remembered', 'forgot', 'proved', 'proven']);
/** Prepositions a noun phrase with a reduced relative may stand after ("under the moratorium established last year"). */
const NP_PREPOSITION = new Set(['of', 'under', 'for', 'against', 'to', 'with', 'on', 'about', 'from', 'into', 'over', 'at', 'in', 'by', 'through', 'across', 'toward', 'towards', 'within', 'without', 'despite']);
/** What may stand between a participle and its date in a reduced relative: a preposition opening an agent or a place ("established by the agency last year", "built in Velmora in 1994"). */
const PARTICIPLE_PP = new Set(['by', 'in', 'on', 'at', 'during', 'for', 'under', 'after', 'before', 'earlier', 'late', 'early', 'only', 'just', 'first', 'originally', 'back']);
/** Relative words that open a restrictive relative clause after its noun (see reducedRelativeStart). */
const RELATIVE_MID = new Set(['that', 'which', 'who', 'whom', 'where']);
/** Content words of a noun phrase read back from its head before reaching its determiner. */
const NP_MAX_WORDS = 4;

/**
 * The start (offset in the window eventHead reads) of the noun phrase a reduced relative clause
 * post-modifies, when the date after `before` (its clause's words) stands in one; null otherwise. A reduced relative
 * is a participle clause after a noun (Quirk et al. §17.27): "the eviction moratorium established
 * last year" is "the moratorium which was established last year", and its date is the
 * participle's, not the clause's ("vacated … on Thursday": under last year's date the whole
 * sentence read as if the court vacated it then, session 18's unseen reading). Told from a main
 * verb ("the moratorium expired last year") by what stands before the noun phrase: a verb of its
 * own clause (a finite clause has one verb before its object) that takes no clause of its own
 * ("vacated", not "said" or "showed"), or a preposition after such a verb ("ended protections
 * under the moratorium established …"; "officials in the city resigned …" has no verb before).
 * The participle is an "-ed" form or an irregular one in "-n" ("taken", "shown"; "rose" is a past,
 * not a participle), right after the noun (no auxiliary: "was established" is the clause's verb),
 * with only its agent or place phrase or the date after it ("established the fund last year" has
 * an object: the verb is finite). A name as the noun is left alone ("Velmora founded …" reads as
 * often as a subject), and so is a noun phrase that opens the clause.
 */
function reducedRelativeStart(before: Word[], verb: (x: Word) => boolean): { start: number; restrictive: boolean } | null {
  // The participle: the verb nearest before the date in its clause.
  let p = -1;
  for (let k = before.length - 1; k >= 0; k--) {
    if (verb(before[k])) {
      p = k;
      break;
    }
  }
  // A restrictive relative clause in the middle of the clause ("reversing a rule that went into
  // effect last year"): the relative word right after a noun, with the clause's own verb after it,
  // tells of that noun as the participle does (Quirk et al. §17.12); its date is the relative
  // clause's act, not the main clause's (session 19's unseen reading: "announced Monday,
  // effectively reversing a Trump-era rule that went into effect last year" stood under last year
  // whole). "that" after a verb of saying is what was said, not a relative: the check on the
  // words before the noun phrase below (no clause-taking verb) leaves it alone, as it does
  // "told reporters that the bridge collapsed".
  let r = -1;
  for (let k = before.length - 2; k >= 1; k--) {
    if (RELATIVE_MID.has(before[k].w)) {
      r = k;
      break;
    }
  }
  if (r < 0 && p >= 2) {
    const zero = zeroRelativeStart(before, p, verb);
    if (zero !== null) return zero;
  }
  if (r < 0 && p < 1) return null;
  if (r < 0) {
    const part = before[p].w;
    if (!(/[a-z]{3,}ed$/.test(part) || (IRREGULAR[part] !== undefined && /n$/.test(part) && IRREGULAR[part] !== part))) return null;
    // Only an agent, a place or an adverb of time between the participle and the date.
    if (p + 1 < before.length && !PARTICIPLE_PP.has(before[p + 1].w)) return null;
  }
  // The noun right before it, lower case; back over the noun phrase to its determiner.
  const nounAt = r < 0 ? p - 1 : r - 1;
  p = nounAt + 1;
  const noun = before[nounAt];
  if (noun.capital || STOP.has(noun.w) || AUX.has(noun.w) || verb(noun) || /^(?:he|she|it|they|we|i|you|who|which|that)$/.test(noun.w)) return null;
  let q = p - 1;
  while (q > 0 && p - q < NP_MAX_WORDS && !DET.has(before[q - 1].w) && !STOP.has(before[q - 1].w) && !verb(before[q - 1])) q--;
  const det = q > 0 && DET.has(before[q - 1].w) ? q - 1 : q;
  if (r >= 0) {
    // A relative clause dates its noun's act wherever the noun phrase stands (subject or object),
    // so no verb need stand before it. What must hold is that the clause is a relative one: the
    // noun phrase has its determiner ("a rule"; not "clear that …" after "is"), the relative word
    // is the clause's subject (a verb or auxiliary right after it: "that took", "who was"; a
    // subject after it, "that the bridge collapsed", is as often what was said), and no verb of
    // saying stands before it ("told the council that …").
    // (isVerb reads no verb after "that", a determiner as often: the verb's form decides here.)
    // "where" after a noun with its determiner is a relative adverb of place (Quirk et al.
    // §17.14: "the site where the towers fell two decades ago"), with its own subject after it; it
    // never opens what a verb of saying reports as "that" can, so no verb need follow it (session
    // 25's unseen reading: the presidents' gathering stood under 2001, the towers' fall).
    const next = before[r + 1].w;
    // Its clause's verb must stand before the date: a date fronted in the clause ("the town where
    // in December, a boy shot …") would cut the shown clause at the date, with no act in it. And
    // only one: a second verb is the main clause's, the relative one closed before it ("the clinic
    // where the doctor worked until he was slain reopened Tuesday": Tuesday is the reopening's).
    const opensClause = (before[r].w === 'where' && before.slice(r + 1).filter((x) => verb(x) && !AUX.has(x.w)).length === 1) || IRREGULAR[next] !== undefined || AUX.has(next) || /^[a-z]{3,}ed$|^[a-z]ied$/.test(next);
    // "who", "which" and "whom" after a noun open only a relative clause (an embedded question
    // follows its verb, "asked who had …", never a noun), so a noun phrase with no determiner is
    // their antecedent too ("boosters for people who had gotten the vaccine more than six months
    // ago"; "Residents who had fled in May returned"): the bare plural of news. Read only after a
    // determiner, the whole sentence stood under the relative clause's date (issue #11, session
    // 25's unseen reading). "that" keeps the determiner: after a bare noun or adjective it as
    // often opens what was said or a complement ("so clear that …").
    // Its clause holds one verb group before the date: a verb or auxiliary after it is the main
    // clause's, the relative one closed ("dockers who planned a strike will reopen Monday").
    const rel = before.slice(r + 1);
    const own = rel.findIndex((x) => verb(x) && !AUX.has(x.w));
    // And with no determiner, the noun phrase is the object of a verb before it ("approved
    // boosters for people who …"): in a subject ("A group of leaders and businessmen who
    // nominated Putin this week has said …", DUC 2006 dev) the shown clause would run on into the
    // main verb, and "who" may tell of the whole coordinated phrase.
    const bare = !DET.has(before[det].w) && RELATIVE_PRONOUN.has(before[r].w) && own >= 0 && !rel.slice(own + 1).some((x) => verb(x) || AUX.has(x.w)) && before.slice(0, q).some((x) => verb(x) && !AUX.has(x.w));
    if ((!DET.has(before[det].w) && !bare) || !opensClause || before.slice(0, det).some((x) => CLAUSE_TAKING.has(x.w))) return null;
    return { start: before[bare ? q : det].start, restrictive: true };
  }
  if (det === 0) return null;
  const lead = before[det - 1];
  // The clause's own verb stands before the noun phrase (a preposition's noun phrase may be in
  // the subject: "officials in the city resigned last year"), and none that takes a clause.
  const earlier = before.slice(0, det);
  if (earlier.some((x) => CLAUSE_TAKING.has(x.w)) || !earlier.some((x) => verb(x) && !AUX.has(x.w))) return null;
  if (NP_PREPOSITION.has(lead.w) || (verb(lead) && !AUX.has(lead.w))) return { start: before[det].start, restrictive: false };
  return null;
}

/** At most this many words between an apposed participle and its date ("passed by the council in 2019"). */
const APPOSED_GAP_WORDS = 4;

/**
 * The start (offset in the window eventHead reads) of the noun phrase a participle clause set off
 * by a comma tells of, when the date stands in that clause: "struck down the harbour law, passed
 * in 2019, saying …", "Karvik, elected in 2019, resigned on Monday". It is a non-restrictive
 * reduced relative (Quirk et al. §17.27, §15.54: "the law, which was passed in 2019"), and its
 * date is the participle's act, not the main clause's; the clause bounds of eventHead stop at the
 * comma, so the participle read as the clause's own verb and the whole sentence stood under 2019
 * as if the court struck the law down then (issue #11, session 28's reading: "the law, passed in
 * 2019, …" placing the report's act in 2019). Told by form: the clause opens right after a comma
 * with a past participle (a regular "-ed" form or an irregular one in "-n"), the date follows it
 * within a few words opened by an agent, place or time preposition (PARTICIPLE_PP; an object,
 * "cordoned off the area on Monday", makes it a finite verb of a list), and the stretch before the
 * comma ends in a noun or a name (not a verb, a pronoun, a number or a time word: "said Monday,
 * passed …" is no noun phrase) that is the object of a verb before it in that stretch (below).
 * The noun phrase is the antecedent antecedentStart finds for a relative clause after a comma.
 * Null otherwise.
 */
function apposedParticipleStart(sentence: string, from: number, words: Word[], before: Word[], verb: (x: Word) => boolean): number | null {
  if (from < 2 || sentence[from - 1] !== ',' || digitComma(sentence, from - 1) || before.length === 0) return null;
  const part = before[0].w;
  if (NOT_VERB.has(part) || !(/^[a-z]{3,}ed$/.test(part) || (IRREGULAR[part] !== undefined && /n$/.test(part) && IRREGULAR[part] !== part))) return null;
  if (before[0].capital || before.length - 1 > APPOSED_GAP_WORDS || (before.length > 1 && !PARTICIPLE_PP.has(before[1].w))) return null;
  if (before.slice(1).some((x) => verb(x) || AUX.has(x.w))) return null;
  // The word before the comma: a noun or a name.
  const prev = words.filter((x) => x.end <= from - 1).pop();
  if (!prev || /\S/.test(sentence.slice(prev.end, from - 1)) || STOP.has(prev.w) || AUX.has(prev.w) || TIME_WORD.test(prev.w) || verb(prev) || /^(?:he|she|it|they|we|i|you|him|them|us|me)$/.test(prev.w)) return null;
  // Back to the stretch's start (the previous clause break).
  let lo = 0;
  for (let i = from - 2; i >= 0; i--) {
    if (CLAUSE_BREAK.test(sentence[i]) && !digitComma(sentence, i)) {
      lo = i + 1;
      break;
    }
  }
  // The noun phrase is the object of the clause before it, whose own verb stands before it:
  // the stretch opens no relative clause ("Black, who was appointed by Trump, resigned Friday":
  // "resigned" is the main verb after the subject's parenthetical) and has a verb of its own
  // before the noun phrase ("the ranking member of the committee, released on Monday a report"
  // has none: the participle is the main verb). A subject with a participle clause ("The study,
  // published Friday by the agency, looked at …") is left as it was: there the report's day is
  // the news the main clause tells the content of.
  // Nor does a stretch that is itself a participle clause ("The six MPs, accompanied by ten
  // councillors from the district, pleaded Wednesday …": a parenthetical of the subject, and
  // "pleaded" its main verb): its verb must not open it.
  const stretch = words.filter((x) => x.start >= lo && x.end <= from - 1);
  if (stretch.length === 0 || RELATIVE_PRONOUN.has(stretch[0].w) || stretch[0].w === 'that' || verb(stretch[0])) return null;
  const at = antecedentStart(sentence, lo, from - 1);
  if (!stretch.some((x) => x.end <= at && verb(x) && !AUX.has(x.w))) return null;
  // Leading spaces are no part of the phrase shown.
  const m = /^\s*/.exec(sentence.slice(at));
  return at + (m ? m[0].length : 0);
}

/** Subject pronouns that may open a zero relative clause right after its noun (see zeroRelativeStart). */
const ZERO_RELATIVE_SUBJECT = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
/** Stop words that modify a noun inside its noun phrase ("the same pledge", "the other offer", "his own plan"). */
const NP_MODIFIER_STOP = new Set(['same', 'other', 'own', 'very', 'such', 'few', 'many']);

/**
 * A zero relative clause (Quirk et al. §17.10: a restrictive relative with no relative word, its
 * object the gap): "renewed the same pledge he made earlier this week", "repeated the promise she
 * gave in March". Its date is the relative clause's act, not the main clause's, as for "the
 * pledge that he made" (reducedRelativeStart): read whole, the sentence stood under the earlier
 * date as if the renewal had been then (issue #11, session 25's unseen reading). Told by its
 * structure: a noun phrase with its determiner after a verb of the main clause that takes no
 * clause (after "told the council he …" the pronoun opens what was said), a subject pronoun right
 * after the noun (a noun phrase is never followed by a subject pronoun in one clause), then its
 * past verb (an auxiliary "had" may stand between) with no object of its own: only a preposition,
 * an adverb of time or the date after it ("made the speech he gave to parliament in March"; "gave
 * the board he chairs a report in March" has an object and is left alone). Only a pronoun subject:
 * a name after a noun is as often an apposition or a new clause.
 */
function zeroRelativeStart(before: Word[], p: number, verb: (x: Word) => boolean): { start: number; restrictive: boolean } | null {
  const v = before[p].w;
  if (!(/^[a-z]{2,}ed$/.test(v) || (IRREGULAR[v] !== undefined && IRREGULAR[v] !== v))) return null;
  if (p + 1 < before.length && !PARTICIPLE_PP.has(before[p + 1].w) && !NP_PREPOSITION.has(before[p + 1].w)) return null;
  // A time of its own between the verb and the date ("the pledge he made earlier this week on
  // Friday"): the second date may be the main clause's, which English puts last.
  if (before.slice(p + 1).some((x) => TIME_WORD.test(x.w))) return null;
  let s = p - 1;
  if (s >= 1 && /^(?:had|has|have)$/.test(before[s].w)) s--;
  if (s < 2 || !ZERO_RELATIVE_SUBJECT.has(before[s].w)) return null;
  const nounAt = s - 1;
  const noun = before[nounAt];
  if (noun.capital || STOP.has(noun.w) || AUX.has(noun.w) || verb(noun)) return null;
  let q = nounAt;
  while (q > 0 && nounAt - q < NP_MAX_WORDS && !DET.has(before[q - 1].w) && (!STOP.has(before[q - 1].w) || NP_MODIFIER_STOP.has(before[q - 1].w)) && !verb(before[q - 1])) q--;
  const det = q - 1;
  if (det < 1 || !DET.has(before[det].w)) return null;
  const earlier = before.slice(0, det);
  if (earlier.some((x) => CLAUSE_TAKING.has(x.w)) || !earlier.some((x) => verb(x) && !AUX.has(x.w))) return null;
  return { start: before[det].start, restrictive: true };
}

/** Two heads name one event: one lemma, WordNet synonyms or one event class. */
export function sameHead(x: EventHead, y: EventHead): boolean {
  if (x.head === y.head) return true;
  if (x.headClass !== null && x.headClass === y.headClass) return true;
  return shareSynset(synsetsOf(x.head!), synsetsOf(y.head!));
}

/**
 * How many participants two clauses must share to date one event under two different verbs
 * ("the storm brought down the harbour wall" / "the harbour wall collapsed"): the event's
 * participants, not one common word — one shared word ("wall", "Velmora") is what a story's
 * sentences about different events share anyway.
 */
const SHARED_PARTICIPANTS = 2;
/** How many content words nearest a time expression stand for its event's participants (see eventHead). */
const PARTICIPANT_WORDS = 4;

/**
 * The two time expressions date two different acts: their heads are not one lemma, synonym or
 * event class, at least one clause names a kind of event, and no kind of event stands in both
 * clauses. Used for different dates (conflicts.ts), where `sameEvent`'s shared participants are
 * not enough: "appointed special envoy in July" and "the special envoy resigned Thursday" share
 * the envoy and date two acts. Without any kind of event named, it decides only for a date in a
 * relative clause against one outside any (true): otherwise it does not decide (false).
 */
export function differentActs(x: EventHead, y: EventHead): boolean {
  if (x.head === null || y.head === null || sameHead(x, y)) return false;
  // One clause tells the other's act as done already, of a participant, in a reduced relative
  // ("A jury on Tuesday ordered execution for a gang member convicted of murdering a deputy" /
  // "A jury today convicted a gang member of murdering a deputy"): its own act is another, later
  // one (ECB+ dev, session 23: the conviction's day and the sentence's were set against each
  // other once the second article's date line dated it).
  if (x.background?.has(y.head) || y.background?.has(x.head)) return true;
  const cx = new Set([...x.classes, ...(x.headClass ? [x.headClass] : [])]);
  const cy = new Set([...y.classes, ...(y.headClass ? [y.headClass] : [])]);
  // A date in a relative clause tells of one participant ("…turn over the returns to the
  // committee, which first requested them more than two years ago"): under another verb it is
  // that participant's earlier act, even when no kind of event is named. ("X, who was arrested
  // Tuesday" against "X was arrested Wednesday" keeps its one head, and still disagrees.)
  if (cx.size === 0 && cy.size === 0) return x.relative !== y.relative;
  for (const c of cx) if (cy.has(c)) return false;
  return true;
}

/** The two claims' time expressions are attached to the same event (see the module comment). */
export function sameEvent(x: EventHead, y: EventHead): boolean {
  if (x.head === null || y.head === null) return false;
  if (sameHead(x, y)) return true;
  // One kind of event named next to both dates ("damaged by another fire last March" / "last
  // March, a blaze in the roof was put out"): with the dates already equal, that is one event.
  for (const c of x.classes) if (y.classes.has(c)) return true;
  // Each head counts as a participant of the other clause when it occurs there ("turnout in a
  // key election" / "boasted about a huge turnout in elections").
  const has = (e: EventHead, w: string): boolean => e.head === w || e.participants.has(w);
  let shared = has(y, x.head) ? 1 : 0;
  for (const w of x.participants) if (has(y, w) && ++shared >= SHARED_PARTICIPANTS) return true;
  return shared >= SHARED_PARTICIPANTS;
}

/**
 * Timeline: per component, date claims fall into groups of compatible values that date the same
 * event (finest first, so "last year" joins "last December" as 2024-12 when both date the same
 * opening); each group is one dated event supported by its articles. Groups of other components
 * with the same date and the same event are merged (the claim graph may have missed linking
 * them). Events are ordered by date, then by support.
 */
/**
 * A superlative or ordinal before "since" in the date's own clause ("the largest surplus since
 * 1948", "the first time since 1995", "its lowest level since March"): the date is the baseline
 * the record is measured against, the last time something was as large, not an event the story
 * reports. Read as an event it put "1948" on the timeline of a budget story. The words are the
 * common superlatives of size, rank and degree; "-est" alone also ends "interest", "arrest".
 */
const SUPERLATIVE_SINCE = /\b(?:first|last|most|least|best|worst|highest|lowest|largest|biggest|smallest|greatest|fewest|deepest|strongest|weakest|longest|shortest|heaviest|deadliest|warmest|coldest|hottest|wettest|driest|fastest|slowest|sharpest|steepest|widest|closest|cheapest|richest|poorest|busiest|quickest|record)\b[^,;:.!?]{0,80}\bsince\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;
/**
 * The same baseline said by what has not happened since: "on a scale unseen since the 1960s",
 * "a rate not seen since the late 1970s", "levels not reached since 2008". The date is when
 * something was last as large, not an event of the story.
 */
const UNSEEN_SINCE = /\b(?:unseen|unmatched|unequalled|unequaled|unprecedented|unheard\s+of|(?:not|never)\s+(?:been\s+)?(?:seen|reached|recorded|witnessed|matched|experienced))\s+(?:\w+\s+){0,2}?since\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;
/**
 * The same baseline said by when a level was last as high: "jobless rolls fell to levels last seen
 * in mid-March 2020", "a rate last reached in 2008", "prices not seen since …" (UNSEEN_SINCE).
 * The date is when the level was last matched, not an event of the story (session 26's unseen
 * reading put "mid-March 2020" on a weekly jobless-claims timeline). A noun of level must head
 * the reduced relative: "was last seen on Friday" (a missing person) is the story's event.
 */
const LEVEL_LAST_SEEN = /\b(?:levels?|rates?|highs?|lows?|peaks?|pace|prices?|heights?|depths?|readings?)\s+(?:\w+\s+){0,2}?last\s+(?:seen|reached|recorded|hit|matched|touched|posted|registered|observed)\s+(?:(?:back\s+)?(?:in|on|at|during|around)\s+)?(?:(?:early|mid|late|the)[\s-]+)?$/i;
/**
 * A comparative over every period since the date: "more murders than any year since 1995",
 * "higher than at any time since 2008", "than any full-year total since at least 2005". Like a superlative, the date is when something was last
 * as large, not an event of the story.
 */
const THAN_ANY_SINCE = /\bthan\s+(?:in\s+|at\s+)?any\s+(?:[\w-]+\s+){0,3}?since\s+(?:at\s+least\s+)?(?:(?:early|mid|late|the)[\s-]+)?$/i;
/**
 * A superlative whose baseline is a clause or a noun phrase ("a new low since the pandemic began
 * more than a year ago", "the worst violence since the end of apartheid in 1994", "the first
 * attack since U.S. forces withdrew in August"): the date dates the baseline, not what the
 * sentence reports. The date must belong to the "since" phrase: a past verb or a preposition
 * right before it. "his first trip overseas since taking office Wednesday" has neither: there the
 * date is the main verb's ("embarked … Wednesday"). Abbreviation dots ("U.S.") do not end the
 * stretch.
 */
const SUPERLATIVE_SINCE_CLAUSE = /\b(?:first|lowest|highest|largest|biggest|smallest|fewest|most|least|worst|best|new\s+(?:low|high)|record)\b(?:[^,;:.!?—–]|(?<=\b[A-Z])\.){0,60}\bsince\s+(?:[^,;:.!?—–]|(?<=\b[A-Z])\.){0,60}\b(?:in|on|at|during|of|[a-z]{2,}ed|began|begun|took|won|left|came|fell|hit|became|rose|grew|went|broke|struck|withdrew|drew|took\s+over)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/**
 * The period of a compared figure: "fell 92,000 last week from 590,000 the prior week", "fell to
 * 498,000 from a revised 590,000 a week earlier", "up from $1.2 billion a year ago", "compared
 * with 4.1% in March", "higher than in 2019". The date says when the old figure held — the
 * baseline of the change the sentence reports, which its other date (or the publication) dates;
 * on the timeline it put the sentence about last week under the week before. Only a bare figure
 * stands between the comparison word and the date (an amount word, a unit of a price: "from 36
 * cents a share a year earlier"; a revision: "from a revised 590,000"), so that a count with its
 * noun ("from 3 families on Tuesday") is not read; "than" only right before the date, since
 * "more than 100 people on Tuesday" is a bound of a count, not a comparison.
 */
const FIGURE_BASELINE = /\b(?:from|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the)\s+)?(?:(?:revised|downwardly|upwardly|seasonally|adjusted|record|peak)\s+){0,2}[$€£]?\d[\d,.]*(?:\s?(?:%|percent|per\s+cent|million|billion|trillion|thousand))?(?:\s+(?:cents|points|a\s+share|per\s+share|a\s+barrel))?\s+(?:(?:in|on|at|during|for|over)\s+)?$|\b(?:than|compared\s+(?:with|to))\s+(?:(?:in|on|at|during|for|over)\s+)?(?:(?:the\s+)?(?:same|like|comparable|year-ago|year-earlier)\s+(?:period|quarter|month|week|time)\s+)?$/i;

/**
 * The baseline year of a comparison of levels: "cut emissions 40% from 2010 levels", "50% below
 * 2005 levels", "above pre-2019 levels". The year names the reference the change is measured
 * against, not when anything in the sentence happened (the pledge is today's). The noun after
 * the year ("levels", "figures") marks the comparison, so "from 2010 to 2015" is not read.
 */
/**
 * The same baseline with the figure before the comparison word: "prices rose 0.9% from May", "an
 * increase of 29.4% from 2019", "increased by 2,000 from the previous week", "rose 4.2% from a
 * year earlier", "a 3% increase over the prior month", "up 3% from the same period in 2020".
 * The figure is the change and the date the period it is measured from; the sentence reports
 * the newer period (its other date, or the publication's). Only a figure (with its unit and at
 * most a noun of change) right before "from" / "over" / "compared with": "moved 300 ships from
 * Velmora on Tuesday" has a place, not a date, after "from", and "from Monday" after a verb
 * ("closed from Monday") starts a period.
 */
const CHANGE_FROM = /[$€£]?\d[\d,.]*\s?(?:%|percent|per\s+cent|points?|percentage\s+points?|million|billion|trillion|thousand)?(?:\s+(?:[A-Z]{2,5}\s+)?(?:increase|decrease|rise|drop|gain|jump|decline|fall|climb|hike|spike|surge|advance|slide|dip))?\s+(?:from|over|compared\s+(?:with|to))\s+(?:(?:the|a|an)\s+)?(?:(?:same|like|comparable|year-ago|year-earlier)\s+(?:period|quarter|month|week|time)\s+(?:in|of|last|a)\s+)?$/i;

/**
 * …and a noun or adverb of change before "from" or "over" a figure with its noun ("a nine
 * percent decrease from the 151,000 case average two weeks ago on August 24", "a 13 percent
 * increase over the influx of 188,000 migrants encountered in June", "down from 5.2 million jobs
 * in March"), or right before the date ("212,672 people, up from June"): the change word says
 * what follows is the old level, so a few words may stand around the figure (FIGURE_BASELINE
 * allows none, as "from 3 families on Tuesday" is no comparison).
 */
const CHANGE_FROM_FIGURE = /\b(?:increase|decrease|rise|drop|decline|fall|gain|jump|dip|slide|climb|up|down)\s+(?:from|over)\s+(?:[\p{Ll}-]+\s+){0,3}?[$€£]?\d[\d,.]*(?:\s?%|bn|tn|m\b)?(?:\s+[\p{Ll}-]+){0,6}\s+$|\b(?:up|down)\s+(?:(?:sharply|slightly|significantly|markedly)\s+)?from\s+$/iu;
/**
 * The old level of a change told with an inflected verb and a rate: "has declined from 249 people
 * per 10,000 in 1953 to 3 per 10,000 in 1996", "fell from 40 percent in 2001". The year after
 * "from" dates the old level; what the sentence reports is the new one (the later date, which
 * stays). CHANGE_FROM_FIGURE above reads only the verb's base form and no "per N" in the figure,
 * so a statistic's starting year became a timeline entry (read on an unseen DUC 2006 story).
 * Only "from": "rose over 5 percent in 2019" is a size ("more than"), not an old level.
 */
// (Also "fell to $50bn from $70bn at the end of July": the new level first, then the old one
// with its time, a figure written with an attached unit, "bn", and "at the end of" a period;
// issue #11, session 28's reading, where the old level's month stood over the sentence.)
const CHANGED_FROM_RATE = /\b(?:(?:increas|decreas|declin)(?:ed|es|ing)|ris(?:es|ing|en)|rose|(?:dropp|dipp|slipp)(?:ed|ing)|drops|f[ae]ll(?:s|en|ing)?|(?:gain|jump|climb|plung|soar|plummet|tumbl)(?:ed|s|ing)|slid(?:es|ing)?|(?:grow|grew|grown|growing)|shr[ai]nk(?:s|ing)?|shrunk)\s+(?:from|(?:by|to)\s+[^,;]{1,40}?\s+from)\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?[$€£]?\d[\d,.]*(?:\s?%|bn|tn|m\b)?(?:\s+(?:[\p{Ll}-]+|per\s+[\d,.]+)){0,6}\s+(?:in|during|at\s+(?:the\s+)?(?:end|start|beginning)\s+of)\s+$/u;

/**
 * A comparative against a level of another time: "lower than the total from two weeks earlier",
 * "above the average of last year", "higher than its level in March". The date is the old
 * level's.
 */
const LEVEL_THAN = /\b(?:than|below|above)\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:total|level|figure|average|rate|number|count|tally|reading|pace|peak)s?\s+(?:from|of|in|on|at|during|for)\s+$/iu;

/**
 * …and the date before the noun of the old level: "0.1 percentage point lower than its July
 * estimate", "above the March figure", "below last year's level". The date is when the old
 * figure was given; the sentence reports the new one.
 */
const LEVEL_THAN_BEFORE = /\b(?:than|below|above)\s+(?:the|its|their)\s+$/i;
const LEVEL_NOUN_AFTER = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:total|level|figure|average|rate|number|count|tally|reading|pace|peak|estimate|forecast|projection|outlook|prediction)s?\b/iu;

const LEVEL_BASELINE_BEFORE = /\b(?:from|below|above|under|over|of|to|than|compared\s+(?:with|to)|relative\s+to)\s+(?:(?:the|their|its|pre-?)\s*)?$/i;
const LEVEL_BASELINE_AFTER = /^(?:['’]s)?\s+(?:levels?|figures?|baseline|emissions\s+levels?)\b/i;

/**
 * A date inside a comparison with an earlier time dates the thing compared, not what the sentence
 * reports: "did not say, as he did in 1992, that …" (the sentence tells of now; 1992 is the other
 * time), "like being a black Democrat in Mississippi in the 1950s" (a simile's time). Read on an
 * unseen DUC 2006 story, where both became timeline entries dated by the comparison. Only "as" +
 * subject + an auxiliary of repetition ("as he did", "as they had", "as it was"), and "like" + a
 * gerund ("like being", "like living") with no clause break before the date: "looked like a war zone in
 * 2005" dates its own sentence.
 */
const AS_BEFORE_CLAUSE = /\b[Aa]s\s+(?:he|she|they|it|we|I|you|\p{Lu}\p{Ll}+)\s+(?:did|had|was|were|does|has)(?:\s+\p{Ll}+)?\s+(?:in|on|during|back\s+in)\s+(?:(?:early|mid|late|the)[\s-]+)?$/u;
const LIKE_THEN = /\blike\s+(?:being|living|working|growing\s+up)\s+(?:[^,;:.!?()]){0,60}\s+in\s+(?:(?:early|mid|late|the)[\s-]+)?$/u;
/**
 * A likeness to an earlier instance: "warned that more attacks, like the one last week, were
 * likely", "floods like those in March 2019": the date is the compared instance's, and under it
 * the sentence read as if its own act (the warning) happened then (session 26's unseen reading).
 * "like" + "the one(s)" / "those" / "that", the date inside that noun phrase (no clause break).
 */
const LIKE_INSTANCE = /\blike\s+(?:the\s+ones?|those|that)\s+(?:[^,;:.!?()]){0,30}?$/iu;
/**
 * A multiple or a share of an old level named with its time: "double the rate of 10 years
 * ago", "three times the number of 1994", "half the level of a decade ago", "40 percent of the
 * total in 2010"; and the same old level told by a clause of being: "twice what it was in
 * 1994", "lower than it was a decade ago", "as high as it was in 2008". The date says when the
 * old level held — the baseline of a comparison the sentence makes today — not when anything
 * it reports happened (session 23's unseen reading: "double the rate of 10 years ago" was put on
 * the timeline under its year). LEVEL_THAN reads only "than"/"below"/"above": a multiplier
 * compares as they do. The noun of a level must stand before "of", so "twice the size of the
 * harbour in 1994" (a place between) is not read.
 */
const MULTIPLE_OF_LEVEL = /\b(?:double|twice|triple|treble|thrice|quadruple|half|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+(?:\.\d+)?)\s+times|\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)\s+of)\s+(?:the|its|their|that|those)\s+(?:[\p{Ll}-]+\s+)?(?:total|level|figure|average|rate|number|count|tally|pace|peak|size|price|amount|share|cost|value)s?\s+(?:of|from|in|on|at|during|for)\s+(?:(?:early|mid|late|the)[\s-]+)?$/iu;
const AS_IT_WAS = /\b(?:double|twice|triple|half|times|than|as\s+[\p{Ll}-]+\s+as)\s+(?:what\s+)?(?:it|they|this|that|these|those)\s+(?:was|were|had\s+been)\s+(?:(?:in|on|at|during|back\s+in)\s+)?(?:(?:early|mid|late|the)[\s-]+)?$/iu;
/**
 * A change of level measured since the date: "has increased tenfold since 1994", "have more
 * than doubled since 2010", "has fallen 20 percent since March", "is up 40 percent since
 * January". The perfect of a verb of rising or falling compares today's level with the level
 * the date had: the date is that comparison's baseline, as "from 2010 levels" is, and no event
 * of the story happened on it (session 23's unseen reading: "has increased tenfold since 1994"
 * stood under 1994). What is decided here, by construction: a change of a level since a date is
 * no entry; a count accumulated over the period that starts at the date ("has carried 40,000
 * passengers since January", "has killed 300 people since March") and a state that began then
 * ("has been mayor since 1994": the start of the office is an act of 1994) keep their entries,
 * since what they report is what happened from that start on, and the start of the period is
 * the entry's time (docs/dossier.md, the timeline row). Only "since" right before the date: in
 * "has fallen since the war began in 1994" the date is the beginning's own. "up"/"down" must end
 * their word ("are up-to-date statistics … since 1990" is no change; read on DUC 2006 dev).
 */
const CHANGE_PERFECT = String.raw`(?:(?:has|have|had)\s+(?:(?:more\s+than|nearly|almost|roughly|about|also|already|now|\p{Ll}+ly)\s+){0,2}(?:increased|risen|grown|fallen|dropped|declined|decreased|doubled|tripled|trebled|quadrupled|halved|soared|surged|plunged|plummeted|climbed|jumped|multiplied|expanded|shrunk|shrank|swelled|swollen|tumbled|slumped|gone\s+(?:up|down))|(?:is|are)\s+(?:(?:now|still|already)\s+)?(?:up|down))(?![\p{L}-])`;
const CHANGE_SINCE = new RegExp(String.raw`\b${CHANGE_PERFECT}[^,;:.!?]{0,60}?\bsince\s+(?:(?:early|mid|late|the)[\s-]+)?$`, 'iu');
/** …and the "since" phrase fronted, its clause's subject and change after it: "since 1990, their numbers have nearly doubled". */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;
const CHANGE_AFTER_SINCE = new RegExp(String.raw`^\s*,?\s*(?:[\p{L}'’-]+\s+){1,4}${CHANGE_PERFECT}`, 'iu');
/**
 * A book's or a paper's publisher and year in parentheses ("his book 'The Malaria Capers' (W.W.
 * Norton, 1991)"): bibliographic data, not a date of the story (read on an unseen DUC 2006 story).
 */
const CITATION_BEFORE = /\(\s*\p{Lu}[^()]{1,60},\s*$/u;

function comparisonBaseline(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  const lead = c.sentence.text.slice(Math.max(0, rel - 120), rel);
  // A "when" clause after the baseline's date tells what happened on it ("have fallen 30 percent
  // since Monday, when Kovac resigned"; "double the level of 2019, when the terminal opened"): the
  // date is that event's too, and the entry stays (as pastEndPoint keeps "until 1997, when …").
  // So does an appositive naming the date by its event ("twice the level of 2004, the year
  // Kovac took over").
  const next = c.sentence.text.slice(rel + c.text.length, rel + c.text.length + 24);
  if (WHEN_AFTER.test(next) || EVENT_APPOSITIVE_AFTER.test(next)) return false;
  if (FIGURE_BASELINE.test(lead) || CHANGE_FROM.test(lead) || CHANGE_FROM_FIGURE.test(lead) || CHANGED_FROM_RATE.test(lead) || LEVEL_THAN.test(lead)) return true;
  const tail = c.sentence.text.slice(rel + c.text.length, rel + c.text.length + 40);
  if (LEVEL_BASELINE_BEFORE.test(lead) && LEVEL_BASELINE_AFTER.test(tail)) return true;
  if (LEVEL_THAN_BEFORE.test(lead) && LEVEL_NOUN_AFTER.test(tail)) return true;
  if (SUPERLATIVE_SINCE_CLAUSE.test(lead) || THAN_ANY_SINCE.test(lead)) return true;
  if (LEVEL_LAST_SEEN.test(lead)) return true;
  if (MULTIPLE_OF_LEVEL.test(lead) || AS_IT_WAS.test(lead)) return true;
  // A possessive date owns an event noun ("has doubled since Monday's reopening of the bridge"):
  // the reopening happened on it, and the entry stays.
  if (CHANGE_SINCE.test(lead) && !/^['’]s\b/.test(next)) return true;
  if (SINCE_BEFORE.test(lead) && !/^['’]s\b/.test(next) && CHANGE_AFTER_SINCE.test(c.sentence.text.slice(rel + c.text.length, rel + c.text.length + 80))) return true;
  if (AS_BEFORE_CLAUSE.test(lead) || LIKE_THEN.test(lead) || LIKE_INSTANCE.test(lead)) return true;
  if (CITATION_BEFORE.test(lead) && /^\s*\)/.test(tail)) return true;
  if (!c.bound) return false;
  return SUPERLATIVE_SINCE.test(lead) || UNSEEN_SINCE.test(lead);
}

/**
 * "after 2030", "before 2025", "beyond 2030": a year or decade that bounds when something
 * happens dates nothing ("the deficit would begin shrinking after 2030" happens at no date of
 * 2030; "a climate agreement for the period after 2012"). Only years and decades: a day after
 * the word is as often the day itself ("exited the polling centre after midnight on March 4",
 * "the surge began soon after June 30") or a deadline, which the timeline keeps as it keeps
 * "until Friday" ("before midnight Thursday"). A year that modifies a noun ("after 2004's
 * tsunami") is left alone.
 */
const OPEN_BOUND_BEFORE = /\b(?:after|before|beyond|prior\s+to)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

function openBound(c: ClaimItem): boolean {
  if (c.precision !== 'year' && c.precision !== 'decade') return false;
  const rel = c.start - c.sentence.start;
  return OPEN_BOUND_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 24), rel)) && !/^['’]s\b/.test(c.sentence.text.slice(rel + c.text.length, rel + c.text.length + 3));
}

/**
 * A date inside the complement of "ahead of", "on the eve of", "in the run-up to", "in advance
 * of", "in preparation for", "in anticipation of" ("the seizure took place on the eve of
 * Saturday's expected vote", "fencing went up ahead of the rally on Saturday") dates the
 * complement's event, which comes after the clause's (Quirk et al. §9.34; annotate/times reads
 * its value so): under that date the sentence would read as if its own act happened then
 * (session 25's unseen reading: a seizure shown on the vote's day). The complement runs to the
 * date without a clause break, as annotate/times/tense.ts AHEAD_OF_BEFORE reads it. No entry.
 */
const AHEAD_OF_COMPLEMENT = /\b(?:ahead\s+of|in\s+advance\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|in\s+preparation\s+for|in\s+anticipation\s+of)\s+[^,;:.!?()\u2014\u2013]{0,50}$/i;

function aheadComplement(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  return AHEAD_OF_COMPLEMENT.test(c.sentence.text.slice(Math.max(0, rel - 80), rel));
}

/**
 * A forecast, not an event: a date still ahead (after the article's publication, or in a
 * clause that points ahead) governed by a verb or noun of prediction ("expects traffic to
 * double by 2030", "is projected to reach 5 million in 2027", "a forecast for 2028"), or the
 * target of a change not yet reached — "by" before it ("cargo volumes will double by 2030":
 * the date bounds when the change is to be achieved, it dates nothing that happened). A
 * schedule stays an event of the timeline ("the terminal would remain closed until Friday", "a
 * memorial service is planned for Saturday"): what was arranged happens on its date; a
 * prediction may never happen on any. The cue must stand in the date's own clause (no comma,
 * semicolon or colon between) within the few words a verb phrase takes; "as expected" and
 * "than expected" comment on what happened ("rose more than expected in March"), and an
 * adjective "estimated" counts people, not the future: neither is a cue. Past dates are left
 * alone ("had been expected to open in 2019" is no event either, but a past date of a plan is
 * not what readers saw as a forecast on the timeline).
 */
const FORECAST_BEFORE = /\b(?<!\b(?:as|than)\s)(?:expects?|expected|expecting|forecasts?|forecasted|forecasting|projected|projecting|projections?|predicts?|predicted|predicting|predictions?|anticipates?|anticipated|likely)\b(?:[^,;:.!?]|(?<=\d)[.,](?=\d)){0,60}$/i;
const BY_BEFORE = /\bby\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;
const DAY_MS = 86_400_000;

/**
 * The new end of a period set by an act of prolonging it: "extended that protection until July",
 * "renewed the ban through March", "prolonged the curfew until Friday". The verb is the act (done
 * when it is reported), and the date after "until" ends the state it prolonged: it dates nothing
 * that the sentence reports as happening then. Shown under July, the entry read as if the
 * protection were extended in July (session 18's unseen reading). A verb of a state that lasts to
 * the date ("remained closed until Friday", "served until 1990") keeps its entry: its own time
 * ends there. Verbs of prolonging only, as their meaning says: the extension and its end are two
 * times by the verb's sense, whatever the story.
 */
const PROLONG = new Set(['extend', 'prolong', 'renew', 'lengthen', 'reauthorize', 'reauthorise'].map((w) => porter(w)));
const UNTIL_BEFORE = /\b(?:until|till|through|thru)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;

function newEnd(c: ClaimItem, head: EventHead): boolean {
  if (head.head === null || !PROLONG.has(head.head)) return false;
  const rel = c.start - c.sentence.start;
  return UNTIL_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 24), rel)) || /^(?:until|till|through)\b/i.test(c.text);
}

/**
 * The end of a state that was over by the time of writing: "served as harbour master through
 * 2002", "was in office until 1997", "the plant had hired 400 workers by the end of March". The
 * sentence tells of a state or of what had been done by then, which lasted up to the date: no
 * event of the story happens at it, and shown under 2002 the entry read as if the tenure were
 * an event of that year (session 22's unseen reading: "through 2002", "in office until 1997").
 * Only where the end lies behind the writing (a schedule ahead, "will stay closed until April",
 * tells when something is to change, and stays), only a month, a year or a decade (a day so
 * placed is as often the news itself: "the shop remained closed until Friday" reopened then),
 * and not where the words say what happened at the end: a negated bound ("was not arrested
 * until March": the arrest was in March), a "when" clause after it ("until 1997, when she
 * resigned"), or a verb of prolonging (newEnd reads it).
 */
const END_POINT_BEFORE = /\b(?:until|till|through|thru|by)\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+close\s+of)[\s-]+)?$/i;
/** A period noun right before the bound: "the three months through June", "the 12 months to March". */
const PERIOD_TO_BEFORE = /\b(?:days?|weeks?|months?|quarters?|years?|period|season|half)\s+(?:until|till|through|thru|to|ending|ended)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;
/** A perfect: "had hired", "has risen", "have been". */
const PERFECT = /\b(?:had|has|have)\s+(?:\p{Ll}+ly\s+)?(?:been|[a-z]{2,}(?:ed|en|wn|ne|t))\b/u;

/** A clause boundary between two words of a sentence: a semicolon, a coordinator, a subordinator. */
const CLAUSE_JOIN = /;|\b(?:and|but|or|while|when|after|before|because|although|though|whereas|who|which|that)\b/i;

function pastEndPoint(c: ClaimItem, published: string | null | undefined): boolean {
  if (c.precision !== 'month' && c.precision !== 'year' && c.precision !== 'decade') return false;
  const rel = c.start - c.sentence.start;
  const text = c.sentence.text;
  const lead = text.slice(Math.max(0, rel - 100), rel);
  const bound = END_POINT_BEFORE.exec(lead.slice(-40)) ?? /^(?:until|till|through|thru|by)\s/i.exec(c.text);
  if (!bound) return false;
  // A period named by its end ("the three months through June", "the year to March") is the
  // period a figure measures, not a state's end: its entry stands for the period.
  if (PERIOD_TO_BEFORE.test(lead)) return false;
  // "by" bounds what had been done by then only with the end named and in a perfect ("had
  // hired 400 workers by the end of March"); with a simple past it dates a change reached by
  // then ("By July, many reports grew more pessimistic"), and a bare "By 1998, the board had
  // denounced the levy" is read as the time of the act about as often: both stay.
  if (/^by\b/i.test(bound[0].trim() || c.text) && (!PERFECT.test(text) || !(/\bthe\s+(?:end|close)\s+of\s+$/i.test(bound[0]) || /^the\s+(?:end|close)\s+of\b/i.test(c.text)))) return false;
  const tail = text.slice(rel + c.text.length, rel + c.text.length + 8);
  if (NOT_UNTIL_BEFORE.test(lead) || WHEN_AFTER.test(tail) || /^['’]s\b/.test(tail)) return false;
  const pub = publicationDay(published);
  // Behind the writing: the whole period over before the publication day (without one, a
  // clause told in the past).
  return pub !== null ? c.to < pub && c.direction !== 'future' : c.direction === 'past';
}

/**
 * The end of a period a figure measures, named by the period and its end: "grew 2% in the three
 * months through June", "sales for the six months ended Aug. 12", "the quarter ended Sept. 30",
 * "the year to March", "has fallen 2% this year through Oct. 19". The figure is of the whole
 * period, not of its last month or day: shown under June, "the economy grew … in the three months
 * through June" read as growth in June (session 26's unseen reading). The timeline has no entry
 * for a quarter either ("in the second quarter" resolves to a quarter, which no entry shows), so
 * the period's end gives none. A determiner opens the period ("the", "its", "this"): a count
 * without one is as often a shift of a date ("postponed the vote two weeks to Friday": Friday is
 * the vote's new day, and stays). A week so named is the week itself (asWeekEnded), and "the
 * month to June" is June: neither is read here.
 */
const PERIOD_END_BEFORE = /\b(?:the|its|their|his|her|our|this|that)\s+(?:(?:first|second|third|fourth|final|last|past|latest|previous|prior|fiscal|financial|calendar|trailing|rolling|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)[\s-]+)*(?:months|quarters?|years?|half|half-year|weeks|days|period|season)\s+(?:that\s+)?(?:ended|ending|through|thru|to|until|till)\s+(?:on\s+)?(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;

/**
 * "ended" and "ending" are also the main verb of a clause whose subject the period is ("Their
 * season ended on Saturday with a loss", "The season ended on July 12 when …"): then the end is
 * the act the sentence reports, and stays. A measured period is a noun phrase inside a
 * prepositional phrase ("in the quarter ended June 30", "for the six months ended Aug. 12"), so
 * those two connectives need a preposition before the period's determiner.
 */
const PERIOD_VERB_END = /\b(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;
const PERIOD_PREPOSITION_BEFORE = /\b(?:in|for|during|over|of|from|across|throughout|after|since|by|than)\s+$/i;

/**
 * A sentence that ends in a question mark asks; it reports nothing as having happened ("In the
 * market for a new car this year?", "Which new play has provoked the most attention so far this
 * year?", a speech's "What to the American slave is your Fourth of July?"): its main clause's
 * date is no timeline entry (session 30's unseen reading: a rhetorical question dated; on the dev
 * stories four of six question entries were such). A date inside a relative or adverbial clause
 * of the question ("how could anything swamp an athlete who earned her third straight victory,
 * as she did at the 100th running in 1996?") dates that clause's act, which the question takes
 * as given: kept. Closing quotation marks and brackets after the mark are read through.
 */
const QUESTION_END = /\?[\s"”’'»)\]]*$/;
/** A closing quotation mark right after the question mark: the question is a quotation's. */
const QUOTED_QUESTION = /\?\s*["”’'»]/;
/** An opening quotation mark. */
const OPEN_QUOTE = /["“‘«]/g;
/**
 * Words opening a clause inside the question, after a word of it ("an athlete who earned …", "as
 * she did … in 1996", "the novel that …"): a date after one is that clause's. A wh-word that
 * opens the question itself ("Which new play …") is its first word and is not counted.
 */
const INNER_CLAUSE = /[\p{Ll}\d,][\s,]+(?:who|whom|whose|which|that|as|when|after|before|since|because|while|where|if|although|though|until|once)\b/u;
function questionMainClause(c: ClaimItem, h: EventHead): boolean {
  const text = c.sentence.text;
  // (eventHead's own relative and subordinate marks are not read here: an interrogative word
  // opening the question, "Which new play …", reads to it as a relative pronoun.)
  if (!QUESTION_END.test(text) || h.reduced !== null) return false;
  const at = c.start - c.sentence.start;
  // A quoted question ("Douglass asked, “What to the American slave is your Fourth of July?”")
  // asks only inside its marks: a date before them is the reporting clause's ("his oration of 1852").
  let from = 0;
  if (QUOTED_QUESTION.test(text)) {
    let open = -1;
    for (const m of text.matchAll(OPEN_QUOTE)) if (m.index! < at) open = m.index!;
    if (open < 0) return false;
    from = open + 1;
  }
  return !INNER_CLAUSE.test(text.slice(from, at));
}

function periodEnd(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  const before = c.sentence.text.slice(Math.max(0, rel - 80), rel);
  const m = PERIOD_END_BEFORE.exec(before);
  if (!m) return false;
  if (!PERIOD_VERB_END.test(before)) return true;
  const head = c.sentence.text.slice(Math.max(0, rel - 80 - 30), Math.max(0, rel - 80) + m.index);
  return PERIOD_PREPOSITION_BEFORE.test(head);
}

/**
 * The day a report was made, in a sentence that dates what it reports by another date: "Data
 * released Thursday showed jobless claims fell … last week", "A Labor Department report on
 * Thursday showed …", "Thursday's report showed …", "…, according to data released Thursday", and
 * a statement's day before its verb ("The council on Wednesday said the wall collapsed on
 * Monday"; after it, "said Wednesday", claims.ts already reads a statement's date). The release
 * or the saying is not the event the sentence reports; the sentence's other date is. Listed under
 * both, the one sentence stood twice on the timeline, and under the release day it read as if the
 * week's figures were that day's (session 26's unseen reading: "a release day taken as the week's
 * event", "one statement shown twice"). Only where the sentence has a date of its own besides
 * that dates what is reported — behind the writing and in the main clause's content, not a
 * relative or adverbial clause's background ("The mayor on Monday said she disagreed with protesters who
 * blocked the bridge over the weekend": the statement is the news; "… on Thursday said the council
 * will vote Wednesday": the vote is a plan, the statement the only act), and not a noun's modifier
 * ("the 2020 census"). Alone, the release day is the only time the sentence gives, and it stays,
 * as "The department reported on Thursday that …" does; a release still ahead ("the figures to be
 * released Thursday will show …") is itself the planned event and stays. A report's day is read
 * by its construction: a verb of showing later in the date's clause ("A report on Thursday
 * showed", "Thursday's report … showed": a report, survey or data shows, and the clause's
 * subject is the report; a comma after the date ends that reading: "But Monday, as official
 * returns indicated, …" dates the main clause), or a participle of publishing right after a noun
 * ("data released Thursday", "a report published on Friday": the noun is what was published).
 * A statement's day is one before "said", "told" and the like: "announced" on its own is as
 * often the act that is the news ("The minister on Thursday announced an inquiry").
 */
const SHOWING_AFTER = /^(?:['’]s)?[^,;:.!?—–]{0,60}?\b(?:showed|shows|revealed|reveals|indicated|indicates)\b/i;
// The word before the participle is its noun, not an auxiliary: "The hostage was released on
// Tuesday" is a passive main verb, and the release is the act the sentence reports (it lost its
// entry beside a second date, "… and flew home on Wednesday").
const PUBLISHED_PARTICIPLE_BEFORE = /\b(?!(?:was|were|is|are|be|been|being|has|have|had|get|gets|got|and|or)\s)\p{L}+\s+(?:released|published|issued|posted)\s+(?:(?:on|early|late)\s+)*$/iu;
/** Words that open a relative or adverbial clause ("who", "which", "when", "after", "as", "following"). */
const CLAUSE_OPENER = /\b(?:who|whom|whose|which|where|when|whenever|while|after|before|since|until|because|although|though|as|if|following)\b/i;
/** A reporting verb right after a date, which then stands between the subject and the verb: "The council on Wednesday said". */
const SAID_AFTER = /^\s+(?:said|says|told|stated|declared)\b/i;
/** A past participle (regular, or a common irregular one) right before a date and its preposition: "arrested on Monday", "hit Tuesday". */
const ACT_PARTICIPLE_BEFORE = /\b(?:\p{Ll}{2,}ed|hit|shot|held|seen|taken|caught|found|hurt|struck|beaten|sent|met|left|kept|brought|sold|won|lost|given|born|built|begun|done|made|torn|stolen|thrown|hidden)\s+(?:(?:on|early|late|last)\s+)*$/u;
/** Words that join a second clause to the first one. */
const COORDINATOR = /\b(?:and|but|or|while|then|whereas|as|when|after|before)\b/i;

function reportDay(c: ClaimItem): boolean {
  if (c.precision !== 'day') return false;
  const rel = c.start - c.sentence.start;
  const text = c.sentence.text;
  const tail = text.slice(rel + c.text.length, rel + c.text.length + 80);
  const before = text.slice(Math.max(0, rel - 40), rel);
  if (PUBLISHED_PARTICIPLE_BEFORE.test(before)) return true;
  // A participle of another act right before the date makes the date that act's, in a reduced
  // relative on the subject ("The man arrested on Monday told police …", "A worker injured on
  // Tuesday said …"): the arrest or the injury is an event of its own, not the day of a report.
  if (ACT_PARTICIPLE_BEFORE.test(before)) return false;
  if (SAID_AFTER.test(tail)) return true;
  // A coordinator between the date and the verb of showing opens a second clause with a subject
  // of its own ("The storm hit the coast on Monday and photos showed …"): the date is the first
  // clause's act, not the day of a report.
  const m = SHOWING_AFTER.exec(tail);
  return m !== null && !COORDINATOR.test(m[0]);
}

/**
 * A deadline given to someone: "counties have until March 3 to file", "were given until Friday
 * to leave". The date bounds when something may still be done; nothing happens on it that the
 * article reports (unlike "the terminal stays closed until Friday", a state that lasts to the
 * date, which stays). Ahead of publication it is no event of the timeline, as a forecast is not.
 */
const DEADLINE_BEFORE = /\b(?:have|has|given|get|gets|giving)\s+(?:(?:only|just|now|still|until|till)\s+)?(?:until|till)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;

/**
 * A date that names a deadline by pre-modifying its noun ("With an Aug. 31 deadline looming,
 * thousands remained to be flown out", "races against a Tuesday deadline", "Friday's deadline"):
 * while it is still ahead nothing the article reports happens on it, as with "have until March 3"
 * above; shown under it, the sentence's own act (the thousands still waiting, the rockets shot
 * down) read as if it happened on the deadline (session 26's unseen reading, two entries of one
 * story). A deadline passed ("missed the Aug. 31 deadline") is behind the writing and stays.
 */
const DEADLINE_NOUN_AFTER = /^(?:['’]s)?\s+(?:(?:morning|afternoon|evening|night|midnight|noon)\s+)?(?:deadlines?|cut-?offs?)\b/i;
/**
 * The same deadline named around the date in other constructions (issue #11, session 28's
 * reading: "a deadline of June 30" read as the act's date): the date as the noun's complement or
 * its predicate ("faces a deadline of June 30 to repay", "set a deadline for Friday", "the
 * deadline is now Friday") or the noun in apposition after it ("evacuate … before Aug. 31, the
 * deadline set for a complete exit"). Still ahead, nothing the article reports happens on it.
 */
const DEADLINE_NOUN_BEFORE = /\b(?:deadlines?|cut-?offs?)\s+(?:(?:is|was|of|for|on|set\s+for|(?:is|was)\s+now)\s+)?(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;
const DEADLINE_APPOSITION_AFTER = /^,\s+(?:the|a|an|its|their|his|her)\s+(?:\w+\s+)?(?:deadlines?|cut-?offs?)\b/i;
/**
 * A day after "before" or "no later than" still ahead of publication ("would decide before Oct.
 * 25 whether to sell", "must leave no later than Friday"): a bound on when something is to be
 * done, like "by Friday" (BY_BEFORE); nothing the article reports happens on it (session 28's
 * reading: "before Oct. 25" given to the main event). A year or decade there is openBound's; a
 * day behind the writing stays ("the surge began soon before June 30" dates the surge near it).
 * A date owning an event noun ("before this month's elections") names that event's own time, and
 * stays.
 */
const BEFORE_BOUND_BEFORE = /\b(?:before|no\s+later\s+than)\s+(?:(?:early|mid|late|midnight|noon|the\s+end\s+of)[\s-]+(?:on\s+)?)?$/i;

/**
 * A negated bound still ahead: "Not until 2098 will the debt be repaid", "several hotels do not
 * plan to reopen until December", "results are not expected until Saturday". "not … until X"
 * says what does not happen before X, a lower bound on a prediction or a plan; nothing the
 * article reports happens on X (shown as an event, 2098 stood on the timeline as if the debt
 * had been repaid then). In the past the same words date the event ("was not arrested until
 * Nov. 30": the arrest happened on Nov. 30), so only a date ahead of publication is dropped. The
 * negation stands in the date's clause (no comma, semicolon or colon between), or opens it.
 */
const NOT_UNTIL_BEFORE = /(?:\b(?:not|never|no)\b|n['’]t\b)[^,;:.!?]{0,60}?\b(?:until|till)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;

function ahead(c: ClaimItem, published: string | null | undefined): boolean {
  const pub = publicationDay(published);
  return c.direction === 'future' || (pub !== null && c.from > pub);
}

/** The publication day as a day number (the scale of ClaimItem.from), or null when undated. */
function publicationDay(published: string | null | undefined): number | null {
  const pub = published ? /^(\d{4})-(\d\d)-(\d\d)/.exec(published) : null;
  return pub ? Date.UTC(+pub[1], +pub[2] - 1, +pub[3]) / DAY_MS : null;
}

/**
 * After the publication day by the calendar alone (not by the clause's tense: "the cease-fire
 * would begin at 2 a.m. Friday", written on that Friday, is no plan still ahead).
 */
function afterPublication(c: ClaimItem, published: string | null | undefined): boolean {
  const pub = publicationDay(published);
  // From the next day on: a time of the publication day ("2 a.m. Friday") counts a fraction of it.
  return pub !== null && c.from >= pub + 1;
}

function forecast(c: ClaimItem, published: string | null | undefined): boolean {
  const rel = c.start - c.sentence.start;
  const lead = c.sentence.text.slice(Math.max(0, rel - 100), rel);
  const tail = c.sentence.text.slice(rel + c.text.length, rel + c.text.length + 80);
  if (ahead(c, published)) {
    if (FORECAST_BEFORE.test(lead) || BY_BEFORE.test(lead) || DEADLINE_BEFORE.test(lead) || NOT_UNTIL_BEFORE.test(lead) || DEADLINE_NOUN_AFTER.test(tail) || DEADLINE_NOUN_BEFORE.test(lead) || DEADLINE_APPOSITION_AFTER.test(tail) || (BEFORE_BOUND_BEFORE.test(lead) && !/^['’]s\b/.test(tail))) return true;
    // A possibility or a hope for a period ahead (UNCERTAIN_BEFORE) is no arranged event either.
    if (c.precision !== 'day' && c.precision !== 'week' && UNCERTAIN_BEFORE.test(lead)) return true;
    // An amount for a period still ahead ("the economy expanding by 4.3 percent in 2022",
    // "sales of 5 million in 2027") can only be a projection: nothing has been measured yet.
    if (c.precision !== 'day' && AMOUNT_BEFORE.test(lead)) return true;
  }
  // A period not over at publication ("this year", "for 2021", "next year") as what a
  // prediction is about: "expects GDP to grow by 5.9% this year", "the economy will grow at
  // just north of 5 percent this year", "the revised outlook for this year", "For next year,
  // the IMF has kept its growth projection at 4.9%". The period is the forecast's subject, not a
  // time something happened in; the forecast itself is dated by its release ("on Tuesday").
  // Only periods coarser than a week (a day ahead with "will" is a schedule: "will meet Friday";
  // "a vote this week" likewise).
  const pub = publicationDay(published);
  if (c.precision === 'day' || c.precision === 'week' || pub === null || c.to < pub) return false;
  // A noun of prediction after the date only when the date is fronted ("For next year, the
  // IMF has kept its growth projection at 4.9%"): after a date in its place it is as often a
  // result set against a forecast ("sales rose 5% this year, beating the forecast").
  return FORECAST_BEFORE.test(lead) || WILL_CHANGE_BEFORE.test(lead) || FORECAST_NOUN_NEAR.test(lead.slice(-60)) || (FRONTED_DATE.test(c.sentence.text.slice(0, rel)) && FORECAST_NOUN_AFTER.test(tail));
}

/**
 * What may or may not come, in the date's own clause: a modal of possibility ("could open in
 * 2028", "might hold elections next year"), a hope or an aim ("hopes to finish the line in
 * 2030", "aims to", "would like to"), an adverb of possibility ("possibly in 2027"), an earliest
 * bound ("as early as 2028"). Such a year or month ahead is an uncertain plan, not a date the
 * event has: as an entry it read as if the event were set for then (issue #11, session 25's
 * unseen reading: years of an uncertain plan). Only periods (a month, a quarter, a year): a day
 * ahead with "may" is as often a set occasion whose outcome is unsure ("the court may rule on
 * Friday"), which the timeline keeps as a schedule. The cue must stand in the clause: no comma,
 * semicolon or colon between.
 */
// (Case-sensitive: "May" is as often the month.)
// Not a modal perfect ("could have portended a brutal midterm next year": the occasion is set,
// the possibility past), and not across a new clause's subject or relative word ("could detract
// from a platform he wants to launch later this year": the date is the relative clause's plan).
const UNCERTAIN_BEFORE = /\b(?:may|[Mm]ight|[Cc]ould|hopes?\s+to|hoping\s+to|aims?\s+to|aiming\s+to|would\s+like\s+to|[Pp]ossibly|[Pp]erhaps|[Pp]otentially|as\s+early\s+as)\b(?!\s+(?:not\s+)?have\b)(?:(?!\b(?:that|which|who|whom|he|she|they|we|I|it)\b)(?:[^,;:.!?]|(?<=\d)[.,](?=\d))){0,60}$/;

/** An amount right before the date ("by 4.3 percent in", "to 5 million in", "$6 trillion in"). */
const AMOUNT_BEFORE = /(?:[$€£]\s?\d|\d)[\d,.]*\s?(?:%|percent|per\s+cent|million|billion|trillion|thousand|points?)?\s+(?:in|for|during|over)\s+$/i;
/** "will grow", "would expand", "is set to rise": a change of a figure not yet happened is predicted. */
const WILL_CHANGE_BEFORE = /\b(?:will|would|to)\s+(?:\w+\s+)?(?:grow|expand|rise|fall|shrink|increase|decrease|decline|contract|reach|top|exceed|climb|slow|rebound|recover)\b(?:[^,;:.!?]|(?<=\d)[.,](?=\d)){0,60}$/i;
/**
 * A noun of prediction whose period the date is ("the revised outlook for this year", "its growth
 * projections for 2022") … — "for" is needed: "sales beat expectations this year" is a result.
 */
const FORECAST_NOUN_NEAR = /\b(?:outlook|forecasts?|projections?|estimates?|predictions?|expectations?)\s+(?:[\p{L}-]+\s+){0,3}?for\s+(?:the\s+)?$/iu;
/** Only a preposition before the date in its sentence: the date is fronted. */
const FRONTED_DATE = /^\s*(?:(?:for|in|during|over|through)\s+)?$/i;
/** … or after a fronted one ("For next year, the IMF has kept its growth projection at 4.9%"). */
const FORECAST_NOUN_AFTER = /^(?:['’]s)?[^;:.!?]{0,60}?\b(?:outlook|forecasts?|projections?|estimates?|predictions?)\b/i;

/**
 * A year or a month that pre-modifies a noun ("his 2008 Bentley", "the 1999 movie", "the challengers of
 * the 2010 law", "since a 2018 inspection", "the 1975 fall of Saigon", "the 2021 tax year",
 * "its 2021 growth forecast", "Trump's 2017 tax cuts"): the year classifies the thing — which
 * car, which law, which period — inside a noun phrase, it is no adverbial of the clause and
 * dates nothing the sentence reports (Quirk et al.: a premodifier restricts the noun, an
 * adverbial places the predicate). News gives such years as background (Bell's "previous
 * episodes"); shown as the date of the sentence, the entry said that the challengers lost their
 * case in 2010. Session 12 dropped these only in clauses about the future ("will repeal the
 * 2017 tax cuts"); on dev AllSides stories read in session 13 every past-clause one (7 of 60
 * entries) was wrong too. Years and months ("the October 2019 order" stood under 2019-10 for a
 * proclamation signed on Friday: session 17's unseen reading): a day so placed is more often the
 * event itself ("Friday's vote", "the April 9 letter"), and named events ("the 2019 flood") are
 * marked by the annotator and never reach the timeline.
 */
/** A preposition governing a decade ("in the 1990s", "during the late 1960s"). */
const DECADE_GOVERNED = /\b(?:in|during|since|through|throughout|until|till|by|from|to|into|over|before|after|of|for|across|around)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?$/i;
function backgroundYear(c: ClaimItem, published: string | null | undefined): boolean {
  // A month counts only with its year written ("the October 2019 order"): a bare month ("in a
  // January letter", "the March storm") is of the months just past, as often the report's own
  // event (the letter is when the operator wrote).
  // A decade so placed classifies as a year does ("Bettie Page, the 1950s pin-up model, has died"
  // stood under the 1950s on an unseen ECB+ story, session 22): a decade dates what a thing or a
  // person is known for, never the sentence's act.
  if (!c.attributive || (c.precision !== 'year' && c.precision !== 'decade' && !(c.precision === 'month' && /\d{4}/.test(c.text)))) return false;
  // But "the" before a decade is as often the object of a preposition ("in the mid-1980s the
  // strip was …", "torn in the 1990s between …": the time of the clause, read as a premodifier
  // because a word follows it): a decade counts only where no preposition governs it.
  if (c.precision === 'decade' && DECADE_GOVERNED.test(c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 40), c.start - c.sentence.start))) return false;
  // "pub owners who a year ago worried …": a count back from now is an adverbial, whatever
  // its article (claims.ts reads "a"/"the" opening the expression as a determiner).
  if (/\b(?:ago|earlier|later|before|after)$/i.test(c.text)) return false;
  // An occasion the clause's act took place at keeps its year: "finishing second in the 1990
  // Boston Marathon", "won three gold medals at this year's world championships", "was
  // hospitalized … during the 1996 Marathon". There the noun phrase is the adverbial (a
  // preposition of occasion before it, a gathering or contest as its noun), and the year dates
  // the act — unless the occasion is still ahead ("a candidate in next year's elections
  // expressed support" tells of no act in that year).
  const rel = c.start - c.sentence.start;
  const text = c.sentence.text;
  const tail = text.slice(rel + c.text.length, rel + c.text.length + 120);
  if (OCCASION_BEFORE.test(text.slice(Math.max(0, rel - 40), rel)) && OCCASION_AFTER.test(tail) && !ahead(c, published)) return false;
  // The subject of its sentence naming an act, with a past verb: "Last year's rather mild
  // description of China's policies provoked criticism", "The 1999 expansion of the port cost
  // $5 million" tell of that act, done in that year. The act is a nominalisation (-tion, -ment,
  // -ance …: English derives event nouns so); "The 2010 law did not give …" has no act.
  if (SENTENCE_OPENING.test(text.slice(0, rel)) && SUBJECT_ACT_AFTER.test(tail) && !ahead(c, published)) return false;
  return true;
}

/**
 * A date that post-modifies the noun phrase a preposition of topic governs: "a press conference
 * about the double murder back in 1967", "an inquiry into the killings back in 1994", "new
 * evidence regarding the fire back in March". "back in" marks the date as far behind the time
 * the sentence tells of, and standing after the topic noun it dates that noun's event (the
 * murder), not the clause's act (the press conference, which the entry said took place in
 * 1967). The earlier event is the background of the report (Bell, The Language of News Media):
 * no entry of its own from this sentence. Fronted ("Back in 1967, police arrested …") or after a
 * verb ("brought the team back in 2019": no preposition of topic before the noun) the date is
 * the clause's own and stays. Only prepositions that are nothing but topic markers: "of", "over"
 * and "into" are as often a verb's particle or complement ("was railroaded out of her job back
 * in 1995", "took over the firm back in 2019", "moved into the house back in 1990"), where the
 * date is the verb's.
 */
const TOPIC_BACK_BEFORE = /\b(?:about|regarding|concerning|surrounding)\s+(?:the|a|an|his|her|its|their|this|that|these|those)\s+(?:[\p{L}'’-]+\s+){0,3}?back\s+(?:in|during|to|from)\s+(?:(?:early|mid|late|the)[\s-]+)?$/iu;

function topicBackground(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  return TOPIC_BACK_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 80), rel));
}

/** Nothing before the noun phrase in its sentence but a connective and a determiner. */
const SENTENCE_OPENING = /^\s*(?:(?:and|but|yet|so)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?$/i;
/** A nominalisation heading the noun phrase ("last year's recall … left"), its complement, and a past verb. */
const SUBJECT_ACT_AFTER = /^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:tion|sion|ment|ance|ence|ure|al)s?(?:\s+of\s+[^,;:.!?]{1,60}?)?\s+(?:[a-z]{2,}ed|was|were|left|took|came|went|began|brought|made|drew|won|lost|fell|rose|led|cost|hit|set|put|gave|saw|met)\b/u;

/** A preposition of occasion, then a determiner or possessive and at most two premodifiers, before the year. */
const OCCASION_BEFORE = /\b(?:at|in|during|since|after|before|following)\s+(?:(?:the|a|an|this|last|his|her|their|its)\s+|\p{Lu}[\p{L}.'’-]*['’]s?\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
/** …and a gathering or contest as the noun it modifies, within three words ("the 1990 Boston Marathon"). */
const OCCASION_AFTER = /^(?:['’]s?)?\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:marathon|race|games|olympics|open|cup|championships?|tournament|season|finals?|series|match|meet|bee|contest|competition|summit|conference|convention|festival|congress|ceremony|tour|meetings?|sessions?|assembly|elections?|primary|primaries|vote|referendum|trial)\b/iu;

/**
 * The date of the source a sentence cites: "…, according to reports Monday", "according to
 * officials Friday". It dates when the account appeared, as "said Monday" dates a
 * statement (claims.ts SAID_BEFORE), not what the sentence reports ("the president … in an
 * April letter, wrote that damage … had gotten worse, according to reports Monday" is about the
 * April letter); as the sentence's date it put the letter on Monday. Not a release ("according
 * to data released Thursday by the Labor Department"): a day's release is the news itself
 * (see DISCLOSURE).
 */
const SOURCE_BEFORE = /\baccording\s+to\s+(?:(?:a|an|the|new|local|media|news|published|several|multiple)\s+){0,3}(?:reports?|sources?|officials|people\s+familiar\s+with\s+[\w-]+)\s+(?:on\s+)?$/i;

function sourceDate(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  return SOURCE_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 80), rel));
}

/**
 * The two ends of a stretch of time: "1973-90", "1930-1940", "from 1973 to 1990", "from Monday
 * through Wednesday", "between 1976 and 1983", "between Sept. 11, 1973, the year he seized power,
 * and Dec. 31, 1983". The sentence tells of a state or a period ("ruled Chile from 1973 to
 * 1990", "murders rose by 40% from 2010-2020"), not of an event at either end: each end shown
 * as the sentence's date said the rule happened in 1973 and again in 1990, and a lead that gave
 * the period of the charges ("arrested Pinochet … on allegations that he murdered Spaniards
 * between Sept. 11, 1973 … and Dec. 31, 1983") was listed under 1983. The timeline lists dated
 * events, so neither end is an entry (the sentence's other dates still are, and the events
 * inside the period are dated by their own sentences). The hyphen joins two dates with nothing
 * between (the annotator reads "1973-90" as two years); "to", "until", "through" need "from"
 * (or "in", "during": "born in the mid-1960s to the late 1970s") before the first ("rose to 5%
 * until March" is no range); "and" needs "between". An end followed by a "when" clause dates
 * that clause's event ("from 1960 to 1994, when all-race elections ended white minority rule",
 * "from 1980 until August 1990, when Iraq invaded Kuwait") and stays.
 */
const RANGE_HYPHEN = /^\s?[-–]\s?$/;
const RANGE_WORD = /^\s+(?:to|until|till|through|thru)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const RANGE_FROM_BEFORE = /\b(?:from|in|during)\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;
const RANGE_BETWEEN_BEFORE = /\bbetween\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;
/** From the end of the first date to the second: an appositive may stand between ("…, the year he seized power, and"), no sentence break. */
const RANGE_AND = /^[^;:!?]{0,60}?\band\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;

const WHEN_AFTER = /^,?\s+when\b/i;
/** An appositive naming a date by what happened in it: ", the year Kovac took over", ", the day the bridge reopened". */
const EVENT_APPOSITIVE_AFTER = /^,\s+the\s+(?:year|month|week|day|night|morning|season)\s+(?!(?:before|after|earlier|later|ago)\b)\S/i;
/** "to", "until", "through" and a date written out (a year, a month or a weekday by its capital): the second end of a stretch. */
const RANGE_TO_DATE_AFTER = /^\s+(?:to|until|till|through|thru)\s+(?:(?:early|mid|late)[\s-]+)?(?:1[89]\d\d|20\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
/**
 * A date moved from one day to another ("postponed the vote from Tuesday to Thursday", "was
 * moved from March 3 to March 10"): two points, the old date and the new, not a stretch.
 */
const RESCHEDULE_BEFORE = /\b(?:postpon|delay|mov|push|reschedul|shift|brought\s+forward|bring\s+forward|advanc|chang|switch|put\s+off|put\s+back)[a-z]*\b[^,;:.!?]{0,50}$/i;
/**
 * The second end after "between" when the first is no claim of its own (a date the claims
 * stage left out, "between Sept. 11 1973, the year he seized power, and Dec. 31, 1983"): a
 * year, a month or a weekday between "between" and "and" marks the stretch ("talks between
 * Velmora and Ardel in 2019" has none, and no "and" right before the date), with no other "and"
 * there: "treaties between the tribe and the government in 1887 and 1889", "collisions between
 * American and Russian subs in 1992 and 1993" coordinate two dates of two events.
 */
const BETWEEN_AND_BEFORE = /\bbetween\s+([^;:!?]{1,60}?)\band\s+(?:(?:early|mid|late|the)[\s-]+)?$/i;
const DATE_WORD = /\b(?:1[89]\d\d|20\d\d|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

function rangeEnds(claims: ClaimItem[]): Set<number> {
  const bySentence = new Map<string, ClaimItem[]>();
  for (const c of claims) {
    if (c.kind !== 'date' || c.named) continue;
    const k = `${c.article}\u0000${c.sentence.start}`;
    const list = bySentence.get(k);
    if (list) list.push(c);
    else bySentence.set(k, [c]);
  }
  const out = new Set<number>();
  for (const list of bySentence.values()) {
    for (const c of list) {
      const rel = c.start - c.sentence.start;
      const m = BETWEEN_AND_BEFORE.exec(c.sentence.text.slice(Math.max(0, rel - 90), rel));
      if (m && DATE_WORD.test(m[1]) && !/\band\b/i.test(m[1]) && !WHEN_AFTER.test(c.sentence.text.slice(rel + c.text.length, rel + c.text.length + 8))) out.add(c.id);
      // The first end when the second is no claim of its own ("From March to April, the ferry
      // carried …": the claims stage kept only "March"): "from" before it and "to" and a date
      // written out after it mark the stretch as the pair of claims does below.
      const lead = c.sentence.text.slice(Math.max(0, rel - 30), rel);
      const tail = c.sentence.text.slice(rel + c.text.length, rel + c.text.length + 40);
      if (/\bfrom\s+(?:(?:early|mid|late|the)[\s-]+)?$/i.test(lead) && RANGE_TO_DATE_AFTER.test(tail) && !RESCHEDULE_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 80), rel)) && !WHEN_AFTER.test(tail)) out.add(c.id);
    }
    if (list.length < 2) continue;
    list.sort((a, b) => a.start - b.start);
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      const text = a.sentence.text;
      const lead = text.slice(Math.max(0, a.start - a.sentence.start - 30), a.start - a.sentence.start);
      const between = RANGE_BETWEEN_BEFORE.test(lead);
      const from = RANGE_FROM_BEFORE.test(lead) && !RESCHEDULE_BEFORE.test(text.slice(Math.max(0, a.start - a.sentence.start - 80), a.start - a.sentence.start));
      // The second end is the next date, or (after "between") any of the next few: an
      // appositive date may stand between ("Sept. 11, 1973, the year he seized power, and …").
      for (let j = i + 1; j < list.length && j <= i + 3; j++) {
        const b = list[j];
        if (b.start < a.end) continue;
        const gap = text.slice(a.end - a.sentence.start, b.start - a.sentence.start);
        if ((j === i + 1 && (RANGE_HYPHEN.test(gap) || (from && RANGE_WORD.test(gap)))) || (between && RANGE_AND.test(gap))) {
          for (const x of [a, b]) if (!WHEN_AFTER.test(text.slice(x.end - x.sentence.start, x.end - x.sentence.start + 8))) out.add(x.id);
          break;
        }
      }
    }
  }
  return out;
}

/**
 * One sentence of one article is the text of one timeline entry. A sentence that dates two
 * events ("The dock opened in 1962 and was rebuilt in March 2019", "The port, which grew fast
 * in the 1990s, closed its dock on Tuesday") was shown whole under both dates, which reads as
 * if one report were two events, or as if the second date were the first's. News writes the
 * new development in the main clause and the background in relative and participial clauses
 * and earlier dates (Bell, The Language of News Media: the background precedes the main event
 * in time), so the sentence goes to its main date: one outside a relative clause and not a
 * bound ("until", "since"), then the latest, then the finer. Returns, per claim, whether its
 * entry owns its sentence; an entry that owns none of its sentences shows the clause of its
 * date instead (`clauseOf`), still verbatim.
 */
function sentenceOwners(groups: ClaimItem[][], headOf: (c: ClaimItem) => EventHead, isAhead: (c: ClaimItem) => boolean): (c: ClaimItem, group: number) => boolean {
  const owner = new Map<string, { group: number; claim: ClaimItem }>();
  const key = (c: ClaimItem): string => `${c.article}\u0000${c.sentence.start}`;
  const better = (a: ClaimItem, b: ClaimItem): boolean => {
    // What happened before what is still planned: "announced Friday … a trip in March" is the
    // announcement's sentence; the plan's entry shows its own clause.
    const fa = isAhead(a) ? 1 : 0;
    const fb = isAhead(b) ? 1 : 0;
    if (fa !== fb) return fa < fb;
    const sa = headOf(a).relative || a.bound ? 1 : 0;
    const sb = headOf(b).relative || b.bound ? 1 : 0;
    if (sa !== sb) return sa < sb;
    if (a.to !== b.to) return a.to > b.to;
    return a.to - a.from < b.to - b.from;
  };
  groups.forEach((g, gi) => {
    for (const c of g) {
      const k = key(c);
      const o = owner.get(k);
      if (!o || (o.group !== gi && better(c, o.claim))) owner.set(k, { group: gi, claim: c });
    }
  });
  return (c, gi) => owner.get(key(c))?.group === gi;
}

/** Where a clause ends: a comma, semicolon, colon, dash or bracket, or a coordinator before a new predicate ("… in 1962 and was rebuilt …"). */
const CLAUSE_EDGE = /[;:()\u2014\u2013]|,\s|\s(?:and|but|while|whereas)\s/g;
/** Fewer words than this is a fragment, not a clause a reader can take alone ("or 1986", "After November"). */
const CLAUSE_MIN_WORDS = 4;

/**
 * The clause of a date inside its sentence, verbatim: the stretch between the clause edges
 * around it ("The dock opened in 1962" of "The dock opened in 1962 and was rebuilt in March
 * 2019"; "built by the port authority in 1994" of "The wall, built by the port authority in
 * 1994, had been inspected in January"). A fragment (a fronted adverbial "After November", a
 * list member "or 1986") takes the next stretch, then the one before, until it reads as a
 * clause; the whole sentence when none does.
 */
function clauseOf(c: ClaimItem): string {
  const text = c.sentence.text;
  const at = c.start - c.sentence.start;
  const cuts: Array<[number, number]> = []; // [end of a stretch, start of the next]
  CLAUSE_EDGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_EDGE.exec(text))) cuts.push([m.index, m.index + m[0].length]);
  // Stretches: [start, end) between cuts.
  const bounds: Array<[number, number]> = [];
  let from = 0;
  for (const [end, next] of cuts) {
    bounds.push([from, end]);
    from = next;
  }
  bounds.push([from, text.length]);
  let i = bounds.findIndex(([a, b]) => at >= a && at < b);
  if (i < 0) return text;
  let lo = i;
  let hi = i;
  const words = (): number => text.slice(bounds[lo][0], bounds[hi][1]).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  while (words() < CLAUSE_MIN_WORDS && (hi < bounds.length - 1 || lo > 0)) {
    if (hi < bounds.length - 1) hi++;
    else lo--;
  }
  const clause = text.slice(bounds[lo][0], bounds[hi][1]).trim();
  if (words() < CLAUSE_MIN_WORDS || clause.length === 0) return text;
  // A non-restrictive relative clause ("which was issued in 1994 by an earlier administration")
  // tells of its antecedent, which stands before its comma: alone it is a fragment that does not
  // say what was issued (read on unseen stories, session 17). Its entry starts at the antecedent,
  // still one verbatim stretch of the sentence ("The proclamation, which was issued in 1994 …").
  if (lo > 0 && RELATIVE_OPEN.test(clause) && text[bounds[lo - 1][1]] === ',') return text.slice(antecedentStart(text, bounds[lo - 1][0], bounds[lo - 1][1]), bounds[hi][1]).trim();
  return clause;
}

/**
 * A reduced relative clause with its noun phrase, verbatim: from the noun phrase's start (`at`, in
 * the sentence) to the end of the date's clause ("the eviction moratorium established last year by
 * the health agency" of "The court on Thursday vacated the eviction moratorium established last
 * year by the health agency, ending …"). It says what was done at the date, and nothing of the
 * main clause's act.
 */
function reducedClause(c: ClaimItem, at: number, minWords = CLAUSE_MIN_WORDS): string {
  const text = c.sentence.text;
  const from = c.end - c.sentence.start;
  CLAUSE_EDGE.lastIndex = from;
  const m = CLAUSE_EDGE.exec(text);
  let phrase = text.slice(at, m ? m.index : text.length).replace(/[\s.!?]+$/, '');
  // A quotation's closing mark with its opening one left out of the stretch ("a study I had done
  // in the 1980s showing …”") is no part of the clause shown.
  if (/["”]$/.test(phrase) && !/["“]/.test(phrase.slice(0, -1))) phrase = phrase.slice(0, -1).replace(/[\s,.!?]+$/, '');
  return phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= minWords ? phrase : clauseOf(c);
}

/** A clause opened by a relative pronoun (not "that", which as often opens what was said). */
const RELATIVE_OPEN = /^(?:which|who|whom|whose)\b/i;
/** A stretch up to this many words is the antecedent noun phrase whole ("The proclamation", "COVID-19"). */
const ANTECEDENT_MAX_WORDS = 6;
/** Where a noun phrase opens inside a longer stretch: its determiner or possessive. */
const NP_OPEN = /\b(?:the|a|an|this|that|these|those|its|his|her|their|our)\s/gi;

/**
 * The start of the antecedent of a relative clause inside the stretch [from, to) before its
 * comma: the whole stretch when it is short and has no verb (a subject noun phrase), else the name that ends it
 * (its run of capitalised words: "officials praised Dana Reyes, who …", not a run of month or
 * weekday names: "repealed the ordinance on Monday, which …"), else its last noun
 * phrase, from its last determiner ("The mayor signed the proclamation, which …" → "the
 * proclamation"), else the stretch whole.
 */
function antecedentStart(text: string, from: number, to: number): number {
  const stretch = text.slice(from, to);
  // A short stretch is the antecedent whole only when it is a noun phrase: a clause ("Police
  // arrested Dana Reyes, who had fled in 2019") shown whole under the relative clause's date read
  // as its own act of that date (the arrest in 2019); its antecedent is sought at its end below.
  if (stretch.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= ANTECEDENT_MAX_WORDS) {
    const items = scan(stretch);
    if (!items.some((_, i) => verbAt(items, i))) return from;
  }
  // A name right before the comma is the antecedent ("captured by Yeager, who met Page in
  // 1954", "the territorial waters of Somalia, which …"), its whole run of capitalised words.
  const ws = wordsOf(stretch);
  let k = ws.length;
  while (k > 0 && ws[k - 1].capital) k--;
  // A run of month or weekday names is the time of the stretch's act ("repealed the ordinance on
  // Monday, which had been passed in 1994"), not the antecedent: the last noun phrase is.
  const dated = ws.slice(k).every((x) => DATE_WORD.test(x.w));
  if (k < ws.length && k > 0 && !dated) return from + ws[k].start - (/\bthe\s+$/i.exec(stretch.slice(0, ws[k].start))?.[0].length ?? 0);
  let at = -1;
  for (const m of stretch.matchAll(NP_OPEN)) at = m.index!;
  return at >= 0 ? from + at : from;
}

/**
 * "the week ended Oct. 9", "the week ending July 17": the day names the week, which is what the
 * figures are of ("applications for the week ended Oct. 9 fell to 293,000" is the same week as
 * "claims dropped to 293,000 last week"). Dated by its last day it stood apart from the week
 * other outlets (and the same outlet's lead) gave the same figures, one event listed twice.
 */
const WEEK_ENDED_BEFORE = /\bweek\s+(?:that\s+)?(?:ended|ending|through)\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+day,?\s+)?$/iu;

function asWeekEnded(c: ClaimItem): ClaimItem {
  if (c.precision !== 'day') return c;
  const rel = c.start - c.sentence.start;
  if (!WEEK_ENDED_BEFORE.test(c.sentence.text.slice(Math.max(0, rel - 40), rel))) return c;
  // The ISO week (Monday to Sunday) holding the day; c.from is days since 1970, a Thursday.
  const monday = c.from - ((c.from + 3) % 7);
  return { ...c, precision: 'week', iso: new Date(monday * DAY_MS).toISOString().slice(0, 10), from: monday, to: monday + 6 };
}

/**
 * Heads (lemmas) of making something public: "Tuesday's report from the Labor Department showed"
 * and "data released by the Bureau of Labor Statistics on Tuesday showed" date one release. On
 * one day, two outlets' sentences whose dates head such acts tell of the same publication (news
 * of the day reports a day's release once); under different words they stood as two entries.
 */
const DISCLOSURE = new Set(['report', 'releas', 'publish', 'issu', 'announc', 'unveil', 'post', 'file']);

/**
 * The figures of a sentence that identify what it reports: a count of three or more digits
 * ("373,000", "4,901"), a decimal ("0.9%") or a percentage ("nearly 30 percent", "30%"), written
 * the same whatever the style ("30 percent" is "30%"). Years are dates, not figures. Two sentences
 * of one date that give the same such figure report the same event told in other words ("the
 * economy adding just 235,000 positions" / "payroll employment rose by 235,000 in August").
 */
const FIGURE_RE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+)(\s?(?:%|percent\b|per\s+cent\b))?/g;
function figuresIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE_RE)) {
    const n = m[1].replace(/,/g, '');
    const pct = m[2] !== undefined;
    if (!pct && /^\d{4}$/.test(m[1]) && +n >= 1900 && +n <= 2100) continue;
    if (!pct && !m[1].includes('.') && n.length < 3) continue;
    out.add(pct ? `${n}%` : n);
  }
  return out;
}

/**
 * Two outlets' leads that date the same day and share words tell the story's main event: news
 * writes the main event in its first sentence (the inverted pyramid; Bell, The Language of News
 * Media), so "The Supreme Court sided unanimously with college athletes on Monday" and "The
 * Supreme Court ruled in a unanimous decision Monday that the NCAA …" are one ruling, though
 * their verbs differ. A lead here is an article's first sentence that dates anything, within
 * its first few hundred characters (LEAD_MAX_START: a first date far down is no lead), and the
 * two must share LEAD_SHARED_WORDS content words (the main actors or the act): leads of one day
 * about different acts ("Democrats trashed a draft report Friday" / "Documents released
 * Thursday outlined options … for a meeting Friday") share one word or none.
 */
/**
 * Participles English puts after a noun as adjectives (Quirk et al. §7.21: "the people involved",
 * "the companies concerned", "the residents affected", "the officials named", "the sum
 * required"): they say which ones take part in the main act, not an act of their own. Lemmas
 * (Porter stems of the base form), as EventHead.head gives them.
 */
const POSTPOSED_ADJECTIVE = new Set(['involve', 'concern', 'affect', 'name', 'mention', 'list', 'require', 'elect', 'present', 'question', 'chosen', 'choose', 'select', 'identify', 'accuse', 'suspect'].map((w) => porter(w)));

const LEAD_MAX_START = 400;
const LEAD_SHARED_WORDS = 2;

/** `published`: each article's publication date (what a forecast is ahead of); optional for callers that have none. */
export function buildTimeline(graph: ClaimGraph, conflicts: ConflictResult, articleIndex: Map<string, number>, published: Map<string, string | null> = new Map()): TimelineEvent[] {
  // Where each sentence's own dates start (not a statement's, nor a named event's): a reduced
  // relative's date is read as its participle's only after a date of the main clause (below).
  const ownDates = new Map<string, number[]>();
  for (const c of graph.claims) {
    if (c.kind !== 'date' || c.statement || c.named) continue;
    const k = `${c.article}\u0000${c.sentence.start}`;
    const at = ownDates.get(k);
    if (at) at.push(c.start);
    else ownDates.set(k, [c.start]);
  }
  const heads = new Map<number, EventHead>();
  const headOf = (c: ClaimItem): EventHead => {
    let h = heads.get(c.id);
    if (!h) {
      h = eventHead(c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start, c.named === true);
      // A participle after a noun is as often an adjective put after it ("the officers involved
      // on Tuesday", "the companies concerned last week") as a reduced relative clause, and then
      // the date is the main clause's act ("charged … on Tuesday"). Read as a reduced relative
      // only where the main clause has a date of its own before the noun phrase ("The court on
      // Thursday vacated the moratorium established last year"): one clause tells of one time,
      // so the later date is the participle's. Otherwise the sentence is shown whole, as before.
      // (A relative clause opened by "that", "which" or "who" has no adjective reading: kept.)
      // A year written out, though, dates the participle whatever the main clause has ("fined
      // the operator under a law passed in 2018": issue #11, the whole sentence stood under
      // 2018): the participles put after a noun as adjectives ("involved", "concerned") tell who
      // takes part in the main act, whose time a year far off rarely is, and they are left out
      // by name (POSTPOSED_ADJECTIVE).
      if (h.reduced !== null && !h.restrictive && !h.apposed) {
        const np = c.sentence.start + h.reduced;
        const year = /\b(?:1[89]|20)\d\d\b/.test(c.text) && !POSTPOSED_ADJECTIVE.has(h.head ?? '');
        if (!year && !(ownDates.get(`${c.article}\u0000${c.sentence.start}`) ?? []).some((x) => x < np)) h = { ...h, reduced: null };
      }
      // A date after an event noun's definite noun phrase ("the Lockerbie bombing in 1988") dates
      // that event, shown by the noun phrase, where the attachment is sure: no verb of the clause
      // stands before the noun phrase (a phrase inside the subject, "relatives of victims of the
      // bombing in 1988 met …", modifies a noun), or the sentence has a date of its own elsewhere
      // (one clause tells of one time: "was convicted in 2001 of the bombing in 1988"). After a
      // verb with no other date, "in 2001" may be the verb's ("was convicted of the bombing in
      // 2001"): the sentence is shown whole, as before.
      // The other date must stand before the noun phrase in its clause (between them no
      // coordinated clause: "joined the inquiry into the bombing in 1990 and became its head in
      // 2001" has 2001 for another clause, and "in 1990" is the joining's, not the bombing's).
      if (h.eventNoun && h.inner === null) {
        const np = c.sentence.start + h.eventNoun.at;
        const other = (ownDates.get(`${c.article}\u0000${c.sentence.start}`) ?? []).some((x) => x !== c.start && x < np && !CLAUSE_JOIN.test(c.sentence.text.slice(x - c.sentence.start, np - c.sentence.start)));
        if (!h.eventNoun.verbBefore || other) h = { ...h, inner: h.eventNoun.at, innerPhrase: true, innerToDate: true, subordinate: true };
      }
      heads.set(c.id, h);
    }
    return h;
  };
  // Sentences whose dates, other than a statement's, all lie ahead of publication: a reported
  // plan. There the statement's date (past) is the sentence's event, and it owns the sentence
  // (sentenceOwners puts a date ahead after one that is not).
  const planSentences = new Set<string>();
  const pastOther = new Set<string>();
  // (A named event's date, "the Jan. 6 attack", is no plan and no past act of the sentence.)
  for (const c of graph.claims) {
    if (c.kind !== 'date' || c.statement || c.named) continue;
    const k = `${c.article}\u0000${c.sentence.start}`;
    if (afterPublication(c, published.get(c.article))) planSentences.add(k);
    else pastOther.add(k);
  }
  const keepStatement = (c: ClaimItem): boolean => {
    const k = `${c.article}\u0000${c.sentence.start}`;
    return planSentences.has(k) && !pastOther.has(k) && !afterPublication(c, published.get(c.article));
  };
  // The plan's own date in such a sentence keeps its entry (other outlets may date the plan
  // alone: "will meet on June 16"), shown by its clause (sentenceOwners, clauseOf). Dropping it
  // was tried: on dev AllSides it took two of three outlets' support from a summit's date.
  // One sentence of one article dates one event with all its expressions of that date.
  const figures = new Map<string, Set<string>>();
  const figuresOf = (c: ClaimItem): Set<string> => {
    const k = `${c.article}\u0000${c.sentence.start}`;
    let f = figures.get(k);
    if (!f) figures.set(k, (f = figuresIn(c.sentence.text)));
    return f;
  };
  const shareFigure = (d: ClaimItem, c: ClaimItem): boolean => {
    const fc = figuresOf(c);
    for (const x of figuresOf(d)) if (fc.has(x)) return true;
    return false;
  };
  // Each article's lead: its first sentence that dates anything (news puts the main event there).
  const leadStart = new Map<string, number>();
  for (const c of graph.claims) if (c.kind === 'date' && !c.named && c.sentence.start < (leadStart.get(c.article) ?? Infinity)) leadStart.set(c.article, c.sentence.start);
  const lemmas = new Map<string, Set<string>>();
  const lemmasOf = (c: ClaimItem): Set<string> => {
    const k = `${c.article}\u0000${c.sentence.start}`;
    let l = lemmas.get(k);
    if (!l) lemmas.set(k, (l = new Set(wordsOf(c.sentence.text).filter((x) => !STOP.has(x.w) && !TIME_WORD.test(x.w) && x.w.length > 2).map((x) => lemma(x.w)))));
    return l;
  };
  /** "Monday's decision", "Tuesday's results": a possessive day names the day's news. */
  const possessiveDay = (c: ClaimItem): boolean => /^['’]s\s/.test(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 3));
  const sameLead = (d: ClaimItem, c: ClaimItem): boolean => {
    if (d.precision !== 'day' || c.precision !== 'day') return false;
    // In one article, the day's news named by a possessive ("Monday's decision in NCAA v. Alston
    // ended a dispute …") is the event its lead reported that day ("The Supreme Court on Monday
    // upheld …").
    if (d.article === c.article) return d.iso === c.iso && d.sentence.start !== c.sentence.start && ((leadStart.get(d.article) === d.sentence.start && possessiveDay(c)) || (leadStart.get(c.article) === c.sentence.start && possessiveDay(d)));
    if (leadStart.get(d.article) !== d.sentence.start || leadStart.get(c.article) !== c.sentence.start) return false;
    if (d.sentence.start > LEAD_MAX_START || c.sentence.start > LEAD_MAX_START) return false;
    let shared = 0;
    const lc = lemmasOf(c);
    for (const w of lemmasOf(d)) if (lc.has(w) && ++shared >= LEAD_SHARED_WORDS) return true;
    return false;
  };
  const sameRelease = (d: ClaimItem, c: ClaimItem): boolean => d.precision === 'day' && c.precision === 'day' && d.article !== c.article && DISCLOSURE.has(headOf(d).head ?? '') && DISCLOSURE.has(headOf(c).head ?? '');
  // Of one date (the callers test that): the same sentence (of one article, or word for word in
  // two: a wire text run by two outlets), the same event by its clause, one release of the day,
  // the same identifying figure, or the story's main event in two leads.
  const related = (a: ClaimItem[], c: ClaimItem): boolean => a.some((d) => (d.article === c.article && d.sentence.start === c.sentence.start) || d.sentence.text === c.sentence.text || sameEvent(headOf(d), headOf(c)) || sameRelease(d, c) || shareFigure(d, c) || sameLead(d, c));
  const ranges = rangeEnds(graph.claims);
  // A date of the sentence besides a report's day (reportDay): one that dates what is reported.
  // Indexed by sentence once (a scan of all claims per claim would be quadratic).
  const sentenceDates = new Map<string, ClaimItem[]>();
  for (const d of graph.claims) {
    if (d.kind !== 'date' || d.statement || d.named || d.weekday !== null) continue;
    const k = `${d.article}\u0000${d.sentence.start}`;
    const at = sentenceDates.get(k);
    if (at) at.push(d);
    else sentenceDates.set(k, [d]);
  }
  // Whether a date may be an entry by what its own words say (the filters below); memoised, as
  // otherDate asks it of a sentence's other dates.
  const candidates = new Map<number, boolean>();
  const candidate = (c0: ClaimItem): boolean => {
    let ok = candidates.get(c0.id);
    if (ok === undefined) {
      const c = asWeekEnded(c0);
      ok = c.kind === 'date' && c.weekday === null && !c.named && (!c.statement || keepStatement(c)) && !sourceDate(c) && !ranges.has(c.id) && !topicBackground(c) && !comparisonBaseline(c) && !openBound(c) && !aheadComplement(c) && !forecast(c, published.get(c.article)) && !backgroundYear(c, published.get(c.article)) && !newEnd(c, headOf(c)) && !pastEndPoint(c, published.get(c.article)) && !periodEnd(c) && !questionMainClause(c, headOf(c));
      candidates.set(c.id, ok);
    }
    return ok;
  };
  // The other date must be one the timeline would list itself (not a comparison's baseline, "from
  // the previous week", nor a stretch's end or a bound, "from July 3"), behind the writing.
  const otherDate = (c: ClaimItem): boolean =>
    (sentenceDates.get(`${c.article}\u0000${c.sentence.start}`) ?? []).some((d) => {
      if (d.id === c.id || d.iso === c.iso || d.attributive || d.bound || afterPublication(d, published.get(d.article)) || !candidate(d)) return false;
      const h = headOf(d);
      if (h.relative || h.subordinate || h.reduced !== null || h.inner !== null) return false;
      // A participle clause after a noun ("the initiative proposed in Calgary last month") is
      // background here too, though headOf reads it as a reduced relative only after a date of
      // the main clause (its adjective reading dates the main act; here the main act is the
      // report, whose date the other one would replace).
      if (eventHead(d.sentence.text, d.start - d.sentence.start, d.end - d.sentence.start).reduced !== null) return false;
      // A relative pronoun or a subordinator between the two dates opens a clause of its own
      // for the other date, even unmarked by a comma ("protesters who blocked the bridge over
      // the weekend"): background, as above.
      const from = Math.min(c.end, d.end) - c.sentence.start;
      const to = Math.max(c.start, d.start) - c.sentence.start;
      return !(from < to && CLAUSE_OPENER.test(c.sentence.text.slice(from, to)));
    });
  const groups: ClaimItem[][] = [];
  for (const comp of graph.components) {
    // Unresolved weekdays have no place on a calendar; statement dates and named events' dates
    // ("the Sept. 11 attacks") date no reported event.
    // Nor do the baselines of a comparison ("the largest surplus since 1948").
    // Nor forecasts and targets ("expects traffic to double by 2030"): nothing happened then.
    // Nor open bounds ("after 2030"), nor the ends of a stretch of time ("from 1973 to 1990"),
    // nor the date of a topic's earlier event ("a press conference about the murder back in 1967").
    // A statement's date is kept, though, where the rest of its sentence is a plan ("The board
    // announced Friday that the mayor will travel abroad in March"): the announcement is the only
    // thing the sentence reports as having happened (see `planSentences`).
    // Nor the new end a period was given ("extended the protection until July": see newEnd),
    // nor the end of a state over before the writing ("served through 2002": pastEndPoint).
    const dates = comp.map((i) => asWeekEnded(graph.claims[i])).filter((c) => candidate(c) && !(reportDay(c) && !afterPublication(c, published.get(c.article)) && otherDate(c)));
    dates.sort((a, b) => RANK[a.precision!] - RANK[b.precision!] || a.articleIndex - b.articleIndex || a.start - b.start);
    const local: ClaimItem[][] = [];
    for (const c of dates) {
      const g = local.find((x) => x.every((d) => compatible(c, d)) && related(x, c));
      if (g) g.push(c);
      else local.push([c]);
    }
    groups.push(...local);
  }
  const merged: ClaimItem[][] = [];
  for (const g of groups) {
    const into = merged.find((m) => m[0].iso === g[0].iso && m[0].precision === g[0].precision && g.some((c) => related(m, c)));
    if (into) into.push(...g);
    else merged.push([...g]);
  }
  const events: Array<TimelineEvent & { order: number }> = [];
  // A period the clause points ahead to ("a platform he wants to launch later this year") is a
  // plan even when it has begun: the sentence's act ("Trump ordered … Tuesday") owns it. Not a
  // day: the calendar tells whether a day is ahead, and the tense reading of a day of
  // publication is less sure than the date ("sank Democrats' plans … on Monday evening",
  // written that Monday, read as pointing ahead).
  const owns0 = sentenceOwners(merged, headOf, (c) => afterPublication(c, published.get(c.article)) || (c.direction === 'future' && c.precision !== 'day'));
  // A date in a relative clause dates that clause's event, never the main clause's ("COVID-19,
  // which emerged in China in late 2019, has killed 3.34 million": the deaths are not of 2019), so
  // its entry shows its clause even where the sentence has no other date (read on five unseen
  // stories: the whole sentence under the background date read as if the main event were then).
  // So does a date in a fronted or trailing adverbial clause (EventHead.subordinate).
  // So does a date in a reduced relative clause ("vacated the moratorium established last year"):
  // its entry shows the noun phrase with its participle clause (reducedClause).
  const owns = (c: ClaimItem, gi: number): boolean => !headOf(c).relative && !headOf(c).subordinate && headOf(c).reduced === null && owns0(c, gi);
  for (const [gi, g] of merged.entries()) {
    const head = g[0];
    const ranked = [...g].sort((a, b) => RANK[a.precision!] - RANK[b.precision!] || a.articleIndex - b.articleIndex || a.start - b.start);
    // The first sentence of its own (one sentence, one entry), else the clause of its date.
    const own = ranked.find((c) => owns(c, gi));
    const rep = own ?? ranked[0];
    events.push({
      // The timeline's date is the ISO value (a week by its Monday, a decade by its first year).
      date: head.iso,
      precision: head.precision as Precision,
      text: own ? rep.sentence.text : headOf(rep).reduced !== null ? reducedClause(rep, headOf(rep).reduced!) : headOf(rep).inner !== null ? (headOf(rep).innerToDate ? rep.sentence.text.slice(headOf(rep).inner!, rep.end - rep.sentence.start) : reducedClause(rep, headOf(rep).inner!, headOf(rep).innerPhrase ? 2 : CLAUSE_MIN_WORDS)) : clauseOf(rep),
      support: uniqArticles(g.map((c) => c.article)),
      spans: g
        .map((c) => ({ article: c.article, start: c.start, end: c.end, text: c.text }))
        .sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
      conflict: g.map((c) => conflicts.conflictOfClaim.get(c.id)).find((x) => x !== undefined) ?? null,
      order: (articleIndex.get(rep.article) ?? 0) * 1e9 + rep.start,
    });
  }
  events.sort((a, b) => cmp(a.date, b.date) || b.support.length - a.support.length || a.order - b.order);
  return events.map(({ order: _o, ...e }) => e);
}
