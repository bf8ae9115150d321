/**
 * What kind of figure a value is in its own clause, for the conflict gates (conflicts.ts
 * judgePair): figures of two kinds answer two questions and never disagree, however alike their
 * sentences (each a confident false card on invented multi-outlet stories, issue #10 session 20).
 * - A demand against an outcome: "Prosecutors had sought a sentence of 21 years" / "sentenced
 *   him to 12 years"; "the union demanded a 9 percent raise" / "won a 4 percent raise". What was
 *   asked, proposed or offered is not what was decided (as a forecast is not what was reported,
 *   conflicts.ts forecast).
 * - A change against a level: "Unemployment rose 5 percent" / "rose to 12 percent"; "shares fell
 *   3 percent" / "fell to $40". The size of a move and where it ended are two figures.
 * - Two measured things ("winds of 120 km/h" / "gusts of 150 km/h") or two named actors of the
 *   governing verb ("Orlen scored 12" / "Tarsk scored 21"), read by measure.ts.
 * Read by construction in a bounded window before the figure, inside its clause; a figure with
 * neither reading is compared as before.
 */
import type { ClaimItem } from '../claims/claims.js';
import { commonActorsApart } from '../claims/claims.js';
import { stem as lightStem } from '../words/lex.js';

/** The clause's words before the figure: up to 80 characters, from the last clause break. */
function lead(c: ClaimItem): string {
  const b = c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 80), c.start - c.sentence.start);
  // A comma inside a figure ("6,000") is no clause break.
  const masked = b.replace(/(?<=\d),(?=\d)/g, '_');
  const cut = Math.max(masked.lastIndexOf(','), masked.lastIndexOf(';'), masked.lastIndexOf(':'), masked.lastIndexOf('—'), masked.lastIndexOf('('));
  return b.slice(cut + 1);
}

/**
 * A verb of asking, proposing or offering, then at most five words before the figure. "asked the
 * IMF for $5 billion": whom one asks may stand between "asked" and "for" (three words at most).
 */
const DEMAND_BEFORE = /\b(?:sought|seek(?:s|ing)?|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+(?:[\p{L}.'’-]+\s+){0,3}?for|call(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|offer(?:s|ed|ing)?|urg(?:e|es|ed|ing))\b(?:\s+[\p{L}$€£'’-]+){0,5}?\s*[$€£]?$/iu;

/** A demand, proposal or offer of a figure, not an outcome. */
export function demanded(c: ClaimItem): boolean {
  return c.kind === 'number' && DEMAND_BEFORE.test(lead(c));
}

/** Verbs of a move (past, present, participle), and "up"/"down". */
const MOVE = String.raw`(?:rose|rise[ns]?|rising|fell|falls?|fallen|falling|dropp(?:ed|ing)|drops?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|grew|grows?|grown|growing|slid(?:es|ing)?|slump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|shr[ai]nk(?:s|ing)?|shrunk|gain(?:s|ed|ing)?|up|down)`;
const HEDGE = String.raw`(?:(?:about|nearly|almost|some|roughly|around|just|only|over|an\s+estimated|more\s+than|less\s+than)\s+)?`;
/** "rose 5 percent", "fell by nearly 3 points": the size of the move. */
const CHANGE_BEFORE = new RegExp(String.raw`\b${MOVE}\s+(?:by\s+)?${HEDGE}[$€£]?$`, 'i');
/** "rose to 12 percent", "fell from 40 to 35", "stood at 7 percent": where it is. */
const LEVEL_BEFORE = new RegExp(String.raw`\b(?:${MOVE}\s+(?:\S+\s+){0,2}?(?:to|from)|(?:stood|stands|was|is|were|are|remained|remains|reached|reaches|hit|hits)(?:\s+at)?)\s+${HEDGE}[$€£]?$`, 'i');

/** 'change' for the size of a move, 'level' for where it is or ended, null when neither reads. */
export function changeOrLevel(c: ClaimItem): 'change' | 'level' | null {
  if (c.kind !== 'number') return null;
  const b = lead(c);
  if (CHANGE_BEFORE.test(b)) return 'change';
  if (LEVEL_BEFORE.test(b)) return 'level';
  return null;
}

/** Two figures of two kinds: a demand and an outcome, or a change and a level. */
export function otherFigureKinds(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  if (demanded(x) !== demanded(y)) return true;
  const a = changeOrLevel(x);
  const b = changeOrLevel(y);
  return a !== null && b !== null && a !== b;
}

/** The words of a sentence by the stem the measure keys use (measure.ts keys are light stems). */
function stemsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[\p{L}]+/gu) ?? ([] as string[])).map((w) => lightStem(w)));
}

/**
 * Two figures each measuring its own thing, read in its construction (measure.ts: the verb it is
 * the object or subject of, the noun it is the complement of): "winds of 120 km/h" / "gusts of
 * 150 km/h", "highs of 40 degrees" / "lows of 21 degrees". Both measures are read, they share no
 * key, and neither sentence names the other's measured thing anywhere (so "gusts" told beside
 * "winds" keeps the two comparable). A figure whose construction names no measure decides nothing.
 */
/** The noun a figure is the complement of ("winds of [120]", "a high of [40]"), lower case; null otherwise. */
const OF_NOUN_BEFORE = new RegExp(String.raw`\b(\p{L}+)\s+of\s+${HEDGE}[$€£]?$`, 'iu');
function ofNoun(c: ClaimItem): string | null {
  const m = OF_NOUN_BEFORE.exec(lead(c));
  return m ? m[1].toLowerCase() : null;
}

/**
 * The thing an amount is for, right after it: "a $14 billion budget for schools", "spent $3
 * billion on defence", "$30 million in aid for flood victims" — up to two words (the measured
 * noun and a modifier) then "for"/"on" and the purpose's first content word. Null when no such
 * complement follows within the clause.
 */
const PURPOSE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:for|on)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|new\s+)*([\p{L}-]{3,})/iu;
/** Words after "for"/"on" that name a time or a manner, not a purpose ("for years", "on Monday", "on average"). */
const NOT_PURPOSE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|years?|months?|weeks?|days?|decades?|average|top|behalf|record|hand|time|sale|condition|track|paper|board|end)$/i;
function purposeOf(c: ClaimItem): string | null {
  const after = c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 60);
  const cut = after.search(/[,;:()—]/);
  const m = PURPOSE_AFTER.exec(cut >= 0 ? after.slice(0, cut) : after);
  if (!m || NOT_PURPOSE.test(m[1]) || /^\p{Lu}/u.test(m[1])) return null;
  return m[1].toLowerCase();
}

/**
 * Two amounts each for its own purpose ("a $14 billion budget for schools" / "a $9 billion
 * budget for roads"; "spent $3 billion on defence" / "$800 million on schools"): two things
 * paid for, not one figure given two ways (a confident false card on invented text, session 20's
 * review). Both purposes are read, differ, and neither sentence names the other's anywhere (so
 * "for schools and roads" told beside "for schools" stays comparable). Money only: a count "of
 * 12 for the final" says when, not what for.
 */
export function otherPurposes(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number' || !/[$€£]|\b(?:dollars?|euros?|pounds?|yuan|yen|rupees?)\b/i.test(x.text + ' ' + y.text)) return false;
  const px = purposeOf(x);
  const py = purposeOf(y);
  if (px === null || py === null || lightStem(px) === lightStem(py)) return false;
  return !stemsOf(y.sentence.text).has(lightStem(px)) && !stemsOf(x.sentence.text).has(lightStem(py));
}

export function otherMeasures(x: ClaimItem, y: ClaimItem): boolean {
  if (otherPurposes(x, y)) return true;
  if (x.kind !== 'number' || y.kind !== 'number' || !x.measure.length || !y.measure.length) return false;
  // Only figures that are each the complement of a noun ("winds of", "gusts of"): a verb's
  // measure may be a light verb's ("Carter scored 14 points" / "Carter had 12 points", one
  // player's points, a real card on an ECB+ dev story), and verbs of one act vary more than the
  // nouns that name what is measured.
  const nx = ofNoun(x);
  const ny = ofNoun(y);
  if (nx === null || ny === null || nx === ny) return false;
  if (x.measure.some((m) => y.measure.includes(m))) return false;
  const bare = (k: string): string => k.replace(/^EV:/, '');
  // An event class key ("EV:death") is a class, not a word: it decides only against a class.
  if (x.measure.some((k) => k.startsWith('EV:')) !== y.measure.some((k) => k.startsWith('EV:'))) return false;
  // A key is a lemma ("close") or a light stem ("gust"): a word of the other sentence names it
  // when it opens with the key less its last letter (at least four letters: "closed", "gusts").
  const names = (k: string, text: string): boolean => {
    const p = bare(k).toLowerCase();
    const head = p.length > 4 ? p.slice(0, p.length - 1) : p;
    return [...stemsOf(text)].some((w) => w.startsWith(head));
  };
  return !x.measure.some((k) => names(k, y.sentence.text)) && !y.measure.some((k) => names(k, x.sentence.text));
}

/**
 * Two figures whose governing verbs have two different named subjects right before them
 * (measure.ts agent: "Orlen scored 12 points … to beat Tarsk" / "Tarsk scored 21 points … but
 * lost to Orlen"): each sentence names both teams, so a test of shared names reads one actor, but
 * the scorer differs. Two actors' figures, not one figure given two ways.
 */
export function otherAgents(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  // A common noun opening its sentence as the subject ("Police" / "Soldiers arrested …") is
  // another actor only when neither sentence writes the other's (claims.ts commonActorsApart).
  return (x.agent !== null && y.agent !== null && x.agent !== y.agent) || commonActorsApart(x, y);
}

/**
 * A margin against a total: "Orlen won by 12 points" / "Orlen scored 21 points", "passed by 12
 * votes" / "passed with 220 votes", "leads by 5 points" / "stands at 48 percent". A figure after
 * "by" right after a verb (or its object) is the size of a difference; a figure of the same unit
 * with no "by" is a level or a count (a confident false card on invented text, issue #10 session
 * 21). Only units a margin is told in (points, votes, goals, runs, seats, strokes, lengths, and
 * shares): a count after "by" of people ("attacked by 12 gunmen") names the doers.
 */
const MARGIN_BEFORE = new RegExp(String.raw`\b[\p{L}'’-]+\s+(?:[\p{L}'’-]+\s+){0,2}?by\s+${HEDGE}[$€£]?$`, 'iu');
const MARGIN_UNIT = /\b(?:points?|votes?|goals?|runs?|seats?|strokes?|lengths?|percent|per\s+cent|percentage\s+points?|%)\b|:(?:point|vote|goal|run|seat|stroke|length)s?$|^percent/i;
export function margin(c: ClaimItem): boolean {
  if (c.kind !== 'number' || !MARGIN_BEFORE.test(lead(c))) return false;
  return MARGIN_UNIT.test(c.unit ?? '') || MARGIN_UNIT.test(c.sentence.text.slice(c.start - c.sentence.start, c.end - c.sentence.start + 20));
}

/**
 * A move's start against its end: "raised the minimum wage from $12" / "to $15", each after its
 * own preposition with no figure of the other in the clause. A level before and one after.
 */
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${HEDGE}[$€£]?$`, 'i');
const TO_BEFORE = new RegExp(String.raw`\b(?<!up\s)to\s+${HEDGE}[$€£]?$`, 'i');
function fromOrTo(c: ClaimItem): 'from' | 'to' | null {
  const b = lead(c);
  return FROM_BEFORE.test(b) ? 'from' : TO_BEFORE.test(b) ? 'to' : null;
}

/** Figures of two kinds by margin or by moment of a move (see margin, fromOrTo). */
export function otherMarginsOrMoments(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  if (margin(x) !== margin(y)) return true;
  const a = fromOrTo(x);
  const b = fromOrTo(y);
  return a !== null && b !== null && a !== b;
}
