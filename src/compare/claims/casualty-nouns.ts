/**
 * The dead and the injured counted by an adjective used as a noun ("left 12 dead", "12 dead and 30
 * injured", "the blast's 40 wounded"): a toll of people, the same count another report gives as
 * "15 people died" or "killed 12 people" (issue #10, session 29: tolls of one event in unaligned
 * sentences). Read as written, "12 dead" was a count of a noun "dead" and never met a count of
 * people, so two reports' tolls of one blast were never compared.
 *
 * Only three words, each a state of a person that names its own casualty (no verb needed): "dead"
 * (a death), "injured" and "wounded" (an injury). Only when the word ends the noun phrase, a clause
 * break or a function word after it: "12 dead fish", "30 injured workers" count fish and workers
 * (the head comes later), and "the 30 injured were taken" still counts people.
 */
import { stem } from '../words/lex.js';

/** The two casualty events (measure.ts's event keys: a death, an injury); claims.ts reads them too. */
export type CasualtyEvent = 'EV:death' | 'EV:injury';
/** Whether an event key (measure.ts) is a casualty's. */
export function isCasualtyEvent(k: string | null | undefined): k is CasualtyEvent {
  return k === 'EV:death' || k === 'EV:injury';
}

/** The casualty each bare noun names, by its stem (measure.ts's event keys). */
const CASUALTY_NOUNS = new Map<string, CasualtyEvent>([
  [stem('dead'), 'EV:death'],
  [stem('injured'), 'EV:injury'],
  [stem('wounded'), 'EV:injury'],
]);

/** After the casualty noun: the phrase ends there (a break, a conjunction, a preposition, a verb of being). */
const PHRASE_ENDS = /^\s*(?:$|[,.;:)!?"”—–]|-{2}|(?:and|or|but|in|on|at|after|as|from|when|with|by|including|among|while|were|was|are|is|had|have|so|since|during|near|following|across|throughout|inside|outside|overnight|yesterday|today)\b)/i;

/**
 * The casualty a count's unit noun names when it is a bare casualty noun ending its phrase (see
 * the module comment), else null. `unitNoun` is the unit's stem ("count:dead" → "dead"); `after`
 * the text right after the noun.
 */
export function casualtyNoun(unitNoun: string, written: string, after: string): CasualtyEvent | null {
  const ev = CASUALTY_NOUNS.get(unitNoun);
  if (ev === undefined || stem(written.toLowerCase()) !== unitNoun) return null;
  return PHRASE_ENDS.test(after) ? ev : null;
}

/**
 * The casualty a count of people is the one toll of in its sentence, where the sentence gives
 * other counts of people too ("15 people were killed and 30 were injured": ClaimItem.ambiguous):
 * its own verb's event (ClaimItem.role.event, set only when no other figure of its unit in the
 * sentence has that event), a death or an injury its own measure names, and no words of its own
 * after it (a part told apart by its words, "109 aboard and five on the ground", is no toll).
 * Which figure is the dead and which the injured is then read from the verbs, as sameRole
 * (claims.ts) reads it for aligned sentences; the candidate index (claim-index.ts) files such a
 * count under its casualty only. Null otherwise.
 */
export function ownCasualty(c: { kind: string; unit: string | null; measure: string[]; role: { event: string | null; after: Set<string> } | null }): CasualtyEvent | null {
  if (c.kind !== 'number' || c.unit !== `count:${stem('people')}` || c.role === null || c.role.after.size > 0) return null;
  const ev = c.role.event;
  return isCasualtyEvent(ev) && c.measure.includes(ev) ? ev : null;
}

/** Words that tell of a casualty anywhere in a sentence (a death, an injury, a toll). */
const CASUALTY_WORDS = /\b(?:kill|die[ds]?\b|dying|dead|death|fatal|injur|wound|hurt|casualt|toll|victim|lives\b|perish|drown|slain|murder)/i;

/**
 * A count of one casualty (its measure a death or an injury: "Twelve passengers were killed")
 * against a count governed by another word whose sentence tells of no casualty at all ("the bus
 * … carried 40 passengers"): how many were aboard, not how many died (invented text, session
 * 29's review: a confident false card, "12" / "40" in the base too, likelier once "Twelve"
 * opening a sentence is read). Only when the other count's own measure is read (non-empty) and
 * names no casualty, and no word of its sentence does ("claimed 15 lives", "the toll rose to 15"
 * tell of one).
 */
export function casualtyAgainstOther(x: { kind: string; measure: string[]; sentence: { text: string } }, y: { kind: string; measure: string[]; sentence: { text: string } }): boolean {
  const casualty = (c: { measure: string[] }): boolean => c.measure.some(isCasualtyEvent);
  if (x.kind !== 'number' || y.kind !== 'number' || casualty(x) === casualty(y)) return false;
  const other = casualty(x) ? y : x;
  return other.measure.length > 0 && !other.measure.some((m) => m.startsWith('EV:')) && !CASUALTY_WORDS.test(other.sentence.text);
}
