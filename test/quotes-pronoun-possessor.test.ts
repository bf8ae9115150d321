/**
 * "he"/"she" after a sentence whose subject is a possessed person (src/annotate/speakers.ts),
 * on invented text: the possessor is not what the sentence is about.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('"NAME\'s lawyer did X. “…,” he said": not the possessor', () => {
  const a = read('The ferry sank on Friday. Tom Ruiz\'s lawyer filed the appeal on Monday. “We will win this case,” he said.');
  assert.equal(quote(a, 'We will win')?.speaker?.text, 'he');
  assert.equal(quote(a, 'We will win')?.speakerName, null);
});

test('the possessed person named in apposition is the one the pronoun means', () => {
  const a = read('The ferry sank on Friday. Tom Ruiz\'s campaign chairman, Lars Berg, dismissed the report as “gossip.” He said the captain was “a hero.”');
  assert.equal(quote(a, 'a hero')?.speakerName, 'Lars Berg');
});

test('a possessed person of the other sex leaves the possessor', () => {
  const a = read('The ferry sank on Friday. Tom Ruiz\'s wife filed the appeal on Monday. “We will win this case,” he said.');
  assert.equal(quote(a, 'We will win')?.speakerName, 'Tom Ruiz');
});
