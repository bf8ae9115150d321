/**
 * The state or country of a dateline's town (src/compare/conflicts/places-datelines.ts), on
 * invented wire reports through the real pipeline: one town put in two sovereign countries is a
 * place card (sure when the datelines open sentences reporting the same thing), in two US states a
 * possible one (towns share names across states); one country under two names, a country against
 * a state, and a dateline with a date instead of a region are no card.
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

test('a town put in two countries by datelines is a place card, the lone report named', () => {
  assert.deepEqual(
    placeCards([
      'CARACAS, Venezuela (AP) _ The stock market rose sharply Tuesday after president-elect Pavel Ortiz promised to keep free market policies.',
      'CARACAS, Venezuela (AP) _ Stocks rose sharply on Tuesday after president-elect Pavel Ortiz promised to keep free market policies in place.',
      'CARACAS, Nicaragua (AP) _ The stock market jumped Tuesday after president-elect Pavel Ortiz pledged to keep free market policies.',
    ]),
    ['possible Venezuela:a1,a2 / Nicaragua:a3 outliers=a3'],
  );
});

test('towns of one name lie in two countries: a dateline card is never sure, and none when the reports tell different things', () => {
  // Hyderabad lies in India and in Pakistan, Tripoli in Libya and in Lebanon: one story's wires
  // may file from both, so one report's country is never a sure error.
  assert.deepEqual(
    placeCards([
      'HYDERABAD, India (AP) _ Floods after days of monsoon rain killed at least 40 people on Tuesday, officials said.',
      'HYDERABAD, India (AP) _ Monsoon floods killed at least 40 people on Tuesday after days of rain, officials said.',
      'HYDERABAD, Pakistan (AP) _ Floods after days of monsoon rain killed at least 40 people on Tuesday, officials said.',
    ]),
    ['possible India:a1,a2 / Pakistan:a3 outliers=a3'],
  );
  assert.deepEqual(
    placeCards([
      'TRIPOLI, Libya (AP) _ Thousands of protesters marched on the parliament building on Tuesday, demanding new elections.',
      'TRIPOLI, Libya (AP) _ Thousands marched on the parliament building Tuesday to demand new elections.',
      'TRIPOLI, Lebanon (AP) _ The army deployed troops in the old city after a night of gunfire between rival neighbourhoods.',
    ]),
    [],
  );
});

test('a town put in two US states is only possible; one country under two names, or a date, is no card', () => {
  assert.deepEqual(
    placeCards([
      'PORTLAND, Ore. (AP) _ A fire destroyed a warehouse on the waterfront Tuesday night, the fire chief said.',
      'PORTLAND, Ore. (AP) _ Fire destroyed a waterfront warehouse on Tuesday night, the fire chief said.',
      'PORTLAND, Maine (AP) _ A fire destroyed a warehouse on the waterfront Tuesday night, the fire chief said.',
    ]),
    ['possible Ore.:a1,a2 / Maine:a3 outliers=a3'],
  );
  assert.deepEqual(
    placeCards([
      'LONDON, England (AP) _ The bank raised its main rate to 5 percent on Thursday, citing rising prices.',
      'LONDON, Britain (AP) _ The bank raised its main rate to 5 percent on Thursday, citing rising prices.',
    ]),
    [],
  );
  assert.deepEqual(
    placeCards([
      'BEIJING, March 3 (Reuters) - The bank raised its main rate to 5 percent on Thursday, citing rising prices.',
      'BEIJING, China (AP) _ The bank raised its main rate to 5 percent on Thursday, citing rising prices.',
      'BEIJING, Texas (AP) _ The bank raised its main rate to 5 percent on Thursday, citing rising prices.',
    ]),
    [],
  );
});
