/**
 * False conflict cards read on real untouched dev stories (issue #10, precision; session 13,
 * branch `cards`), reproduced on invented articles: whose figure a value is (its owner), one
 * ceremony's year on two calendars, two predicates over one count, a place inside another, and a
 * school year's span. Each test fails without the mechanism it names; the last ones keep the real
 * disagreement of the same shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor', 'Dravia Herald', 'Orsk Ledger', 'Tamber Wire'];
/** Articles with their own publication dates (null: undated). */
const dated = (...arts: Array<[string | null, string]>): Conflict[] => buildDossier(arts.map(([p, t], i) => article(`a${i + 1}`, OUTLETS[i], p, t))).dossier.conflicts;
const values = (cs: Conflict[], kinds: string[]): string[][] => cs.filter((c) => kinds.includes(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());
const NUM = ['number', 'quantity'];

test('prices owned by different things ("the average wholesale price for Zelvox and Prandin is $2.02" / "Prandin, which has an average wholesale price of $2.42") are two figures', () => {
  const cs = dated(
    ['2026-05-24', 'Both drugs cost far more than older remedies. The average wholesale price for Zelvox and Prandin is $2.02 for the standard dosage.'],
    ['2026-08-02', 'The pills\' prices might matter. Zelvox is priced comparably with Prandin, which has an average wholesale price of $2.42 for its daily pill.'],
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a count owned by a named body ("the city\'s 17 high schools") and a whole set ("each of the 16 high schools") against some things ("outside four high schools") are three things counted', () => {
  const cs = dated(
    ['2026-08-09', 'One proposal of the Orsk County school district task force was a second campus supervisor at each of the 16 high schools.'],
    ['2026-05-20', "In the capital, all but one of the city's 17 high schools were evacuated on April 26 because of a bomb threat."],
    ['2026-08-11', 'In Adams County, a group of ministers paid to place stone tablets outside four high schools to counter moral decline.'],
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('an owner one sentence names ("the city\'s 17 high schools") and the other never does is another body\'s count', () => {
  const cs = dated(
    ['2026-05-20', "All but one of the city's 17 high schools were evacuated on Monday because of a bomb threat."],
    ['2026-05-21', 'A bomb threat last week forced the evacuation of the 16 high schools in Orsk County.'],
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a whole set ("at each of the 16 high schools") is not some things ("outside four high schools") when only the counted words tie them', () => {
  const cs = dated(
    ['2026-08-09', 'Under the plan, guards were posted at each of the 16 high schools in the district, the task force said.'],
    ['2026-08-11', 'Ministers paid for guards posted outside four high schools to counter moral decline.'],
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a plan\'s "this year" and "next year" for one recurring ceremony are two calendars, not two years', () => {
  const cs = dated(
    ['2026-08-02', 'Mara Quell will host the Selen Awards for a second time next year, the academy announced Friday.'],
    ['2026-08-02', 'The producers of the Selen Awards telecast announced Friday that Mara Quell would return next year to host the annual ceremony.'],
    ['2026-08-02T08:13:00-07:00', 'Mara Quell just tweeted she will be hosting the Selen Awards this year.'],
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
  // A plan of something that does not recur: "this year" and "next year" stay two years.
  const vote = dated(
    ['2026-08-02', 'The country will hold its general election next year, the prime minister announced Friday.'],
    ['2026-08-02', 'The prime minister announced Friday that the country will hold its general election this year.'],
  );
  assert.deepEqual(values(vote, ['date']), [['next year', 'this year']]);
});

test('one count under two predicates ("killed" / "hold … to ransom") is two slots', () => {
  const cs = dated(
    [null, 'At least one Tamber crew member was killed in the attack, which the navy had first announced as the sinking of a pirate ship.'],
    [null, 'It is feared that three crew members lost their lives in the attack under questionable circumstances, a seafarers group said.'],
    [null, 'The pirates still hold at least 14 foreign vessels and more than 300 crew members to ransom.'],
  );
  assert.ok(!values(cs, NUM).some((v) => v.includes('more than 300')), JSON.stringify(values(cs, NUM)));
});

test('a school year\'s span ("the 1997-98 school year") is not the calendar year of another figure\'s sentence', () => {
  const cs = dated(
    ['1999-04-21', 'Officials still say schools are safe. In 1996, theft accounted for 62 percent of crimes against students at school.'],
    ['1999-08-10', 'Most of those suspended in the 1997-98 school year _ 62 percent _ were suspended for knives.'],
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
});

test('a third value that is one claim with neither side of the pair (a forecast beside two reports of what was done) is no side of the disagreement, which stays', () => {
  const cs = dated(
    ['2026-03-05', 'The factory added 12 jobs at the plant in Orsk this month, the company said.'],
    ['2026-03-05', 'The factory added 18 jobs at the plant in Orsk this month, the company said.'],
    ['2026-03-05', 'Economists had predicted the factory would add 30 jobs at the plant in Orsk this month.'],
  );
  assert.deepEqual(values(cs, NUM), [['12', '18']], JSON.stringify(values(cs, NUM)));
});

test('a place the story names together with another ("Malibu, a beach city west of Los Angeles") is no contradiction of it; without that sentence the card stays', () => {
  const fire = (place: string): string => `A wildfire destroyed 24 homes in ${place} on Sunday, fire officials said. Crews were still fighting the flames on Monday.`;
  const related = dated(['2026-11-15', fire('Malibu')], ['2026-11-15', fire('Los Angeles')], ['2026-11-15', 'Firefighters battled the blaze through the night. Malibu, a beach city west of Los Angeles, has seen many such fires.']);
  assert.deepEqual(values(related, ['place']), [], JSON.stringify(values(related, ['place'])));
  const unrelated = dated(['2026-11-15', fire('Malibu')], ['2026-11-15', fire('Los Angeles')]);
  assert.deepEqual(values(unrelated, ['place']), [['Los Angeles', 'Malibu']]);
  // The same for a place put in the same words by sentences not aligned as one fact (a substitution).
  const broke = (place: string, rest: string): string => `The wildfire that broke out in ${place} on Sunday ${rest}`;
  const loose = dated(
    ['2026-11-15', broke('Malibu', 'had destroyed 24 homes by nightfall, fire officials said. Crews were still fighting the flames on Monday.')],
    ['2026-11-16', `Residents returned to find ash where ${broke('Los Angeles', 'had burned through their street. Schools stayed closed.').replace(/^The/, 'the')}`],
    ['2026-11-16', 'Malibu, a beach city west of Los Angeles, has seen many such fires.'],
  );
  assert.deepEqual(values(loose, ['place']), [], JSON.stringify(values(loose, ['place'])));
});
