/**
 * Opposite outcomes are never one act (predicates.ts oppositeWords, opposite-act-data.ts): two
 * ledes telling one vote's opposite results ("approved" / "rejected") share their participants,
 * their object and their day, and word vectors put the two verbs close together, so the lede link
 * joined them into one consensus fact. Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { readAct, oppositeAct, sameMainAct } from '../src/compare/words/predicates.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const APPROVED = 'The Velmora city council on Tuesday approved a contested plan to build a harbour stadium, after months of debate over its cost.';
const REJECTED = 'Velmora city councillors on Tuesday rejected the harbour stadium plan that had divided residents for a year.';
const PASSED = 'Velmora city councillors on Tuesday passed the harbour stadium plan that had divided residents for a year.';

test('a lede saying "approved" and one saying "rejected" are not one fact', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `${APPROVED} The harbour master said repairs to the old crane would take a month.`),
    art('b', 'Ledger', `${REJECTED} Fishing boats were told to stay in port until the weekend.`),
  ]);
  assert.ok(!d.facts.some((f) => f.support.length > 1), 'opposite outcomes of one vote are two statements');
  assert.equal(d.coverage.consensus.length, 0);
});

test('opposite outcome verbs are opposite acts, a reworded outcome is the same act', () => {
  const a = readAct(APPROVED);
  assert.ok(oppositeAct(a, readAct(REJECTED), 0.5));
  assert.ok(!sameMainAct(a, readAct(REJECTED), 0.5), 'vectors alone put "approved" near "rejected"');
  assert.ok(!oppositeAct(a, readAct(PASSED), 0.5));
  assert.ok(sameMainAct(a, readAct(PASSED), 0.5), '"approved" / "passed" still name one act');
  assert.ok(oppositeAct(readAct('The jury acquitted the harbour pilot on Friday.'), readAct('The jury convicted the harbour pilot on Friday.'), 0.5));
  assert.ok(oppositeAct(readAct('Kovac won the mayoral race in Velmora on Sunday.'), readAct('Kovac lost the mayoral race in Velmora on Sunday.'), 0.5));
});
