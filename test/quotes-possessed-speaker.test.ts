/**
 * A speaker described through another's possessive ("Brekke's deputy") is not the owner: the
 * quote group must not name the owner against an outlet that names the deputy (compare/quotes.ts
 * speakerOf). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test("a deputy described by the mayor's possessive is not the mayor", () => {
  const d = buildDossier([
    article('a1', 'Alpha News', 'Mayor Jonas Brekke defended the harbour plan on Monday. The council debated for hours, but Brekke\'s deputy walked out, saying, “This plan will ruin the old harbour for good.” The vote was delayed.'),
    article('a2', 'Beta Post', 'Mayor Jonas Brekke defended the harbour plan on Monday. “This plan will ruin the old harbour for good,” said Tor Vik, Brekke\'s deputy. The vote was delayed.'),
  ]).dossier;
  const mayor = d.entities.find((e) => e.name === 'Jonas Brekke');
  assert.ok(mayor, 'the mayor is an entity');
  assert.ok(d.quotes.length >= 2);
  assert.deepEqual(d.quotes.filter((q) => q.speaker === mayor.id).map((q) => q.speakerText), []);
  assert.equal(d.conflicts.filter((c) => c.kind === 'speaker').length, 0);
});
