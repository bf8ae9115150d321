/**
 * A time of day is the moment of an act as a date is (issue #10, session 23; conflicts/
 * moments-of-acts.ts): two clock times of two acts ("The gunman opened fire at 9:30 a.m." /
 * "Officers arrived at 9:52 a.m.") and two moments of opposite acts ("Polls opened at 7 a.m." /
 * "Polls closed at 8 p.m."; "the plant opened in 1990" / "closed in 2005") are no card; one act
 * timed two ways still is, sure, and one doer's act under two verbs no table joins only possible.
 * The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-07T18:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'time' || c.kind === 'date')
    .map((c) => `${c.kind} ${c.confidence}: ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} out=${c.outliers.join(',')}`);

const SHOOTING = 'The gunman opened fire in the Halden mall at 9:30 a.m. on Saturday, police said.';
const SHOOTING2 = 'Police said the gunman opened fire in the Halden mall at 9:30 a.m. on Saturday.';

test('two acts of two doers timed (a gunman opening fire, officers arriving) are no time card', () => {
  assert.deepEqual(cards([SHOOTING, SHOOTING2, 'Officers arrived at the Halden mall at 9:52 a.m. on Saturday, police said.']), []);
});

test('the opening and the closing of the polls are two moments, not one time told two ways', () => {
  const OPENED = 'Polls opened in Karvik at 7 a.m. on Saturday and long lines formed, election officials said.';
  assert.deepEqual(cards([OPENED, 'Polls opened at 7 a.m. on Saturday in Karvik, election officials said.', 'Polls closed in Karvik at 8 p.m. on Saturday, election officials said.']), []);
});

test('the years a plant opened and closed are two dates, not one date told two ways', () => {
  const OPENED = 'The Karvik steel plant opened in 1990 and employed 2,000 people at its peak, the company said.';
  assert.deepEqual(cards([OPENED, 'The Karvik steel plant opened in 1990 and employed 2,000 people at its peak, its owner said.', 'The Karvik steel plant closed in 2005 and employed 2,000 people at its peak, the company said.']), []);
});

test('one act timed two ways is still a sure card, with its outlier', () => {
  const FIRE = 'The fire at the Halden Tower broke out at 3:15 a.m. on Saturday, the fire service said.';
  assert.deepEqual(cards([FIRE, 'The fire at the Halden Tower broke out at 3:15 a.m. on Saturday, fire officials said.', 'The fire at the Halden Tower broke out at 4:10 a.m. on Saturday, the fire service said.']), ['time high: 3:15 a.m.:a1,a2 / 4:10 a.m.:a3 out=a3']);
});

test('one doer arriving and leaving, a strike beginning and ending: two moments, no card', () => {
  const ARRIVED = 'The president arrived in Karvik at 10 a.m. on Saturday for talks, officials said.';
  assert.deepEqual(cards([ARRIVED, 'The president arrived in Karvik at 10 a.m. on Saturday for talks with the mayor, officials said.', 'The president left Karvik at 4 p.m. on Saturday after talks, officials said.']), []);
  const BEGAN = 'The Karvik dock strike began on March 2, the union said.';
  assert.deepEqual(cards([BEGAN, 'The Karvik dock strike began on March 2, according to the union.', 'The Karvik dock strike ended on March 5, the union said.']), []);
});
