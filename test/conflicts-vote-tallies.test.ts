/**
 * Vote tallies (issue #10, session 18): "voted 94-1" / "approved … 92-6" is one vote
 * told with two tallies, a real contradiction missed because a tally was read as a count of 94
 * with no noun. A tally is one figure of two counts (annotate/quantities.ts), compared only with
 * tallies. Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-02-10', title: null, url: null, file: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] } as unknown as Article;
}
const quantities = (text: string) => annotate(art('a1', 'Daily Ardel', text)).quantities.map((q) => `${q.text}:${q.kind}:${q.low}/${q.high}`);
const cards = (a: string, b: string) =>
  buildDossier([art('a1', 'Daily Ardel', `${a} The harbour was closed.`), art('a2', 'Harbour Post', `${b} Ships waited offshore.`)]).dossier.conflicts.map((c) => c.claims.map((x) => x.value).sort());

test('a tally is read as one figure of two counts', () => {
  assert.deepEqual(quantities('The Velmoran senate voted 94-1 to approve the treaty.'), ['94-1:tally:94/1']);
  assert.deepEqual(quantities('The court ruled by a vote of 5 to 4 that the levy stood.'), ['5 to 4:tally:5/4']);
  assert.deepEqual(quantities('The council approved the harbour levy 7–2 on Monday.'), ['7–2:tally:7/2']);
  // A game's score names a moment of the game, a series or a season: no tally.
  assert.deepEqual(quantities('Ardel took a 45-35 lead and won the final 3–2 after extra time.').filter((q) => q.includes('tally')), []);
  // A range is written low end first, a year span is no tally, and "to" outside a vote is no tally.
  assert.deepEqual(quantities('Between 10-15 boats were moored there.').filter((q) => q.includes('tally')), []);
  assert.deepEqual(quantities('Prices fell 12 to 8 points in the spring.').filter((q) => q.includes('tally')), []);
  assert.deepEqual(quantities('The date 12-5-2030 was set.').filter((q) => q.includes('tally')), []);
});

test('two tallies of one vote are a conflict; one tally told alike is none', () => {
  assert.deepEqual(cards('The Velmoran senate voted 94-1 on Tuesday to approve the Ardel trade treaty.', 'The Velmoran senate approved the Ardel trade treaty 92-6 on Tuesday.'), [['92-6', '94-1']]);
  assert.deepEqual(cards('The Velmoran senate voted 94-1 on Tuesday to approve the Ardel trade treaty.', 'The Velmoran senate approved the Ardel trade treaty 94-1 on Tuesday.'), []);
  // Only the second count differs: still two tallies.
  assert.deepEqual(cards('The Velmoran senate passed the Ardel trade treaty by a vote of 94 to 1 on Tuesday.', 'The Velmoran senate passed the Ardel trade treaty by a vote of 94 to 2 on Tuesday.'), [['94 to 1', '94 to 2']]);
});
