/**
 * Framing rows of bare job titles (src/compare/entities/framing.ts): an actor whose every label
 * is nothing but title words ("President", "Sen.") is framed by no outlet and gets no row; a
 * title with more in it, or any other label, keeps the row. Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { buildFraming } from '../src/compare/entities/framing.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

test('an actor labelled by bare job titles alone has no framing row; a title with more, or an epithet, keeps one', () => {
  const arts = [
    read('a1', 'President Tova Renk signed the bill on Monday. Sen. Ilan Voss voted against it. The embattled Mayor Ada Pike praised the bill.'),
    read('a2', 'President Renk said the bill would pass. The former governor Omar Kell opposed it, and Sen. Voss agreed.'),
  ];
  const rows = buildFraming(arts, buildEntities(arts));
  const names = rows.map((f) => f.name);
  assert.ok(!names.includes('Tova Renk'), names.join(' | '));
  assert.ok(!names.includes('Ilan Voss'), names.join(' | '));
  const pike = rows.find((f) => f.name === 'Ada Pike');
  assert.ok(pike, names.join(' | '));
  assert.ok(pike.labels.some((l) => l.loaded.includes('embattled')));
  assert.ok(names.includes('Omar Kell'), names.join(' | '));
});

test('framing junk: a clause or a thing-noun phrase before or after a name, a preposition, a participle before a title', () => {
  const labels = (text: string): string[] => {
    const a = read('a1', text);
    return buildFraming([a], buildEntities([a])).flatMap((f) => f.labels.map((l) => `${l.kind}:${l.label}`));
  };
  const got = [
    ...labels('The business leaders like Ivo Trask praised the plan on Monday.'),
    ...labels('The best thing Ivo Trask could do is resign, the critics said.'),
    ...labels('The wetland damage Ivo Trask caused was severe, the report said.'),
    ...labels('Ivo Trask, the unity minister warned, is wrong about the vote.'),
    ...labels('Praising Senator Ivo Trask, the ad thanked him for his vote.'),
  ];
  for (const junk of ['like', 'best thing', 'wetland damage', 'minister warned', 'Praising']) assert.ok(!got.some((l) => l.includes(junk)), `${junk}: ${got.join(' | ')}`);
  // Labels of a person stay: an agent noun, an evaluative epithet.
  const kept = [...labels('Ivo Trask, a Maryland builder, praised the plan.'), ...labels('The disgraced Ivo Trask praised the plan.')];
  assert.ok(kept.some((l) => l.includes('builder')), kept.join(' | '));
  assert.ok(kept.some((l) => l.includes('disgraced')), kept.join(' | '));
});
