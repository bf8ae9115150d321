/**
 * A toll's figure and a bound opening a sentence (issue #10, session 24: "a toll of 248" / "more
 * than 250" dead, a real miss of an unseen reading, which the brief asks to be possible or none).
 * - "a toll of 248", "the death toll … stood at 248" count the dead, people (claims/measure.ts
 *   tollFigure): read with no noun, the figure was none;
 * - "More than 250 people died" opening a sentence is a bound (annotate/quantities.ts QUAL):
 *   read in lower case only, it was an exact 250;
 * - a card with a toll side is at most possible (count-slots.ts tollSide): a toll is one hour's
 *   count, revised as it goes on.
 * Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-03', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (a: string, b: string) => buildDossier([article('a1', 'Vellmar Post', a), article('a2', 'Kestrel News', b)]).dossier;
const figures = (d: ReturnType<typeof story>) => d.conflicts.filter((c) => c.kind === 'number').map((c) => ({ values: c.claims.map((cl) => cl.value).sort(), confidence: c.confidence }));

test('a bound opening a sentence is read as a bound', () => {
  const q = annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text: 'More than 250 people died in Dravia. At least 9 boats sank.', removed: [] } as unknown as Article).quantities;
  assert.deepEqual(q.map((x) => [x.text, x.low, x.high]), [['More than 250', 250, null], ['At least 9', 9, null]]);
});

test('a toll of 248 against "more than 250" dead is a possible conflict', () => {
  const d = story(
    'The official death toll from the hurricane in Dravia stood at 248 on Monday.',
    'The hurricane killed more than 250 people in Dravia, the Red Cross said Monday.',
  );
  assert.deepEqual(figures(d), [{ values: ['248', 'more than 250'], confidence: 'possible' }], JSON.stringify(figures(d)));
});

test('"a toll of 248" against "More than 250 people died" is compared, and only possible', () => {
  const d = story(
    'The hurricane left a toll of 248 in Dravia, officials in Karvik said on Monday.',
    'More than 250 people died in Dravia when the hurricane struck, officials in Karvik said on Monday.',
  );
  assert.deepEqual(figures(d), [{ values: ['248', 'More than 250'], confidence: 'possible' }], JSON.stringify(figures(d)));
});

test('a toll that agrees with a bound is no conflict', () => {
  const d = story(
    'The official death toll from the hurricane in Dravia stood at 262 on Monday.',
    'More than 250 people died in Dravia when the hurricane struck, officials in Karvik said on Monday.',
  );
  assert.deepEqual(figures(d), [], JSON.stringify(figures(d)));
});
