/**
 * Names aligned by how the outlets describe the person (src/compare/descriptors.ts), on invented
 * reports run through the real annotator: a person one article alone names, once, with the
 * description other articles give to one person of the story is a possible `name` conflict even
 * though no sentence of it was aligned with theirs; a description several people carry, an
 * article describing both people alike, and two offices of different bodies raise nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { describe } from '../src/compare/descriptors.js';
import { annotate } from '../src/annotate/index.js';
import type { Conflict, Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const described = (d: Dossier): Conflict[] => d.conflicts.filter((c) => c.kind === 'name' && /^who is described as/.test(c.about));

test('a description is read before the name, from where the person is from, and in appositives', () => {
  const a = annotate(art('a1', 'Daily Ardel', 'The plan was presented by conservative harbour board member Mira Olsen of Port Ardel on Tuesday. Jonas Keel, a Harbour College professor of marine engineering, disagreed.'));
  const olsen = a.mentions.find((m) => m.text.includes('Olsen'))!;
  const keel = a.mentions.find((m) => m.text.includes('Keel'))!;
  const sentence = (pos: number) => a.sentences.find((s) => s.start <= pos && pos < s.end)!;
  assert.deepEqual(describe(a, olsen, sentence(olsen.start)), ['conservative harbour board member', 'of Port Ardel']);
  assert.deepEqual(describe(a, keel, sentence(keel.start)), ['a Harbour College professor of marine engineering']);
});

test("a lone name given another person's description is a possible name conflict, the lone outlet named", () => {
  const a1 = art('a1', 'Daily Ardel', 'The pier has lost much of its strength, said Mira Olsen, a Harbour College professor of marine engineering who has studied it since 2010. Repairs will start in May.');
  const a2 = art('a2', 'Harbour Post', 'Harbour College professor Mira Olsen warned the council last year that the timber was failing. The council delayed the work.');
  const a3 = art('a3', 'Coast News', 'Engineers closed the pier on Monday. Harbour College professor Jonas Keel estimates that salt has eaten a third of the timber.');
  const d = buildDossier([a1, a2, a3]).dossier;
  const found = described(d);
  assert.equal(found.length, 1, JSON.stringify(d.conflicts.map((c) => [c.kind, c.about, c.claims.map((x) => x.value)])));
  const c = found[0];
  assert.deepEqual(c.claims.map((cl) => [cl.value, cl.articles]), [['Mira Olsen', ['a1', 'a2']], ['Jonas Keel', ['a3']]]);
  assert.deepEqual(c.outliers, ['a3']);
  assert.equal(c.confidence, 'possible');
  assert.match(c.why, /Only a3 names Jonas Keel, once/);
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  for (const cl of c.claims) for (const s of cl.spans) assert.equal(text.get(s.article)!.slice(s.start, s.end), cl.value);
});

test('a description several people carry, or an article describing both people alike, raises nothing', () => {
  // Two professors of the college in the story: the description names a class, not one person.
  const b1 = art('b1', 'Daily Ardel', 'Harbour College professor Mira Olsen warned the council last year that the timber was failing.');
  const b2 = art('b2', 'Harbour Post', 'Harbour College professor Mira Olsen and Harbour College professor Tomas Brenner signed the letter to the council.');
  const b3 = art('b3', 'Coast News', 'Tomas Brenner, a Harbour College professor, said the repairs were overdue.');
  const b4 = art('b4', 'Port Radio', 'Engineers closed the pier on Monday. Harbour College professor Jonas Keel estimates that salt has eaten a third of the timber.');
  assert.deepEqual(described(buildDossier([b1, b2, b3, b4]).dossier), []);
  // The lone article itself gives the description to the story's person: it knows two professors.
  const c1 = art('c1', 'Daily Ardel', 'Harbour College professor Mira Olsen warned the council last year that the timber was failing.');
  const c2 = art('c2', 'Harbour Post', 'Mira Olsen, a Harbour College professor, said the repairs were overdue.');
  const c3 = art('c3', 'Coast News', 'Harbour College professor Jonas Keel estimates that salt has eaten a third of the timber. Mira Olsen, a Harbour College professor, agreed with him.');
  assert.deepEqual(described(buildDossier([c1, c2, c3]).dossier), []);
  // Even when it gives them offices of different bodies: it knows two chairmen.
  const f1 = art('f1', 'Daily Ardel', 'Senate Harbour Committee Chairman Jonas Keel said the bill would pass. Mira Olsen, chairman of the House Harbour Committee, disagreed.');
  const f2 = art('f2', 'Harbour Post', 'The bill has support, said Olsen, the chairman of the harbour committee.');
  const f3 = art('f3', 'Coast News', 'Tomas Brenner, a dock worker, said the bill would cost jobs.');
  assert.deepEqual(described(buildDossier([f1, f2, f3]).dossier), []);
  // A standing and a relation many people share ("the incumbent", "a Brenner ally") name nobody.
  const e1 = art('e1', 'Daily Ardel', 'Mira Olsen, a Tomas Brenner ally, kept her seat in the northern district on Sunday.');
  const e2 = art('e2', 'Harbour Post', 'In the north the incumbent, Mira Olsen, a Tomas Brenner ally, won easily.');
  const e3 = art('e3', 'Coast News', 'Voters in the south backed incumbent Gov. Jonas Keel, a Tomas Brenner ally, by a wide margin.');
  assert.deepEqual(described(buildDossier([e1, e2, e3]).dossier), []);
});

test('the executive directors of two different associations are two people', () => {
  const a1 = art('a1', 'Daily Ardel', 'Ilse Varo, executive director of the Harbour Tenants Housing Association, said rents had doubled.');
  const a2 = art('a2', 'Harbour Post', 'Ilse Varo, executive director of the Harbour Tenants Housing Association, called the vote a relief.');
  const a3 = art('a3', 'Coast News', 'The money will not last the winter, warned Kai Lund, executive director of the National Association of Housing Officials.');
  const d = buildDossier([a1, a2, a3]).dossier;
  assert.deepEqual(d.conflicts.filter((c) => c.kind === 'name'), []);
});
