/**
 * Names the tagger types a person that their own construction shows to be none
 * (src/annotate/mentions.ts, notPersonByConstruction): the words a crowd chants, a speaker whose
 * own things are "its", and, one sense per discourse, the article's other mentions of such a
 * name. Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnnotatedArticle } from '../src/core/schema.js';
import { read } from './helpers/entities.js';

/** Types of the mentions covering each occurrence of `at`. */
function typesAt(a: AnnotatedArticle, at: string): string[] {
  const out: string[] = [];
  for (let i = a.text.indexOf(at); i >= 0; i = a.text.indexOf(at, i + 1)) out.push(a.mentions.find((m) => m.start <= i && i < m.end)?.type ?? 'none');
  return out;
}

test('a quotation an utterance verb introduces and a name fills is the words cried, not a person', () => {
  const a = read('a1', 'Crowds chanted "Allahu Akbar" as the convoy passed. One man yelled “Allahu Akbar!” and ran.');
  for (const t of typesAt(a, 'Allahu Akbar')) assert.notEqual(t, 'person');
  // A speaker named before a quote is still a person.
  const b = read('a2', 'Hamid Akbar said on Monday that the convoy had passed. “We were lucky,” Akbar said.');
  assert.deepEqual(typesAt(b, 'Hamid Akbar'), ['person']);
});

test('a name whose verb of saying is followed by "its" is a body, in every mention of its article', () => {
  const a = read('a1', 'Protesters gathered outside. Telmar Hadi said its lines were cut. Telmar Hadi restored service on Friday.');
  assert.deepEqual(typesAt(a, 'Telmar Hadi'), ['organization', 'organization']);
  // "it" is as often the thing said: a person stays a person.
  const b = read('a2', 'Marta Kessling said it was a mistake to close the plant. Marta Kessling will appeal.');
  assert.deepEqual(typesAt(b, 'Marta Kessling'), ['person', 'person']);
});

test('a person speaking of a body\'s things ("said its fleet") stays a person', () => {
  // A name closing an apposition, a known given name first, and the bare surname of that name.
  const a = read('a1', 'Vellmark reported higher profits. The company\'s chief executive, Jonas Brekke, said its fleet carried more passengers. Jonas Brekke will retire in May.');
  assert.deepEqual(typesAt(a, 'Jonas Brekke'), ['person', 'person']);
  const b = read('a2', 'Vellmark reported higher profits. Jonas Brekke said its fleet carried more passengers. Later Brekke said its ships were full.');
  assert.deepEqual(typesAt(b, 'Jonas Brekke'), ['person']);
  assert.deepEqual(typesAt(b, 'Brekke said its ships'), ['person']);
});
