/**
 * Subjects the attribution rules (src/annotate/quotes.ts) read in six constructions, on
 * invented text (session 20): an organization as the subject of a participle after a comma; an
 * "as X put it" frame opening a sentence whose main clause quotes a fragment; a name with a long
 * affiliation in the subject slot after a quote; two coordinated roles in that slot; a gerund
 * after "upon"; a described subject whose participle of speaking names an outlet after "to".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('an organization that opens the sentence is the subject of a participle after a comma', () => {
  // (A quoted term of the main clause before the participle left the fragment rules out.)
  const a = read('The ferry sank in March. The Ferry Safety Foundation did not want to address “that man,” telling the Gazette that the group is focused on “safer crossings for every family.”');
  assert.equal(quote(a, 'safer crossings')?.speaker?.text, 'Ferry Safety Foundation');
  // A name that only modifies a description head is not that subject: the description is.
  const b = read('The ferry sank in March. The Eastport senator attacked the harbour board, calling its chairman a “disgrace to the island.”');
  assert.equal(quote(b, 'disgrace')?.speaker?.text, 'The Eastport senator');
});

test('an "as X put it" frame credits the fragment its main clause quotes', () => {
  const a = read('The vote was close. As Gazette columnist Rita Marsh puts it, the mayor is trying to make the council "pay for the ferry twice."');
  assert.equal(quote(a, 'pay for the ferry')?.speakerName, 'Rita Marsh');
  // A reporting verb of its own in the main clause speaks instead.
  const b = read('The vote was close. As Gazette columnist Rita Marsh noted, Tomas Brekke said the council must "pay for the ferry twice."');
  assert.equal(quote(b, 'pay for the ferry')?.speakerName, 'Tomas Brekke');
});

test('a name with a long affiliation after a quote is its speaker', () => {
  const a = read('The island voted. "The ferry must stay in service through the winter," Jeffrey Marsh of the Harbour Center for Ferry Safety Studies wrote in December.');
  assert.equal(quote(a, 'The ferry must stay')?.speakerName, 'Jeffrey Marsh');
});

test('two coordinated roles in the slot after a quote are one described speaker', () => {
  const a = read('The island voted. "The ferry must stay in service," the Eastport senator and Democratic mayoral candidate said in a statement.');
  assert.equal(quote(a, 'The ferry must stay')?.speaker?.text, 'the Eastport senator and Democratic mayoral candidate');
  const b = read('The island voted. "We will fight for the ferry," the mayor and her husband told reporters.');
  assert.equal(quote(b, 'We will fight')?.speaker?.text, 'the mayor and her husband');
  // A name in the coordination is a second speaker: the joint words are not that name's alone.
  const c = read('Mayor Lena Holm and councillor Tomas Brekke met. "We will not give up," the mayor and Brekke said on Friday.');
  const q = quote(c, 'We will not give up');
  assert.ok(!q?.speaker || !/Brekke/.test(q.speaker.text), q?.speaker?.text);
  assert.notEqual(q?.speakerName, 'Tomas Brekke');
});

test('a gerund after "upon" shares the subject of its sentence', () => {
  const a = read('The ferry sank. Lena Holm, herself a ferry supporter during the vote, drew a wave of boos upon saying, “The council heard the island.”');
  assert.equal(quote(a, 'The council heard')?.speakerName, 'Lena Holm');
});

test('a described subject with a participle of speaking "to" an outlet is the speaker, not the outlet', () => {
  const a = read('The ferry sank. Another harbour source speaking to the Gazette said, “The pilots are investigating the possibility.”');
  assert.equal(quote(a, 'The pilots')?.speaker?.text, 'Another harbour source');
});

test('an "as X put it" frame with a quoted title in its apposition, a perfect or a party tag', () => {
  const a = read("The vote was close. As Rita Marsh, professor of island law at Eastport and author of ''The Unwritten Ferry,'' put it, ''Councillors should remember who pays.''");
  assert.equal(quote(a, 'Councillors should')?.speakerName, 'Rita Marsh');
  const b = read("The vote was close. As the island columnist Lena Parsons had written just a few years earlier, ''We just couldn't have a ferry without a pier.''");
  assert.equal(quote(b, 'We just')?.speakerName, 'Lena Parsons');
  const c = read('The vote was close. As Council Speaker Paul Brekke (D-Maine) has pointed out, that is basically the “textbook definition of a bad deal.”');
  assert.equal(quote(c, 'textbook definition')?.speakerName, 'Paul Brekke');
});

test('a present-tense verb with one adjunct, and "upon" after a past, close an attribution', () => {
  const a = read('The island voted. “The more this plays itself out, the worse it gets,” Brekke concludes on the ferry matchup.');
  assert.equal(quote(a, 'The more this')?.speakerName, 'Brekke');
  const b = read('The island voted. "Oh, my God," a young woman exclaimed upon seeing him.');
  assert.equal(quote(b, 'Oh, my God')?.speaker?.text, 'a young woman');
});

test('two titles coordinated before one name after an inverted verb name that person', () => {
  const a = read("The island voted. “That is what he did in '08 and '12,” said former Maine Gov. and Island Party Chairman Ed Rendale. “He is reprising that role.”");
  assert.equal(quote(a, 'That is what')?.speakerName, 'Ed Rendale');
  assert.equal(quote(a, 'He is reprising')?.speakerName, 'Ed Rendale');
});

test('a participle shares a main-clause subject opened by a determiner whatever its head', () => {
  const a = read('The council met. The conservative publication has been outspoken in its opposition to the mayor, arguing he is “unfit for the office.”');
  assert.equal(quote(a, 'unfit')?.speaker?.text, 'The conservative publication');
  const b = read('The council met. One operative inside Harbour Hall tried to downplay the comments, saying they were “not a big deal around here.”');
  assert.equal(quote(b, 'not a big deal')?.speaker?.text, 'One operative inside Harbour Hall');
});

test("a participle after a coordinated clause with its own subject belongs to that clause's subject", () => {
  // (Found reading real stories: the rule above had given it to "A timeline".)
  const a = read('The ferry sank. A timeline was not laid out in the memo, but Holm directed a rapid pace, telling the captains to “impose ambitious timelines for every crossing.”');
  assert.equal(quote(a, 'impose')?.speakerName, 'Holm');
});

test('a time fronted in a coordinated clause is no part of the participle\'s subject', () => {
  const a = read('Mayor Lena Holm and councillor Tomas Brekke clashed. Holm lost the vote on Monday, but the next day the harbour master returned, saying the council was “out of touch.”');
  assert.equal(quote(a, 'out of touch')?.speaker?.text, 'the harbour master');
  const b = read('Mayor Lena Holm and councillor Tomas Brekke clashed. Holm lost the vote on Monday, and on Tuesday Brekke returned, saying the council was “very out of touch.”');
  assert.equal(quote(b, 'very out of touch')?.speakerName, 'Tomas Brekke');
});
