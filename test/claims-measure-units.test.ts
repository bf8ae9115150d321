/**
 * Distances, areas, weights, speeds and volumes compared in one base unit (issue #10, session 22:
 * "40 km" and "25 miles" are one distance, "40 km" and "60 km" are not), and filed in the claim
 * index (conflicts/claim-index.ts) so that two outlets' measures told in sentences never aligned
 * meet. The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { unitAfter } from '../src/compare/claims/units.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

const flood = (figure: string): string => `Floodwater from the Velna river spread ${figure} downstream of Karvik, the regional governor told reporters.`;
const first = 'The Velna river burst its banks, and floodwater spread 40 km downstream of Karvik, officials said.';

test('units after a figure are read with their dimension and factor', () => {
  assert.deepEqual(unitAfter(' km downstream'), { dimension: 'length', factor: 1000, word: 'km', length: 3 });
  assert.equal(unitAfter(' km/h, forecasters')?.length, 5);
  assert.equal(unitAfter(' miles of farmland')?.factor, 1609.344);
  assert.equal(unitAfter('-km stretch')?.dimension, 'length');
  assert.equal(unitAfter(' square miles')?.dimension, 'area');
  assert.equal(unitAfter(' mph')?.dimension, 'speed');
  assert.equal(unitAfter(' hectares')?.dimension, 'area');
  // Ambiguous units keep their own reading: pounds (money or weight), tons (short, long, metric).
  assert.equal(unitAfter(' pounds'), null);
  assert.equal(unitAfter(' tons of aid'), null);
  assert.equal(unitAfter(' people'), null);
});

test('one distance in kilometres and in miles is no conflict', () => {
  const d = story([first, flood('25 miles')]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('two distances in kilometres and miles that differ are a conflict, shown with their units', () => {
  const d = story([first, flood('60 miles')]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['40 km', '60 miles']);
});

test('two distances in one unit still differ by their figures alone', () => {
  const d = story([first, flood('42 km')]);
  assert.ok(d.conflicts.some((x) => numeric(x.kind)), JSON.stringify(values(d)));
});

const burned = (figure: string): string => `Hundreds of families fled their homes near Karvik as the wildfire, fanned by dry winds, burned ${figure}, the regional governor told reporters.`;
const forest = 'Firefighters in the Halden hills said the wildfire had burned 400 hectares of pine forest near Karvik, officials said.';

test('an area told in reworded sentences and other units is compared through the claim index (possible)', () => {
  const d = story([forest, burned('2,000 acres')]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['2,000 acres', '400 hectares']);
  assert.equal(c.confidence, 'possible');
});

test('one area in hectares and in acres, rounded, is no conflict', () => {
  const d = story([forest, burned('1,000 acres')]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('a threshold ("300 yards or more") filed by no slot is not set against one act\'s measure', () => {
  const d = story([
    'Tomas Vessa set a Dorvan league record, throwing for 205 yards in the game.',
    'On a day when at least nine Dorvan league quarterbacks threw for 300 yards or more, Orrin kept its own quarterback on the bench.',
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('a writer\'s own conversion in parentheses keeps its unit, and a changed one is still a card', () => {
  const checkpoint = (miles: string): string => `Police at a checkpoint near Sipra, about 15 kilometers (${miles} miles) west of Karvik, said gunmen opened fire on two trucks.`;
  const d = story([checkpoint('nine'), checkpoint('six'), checkpoint('nine')]);
  assert.deepEqual(values(d), [['nine', 'six']]);
});

test('a measure converted into another unit is one version with its equal: three metre figures and a fourth in feet still make a card', () => {
  const fall = (figure: string): string => `A climber from Karvik died on Saturday after falling ${figure} from a ridge on Vorna peak, the mountain rescue service said.`;
  const four = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Daily Selen'][i], '2026-03-01', t))).dossier;
  const d = four([fall('about 150 metres'), fall('approximately 200 metres'), fall('about 60 metres'), fall('about 200 feet')]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['about 150 metres', 'about 200 feet', 'about 60 metres', 'approximately 200 metres']);
  // 60 metres and 200 feet agree: two reports against two, nobody singled out.
  assert.deepEqual(c.outliers, []);
  // Four figures of one written unit stay a spread, no card.
  const spread = four([fall('about 150 metres'), fall('approximately 200 metres'), fall('about 60 metres'), fall('about 61 metres')]);
  assert.equal(spread.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(spread)));
});

test('distances from two reference points, or from a point against another measure, are not compared; from one point they are', () => {
  const epicentre = (place: string): string => `The epicentre of the quake was ${place}, the seismology institute said on Sunday.`;
  assert.deepEqual(values(story([epicentre('15 km south of Karvik'), epicentre('40 miles east of Velmar, the capital')])), []);
  const walked = (figure: string): string => `Pilgrims walked ${figure} to the shrine on Sunday, organisers said.`;
  assert.deepEqual(values(story([walked('40 km from Karvik'), walked('12 miles from Velmar')])), []);
  assert.deepEqual(values(story(['The quake struck 15 km south of Karvik at a depth of 10 km, the seismology institute said on Sunday.', 'The quake struck at a depth of 33 km near Karvik, the seismology institute said on Sunday.'])), []);
  assert.deepEqual(values(story([walked('40 km from Karvik'), walked('12 miles from Karvik')])), [['12 miles', '40 km']]);
  // A start that is no name is no reference point: one fall told two ways is still compared.
  assert.deepEqual(values(story(['A climber died on Saturday after falling about 150 metres at Mount Ardel.', 'A climber died on Saturday after slipping and falling about 60 metres from a ridge.'])), [['about 150 metres', 'about 60 metres']]);
});
