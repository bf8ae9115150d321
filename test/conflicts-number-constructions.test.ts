/**
 * Number changes the dev number analogues missed by construction (session 27, issue #10,
 * bench/number-analogues.ts half A): a total followed by two content words (conflicts.ts
 * unitOutsidePhrase read the role-prefixed unit whole), a subject that names no kind of event
 * ("the incident", conflicts.ts otherSubjects) and two amounts of one unit in a sentence told
 * apart by their verb and its doer (claims.ts sameRole). The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Orrin Daily'];
const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-06', t))).dossier;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.filter((x) => numeric(x.kind)).map((x) => x.claims.map((cl) => cl.value).sort());

test('a total followed by two content words ("one of the 162 injured claimed …") is compared', () => {
  const s = (n: string): string => `The weekly Torvik Bladet reported Sunday that police were told hours after the blaze that one of the ${n} injured claimed to know who set the fire.`;
  const d = story([s('162'), s('162'), s('262')]);
  const c = d.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => /262/.test(cl.value)));
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.outliers, ['a3']);
});

test('"the incident" and "the attack" as subjects of one verb are one subject', () => {
  const d = story([
    'Navy commandos from the frigate Tarnholm foiled a pirate attack on a cargo ship in the Gulf of Merrow on Saturday. The attack took place about 150 nautical miles off Port Selvik.',
    'A frigate foiled an attempt by pirates to board a cargo ship in the Gulf of Merrow on Saturday. The attack took place about 150 nautical miles off Port Selvik, the navy said.',
    'Commandos foiled a pirate attack on a cargo ship in the Gulf of Merrow on Saturday. The incident took place about 250 nautical miles off Port Selvik.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => /250/.test(cl.value)));
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.outliers, ['a3']);
});

test('two named kinds of event as subjects of one verb stay two subjects', () => {
  const d = story([
    'A strong earthquake shook the Merrow coast on Saturday. The earthquake lasted about 30 seconds, the seismology office said.',
    'A strong earthquake shook the Merrow coast on Saturday. The earthquake lasted about 30 seconds.',
    'An aftershock shook the Merrow coast two months after the main quake. The aftershock lasted about 10 seconds.',
  ]);
  assert.equal(values(d).length, 0, JSON.stringify(values(d)));
});

test('two amounts of one unit in a sentence are told apart by their verb and its doer ("pledged by the government")', () => {
  const d = story([
    'On Sunday the Velmaran public raised the equivalent of 395,000 euro in a telethon, while the Velmaran Government pledged 150,000 euro for the relief effort.',
    'On Sunday the Velmaran public raised the equivalent of 395,000 euro in a telethon, while the Velmaran Government pledged 150,000 euro for the relief effort.',
    'The 395,000 euro raised by the telethon supplement that 250,000 euro worth of aid pledged by the Velmaran government in the form of tents, water and drugs.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => /250,000/.test(cl.value)));
  assert.ok(c, JSON.stringify(values(d)));
  // (The first two reports are one copy, so no outlier is named: the pairing is what is tested.)
  assert.ok(c.claims.some((cl) => /150,000/.test(cl.value)) && !c.claims.some((cl) => /395,000/.test(cl.value)), JSON.stringify(values(d)));
});

test('one verb with two doers is no one amount ("Japan pledged …" / "the U.S. pledged …")', () => {
  const d = story([
    'At the donors meeting in Torvik, Japan pledged 500 million dollars for reconstruction, while the United States gave 350 million dollars.',
    'At the donors meeting in Torvik, Japan pledged 500 million dollars for reconstruction, while the United States gave 350 million dollars.',
    'At the donors meeting in Torvik, the United States pledged 350 million dollars for reconstruction, while Japan gave 500 million dollars.',
  ]);
  assert.equal(values(d).length, 0, JSON.stringify(values(d)));
});

test('a doer is written in the other sentence as a word, not inside one ("EU" is not in "euro")', () => {
  // (Review of session 27: the governing-verb pairing read the doer "EU" as written in a sentence
  // that only says "euro", and paired the EU's pledge with the churches' as one amount, a high card.)
  for (const other of [
    'The people of Varna raised 3 million euro in a telethon on Sunday, while churches pledged 25 million euro.',
    '25 million euro pledged by private donors in the form of tents and the 3 million euro raised by the people of Varna in a telethon arrived on Sunday.',
  ]) {
    const d = story(['The people of Varna raised 3 million euro in a telethon on Sunday, while the EU pledged 40 million euro for the relief effort.', other]);
    assert.equal(values(d).length, 0, JSON.stringify(values(d)));
  }
});
