/**
 * Where an attribution ends (src/annotate/quotes.ts), on invented text: a speaker and verb
 * that a colon and a new quote follow introduce that quote, not the one before; a fragment
 * inside a fronted adverbial clause or a naming relative clause is not the main clause's
 * subject's speech when that subject's verb goes on to an object of its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('"Name posted:" after a quote that ended its sentence introduces the next quote', () => {
  // Two apostrophes for double marks, as some outlets' plain text has them; "Ms." puts a full
  // stop right after the colon's quote opens, which made the attribution look short.
  const a = read("The replies came fast. Another reader, Tomas Brekke, wrote of Ms. Holm: ''Your ferry plan will sink the harbour.'' Greta Holm posted: ''Ms. Holm has done more for the port than anyone.''");
  assert.equal(quote(a, 'Your ferry plan')?.speakerName, 'Tomas Brekke');
  assert.equal(quote(a, 'Ms. Holm has done')?.speakerName, 'Greta Holm');
});

test('a fragment in a fronted adverbial clause is not the speech of the main clause\'s subject', () => {
  const a = read('After Tomas Brekke compared the ferry crews to “pirates”, councillor Greta Holm wrote a long letter against the plan.');
  assert.notEqual(quote(a, 'pirates')?.speakerName, 'Greta Holm');
  // The attribution that closes the sentence still takes the fragment.
  const b = read('The ferry plan is “a gift to the pirates,” Greta Holm said.');
  assert.equal(quote(b, 'a gift')?.speakerName, 'Greta Holm');
});

test('a fragment a named person calls something in a relative clause is that person\'s word', () => {
  const a = read('In a video that Judge Tomas Brekke called “vile,” Greta Holm voiced a wish to sink the ferry.');
  assert.equal(quote(a, 'vile')?.speakerName, 'Tomas Brekke');
});

test('a quote in two apostrophes after "Name said" is not the attribution of the quote before', () => {
  // "Mr." gives a full stop within the next few words; read as text, the two apostrophes made
  // "Greta Holm said ''Mr." look like a short attribution closing its sentence.
  const a = read("Tomas Brekke spoke first. ''Your ferry plan will sink the harbour.'' Greta Holm said ''Mr. Brekke is wrong about it.''");
  assert.notEqual(quote(a, 'Your ferry plan')?.speakerName, 'Greta Holm');
  assert.equal(quote(a, 'Mr. Brekke is wrong')?.speakerName, 'Greta Holm');
});

test('"a spokesman for NAME" is the speaker, unnamed, not nobody and not the name', () => {
  const a = read('The vote is on Friday. A spokesman for Greta Holm said the union would “fight every step of the way.”');
  assert.equal(quote(a, 'fight every')?.speaker?.text, 'A spokesman for Greta Holm');
  assert.equal(quote(a, 'fight every')?.speakerName, null);
  assert.equal(quote(a, 'fight every')?.speakerKind, 'description');
  // A name after "to" that is the verb's own object stays no subject.
  const b = read('The vote is on Friday. Tom Ruiz wrote to Greta Holm that the fare was “a tax on islanders.”');
  assert.equal(quote(b, 'a tax on')?.speakerName, 'Tom Ruiz');
});

test('a coordinated subject speaks together: no one name of it is the speaker', () => {
  const a = read('The vote is on Friday. Greta Holm and Tom Ruiz said in a joint statement that they would “work together on the fares.”');
  const q = quote(a, 'work together');
  assert.equal(q?.speaker?.text, 'Greta Holm and Tom Ruiz');
  assert.equal(q?.speakerName, null);
  assert.notEqual(q?.attribution, 'named');
  // A name that is the object of an earlier clause is no part of the subject.
  const b = read('The vote is on Friday. Lind said the board should sack Greta Holm, and Tom Ruiz later called the fare “a tax on islanders.”');
  assert.equal(quote(b, 'a tax on')?.speakerName, 'Tom Ruiz');
});

test('"Police said" and "has long argued" keep their subjects', () => {
  const a = read('The ferry sank on Friday. Police said the captain was “not at the wheel.”');
  assert.equal(quote(a, 'not at the wheel')?.speaker?.text, 'Police');
  const b = read('The ferry sank on Friday. Greta Holm has long argued that the fare is “a tax on islanders.”');
  assert.equal(quote(b, 'a tax on')?.speakerName, 'Greta Holm');
});

test('"in NAME\'s words" and "in the words of NAME" credit the quote after them', () => {
  const a = read('The vote is on Friday. Greta Holm spoke first. The fare is, in Greta Holm\'s words, “a tax on islanders.”');
  assert.equal(quote(a, 'a tax on')?.speakerName, 'Greta Holm');
  const b = read('The vote is on Friday. Greta Holm spoke first. The fare is, in the words of Greta Holm, “a tax on islanders.”');
  assert.equal(quote(b, 'a tax on')?.speakerName, 'Greta Holm');
});

test('a name in apposition after a described speaker before the verb names the speaker', () => {
  const a = read('The vote is on Friday. “The fare is a tax on islanders,” the union\'s president, Greta Holm, said.');
  const q = quote(a, 'The fare is');
  assert.equal(q?.speaker?.text, 'Greta Holm');
  assert.equal(q?.attribution, 'named');
});
