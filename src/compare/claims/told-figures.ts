/**
 * Figures an article tells as an earlier state of what it reports: "Only two months ago,
 * negotiators had hoped to win 15,000 new vouchers", "the toll was raised to 30 from 12", "up from
 * 12", "from 12 to 30". Read from the article's own quantities, not from its claims: such a
 * sentence is often a hedged plan or a background clause that yields no claim (issue #10, session
 * 24's unseen reading: "about 15,000" / "about 90,000" new vouchers two months apart raised a card
 * although the later report itself says the 15,000 was the figure of two months before).
 *
 * A later report that writes the earlier report's figure as an earlier state knows both values: the
 * difference is a change it tells, an evolution, not a disagreement (conflicts/told-updates.ts).
 *
 * Each figure is read in a bounded window of its sentence: linear in the article's quantities.
 */
import type { AnnotatedArticle } from '../../core/schema.js';
import { sentenceAt, STOP, stem, tokens } from '../words/lex.js';

/**
 * A counted figure an article tells of an earlier moment: its value and its counted noun (a stem),
 * or, for a figure written with no noun after it ("raised to 90,000 from 15,000", "had asked for
 * 15,000"), null and the stems of its sentence's words: the noun is then the sentence's subject's
 * ("The number of new vouchers was raised …"), and the figure counts a noun its sentence names.
 */
export interface ToldFigure {
  value: number;
  noun: string | null;
  words: ReadonlySet<string> | null;
  start: number;
  end: number;
}

/**
 * An earlier moment in the figure's sentence: a time back from the report ("two months ago",
 * "earlier this year", "initially", "originally", "previously", "at first") or a past perfect ("had
 * hoped", "had been", "had thought": an act before the one reported). Why these: each sets what it
 * governs before the report's own time, whatever the verb; a simple past ("said 15,000") does not.
 * Not "had to" (an obligation) nor "had" owning something ("had 12 boats": a state, not a prior act).
 */
const EARLIER_MOMENT = /\b(?:ago|earlier|initially|originally|previously|at\s+first|had\s+(?:(?:only|already|just|once|first|long)\s+)?(?!to\b|no\b|an?\b|the\b|some\b|about\b|more\b|\d)\p{L}+(?:ed|en|wn|ght|id|de|ne|ung|ook)\b)/iu;
/** A verb or adverb of change before a "from": "raised to 90,000 from", "up from", "rose from". */
const CHANGE = String.raw`\b(?:up|down|raised|increased|lifted|cut|reduced|lowered|rose|risen|fell|fallen|grew|grown|climbed|jumped|dropped|revised|swelled|doubled|tripled)\b(?:[^,;:.!?]|(?<=\d)[,.](?=\d)){0,50}`;
/** A change from the figure: "raised to 90,000 from 15,000", "up from 12", "down from 40". */
const CHANGED_FROM = new RegExp(`${CHANGE}\\bfrom\\s+(?:(?:about|around|some|nearly|almost|roughly|an\\s+estimated|the|an?|earlier|initial|original|previous)\\s+)*$`, 'i');
/** A change before a range the annotator read with its "from" ("rose from 15,000 to 90,000"): its low end is the earlier figure. */
const CHANGE_BEFORE = new RegExp(`${CHANGE}$`, 'i');
/** "from 12 to 30": the figure after "from" that a "to" and another figure follow. */
const FROM_BEFORE = /\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated)\s+)?$/i;
const TO_AFTER = /^(?:\s+[\p{L}-]+){0,3}\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?[$€£]?\d/iu;
/** Characters of the sentence read before a figure for its marker (bounds the work per figure). */
const WINDOW = 160;

/** The counted noun of a quantity's unit (the last content word, stemmed), as claims.ts unitKey reads it. */
function nounOf(unit: string | null): string | null {
  if (!unit) return null;
  const words = tokens(unit).filter((t) => !STOP.has(t.norm));
  return words.length ? stem(words[words.length - 1].norm) : null;
}

/** The counts `a` tells of an earlier moment (EARLIER_MOMENT, CHANGED_FROM, "from … to …"); `sents` its sentences in order. */
export function toldFigures(a: AnnotatedArticle, sents: readonly { start: number; end: number }[]): ToldFigure[] {
  const out: ToldFigure[] = [];
  for (const q of a.quantities) {
    const changeRange = q.kind === 'range' && q.low !== null && /^from\s/i.test(q.text);
    if (!((q.kind === 'count' && q.value !== null) || changeRange)) continue;
    const s = sentenceAt(sents, q.start);
    if (!s) continue;
    const before = a.text.slice(Math.max(s.start, q.start - WINDOW), q.start);
    const after = a.text.slice(q.end, Math.min(s.end, q.end + 60));
    const told = changeRange
      ? CHANGE_BEFORE.test(before)
      : EARLIER_MOMENT.test(a.text.slice(Math.max(s.start, q.start - WINDOW), Math.min(s.end, q.end + WINDOW))) || CHANGED_FROM.test(before) || (FROM_BEFORE.test(before) && TO_AFTER.test(after));
    if (!told) continue;
    const noun = nounOf(q.unit);
    out.push({ value: changeRange ? q.low! : q.value!, noun, words: noun === null ? new Set(tokens(a.text.slice(s.start, s.end)).map((t) => stem(t.norm))) : null, start: q.start, end: q.end });
  }
  return out;
}

/** Whether the told figure `f` counts `noun` (a stem): its own noun, or a word of its sentence when it has none. */
export function countsNoun(f: ToldFigure, noun: string): boolean {
  return f.noun !== null ? f.noun === noun : f.words!.has(noun);
}
