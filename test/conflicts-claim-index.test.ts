/**
 * Contradictions whose sentences were never aligned (issue #10, session 20): two outlets give one
 * slot's value — one bill's cost, one day's arrests, the day of one act — in sentences too
 * differently worded for the claim graph to link them. The candidate index of claims by what they
 * measure and who takes part (conflicts/claim-index.ts) brings them to the same gates as aligned
 * sentences. The sentences are invented; the patterns are those of real misses ("$14 billion" /
 * "$18 billion" for one bill, "more than 200" / "more than 400" arrested).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';
const story = (texts: string[], published: string[] = []) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'][i], published[i] ?? '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

test('one bill\'s cost told in reworded sentences is compared (possible)', () => {
  const d = story([
    "The Senate on Tuesday passed the Harwick Ports Act, a sweeping overhaul of the nation's harbours. Budget analysts said the Harwick Ports Act would cost $14 billion over the next decade. Supporters called it overdue.",
    'Lawmakers approved a long-debated overhaul of harbours on Tuesday. According to the budget office, the Harwick Ports Act will cost taxpayers some $18 billion, a figure opponents seized on. Critics said it favoured large ports.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => cl.value.includes('$18 billion')));
  assert.ok(c, JSON.stringify(values(d)));
  assert.equal(c.confidence, 'possible');
});

test('the day of one arrest of one named person told in reworded sentences is compared (possible)', () => {
  const d = story([
    'Dorvan police arrested the journalist Ilse Marrek on Feb. 23 at her home in Velmar. She has written for several papers.',
    'Her lawyer told reporters that Marrek, a veteran reporter, had been in custody since she was arrested on Feb. 25, and that no charges were filed.',
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['Feb. 23', 'Feb. 25']);
  assert.equal(c.confidence, 'possible');
});

test('two parties\' figures under one verb are not paired: the named actor differs', () => {
  const d = story([
    'The Harwick budget office projects a surplus of $107 billion this year, its director told reporters in Velmar on Monday.',
    "Opposition leader Mara Venn's plan for Harwick, unveiled in Velmar, projects a record surplus of $117 billion.",
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('a date is paired by the act its clause is headed by, not by any event word of the clause', () => {
  // "learned of X's death on Saturday" dates the learning; the death was on Friday.
  const d = story([
    'The obstetrician Barnett Marrow was killed by a sniper on Friday night at his home in Velmar.',
    "Horsley said he first learned of Marrow's death on Saturday morning through a report on a wire service.",
  ]);
  assert.equal(d.conflicts.filter((x) => x.kind === 'date').length, 0, JSON.stringify(values(d)));
});
