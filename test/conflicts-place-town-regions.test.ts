/**
 * A town written with its country or state in apposition in the text ("held in Brisbane,
 * Australia, last week"; src/compare/conflicts/places-datelines.ts townsOf), on invented reports
 * through the real pipeline: one town put in two countries by sentences that report the same
 * thing is a possible place card, even where the sentences are not aligned as one fact; towns
 * told of in sentences that report different things, an article that gives one town two states,
 * and one country under two names are no card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ardel', 'Harbour Post', 'Coast News'];
const placeCards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);

test('a town put in two countries in the text is a possible place card, the lone report named', () => {
  assert.deepEqual(
    placeCards([
      'Delegates from 90 nations signed a treaty protecting wetlands on Monday. The meeting in Brisbane, Australia, was the largest of its kind. The treaty covers 25 million hectares of marshes.',
      'Environment ministers signed an accord on wetlands, officials said. The talks, held in Brisbane, Australia, lasted four days.',
      'The wetlands accord was signed on Monday by ministers from 90 countries. Ministers had flown to Brisbane, Austria, for the talks, which lasted four days.',
    ]),
    ['possible Australia:a1,a2 / Austria:a3 outliers=a3'],
  );
});

test('a region followed by a weekday is a town\'s region, not a list of places', () => {
  assert.deepEqual(
    placeCards([
      'Delegates from 90 nations signed a treaty protecting wetlands on Monday. The meeting in Brisbane, Australia, was the largest of its kind.',
      'Environment ministers signed an accord on wetlands, officials said. The talks, held in Brisbane, Australia, lasted four days.',
      'The wetlands accord was signed by ministers from 90 countries. Ministers had flown to Brisbane, Austria, Monday for the talks, which lasted four days.',
    ]),
    ['possible Australia:a1,a2 / Austria:a3 outliers=a3'],
  );
});

test('two towns of one name told of in different things, or in one article, and one country under two names are no card', () => {
  assert.deepEqual(
    placeCards([
      'A tornado destroyed 40 homes on Sunday. Residents of Springfield, Ill., spent Monday clearing debris.',
      'Forty homes were destroyed when the tornado hit. Crews in Springfield, Ill., worked through the night to restore power.',
      'The tornado destroyed 40 homes on Sunday, officials said. In Springfield, Mo., the mayor declared an emergency.',
    ]),
    [],
  );
  assert.deepEqual(
    placeCards([
      'The band played in Portland, Ore., on Friday and in Portland, Maine, on Sunday, ending the tour.',
      'The band ended its tour with a show in Portland, Maine, on Sunday.',
    ]),
    [],
  );
  assert.deepEqual(
    placeCards([
      'The ship was built in Rangoon, Burma, in 1962, its owners said on Tuesday.',
      'The ship was built in Rangoon, Myanmar, in 1962, its owners said Tuesday.',
    ]),
    [],
  );
});

test('a lone dateline whose own report names the others\' country is a card, though the reports tell different things', () => {
  assert.deepEqual(
    placeCards([
      'RIYADH, Saudi Arabia (AP) _ Egyptian President Kamal Orsan arrived Saturday for talks with King Fahd on the crisis.',
      'RIYADH, Saudi Arabia (AP) _ The two leaders agreed on Sunday to press for a summit on water rights.',
      'RIYADH, Oman (AP) _ Oil ministers of the Gulf states met on Monday to discuss output quotas. Saudi officials proposed a cut of two percent.',
    ]),
    ['possible Saudi Arabia:a1,a2 / Oman:a3 outliers=a3'],
  );
  // A report from the other town of the name tells of its own country: no card.
  assert.deepEqual(
    placeCards([
      'TRIPOLI, Libya (AP) _ Thousands of protesters marched on the parliament building on Tuesday, demanding new elections.',
      'TRIPOLI, Libya (AP) _ Thousands marched on the parliament building Tuesday to demand new elections.',
      'TRIPOLI, Lebanon (AP) _ The army deployed troops in the old city after a night of gunfire, Lebanese officials said.',
    ]),
    [],
  );
});

test('a lone report from the other town of the name that tells of people from the others\' country is no card', () => {
  assert.deepEqual(
    placeCards([
      'TRIPOLI, Libya (AP) _ Thousands of migrants have fled the fighting in the capital this week, the United Nations said on Tuesday.',
      'TRIPOLI, Libya (AP) _ Militias shelled the airport road on Wednesday as families packed cars to leave the city.',
      'TRIPOLI, Lebanon (AP) _ A fishing boat carrying 60 Libyan refugees docked at the port on Thursday, port officials said. The passengers had sailed from Libya four days earlier.',
    ]),
    [],
  );
});

test('a US state read only in the text makes no side: a protest in Portland, Ore., and one in Portland, Maine', () => {
  assert.deepEqual(
    placeCards([
      'Protesters marched against the new pipeline in several cities on Saturday. In Portland, Ore., about 2,000 people marched to City Hall on Saturday, police said.',
      'Thousands protested the pipeline across the country on Saturday. In Portland, Maine, about 2,000 people marched to City Hall on Saturday, police said.',
    ]),
    [],
  );
});

test('one dateline against one is no card, even where one report names only the other\'s country: news across a border', () => {
  // (Review of session 27: one report against one has no majority, and a report from one town of
  // a name may tell of the other town's country; places-datelines.ts oneNamesOther taken back.)
  assert.deepEqual(
    placeCards([
      'TRIPOLI, Lebanon (AP) _ Relatives of a cleric who vanished on a visit to Libya in 1978 rallied outside a courthouse on Tuesday, demanding answers from Libya about his fate.',
      'TRIPOLI, Libya (AP) _ The interim government on Tuesday promised a new inquiry into the disappearance of a cleric in 1978, officials said, after protests abroad.',
    ]),
    [],
  );
  assert.deepEqual(
    placeCards([
      'VALMERA, Estonia (AP) _ Prime Minister Aaro Kell opened the new rail bridge over the river, the government said.',
      'VALMERA, Latvia (AP) _ Freight trains will run to the coast from March, Estonian railway officials said on Friday. Estonia paid for two thirds of the work.',
    ]),
    [],
  );
});
