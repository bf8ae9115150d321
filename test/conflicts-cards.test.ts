/**
 * False conflict cards read on real untouched stories (issue #10, precision; session of branch
 * `falsecards`), reproduced on invented articles: each test fails without the mechanism it names,
 * and, where the shape allows, keeps the real disagreement of the same shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor', 'Dravia Herald', 'Orsk Ledger', 'Tamber Wire'];
const story = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-05', t))).dossier.conflicts;
const values = (cs: Conflict[], kinds: string[]): string[][] => cs.filter((c) => kinds.includes(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());

test('a forecast ("economists had predicted the country would add 900,000 jobs") is not set against what was reported ("added 310,000 jobs")', () => {
  const cs = story(
    'Dravian employers added just 310,000 jobs last month, the Labour Office said Friday, far below what was hoped.',
    'The figure was far less than forecasts of economists, who had predicted Dravian employers would add 900,000 jobs last month, the Labour Office said Friday.',
  );
  assert.deepEqual(values(cs, ['number', 'quantity']), [], JSON.stringify(values(cs, ['number', 'quantity'])));
  // Two reports of the outcome still disagree.
  const real = story(
    'Dravian employers added just 310,000 jobs last month, the Labour Office said Friday, far below what was hoped.',
    'Dravian employers added just 350,000 jobs last month, the Labour Office said Friday, far below what was hoped.',
  );
  assert.deepEqual(values(real, ['number', 'quantity']), [['310,000', '350,000']]);
});

test('two players\' lines ("finished the season with 269 yards … caught 29 passes for 201 yards" / "… 793 yards … caught 39 passes for 302 yards") are two subjects, not one figure in dispute', () => {
  const cs = story(
    'The Orsk Bears placed Orlo Brandt on injured reserve on Tuesday. He finished the season with 269 yards and two touchdowns rushing and caught 29 passes for 201 yards.',
    'The Orsk Bears placed Pieter Vans on injured reserve on Tuesday. He finished the season with 793 yards and six touchdowns rushing and caught 39 passes for 302 yards.',
  );
  assert.deepEqual(values(cs, ['number', 'quantity']), [], JSON.stringify(values(cs, ['number', 'quantity'])));
  // One figure given two ways in otherwise like sentences still disagrees.
  const real = story(
    'The Orsk Bears placed Orlo Brandt on injured reserve on Tuesday. He finished the season with 269 yards and two touchdowns rushing and caught 29 passes for 201 yards.',
    'The Orsk Bears placed Orlo Brandt on injured reserve on Tuesday. He finished the season with 269 yards and two touchdowns rushing and caught 39 passes for 201 yards.',
  );
  assert.deepEqual(values(real, ['number', 'quantity']), [['29', '39']]);
});

test('a window of a series ("in his last two games", "in his last three games") is not the series\' own count ("through 14 games", "22 points")', () => {
  for (const [x, y] of [
    ['Through 14 games in the 2025 season, Brandt had 404 yards and two touchdowns on 106 carries, averaging 3.8 yards per run.', 'Brandt has 189 rushing yards and two touchdowns in his last two games.'],
    ['Brandt scored 14 points in his last three games for the Herons, who beat Orsk on Friday.', 'Brandt scored 22 points for the Herons, who beat Orsk on Friday.'],
  ]) {
    const cs = story(x, y);
    assert.deepEqual(values(cs, ['number', 'quantity']), [], JSON.stringify(values(cs, ['number', 'quantity'])));
  }
  // The same window with two figures still disagrees.
  const real = story('Brandt scored 14 points in his last three games for the Herons, who beat Orsk on Friday.', 'Brandt scored 22 points in his last three games for the Herons, who beat Orsk on Friday.');
  assert.deepEqual(values(real, ['number', 'quantity']), [['14', '22']]);
});

test('an amount in another currency in parentheses ("$US1 million ($1.52 million)") is a conversion, not a second figure for the damage', () => {
  const cs = story(
    'Damage to the Selen Bible Chapel was estimated at $1 million, authorities said Saturday.',
    'Damage to the Selen Bible Chapel was estimated at $1 million, authorities said Saturday after the fire.',
    'Damage to the Selen Bible Chapel was estimated at $US1 million ($1.52 million), authorities said Saturday.',
  );
  assert.deepEqual(values(cs, ['number', 'quantity']), [], JSON.stringify(values(cs, ['number', 'quantity'])));
});

test('an article that names both people, its own one several times, tells of two people: no name card', () => {
  const cs = story(
    'The Orsk Bears placed rookie Tomas Hald on injured reserve Tuesday, another huge blow for the club. Hald had been its leading rusher this season.',
    'The Orsk Bears placed Pieter Vans on injured reserve Wednesday, a day after Tomas Hald was lost for the season. Vans had handled kickoff returns. The club signed a running back to replace Vans.',
  );
  assert.deepEqual(values(cs, ['name']), [], JSON.stringify(values(cs, ['name'])));
});

test('the holder of one office in reports years apart is a successor, not a contradiction ("Velmoran Prime Minister Hald" in 1996, "Velmoran Prime Minister Brandt" in 1999)', () => {
  const at = (id: string, outlet: string, published: string, text: string) => article(id, outlet, published, text);
  const d = buildDossier([
    at('a1', 'Vellmar Post', '1996-11-30', 'The settlement policy was set by the government of Velmoran Prime Minister Tomas Hald, the document said.'),
    at('a2', 'Kestrel News', '1996-12-02', 'Velmoran Prime Minister Tomas Hald met settler leaders on Monday to discuss the settlement policy.'),
    at('a3', 'Vellmar Post', '1999-09-26', 'During a visit to the hilltop on September 15, Velmoran Prime Minister Orlo Brandt pledged to expand it.'),
    at('a4', 'Kestrel News', '1999-09-27', 'Velmoran Prime Minister Orlo Brandt, who took office in July, said he would build no new towns.'),
  ]).dossier;
  assert.deepEqual(values(d.conflicts, ['name']), [], JSON.stringify(values(d.conflicts, ['name'])));
});

test('a demonym opening an organisation\'s name ("the American Growers Association") is no country: its president and a company\'s "president of U.S. operations" are two offices', () => {
  const cs = story(
    '"We are not looking over our shoulder at the rivals," said Orlo Brandt, president of U.S. operations for Kestrel Pharma, a division of Selen Chemicals. The herbal pills are selling well.',
    'The herbal pills could win approval from regulators, said Tomas Hald, president of the American Herbal Growers Association, a trade group. The pills are selling well.',
  );
  assert.deepEqual(values(cs, ['name']), [], JSON.stringify(values(cs, ['name'])));
});

test('three sites carrying one agency text with one value and a fourth carrying it with another: the fourth is the outlier, though copies count once as confirmation', () => {
  const pre = 'Four men rammed their car into a jewellery store in central Vellmar on Monday and fled. ';
  // A name card (the lone report of swaps, slots and roles) and a figure (outliersOf).
  const names = story(...['In December 2019, three men robbed the jeweller Orlo Brandt of almost all of his stock of gems.', 'In December 2019, three men robbed the jeweller Orlo Brandt of almost the entire stock of his gems.', 'In December 2019, three men robbed the jeweller Orlo Brandt of almost all of his stock of gems.', 'In December 2019, three men robbed the jeweller Tomas Hald of almost all of his stock of gems.'].map((t) => pre + t)).filter((c) => c.kind === 'name');
  assert.equal(names.length, 1, JSON.stringify(names));
  assert.deepEqual(names[0].outliers, ['a4']);
  const sums = story(...['In December 2019, three men emptied almost all of the stock of gems from the store, taking 80 million euros.', 'In December 2019, three men emptied almost the entire stock of gems from the store, taking 80 million euros.', 'In December 2019, three men emptied almost all of the stock of gems from the store, taking 80 million euros.', 'In December 2019, three men emptied almost all of the stock of gems from the store, taking 60 million euros.'].map((t) => pre + t)).filter((c) => c.kind === 'quantity');
  assert.equal(sums.length, 1, JSON.stringify(sums));
  assert.deepEqual(sums[0].outliers, ['a4']);
  // Two copies against two copies name nobody.
  const split = story(...['In December 2019, three men emptied almost all of the stock of gems from the store, taking 80 million euros.', 'In December 2019, three men emptied almost the entire stock of gems from the store, taking 80 million euros.', 'In December 2019, three men emptied almost all of the stock of gems from the store, taking 60 million euros.', 'In December 2019, three men emptied almost all of the stock of gems from the store, taking 60 million euros.'].map((t) => pre + t)).filter((c) => c.kind === 'quantity');
  assert.deepEqual(split.map((c) => c.outliers), [[]]);
});

test('a name, its title set off by commas, then "said" ("Miss Rachel Bates, court clerk, said:") is whoever that outlet quotes, not the one person of the statement', () => {
  const cs = story(
    'Orlo Jenkin, 23, was remanded in custody by Barrow magistrates after the court heard he was a risk to himself and to others. Jenkin will appear again next month.',
    'Orlo Jenkin was remanded in custody on Monday. Miss Rachel Bates, court clerk, said: "He is at risk of causing harm to himself and to others."',
    'Orlo Jenkin, 23, was remanded by Barrow magistrates on Monday.',
  );
  assert.deepEqual(values(cs, ['name']), [], JSON.stringify(values(cs, ['name'])));
});

test('a sentence that places its dated act hours after another ("took effect early Friday morning, hours after both sides agreed") dates its own act, not the agreement', () => {
  const cs = story(
    'Vellmar and Orsk agreed to a cease-fire Thursday, halting a bruising 11-day war that caused widespread destruction along the border.',
    'Vellmar and Orsk announced a cease-fire on Thursday, aiming to bring to an end more than 10 days of devastating fighting along the border.',
    'A cease-fire between Vellmar and Orsk took effect early Friday morning, hours after both sides agreed to end more than 10 days of fighting along the border.',
  );
  assert.deepEqual(values(cs, ['date']), [], JSON.stringify(values(cs, ['date'])));
});

test('ages of a child and of an adult ("an 11-year-old girl" / "a 31-year-old mom") are two people\'s, not one age in dispute', () => {
  const cs = story(
    'An 11-year-old girl, Anna Rell, was grazed in the cheek when shots were fired on Selen Avenue on Sunday.',
    'Anna Rell, 11, is recovering from a graze wound to her cheek, while a 31-year-old Selen mom was shot in the arm on Sunday.',
  );
  assert.deepEqual(values(cs, ['number', 'quantity']), [], JSON.stringify(values(cs, ['number', 'quantity'])));
  const real = story('An 11-year-old girl, Anna Rell, was grazed in the cheek when shots were fired on Selen Avenue on Sunday.', 'A 13-year-old girl, Anna Rell, was grazed in the cheek when shots were fired on Selen Avenue on Sunday.');
  assert.deepEqual(values(real, ['number', 'quantity']), [['11-year-old', '13-year-old']]);
});

test('two subjects of one predicate ("The earthquake lasted approximately 30 seconds" / "The aftershock lasted about ten seconds") are two things, not one duration in dispute', () => {
  const cs = story(
    'A strong earthquake struck the coast of Vellmar on Friday, the Geological Survey said. The earthquake lasted approximately 30 seconds, according to residents of the coast.',
    'A strong earthquake struck the coast of Vellmar on Friday, the Geological Survey said. The aftershock lasted about ten seconds, according to residents of the coast.',
  );
  assert.deepEqual(values(cs, ['number', 'quantity']), [], JSON.stringify(values(cs, ['number', 'quantity'])));
  // Synonyms are one subject: still a disagreement.
  const real = story(
    'A strong earthquake struck the coast of Vellmar on Friday, the Geological Survey said. The earthquake lasted approximately 30 seconds, according to residents of the coast.',
    'A strong earthquake struck the coast of Vellmar on Friday, the Geological Survey said. The quake lasted about 90 seconds, according to residents of the coast.',
  );
  assert.equal(values(real, ['number', 'quantity']).length, 1, JSON.stringify(values(real, ['number', 'quantity'])));
});
