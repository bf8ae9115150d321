/**
 * One of a pair named differently (src/compare/conflicts/swaps.ts partnerPairs), on invented reports
 * through the real annotator: "divers Ilse Varga and Tomas Brell" in two reports and "Peter Oskin
 * and Ilse Varga" in a third, Oskin named nowhere else, is a possible name card with the third
 * report the outlier; a list of three names, and a report that also names Brell apart from Varga,
 * raise nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const nameCards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, ['Daily Ardel', 'Harbour Post', 'Coast News'][i], t))).dossier.conflicts.filter((c) => c.kind === 'name');

const A1 = 'The wreck of the ferry was found on Monday by harbour divers Ilse Varga and Tomas Brell, whose survey showed the hull had split in two. Brell has dived the bay for a decade.';
const A2 = 'Harbour divers Tomas Brell and Ilse Varga located the ferry wreck on Monday and their survey showed that its hull had split in two.';

test('a pair whose partner is the same and whose other member one report alone names is a possible name card', () => {
  const cards = nameCards([A1, A2, 'The two harbour divers who found the ferry wreck on Monday, Peter Oskin and Ilse Varga, have shown in a survey that its hull split in two.']);
  assert.equal(cards.length, 1);
  assert.equal(cards[0].confidence, 'possible');
  assert.deepEqual(cards[0].claims.map((c) => [c.value, c.articles]), [['Tomas Brell', ['a1', 'a2']], ['Peter Oskin', ['a3']]]);
  assert.deepEqual(cards[0].outliers, ['a3']);
});

test('a list of three names, or a report that names the other member apart from the partner, raises nothing', () => {
  assert.deepEqual(nameCards([A1, A2, 'The harbour divers who found the ferry wreck on Monday, Anna Holm, Peter Oskin and Ilse Varga, have shown in a survey that its hull split in two.']), []);
  assert.deepEqual(nameCards([A1, A2, 'The two harbour divers who found the ferry wreck on Monday, Peter Oskin and Ilse Varga, have shown in a survey that its hull split in two. Tomas Brell, their instructor, was ashore.']), []);
});
