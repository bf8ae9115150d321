/**
 * The main event told with another verb by two outlets whose ledes name one actor (issue #12):
 * the written forms' vectors keep one act told in two tenses or aspects apart ("ignored pressure
 * to step aside" / "is resisting calls to resign": 0.38), their lemmas do not ("ignore" /
 * "resist": 0.63). Lemma vectors count for two main acts of one named actor only
 * (predicates.ts sameMainAct, oneActor): not for two actors, nor for a subject that adds another
 * participant, nor for opposite outcomes. Invented articles, real annotator and word vectors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { mainActsDiffer, oneActor, readAct, sameMainAct } from '../src/compare/words/predicates.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const shared = (text: string[]): string[][] => {
  const { dossier: d } = buildDossier(text.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  return d.facts.filter((f) => new Set(f.sentences.map((s) => s.article)).size > 1).map((f) => [...new Set(f.sentences.map((s) => s.article))].sort());
};

const ignored = 'In a televised address to his divided country, President Tomas Varek ignored growing pressure to step aside, even as his ministers flee the capital.';
const resisting = 'Velmoran President Tomas Varek is resisting calls to resign as his allies desert him and the rebels advance on the capital.';

test('one named actor: two main acts related by their lemmas are one act', () => {
  const a = readAct(ignored);
  const b = readAct(resisting);
  assert.ok(oneActor(a, b), '"President Tomas Varek" / "Velmoran President Tomas Varek"');
  assert.ok(sameMainAct(a, b, 0.5), '"ignored" / "is resisting": the lemmas are near');
  assert.ok(!mainActsDiffer(a, b, 0.5));
  // Named outright only (the strict cut): lemma vectors are not asked.
  assert.ok(!sameMainAct(a, b, 2));
});

test('lemma vectors are not asked for two actors, a subject adding another participant, or opposite outcomes', () => {
  const b = readAct(resisting);
  const other = readAct('In a televised address, Prime Minister Ilse Brandt ignored growing pressure to step aside, even as ministers flee the capital.');
  assert.ok(!oneActor(other, b), 'Brandt is not Varek');
  assert.ok(!sameMainAct(other, b, 0.5));
  const pair = readAct('President Tomas Varek and rebel leader Anton Sill ignored growing pressure to step aside on Monday.');
  assert.ok(!oneActor(pair, b), 'a subject naming Sill too is not Varek alone');
  // "approved" / "rejected": opposite outcomes, whatever their lemmas' vectors say.
  const approved = readAct('The Dalvik city council approved the harbour budget on Monday.');
  const rejected = readAct('The Dalvik city council on Monday rejected the harbour budget.');
  assert.ok(oneActor(approved, rejected));
  assert.ok(!sameMainAct(approved, rejected, 0.5));
  // "supported" / "doubted": one inflection, two stances; the lemmas' vectors are not asked.
  const supported = readAct('President Tomas Varek supported the draft peace agreement with the rebels on Tuesday after a meeting.');
  const doubted = readAct('President Tomas Varek doubted the draft peace agreement with the rebels on Tuesday after a meeting.');
  assert.ok(oneActor(supported, doubted));
  assert.ok(!sameMainAct(supported, doubted, 0.5));
});

test('two stances of one actor in one inflection are no shared fact', () => {
  const tail = ' The talks in Doha ran for a third day. Negotiators met behind closed doors at a hotel.';
  const facts = shared([
    `President Tomas Varek supported the draft peace agreement with the rebels on Tuesday after a meeting in Kabul.${tail}`,
    `President Tomas Varek doubted the draft peace agreement with the rebels on Tuesday after a meeting in Kabul.${tail}`,
  ]);
  assert.equal(facts.length, 2, 'only the two tail sentences are shared');
});

test('two ledes of one actor telling the main event with other verbs are one consensus fact', () => {
  const facts = shared([
    `${ignored} Rebel forces took two more provincial capitals on Saturday.`,
    `${resisting} The army said it had lost contact with three garrisons.`,
  ]);
  assert.ok(facts.some((f) => f.length === 2), 'the main event is a shared fact');
});
