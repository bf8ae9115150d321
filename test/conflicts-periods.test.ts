/**
 * Figures told over two stretches of time are two figures (issue #10, session 21; periods.ts): a
 * yearly payment against a five-year total, a quarter's revenue against the year's, a rate's
 * denominator ("a year") read as a duration; a figure told over a stated period against one told
 * over none is only possible. Invented text; each test fails without the mechanism it names, and
 * the last assertions of each keep what must still be raised.
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
const story = (one: string, two: string): Conflict[] => cards(one, two, two.replace(/, (?:the \w+|officials) said\.$/, ', a spokesman said.'));

test('a rate against a total over a span is no card, and its denominator is no duration', () => {
  assert.deepEqual(shown(story('Tarrow signed a contract worth $200,000 a year with the club, his agent said.', 'Tarrow signed a contract worth $1 million over five years with the club, his agent said.')), []);
  assert.deepEqual(shown(story('The ministry spends $30 million a year on the border fence, officials said.', 'The ministry spends $150 million over five years on the border fence, officials said.')), []);
  // Two rates of one unit, or two totals over one span, still disagree.
  assert.deepEqual(shown(story('Tarrow signed a contract worth $240,000 a year with the club, his agent said.', 'Tarrow signed a contract worth $265,000 a year with the club, his agent said.')), [{ values: ['$240,000', '$265,000'], confidence: 'high' }]);
  assert.deepEqual(shown(story('The ministry spent $150 million over five years on the border fence, officials said.', 'The ministry spent $120 million over 5 years on the border fence, officials said.')), [{ values: ['$120 million', '$150 million'], confidence: 'high' }]);
});

test("a quarter's figure against the year's is no card", () => {
  assert.deepEqual(shown(story("Korvel's revenue rose to $40 million in the first quarter, the company said.", "Korvel's revenue rose to $150 million for the full year, the company said.")), []);
  assert.deepEqual(shown(story("In the first quarter, Korvel's revenue rose to $40 million, the company said.", "For the full year, Korvel's revenue rose to $150 million, the company said.")), []);
  assert.deepEqual(shown(story("Korvel's revenue rose to $40 million in the first quarter, the company said.", "Korvel's revenue rose to $45 million in the first quarter, the company said.")), [{ values: ['$40 million', '$45 million'], confidence: 'high' }]);
});

test('a figure told over a stated period against one told over none is only possible', () => {
  assert.deepEqual(shown(story('Korvel Labs raised $40 million last year from investors, the company said.', 'Korvel Labs raised $25 million from investors, the company said.')), [{ values: ['$25 million', '$40 million'], confidence: 'possible' }]);
  assert.deepEqual(shown(story('Last year, Korvel Labs raised $40 million from investors, the company said.', 'Korvel Labs raised $25 million from investors, the company said.')), [{ values: ['$25 million', '$40 million'], confidence: 'possible' }]);
  // One period on both sides: sure.
  assert.deepEqual(shown(story('Korvel Labs raised $40 million last year from investors, the company said.', 'Korvel Labs raised $25 million last year from investors, the company said.')), [{ values: ['$25 million', '$40 million'], confidence: 'high' }]);
});
