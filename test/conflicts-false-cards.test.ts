/**
 * False cards read on unseen real stories (issue #10, session 15's reading), reproduced on
 * invented articles, each removed by its cause: two bodies whose names share their words in
 * another order ("Republican National Committee" / "National Republican Congressional
 * Committee"), an office holder in a sentence told of a past year, two instances of one series
 * (the original film and the third), and a figure paired across a coordination with another
 * predicate's figure ("sickens 300 million people … and kills up to 3 million"). Each test fails
 * without the mechanism it names; the last assertions of each keep what must still be raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { officeFit, readOffice } from '../src/compare/conflicts/roles.js';
import { toldOfOtherTimes, toldOfPastYear } from '../src/compare/conflicts/past-years.js';
import { otherInstances } from '../src/compare/conflicts/series.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor', 'Dravia Herald'];
const dated = (...arts: Array<[string | null, string]>): Conflict[] => buildDossier(arts.map(([p, t], i) => article(`a${i + 1}`, OUTLETS[i], p, t))).dossier.conflicts;
const values = (cs: Conflict[], kinds: string[]): string[][] => cs.filter((c) => kinds.includes(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());

test('two bodies whose names share their words in another order are two offices ("Republican National Committee" / "National Republican Congressional Committee")', () => {
  const rnc = readOffice('Republican National Committee Chairman')!;
  const nrcc = readOffice('chairman of the National Republican Congressional Committee')!;
  assert.equal(officeFit(rnc, nrcc), 'different');
  // One body named more or less fully keeps its fit.
  assert.equal(officeFit(readOffice('House Appropriations Committee chairman')!, readOffice('chairman of the Appropriations Committee')!), 'same');
  assert.equal(officeFit(readOffice('chief prosecutor of the Yugoslav War Crimes Tribunal')!, readOffice("the U.N. Yugoslav war crimes tribunal's chief prosecutor")!), 'same');
  // The role card (titles in unlike sentences) and the substitution card (near-copied sentences).
  assert.deepEqual(
    values(
      dated(
        ['2026-03-02', 'Republican National Committee Chairman Tom Pellick opened the convention in Sarnow on Monday.'],
        ['2026-03-02', 'Delegates cheered National Republican Congressional Committee Chairman Bill Darrow, who spoke about fundraising.'],
      ),
      ['name'],
    ),
    [],
  );
  assert.deepEqual(
    values(
      dated(
        ['2026-03-02', 'Senator Adela Vorn met the Varnish Club members on Monday. Republican National Committee Chairman Tom Pellick said the party welcomed the talks with the club.'],
        ['2026-03-02', 'Senator Adela Vorn met the Varnish Club members on Monday. National Republican Congressional Committee Chairman Bill Darrow said the party welcomed the talks with the club.'],
        ['2026-03-02', 'Senator Adela Vorn met the Varnish Club members on Monday. Tom Pellick, chairman of the Republican National Committee, said the party welcomed the talks with the club.'],
      ),
      ['name'],
    ),
    [],
  );
  // One committee named more or less fully, two chairmen: still a card.
  assert.deepEqual(
    values(
      dated(
        ['2026-03-02', 'House Appropriations Committee Chairman Tom Pellick opened the hearing in Sarnow on Monday.'],
        ['2026-03-02', 'Delegates cheered Appropriations Committee Chairman Bill Darrow, who spoke about the budget.'],
      ),
      ['name'],
    ),
    [['Bill Darrow', 'Tom Pellick']],
  );
});

test('an office holder in a sentence told of a past year is history, not compared with the holder of the report\'s time', () => {
  assert.equal(toldOfPastYear('It was President Dwight Eisenhower who signed an order in 1953 barring such workers.', '1998-06-10'), true);
  assert.equal(toldOfPastYear('The rule dates from the McCarthy era, in the 1950s.', '1998-06-10'), true);
  assert.equal(toldOfPastYear('The treaty was signed on May 4, 1957, in Rome.', '1998-06-10'), true);
  // Since a year reaches the present; a year of the report; no publication date; a count.
  assert.equal(toldOfPastYear('He has chaired the panel since May 1990.', '1998-06-10'), false);
  assert.equal(toldOfPastYear('The order takes effect in 1998.', '1998-06-10'), false);
  assert.equal(toldOfPastYear('It was signed in 1953.', null), false);
  assert.equal(toldOfPastYear('The order covers 1953 workers.', '1998-06-10'), false);
  // Two times only when the other sentence is not of that year: one past year in both is one time.
  assert.equal(toldOfOtherTimes('It was President Dwight Eisenhower who signed an order in 1953.', '1998-06-10', 'President Bill Clinton signed the order on Tuesday.', '1998-06-10'), true);
  assert.equal(toldOfOtherTimes('It led to the resignation of Governor Tresk in 2019.', '2026-04-01', 'It led to the 2019 resignation of Governor Ansel Halvorsen.', '2026-04-01'), false);
  assert.equal(toldOfOtherTimes('The order was signed in the 1950s.', '1998-06-10', 'The order was signed in 1953.', '1998-06-10'), false);
  const cards = dated(
    ['1998-06-10', 'President Bill Clinton signed the order on Tuesday, expanding protections for federal workers. It was President Dwight Eisenhower who signed an order in 1953 barring such workers from federal jobs.'],
    ['1998-06-10', 'President Bill Clinton signed the order on Tuesday, expanding protections for federal workers, the White House said.'],
    ['1998-06-10', 'President Clinton signed the order on Tuesday expanding protections for federal workers.'],
  );
  assert.deepEqual(values(cards, ['name']), []);
  // The same lone holder told of the report's own day is still set against the others.
  const slip = dated(
    ['1998-06-10', 'President Bill Clinton signed the order on Tuesday, expanding protections for federal workers.'],
    ['1998-06-10', 'President Bill Clinton signed the order on Tuesday, expanding protections for federal workers, the White House said.'],
    ['1998-06-10', 'President Dwight Eisenhower signed the order on Tuesday, expanding protections for federal workers.'],
  );
  assert.deepEqual(values(slip, ['name']), [['Bill Clinton', 'Dwight Eisenhower']]);
  // A holder of a past year's sentence is still evidence that its article knows two holders: the
  // article naming "President Nixon" in 1972 and "later President Reagan" raises no card against
  // the reports of Nixon (dropping such holders outright raised one on an ECB+ dev story).
  const two = dated(
    ['2004-07-28', "Fred Larrow, who died Tuesday, served as an aide to Joel Marten, who later ran President Nixon's re-election committee."],
    ['2004-07-28', "Larrow served as an aide to Marten, who later ran President Nixon's re-election committee."],
    ['2004-07-29', 'Larrow said last year that President Nixon had not been told of the plan.'],
    ['2004-07-29', "In 1972, President Nixon named Larrow to the committee. Other candidates included Alan Hobb, later President Reagan's secretary of state."],
  );
  assert.deepEqual(values(two, ['name']), []);
});

test('two instances of one series (the original film and the third, "Rocky II" and "Rocky III") date two works', () => {
  assert.equal(otherInstances('The original Star Wars film was released in May 1977.', 'Return of the Jedi, the third Star Wars film, was released 16 years ago.'), true);
  assert.equal(otherInstances('Rocky II was released in June 1979.', 'Rocky III was released in May 1982.'), true);
  // One instance in both, or a sentence naming both; "for the first time" and dates are no series.
  assert.equal(otherInstances('The third film opened in May.', 'The third film, after the first, opened in June.'), false);
  assert.equal(otherInstances('It opened for the first time on May 5.', 'It opened for the second time on May 6.'), false);
  assert.equal(otherInstances('The talks began on May 5.', 'The talks began on May 6.'), false);
  const films = dated(
    ['1999-05-18', 'The Phantom Menace opens on Wednesday. The original Star Wars film was released in May 1977 and became the biggest hit of its time.'],
    ['1999-05-18', 'The Phantom Menace opens on Wednesday. Return of the Jedi, the third Star Wars film, was released 16 years ago and became a big hit of its time.'],
    ['1999-05-18', 'The Phantom Menace opens on Wednesday in 2,900 theaters.'],
  );
  assert.deepEqual(values(films, ['date']), []);
  const numbered = dated(['1999-05-18', 'Rocky II was released in June 1979 and became a hit of its time.'], ['1999-05-18', 'Rocky III was released in May 1982 and became a hit of its time.']);
  assert.deepEqual(values(numbered, ['date']), []);
  // One film dated two ways is still a card.
  const one = dated(
    ['1999-05-18', 'The Phantom Menace opens on Wednesday. The Star Wars film was released in May 1977 and became the biggest hit of its time.'],
    ['1999-05-18', 'The Phantom Menace opens on Wednesday. The Star Wars film was released 16 years ago and became a big hit of its time.'],
    ['1999-05-18', 'The Phantom Menace opens on Wednesday in 2,900 theaters.'],
  );
  assert.deepEqual(values(one, ['date']), [['16 years ago', 'May 1977']]);
});

test('a figure whose predicate lies across "and" is not paired with that predicate\'s own figure ("sickens 300 million people … and kills up to 3 million")', () => {
  const cards = dated(
    ['2026-04-25', 'Malaria kills up to 3 million people a year and sickens 300 million, the health agency said on Friday.'],
    ['2026-04-25', 'Malaria kills up to 3 million people a year, the health agency said on Friday.'],
    ['2026-04-25', 'Malaria sickens 300 million people a year and kills up to 3 million, the health agency said on Friday.'],
  );
  assert.deepEqual(values(cards, ['number', 'quantity']), []);
  // Each predicate's own figure still disagrees with the same predicate's.
  const dead = dated(
    ['2026-04-25', 'Malaria kills 3 million people a year and sickens 300 million, the health agency said on Friday.'],
    ['2026-04-25', 'Malaria kills 2 million people a year, the health agency said on Friday.'],
    ['2026-04-25', 'Malaria kills 3 million people a year, the agency said.'],
  );
  assert.deepEqual(values(dead, ['number', 'quantity']), [['2 million', '3 million']]);
  const sick = dated(
    ['2026-04-25', 'Malaria sickens 300 million people a year and kills 3 million, the health agency said on Friday.'],
    ['2026-04-25', 'Malaria sickens 200 million people a year and kills 3 million, the health agency said on Friday.'],
  );
  assert.deepEqual(values(sick, ['number', 'quantity']), [['200 million', '300 million']]);
});
