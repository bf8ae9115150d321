/**
 * Attribution forms the rules of src/annotate/quotes.ts read since session 21, on invented text:
 * an inverted verb of any kind after a quote, with a person's name that its modifiers precede
 * ("mused radio co-host Tomas Brekke") or that stands in apposition to a description
 * ("exhorted the mayor's introducer, actress Ana Ruiz").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('an inverted past verb with modifiers before the name that closes the sentence', () => {
  const a = read('The ferry sank in March. “Imagine the ferry sailing again by the summer,” mused radio co-host Tomas Brekke. “Not to mention a second one.”');
  assert.equal(quote(a, 'Imagine the ferry')?.speakerName, 'Tomas Brekke');
  // The next whole-sentence quote continues him.
  assert.equal(quote(a, 'Not to mention')?.speakerName, 'Tomas Brekke');
});

test('an inverted past verb with a description and a name in apposition', () => {
  const a = read('The ferry sank in March. “It is about time we had a new ferry on this island,” exhorted Holm’s introducer, actress Ana Ruiz.');
  assert.equal(quote(a, 'It is about time')?.speakerName, 'Ana Ruiz');
});

test('a name after an inverted verb of any kind that does not close the sentence is no speaker', () => {
  // The quoted slogan is the verb's subject and the name its object: an adjunct goes on after it.
  const a = read('The ferry sank in March. “Save the ferry, save the island, save us all,” greeted radio co-host Tomas Brekke at every stop of his tour.');
  assert.notEqual(quote(a, 'Save the ferry')?.speakerName, 'Tomas Brekke');
});

test('the object of a characterising verb before "as" is no speaker: the subject is', () => {
  const a = read('The ferry sank in March. Tomas Brekke referred to Lena Holm as “a bright, charismatic leader” on the radio.');
  assert.equal(quote(a, 'a bright')?.speakerName, 'Tomas Brekke');
  const b = read('The ferry sank in March. Tomas Brekke described Lena Holm’s ferry plan as a “work in progress at best.”');
  assert.equal(quote(b, 'work in progress')?.speakerName, 'Tomas Brekke');
  // A passive puts the describer after "by": the subject is described, and says nothing.
  const c = read('The ferry sank in March. Tomas Brekke was seen by Lena Holm as “a traitor to every family on the island.”');
  assert.notEqual(quote(c, 'a traitor')?.speakerName, 'Tomas Brekke');
});

test('a dash credit on the paragraph after a quoted paragraph signs it', () => {
  const a = read('The council met on Friday.\n\nquotable.\n\n"The ferry is the island, and the island is the ferry."\n\n-Lena Holm, Eastport.\n\n"We will sail again by the summer, whatever the board says."\n\n— Tomas Brekke, in a post on Friday.\n');
  assert.equal(quote(a, 'The ferry is the island')?.speakerName, 'Lena Holm');
  assert.equal(quote(a, 'We will sail again')?.speakerName, 'Tomas Brekke');
  // A paragraph that goes on after the name is the reporter's sentence, not a signature.
  const b = read('The council met on Friday.\n\n"The ferry is the island, and the island is the ferry."\n\n- Lena Holm and Tomas Brekke will debate the plan on Friday night in the town hall.\n');
  assert.equal(quote(b, 'The ferry is the island')?.speaker ?? null, null);
});

test('two linking words before the subject of a participle ("And then X …, saying")', () => {
  const a = read('The ferry sank in March. And then Lena Holm went fully on the attack, saying, “Is the board going to finally mention the hull?”');
  assert.equal(quote(a, 'Is the board')?.speakerName, 'Lena Holm');
});

test('"chanted" reports the words it takes, as "shouted" does', () => {
  const a = read('The ferry sank in March. Outside the hall, the protesters chanted “Save our ferry, save our island.”');
  assert.equal(quote(a, 'Save our ferry')?.speaker?.text, 'the protesters');
});
