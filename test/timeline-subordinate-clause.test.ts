/**
 * A date in an adverbial clause opened by a subordinator ("After …", "When …") dates that
 * clause's event, not the main clause's: its timeline entry shows the clause, not the whole
 * sentence (timeline.ts EventHead.subordinate). Read on unseen stories (session 18): "After the
 * company banned him in January …, its board said Wednesday that …" stood whole under January,
 * as if the board's decision were of January. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2021-05-14', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('a date in a fronted "After …" clause shows its clause, not the sentence whose main clause reports later news', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'After the ferry company suspended the harbour pilot in January for ignoring a storm warning, its review panel said Wednesday that he may return to work in the autumn.'),
    article('a2', 'Kestrel News', 'The review panel of the ferry company said the harbour pilot may return to work in the autumn.'),
  ]);
  const e = dossier.timeline.find((x) => x.date.startsWith('2021-01'));
  assert.ok(e, JSON.stringify(dossier.timeline.map((x) => [x.date, x.text])));
  assert.ok(e.text.includes('suspended') && !e.text.includes('review panel'), e.text);
});

test('a fronted date phrase without a verb ("After January, …") is no subordinate clause', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'In January, the ferry company suspended the harbour pilot for ignoring a storm warning.'),
    article('a2', 'Kestrel News', 'The ferry company suspended the harbour pilot in January after he ignored a storm warning.'),
  ]);
  const e = dossier.timeline.find((x) => x.date.startsWith('2021-01'));
  assert.ok(e, JSON.stringify(dossier.timeline.map((x) => [x.date, x.text])));
  assert.ok(e.text.includes('suspended the harbour pilot'), e.text);
});
