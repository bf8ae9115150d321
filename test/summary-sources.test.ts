/**
 * The summary weighs independent sources, leads with the event rather than a forecast, takes
 * undated reports as possibly of one day when telling repeats apart, and says what a relative date
 * or "here" stands for (issue #12, summary). Invented text throughout.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary, forecasts, referents } from '../src/compare/summary/summary.js';
import { annotated, factOf } from './helpers/dossier-fixtures.js';

test('summary: two copies of one report are one source, not agreement', () => {
  const copy = 'The harbour authority closed the Dunmore ferry terminal on Monday after a crane collapsed onto the pier. Engineers inspected the damaged pier for most of the day.';
  const lead = 'The harbour authority closed the Dunmore ferry terminal on Monday after a crane collapsed onto the pier.';
  const shared = 'Engineers inspected the damaged pier for most of the day.';
  const other = 'A crane fell at the Dunmore pier on Monday, and the terminal shut. Engineers inspected the damaged pier for most of the day.';
  const arts = [
    annotated({ id: 'a1', outlet: 'Courier', published: '2026-03-09', text: copy }),
    annotated({ id: 'a2', outlet: 'Gazette', published: '2026-03-09', text: copy }),
    annotated({ id: 'a3', outlet: 'Herald', published: '2026-03-09', text: other }),
  ];
  const facts = [
    factOf('f1', arts, [['a1', lead], ['a2', lead]]),
    factOf('f2', arts, [['a1', shared], ['a2', shared], ['a3', shared]]),
  ];
  // a1 and a2 are one report run by two outlets (sources.ts reportCopies): one source.
  const source = (id: string): string => (id === 'a2' ? 'a1' : id);
  const summary = buildSummary(facts, arts, 3, 100, undefined, source);
  assert.equal(summary[0].fact, 'f2', `what two sources report leads, not what one report's two copies say: ${summary[0].text}`);
  // Counted by article, the copies' lead is "agreed" and leads.
  assert.equal(buildSummary(facts, arts, 3, 100)[0].fact, 'f1');
});

test('summary: a forecast is not the event', () => {
  assert.ok(forecasts('The Kestrel meteor shower will peak over the Pacific early Tuesday, astronomers said.'));
  assert.ok(forecasts('Astronomers predict as many as 500 meteors an hour over Hawaii.'));
  assert.ok(forecasts('The shower is expected to produce hundreds of bright meteors.'));
  assert.ok(!forecasts('Thousands of skywatchers saw hundreds of bright meteors over Hawaii on Monday night.'));
  assert.ok(!forecasts('The council approved a budget that will pay for four harbour pilots.'));
});

test('summary: the lead reports what happened when an agreed report of it exists', () => {
  const forecast = 'The Kestrel meteor shower will peak over the Pacific early Tuesday, astronomers at the Mauna observatory said.';
  const event = 'Thousands of skywatchers saw hundreds of bright Kestrel meteors over Hawaii on Monday night.';
  const text = `${forecast} ${event} Clouds hid the shower from observers in Japan.`;
  const arts = ['a1', 'a2'].map((id) => annotated({ id, outlet: id, published: '2026-11-17', text }));
  const facts = [factOf('f1', arts, [['a1', forecast], ['a2', forecast]]), factOf('f2', arts, [['a1', event], ['a2', event]])];
  const summary = buildSummary(facts, arts, 2, 100);
  assert.equal(summary[0].fact, 'f2', `the sighting leads, not the forecast: ${summary[0].text}`);
});

test('summary: a relative date and "here" are resolved from their article', () => {
  const text = 'TOKYO (AP) _ Officials of the Kestrel observatory said on Monday that the shower had peaked. Skywatchers gathered here two weeks ago for the first sighting.';
  const a = annotated({ id: 'a1', outlet: 'AP', published: '2026-11-17', text, times: [['on Monday', '2026-11-16', 'day', true], ['two weeks ago', '2026-11-03', 'day', true]] });
  const s = 'Skywatchers gathered here two weeks ago for the first sighting.';
  const r = referents(a, text.indexOf(s), s);
  assert.deepEqual(
    r.map((x) => [x.text, x.value]),
    [
      ['here', 'TOKYO'],
      ['two weeks ago', '2026-11-03'],
    ],
  );
  assert.equal(s.slice(r[0].start, r[0].end), 'here');
});

test('summary: undated reports are taken as possibly of one day: one first-sentence news told once', () => {
  // Each outlet's first sentence tells the news of its day; a second outlet's first sentence of
  // the same day naming the same place tells it again. Undated, the two may be of one day.
  const x = 'Fire destroyed the empty Dunmore textile mill overnight, sending smoke across the harbour.';
  const y = 'A Dunmore schoolteacher was charged on Friday with setting the blaze that razed the old mill.';
  const z = 'The mill had stood empty since the textile plant closed, and the council planned to sell it.';
  const w = 'The council said it would decide next month whether to demolish what is left of the mill building.';
  const arts = [
    annotated({ id: 'a1', outlet: 'Courier', published: null, text: `${x} ${z} ${w}`, mentions: [['Dunmore', 'place']] }),
    annotated({ id: 'a2', outlet: 'Gazette', published: null, text: `${y} ${z} ${w}`, mentions: [['Dunmore', 'place']] }),
  ];
  const facts = [factOf('f1', arts, [['a1', z], ['a2', z]]), factOf('f4', arts, [['a1', w], ['a2', w]]), factOf('f2', arts, [['a1', x]]), factOf('f3', arts, [['a2', y]])];
  const shown = buildSummary(facts, arts, 2, 200).map((s) => s.fact);
  assert.ok(!(shown.includes('f2') && shown.includes('f3')), `one outlet's news of the day, told once: ${shown.join(' ')}`);
});

test('summary: a resolved week reads as a week and a weekend as its Saturday, not as the bare Monday that stores them', async () => {
  // Session 18 reading: "this weekend: 2021-05-03" for the weekend of 8–9 May (a week is stored
  // as its Monday) read as a wrong day.
  const { annotate } = await import('../src/annotate/index.js');
  const text = 'The ransomware attack that shut the Dunmore fuel pipeline this weekend exposed the grid. Engineers worked all last week on the pumps.';
  const a = annotate({ id: 'a1', outlet: 'Courier', published: '2021-05-10', text, file: null, url: null, title: null, authors: [], agencies: [], removed: [], language: null } as never);
  const r = referents(a, 0, text);
  assert.deepEqual(
    r.map((x) => [x.text, x.value]),
    [
      ['this weekend', 'weekend of 2021-05-08'],
      ['last week', 'week of 2021-05-03'],
    ],
  );
});
