/**
 * One statement credited to two named people who may both have said it (issue #10, session 23:
 * sure false speaker cards on invented text). A speaker card accuses an outlet of giving someone's
 * words to someone else; two constructions say the outlet did not:
 * - **a proxy**: the speaker is named as the other side's spokesperson, aide or representative
 *   ("said Ivo Mensk, a spokesman for Interior Minister Anna Varga", "Varga's spokesman, Ivo
 *   Mensk, said"), or delivers the words on the other's behalf ("on behalf of Varga", "reading a
 *   statement from Varga"). The words are the principal's, spoken by the proxy: both attributions
 *   are right.
 * - **a repetition**: the quote's attribution says the words were said again ("Prime Minister Holm
 *   repeated the pledge", "echoed", "reiterated"). Two people saying one sentence is
 *   what a repetition is, not a misattribution.
 * Read only within the attribution window around each version (the text either side of the
 * quote where the people it is credited to are named): bounded work per quote.
 */
import type { DossierQuote } from '../../core/dossier-schema.js';
import type { EntityIndex } from '../entities/entities.js';

/** Characters either side of a quote read for its attribution (as conflicts.ts ATTRIBUTION_WINDOW). */
const WINDOW = 150;
/** Words naming someone who speaks for another ("a spokesman for", "an aide to", "the lawyer of"). */
const PROXY_NOUN = String.raw`(?:spokes(?:man|woman|person)|press\s+secretary|aide|adviser|advisor|representative|lawyer|attorney|envoy)`;
/** Before the principal's name: "a spokesman for [the] …", "on behalf of", "a statement from". */
const PROXY_BEFORE = new RegExp(String.raw`(?:\b${PROXY_NOUN}\s+(?:for|to|of)|\bon\s+behalf\s+of|\b(?:statement|message|letter|remarks)\s+(?:from|by|of|issued\s+by))\s+(?:[\p{L}.'’-]+\s+){0,4}$`, 'iu');
/** After the principal's name: "Varga's spokesman". */
const PROXY_AFTER = new RegExp(String.raw`^['’]s?\s+(?:[\p{L}-]+\s+){0,2}${PROXY_NOUN}\b`, 'iu');
/**
 * Verbs saying the words were said again. ("Quoted" is left out: "was quoted as saying" is the
 * commonest attribution of a speaker's own words.)
 */
const REPEATED = /\b(?:repeat(?:ed|s|ing)?|reiterat(?:ed|es|ing|e)|echo(?:ed|es|ing)|paraphras(?:ed|es|ing|e))\b/i;

/**
 * Whether, around some version of the statement, its speaker is named as the proxy of another
 * side's speaker, or the attribution says the words were repeated (see the module header).
 * `textOf` gives an article's text; without it nothing is decided.
 */
export function proxyOrRepeated(members: DossierQuote[], speakers: string[], ents: EntityIndex, textOf: ((article: string) => string | null) | undefined): boolean {
  if (!textOf) return false;
  for (const m of members) {
    const text = textOf(m.article);
    if (text === null) continue;
    const from = Math.max(0, m.start - WINDOW);
    const to = Math.min(text.length, m.end + WINDOW);
    // The window outside the quote itself: the quoted words are the statement, not its attribution.
    if (REPEATED.test(text.slice(from, m.start)) || REPEATED.test(text.slice(m.end, to))) return true;
    for (const other of speakers) {
      if (other === m.speaker) continue;
      for (const x of ents.get(other)?.mentions ?? []) {
        if (x.article !== m.article || x.end <= from || x.start >= to) continue;
        if (x.start >= m.start && x.end <= m.end) continue;
        if (PROXY_BEFORE.test(text.slice(Math.max(0, x.start - 80), x.start)) || PROXY_AFTER.test(text.slice(x.end, x.end + 40))) return true;
      }
    }
  }
  return false;
}
