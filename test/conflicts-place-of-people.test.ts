/**
 * The state or country a person is "of" (src/compare/conflicts/places-of-people.ts), on invented
 * reports through the real pipeline: one person written of two US states, or of two countries, by
 * different reports is a possible place card with the lone report named; a town against a state,
 * an article writing the person of both places, a place opening a longer name, and a person
 * written with a title and one name are no card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const placeCards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, ['Daily Ardel', 'Harbour Post', 'Coast News'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);

test('one person of two states in two reports is a possible place card', () => {
  assert.deepEqual(
    placeCards([
      'Judge Alcee Varga of Florida was charged with perjury and conspiracy to obtain a bribe.',
      'The Senate removed Judge Alcee Varga of Florida from office in 1989, after a long trial.',
      'Lawyers for Judge Alcee Varga of Nevada said on Monday that the impeachment had been unfair.',
    ]),
    ['possible Florida:a1,a2 / Nevada:a3 outliers=a3'],
  );
});

test('a town against a state, an article naming both places, or a longer name are no card', () => {
  assert.deepEqual(placeCards(['Board member Steve Abrams of Arkansas City presented the standards on Wednesday.', 'Board member Steve Abrams of Kansas presented the new standards on Wednesday.']), []);
  assert.deepEqual(
    placeCards([
      'Judge Alcee Varga of Florida was removed from office in 1989.',
      'Judge Alcee Varga of Nevada, who grew up as Alcee Varga of Florida, was removed from office in 1989.',
    ]),
    [],
  );
  assert.deepEqual(placeCards(['Professor Ilse Marrek of Ohio State University spoke first.', 'Professor Ilse Marrek of Texas spoke first at the hearing.']), []);
  // A title and one name may be two people: two kings called Abdullah.
  assert.deepEqual(placeCards(['King Abdullah of Jordan met the envoy in Amman on Monday for talks.', 'Envoys said King Abdullah of Saudi Arabia would host the summit next month.']), []);
});
