/**
 * Review of session 17's opposite-outcome rule (predicates.ts oppositeAct, oppositeWords), on
 * invented text: WordNet's verb antonyms include converses, one event told from either party
 * ("bought" / "sold", "lent" / "borrowed"). Where the parties' roles are swapped (a name of one
 * main subject stands outside the other's), the two ledes still report one fact; the same actor
 * with opposite outcomes ("approved" / "rejected") stays two.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { oppositeAct, readAct } from '../src/compare/words/predicates.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const BOUGHT = 'Apex Foods on Tuesday bought the Velmora bakery chain for $40 million, ending a year of talks.';
const SOLD = 'The owners of the Velmora bakery chain on Tuesday sold it to Apex Foods for $40 million, ending a year of talks.';

test('a purchase and its sale told by the other party are one fact', () => {
  assert.ok(!oppositeAct(readAct(BOUGHT), readAct(SOLD), 0.5));
  assert.ok(!oppositeAct(readAct('The Velmora port authority lent the ferry line $5 million on Monday.'), readAct('The ferry line borrowed $5 million from the Velmora port authority on Monday.'), 0.5));
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `${BOUGHT} The harbour master said repairs to the old crane would take a month.`),
    art('b', 'Ledger', `${SOLD} Fishing boats were told to stay in port until the weekend.`),
  ]);
  assert.ok(d.facts.some((f) => f.support.length === 2), 'one sale told from both sides');
});

test('one actor with opposite outcomes stays two acts', () => {
  assert.ok(oppositeAct(readAct('The Velmora city council on Tuesday approved the harbour stadium plan.'), readAct('Velmora city councillors on Tuesday rejected the harbour stadium plan.'), 0.5));
  assert.ok(oppositeAct(readAct('Kovac won the mayoral race in Velmora on Sunday.'), readAct('Kovac lost the mayoral race in Velmora on Sunday.'), 0.5));
});
