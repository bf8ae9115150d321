/**
 * Two counts of one noun that count two sets, told apart by what restricts one of them (issue #10,
 * session 24's unseen reading: "5.4 million" low-income families paying more than half their
 * incomes, nationwide / "about 130,000" low-income families living in subsidized housing in one
 * state, a false card; invented here as "5.4 million tickets sold" / "130,000 tickets sold online").
 * A count's noun phrase and its predicate define the set it counts; two figures of one noun are one
 * claim only when they count one set. Two constructions, each read in the figures' own sentences:
 *
 * - **Two predicates of two subject sets** (predicateSets): each figure opens its clause, so its
 *   noun is the subject of the verb that governs it ("About 130,000 families live in subsidized
 *   housing" / "5.4 million families pay more than half their income"), and the two verbs name no
 *   one act, neither sentence writing the other's (governing-acts.ts predicatesApart: no lemma,
 *   WordNet synset or event class in common, so "died" / "were killed" stay one act). A subject
 *   count counts those who do its verb: two verbs, two sets. As an object ("killed 12" / "left 15
 *   dead") a figure is the act's own measure, and the verbs vary with the outlet: left alone.
 * - **A restricting adverbial in one only** (restrictor): right after the counted noun, or after
 *   its participle ("tickets sold online", "votes cast abroad", "tickets bought in advance"), one
 *   side writes an adverbial of channel or extent, and the other sentence never writes it. Such an
 *   adverbial names a subset of the acts counted (the online sales of all the sales), so the
 *   smaller figure may be a part of the larger. The class is closed (where or by which channel an
 *   act is done, not when): a list of its members, not of any story's words.
 *
 * Either way the outlets do not disagree: no card. Constant work per pair (two sentences' windows).
 */
import type { ClaimItem } from '../claims/claims.js';
import { predicatesApart } from './governing-acts.js';

/**
 * What may stand before a figure that opens its clause: a conjunction, a determiner or a bound
 * ("and about 130,000 …", "Some 60 ships …"); anything else (a verb, a subject) makes the figure
 * an object or an adjunct.
 */
const CLAUSE_OPENING = /^(?:\s*(?:and|but|while|whereas|the|an?|some|about|around|nearly|almost|only|just|roughly|approximately|at\s+least|more\s+than|fewer\s+than|less\s+than|over|under|up\s+to|as\s+many\s+as|an\s+estimated)\b)*\s*$/i;

/** Whether a count opens its clause (CLAUSE_OPENING before it, from the last clause break): its noun is the clause's subject. */
function opensClause(c: ClaimItem): boolean {
  const before = c.sentence.text.slice(0, c.start - c.sentence.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'));
  return CLAUSE_OPENING.test(before.slice(cut + 1));
}

/** Two subject counts of two predicates (see the module comment). */
function predicateSets(x: ClaimItem, y: ClaimItem): boolean {
  return opensClause(x) && opensClause(y) && predicatesApart(x, y);
}

/**
 * Adverbials of the channel or the extent of an act, which restrict which acts are counted (see
 * the module comment). Not places by name: a place after a count is most often the event's own
 * ("killed 12 people in Karvik"), which the other report leaves out as known.
 */
const RESTRICTORS = /^(?:online|offline|abroad|overseas|domestically|internationally|locally|in\s+advance|in\s+person|by\s+(?:mail|post|phone|telephone|internet)|on\s+(?:the\s+)?(?:internet|web|phone)|at\s+the\s+door|in\s+cash)\b/i;
/** Between the counted noun and the adverbial: at most a participle or two words ("tickets [sold] online", "votes [were cast] abroad"). */
const AFTER_NOUN = /^\s+(?:[\p{L}-]+\s+){0,2}?/u;
/** Characters after the figure read for its noun and adverbial. */
const SPAN = 60;

/** The restricting adverbial written after `c`'s counted noun (RESTRICTORS), or null. */
function restrictor(c: ClaimItem): string | null {
  const noun = c.unit?.slice(c.unit.lastIndexOf(':') + 1) ?? '';
  if (noun.length < 3) return null;
  const after = c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + SPAN);
  const at = after.toLowerCase().indexOf(noun);
  if (at < 0) return null;
  // To the end of the noun's word, then the participle and the adverbial.
  const rest = after.slice(at).replace(/^[\p{L}-]+/u, '');
  const m = AFTER_NOUN.exec(rest);
  const tail = rest.slice(m ? m[0].length : 0);
  const r = RESTRICTORS.exec(tail) ?? RESTRICTORS.exec(rest.trimStart());
  return r ? r[0].toLowerCase().replace(/\s+/g, ' ') : null;
}

/** Whether `text` writes the adverbial `r` anywhere (the other side may tell it elsewhere). */
const writes = (text: string, r: string): boolean => new RegExp(`\\b${r.replace(/ /g, '\\s+')}\\b`, 'i').test(text);

/**
 * Whether two counts of one noun count two sets (see the module comment): two subject counts of
 * two predicates, or one restricted by an adverbial the other sentence never writes.
 */
export function restrictedSets(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number' || !x.unit?.startsWith('count:') || !y.unit?.startsWith('count:')) return false;
  const rx = restrictor(x);
  const ry = restrictor(y);
  if ((rx !== null && rx !== ry && !writes(y.sentence.text, rx)) || (ry !== null && ry !== rx && !writes(x.sentence.text, ry))) return true;
  return predicateSets(x, y);
}
