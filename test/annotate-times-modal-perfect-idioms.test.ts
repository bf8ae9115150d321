/**
 * A past act's day read as the coming one in a December report (issue #11, session 25's unseen
 * reading: "may have lied during … Jan. 17"; "The vote took place Jan. 17"), on invented text:
 * an epistemic modal perfect's participle is the clause's past act (tense.ts
 * MODAL_PERFECT_PARTICIPLE), and a light verb with its idiom noun ("took place", "took office")
 * is one predicate whose date is the act's (LIGHT_VERB_NOUN).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

const value = (text: string, published = '2026-12-10'): string | null | undefined =>
  annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] }).times.find((x) => x.text === 'Jan. 17')?.value;

test('a modal perfect dates a past act: the day lies behind the writing', () => {
  assert.equal(value('Kovac may have lied during a deposition on Jan. 17, lawyers said.'), '2026-01-17');
  assert.equal(value('Investigators said Kovac might have lied on Jan. 17.'), '2026-01-17');
  assert.equal(value('The vote may have been held on Jan. 17.'), '2026-01-17');
  // A counterfactual "would have" may look ahead; a modal future stays ahead.
  assert.equal(value('He would have turned 50 on Jan. 17.'), '2027-01-17');
  assert.equal(value('Kovac may testify on Jan. 17.'), '2027-01-17');
  // A verb of arranging keeps its occasion open, as without the modal.
  assert.equal(value('The union could have called a strike on Jan. 17.'), '2027-01-17');
});

test('a light verb idiom dates its act', () => {
  assert.equal(value('The vote took place Jan. 17.'), '2026-01-17');
  assert.equal(value('Kovac took office on Jan. 17.'), '2026-01-17');
  assert.equal(value('The new rules took effect Jan. 17, officials said.'), '2026-01-17');
  // A future keeps it ahead.
  assert.equal(value('The vote will take place Jan. 17.'), '2027-01-17');
  assert.equal(value('The vote is to take place Jan. 17.'), '2027-01-17');
});

test('a past verb with a named object, or holding its occasion with a bare plural, dates a done act', () => {
  assert.equal(value('Kovac met Voss on Jan. 17.'), '2026-01-17');
  assert.equal(value('Kovac visited Tessin on Jan. 17.'), '2026-01-17');
  assert.equal(value('Kovac held talks with Voss on Jan. 17.'), '2026-01-17');
  // An event noun of its own in the gap, or a verb of arranging, leaves the day open as before.
  assert.equal(value('Kovac told Voss of a strike on Jan. 17.'), '2027-01-17');
  assert.equal(value('Kovac will meet Voss on Jan. 17.'), '2027-01-17');
});
