/**
 * Dates of side phrases and deadlines given to the main event, and weekends resolved to the wrong
 * side of the writing (issue #11, session 28's reading), on invented text: a participle clause set
 * off by commas after a noun ("the law, passed in 2019, …") dates its participle, shown with its
 * noun phrase, not the sentence; a deadline still ahead named as a noun's complement ("a deadline
 * of Aug. 30"), in apposition (", the deadline set by …") or bounding a plan ("before Oct. 25") is
 * no entry; the old level of a change told with its new level first ("fell to $50bn from $70bn at
 * the end of June") is no entry; a past act "this weekend" read before Saturday, and a state a
 * past verb kept "through the weekend", are the weekend just gone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

// 2026-07-30 is a Thursday.
const PUB = '2026-07-30';
const article = (id: string, outlet: string, text: string, published = PUB): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] }) as unknown as Article;
const timeline = (text: string, published = PUB) => buildDossier([article('a1', 'Vellmar Post', text, published), article('a2', 'Kestrel News', text, published)]).dossier.timeline;
const show = (t: ReturnType<typeof timeline>) => JSON.stringify(t.map((x) => [x.date, x.text]));
const value = (text: string, expr: string, published = PUB) => annotate(article('a1', 'Vellmar Post', text, published)).times.find((x) => x.text === expr)?.timex;

test('a participle clause set off by commas dates its participle, shown with its noun phrase', () => {
  const a = timeline('The Velmora court struck down the harbour law, passed in 2019, saying it breached the charter.');
  assert.deepEqual(a.map((x) => [x.date, x.text]), [['2019', 'the harbour law, passed in 2019']], show(a));
  const b = timeline('The Velmora court on Tuesday struck down the harbour law, passed in 2019.');
  assert.ok(b.some((x) => x.date === '2019' && x.text === 'the harbour law, passed in 2019'), show(b));
  assert.ok(b.some((x) => x.date === '2026-07-28' && x.text.startsWith('The Velmora court on Tuesday')), show(b));
  const c = timeline('The council on Friday approved a harbour levy, proposed by Karvik in March.');
  assert.ok(c.some((x) => x.date === '2026-03' && x.text === 'a harbour levy, proposed by Karvik in March'), show(c));
  // The main verb after a subject's parenthetical, and a subject's own participle clause (a
  // report's day: the news the main clause tells the content of), keep the sentence.
  for (const text of [
    'His deputy, Dana Black, who was also appointed by Karvik, resigned Friday upon request.',
    'Karvik, the ranking member of the harbour committee, released on Monday a third report.',
    'The harbour study, published Friday by the Velmora board, looked at 250 ferries.',
    'The six harbour pilots, accompanied by ten dockers from Velmora, pleaded Wednesday for emergency food.',
  ]) {
    const t = timeline(text);
    assert.ok(t.length === 1 && t[0].text === text, `${text} ${show(t)}`);
  }
  // A finite verb of a list after a comma (it has an object) keeps the sentence.
  const d = timeline('Police arrived at the Velmora dock, cordoned off the area on Monday, and arrested two men.');
  assert.ok(d.some((x) => x.date === '2026-07-27' && x.text.startsWith('Police arrived')), show(d));
});

test('a deadline still ahead, named by its noun or bounding a plan, is no entry; a passed one stays', () => {
  for (const text of [
    'The Velmora harbour board faces a deadline of Aug. 30 to repay the loan.',
    'The Velmora council set a deadline for Friday to settle the ferry strike.',
    'The Velmora harbour board is racing to evacuate residents before Aug. 31, the deadline set by the council.',
    'The Velmora harbour board said it would decide before Oct. 25 whether to sell the dock.',
  ]) {
    const t = timeline(text);
    assert.deepEqual(t, [], `${text} ${show(t)}`);
  }
  const e = timeline('The Velmora harbour board missed a deadline of June 30 to repay the loan.');
  assert.deepEqual(e.map((x) => x.date), ['2026-06-30'], show(e));
  const f = timeline('The Velmora harbour board decided before June 25 to sell the dock.');
  assert.deepEqual(f.map((x) => x.date), ['2026-06-25'], show(f));
  // A date owning an event noun names the event ("before next month's elections").
  const g = timeline('Karvik will unveil the Velmora harbour plan before next month\'s elections.');
  assert.deepEqual(g.map((x) => x.date), ['2026-08'], show(g));
});

test('the old level of a change told after its new level is no entry', () => {
  const t = timeline('Velmora harbour revenue fell to $50bn from $70bn at the end of June, the board said.');
  assert.deepEqual(t, [], show(t));
});

test('a past act "this weekend" read before Saturday, and a state kept through the weekend, are the weekend just gone', () => {
  // Tuesday 2026-07-28: the weekend just gone is week 30's.
  assert.equal(value('More than 150 people were shot in Velmora this weekend, police said.', 'this weekend', '2026-07-28'), '2026-W30-WE');
  assert.equal(value('The Velmora festival will draw 10,000 visitors this weekend.', 'this weekend', '2026-07-28'), '2026-W31-WE');
  // Monday 2026-07-27.
  assert.equal(value('Karvik kept the Velmora council open through the weekend in a bid to pass the harbour levy.', 'the weekend', '2026-07-27'), '2026-W30-WE');
  assert.equal(value('The Velmora council will stay open through the weekend.', 'the weekend', '2026-07-27'), '2026-W31-WE');
});

test('a likelihood told in the past right before the date looks ahead: the coming weekend, the coming Saturday', () => {
  // Wednesday 2026-07-29. "was likely" is reported speech's backshift of a forecast: read as a
  // past act, "this weekend" went to the weekend gone (any weekday before Saturday, above) and
  // "on Saturday" to the Saturday before.
  assert.equal(value('Forecasters warned that snow was likely this weekend in the Velmora hills.', 'this weekend', '2026-07-29'), '2026-W31-WE');
  assert.equal(value('Forecasters said heavy snow was possible on Saturday in the Velmora hills.', 'Saturday', '2026-07-29'), '2026-08-01');
  // A past act judged likely keeps its past: the adjective is no cue when a participle follows it.
  assert.equal(value('Investigators said the Velmora fire was likely started on Saturday by a discarded cigarette.', 'Saturday', '2026-07-29'), '2026-07-25');
});
