/**
 * Times of day told in sentences never aligned (issue #10, session 22: "at 3:15 a.m." / "at 4
 * a.m." for one fire): the claim index files a clock time under the head of its clause and a named
 * participant, as it files a date. The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[], published: string[] = []) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], published[i] ?? '2026-03-01', t))).dossier;
const times = (d: ReturnType<typeof story>): string[][] => d.conflicts.filter((c) => c.kind === 'time').map((c) => c.claims.map((cl) => cl.value).sort());
const fire = 'The fire at the Halden Tower in Vellmar broke out at 3:15 a.m., the fire service said.';
const woken = (clause: string): string => `Residents of the Halden Tower were woken by alarms and neighbours shouting when ${clause}, one tenant told reporters.`;

test('one act timed in reworded sentences is compared (possible)', () => {
  const d = story([fire, woken('the blaze started at 4 a.m.')]);
  assert.deepEqual(times(d), [['3:15 a.m.', '4 a.m.']]);
  assert.ok(d.conflicts.every((c) => c.confidence === 'possible'));
});

test('two acts timed (the fire starting, firefighters arriving) are not compared', () => {
  assert.deepEqual(times(story([fire, woken('firefighters arrived at 4 a.m.')])), []);
});

test('a time one report rounds ("about 3 a.m.") is no conflict', () => {
  assert.deepEqual(times(story([fire, woken('the blaze started at about 3 a.m.')])), []);
});

test('a sentence of two times of day files neither', () => {
  assert.deepEqual(times(story([fire, woken('the blaze started at 4 a.m. and the first engines came at 4:20 a.m.')])), []);
});

test('times of reports more than a day apart, one dated to another day, are not compared', () => {
  const d = story([fire, woken('the blaze started at 4 a.m. on Saturday')], ['2026-03-01', '2026-03-05']);
  assert.deepEqual(times(d), []);
});

test('one verb timing two doers (a quake, an aftershock) is not compared; one doer named two ways (fire, blaze) is', () => {
  const d = story(['The earthquake struck Karvik at 3:15 a.m. on Sunday, officials said.', 'A strong aftershock struck Karvik at 5:40 a.m. on Sunday, sending residents into the streets.']);
  assert.deepEqual(times(d), []);
  const f = story(['The fire at the Halden Tower in Vellmar broke out at 3:15 a.m. on Sunday, officials said.', 'The blaze broke out at 4 a.m. on Sunday, sending residents of Vellmar into the streets.']);
  assert.deepEqual(times(f), [['3:15 a.m.', '4 a.m.']]);
});
