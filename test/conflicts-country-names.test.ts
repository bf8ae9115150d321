/**
 * One country under two names ("Burma" / "Myanmar", "Holland" / "the Netherlands") is one place:
 * never a place card, in a fact's slot or in near-copy sentences. Two different sovereign
 * countries stay comparable. Invented articles through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const trip = (to: string, extra: string) => `The envoy flew to ${to} on Monday for talks on the trade dispute${extra}`;

for (const [official, other] of [['Myanmar', 'Burma'], ['the Netherlands', 'Holland']]) {
  test(`${other} and ${official} are one country, no place card`, () => {
    const { dossier: d } = buildDossier([
      article('a1', 'Vellmar Post', `${trip(official, '.')} He met the foreign minister.`),
      article('a2', 'Marra News', `${trip(other, '.')} He met the foreign minister there.`),
      article('a3', 'Selen Wire', trip(official, ', officials said.')),
    ]);
    assert.deepEqual(d.conflicts.filter((c) => c.kind === 'place').map((c) => c.claims.map((x) => x.value)), []);
  });
}

test('two sovereign countries in one slot are still two places', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', `${trip('Kenya', '.')} He met the foreign minister.`),
    article('a2', 'Marra News', `${trip('Sudan', '.')} He met the foreign minister there.`),
    article('a3', 'Selen Wire', trip('Kenya', ', officials said.')),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'place').length, 1);
});
