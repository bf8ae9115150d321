/**
 * A multiplier is no counted thing (issue #10, session 23; claims.ts countedPhrase): "7.5 times
 * greater than the rate of men" and "four times greater than that of Dorsk" set two other pairs
 * against each other, and shared only "times greater"; they made a possible number card. One
 * ratio told with two figures in the same words is still a card. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const LEAD = 'The study of crime in Velmar and Dorsk was released on Monday.\n\n';
const TAIL = '\n\nThe authors called for more police patrols.';
const numberCards = (a: string, b: string): string[] =>
  buildDossier([article('a1', 'Kestrel News', '2026-03-07', LEAD + a + TAIL), article('a2', 'Orrin Daily', '2026-03-09', LEAD + b + TAIL)]).dossier.conflicts
    .filter((c) => c.kind === 'number')
    .map((c) => c.claims.map((cl) => cl.value).join(' / '));

test('two ratios of two other pairs are no number card', () => {
  assert.deepEqual(
    numberCards(
      'Women were victims of assault at rates 7.5 times greater than the rate of men, the study found.',
      'Since 2015, the decline in crime in Velmar was four times greater than that of Dorsk, the study found.',
    ),
    [],
  );
});

test('one ratio given two figures in the same words is still a card', () => {
  assert.equal(
    numberCards(
      'Women were victims of assault at rates 7.5 times greater than the rate of men, the study found.',
      'Women were victims of assault at rates 6.5 times greater than the rate of men, the study found.',
    ).length,
    1,
  );
});
