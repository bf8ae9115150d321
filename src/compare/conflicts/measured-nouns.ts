/**
 * The noun a figure is told of, read in its construction, for the conflict gates (conflicts.ts
 * judgePair): two figures of two measured things answer two questions however alike their
 * sentences ("Turnout was 62 percent" / "Vensel won 52 percent"; "52 percent of Democrats" /
 * "40 percent of voters"; "set bail at $2 million" / "approved a $5 million settlement"; each a
 * confident false card on invented multi-outlet stories, issue #10 session 21). measure.ts reads
 * the verb or the "of" noun governing a figure; these are the nominal constructions it leaves:
 * - the subject of a copula or of a verb of level ("[Core inflation] was 2.8 percent", "[the youth
 *   unemployment rate] fell to 14.5 percent", "[Turnout] stood at 62 percent");
 * - the noun an amount qualifies ("a $5 million [settlement]", "a 12-year [sentence]") or whose
 *   value it is ("set [bail] at $2 million", "$12 million in [restitution]");
 * - the whole a share is taken of ("52 percent of [Democrats]");
 * - the thing a measure is of ("40 km of [farmland]", session 23).
 * A reading is a noun phrase: its head (the last word) and its modifiers. Two heads that differ,
 * neither named in the other sentence, are two things (no card). One head with a modifier the
 * other sentence never writes ("core inflation" / "inflation", "youth unemployment rate" /
 * "unemployment rate") is a kind of the thing or the thing itself: only possible. A share read of
 * one thing against a share governed by a verb that sentence never uses ("Turnout was" / "won")
 * is two things as well. Figures with no reading are compared as before.
 * Parser-free and bounded: a window of the figure's clause either side.
 */
import type { ClaimItem } from '../claims/claims.js';
import { stem, STOP } from '../words/lex.js';
import { antonymsOf, lemmaStem } from '../words/antonyms.js';
import { tokenize } from '../words/text.js';
import { IRREGULAR } from '../words/irregular-verbs.js';
import { convertedUnit, unitAfter } from '../claims/units.js';

export interface Measured {
  head: string;
  mods: string[];
}

/** Words that open or fill a noun phrase without naming what it is (determiners, figure leads). */
const NOT_A_NOUN = new Set('the a an its their his her our this that these those some about around nearly almost roughly at least up to more than over under only just total overall estimated new per of in on for and or but while as by with from is was were are be been stood stands remained remains reached reaches hit hits rose fell'.split(' '));
const HEDGE = String.raw`(?:(?:about|nearly|almost|some|roughly|around|just|only|over|an\s+estimated|more\s+than|less\s+than|at\s+least|a\s+record|a)\s+)*`;
/** A copula or a verb of level right before the figure ("was", "stood at", "fell to"), its subject before it. */
const SUBJECT_LEVEL = new RegExp(String.raw`((?:[\p{L}'’-]+\s+){1,4}?)(?:was|is|were|are|stood\s+at|stands\s+at|remained(?:\s+at)?|remains(?:\s+at)?|reached|hit|came\s+to|totall?ed|amounted\s+to|(?:rose|fell|climbed|dropped|jumped|declined|grew|slipped|edged\s+(?:up|down)|increased|decreased|slid|gained|lost|plunged|soared|surged|tumbled)(?:\s+(?:to|by))?)\s+${HEDGE}[$€£]?$`, 'iu');
/** A noun and "at" right before the figure: "set bail at", "put the toll at". */
const NOUN_AT = new RegExp(String.raw`\b(\p{Ll}[\p{Ll}-]{2,})\s+at\s+${HEDGE}[$€£]?$`, 'u');
/**
 * The noun an amount qualifies, right after it: "a $5 million settlement for", "a 12-year
 * sentence." — a lower-case word ending its phrase (a preposition, a relative, a verb of being or
 * a clause break after it); the amount itself after a determiner (ATTRIBUTIVE_BEFORE), so that
 * "raised $40 million last year" reads nothing.
 */
const QUALIFIED_AFTER = /^(?:-\p{L}+)?\s+(\p{Ll}[\p{Ll}-]{2,})(?=\s*[,.;:—)]|\s*$|\s+(?:for|to|with|in|on|at|from|by|that|which|was|is|were|are|will|would|has|had|against|over|after|off|near)\b|\s+(\p{Ll}+))/u;
/** A past form of a verb (a regular "-ed" or an irregular one: "struck", "shook"). */
const pastForm = (w: string): boolean => /[a-z]{2,}ed$/.test(w) || (IRREGULAR[w] !== undefined && IRREGULAR[w] !== w);
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the|its|their|his|her|this|that)\s+(?:\p{Ll}+\s+)?[$€£]?$/iu;
/** An amount's "in" noun: "$12 million in restitution", "$30 million in aid". */
const IN_NOUN_AFTER = /^\s+in\s+(?:(\p{Ll}[\p{Ll}-]{2,})\s+)?(\p{Ll}[\p{Ll}-]{2,})\b/u;
/** A share's whole: "percent of Democrats", "% of the vote", "of all voters" (its words, cut in measuredNoun). */
const WHOLE_OF = /^\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([\p{L}'’-][^;:()—]{0,60})/iu;

/**
 * A measure's "of" noun: "40 km of farmland", "30 miles of coastline", "12 acres of forest" — the
 * thing a length, an area or a volume is of, lower case (a name after "of", "10 miles of Route 9",
 * is the place measured along, not a kind of thing). Up to two modifiers before the head.
 */
const MEASURE_OF_AFTER = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}[\p{Ll}-]+){0,2})/u;

/** Prepositions that end a measured noun phrase ("of farmland along the river"). */
const PHRASE_END = new Set('along across near around through into onto beside between over under off outside inside within toward towards past behind beyond below above from to at in on by'.split(' '));
/** A measure qualifying a noun that an "of" phrase follows: "a 12-mile stretch of the road", "a 30-km section of coast". */
const MEASURE_QUALIFIED_AFTER = /^\s+(\p{Ll}[\p{Ll}-]{2,})\s+of\b/u;

/** The clause's text before the figure (from the last clause break; a digit group's comma is none). */
function lead(c: ClaimItem): string {
  const b = c.sentence.text.slice(Math.max(0, c.start - c.sentence.start - 80), c.start - c.sentence.start);
  const masked = b.replace(/(?<=\d),(?=\d)/g, '_');
  const cut = Math.max(masked.lastIndexOf(','), masked.lastIndexOf(';'), masked.lastIndexOf(':'), masked.lastIndexOf('—'), masked.lastIndexOf('('));
  return b.slice(cut + 1);
}

function tail(c: ClaimItem): string {
  return c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 60);
}

const isPercent = (c: ClaimItem): boolean => (c.unit ?? '').startsWith('percent') || /%|\bper\s*cent\b/i.test(c.text);
const isMoney = (c: ClaimItem): boolean => (c.unit ?? '').startsWith('money') || /[$€£]/.test(c.text);

/** A noun phrase from words: content words only, the last the head. Null when none is left, or a name (capitalised, not opening the sentence) ends it. */
function phrase(words: string[]): Measured | null {
  // A possessor ("the company's revenue", "Korvel's shares") names whose the thing is, which the
  // other sentence may leave implied: no modifier of what is measured.
  const ws = words.filter((w) => !/['’]s?$/.test(w)).map((w) => w.toLowerCase()).filter((w) => /^\p{L}/u.test(w) && !NOT_A_NOUN.has(w) && !STOP.has(w));
  if (!ws.length) return null;
  return { head: ws[ws.length - 1], mods: ws.slice(0, -1) };
}

/** What a figure is told of (see the module comment), or null when no construction reads. */
export function measuredNoun(c: ClaimItem): Measured | null {
  if (c.kind !== 'number') return null;
  const b = lead(c);
  const s = SUBJECT_LEVEL.exec(b);
  if (s) {
    const words = s[1].trim().split(/\s+/);
    // The subject's own words: after a verb or a preposition the words before it are another
    // phrase's ("Officials said turnout was", "in the runoff turnout was").
    const cuts = words.map((w) => /^(?:said|says|say|told|that|in|on|at|of|for|from|with|after|before|while|and|but)$/i.test(w));
    let from = cuts.lastIndexOf(true);
    // A place after the measured noun ("Fuel prices in Karvik rose to $1.80", "Unemployment in
    // the region fell to"): a preposition whose phrase is a name, right before the verb,
    // qualifies the subject, which stands before it (session 23: "Fuel prices in Karvik" /
    // "Diesel prices in Karvik" read no noun, and a sure card named an outlier).
    let to = words.length;
    if (from > 0 && /^(?:in|at|of|for|from)$/i.test(words[from]) && words.slice(from + 1).every((w) => /^(?:the|\p{Lu}[\p{L}'’.-]*)$/u.test(w)) && words.slice(from + 1).some((w) => /^\p{Lu}/u.test(w))) {
      to = from;
      from = cuts.slice(0, to).lastIndexOf(true);
    }
    // A name as the subject ("Vensel was 12 points ahead") is an actor, not a measured thing: a
    // capitalised head that does not open the sentence.
    const own = words.slice(from + 1, to);
    const head = own[own.length - 1];
    if (head !== undefined && !(/^\p{Lu}/u.test(head) && !c.sentence.text.trimStart().startsWith(head))) return phrase(own);
  }
  if (isPercent(c)) {
    const w = WHOLE_OF.exec(tail(c));
    if (w) {
      // The whole's noun phrase: up to three words, ending before a function word or a verb
      // form after its first word ("of Democrats backed", "of registered voters said").
      const ws: string[] = [];
      for (const x of w[1].split(/\s+/).slice(0, 3)) {
        const l = x.toLowerCase();
        if (!/^\p{L}/u.test(l) || STOP.has(l) || NOT_A_NOUN.has(l) || (ws.length > 0 && /(?:ed|ing)$/.test(l))) break;
        ws.push(x.replace(/[.,;:!?]+$/, ''));
        if (/[.,;:!?]$/.test(x)) break;
      }
      if (ws.length) return phrase(ws);
    }
  }
  {
    const at = isMoney(c) ? NOUN_AT.exec(b) : null;
    if (at && !/ed$/.test(at[1])) return phrase([at[1]]);
    const q = ATTRIBUTIVE_BEFORE.test(b) ? QUALIFIED_AFTER.exec(tail(c)) : null;
    if (q && (q[2] === undefined || pastForm(q[2])) && !/(?:ed|ly)$/.test(q[1]) && !NOT_A_NOUN.has(q[1]) && !/^(?:a|an|per|every|each|year|years|month|months|day|days|week|weeks|people|dollars?|euros?|pounds?)$/.test(q[1])) return phrase([q[1]]);
    const i = IN_NOUN_AFTER.exec(tail(c));
    if (i && isMoney(c)) return phrase([i[1] ?? '', i[2]].filter(Boolean));
    // A measure of a thing ("40 km of farmland" against "a 12-mile stretch of the road"): the
    // "of" noun is what the length or the area is of (session 23, a sure false card on invented
    // text). Only for measures converted to one base unit (claims/units.ts): a count's "of" noun
    // is read by measure.ts, a share's by WHOLE_OF above.
    // (Read past the measure's unit, "km", "-mile", "square miles": units.ts unitAfter.)
    const measured = convertedUnit(c.unit ?? '') ? tail(c).slice(unitAfter(tail(c))?.length ?? 0) : null;
    const mq = measured !== null && ATTRIBUTIVE_BEFORE.test(b) ? MEASURE_QUALIFIED_AFTER.exec(measured) : null;
    if (mq && !NOT_A_NOUN.has(mq[1]) && !/(?:ed|ly)$/.test(mq[1])) return phrase([mq[1]]);
    const o = measured !== null ? MEASURE_OF_AFTER.exec(measured) : null;
    if (o) {
      // The noun phrase ends before a function word or a verb form after its first word ("of
      // farmland along the river", "of coastline affected").
      const ws: string[] = [];
      for (const w of o[1].split(/\s+/)) {
        if (STOP.has(w) || NOT_A_NOUN.has(w) || PHRASE_END.has(w) || (ws.length > 0 && /(?:ed|ing)$/.test(w))) break;
        ws.push(w);
      }
      if (ws.length) return phrase(ws);
    }
  }
  return null;
}

/** The words of a sentence by light stem. */
function stems(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}+/gu) ?? ([] as string[])).map((w) => stem(w)));
}
const named = (word: string, text: string): boolean => word.split('-').every((p) => stems(text).has(stem(p)));

/**
 * Two figures each told of its own thing: both read, the heads differ, and neither sentence names
 * the other's head anywhere ("bail" / "settlement"; "Democrats" / "voters"). Or a share read of a
 * thing ("Turnout was 62 percent") against a share with no reading whose sentence never names that
 * thing and is governed by a verb (measure.ts) the first sentence never uses ("won 52 percent").
 */
export function otherMeasuredNouns(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  const mx = measuredNoun(x);
  const my = measuredNoun(y);
  // One head with two kinds, each named by a modifier the other sentence never writes ("Diesel
  // prices" / "Fuel prices"; "core inflation" / "headline inflation"): two measures of one kind
  // of thing, as two heads are (session 23). One modifier in one sentence only stays possible
  // (narrowedMeasure: a kind against the whole).
  if (mx && my && stem(mx.head) === stem(my.head)) return mx.mods.some((w) => !named(w, y.sentence.text)) && my.mods.some((w) => !named(w, x.sentence.text));
  if (mx && my) return !named(mx.head, y.sentence.text) && !named(my.head, x.sentence.text) && renamedUnderOneVerb(x, y) === null;
  const [m, c, other] = mx ? [mx, x, y] : my ? [my, y, x] : [null, null, null];
  if (!m || !c || !other || !isPercent(c) || !isPercent(other) || named(m.head, other.sentence.text)) return false;
  const verbs = other.measure.filter((k) => !k.startsWith('EV:'));
  return verbs.length > 0 && !verbs.some((k) => named(k, c.sentence.text));
}

/**
 * Two measured heads that differ under one governing verb both sentences use ("imposed a $12
 * million fine" / "imposed a $15 million penalty"; "set bail at $2 million" / "set bond at $5
 * million"): news swaps such near-synonyms constantly, and WordNet does not put "fine" and
 * "penalty" in one synset, so withheld as two things they silenced real cards (session 21
 * review). One verb may still take two objects ("imposed a $12 million fine" / "imposed a $15
 * million cap"), so the card is only possible. The two heads, for the card's why; null otherwise.
 */
export function renamedUnderOneVerb(x: ClaimItem, y: ClaimItem): [string, string] | null {
  // Not shares: a share's whole under one verb ("52 percent of Democrats backed" / "40 percent of
  // voters backed") is two populations, each share of its own.
  if (x.kind !== 'number' || y.kind !== 'number' || isPercent(x) || isPercent(y)) return null;
  const mx = measuredNoun(x);
  const my = measuredNoun(y);
  if (!mx || !my || stem(mx.head) === stem(my.head)) return null;
  const vx = x.measure.filter((k) => !k.startsWith('EV:'));
  const vy = new Set(y.measure.filter((k) => !k.startsWith('EV:')));
  return vx.some((k) => vy.has(k)) ? [mx.head, my.head] : null;
}

/**
 * One measured head on both sides, with a modifier one sentence writes and the other never does
 * ("core inflation" / "inflation"; "youth unemployment rate" / "unemployment rate"): a kind of
 * the thing against the thing, or the same thing described more fully. The modifier, for the
 * card's why; null when the phrases agree or are not both read.
 */
export function narrowedMeasure(x: ClaimItem, y: ClaimItem): { modifier: string; of: ClaimItem } | null {
  const mx = measuredNoun(x);
  const my = measuredNoun(y);
  if (!mx || !my || stem(mx.head) !== stem(my.head)) return null;
  const lone = (m: Measured, other: ClaimItem): string | undefined => m.mods.find((w) => !named(w, other.sentence.text));
  const a = lone(mx, y);
  if (a !== undefined) return { modifier: a, of: x };
  const b = lone(my, x);
  return b !== undefined ? { modifier: b, of: y } : null;
}

/**
 * Verbs of opposite acts governing the two figures (measure.ts keys; WordNet antonyms,
 * words/antonyms.ts): "shares closed at $40" / "opened at $38", "won 52 percent" / "lost with 48
 * percent", "bought 12 jets" / "sold 4". Two acts, two figures, unless one sentence also uses the
 * other's verb (it tells both). Not verbs of one measure's direction ("rose 5 percent" / "fell 2
 * percent" of one thing on one day disagree on the direction itself).
 */
const DIRECTION = new Set(['rise', 'fall', 'increas', 'decreas', 'ascend', 'descend', 'climb', 'drop', 'lessen', 'diminish', 'wax', 'wane', 'rais', 'lower']);
const porter = (w: string): string => lemmaStem(tokenize(w)[0]?.stem ?? w);
export function oppositeGoverning(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  const vx = x.measure.filter((k) => !k.startsWith('EV:')).map(porter);
  const vy = y.measure.filter((k) => !k.startsWith('EV:')).map(porter);
  if (!vx.length || !vy.length) return false;
  const opposite = vx.some((a) => !DIRECTION.has(a) && vy.some((b) => !DIRECTION.has(b) && antonymsOf(a).includes(b)));
  if (!opposite) return false;
  const told = (vs: string[], text: string): boolean => {
    const ws = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? ([] as string[])).map(porter));
    return vs.some((v) => ws.has(v));
  };
  return !told(vx, y.sentence.text) && !told(vy, x.sentence.text);
}
