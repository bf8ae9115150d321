/**
 * Timeline entries a fact-checker counted wrong on dev stories (issue #11, session 12), on
 * invented text: one event listed twice — "the week ended Feb. 7" apart from "last week", one
 * release of the day told as "Tuesday's report" and "data released on Tuesday", one figure told
 * in two wordings — and the old level of a change dated as an event ("rose 0.9% from January",
 * "an increase of 12.5% from 2019", "more than any year since 1995").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import { eventHead } from '../src/compare/timeline.js';
import type { Article } from '../src/core/schema.js';

// 2026-02-10 is a Tuesday.
const PUB = '2026-02-10';
function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: PUB, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const timeline = (...texts: string[]) => buildDossier(texts.map((t, i) => art(`a${i + 1}`, `Outlet ${i + 1}`, t))).dossier.timeline;
const show = (t: ReturnType<typeof timeline>) => JSON.stringify(t.map((e) => [e.date, e.precision, e.support, e.text]));

test('the comma of a figure does not cut a date from its verb', () => {
  const s = 'Initial ferry claims, a proxy for layoffs, rose by 2,000 last week to a seasonally adjusted 373,000.';
  const at = s.indexOf('last week');
  assert.equal(eventHead(s, at, at + 'last week'.length).head, eventHead('Claims rose last week.', 12, 21).head);
  // Nor do "ended" of "the week ended …" and "a seasonally adjusted" head the clause.
  const w = 'New ferry claims increased by 51,000 to a seasonally adjusted 419,000 for the week ended Feb. 7.';
  const wat = w.indexOf('Feb. 7');
  assert.equal(eventHead(w, wat, wat + 6).head, eventHead('Claims increased last week.', 17, 26).head);
});

test('"the week ended Feb. 7" is the week, one entry with "last week"', () => {
  const t = timeline(
    'Ferry bookings at Velmora fell to 293,000 last week, the harbour office said on Tuesday.',
    'Bookings for the week ended Feb. 7 fell to 293,000 from 310,000, according to the harbour office.',
  );
  const weeks = t.filter((e) => e.date === '2026-02-02' && e.precision === 'week');
  assert.equal(weeks.length, 1, show(t));
  assert.deepEqual(weeks[0].support, ['a1', 'a2'], show(t));
  assert.ok(!t.some((e) => e.date === '2026-02-07'), show(t));
});

test('one release of the day told in two wordings is one entry', () => {
  const t = timeline(
    "Tuesday's report from the Velmora harbour office showed that cargo tonnage fell sharply.",
    'Data released by the Tessin port bureau on Tuesday showed that shipments dropped for a third month.',
  );
  const tuesday = t.filter((e) => e.date === '2026-02-10');
  assert.equal(tuesday.length, 1, show(t));
  assert.deepEqual(tuesday[0].support, ['a1', 'a2'], show(t));
});

test('two wordings that give the same figure for one date are one entry', () => {
  const t = timeline('Velmora recorded 4,901 more ferry crossings in 2025 than the year before.', 'An additional 4,901 crossings were logged at the Tessin piers in 2025.');
  const y = t.filter((e) => e.date === '2025');
  assert.equal(y.length, 1, show(t));
  assert.deepEqual(y[0].support, ['a1', 'a2'], show(t));
});

test('the old level of a change is no entry', () => {
  const t = timeline(
    'Ferry fares in Velmora rose 0.9% from December, the harbour office said. Harbour traffic showed an increase of 12.5% from 2019. The port counted more crossings in 2025 than any year since 1995. The average stood at 137,000, a nine percent decrease from the 151,000 passenger average two weeks ago. Arrivals reached 212,672 in January, up from December. The count is lower than the total from two weeks earlier.',
    'The harbour office in Velmora published its figures on Tuesday.',
  );
  const dates = t.map((e) => e.date);
  for (const d of ['2025-12', '2019', '1995']) assert.ok(!dates.includes(d), `${d}: ${show(t)}`);
  assert.ok(!t.some((e) => e.precision === 'week'), show(t));
  assert.ok(dates.includes('2026-01') && dates.includes('2025'), show(t));
});

test("two outlets' leads of one day that share the actors are one entry; unrelated leads stay apart", () => {
  const t = timeline(
    'The Tessin high court sided unanimously with the Velmora ferry workers on Monday, striking down the harbour levy. The ruling was welcomed by the union.',
    'The Tessin high court ruled in a unanimous decision Monday that the harbour levy on ferry workers was unlawful. Port officials declined to comment.',
  );
  const monday = t.filter((e) => e.date === '2026-02-09');
  assert.equal(monday.length, 1, show(t));
  assert.deepEqual(monday[0].support, ['a1', 'a2'], show(t));
  const apart = timeline('The Velmora ferry union held a rally on Monday outside the harbour.', 'A storm closed the Tessin airport on Monday, stranding travellers.');
  assert.equal(apart.filter((e) => e.date === '2026-02-09').length, 2, show(apart));
});

test("a possessive day naming the day's news is the event its article's lead reported", () => {
  const t = timeline('The Tessin high court on Monday upheld the harbour levy on Velmora ferries. Monday’s decision ended a dispute that began in 2019.', 'Ferry owners in Velmora said they would appeal.');
  const monday = t.filter((e) => e.date === '2026-02-09');
  assert.equal(monday.length, 1, show(t));
});

test('one sentence word for word in two outlets, and "died" read as a verb, give one entry', () => {
  const same = 'By 1998, however, the harbour board had denounced the levy, which led to the closure of thousands of stalls.';
  const t = timeline(`${same} The ferries ran on.`, `The Velmora port reopened. ${same}`);
  assert.equal(t.filter((e) => e.date === '1998').length, 1, show(t));
  const d = timeline('In 1978, 20 people died in a fire at a harbour hotel in Velmora.', 'The worst fire in Velmora was in 1978, when 20 people died in a hotel fire.');
  assert.equal(d.filter((e) => e.date === '1978').length, 1, show(d));
});

test('the starting year of a statistic told with an inflected verb is no entry; its end year is', () => {
  // Invented: "declined from … per 10,000 in 1953 to … in 1996" reports the 1996 level.
  const t = timeline('The incidence of ferry accidents in Velmora has declined from 249 per 10,000 crossings in 1953 to 3 per 10,000 in 1996, the harbour office said.', 'The harbour office in Velmora published its figures on Tuesday.');
  const dates = t.map((e) => e.date);
  assert.ok(!dates.includes('1953'), show(t));
  assert.ok(dates.includes('1996'), show(t));
  // "rose over 5 percent in 2019" is a size, not an old level: 2019 stays.
  const u = timeline('Ferry traffic in Velmora rose over 5 percent in 2019, the harbour office said.', 'The harbour office in Velmora published its figures on Tuesday.');
  assert.ok(u.some((e) => e.date === '2019'), show(u));
});

test('a date of a comparison or of a citation dates nothing the sentence reports', () => {
  // Invented: the sentence tells of now; 1992, the 1950s and 1991 belong to the thing compared or cited.
  const t = timeline(
    'The Velmora harbour master did not promise, as he did in 1992, that the ferry would run all winter. Working the night ferry was like being a lighthouse keeper in the 1950s, one sailor said. Her history of the port (Harbour Books, 1991) is still sold in Velmora.',
    'The harbour office in Velmora published its figures on Tuesday.',
  );
  const dates = t.map((e) => e.date);
  for (const d of ['1992', '1950', '1991']) assert.ok(!dates.includes(d), `${d}: ${show(t)}`);
  // A date of the sentence's own event stays.
  const u = timeline('The Velmora harbour master promised in 1992 that the ferry would run all winter.', 'The harbour office in Velmora published its figures on Tuesday.');
  assert.ok(u.some((e) => e.date === '1992'), show(u));
});
