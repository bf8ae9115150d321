/**
 * What a figure measures, read in its construction (issue #10, figure contradictions missed
 * because two reworded sentences were never compared as one claim): the verb a figure is the
 * object or the subject of, or the noun it is the complement of (claims/measure.ts); a people
 * counted among the dead as people; a noun elided after a coordinated verb ("… and wounded
 * seven"). The sentences are invented; the patterns are those of real misses (a toll "at least
 * 28" / "26", "wounded seven" / "10 people were wounded", rules that "take effect" in 30 or 50 days).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { measureKeys } from '../src/compare/claims/measure.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'][i], '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.filter((c) => numeric(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());
const keysOf = (t: string, figure: string, tail: string | null): string[] => {
  const i = t.indexOf(figure);
  return measureKeys(t, i, i + figure.length, tail);
};

test('measure: the verb a figure is the object of, the subject of, or the noun it complements', () => {
  assert.deepEqual(keysOf('Dorsk air strikes killed at least 28 Armenians on Tuesday.', 'at least 28', 'armenian'), ['EV:death']);
  // After a verb of saying the figure opens what was said: its own verb follows.
  assert.deepEqual(keysOf('The health ministry said 26 people had died in the strikes.', '26', 'peopl'), ['EV:death']);
  assert.deepEqual(keysOf('Two people were killed and 10 people were wounded in the attack.', '10', 'peopl'), ['EV:injury']);
  assert.deepEqual(keysOf('A walkout that shut most of its plants cost the firm $3 billion in lost sales.', '$3 billion', 'usd'), ['cost']);
  assert.deepEqual(keysOf('The survey had a margin of error of 6 percentage points.', '6', 'point'), ['error']);
  // Nothing governs a figure at the head of a verbless fragment.
  assert.deepEqual(keysOf('Tickets, 40 euros each.', '40', 'euro'), []);
});

test('a figure given under the same light verb and noun in reworded sentences is compared (possible)', () => {
  const d = story([
    'The new parking rules for the harbour district will take effect in about 30 days.',
    'Councillor Mara Venn admitted that the council was split over the harbour parking rules, which take effect in 50 days.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => cl.value === '50 days'));
  assert.ok(c, JSON.stringify(values(d)));
  assert.equal(c.confidence, 'possible');
  assert.ok(c.why.includes('governed by “effect”'), c.why);
});

test('the dead counted as a people meet the dead counted as people; two peoples stay apart', () => {
  const d = story([
    'Dorsk air strikes killed at least 28 Armenians across the Tarn valley on Tuesday, according to local health officials.',
    'Tarn health officials said 26 people had died in the air strikes, which the army said targeted militant sites.',
  ]);
  assert.ok(values(d).some((v) => v.includes('26') && v.includes('at least 28')), JSON.stringify(values(d)));
  const two = story([
    'Dorsk air strikes killed at least 28 Armenians across the Tarn valley on Tuesday, according to local health officials.',
    'Rocket fire killed three Georgians across the Tarn valley on Tuesday, according to local health officials.',
  ]);
  assert.deepEqual(values(two), []);
});

test('a figure after a coordinated verb counts the noun of the figure before it; its own verb is its predicate', () => {
  const d = story([
    'The gunman killed two people and wounded seven before he was shot by police outside the mall in Dorrel on Friday.',
    'Two people were killed and 10 people were wounded when a gunman opened fire outside the mall in Dorrel on Friday, police said.',
  ]);
  const v = values(d);
  assert.ok(v.some((x) => x.includes('seven') && x.includes('10')), JSON.stringify(v));
  // The dead (two) and the wounded (10) are two tolls, never one figure given two ways.
  assert.ok(!v.some((x) => x.includes('two') && x.includes('10')), JSON.stringify(v));
});

test('one verb of two named subjects governs two actors’ figures: no card', () => {
  const d = story([
    "The governor's administration forecasts a $79 billion surplus when the budget year ends on Oct. 1. The Budget Office projects a $107 billion surplus this year.",
    "The governor's plan includes $34 billion in tax cuts over five years, $39 billion in increased spending over the current fiscal year and projects a record $117 billion surplus.",
  ]);
  assert.ok(!values(d).some((v) => v.includes('$107 billion')), JSON.stringify(values(d)));
});
