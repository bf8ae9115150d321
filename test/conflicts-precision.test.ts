/**
 * False conflict cards read on real untouched dev stories (issue #10, precision; branch `cards`),
 * reproduced on invented articles: what is counted, who did it, and the time a value holds. Each
 * test fails without the mechanism it names and, where the shape allows, keeps the real
 * disagreement of the same shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor', 'Dravia Herald', 'Orsk Ledger', 'Tamber Wire'];
/** Articles of one day, one outlet each. */
const story = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-05', t))).dossier.conflicts;
/** Articles with their own publication dates (null: undated). */
const dated = (...arts: Array<[string | null, string]>): Conflict[] => buildDossier(arts.map(([p, t], i) => article(`a${i + 1}`, OUTLETS[i], p, t))).dossier.conflicts;
const values = (cs: Conflict[], kinds: string[]): string[][] => cs.filter((c) => kinds.includes(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());
const NUM = ['number', 'quantity'];

test('the same act done by two named actors ("The Herons … have offered Brandt a seven-year deal" / "the Bears offered Orlo Brandt an eight-year deal") is no figure in dispute', () => {
  const cs = story(
    'The Herons, according to reports, have offered Orlo Brandt a seven-year deal worth $140 million.',
    'We have a report that the Bears offered Orlo Brandt an eight-year deal worth $140 million, according to reports.',
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('figures governed by two events ("arrested 14 people in the bombing" / "the bombing killed 11 people") are two counts', () => {
  const cs = dated(
    ['2026-03-05', 'Police in Selen said they arrested 14 people in the bombing of the embassy in the capital.'],
    ['2026-03-06', 'The bombing of the embassy in the capital killed 11 people, police in Selen said.'],
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a past act\'s bare month read as the coming one ("in April, two students … shot 12 students" in a February report) is compared with nothing', () => {
  const cs = dated(
    ['2000-04-19', 'On April 20, 1999, two students at Orsk High in Selen, Colo., fatally shot 12 students and a teacher before killing themselves.'],
    ['2000-05-03', 'Since two teen-agers at Orsk High School killed twelve other students, a teacher and themselves in Selen, Colo., on April 20, 1999, some critics have said that schools have gone too far.'],
    ['2000-02-22', "It was the country's third school shooting of the year. In May, a 15-year-old boy in Dunmore, Ga., wounded six students. And in April, two students at Orsk High School in Selen, Colo., shot 12 students and a teacher to death, before killing themselves."],
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
});

test('a figure of an event dated after the other report was published ("The trouble Wednesday night began after more than 200 people set off") is not that report\'s', () => {
  const cs = dated(
    ['2026-03-09T22:00:00Z', 'Starting at about 8 p.m., nearly 100 people set off from the vigil site to march to the precinct stationhouse.'],
    ['2026-03-11T20:00:00Z', 'The trouble Wednesday night began soon after more than 200 people set off from the vigil site to march to the precinct.'],
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a wish ("each wanted to adopt eight Velmoran children") is not set against what was done ("3,500 Velmoran children were adopted")', () => {
  const cs = story(
    'Between 1955 and 1960, 3,500 Velmoran children were adopted by families abroad through the agency.',
    'Each of them wanted to adopt eight Velmoran children through the agency, Hald later recalled.',
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a sentence that gives both figures of a comparison ("about 32 million people tuned in, compared with 55.3 million a decade ago") does not contradict the older one', () => {
  const cs = story(
    'Ratings for last year\'s Selen Awards plunged to a record low, with about 32 million people tuning in, compared with 55.3 million a decade ago.',
    'A total of 55.3 million people tuned in to watch who took home the Selen Awards statuettes.',
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('shares of a group doing two things ("70 percent … did not want another referendum" / "43 percent … would vote yes") are two poll questions', () => {
  const cs = story(
    'Recent polls indicated that 70 percent of Velmorans did not want another referendum on independence.',
    'Recent polls indicate that only 43 percent of Velmorans would vote yes in another referendum on independence.',
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('hyphened counts of two heads ("a four-time league all-star" / "a five-time league all-defensive honoree") count two things', () => {
  const cs = story(
    'Maurice Hald, 48, a four-time league all-star while with the Herons, was fired from the Bears on Monday.',
    'Maurice Hald is also a five-time league All-Defensive Team honoree, the Bears said on Monday.',
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a total read with the unit of its parts ("The three bank workers-two women and a man-were killed") is no count of women', () => {
  const cs = story(
    'Police said two women and one man died at a branch of the Orsk bank which caught fire after rioters threw a petrol bomb.',
    'Two women and a man died at a branch of the Orsk bank which caught fire after rioters threw a petrol bomb, police said.',
    'The three bank workers-two women and a man-were killed when their branch of the Orsk bank caught fire after a petrol bomb.',
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('the stretch of an ongoing event ("after four days of riots" / "after eight days of riots") grows with the day of the report', () => {
  const cs = dated(
    [null, 'The youths smashed windows newly replaced after four days of the worst riots Vellmar has seen in decades.'],
    [null, 'The capital was calm Sunday after eight days of the worst riots Vellmar has seen in decades.'],
  );
  assert.deepEqual(values(cs, NUM), [], JSON.stringify(values(cs, NUM)));
});

test('a recurring date ("usually occurs around December every three to six years") is not the date of one event', () => {
  const cs = dated(
    ['2026-03-05', 'The warm current usually occurs around December every three to six years, the Selen forecast centre said.'],
    ['2026-03-06', 'The Selen forecast centre said the next warm current will occur around 2028.'],
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
});

test('reports a year apart each dating their event to their own day ("cautioned lawmakers Wednesday" / "warning Thursday") tell two events', () => {
  const cs = dated(
    ['2025-01-30', 'WASHINGTON -- Several lawmakers disagreed with Central Bank Chairman Orlo Hald\'s warning Thursday against spending the surplus.'],
    ['2026-02-25', 'WASHINGTON -- Central Bank Chairman Orlo Hald emphatically cautioned lawmakers Wednesday against spending the surplus.'],
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
});

test('a holder named for a past tenure ("served in the Cabinet of Prime Minister X") is not set against the holder every other report names', () => {
  const cs = dated(
    ['2026-03-01', 'Velmoran Prime Minister Tomas Hald assured the province of cooperation in strengthening its economy.'],
    ['2026-03-02', 'Velmoran Prime Minister Tomas Hald said his government would cooperate with the province.'],
    ['2026-03-03', 'Both men left the province for federal politics years ago. Both served in the Cabinet of Prime Minister Orlo Brandt and both have come home.'],
    ['2026-03-04', 'Prime Minister Tomas Hald has strongly opposed giving more powers to the province.'],
  );
  assert.deepEqual(values(cs, ['name']), [], JSON.stringify(values(cs, ['name'])));
});

test('a bare title in a sentence naming another club ("the Bears team of owner X and general manager Y") is not the office of "Herons general manager Z"', () => {
  const cs = story(
    'The Selen Bears team of owner Pieter Vans and General Manager Theo Marsh offered Orlo Brandt an eight-year deal worth $184 million.',
    'Bears owner Pieter Vans and general manager Theo Marsh flew to Selen to meet Orlo Brandt on Thursday.',
    'Herons general manager Tony Rell recently confirmed that the Herons had also made an eight-year offer to Orlo Brandt.',
  );
  assert.deepEqual(values(cs, ['name']), [], JSON.stringify(values(cs, ['name'])));
});

test('two holders each named once, by reports months apart, are a predecessor and a successor ("Tribal Council Chairman X" / "X, tribal chairman")', () => {
  const cs = dated(
    ['2026-01-08', 'Tribal Council Chairman Lonnie Sela, however, said he believed the tax would withstand legal challenge.'],
    ['2026-09-01', '"Those people were not coming to a casino," said Louise Benn, tribal council chairman.'],
  );
  assert.deepEqual(values(cs, ['name']), [], JSON.stringify(values(cs, ['name'])));
});

test('a nickname ("the guy fans call Big Swag") is no person to set against the one the other outlets name', () => {
  const cs = story(
    'Gregor Echen scored all 11 of his points in the second half, grabbed 11 rebounds and blocked six shots.',
    'Gregor Echen led the Herons in the second half, and the Herons won on Friday.',
    'In 8 first-half minutes, the guy teammates and fans call Big Swag scored 11 points and grabbed 11 rebounds.',
  );
  assert.deepEqual(values(cs, ['name']), [], JSON.stringify(values(cs, ['name'])));
});

test('a place against the same name with a plural word ("the Comoros Islands" / "the Comoro Islands") is one place', () => {
  const cs = story(
    'Media reports said the explosives had originated abroad and were transferred by sea via the Comoros Islands to Selen.',
    'Media reports said the explosives had originated abroad and were transferred by sea via the Comoro Islands to Selen.',
  );
  assert.deepEqual(values(cs, ['place']), [], JSON.stringify(values(cs, ['place'])));
});

test('dates used as names of two instances of a series ("Saturday\'s semifinals" / "Friday\'s second semifinal") name two games', () => {
  const cs = dated(
    ['2026-03-08', "In Saturday's semifinals, the Herons (25-7) will play Orsk State, which defeated Dunmore 51-50 on Friday."],
    ['2026-03-08', "The Herons (25-7) will play the winner of Friday's second semifinal between Dunmore and Orsk State."],
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
});

test('"Police" opening one report and "British police" in another are one actor: their figures stay compared ("picking up 100 suspected racists" / "arresting some 70 suspected racists")', () => {
  const cs = dated(
    ['2026-03-22', 'LONDON (AP) -- Police cracked down on racial intolerance, arresting three men in connection with the 2019 killing of a teen-ager, and picking up 100 suspected racists in separate raids around the capital Wednesday.'],
    ['2026-03-22', 'LONDON, March 22 (Xinhua) -- British police launched a series of crackdowns on hate crime across the capital on Wednesday, arresting some 70 suspected racists.'],
  );
  assert.deepEqual(values(cs, NUM), [['100', 'some 70']], JSON.stringify(values(cs, NUM)));
});

test('a plan moved later by a later report ("not expected until Saturday" on Thursday, "until Sunday" on Saturday) is a postponement, not two dates in dispute', () => {
  const cs = dated(
    ['1998-10-22', "Voting in the 3,312 polling stations in the country's 28 provinces is scheduled to close at 6 p.m. First official results are not expected until Saturday."],
    ['1998-10-24', 'It said counting is underway for 69 remaining seats in 16 more provinces. Official results are not expected until Sunday.'],
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
});

test('figures in words are compared noun by noun: "four years" does not make "returned to Dorsk" / "returned to Selen" two people\'s lines, "nine rebounds" / "eight rebounds" does', () => {
  const cs = story(
    "Hald returned to Dorsk to tend his family's real estate and oil interests after serving more than four years for his role in the scandal.",
    'After Mr. Hald pleaded guilty and served his sentence in 1973, he returned to Selen, where he worked in the family oil and real estate business, his nephew said.',
    'Hald was 75, the Dorsk Herald reported Wednesday.',
  );
  assert.deepEqual(values(cs, ['place']), [['Dorsk', 'Selen']], JSON.stringify(values(cs, ['place'])));
});

test('a date ahead of its report that disagrees either way ("detained … on May 23" in an April report, against "March 23") stays a conflict', () => {
  const cs = dated(
    ['2026-04-04', 'Velmora has announced that it will suspend the release of 15 Dravian sailors detained by its forces on March 23 in disputed waters.'],
    ['2026-04-04', 'Velmora has announced that it will suspend the release of 15 Dravian sailors detained by its forces on May 23 in disputed waters.'],
  );
  assert.deepEqual(values(cs, ['date']), [['March 23', 'May 23']], JSON.stringify(values(cs, ['date'])));
});
