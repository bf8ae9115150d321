/**
 * The place an opening adverbial tells a figure of ("In the town of Sarnev alone, 34 people
 * died"; "In the Dresk valley, 21 people died"; "In Sarnev, where the river broke through a dam,
 * the toll stood at 36"): a locative phrase fronted before the sentence's first comma scopes the
 * clause after it, and a figure in that clause is the place's own, as "Fonds Marel, where 102
 * people died" is (conflicts.ts valuePlace). Two tolls of two towns of one flood, each told this
 * way, made a possible card 21 / 34 on an invented disaster story (session 24).
 *
 * Read by a bounded pattern, no parse: the sentence opens with a locative preposition and a
 * capitalised name (after up to three lower-case words and "of": "the town of"); up to two
 * lower-case words may follow it ("valley", "alone") before the comma. A relative clause right
 * after that comma ("where …,") is skipped. The figure must stand in the clause that follows,
 * with no comma, clause mark or reporting verb between: "In Geneva, the agency said 112 died"
 * places the statement, not the toll. Months and weekdays are times, not places.
 */
import type { ClaimItem } from '../claims/claims.js';

const FRONTED = /^\s*(?:In|At|Across|Near|Outside|Inside|Throughout)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:of\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:\s+[\p{Ll}-]+){0,2}\s*,\s*(?:where\b[^,;:]*,\s*)?/u;
const NOT_A_PLACE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/i;
/** A verb of saying between the adverbial and the figure: the place is the statement's. */
const SAYING = /\b(?:said|says|say|told|tells|reported|reports|announced|according|estimated|estimates|confirmed|stated|added|claimed)\b/i;

/** The place a fronted locative adverbial tells `c` of, or null. */
export function frontedPlace(c: ClaimItem): string | null {
  const before = c.sentence.text.slice(0, c.start - c.sentence.start);
  const m = FRONTED.exec(before);
  if (!m || NOT_A_PLACE.test(m[1])) return null;
  const between = before.slice(m[0].length).replace(/(?<=\d),(?=\d)/g, '');
  if (/[,;:()—]/.test(between) || SAYING.test(between)) return null;
  return m[1];
}
