/**
 * Third reports that back one side of a one-against-one place card (src/compare/conflicts/swaps.ts
 * backLoneSides), read by the construction of their place, on invented reports through the real
 * annotator and entity linking:
 * - a class noun in apposition before the place ("returned to her home town of Velden") is the
 *   place itself, so the word that governs it is the verb before ("returned");
 * - a region after its town ("at her home in Santa Rosa, California") follows a comma as a list's
 *   item does, but is the town's region;
 * - a possessor ("Peru's external trade") is governed by what it owns;
 * while a birthplace in the same words still backs nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { backLoneSides } from '../src/compare/conflicts/swaps.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ledger', 'Morning Courier', 'City Wire', 'Evening Post'];

/** The one-against-one card a finder would raise on the first two reports (values x / y), widened by backLoneSides. */
function widened(texts: string[], x: string, y: string): Conflict {
  const arts = texts.map((t, i) => annotate(art(`a${i + 1}`, OUTLETS[i], t)));
  const ents = buildEntities(arts);
  const span = (a: number, word: string) => ({ article: `a${a}`, start: texts[a - 1].indexOf(word), end: texts[a - 1].indexOf(word) + word.length });
  const card = {
    id: 'c1',
    kind: 'place',
    about: 'where',
    claims: [
      { value: x, normalized: x, articles: ['a1'], spans: [span(1, x)] },
      { value: y, normalized: y, articles: ['a2'], spans: [span(2, y)] },
    ],
    outliers: [],
    facts: [],
    confidence: 'possible',
    why: 'Both sentences put different places in the same words.',
  } as Conflict;
  const meta = new Map(arts.map((a) => [a.id, { id: a.id, published: a.published ?? null, outlet: a.outlet ?? null }]));
  return backLoneSides([card], arts, ents, meta)[0];
}

test('a class noun in apposition before the place is the place: the verb before governs it', () => {
  const c = widened(
    [
      'After her film career ended, the actress Mara Quill returned to Velden to run the family farm, her spokesman said.',
      'After her film career ended, the actress Mara Quill returned to Tarrow to run the family farm, her spokesman said.',
      'When her film career ended, Mara Quill returned to her home town of Velden, where she ran the family farm.',
    ],
    'Velden',
    'Tarrow',
  );
  assert.deepEqual(c.outliers, ['a2']);
  // Born there, in the same words: another role of the place, no backer.
  assert.deepEqual(
    widened(
      [
        'After her film career ended, the actress Mara Quill returned to Velden to run the family farm, her spokesman said.',
        'After her film career ended, the actress Mara Quill returned to Tarrow to run the family farm, her spokesman said.',
        'When her film career ended, Mara Quill, who was born in the town of Velden, ran the family farm.',
      ],
      'Velden',
      'Tarrow',
    ).outliers,
    [],
  );
});

test('a region after its town backs its side', () => {
  const c = widened(
    [
      'The writer Ivo Marrek died on Thursday at his home in Santa Rosa, California, his publisher said.',
      'The writer Ivo Marrek died on Thursday at his home in Santa Rosa, Arizona, his publisher said.',
      'His grandson said the writer Ivo Marrek died on Thursday at his home in Santa Rosa, California.',
    ],
    'California',
    'Arizona',
  );
  assert.deepEqual(c.outliers, ['a2']);
});

test('a possessor is governed by what it owns', () => {
  const c = widened(
    [
      'The patrol foiled an attack in the busy sea lane through which $100 billion worth of Peru’s external trade passes each year.',
      'The patrol foiled an attack in the busy sea lane through which $100 billion worth of Chile’s external trade passes each year.',
      'The foiled attack matters because a hundred billion dollars of Peru’s external trade passes through the busy sea lane each year.',
    ],
    'Peru',
    'Chile',
  );
  assert.deepEqual(c.outliers, ['a2']);
});

test('the place of the same named body backs its side, whatever else the sentence tells', () => {
  const c = widened(
    [
      'Anna Brekke died at Varden County Medical Center in Ostrin.',
      'Anna Brekke died at Varden County Medical Center in Marlow.',
      'The victim, who was in her 60s, was taken to Varden County Medical Center in Ostrin, where she was pronounced dead, according to the police report.',
    ],
    'Ostrin',
    'Marlow',
  );
  assert.deepEqual(c.outliers, ['a2']);
  // A person is no body with a place of its own: "Brekke in Ostrin" backs nothing by itself.
  assert.deepEqual(
    widened(
      [
        'Anna Brekke died at Varden County Medical Center in Ostrin.',
        'Anna Brekke died at Varden County Medical Center in Marlow.',
        'The victim, who was in her 60s, met Anna Brekke in Ostrin, where the two were pronounced winners, according to the police report.',
      ],
      'Ostrin',
      'Marlow',
    ).outliers,
    [],
  );
});

test('a named institution the entity layer types as a place where an act happened is a host too', () => {
  // "died at … Medical Center" is typed a place (where she died), "taken to … Medical Center" an
  // organisation: one hospital either way, standing at one site.
  const c = widened(
    [
      'Dana Lorne died at Varrow County Medical Center in Minneapolis on Friday.',
      'Dana Lorne died at Varrow County Medical Center in San Diego on Friday.',
      'Dana Lorne was taken to Varrow County Medical Center in Minneapolis, where she died on Friday.',
    ],
    'Minneapolis',
    'San Diego',
  );
  assert.deepEqual(c.outliers, ['a2']);
  // A county of one name lies in many states: a place-typed name of a place suffix is no host.
  assert.deepEqual(
    widened(
      [
        'Dana Lorne died in Varrow County in Minnesota on Friday.',
        'Dana Lorne died in Varrow County in California on Friday.',
        'Dana Lorne was taken home to Varrow County in Minnesota, where she died on Friday.',
      ],
      'Minnesota',
      'California',
    ).outliers,
    [],
  );
});
