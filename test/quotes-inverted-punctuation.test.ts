/**
 * An inverted attribution after a quote ("“…,” said Ruiz") is set off from the quote by
 * punctuation; a quoted name running into a noun that a learned inflection spells like a verb
 * ("the “Harbour Peace” accords Ruiz negotiated", "the “Cold Start” recalls Ford issued") is no
 * attribution (quotes.ts speakerAfter). Invented text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('a quoted name before a noun spelled like a reporting verb gets no inverted speaker', () => {
  const a = read(
    'Both sides signed the “Harbour Peace” accords Ruiz negotiated in 2019.\n\n' +
      'Owners ignored the “Cold Start” recalls Ford issued in May.\n\n' +
      'The team lost the “Blue Ribbon” titles Ruiz won last year.\n',
  );
  for (const q of ['Harbour Peace', 'Cold Start', 'Blue Ribbon']) assert.equal(quote(a, q)?.speaker ?? null, null, q);
});

test('an inverted attribution set off by punctuation keeps its speaker', () => {
  const a = read('“We will rebuild the pier,” recalls Ruiz, the harbour master.\n\n“Why now?” asked Mayor Ann Holt.\n\n“It is over” — said Ben Ode.\n');
  assert.equal(quote(a, 'We will rebuild')?.speaker?.text, 'Ruiz');
  assert.equal(quote(a, 'Why now')?.speaker?.text, 'Ann Holt');
});
