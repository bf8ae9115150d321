/**
 * A pair card's reason quotes the pair as the lone report writes it (swaps.ts partnerPairs): the
 * report writes "Ilse Varga and Peter Oskin", partner first, so the reason must not quote "Peter
 * Oskin and Ilse Varga", words the report never wrote. Invented reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const A1 = 'The wreck of the ferry was found on Monday by harbour divers Ilse Varga and Tomas Brell, whose survey showed the hull had split in two. Brell has dived the bay for a decade.';
const A2 = 'Harbour divers Tomas Brell and Ilse Varga located the ferry wreck on Monday and their survey showed that its hull had split in two.';
const A3 = 'The two harbour divers who found the ferry wreck on Monday, Ilse Varga and Peter Oskin, have shown in a survey that its hull split in two.';

test('the reason quotes the pair in the order the report wrote it', () => {
  const cards = buildDossier([A1, A2, A3].map((t, i) => art(`a${i + 1}`, ['Daily Ardel', 'Harbour Post', 'Coast News'][i], t))).dossier.conflicts.filter((c) => c.kind === 'name');
  assert.equal(cards.length, 1);
  const quoted = [...cards[0].why.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
  assert.ok(quoted.length > 0);
  for (const q of quoted) assert.ok(A3.includes(q), `quoted “${q}” is not in the report`);
});
