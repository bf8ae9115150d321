/**
 * An article's own slip of an office holder's name (src/compare/conflicts/roles.ts selfSlip): one
 * report gives the office once to a person no other report names, in a sentence the other outlets
 * tell of the agreed holder, and gives it to the agreed holder elsewhere. Invented reports through
 * the real pipeline: a possible card naming the slipping report. A second holder the report really
 * tells of (a sentence of its own, or beside the agreed holder in one sentence) raises none.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ardel', 'Harbour Post', 'Coast News'];
const cards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === 'name')
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);

const A2 = 'President Anton Varga said on Monday in Karvik that the border would reopen next week after talks with the fishermen.';
const A3 = 'The border will reopen next week after talks with the fishermen, President Anton Varga said on Monday.';

test('a report that gives the president\'s statement to a name nobody else knows, and the office to the agreed holder elsewhere, is a possible name card against it', () => {
  assert.deepEqual(
    cards([
      'The border will reopen next week, President Lars Okonkwo said in Karvik on Monday after talks with the fishermen. President Anton Varga later flew back to the capital.',
      A2,
      A3,
    ]),
    ['possible Anton Varga:a2,a3 / Lars Okonkwo:a1 outliers=a1'],
  );
});

test('a second president the report tells of in a sentence of its own, or beside the agreed one, raises no card', () => {
  assert.deepEqual(
    cards([
      'President Anton Varga said on Monday the border would reopen next week after talks with the fishermen. Separately, President Lars Okonkwo thanked the dock workers\' union for its patience during the strike.',
      A2,
      A3,
    ]),
    [],
  );
  assert.deepEqual(
    cards([
      'President Anton Varga and President Lars Okonkwo said in Karvik on Monday that the border would reopen next week after talks with the fishermen.',
      A2,
      A3,
    ]),
    [],
  );
});

test('a second president whose one sentence also names the agreed holder (a guest signing with the host) raises no card', () => {
  assert.deepEqual(
    cards([
      'President Lars Okonkwo signed the fishing accord with Varga at the summit in Karvik on Monday after talks with the fishermen. President Anton Varga later flew back to the capital.',
      'President Anton Varga signed the fishing accord at the summit in Karvik on Monday after talks with the fishermen.',
      'The fishing accord was signed at the summit in Karvik on Monday by President Anton Varga after talks with the fishermen.',
    ]),
    [],
  );
});
