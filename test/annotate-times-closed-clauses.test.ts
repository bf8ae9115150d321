/**
 * Directions session 24's unseen reading found wrong, on invented text (issue #11, session 25;
 * src/annotate/times/tense.ts): a relative clause closed before the date does not give the date
 * its tense (withoutClosedRelatives), and a fronted day reads its clause's verb after a subject
 * that is a list of names with an appositive (FRONTED_STRETCHES).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (a: AnnotatedArticle, text: string) => a.times.find((x) => x.text === text)?.value;

// 2026-03-12 is a Thursday.
test('a relative clause closed before the date gives it no tense: the main clause does', () => {
  // The relative clause's past is the antecedent's act; "will meet … on Tuesday" is the coming Tuesday.
  assert.equal(value(read('Kovac will meet Voss, who was elected last week, on Tuesday.', '2026-03-12'), 'Tuesday'), '2026-03-17');
  assert.equal(value(read('The court will hear the appeal, which Voss lodged, on Friday.', '2026-03-12'), 'Friday'), '2026-03-13');
  assert.equal(value(read('The council is to debate the budget, which was cut, on Monday.', '2026-03-12'), 'Monday'), '2026-03-16');
  // Its future neither: "met … on Monday" is the Monday before.
  assert.equal(value(read('Kovac met Voss, who will lead the talks, on Monday.', '2026-03-12'), 'Monday'), '2026-03-09');
  // A main clause's future read farther back, past a long relative clause.
  assert.equal(value(read('The court will rule on the case, which drew wide attention across the country and abroad last winter, in May.', '2026-03-12'), 'May'), '2026-05');
  // A relative clause that holds the date is the date's own clause.
  assert.equal(value(read('Kovac met Voss, who will lead the talks Monday.', '2026-03-12'), 'Monday'), '2026-03-16');
  // An appositive with its relative clause, and a reduced relative (a participle set off by commas).
  assert.equal(value(read('Kovac will meet Voss, the man who won, on Tuesday.', '2026-03-12'), 'Tuesday'), '2026-03-17');
  assert.equal(value(read('The council will vote on the plan, delayed twice, on Monday.', '2026-03-12'), 'Monday'), '2026-03-16');
  // A dash-delimited one as well.
  assert.equal(value(read('Kovac will meet Voss — who was elected last week — on Tuesday.', '2026-03-12'), 'Tuesday'), '2026-03-17');
});

test('a fronted day reads its verb after a subject listing several names and an appositive', () => {
  assert.equal(value(read('On Tuesday, Kovac, Brannik, Voss and Ardel, the four party leaders, will meet in Tessin to sign the pact.', '2026-03-12'), 'Tuesday'), '2026-03-17');
  assert.equal(value(read('On Tuesday, Kovac, Brannik, Voss and Ardel, the four party leaders, met in Tessin to sign the pact.', '2026-03-12'), 'Tuesday'), '2026-03-10');
});
