/**
 * The setting of a speech in the attribution (src/annotate/quotes.ts), on invented text: a
 * participle that goes on after "X said Thursday," is X's, and the quoted title of the
 * programme the words were said on is nobody's speech.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('a participle after "Name said Thursday," shares that verb\'s subject, not the sentence opener', () => {
  const a = read('The city administration is facing a "serious shortfall" this winter, harbour master Greta Holm said Thursday, saying the ferries have carried a "record" number of trucks.');
  assert.equal(quote(a, 'record')?.speakerName, 'Greta Holm');
});

test('a participle after "Name said in a statement," is that name\'s', () => {
  const a = read('The ferry company is weighing new fares, organiser Pavel Drax said in a statement, adding that the crews feel "abandoned by the board."');
  assert.equal(quote(a, 'abandoned')?.speakerName, 'Pavel Drax');
});

test('the title of the programme a guest spoke on has no speaker, and the quote after it keeps the guest', () => {
  const a = read('Harbour master Greta Holm spoke on Sunday.\n\n"The ferries will run on time," Holm told Channel Nine\'s "Morning Harbour." "Nobody should cancel a trip."\n\nPavel Drax appeared on "Dockside Tonight" that evening.');
  const title = quote(a, 'Morning Harbour');
  assert.equal(title?.speaker ?? null, null);
  assert.equal(title?.scare, true);
  assert.equal(quote(a, 'Nobody should cancel')?.speakerName, 'Greta Holm');
  assert.equal(quote(a, 'Dockside Tonight')?.speaker ?? null, null);
  assert.equal(quote(a, 'Dockside Tonight')?.scare, true);
});

test('words after "ended with" are the subject\'s, even in title case', () => {
  const a = read('Pavel Drax ended his letter to the board with "Ships Before Profits" and signed it.');
  assert.equal(quote(a, 'Ships Before Profits')?.speakerName, 'Pavel Drax');
});

test('a capitalised word of a name is no reporting verb ("The United States will …")', () => {
  const a = read('The United States will not close the ports again but "the queues are going to get longer" this winter, harbour master Greta Holm said on Sunday.');
  assert.equal(quote(a, 'the queues')?.speakerName, 'Greta Holm');
  const b = read('The United States Harbour Patrol Office has cleared the pilot, the Harbour Patrol announced on Monday, saying the pilot "will not face discipline."');
  assert.notEqual(quote(b, 'will not face')?.speaker?.text, 'The United');
});

test('"according to" runs past the period of an abbreviation and stops at a relative clause', () => {
  const a = read('Ferries have been held on a "very, very large scale" this week, according to one U.S. official who put the figure in the hundreds. The queue is at its "longest point," according to a statement signed by Port Director Dr. Greta Holm and others.');
  assert.equal(quote(a, 'very, very')?.speaker?.text, 'one U.S. official');
  assert.equal(quote(a, 'longest point')?.speakerName, 'Greta Holm');
});

test('", but he …:" after a quote opens a new clause whose subject introduces the next quote', () => {
  const a = read('Harbour master Greta Holm said the two ferry firms are "lost at sea," but she gave the older firm a grudging compliment: "They never miss a sailing."');
  const q = quote(a, 'They never miss');
  assert.equal(q?.speaker?.text, 'she');
  assert.equal(q?.speakerName, 'Greta Holm');
});

test('a noun of saying with its "that" clause gives the quote to its possessor', () => {
  const a = read('The ferry firms say they were hurt, who have been battered by Port Director Greta Holm\'s conclusion that their schedules were "plainly unsafe." Harbour master Greta Holm sought to clarify her argument that "the port is nobody\'s private business" on Friday.');
  assert.equal(quote(a, 'plainly unsafe')?.speakerName, 'Greta Holm');
  assert.equal(quote(a, 'the port is nobody')?.speakerName, 'Greta Holm');
});

test('a quote after the noun\'s "that" clause is not the possessor\'s', () => {
  const a = read('Ferry spokeswoman Vera Dunmore said Thursday that Pavel Drax\'s claim that the ferry firm is against the new timetable is "simply not true."');
  assert.equal(quote(a, 'simply not true')?.speakerName, 'Vera Dunmore');
});

test('"she" two paragraphs on from the name resolves along the chain of "she" between', () => {
  const a = read('Harbour master Greta Holm on Tuesday again warned the council that the ferry fund was close to empty.\n\n"At that point, we expect the port would be left with very limited cash," she wrote in her latest letter to the council.\n\n"It is uncertain whether we could run the winter timetable," she added in the letter.');
  assert.equal(quote(a, 'It is uncertain')?.speakerName, 'Greta Holm');
});
