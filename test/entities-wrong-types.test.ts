/**
 * Wrong types and wrong merges probed in the review of session 18's entity rules (datelines,
 * "and Co." companies), on invented text: a capitals byline is no dateline place; a full name
 * before "and Co." that the story shows to be a person stays a person.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

test('a byline in capitals before the writer\'s credit is the writer, not a dateline place', () => {
  const a = read('a1', 'Storm hits coast\n\nJANE MORROW — Associated Press Writer\n\nThe storm hit the coast on Monday, officials said.');
  assert.notEqual(a.mentions.find((m) => m.text === 'JANE MORROW')?.type, 'place');
  // (A dateline's place is still a place.)
  const b = read('b1', 'MARREN BAY — Firefighters contained a brush fire on Sunday.');
  assert.equal(b.mentions.find((m) => m.text === 'MARREN BAY')?.type, 'place');
});

test('a full name before "and Co." stays a person where a pronoun after it shows one', () => {
  const arts = [
    read('a1', 'Critics dismissed the work of Edwin Tallard and Co. as pseudoscience. Edwin Tallard said on Monday that the critics were wrong.'),
    read('a2', 'Edwin Tallard, a mathematician, defended his book on Tuesday.'),
  ];
  const ents = buildEntities(arts);
  const id = ents.at('a2', 0, 'Edwin Tallard'.length);
  assert.ok(id);
  assert.equal(ents.get(id)!.type, 'person');
  assert.equal(ents.at('a1', arts[0].text.indexOf('Edwin Tallard said'), arts[0].text.indexOf('Edwin Tallard said') + 13), id);
});
