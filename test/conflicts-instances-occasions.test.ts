/**
 * Two instances or two occasions told in alike sentences (issue #10, session 21): two rounds named
 * by designators ("a Series A round" / "a Series B round", series.ts), a designated instance
 * against another word only possible ("a seed round"); a sentence that writes the other side's
 * figure as a bare number ("12 … and 40 across the region", written-values.ts); two relative days
 * of two reports of one day with two counts ("arrested 12 … on Monday" / "arrested 40 … on
 * Tuesday", occasions.ts): no count card, the date card only possible. Invented text; each test
 * fails without the mechanism it names, and the last assertions of each keep what must still be
 * raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-04', t))).dossier.conflicts;
const shown = (cs: Conflict[]): Array<{ kind: string; values: string[]; confidence: string }> => cs.map((c) => ({ kind: c.kind, values: c.claims.map((cl) => cl.value).sort(), confidence: c.confidence }));
/** Three reports, the first one's sentence against the second's, which the third repeats. */
const story = (one: string, two: string): Conflict[] => cards(one, two, two.replace(/, (?:the \w+|officials|police) said\.$/, ', a spokesman said.'));

test('two rounds named by two designators are no card; a designator against another word is only possible', () => {
  assert.deepEqual(shown(story('Korvel Labs raised $40 million in a Series B round led by Tarn Capital, the company said.', 'Korvel Labs raised $12 million in a Series A round led by Tarn Capital, the company said.')), []);
  assert.deepEqual(shown(story('Korvel Labs raised $40 million in a Series B round led by Tarn Capital, the company said.', 'Korvel Labs raised $12 million in a seed round led by Tarn Capital, the company said.')), [{ kind: 'quantity', values: ['$12 million', '$40 million'], confidence: 'possible' }]);
  assert.deepEqual(shown(story('Korvel Labs raised $40 million in a Series B round led by Tarn Capital, the company said.', 'Korvel Labs raised $45 million in a Series B round led by Tarn Capital, the company said.')), [{ kind: 'quantity', values: ['$40 million', '$45 million'], confidence: 'high' }]);
});

test("a sentence writing the other side's figure as a bare number is no card", () => {
  assert.deepEqual(shown(story('The storm killed 12 people in Karvik and 40 across the region, officials said.', 'The storm killed 40 people, officials said.')), []);
  assert.deepEqual(shown(story('The fire destroyed 12 homes and damaged 40 others, officials said.', 'The fire destroyed 40 homes, officials said.')), []);
  // Another figure of the sentence of another unit, or a day of a month, is not the value.
  assert.deepEqual(shown(story('The storm killed 12 people in 40 minutes on March 12, officials said.', 'The storm killed 40 people in 40 minutes on March 12, officials said.')), [{ kind: 'number', values: ['12', '40'], confidence: 'high' }]);
});

test('a number naming an instance ("Warehouse 21", "Route 12") is not the other side\'s figure written', () => {
  // Session 21 review: the name's number equal to the other count silenced a real card.
  assert.deepEqual(shown(story('The fire in Warehouse 21 at the ferry terminal killed 12 people late on Monday, officials said.', 'The fire in Warehouse 21 at the ferry terminal killed 21 people late on Monday, officials said.')), [{ kind: 'number', values: ['12', '21'], confidence: 'high' }]);
  assert.deepEqual(shown(story('The bus crashed on Route 12 near Karvik on Monday, killing 9 people, police said.', 'The bus crashed on Route 12 near Karvik on Monday, killing 12 people, police said.')), [{ kind: 'number', values: ['12', '9'], confidence: 'high' }]);
  // A bare number after a lower-case word is still the other side's figure.
  assert.deepEqual(shown(story('The storm killed 12 people in Karvik and 40 across the region, officials said.', 'The storm killed 40 people, officials said.')), []);
});

test('two relative days of reports of one day, with two counts, are two occasions', () => {
  assert.deepEqual(shown(story('Police arrested 12 people at a protest outside parliament on Monday, officials said.', 'Police arrested 40 people at a protest outside parliament on Tuesday, officials said.')), [{ kind: 'date', values: ['Monday', 'Tuesday'], confidence: 'possible' }]);
  // One day: the counts disagree; one count: the days disagree.
  assert.deepEqual(shown(story('Police arrested 12 people at a protest outside parliament on Monday, officials said.', 'Police arrested 40 people at a protest outside parliament on Monday, officials said.')), [{ kind: 'number', values: ['12', '40'], confidence: 'high' }]);
  assert.deepEqual(shown(story('Police arrested 40 people at a protest outside parliament on Monday, officials said.', 'Police arrested 40 people at a protest outside parliament on Tuesday, officials said.')), [{ kind: 'date', values: ['Monday', 'Tuesday'], confidence: 'high' }]);
});
