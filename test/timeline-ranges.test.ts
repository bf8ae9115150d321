/**
 * Timeline entries dated wrongly on real stories (issue #11, session 14), on invented text: a
 * stretch of time ("1930-1940", "from 1973 to 1990", "between 1976 and 1983") is dated by
 * neither end; a later act about an old event ("a press conference about the double murder
 * back in 1967") is not dated by the old event; a negated bound still ahead ("Not until 2098
 * will …") is no event; a weekday whose clause's "will" stands far back in a long sentence, or
 * whose event is "expected" or "takes place", lies ahead, not a week back; the end of a state
 * told as over ("remained army chief until March, when he was sworn in") lies behind.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';

// 2026-02-09 is a Monday.
const PUB = '2026-02-09';
function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: PUB, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const timeline = (text: string) => buildDossier([art('a1', 'Daily Ardel', text), art('a2', 'Harbour Post', text)]).dossier.timeline;
const dates = (text: string) => timeline(text).map((e) => e.date);
const times = (text: string, published = PUB) => annotate({ id: 'x', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] } as unknown as Article).times;

test('a stretch of time is dated by neither end', () => {
  const d = dates('Murders in the Velmora harbour district rose by 40% from 2010-2020. The Velmora mill ran at full capacity 1930-1940. The mill was run by the Ardel family from 1951 to 1962. Velmora police arrested Mara Voss on Saturday on allegations that she murdered 30 dockers between Sept. 11, 1973, the year she seized the port, and Dec. 31, 1983. The harbour board of Velmora met on Friday.');
  for (const y of ['2010', '2020', '1930', '1940', '1951', '1962', '1973-09-11', '1983-12-31']) assert.ok(!d.includes(y), `${y} in ${JSON.stringify(d)}`);
  // The sentence's own event keeps its date, and so does the rest of the timeline.
  assert.ok(d.includes('2026-02-07') && d.includes('2026-02-06'), JSON.stringify(d));
  // The first end no claim of its own (a day and a year without a comma): "between … and" still marks the second.
  const charges = dates('The warrant charges that between Sept. 11 1973, the year she seized power, and Dec. 31, 1983, Voss murdered Velmoran citizens in Ardel, the spokeswoman said, speaking anonymously. Talks between Velmora and Ardel in 2019 failed.');
  assert.ok(!charges.includes('1983-12-31') && charges.includes('2019'), JSON.stringify(charges));
  // Two events' dates coordinated after a "between" of parties stay.
  const treaties = dates('Treaties made between the Velmora tribe and the harbour government in 1887 and 1889 reduced the reservation.');
  assert.ok(treaties.includes('1887') && treaties.includes('1889'), JSON.stringify(treaties));
  // Two dates of two events stay ("rose to 5% in 2019 and to 7% in 2021": no "between").
  const two = dates('The Velmora harbour fund rose to 5% in 2019 and to 7% in 2021.');
  assert.ok(two.includes('2019') && two.includes('2021'), JSON.stringify(two));
  // A date moved from one day to another: two points, both kept.
  const moved = dates('The Velmora harbour board postponed the ferry vote from Tuesday to Thursday. The harbour election in Velmora was moved from March 3 to March 10.');
  assert.ok(moved.length === 4 && moved.includes('2026-03-03') && moved.includes('2026-03-10'), JSON.stringify(moved));
  // An end followed by a "when" clause dates that clause's event.
  const when = dates('The Velmora mill was run by the Ardel family from 1930 to 1940, when the harbour flooded.');
  assert.ok(when.includes('1940') && !when.includes('1930'), JSON.stringify(when));
});

test('a later act about an old event is not dated by the old event', () => {
  const t = timeline('On Friday the Velmora police held a press conference about the double murder back in 1967.');
  assert.deepEqual(t.map((e) => e.date), ['2026-02-06']);
  // The clause's own date stays: fronted, or after a verb's particle or complement.
  assert.ok(dates('The harbour board of Velmora brought the ferry back in 2019.').includes('2019'));
  assert.ok(dates('Mara Voss said she was railroaded out of her job back in 1995 because of her age.').includes('1995'));
});

test('a negated bound still ahead is no event; in the past it dates the event', () => {
  const d = dates('Not until 2098 will the Velmora harbour debt be repaid, the board said on Friday. Two harbour hotels in Velmora do not plan to reopen until March. The Velmora ferry will stay closed until April.');
  assert.ok(!d.includes('2098') && !d.includes('2026-03'), JSON.stringify(d));
  // A state that lasts to the date stays (a schedule), and so does a past "not … until".
  assert.ok(d.includes('2026-04') && d.includes('2026-02-06'), JSON.stringify(d));
  assert.ok(dates('Mara Voss was not arrested by the Velmora harbour police until Feb. 2, 2026.').includes('2026-02-02'));
});

test('a weekday ahead: "will" far back in a long clause, "expected", "takes place"', () => {
  const value = (text: string, what: string, published = PUB) => times(text, published).find((t) => t.text === what)?.value;
  assert.equal(value('Frost will cover patches of the landscape from the western Velmora lakes to the northern Ardel valley on Friday morning.', 'Friday morning'), '2026-02-13');
  assert.equal(value('The official result will be published in the newspapers Velmora Gazette and Ardel Harbour Courier on Friday.', 'Friday'), '2026-02-13');
  assert.equal(value('Harbour pilots will continue their work until the arrival of foreign rescuers expected Saturday evening.', 'Saturday evening'), '2026-02-14');
  assert.equal(value('Preliminary returns from the harbour towns are not expected before early Thursday.', 'Thursday'), '2026-02-12');
  assert.equal(value('The two parties hope that when the vote takes place Wednesday, voters will see the difference.', 'Wednesday'), '2026-02-11');
  // …but an infinitive far back is no governing future ("said loudly enough to be heard").
  assert.equal(value('“Harbour crews are killing the trade,” Mara Voss said loudly enough to be heard under the roar of her helicopter idling on the lawn of the Velmora town hall on Friday.', 'Friday'), '2026-02-06');
  // A past verb far back does not send a coming month back a year (it is another act's): read
  // in August, the cutback in September is the coming one.
  assert.equal(value('Reports attributed to the Velmora ministry said the harbour board told the big European, Asian and American shipping companies of a 15-20 percent cutback in its ferry service in September.', 'September', '2026-08-16'), '2026-09');
  // The end of a state told as over lies behind: a past verb of lasting, or a past "when" clause.
  assert.equal(value('Mara Voss remained head of the Velmora harbour board until March, when she was sworn in as a senator.', 'March', '2026-10-17'), '2026-03');
  assert.equal(value('Mara Voss served as harbour master until March.', 'March', '2026-10-17'), '2026-03');
  assert.equal(value('The Velmora virus had not been reported in the harbour towns until August.', 'August', '2026-04-27'), '2025-08');
  // An extension stays open (the nearer September: ahead in August).
  assert.equal(value('The harbour ban was extended until September.', 'September', '2026-08-16'), '2026-09');
  // "is planning on Monday to" is a plan.
  assert.equal(value('The official said that the harbour board is planning on Monday to send the names to the court.', 'Monday', '2026-02-14'), '2026-02-16');
  // The nearest cue still decides: a past clause near the date stays past.
  assert.equal(value('The Velmora board, which will meet again in the spring, closed the harbour on Friday.', 'Friday'), '2026-02-06');
});
