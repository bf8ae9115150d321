/**
 * What a count found by the candidate index (claim-index.ts) must say of its own time and extent
 * before it is set against another outlet's count of one slot (issue #10, session 21: counts of
 * people and things whose sentences were never aligned). Owns the construction tests that only the
 * index needs: two aligned sentences tell one moment of one event by their alikeness, two
 * unaligned ones may tell a single occasion and a running total of the same act.
 *
 * - A running count (`running`): a tally carried to the report's time or over a stretch ("so
 *   far", "to date", "since the protests began", "this year", "over the past week") counts every
 *   occasion of the act up to then; the other report's count of one occasion ("arrested more
 *   than 200 protesters on Saturday") is a part of it, and two running counts of reports of
 *   different hours are an update, not a contradiction. Precision before recall: a pair with a
 *   running count on either side is not filed.
 * - A whole (`whole`): "nationwide", "across the country", "throughout the Caribbean" widen what
 *   is counted beyond the event's place, and "in all", "a total of" sum its parts; against a
 *   count that says neither it is a whole against a part (one city's arrests against the
 *   country's). Paired only when both or neither are so told.
 *
 * `whole` also gates aligned pairs of counts where the other count names a place of its own the
 * whole's sentence never writes (partAgainstWhole, conflicts.ts).
 *
 * Each test reads the figure's own sentence in a bounded window: constant work per pair.
 */
import type { ClaimItem } from '../claims/claims.js';

/** How far either side of the figure the markers are read (characters, within its sentence). */
const SPAN = 80;

/**
 * Markers of a running count, read in the figure's own sentence near it: an accumulation adverbial
 * ("so far", "to date", "thus far", "cumulative"; not "in all" or "a total of", which sum the
 * parts of one occasion as often: "a total of 400 were arrested on Saturday"),
 * a stretch up to now ("since …", "this year", "this month", "over the past week", "in recent
 * days", "in the last two weeks"), or a count "up to" now ("bringing the total to", "raising the
 * toll to": the toll after another count added to it).
 */
const RUNNING = /\b(?:so\s+far|to\s+date|thus\s+far|cumulative(?:ly)?|since|this\s+(?:year|month|week|season)|(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous|recent)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)|in\s+recent\s+(?:days|weeks|months|years)|bringing|brings|raising|raises|pushing)\b/i;

/**
 * Words that widen a count beyond one event's place ("nationwide", "across the country",
 * "throughout the Caribbean", "across the capital"), or make it the sum of its parts ("in all", "in
 * total", "altogether", "a total of", "combined"): either is a whole that the other report's count
 * may be one part of ("killing three people on the island" / "In all, Georges killed at least 430
 * people throughout the Caribbean", read on a DUC 2003 dev story while this was built).
 */
const EXTENT = /\b(?:nationwide|nationally|countrywide|worldwide|globally|(?:across|throughout|around)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*|country|nation|region|state|world|continent|globe|city|capital|area|island|province|territory)|in\s+all|in\s+total|altogether|(?:a|the)\s+total\s+of|combined)\b/iu;

/** The figure's sentence within SPAN characters either side of it, cut at the sentence's ends. */
function near(c: ClaimItem): string {
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  return `${c.sentence.text.slice(Math.max(0, rel - SPAN), rel)} ${c.sentence.text.slice(relEnd, relEnd + SPAN)}`;
}

/**
 * The present perfect governing a count in its clause ("Violence in Dorna has killed more than 300
 * people", "have now displaced 4,000"): a tally reached by the report's time (the resultative
 * perfect, as conflicts.ts isRunningCount reads it for updates), which counts every occasion up to
 * then; another report's count of one day's attack is a part of it (invented text, session 29:
 * a possible card "12" / "more than 300" of one town's dead). Read back to the clause's last comma.
 */
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+|since\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|wn|ne)\s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+)?$/u;

/** Whether a count is told as a running total (see the module comment). */
export function running(c: ClaimItem): boolean {
  const rel = c.start - c.sentence.start;
  const clause = c.sentence.text.slice(Math.max(0, rel - SPAN), rel).split(/[,;:]/).pop() ?? '';
  return RUNNING.test(near(c)) || PERFECT_BEFORE.test(clause);
}

/** Whether a count is widened or summed (EXTENT): a whole, where the other may count a part. */
export function whole(c: ClaimItem): boolean {
  return EXTENT.test(near(c));
}

/**
 * Whether two counts the index filed under one slot tell one moment of one extent: neither a
 * running count, and both or neither a whole.
 */
export function oneOccasion(x: ClaimItem, y: ClaimItem): boolean {
  return !running(x) && !running(y) && whole(x) === whole(y);
}

/**
 * Two counts of people or things, one told as a whole (summed or widened, `whole`) and the other
 * as a part: a count that names a place of its own context the whole's sentence never writes
 * ("killed three people in the fishing villages of Karvik" / "In all, Hurricane Velna killed at
 * least 40 people"). Used for aligned pairs too (conflicts.ts), where the sentences' other words
 * alike made it a sure card. Only with such a place: a whole against a count that names no part
 * is most often one figure told two ways ("A total of 38.5 million voters are registered … in
 * Dravia" / "38 million voters are registered … in Dravia"; "killed at least 28 Armenians across
 * the Tarn valley" / "26 people had died in the air strikes": both real cards of earlier tests,
 * lost when every whole was set apart). The index asks more (oneOccasion).
 */
export function partAgainstWhole(x: ClaimItem, y: ClaimItem): boolean {
  if (x.kind !== 'number' || y.kind !== 'number' || !x.unit?.startsWith('count:') || !y.unit?.startsWith('count:')) return false;
  if (whole(x) === whole(y)) return false;
  const [w, part] = whole(x) ? [x, y] : [y, x];
  const text = w.sentence.text.toLowerCase();
  if (part.places.some((n) => !text.includes(n.toLowerCase()))) return true;
  // A place the part names by a definite noun instead of its name ("killing three people on the
  // island", the island named sentences before) is a place of its own as much as a name is,
  // when the whole's sentence never writes that noun (session 29's unseen reading: a DUC 2003
  // story showed "three" on one island → "at least 430 … throughout the Caribbean" as an update
  // of one toll). Read in the figure's window, as the markers are.
  const noun = PLACE_NOUN.exec(near(part))?.[1]?.toLowerCase();
  const word = noun === undefined ? undefined : PLACE_NOUN_WORD.get(noun);
  return word !== undefined && !word.test(text);
}

/**
 * A place told by a definite noun after a preposition of place ("on the island", "in the town",
 * "across the province"): the nouns of settled or administered places only, so that an event
 * noun ("in the attack", "in the fire") is never read as a place.
 */
const PLACE_NOUNS = ['island', 'islands', 'town', 'city', 'village', 'province', 'state', 'region', 'county', 'district', 'capital', 'country', 'territory', 'mainland', 'archipelago'];
const PLACE_NOUN = new RegExp(`\\b(?:on|in|at|across|throughout)\\s+the\\s+(${PLACE_NOUNS.join('|')})\\b`, 'i');
/** Each place noun as a whole word (partAgainstWhole; PLACE_NOUN's group, lower-cased, is always one of them), made once instead of once per pair compared. */
const PLACE_NOUN_WORD: ReadonlyMap<string, RegExp> = new Map(PLACE_NOUNS.map((n) => [n, new RegExp(`\\b${n}\\b`)]));

/**
 * A count of the rest of a kind, or of more of it, written right after the figure ("three other
 * rifles", "two other rifles", "five more people", "20 additional troops"): it counts what is left
 * beyond the things its sentence names before it, or what is added to an earlier count, not the
 * whole kind. Against a count that says neither ("Nine assault rifles … were seized") it is a part
 * against the whole (an ECB+ dev story, session 29, once "Nine" opening a sentence was read: it
 * joined a real card of "three other rifles" / "two other rifles" and took its outlier away).
 */
const REST_AFTER = /^\s+(?:other|more|additional|further|extra)\b/i;

/** Whether a count is of the rest or of more (REST_AFTER). */
export function restCount(c: ClaimItem): boolean {
  return c.kind === 'number' && REST_AFTER.test(c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 16));
}

/**
 * A toll told of where or when its dead died, a part of the event's toll: "four people were killed
 * at the scene" (others died later), "died on the spot", "killed instantly", "two more died in
 * hospital", "later died", or of one place only ("two died in my village alone"). Against a
 * count of the event's dead that says none of this ("Twelve people were killed when a bus
 * crashed") it counts a part, not the toll told another way (invented text, session 29's review: a
 * confident false card "Twelve" / "Four … at the scene", which the sentence-opening number words
 * made likelier; with figures, "12" / "4", it was one in the base too). Read in the figure's own
 * sentence near it (SPAN), as `running` and `whole` are.
 */
const PART_OF_TOLL = /\b(?:at\s+the\s+scene|on\s+the\s+spot|on\s+impact|instantly|(?:died|dead)\s+(?:later\s+)?(?:in|at)\s+(?:a\s+|the\s+)?(?:hospitals?|clinics?)|later\s+died|died\s+later|(?:on\s+the\s+way|en\s+route)\s+to\s+(?:a\s+|the\s+)?hospital|(?:in|at|on)\s+[^,.;:!?]{1,40}?\s+alone)\b/i;

/**
 * The dead counted as found ("firefighters found five dead in the basement", "recovered 5 bodies"):
 * the dead one search reached, a part of a toll (invented text, session 29's review: a confident
 * false card once "five dead" was read as a count of people). Only right before the figure.
 */
const FOUND_BEFORE = /\b(?:found|recovered|retrieved|pulled\s+out|discovered)\s+(?:the\s+)?(?:bodies\s+of\s+)?$/i;

/** Whether a count is told of where or when its dead died, or as found (PART_OF_TOLL, FOUND_BEFORE): a part of a toll. */
export function partOfToll(c: ClaimItem): boolean {
  if (c.kind !== 'number') return false;
  const rel = c.start - c.sentence.start;
  const relEnd = c.end - c.sentence.start;
  const before = c.sentence.text.slice(Math.max(0, rel - 40), rel);
  const found = FOUND_BEFORE.test(before);
  // Found things are no part of a toll: only the dead counted as found ("found four dead",
  // "recovered 5 bodies", "the bodies of three") are; "The navy recovered four AK-47 assault
  // rifles" is a count of the whole haul (ECB+ dev 12ecb's injected four/seven, lost once every
  // found count was read as a part).
  const dead = /bodies\s+of\s+$/i.test(before) || FOUND_DEAD_AFTER.test(c.sentence.text.slice(relEnd, relEnd + 40));
  return PART_OF_TOLL.test(near(c)) || (found && dead);
}

/** What follows a count of the dead found: "dead", "bodies", "corpses", "victims", after at most two words ("five people dead"). */
const FOUND_DEAD_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:dead|bodies|corpses|victims)\b/iu;

/**
 * A count told as a rate over every such stretch ("Fires in Dorna kill 30 people every year",
 * "annually", "a year", "per month"): a habit counting many occasions, as a tally does, where the
 * other count is of one occasion (invented text, session 29's review: a possible false card
 * "Twelve people died in a fire … on Saturday" / "Fires in Dorna kill 30 people every year"; with
 * figures, "12", it was one in the base too). Read in the figure's own sentence near it (SPAN).
 */
const RATE = /\b(?:(?:each|every|per)\s+(?:year|month|week|day|season)|annually|yearly|a\s+(?:year|month|week|day)(?!\s+(?:ago|earlier|later|before|after|or)\b))\b/i;

/** Whether a count is told as a rate over every year, month, week or day (RATE). */
export function rateCount(c: ClaimItem): boolean {
  return c.kind === 'number' && RATE.test(near(c));
}
