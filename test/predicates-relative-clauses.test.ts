/**
 * The main act of a sentence whose subject carries a restrictive relative clause (no comma to
 * close it: predicates.ts readAct). AllSides ledes such as "Migrants who were camping … have been
 * released" had no main act read, so no act-based link could align them with another outlet's
 * lede. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAct } from '../src/compare/words/predicates.js';

const main = (s: string): string[] => readAct(s).main.map((p) => `${p.lemma}${p.negated ? '-' : ''}`);

test('a restrictive "who" clause in the subject ends at the main verb group', () => {
  assert.deepEqual(main('The harbour pilot who steered the ferry onto the rocks near Sarn has been charged with negligence, prosecutors said.'), ['charge']);
  // Two auxiliaries in the relative's own verb group.
  assert.deepEqual(main('Fishermen who have been sheltering in the customs house will be rescued on Friday.'), ['rescue']);
  assert.deepEqual(main('Fishermen who were sheltering in the old customs house at Velmora have been rescued.'), ['rescue']);
  assert.deepEqual(main('A rockfall which blocked the coast road near Sarn on Sunday has cut off three villages.'), ['cut']);
});

test('a clause nested in the relative is not the main act', () => {
  // "he had treated" belongs to what the doctor wrote; the main verb is "faces".
  assert.ok(!main('A doctor who wrote that he had treated the mayor now faces an inquiry.').includes('treat'));
  assert.ok(!main('Dock workers who do not show they have been vaccinated will be tested weekly.').includes('vaccinate'));
  // A clause opening inside the relative ("as", a "that" clause) leaves no sure end: no main act
  // is read rather than one of the inner clause.
  assert.deepEqual(main('The pilot who steered the ferry onto the rocks as the storm broke will be charged.'), []);
  assert.deepEqual(main('The pilot who steered the ferry onto the rocks after the storm had passed will be charged.'), []);
  assert.deepEqual(main('Two port inspectors who are leaving the authority came out against the plan in a report that says the dredging cannot be paid for.'), []);
  // A relative after a comma is closed by its comma, as before.
  assert.deepEqual(main('Ilse Brandt, who ran the harbour authority for a decade, was arrested on Tuesday.'), ['arrest']);
});

test('a clause the relative\'s verb takes without "that" is not the main act', () => {
  // "was stolen" is what the man claimed; the main verb group is the later one.
  assert.deepEqual(main('The ferryman who claimed the cargo was stolen has been charged with fraud.'), ['charge']);
  assert.deepEqual(main('Harbour clerks who warned the tolls would rise have been proved right.'), ['prove']);
  // One group after the relative's object: it is the main one, as before.
  assert.deepEqual(main('The clerk who announced the tolls was dismissed on Friday.'), ['dismiss']);
});
