/**
 * Wrong types and wrong merges probed in the review of session 18's entity rules (datelines,
 * "and Co." companies), on invented text: a capitals byline is no dateline place; a full name
 * before "and Co." that the story shows to be a person stays a person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

test('a byline in capitals before the writer\'s credit is the writer, not a dateline place', () => {
  const a = read('a1', 'Storm hits coast\n\nJANE MORROW — Associated Press Writer\n\nThe storm hit the coast on Monday, officials said.');
  assert.notEqual(a.mentions.find((m) => m.text === 'JANE MORROW')?.type, 'place');
  // (A dateline's place is still a place.)
  const b = read('b1', 'MARREN BAY — Firefighters contained a brush fire on Sunday.');
  assert.equal(b.mentions.find((m) => m.text === 'MARREN BAY')?.type, 'place');
});
