/**
 * Figures of two measured things are two figures (issue #10, session 21; measured-nouns.ts): a
 * copula's subject ("Turnout was 62 percent") against a share won, a share of one whole against
 * one of another ("of Democrats" / "of voters"), the noun an amount qualifies or values ("bail at"
 * / "a … settlement"); one measured noun narrowed by a modifier in one sentence only ("core
 * inflation" / "inflation") is only possible. Invented text; each test fails without the mechanism
 * it names, and the last assertions of each keep what must still be raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-02', t))).dossier.conflicts;
const shown = (cs: Conflict[]): Array<{ values: string[]; confidence: string }> => cs.map((c) => ({ values: c.claims.map((cl) => cl.value).sort(), confidence: c.confidence }));
/** Three reports, the first one's sentence against the second's, which the third repeats. */
const story = (one: string, two: string): Conflict[] => cards(one, two, two.replace(/, (?:the [\w ]+|officials|prosecutors) (said|found)\.$/, ', a spokesman $1.'));

test("a copula's measured subject against a share won, and shares of two wholes, are no card", () => {
  assert.deepEqual(shown(story('Turnout was 62 percent in the runoff, the election commission said.', 'Vensel won 52 percent in the runoff, the election commission said.')), []);
  assert.deepEqual(shown(story('In the poll, 52 percent of Democrats backed the plan, the survey found.', 'In the poll, 40 percent of voters backed the plan, the survey found.')), []);
  // One measured thing on both sides still disagrees.
  assert.deepEqual(shown(story('Turnout was 62 percent in the runoff, the election commission said.', 'Turnout was 58 percent in the runoff, the election commission said.')), [{ values: ['58 percent', '62 percent'], confidence: 'high' }]);
  assert.deepEqual(shown(story('Vensel won 52 percent of the vote in the runoff, the commission said.', 'Vensel won 48 percent of the vote in the runoff, the commission said.')), [{ values: ['48 percent', '52 percent'], confidence: 'high' }]);
});

test('an amount valuing one noun against an amount qualifying another is no card', () => {
  assert.deepEqual(shown(story('A judge set bail at $2 million for Hale on Monday, prosecutors said.', 'A judge approved a $5 million settlement for Hale on Monday, prosecutors said.')), []);
  assert.deepEqual(shown(story('A judge approved a $5 million settlement for Hale on Monday, prosecutors said.', 'A judge approved a $7 million settlement for Hale on Monday, prosecutors said.')), [{ values: ['$5 million', '$7 million'], confidence: 'high' }]);
  assert.deepEqual(shown(story('A judge set bail at $2 million for Hale on Monday, prosecutors said.', "A judge set Hale's bail at $3 million on Monday, prosecutors said.")), [{ values: ['$2 million', '$3 million'], confidence: 'high' }]);
});

test('one measured noun narrowed by a modifier only one sentence writes is only possible', () => {
  assert.deepEqual(shown(story('Inflation was 3.2 percent in March, the statistics office said on Tuesday.', 'Core inflation was 2.8 percent in March, the statistics office said on Tuesday.')), [{ values: ['2.8 percent', '3.2 percent'], confidence: 'possible' }]);
  assert.deepEqual(shown(story('The unemployment rate fell to 6.1 percent in May, the ministry said.', 'The youth unemployment rate fell to 14.5 percent in May, the ministry said.')), [{ values: ['14.5 percent', '6.1 percent'], confidence: 'possible' }]);
  assert.deepEqual(shown(story('The unemployment rate fell to 6.1 percent in May, the ministry said.', 'The unemployment rate fell to 6.4 percent in May, the ministry said.')), [{ values: ['6.1 percent', '6.4 percent'], confidence: 'high' }]);
});

test('two measured nouns under one governing verb both sentences use are only possible, not withheld', () => {
  // Session 21 review: "fine" / "penalty", "bail" / "bond" name one thing in two words that share
  // no WordNet synset; withheld as two things, they silenced real cards.
  assert.deepEqual(shown(story('The regulator imposed a $12 million fine on Korvel Labs over the data breach, officials said.', 'The regulator imposed a $15 million penalty on Korvel Labs over the data breach, officials said.')), [{ values: ['$12 million', '$15 million'], confidence: 'possible' }]);
  assert.deepEqual(shown(story('A judge set bail at $2 million for Ivo Marrek on Monday, prosecutors said.', 'A judge set bond at $5 million for Ivo Marrek on Monday, prosecutors said.')), [{ values: ['$2 million', '$5 million'], confidence: 'possible' }]);
  // Two verbs: still two things.
  assert.deepEqual(shown(story('A judge set bail at $2 million for Ivo Marrek on Monday, prosecutors said.', 'A judge approved a $5 million settlement for Ivo Marrek on Monday, prosecutors said.')), []);
});
