/**
 * One person given one office of two countries (src/compare/conflicts/roles.ts
 * officeCountryConflicts): "Anton Varga, Portugal's prime minister" in two reports, "Spain's prime
 * minister" in a third. Invented reports through the real pipeline: a possible place card naming
 * the lone report. No card when one report gives the person both countries' office, when a title
 * names the person by surname only, or when a sentence tells of a change of hands.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ardel', 'Harbour Post', 'Coast News', 'Karvik Times'];
const cards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);

const A1 = 'Anton Varga, Portugal\'s prime minister, arrived in Karvik on Monday for talks on the fishing accord with the dock workers.';
const A2 = 'Portuguese Prime Minister Anton Varga told reporters the accord would protect the coastal villages.';
const A3 = 'The talks opened on Tuesday morning, and Prime Minister Anton Varga of Portugal thanked the hosts.';

test('a person given one office of two countries by two reports against one is a possible place card against the lone report', () => {
  assert.deepEqual(
    cards([A1, A2, A3, 'Anton Varga, Spain\'s prime minister, flew home on Wednesday after signing the fishing accord.']),
    ['possible Portugal:a1,a2,a3 / Spain:a4 outliers=a4'],
  );
});

test('one report giving the person both countries\' office, a bare surname, or a change of hands raises no such card', () => {
  assert.deepEqual(cards([A1, A2, A3, 'Anton Varga, Spain\'s prime minister until last year and now Portugal\'s prime minister, flew home on Wednesday.']), []);
  assert.deepEqual(cards([A1, A2, A3, 'Varga, Spain\'s prime minister, flew home on Wednesday after signing the fishing accord.']), []);
  assert.deepEqual(cards([A1, A2, A3, 'Anton Varga, who took over as Spain\'s prime minister on Wednesday, flew home after signing the fishing accord.']), []);
});

test('one person\'s two countries raised by the slot stage inside one aligned fact are one card, not a second possible card from the office reading', () => {
  const all = buildDossier([
    'Anton Varga, the prime minister of Portugal, arrived in Karvik on Monday for talks on the fishing accord.',
    'Anton Varga, the prime minister of Portugal, arrived in Karvik on Monday for talks on the fishing accord with unions.',
    'Anton Varga, the prime minister of Spain, arrived in Karvik on Monday for talks on the fishing accord.',
  ].map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts;
  assert.deepEqual(
    all.map((c) => `${c.id} ${c.kind} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`),
    ['c1 place Portugal:a1,a2 / Spain:a3 outliers=a3'],
  );
});
