/**
 * Framing labels that are no labels (src/compare/entities/framing.ts): a word in -ed after a
 * subject before a titled name is a verb taking the name as object, not an epithet; a clause
 * after the comma that ends an opening phrase is no appositive. Invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { buildFraming } from '../src/compare/entities/framing.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });
const labels = (text: string): string[] => {
  const a = read('a1', text);
  return buildFraming([a], buildEntities([a])).flatMap((f) => f.labels.map((l) => `${l.kind}:${l.label}`));
};

test('a verb in -ed after a subject is no epithet of its object; after a comma it still is', () => {
  const got = labels('Vidstream suspended Republican Senator Mara Oldham for a week on Tuesday.');
  assert.ok(!got.some((l) => l.startsWith('epithet:')), got.join(' | '));
  const kept = labels('The vote was close, suspended Republican Senator Mara Oldham said on Tuesday.');
  assert.ok(kept.some((l) => l.startsWith('epithet:') && l.includes('suspended')), kept.join(' | '));
});

test('a clause after the comma that closes an opening phrase is no appositive of the name before it', () => {
  const got = labels('In an opinion by Justice Neil Varro, the justices unanimously affirmed a lower-court ruling, the court said.');
  assert.ok(!got.some((l) => l.startsWith('appositive:')), got.join(' | '));
  const kept = labels('Neil Varro, a former harbour pilot from Ostrel, spoke on Monday.');
  assert.ok(kept.includes('appositive:a former harbour pilot from Ostrel'), kept.join(' | '));
});

test('a possessive or a hyphenated word before the -ed word keeps the epithet; "lost" and "forced" are no irregular past', () => {
  // framing.ts clauseBefore: these phrases were read as a subject and its verb and dropped.
  const has = (text: string, label: string): void => {
    const got = labels(text);
    assert.ok(got.includes(`epithet:${label}`), `${text}: ${got.join(' | ')}`);
  };
  has("The party's disgraced Sam Lee spoke in Ostrel on Monday.", "The party's disgraced");
  has('The two-time disgraced Dana Pell spoke in Ostrel on Monday.', 'The two-time disgraced');
  // IRREGULAR_PAST held the adjective "lost" and the regular "forced".
  has('The notorious lost Ana Diaz spoke in Ostrel on Monday.', 'The notorious lost');
  has('The notorious forced Ana Diaz spoke in Ostrel on Monday.', 'The notorious forced');
});

test('a "former <office>" description is not pinned on someone another\'s removal sits near, nor on a person titled by other offices', () => {
  const a = read(
    'a1',
    'Party members will vote on Wednesday on the ouster of Representative Kara Venn from her leadership post over her criticism of former President Tomas Dorn. Party leader Ivo Marr backs Venn’s ouster and her replacement with Representative Lia Toma, a Dorn loyalist. The former president also is expected to campaign for Toma.',
  );
  const rows = buildFraming([a], buildEntities([a]));
  const of = (name: string): string[] => rows.filter((f) => f.name === name).flatMap((f) => f.labels.map((l) => l.label.toLowerCase()));
  assert.ok(!of('Lia Toma').includes('former president'), of('Lia Toma').join(' | '));
  assert.ok(!of('Kara Venn').includes('former president'), of('Kara Venn').join(' | '));
  // The former president himself keeps his title.
  assert.ok(of('Tomas Dorn').includes('former president'), of('Tomas Dorn').join(' | '));
});

test('"claimed" with a noun object alone names another act, not a doubted statement; with a clause, a quote or "to" it stays a loaded verb of saying', () => {
  // framing.ts sayingSense: "claimed a resounding victory" was shown as a loaded verb of saying.
  const none = (text: string): void => {
    const got = labels(text);
    assert.ok(!got.some((l) => l.startsWith('verb:')), `${text}: ${got.join(' | ')}`);
  };
  const loaded = (text: string): void => {
    const got = labels(text);
    assert.ok(got.includes('verb:claimed'), `${text}: ${got.join(' | ')}`);
  };
  none('Democratic Senator Mara Oldham claimed a resounding victory on Tuesday night in the Ostrel special election.');
  none('Senator Mara Oldham claimed the regional title for the third time.');
  loaded('Senator Mara Oldham claimed the harbour vote was rigged against her party.');
  loaded('Senator Mara Oldham claimed that the harbour vote was rigged.');
  loaded('Senator Mara Oldham claimed to have won the harbour vote.');
  loaded('"The vote was rigged," Senator Mara Oldham claimed on Tuesday.');
});
