/**
 * Weekdays of coming events resolved backwards (issue #11, session 22), on invented text: a
 * temporal preposition orders a bare weekday against the day its own clause gives ("met on
 * Thursday ahead of Tuesday's vote" is the Tuesday after, "will meet on Friday after Tuesday's
 * vote" the Tuesday before); a statement's day orders nothing; getting ready for an occasion
 * ("are preparing for Tuesday's vote") looks ahead; a weekday owning a planned occasion in a
 * clause with no tense ("to reach Saturday's semifinals") is the nearer day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

// 2026-02-13 is a Friday.
function read(text: string, published = '2026-02-13'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.value;

test('a weekday "ahead of" lies after the day of its clause', () => {
  const a = read('Velmora lawmakers met on Thursday ahead of Tuesday\'s vote on the ferry budget.');
  assert.equal(value(a, 'Thursday'), '2026-02-12');
  assert.equal(value(a, 'Tuesday'), '2026-02-17');
  // The object a few words on, and the phrase set off by a comma.
  assert.equal(value(read('The Ardel senator campaigned in Velmora on Wednesday, ahead of the harbour primary on Tuesday.'), 'Tuesday'), '2026-02-17');
  // "before" and "on the eve of" order alike.
  assert.equal(value(read('Ferry workers in Velmora walked out on Wednesday before Monday\'s talks.'), 'Monday'), '2026-02-16');
});

test('a weekday "after" lies before the day of its clause', () => {
  const a = read('The Velmora harbour board will meet on Friday after Tuesday\'s vote.', '2026-02-11');
  assert.equal(value(a, 'Friday'), '2026-02-13');
  assert.equal(value(a, 'Tuesday'), '2026-02-10');
});

test('"before" with a noun between is a place, not an order', () => {
  // Pub Friday: read as an order against Tuesday, the Monday would have gone to the week after.
  const a = read('Mara Voss testified on Tuesday after appearing before the Velmora harbour committee on Monday.');
  assert.equal(value(a, 'Monday'), '2026-02-09');
});

test('a weekday already on the side its preposition says keeps its value', () => {
  const a = read('Velmora dockers gathered on Monday ahead of Thursday\'s strike vote.');
  assert.equal(value(a, 'Monday'), '2026-02-09');
  assert.equal(value(a, 'Thursday'), '2026-02-12');
});

test("a statement's day orders nothing", () => {
  // What was said may lie before the saying: the Tuesday stays as its own clause reads it.
  const said = read('The Velmora ferry operator said on Thursday it had cut fares ahead of Tuesday\'s deadline.');
  const plain = read('The Velmora ferry operator had cut fares ahead of Tuesday\'s deadline.');
  assert.equal(value(said, 'Tuesday'), value(plain, 'Tuesday'));
  assert.equal(value(said, 'Tuesday'), '2026-02-10');
  // Nor does a day of another clause, past a clause break.
  const other = read('Lawmakers met on Thursday; the Velmora harbour bill passed ahead of the vote on Tuesday.');
  assert.equal(value(other, 'Tuesday'), value(read('The Velmora harbour bill passed ahead of the vote on Tuesday.'), 'Tuesday'));
});

test('getting ready for an occasion looks ahead', () => {
  assert.equal(value(read('Velmora lawmakers are preparing for Tuesday\'s vote on the ferry budget.'), 'Tuesday'), '2026-02-17');
  assert.equal(value(read('Harbour towns in Ardel are bracing for Wednesday\'s storm.'), 'Wednesday'), '2026-02-18');
  // Told from after it, the occasion is the one before.
  assert.equal(value(read('Harbour towns in Ardel were bracing for Wednesday\'s storm.'), 'Wednesday'), '2026-02-11');
});

test('a weekday owning a planned occasion in a clause with no tense is the nearer day', () => {
  // In a Friday report, "Saturday's semifinals" is tomorrow's, not six days back.
  assert.equal(value(read('Mara Voss beat Lena Ardel 6-3 on Thursday to reach Saturday\'s semifinals in Velmora.'), 'Saturday'), '2026-02-14');
  assert.equal(value(read('Mara Voss plays Lena Ardel in Saturday\'s semifinals in Velmora.'), 'Saturday'), '2026-02-14');
  // A tense cue still decides.
  assert.equal(value(read('Mara Voss won Saturday\'s semifinal in Velmora.'), 'Saturday'), '2026-02-07');
  // An unplanned event is named once it has happened.
  assert.equal(value(read('Mara Voss is still recovering from Saturday\'s crash in Velmora.'), 'Saturday'), '2026-02-07');
});

test('a day of another clause orders nothing (a coordinated clause, a relative clause)', () => {
  // Pub Wednesday 2026-02-11. "will meet" puts Tuesday ahead (02-17); ordered against the
  // resignation's Friday (02-06), it had gone back to 02-03, before the resignation.
  const coordinated = read('The Velmora harbour chairman resigned on Friday and lawmakers will meet after Tuesday\'s vote to choose a successor.', '2026-02-11');
  assert.equal(value(coordinated, 'Friday'), '2026-02-06');
  assert.equal(value(coordinated, 'Tuesday'), value(read('Lawmakers will meet after Tuesday\'s vote to choose a successor.', '2026-02-11'), 'Tuesday'));
  assert.equal(value(coordinated, 'Tuesday'), '2026-02-17');
  // The Friday is the arrival's, in a relative clause: the Monday the speech follows is ahead.
  const relative = read('The Ardel envoy who arrived on Friday will speak after Monday\'s summit in Velmora.', '2026-02-11');
  assert.equal(value(relative, 'Monday'), '2026-02-16');
});

test('a future verb acting on a weekday\'s unplanned event does not put the event ahead', () => {
  // Pub Friday 2026-02-13: the crash and the fire lie behind (Saturday 02-07), whatever "will"
  // says of the examining; an awaited storm lies ahead.
  assert.equal(value(read('Investigators will examine Saturday\'s crash on the Velmora bypass.'), 'Saturday'), '2026-02-07');
  assert.equal(value(read('The Velmora council will review Saturday\'s fire at the ferry depot.'), 'Saturday'), '2026-02-07');
  assert.equal(value(read('Velmora residents will stock up before Saturday\'s storm.'), 'Saturday'), '2026-02-14');
  assert.equal(value(read('Velmora ferry crews are bracing for Saturday\'s storm.'), 'Saturday'), '2026-02-14');
});

test('a weekday owning an occasion in the clause\'s subject keeps the news default', () => {
  // Pub Wednesday 2026-02-11: "hit" shows no tense a cue reads, but the turnout is reported,
  // not forecast: the Saturday before (02-07), not the one after (02-14).
  assert.equal(value(read('Turnout in Saturday\'s election in Velmora hit a record 71 percent.', '2026-02-11'), 'Saturday'), '2026-02-07');
  // After its verb the occasion is still the nearer day.
  assert.equal(value(read('Mara Voss beat Lena Ardel on Monday to reach Saturday\'s semifinals in Velmora.', '2026-02-11'), 'Saturday'), '2026-02-14');
});
