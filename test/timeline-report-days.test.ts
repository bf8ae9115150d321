/**
 * Timeline dates of a report rather than of what it reports (issue #11, session 26's unseen
 * reading: "a release day taken as the week's event", "one statement shown twice", "the three
 * months through June" read as June), on invented text: the day data were released or a statement
 * made is no entry where the sentence dates what it reports by another date, and the end of a
 * period a figure measures ("the three months through June", "the six months ended June 30") is
 * no entry of its own; a release day alone, a date shifted by a count ("postponed two weeks to
 * Friday") and an end of a state ahead keep their entries.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

// 2026-07-30 is a Thursday.
const PUB = '2026-07-30';
const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: PUB, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const timeline = (text: string) => buildDossier([article('a1', 'Vellmar Post', text), article('a2', 'Kestrel News', text)]).dossier.timeline;
const show = (t: ReturnType<typeof timeline>) => JSON.stringify(t.map((x) => [x.date, x.text]));

test('a release day is no entry where the sentence dates its figures otherwise', () => {
  for (const text of [
    'Data released Thursday showed Velmora jobless claims fell by 14,000 to 310,000 last week.',
    'Velmora jobless claims fell by 14,000 to 310,000 last week, data released Thursday showed.',
    'Velmora jobless claims fell by 14,000 to 310,000 last week, according to a harbour board report released on Thursday.',
    'A harbour board report on Thursday showed Velmora jobless claims fell by 14,000 to 310,000 last week.',
    "Thursday's harbour board report showed Velmora jobless claims fell by 14,000 to 310,000 last week.",
  ]) {
    const t = timeline(text);
    // One entry, the week's: not the release day, and the sentence not shown twice.
    assert.deepEqual(t.map((x) => x.date), ['2026-07-20'], `${text} ${show(t)}`);
  }
});

test("a statement's day before its verb is no entry beside the date of what was said", () => {
  const t = timeline('The Velmora council on Wednesday said the harbour wall collapsed on Monday.');
  assert.deepEqual(t.map((x) => x.date), ['2026-07-27'], show(t));
});

test('a release day alone, or a statement day beside a background or planned date, keeps its entry', () => {
  const a = timeline('Data released Thursday showed Velmora jobless claims fell by 14,000.');
  assert.deepEqual(a.map((x) => x.date), ['2026-07-30'], show(a));
  const b = timeline('The Velmora council on Wednesday said the harbour wall had collapsed.');
  assert.deepEqual(b.map((x) => x.date), ['2026-07-29'], show(b));
  // The other date in a relative clause is background; a plan ahead is no act yet.
  const c = timeline('The Velmora mayor on Monday said she disagreed with protesters who blocked the harbour bridge over the weekend.');
  assert.ok(c.some((x) => x.date === '2026-07-27'), show(c));
  const d = timeline('The Velmora mayor on Tuesday said the council will vote on the harbour levy on Monday.');
  assert.ok(d.some((x) => x.date === '2026-07-28'), show(d));
  // A release still ahead is the planned event; "announced" is as often the act itself.
  const e = timeline('The harbour board figures to be released Friday will show how many Velmora dockers lost work in 2025.');
  assert.ok(e.some((x) => x.date === '2026-07-31'), show(e));
  const f = timeline('The Velmora minister on Wednesday announced an inquiry into the harbour fire last month.');
  assert.ok(f.some((x) => x.date === '2026-07-29'), show(f));
  // The other date a comparison's baseline or a stretch's start: no date of what is reported.
  for (const text of [
    'A harbour board report on Thursday showed Velmora jobless claims rose by 2,000 from the previous week to 373,000.',
    'A harbour board report on Thursday showed Velmora jobless claims were higher than in May.',
    'Figures released Thursday showed Velmora ferry traffic was up 2% compared with June.',
  ]) {
    const h = timeline(text);
    assert.ok(h.some((x) => x.date === '2026-07-30'), `${text} ${show(h)}`);
  }
  const i = timeline('About 70% of the Velmora ferry delays from July 3 to 17 were caused by fog, according to data released Friday.');
  assert.ok(i.some((x) => x.date === '2026-07-24' || x.date === '2026-07-31'), show(i));
  // The other date in a participle clause after a noun: background.
  const j = timeline('The council approved the harbour plan proposed in Kestrel last month, according to minutes published Wednesday.');
  assert.ok(j.some((x) => x.date === '2026-07-29'), show(j));
  // A phrasal verb's "out" is no publishing participle ("figures out Thursday" is rare; "pointed
  // out Wednesday" is an act of its own).
  const g = timeline('The Velmora mayor submitted a report last Monday, but her deputy pointed out Wednesday that the harbour plan had changed.');
  assert.ok(g.some((x) => x.date === '2026-07-29'), show(g));
});

test('the end of a period a figure measures is no entry', () => {
  for (const [text, date] of [
    ['The Velmora economy grew at a 2.1% annual rate in the three months through June, the harbour board said Thursday.', '2026-06'],
    ['Velmora Shipping earned $4 million in the six months ended June 30.', '2026-06-30'],
    ['Velmora Shipping earned $4 million for the quarter ended June 30.', '2026-06-30'],
    ['Velmora house prices rose 3% in the 12 months to May.', '2026-05'],
  ] as const) {
    const t = timeline(text);
    assert.ok(!t.some((x) => x.date === date), `${text} ${show(t)}`);
  }
});

test('a date shifted by a count and a week ended keep their entries', () => {
  const a = timeline('The Velmora harbour vote was postponed two weeks to Friday.');
  assert.ok(a.some((x) => x.date === '2026-07-31'), show(a));
  const b = timeline('Velmora jobless claims fell by 14,000 in the week ended July 25.');
  assert.ok(b.some((x) => x.date === '2026-07-20'), show(b));
});

test("a date of another act before a reporting verb, or before a second clause's verb of showing, keeps its entry (review of session 27)", () => {
  // A participle on the subject dates its own act, not a statement ("arrested on Monday told").
  for (const [text, day] of [
    ['The man arrested on Monday told police he had stolen the Velmora ferry on Sunday.', '2026-07-27'],
    ['A Velmora dock worker injured on Tuesday said the crane collapsed on Monday.', '2026-07-28'],
    // A coordinator opens a clause whose subject is what shows ("… on Monday and photos showed").
    ['The storm hit the Velmora coast on Monday and photos showed the harbour wall had fallen on Sunday.', '2026-07-27'],
    // A passive main verb of releasing is the act itself, no release of data ("was released on Tuesday").
    ['The Velmora hostage was released on Tuesday and flew home to Kestrel on Wednesday.', '2026-07-28'],
  ] as const) {
    const t = timeline(text);
    assert.ok(t.some((x) => x.date === day), `${text} ${show(t)}`);
  }
});

test('a period that is the subject of "ended" dates its own end, which stays (review of session 27)', () => {
  const a = timeline('Their season ended on Saturday with a 3-1 loss to the Velmora Owls.');
  assert.ok(a.some((x) => x.date === '2026-07-25'), show(a));
  const b = timeline('The season ended on July 12 when the Velmora Hawks lost to the Owls.');
  assert.ok(b.some((x) => x.date === '2026-07-12'), show(b));
  // Measured, inside a prepositional phrase: still no entry.
  const c = timeline('Velmora harbour profit rose 4% in the quarter ended June 30.');
  assert.ok(!c.some((x) => x.date === '2026-06-30'), show(c));
});
