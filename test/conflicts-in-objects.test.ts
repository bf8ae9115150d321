/**
 * "in" that a verb or noun takes for its object is no place (issue #10, session 23; slots.ts
 * IN_OBJECT_BEFORE): "she does believe in Jesus Christ" / "she trusts the account in Genesis"
 * made a sure place card ("where it happened"). A place after a plain locative "in" is still
 * compared. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-07', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const LEAD = 'The Velmar school board voted 6-4 on Wednesday to drop the topic from the state science standards.\n\n';
const placeCards = (a: string, b: string): string[] =>
  buildDossier([article('a1', 'Kestrel News', LEAD + a), article('a2', 'Orrin Daily', LEAD + b)]).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => c.claims.map((cl) => cl.value).join(' / '));

test('what one believes in is no place', () => {
  assert.deepEqual(
    placeCards(
      'Morrow said after the vote on Wednesday that she does believe in Jesus Christ and in the science teachers.',
      'After the vote on Wednesday, Morrow, who cited her faith, said she trusts the account in Genesis and the science teachers.',
    ),
    [],
  );
});

test('where one was, after a plain "in", is still compared', () => {
  assert.equal(
    placeCards(
      'Morrow said after the vote on Wednesday that she was in Karvik with the science teachers.',
      'After the vote on Wednesday, Morrow, who cited her faith, said she was in Dorsk with the science teachers.',
    ).length,
    1,
  );
});
