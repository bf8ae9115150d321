/**
 * The size of a crowd, told with other nouns and other verbs by each outlet (issue #10, session
 * 29's unseen reading: "400,000" / "half a million" / "350,000" of one march, never compared):
 * "400,000 people marched", "half a million protesters filled the streets", "350,000
 * demonstrators rallied". Each figure counts the people of one gathering, whatever noun names
 * them (people, protesters, demonstrators, marchers) and whatever verb tells them gathering; read
 * so, the three are one measured thing, and the candidate index (conflicts/claim-index.ts) files
 * them under one slot with the gathering's named place or target, as a toll is filed under its
 * casualty.
 *
 * Why both a crowd noun and a crowd verb: a count of protesters governed by another verb
 * ("arrested 200 protesters", "200 protesters were injured") counts those the act was done to, a
 * part of the crowd, not its size; a count of people governed by "gathered" or "marched" is the
 * crowd's size. A verb that also tells of other things ("drew 20,000 people", "turned out") is
 * read as a crowd's only with its people ("drew 20,000 signatures" is no crowd; "turned" only
 * with "out" after it).
 *
 * What the claim becomes: its unit is that of a count of people (count:peopl) and its measure
 * gains `EV:crowd`, as casualty-nouns.ts makes "left 12 dead" a count of people with its
 * casualty. Every gate of counts still applies (one period, one place of its own clause, one
 * source's credit named on the card, a running tally apart).
 */
import { stem } from '../words/lex.js';

/** Nouns (stems) of the people of a gathering. */
const CROWD_NOUNS = new Set(['people', 'persons', 'protesters', 'demonstrators', 'marchers', 'participants', 'supporters', 'mourners', 'worshippers', 'pilgrims', 'fans', 'spectators', 'rally-goers'].map(stem));

/** Governing words (measure keys: lemmas) of a gathering: the figure is its subject. */
const CROWD_ACTS = new Set(['march', 'rally', 'protest', 'demonstrate', 'gather', 'assemble', 'throng', 'fill', 'pack', 'attend', 'converge', 'pour', 'flood', 'descend', 'crowd', 'mass', 'draw', 'turn']);
/** Acts read as a gathering only with their people ("drew 20,000 people") or their particle ("turned out"). */
const PARTICLE_AFTER: Record<string, RegExp> = { turn: /\bturn(?:ed|s|ing)?\s+out\b/i };

/** The measure key of a crowd's size. */
export const CROWD = 'EV:crowd';

/** Whether a noun (stem) names the people of a gathering. */
export function crowdNoun(noun: string): boolean {
  return CROWD_NOUNS.has(noun);
}

/** Whether a count (its unit noun, its measure keys, its sentence) is the size of a gathering. */
export function crowdSize(noun: string, measure: readonly string[], sentence: string): boolean {
  if (!crowdNoun(noun)) return false;
  return measure.some((m) => CROWD_ACTS.has(m) && (PARTICLE_AFTER[m] === undefined || PARTICLE_AFTER[m].test(sentence)));
}

/**
 * Two counts that meet as one crowd's size only by their gathering (CROWD is the one measure they
 * share: "marched" / "rallied"): the evidence is that reading, never the sentences' own words, so
 * a card it makes is at most possible (conflicts.ts), and two crowds of two named places are two
 * gatherings ("400,000 marched through Dorvania" / "In Velmar, 20,000 rallied": one day's
 * protests in two cities).
 */
export function crowdOnly(x: { measure: string[] }, y: { measure: string[] }): boolean {
  return x.measure.includes(CROWD) && y.measure.includes(CROWD) && !x.measure.some((m) => m !== CROWD && y.measure.includes(m));
}

/** Two crowds told of places of their own, none shared: two gatherings. */
export function crowdsApart(x: { measure: string[]; places: string[] }, y: { measure: string[]; places: string[] }): boolean {
  return crowdOnly(x, y) && x.places.length > 0 && y.places.length > 0 && !x.places.some((p) => y.places.includes(p));
}

/**
 * The groups a crowd's noun names: protesters, demonstrators and marchers are one gathering's
 * people told otherwise; fans and spectators an audience; mourners a funeral's; worshippers and
 * pilgrims a rite's. "people" and "persons" name any. Two crowds named by nouns of no shared group
 * ("30,000 fans packed the stadium" / "2,000 protesters gathered outside it") are two gatherings
 * of one day, not one crowd counted twice (a possible false card on invented text, session 30
 * review). "supporters" may be a march's or a team's: both groups.
 */
const CROWD_GROUPS: Record<string, string[]> = {
  protesters: ['protest'], demonstrators: ['protest'], marchers: ['protest'], 'rally-goers': ['protest'], participants: ['protest', 'audience'],
  supporters: ['protest', 'audience'], fans: ['audience'], spectators: ['audience'], mourners: ['mourning'], worshippers: ['rite'], pilgrims: ['rite'],
};
const FIRST_WORD = /^\s*([\p{L}-]+)/u;
/** The groups of the noun right after a crowd's figure, or null for any group ("people", or none read). */
function crowdGroups(c: { start: number; end: number; sentence: { start: number; text: string } }): string[] | null {
  const m = FIRST_WORD.exec(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 40));
  return m ? CROWD_GROUPS[m[1].toLowerCase()] ?? null : null;
}
/** Two counts met as crowds (CROWD both) whose nouns name no shared group: two gatherings. */
export function crowdsOfOtherGroups(x: { measure: string[]; start: number; end: number; sentence: { start: number; text: string } }, y: { measure: string[]; start: number; end: number; sentence: { start: number; text: string } }): boolean {
  if (!x.measure.includes(CROWD) || !y.measure.includes(CROWD)) return false;
  const gx = crowdGroups(x);
  const gy = crowdGroups(y);
  return gx !== null && gy !== null && !gx.some((g) => gy.includes(g));
}

/**
 * A site a crowd's count is told of by a definite noun: "At the cathedral, 800 mourners attended
 * the service", "2,000 people gathered outside the embassy". Buildings and open places where a
 * part of a gathering can be counted on its own, listed because a general noun ("the funeral",
 * "the march") names the gathering itself and not a part of it. Read over the whole sentence: a
 * crowd's sentence is one clause of gathering, and the site may open it or follow the verb.
 */
const SITE_NOUNS = ['cathedral', 'church', 'chapel', 'mosque', 'synagogue', 'temple', 'basilica', 'stadium', 'arena', 'hall', 'square', 'plaza', 'park', 'embassy', 'consulate', 'palace', 'courthouse', 'parliament', 'capitol', 'ministry', 'headquarters', 'building', 'gate', 'gates', 'cemetery', 'graveside'];
const SITE = new RegExp(String.raw`\b(?:at|inside|outside|in\s+front\s+of|on\s+the\s+steps\s+of)\s+the\s+(${SITE_NOUNS.join('|')})\b`, 'i');
/** Each site noun's whole-word pattern, made once (not per pair compared). */
const SITE_WORD = new Map(SITE_NOUNS.map((n) => [n, new RegExp(String.raw`\b${n}\b`, 'i')]));

/**
 * Two crowd counts (CROWD both) where one is told of a site the other's sentence never writes
 * ("At the cathedral, 800 mourners attended the service" / "Some 5,000 mourners attended the
 * funeral"): the count inside one place against the whole gathering, or two sites' counts, not
 * one crowd counted twice (a confident false card on invented text, session 30 review). Two
 * counts of one site ("5,000 fans at the stadium" / "8,000 fans at the stadium") still compare.
 */
export function crowdSiteApart(x: { measure: string[]; sentence: { text: string } }, y: { measure: string[]; sentence: { text: string } }): boolean {
  if (!x.measure.includes(CROWD) || !y.measure.includes(CROWD)) return false;
  const own = (a: { sentence: { text: string } }, b: { sentence: { text: string } }): boolean => {
    const site = SITE.exec(a.sentence.text)?.[1]?.toLowerCase();
    return site !== undefined && !SITE_WORD.get(site)!.test(b.sentence.text);
  };
  return own(x, y) || own(y, x);
}
