/**
 * Place slots of one fact beyond a town after "in" (src/compare/conflicts/slots.ts), on invented
 * reports through the real annotator: a town and its region in apposition (regionInApposition:
 * "in Amherst, New York," is one place, not two items of a list), so a different town, or the same
 * town in a different state, is a place card, while a place followed by a new clause's subject
 * ("in Gaza, Israel said") or by a list is not a region; and two countries in one slot ("flew to
 * Kenya" / "travelled to Sudan") are two places, where a country against a town or a state is not
 * compared (one may hold the other).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';
import { regionInApposition } from '../src/compare/conflicts/slots.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const placeCards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, ['Daily Ardel', 'Harbour Post', 'Coast News'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / '));

const A1 = 'The doctor was shot dead at his home in Amherst, New York, on Friday night by a sniper hiding in the woods.';
const A2 = 'A sniper hiding in the woods shot the doctor dead at his home in Amherst, New York, on Friday night.';

test('another town before the same state is a place card', () => {
  assert.deepEqual(placeCards([A1, A2, 'The doctor was killed Friday night at his home in Dayton, New York, by a sniper who hid in the woods.']), ['Amherst:a1,a2 / Dayton:a3']);
});

test('the same town in another state is a place card on the state', () => {
  assert.deepEqual(placeCards([A1, A2, 'The doctor was killed Friday night at his home in Amherst, Ohio, by a sniper who hid in the woods.']), ['New York:a1,a2 / Ohio:a3']);
});

test('a new clause after a place, and a list of places, give no region', () => {
  const one = (text: string, name: string) => {
    const a = annotate(art('a1', 'Daily Ardel', text));
    const m = a.mentions.find((x) => x.text === name)!;
    const s = a.sentences.find((x) => x.start <= m.start && m.end <= x.end)!;
    return regionInApposition(a, m.end, s.end)?.text ?? null;
  };
  assert.equal(one('Rockets fell on homes in Gaza, Israel said on Monday.', 'Gaza'), null);
  assert.equal(one('Storms hit homes in Kansas, Ohio, Texas and Utah on Monday.', 'Kansas'), null);
  assert.equal(one('The doctor was shot in Amherst, New York, on Friday.', 'Amherst'), 'New York');
  assert.equal(one('The doctor was shot in Tampa, Fla., on Friday.', 'Tampa')?.replace(/\.$/, ''), 'Fla');
});

test('two countries in one slot are a place card; a country against a town is not', () => {
  const K1 = 'The minister flew to Kenya on Monday for talks on the border dispute with the rebels.';
  const K2 = 'On Monday the minister flew to Kenya for talks with the rebels on the border dispute.';
  assert.deepEqual(placeCards([K1, K2, 'The minister travelled on Monday to Sudan to hold talks with rebels about the border dispute.']), ['Kenya:a1,a2 / Sudan:a3']);
  assert.deepEqual(placeCards([K1, K2, 'The minister travelled on Monday to Nairobi to hold talks with rebels about the border dispute.']), []);
});

test('a continent against a country, and a county against a town after its state, are not two places', () => {
  const E1 = 'In his years as a trade envoy in Europe, the minister learned a great deal about how markets work.';
  const E2 = 'In his years as a trade envoy in Europe the minister learned a lot about how markets work, aides said.';
  assert.deepEqual(placeCards([E1, E2, 'In his years as a trade envoy in Germany, the minister learned much about how markets work.']), []);
  const C1 = 'One dead heron was found in Marlow County and another in Ostrin County last week, state officials said.';
  const C2 = 'State officials said one dead heron was found in Marlow County and another in Ostrin County last week.';
  assert.deepEqual(placeCards([C1, C2, 'One dead heron was found in Vellick, Mass., and another in Ostrin County last week, state officials said.']), []);
});
