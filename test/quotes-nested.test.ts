/**
 * Nested and second-hand attribution (src/annotate/quotes.ts), on invented sentences: whose words
 * the marks record when one person reports another's speech.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('nested: the one heard speaking in a recording says the words, not the analyst who cites it', () => {
  const a = read('Media analyst Gerald Pike faulted the station for cutting part of a frantic emergency call in which a woman is heard saying: "They are trying to stab us, get here now!"');
  const q = quote(a, 'They are trying');
  assert.equal(q?.speaker?.text, 'a woman');
  assert.equal(q?.speakerName, null);
});

test('nested: direct speech inside reported speech is the inner speaker’s', () => {
  const a = read('Gerald Pike said Mira Castell told the dispatcher "there is a man with a gun."');
  assert.equal(quote(a, 'there is a man')?.speakerName, 'Mira Castell');
});

test('nested: indirect speech ("that …") keeps the outer reporter', () => {
  const a = read('Gerald Pike said Mira Castell told the dispatcher that there was "a man with a gun."');
  assert.equal(quote(a, 'a man with')?.speakerName, 'Gerald Pike');
});
