/**
 * Session 30 (issue #11), on invented text: a weekday counted in weeks ("a week ago Friday"),
 * a month after another date ("the following January"), "the day before" closing a clause, a
 * date that ends before "a day after", a weekday owning an attack in a clause with "will", and a
 * fronted participle's object taken for an infinitive ("Speaking to reporters on Friday").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

// A Wednesday.
function read(text: string, published = '2026-03-11'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const values = (a: AnnotatedArticle) => a.times.map((x) => `${x.text}=${x.timex}`);

test('a weekday counted in weeks from its nearest occurrence is one day', () => {
  assert.deepEqual(values(read('The Varnholt dairy closed a week ago Friday.')), ['a week ago Friday=2026-02-27']);
  assert.deepEqual(values(read('The Varnholt dairy closed two weeks ago Tuesday.')), ['two weeks ago Tuesday=2026-02-24']);
  // Written on the weekday itself, the week counts from that day.
  assert.deepEqual(values(read('The Varnholt dairy closed a week ago Wednesday.')), ['a week ago Wednesday=2026-03-04']);
  assert.deepEqual(values(read('The Varnholt dairy will reopen a week from Friday.')), ['a week from Friday=2026-03-20']);
  assert.deepEqual(values(read('A year ago today, the Varnholt dairy closed.')), ['A year ago today=2025-03-11']);
  // A year from Feb. 29 has no such day: the month.
  assert.deepEqual(values(read('The dairy will reopen a year from today.', '2028-02-29')), ['a year from today=2029-02']);
});

test('"the following January" counts from the last month the text named', () => {
  assert.deepEqual(values(read('Mara Voss was elected in November 2024 and took office the following January.')), ['November 2024=2024-11', 'the following January=2025-01']);
  assert.deepEqual(values(read('Mara Voss was elected on Nov. 5, 2024, after she resigned the previous March.')), ['Nov. 5, 2024=2024-11-05', 'the previous March=2024-03']);
  // With no month or day named before it, the month meant is not known.
  assert.deepEqual(values(read('Mara Voss took office the following January.')), ['the following January=null']);
});

test('"the day before" closing a clause counts from the last date named', () => {
  assert.deepEqual(values(read('The dock strike began on Feb. 20. Talks had collapsed the day before.')), ['Feb. 20=2026-02-20', 'the day before=2026-02-19']);
  assert.deepEqual(values(read('Ferry crossings fell in 2024 and rose the year after.')), ['2024=2024', 'the year after=2025']);
  assert.deepEqual(values(read('Mara Voss was arrested on Monday. The night before, she had been seen at the docks.')), ['Monday=2026-03-09', 'The night before=2026-03-08TNI']);
  // No date named before: the day before something undated.
  assert.deepEqual(values(read('Talks had collapsed the day before, officials said.')), ['the day before=null']);
  // Before a noun phrase it counts from that phrase's event: not read.
  assert.deepEqual(values(read('The day after the harbour vote, Mara Voss resigned.')), []);
});

test('a date closed by a comma is no amount of a rate', () => {
  const a = read('The dock strike began on Feb. 20, a day after talks collapsed.');
  assert.deepEqual(a.times.map((x) => `${x.text}=${x.kind}`), ['Feb. 20=date', 'a day=duration']);
  assert.deepEqual(read('Dockers earn 120 crowns a day.').times.map((x) => `${x.text}=${x.kind}`), ['a day=set']);
});

test("a weekday owning an attack lies behind the writing whatever the clause's future", () => {
  assert.deepEqual(values(read("The victims of Friday's attack on the Varnholt market will be buried today.")).slice(0, 1), ['Friday=2026-03-06']);
  // A storm is forecast by its day: there the future decides.
  assert.deepEqual(values(read("Friday's storm will reach the Varnholt coast in the evening.")), ['Friday=2026-03-13']);
});

test('a fronted participle with a plural object dates the main clause past', () => {
  assert.deepEqual(values(read('Speaking to reporters on Friday, the harbour minister defended the plan.')), ['Friday=2026-03-06']);
  // A real infinitive of a plan still leaves the day open (the nearer Friday).
  assert.deepEqual(values(read('The harbour board agreed to discuss the plan on Friday.')), ['Friday=2026-03-13']);
});

test('"to" before a noun that is no verb is the past act\'s preposition, not a plan\'s infinitive', () => {
  assert.deepEqual(values(read('The harbour master was taken to hospital on Friday.')), ['Friday=2026-03-06']);
  assert.deepEqual(values(read('Two dockers were sentenced to death on Friday.')), ['Friday=2026-03-06']);
  assert.deepEqual(values(read('Mara Voss was elected to office on Friday.')), ['Friday=2026-03-06']);
  // After a verb of motion or of a level, a noun WordNet also lists as a verb is the goal.
  assert.deepEqual(values(read('The Varn river rose to record levels in April.')), ['April=2025-04']);
  assert.deepEqual(values(read('The harbour master was sent to jail on Friday.')), ['Friday=2026-03-06']);
  // A verb after "to" is still a plan's infinitive: the nearer Friday.
  assert.deepEqual(values(read('The harbour board agreed to buy the cranes on Friday.')), ['Friday=2026-03-13']);
  assert.deepEqual(values(read('The harbour board agreed to end the strike on Friday.')), ['Friday=2026-03-13']);
});

test('an implicative past verb before an infinitive dates the day behind the writing', () => {
  assert.deepEqual(values(read('A harbour spokesman declined to comment on Friday.')), ['Friday=2026-03-06']);
  assert.deepEqual(values(read('Rescuers managed to reach Varnholt on Friday.')), ['Friday=2026-03-06']);
  assert.deepEqual(values(read('Villagers were forced to flee on Friday.')), ['Friday=2026-03-06']);
  // A plan's infinitive stays open, and a future implicative looks ahead.
  assert.deepEqual(values(read('The harbour board agreed to buy the cranes on Friday.')), ['Friday=2026-03-13']);
  assert.deepEqual(values(read('The harbour master will decline to comment on Friday.')), ['Friday=2026-03-13']);
});

test("a weekday joined to the night before it is the day after that night", () => {
  // Written on the Friday: read alone, the past "early Saturday" went a week back.
  assert.deepEqual(values(read('The warehouse fire broke out on Friday night and was put out early Saturday.', '2026-03-06')), ['Friday night=2026-03-06TNI', 'Saturday=2026-03-07']);
  assert.deepEqual(values(read('The blast at the Varnholt depot happened late Friday or early Saturday.', '2026-03-06')), ['Friday=2026-03-06', 'Saturday=2026-03-07']);
  // Not a day that is not the next one, nor a day joined without the night or "late".
  assert.deepEqual(values(read('Mara Voss was seen on Friday night and on Sunday.', '2026-03-06')), ['Friday night=2026-03-06TNI', 'Sunday=2026-03-01']);
});

test('"those" and a participle right before the date is a done act, not an adjective', () => {
  assert.deepEqual(values(read('Those arrested on Friday will appear in court on Monday.')), ['Friday=2026-03-06', 'Monday=2026-03-16']);
  // An adjective before a noun stays no verb: the clause's future decides.
  assert.deepEqual(values(read('Those revised plans will be released on Friday.')), ['Friday=2026-03-13']);
});
