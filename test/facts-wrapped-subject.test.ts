/**
 * A sentence whose subject is wrapped over two lines (hard-wrapped plain text, feeds that keep
 * the line breaks of their source) is read like any other: facts/places.ts read the subject with
 * a pattern whose "." stopped at the line break, and the whole dossier threw.
 * Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { sentencePlaces } from '../src/compare/facts/places.js';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-08-07', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

test('a subject wrapped over two lines does not stop the dossier', () => {
  const d = buildDossier([
    art('a', 'Courier', 'The fire at the old\ndairy warehouse in Palmer was reported at 3 a.m. on Tuesday. Nobody was hurt.'),
    art('b', 'Ledger', 'The fire at the old dairy warehouse in Palmer was reported early on Tuesday. Nobody was hurt.'),
  ]).dossier;
  assert.ok(d.facts.some((f) => f.support.length === 2));
});

test('a place wrapped over two lines is still the subject it is', () => {
  const text = 'The United\nStates has enacted a law banning smoking in public places.';
  assert.deepEqual(sentencePlaces(annotate(art('t', 'T', text)), 0, text.length).length <= 1, true);
});
