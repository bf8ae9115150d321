/**
 * A past day of the month given the next year (session 24's unseen reading: "a deposition …
 * Jan. 17" dated the next year in reports of late in the year), on invented text (issue #11,
 * session 25): a day that a done act dates lies behind the writing, however near the same day
 * ahead is — after an irregular participle (rules.ts DONE_VERB_BEFORE), after a verb whose own
 * occasion is the event noun before the day (tense.ts ownOccasion), and when fronted before a
 * past clause (tense.ts frontedPastDone).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (text: string, published = '2026-12-10') => read(text, published).times.find((x) => x.text === 'Jan. 17')?.value;

test('an irregular participle right before the day dates a done act', () => {
  assert.equal(value('Lawyers cited a deposition taken Jan. 17.'), '2026-01-17');
  assert.equal(value('Lawyers cited a video shown Jan. 17.'), '2026-01-17');
  // After "be" it is a plan: the coming day.
  assert.equal(value('The deposition will be taken Jan. 17.'), '2027-01-17');
});

test('an occasion held, given or attended, or the setting of a past act, is done on its day', () => {
  assert.equal(value('Kovac gave a deposition on Jan. 17.'), '2026-01-17');
  assert.equal(value('Kovac attended the hearing in Tessin on Jan. 17.'), '2026-01-17');
  assert.equal(value('Kovac denied the affair in a deposition Jan. 17.'), '2026-01-17');
  // An occasion one calls, asks for or cancels may still be to come: left to the clause.
  assert.equal(value('The union called a strike on Jan. 17.'), '2027-01-17');
  assert.equal(value('Kovac sought a hearing on Jan. 17.'), '2027-01-17');
  // A noun the verb does not hold keeps its own date: "told … of a cutback".
  assert.equal(value('Brannik warned the mayor of a cutback in the budget on Jan. 17.'), '2027-01-17');
});

test('a fronted day before a past clause lies behind the writing', () => {
  assert.equal(value('On Jan. 17, Kovac denied the affair.'), '2026-01-17');
  assert.equal(value('Jan. 17, Kovac gave a deposition.'), '2026-01-17');
  // A future clause keeps its day ahead.
  assert.equal(value('On Jan. 17, Kovac will give a deposition.'), '2027-01-17');
  // A deadline set in the past is not fronted: left as before.
  assert.equal(value('The council extended the offer to Jan. 17.'), '2027-01-17');
});

test('a past between a fronted day and a future main verb does not make the day done', () => {
  // The past is a parenthetical's, a participle's or a reporting aside's; the main verb looks ahead.
  assert.equal(value('On Jan. 17, the day the court opened, Kovac will testify.'), '2027-01-17');
  assert.equal(value('On Jan. 17, the hearing postponed in November will open.'), '2027-01-17');
  assert.equal(value('On Jan. 17, lawyers said, Kovac will testify.'), '2027-01-17');
  assert.equal(value('By Jan. 17, officials said, the bridge will reopen.'), '2027-01-17');
  assert.equal(value('On Jan. 17, as agreed last week, the talks resume.'), '2027-01-17');
  // A future reported after a verb of saying is the past act's content: the day stays behind.
  assert.equal(value('On Jan. 17, Kovac denied the affair and said he would appeal.'), '2026-01-17');
});
