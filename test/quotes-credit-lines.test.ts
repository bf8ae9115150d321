/**
 * Credit lines and scare quotes (src/annotate/quotes.ts), on invented text: a quotation signed
 * on a dash line, the text of an embedded post, and quoted words that are nobody's speech.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('credit lines: "— Name, in a tweet" on the next line signs the quote', () => {
  const a = read('The mayor defended the plan on Tuesday.\n\n"We will not back down on the harbour deal."\n— Mira Castell, in a tweet\n\nCritics disagreed.');
  const q = quote(a, 'We will not back down');
  assert.equal(q?.speakerName, 'Mira Castell');
  assert.equal(q?.attribution, 'named');
});

test('credit lines: an embedded post signed "— Name (@handle) date"', () => {
  const a = read('Critics disagreed.\n\n"The harbour belongs to everyone and the port authority knows it." — Mira Castell (@mcastell) March 3, 2024\n\nThe port did not reply.');
  assert.equal(quote(a, 'The harbour belongs')?.speakerName, 'Mira Castell');
});

test('credit lines: an epigraph after a label, "-- Name, essayist (dates)"', () => {
  const a = read('Thought for the day: "Only the ideas we lose are truly ours." -- Henri Valmont, French essayist (1859-1941).');
  assert.equal(quote(a, 'Only the ideas')?.speakerName, 'Henri Valmont');
});

test('credit lines: a dash and the reporter\'s words are no signature', () => {
  const a = read('Officials met on Monday.\n\n“The port is open.” — Oskar Lind’s claim, which the union disputes.\n\n“The port is shut.” — Oskar Lind repeated the claim twice on Monday and nobody in the room believed a word of it.');
  assert.equal(quote(a, 'The port is open')?.speaker ?? null, null);
  assert.equal(quote(a, 'The port is shut')?.speaker ?? null, null);
});

test('scare quotes: "so-called" takes the speaker away and marks the quote', () => {
  const a = read('Oskar Lind attacked the so-called “deal” on Monday. Vera Dunmore called the plan a “disaster” at the dock.');
  const deal = quote(a, 'deal');
  assert.equal(deal?.speaker, null);
  assert.equal(deal?.scare, true);
  // A word someone is credited with stays a quote of theirs.
  const disaster = quote(a, 'disaster');
  assert.equal(disaster?.speakerName, 'Vera Dunmore');
  assert.equal(disaster?.scare, false);
});

test('scare quotes: a short fragment nobody is credited with is a scare quote; a longer one or a sentence is not', () => {
  const a = read('The ferry company’s “reform” has failed, and the port is closed.\n\nThe notice said only that the harbour would “stay shut until further notice for all vessels.”\n\n“Choke!”');
  assert.equal(quote(a, 'reform')?.scare, true);
  assert.equal(quote(a, 'stay shut')?.scare, false);
  assert.equal(quote(a, 'Choke')?.scare, false);
});
