/**
 * Name substitutions found by retrieval (src/compare/swaps.ts), on invented reports through the
 * real annotator: a name one article alone uses where another writes a different name in the same
 * words is a `name` conflict; two outlets quoting two people, and names used by several articles,
 * are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities.js';
import { findSwaps } from '../src/compare/swaps.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const swapConflicts = (d: ReturnType<typeof buildDossier>['dossier']) => d.conflicts.filter((c) => /^Only a\d+ names/.test(c.why));

test('a name one article alone uses in the words others write around another name is a conflict', () => {
  // Through findSwaps itself: the fact alignment may pair these sentences too (slots.ts then
  // raises the same pair first); retrieval must not depend on it.
  const arts = [
    art('a1', 'Daily Ardel', 'Maria Brenner has been recording support of about 60 percent in opinion polls before the vote. The harbour board meets on Friday.'),
    art('a2', 'Harbour Post', 'Maria Brenner has been recording support of about 60 percent in opinion polls published this week by three newspapers in the capital. Farmers back the grain plan.'),
    art('a3', 'Coast News', 'Peter Vostrik has been recording support of about 60 percent in opinion polls before the vote, pollsters said.'),
  ].map((a) => annotate(a));
  const meta = new Map(arts.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }]));
  const swaps = findSwaps(arts, buildEntities(arts), 0, meta);
  assert.equal(swaps.length, 1);
  assert.equal(swaps[0].confidence, 'high');
  assert.equal(swaps[0].kind, 'name');
  assert.deepEqual(swaps[0].claims.map((c) => [c.value, c.articles]), [['Maria Brenner', ['a1', 'a2']], ['Peter Vostrik', ['a3']]]);
  assert.deepEqual(swaps[0].outliers, ['a3']);
  const text = new Map(arts.map((a) => [a.id, a.text]));
  for (const cl of swaps[0].claims) for (const s of cl.spans) assert.equal(text.get(s.article)!.slice(s.start, s.end), cl.value);
});

test('two outlets quoting two people, and two people several outlets name, raise nothing', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The silo had failed an inspection in the spring, said Anna Varo, who runs the port. Peter Vostrik and Anna Varo met the mayor.'),
    art('a2', 'Harbour Post', 'The silo had failed an inspection in the spring, said Peter Vostrik, a union leader at the port.'),
    art('a3', 'Coast News', 'Anna Varo has been recording support in opinion polls. Peter Vostrik has been recording support in opinion polls too.'),
  ]).dossier;
  assert.deepEqual(swapConflicts(d), []);
});
