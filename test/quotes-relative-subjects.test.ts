/**
 * A name inside a restrictive relative clause of the subject (src/annotate/quotes.ts
 * `subjectOf`), on invented sentences: the clause's object is not the speaker of the main verb.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));
const INTRO = 'Greta Holm and Piet Voss met Tomas Brekke and Ilse Marr on Monday.\n\n';

test('a name a subject relative clause acts on is not the main verb’s speaker', () => {
  const a = read(INTRO + 'The officials who met Holm said the plan was “deeply flawed.”\n\nThe groups who wrote to Marr say they are “deeply alarmed” by the plan.\n\nResidents who watched Voss speak said the plan was “a joke.”');
  // The described subject speaks; the person it met or wrote to does not.
  assert.equal(quote(a, 'deeply flawed')?.speaker?.text, 'The officials');
  assert.equal(quote(a, 'deeply alarmed')?.speaker?.text, 'The groups');
  // No described head the tables know: no speaker rather than Voss.
  assert.equal(quote(a, 'a joke')?.speakerName ?? null, null);
});

test('a name opening the sentence keeps a relative clause and its apposition before the verb', () => {
  const a = read(INTRO + 'Senator Lena Dahl, the Eastport Republican who heads the Harbour Committee, which oversees the port, said the levy would “call into question” the board’s independence.');
  assert.equal(quote(a, 'call into')?.speakerName, 'Lena Dahl');
});

test('an object relative, an interrogative or a "that" clause keeps the name as the verb’s subject', () => {
  const a = read(INTRO + 'The plan, which Holm called “a joke,” failed.\n\nThe debate grew so heated over who backed which bill that Ilse Marr said, “I need a translator.”');
  assert.equal(quote(a, 'a joke')?.speaker?.text, 'Holm');
  assert.equal(quote(a, 'I need')?.speakerName, 'Ilse Marr');
});

test('two names after "by" or "for" are one object of the preposition, not the subject', () => {
  const a = read(INTRO + 'A letter signed by Holm and Voss called the vote “a farce.”\n\nA spokesman for Holm and Voss called the ruling “a disgrace.”\n\nHolm and Voss called the levy “theft.”');
  // Neither signer is the letter; no speaker rather than the second name alone.
  assert.equal(quote(a, 'a farce')?.speaker ?? null, null);
  assert.equal(quote(a, 'a disgrace')?.speakerName ?? null, null);
  // A coordination that opens the clause still speaks together.
  assert.equal(quote(a, 'theft')?.speaker?.text, 'Holm and Voss');
});

test('a subordinate clause or a second clause after the object keeps the later name as the speaker', () => {
  // "until Marr said": the name opens a clause of its own, past the "who" clause; "Brekke met
  // with Holm and Marr said": "and" joins two clauses when a name is the first one's subject.
  // They had gone to "She" and to nobody.
  const a = read(INTRO + 'She wondered who leaked the memo until Ilse Marr said it was “an accident.”\n\nTomas Brekke met with Greta Holm and Ilse Marr said the talks were “a waste of time.”');
  assert.equal(quote(a, 'an accident')?.speakerName, 'Ilse Marr');
  assert.equal(quote(a, 'a waste')?.speakerName, 'Ilse Marr');
});
