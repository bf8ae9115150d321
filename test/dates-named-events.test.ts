/**
 * A named event's date ("the July 7 bombings"): it dates no reported act, so it is never a
 * timeline entry, but two reports that name one event by two dates disagree on when it was — a
 * possible date conflict (claims.ts `named`, timeline.ts eventHead). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-14', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('one named event given two dates is a possible date conflict, and no timeline entry', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'A memorial for the victims of the May 3, 2019 Velmora harbour bombings was unveiled on Friday in the city park.'),
    article('a2', 'Kestrel News', 'Relatives of the victims of the June 3, 2019 Velmora harbour bombings gathered in the city park on Friday as a memorial was unveiled.'),
    article('a3', 'Selen Monitor', 'The mayor unveiled a memorial to the victims of the June 3, 2019 harbour bombings in Velmora on Friday.'),
  ]);
  const all = dossier.conflicts;
  const c = all.find((x) => x.kind === 'date');
  assert.ok(c, JSON.stringify(all));
  assert.deepEqual(c.claims.map((x) => x.normalized).sort(), ['2019-05-03', '2019-06-03']);
  assert.notEqual(c.confidence, 'high');
  assert.ok(!dossier.timeline.some((e) => e.date.startsWith('2019')), JSON.stringify(dossier.timeline.map((e) => [e.date, e.text])));
});

test('two named events of two kinds are not one event given two dates', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'A memorial for the victims of the May 3, 2019 Velmora harbour bombings was unveiled on Friday in the city park.'),
    article('a2', 'Kestrel News', 'Relatives of the victims of the June 9, 2021 Velmora river floods gathered in the city park on Friday as a memorial was unveiled.'),
  ]);
  const all = dossier.conflicts;
  assert.ok(!all.some((x) => x.kind === 'date'), JSON.stringify(all));
});
