/**
 * A figure of a list of things against a figure of one of them ("destroyed 10.4 billion pesos of
 * property, crops and infrastructure" / "destroyed 4 billion pesos of crops"): the first measures
 * a whole the second is one part of, so the two answer different questions and neither outlet is
 * wrong (issue #10, session 29's unseen reading: such a pair was an unsignable possible card).
 * The same holds the other way round only when the lists differ: a list that names every thing
 * the other names, and more, is a whole against a part.
 *
 * Read by construction: the noun phrase after "of" (or "worth of", "in damage to") right after
 * the figure and its unit, up to the clause's next break or preposition; its members are the
 * words split at commas and "and"/"or" (the last word of each member is its head). Constant work
 * per pair (two bounded windows).
 */
import type { ClaimItem } from '../claims/claims.js';
import { stem } from '../words/lex.js';

/**
 * The "of" phrase after a figure: at most two words of unit between ("billion pesos", "tonnes"),
 * then "of" / "worth of" / "in damage to", then the phrase up to a break (punctuation, a
 * preposition, a verb-like "that/which", a clause word).
 */
const OF_AFTER = /^(?:\s+[\p{L}$€£.-]+){0,2}?\s+(?:worth\s+of|of|in\s+(?:damage|losses)\s+to)\s+([\p{L}-]+(?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+|\s+)[\p{L}-]+){0,8})/u;
/** Words that end the phrase: a preposition, a relative, a verb of the clause's report. */
const PHRASE_END = /^(?:in|on|at|across|from|to|for|by|with|during|after|before|since|when|while|that|which|who|was|were|is|are|has|have|had|the|a|an|said|says|according)$/i;

/** The members (stems of their last words) of the noun phrase measured by a figure, or null when none is read. */
function membersOf(c: ClaimItem): string[] | null {
  const m = OF_AFTER.exec(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 120));
  if (m === null) return null;
  const words = m[1].split(/(\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+|\s+)/);
  // Cut at the first word that ends the phrase; then members are split at commas and and/or.
  // A comma alone does not make a list ("of Karvik, officials said"): only a conjunction before
  // the last member does, so the members are those up to the one after the last "and"/"or", and a
  // phrase with no conjunction is one member (its first).
  const members: string[] = [];
  let current: string | null = null;
  let listEnd = 0;
  for (let i = 0; i < words.length; i += 2) {
    const w = words[i];
    // A determiner opening the phrase ("of the crops") is no member.
    if (current === null && /^(?:the|its|their|his|her|a|an)$/i.test(w)) continue;
    if (PHRASE_END.test(w)) break;
    const sep = i > 0 ? words[i - 1] : '';
    if (current !== null && /,|\band\b|\bor\b/.test(sep)) members.push(current);
    if (current !== null && /\b(?:and|or)\b/.test(sep)) listEnd = members.length + 1;
    current = stem(w.toLowerCase());
  }
  if (current !== null) members.push(current);
  if (members.length === 0) return null;
  return listEnd > 0 ? members.slice(0, listEnd) : members.slice(0, 1);
}

/**
 * Whether one figure measures a list of things that names every thing the other's phrase names and
 * more: a whole against its part.
 */
export function listedPart(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number') return false;
  const mx = membersOf(x);
  const my = membersOf(y);
  if (mx === null || my === null) return false;
  const covers = (whole: string[], part: string[]): boolean => whole.length > part.length && part.every((p) => whole.includes(p));
  return covers(mx, my) || covers(my, mx);
}
