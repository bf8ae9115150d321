/**
 * Figures of one thing beyond tolls (issue #10, session 30): a wire series telling one tally as it
 * moves ("rose to 400 on Monday", "rose to 430 on Tuesday": levels-reached.ts) and a figure of a
 * list of things against a figure of one of them ("of property, crops and infrastructure" / "of
 * crops": listed-parts.ts). The sentences are invented; the patterns are those of session 29's
 * unseen reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[], published: string[] = []) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'][i], published[i] ?? '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

const series = [
  'The death toll from the floods in Karvik rose to 400 on Monday, officials said.',
  'The death toll from the floods in Karvik rose to 430 on Tuesday, officials said.',
  'The death toll from the floods in Karvik climbed to 500 on Wednesday, officials said.',
];
const days = ['2026-03-02T18:00Z', '2026-03-03T18:00Z', '2026-03-04T18:00Z'];

test('the days of a tally\'s levels in a wire series are no date conflict', () => {
  const d = story(series, days);
  assert.equal(d.conflicts.filter((c) => c.kind === 'date').length, 0, JSON.stringify(values(d)));
});

test('one act dated two ways in reports of two days is still a date conflict', () => {
  // The same level on two days is one level reached, told on two days: its day is one act's.
  const d = story([
    'The death toll from the floods in Karvik rose to 400 on Monday, officials said.',
    'The death toll from the floods in Karvik rose to 400 on Tuesday, officials said.',
  ], ['2026-03-03T18:00Z', '2026-03-03T19:00Z']);
  assert.ok(d.conflicts.some((c) => c.kind === 'date'), JSON.stringify(values(d)));
});

test('levels reached told with their counted noun grow into an update, not a conflict', () => {
  const d = story([
    'The number of people evacuated from Karvik rose to 4,000 people on Monday, the mayor said.',
    'The number of people evacuated from Karvik rose to 6,500 people on Tuesday, the mayor said.',
  ], days);
  assert.equal(d.conflicts.length, 0, JSON.stringify(values(d)));
  assert.deepEqual(d.updates.map((u) => u.values.map((v) => v.value)), [['4,000', '6,500']]);
  // A level that falls in the later report is no update, and stays withheld as two days' figures.
  const e = story([
    'The number of people evacuated from Karvik rose to 6,500 people on Monday, the mayor said.',
    'The number of people evacuated from Karvik rose to 4,000 people on Tuesday, the mayor said.',
  ], days);
  assert.equal(e.updates.length, 0);
  assert.equal(e.conflicts.filter((c) => c.kind === 'number').length, 0, JSON.stringify(values(e)));
});

test('a figure of a list of things is no rival of a figure of one of them', () => {
  const d = story([
    'Typhoon Lando destroyed 10.4 billion pesos of property, crops and infrastructure in Luzon, the disaster agency said.',
    'The typhoon destroyed 4 billion pesos of crops in Luzon, the agriculture department said.',
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'number' || c.kind === 'quantity').length, 0, JSON.stringify(values(d)));
});

test('two figures of the same things still disagree', () => {
  const d = story([
    'Typhoon Lando destroyed 10.4 billion pesos of crops in Luzon, the disaster agency said.',
    'The typhoon destroyed 4 billion pesos of crops in Luzon, the agriculture department said.',
  ]);
  assert.ok(d.conflicts.some((c) => c.kind === 'number' || c.kind === 'quantity'), JSON.stringify(values(d)));
});

const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';

test('one crowd told with other nouns and verbs is compared (possible)', () => {
  const d = story([
    'Some 400,000 people marched through central Dorvania on Sunday to demand the resignation of Prime Minister Ilan Vosk.',
    'Half a million protesters filled the streets of Dorvania on Sunday, chanting against Ilan Vosk and his government.',
    'About 350,000 demonstrators rallied in Dorvania on Sunday against Ilan Vosk, the largest protest in a decade.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(values(d)));
  assert.equal(c.confidence, 'possible');
  assert.ok(c.claims.some((cl) => cl.value === 'Half a million'));
});

test('two crowds of two named places are not compared', () => {
  const d = story([
    'Some 400,000 people marched through Dorvania on Sunday against Ilan Vosk.',
    'In Velmar, 20,000 protesters rallied on Sunday against Ilan Vosk.',
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('those a crowd\'s act was done to are no crowd size', () => {
  // "arrested 200 protesters" counts a part of the crowd, not its size.
  const d = story([
    'Some 400,000 people marched through Dorvania on Sunday against Ilan Vosk.',
    'Police arrested 200 protesters in Dorvania on Sunday during the march against Ilan Vosk.',
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('crowd estimates credited to two sources name them and name no outlier', () => {
  const d = story([
    'Police said 350,000 people marched through Dorvania on Sunday against Ilan Vosk.',
    'Organisers said half a million demonstrators rallied in the streets of Dorvania on Sunday against Ilan Vosk.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(values(d)));
  assert.equal(c.confidence, 'possible');
  assert.deepEqual(c.outliers, []);
  assert.match(c.why, /Police/);
  assert.match(c.why, /Organisers/);
});

test('one place\'s population told in other sentences is compared (possible)', () => {
  const d = story([
    'The floods cut off drinking water to Karvik, a city of 4 million people on the Tarn delta, officials said.',
    'Relief agencies struggled to reach the 3 million residents of Karvik after the Tarn burst its banks.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(values(d)));
  assert.equal(c.confidence, 'possible');
  assert.match(c.why, /population/);
});

test('two places\' populations are not compared', () => {
  const d = story([
    'The floods cut off drinking water to Karvik, a city of 4 million people, officials said.',
    'Relief agencies struggled to reach the 3 million residents of Velmar, further south.',
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('a comma after a measured place is no list of things', () => {
  // "40 km downstream of Karvik, officials said" names one place, not a list that holds "Karvik".
  const d = story([
    'The Velna river burst its banks, and floodwater spread 40 km downstream of Karvik, officials said.',
    'Floodwater from the Velna river spread 60 km downstream of Karvik, the regional governor told reporters.',
  ]);
  assert.ok(d.conflicts.some((x) => numeric(x.kind)), JSON.stringify(values(d)));
});
