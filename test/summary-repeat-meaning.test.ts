/**
 * The summary tells one fact once (issue #12: readers found one fact repeated in two sentences):
 * another outlet's sentence of the same day that says, by meaning, what a chosen sentence says
 * ("detained the captain … after it struck the pier" / "arrested the skipper … when the vessel hit
 * the jetty") is not shown again, where the words they share are too few to call it a repeat; a
 * report of a later day, which may update the fact, stays. Invented text throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary } from '../src/compare/summary/summary.js';
import { annotated, factOf } from './helpers/dossier-fixtures.js';


const lead = 'Harbour officials in Dunmore detained the captain of the cargo ship Vela on Monday after the ship struck the pier.';
const again = 'Port authorities arrested the skipper of the freighter when the vessel hit the jetty during a storm.';
const other1 = 'The town council met on Tuesday to discuss the cost of repairs to the old market hall and the library roof.';
const other2 = 'A local bakery won a regional prize for its rye bread, beating forty entries from across the county.';

function story(published2: string): string[] {
  const arts = [
    annotated({ id: 'a1', outlet: 'a1', published: '2026-04-07', text: `${lead} ${other1}` }),
    annotated({ id: 'a2', outlet: 'a2', published: published2, text: `${other2} ${again}` }),
  ];
  const facts = [factOf('f1', arts, [['a1', lead]]), factOf('f2', arts, [['a2', again]]), factOf('f3', arts, [['a1', other1]]), factOf('f4', arts, [['a2', other2]])];
  return buildSummary(facts, arts, 2, 200).map((s) => s.fact);
}

test('summary: another outlet telling a chosen fact again in other words the same day is left out', () => {
  const shown = story('2026-04-07');
  assert.ok(shown.includes('f1'), shown.join(' '));
  assert.ok(!shown.includes('f2'), `the arrest told twice: ${shown.join(' ')}`);
});

test('summary: a report of a later day stays (it may update the fact)', () => {
  const shown = story('2026-04-12');
  assert.ok(shown.includes('f1') && shown.includes('f2'), shown.join(' '));
});
