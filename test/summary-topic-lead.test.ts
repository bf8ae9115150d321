/**
 * The lead of a cluster of reports spread over weeks (summary.ts `datesNews`; issue #12, summaries
 * of multi-topic clusters that do not lead with an event): the sentence two reports share is the
 * topic's background, and a report's first sentence telling a dated event of its own days leads
 * instead. A story of one event (reports of one day) keeps its agreed lead. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary } from '../src/compare/summary/summary.js';
import { annotated, factOf } from './helpers/dossier-fixtures.js';

const BACKGROUND = 'Ferry crossings to Kellan Island are run by a single private operator under a contract that dates from the 1990s.';
const EVENT = 'The Dunmore port authority cancelled the ferry operator contract on Monday after a string of engine breakdowns.';
const REST = ['Islanders have long complained about the timetable and the fares.', 'Two ferries were out of service for most of the winter season.', 'Tourism on the island has grown every year since the new harbour opened.'];

function story(published: [string, string, string]) {
  const arts = [
    annotated({ id: 'a1', outlet: 'Courier', published: published[0], text: `${BACKGROUND} ${REST[0]}` }),
    annotated({ id: 'a2', outlet: 'Ledger', published: published[1], text: `${BACKGROUND} ${REST[1]}` }),
    annotated({ id: 'a3', outlet: 'Herald', published: published[2], text: `${EVENT} ${REST[2]}`, times: [['on Monday', '2026-04-06', 'day', true]] }),
  ];
  const facts = [
    factOf('f1', arts, [['a1', BACKGROUND], ['a2', BACKGROUND]]),
    factOf('f2', arts, [['a3', EVENT]]),
    factOf('f3', arts, [['a1', REST[0]]]),
    factOf('f4', arts, [['a2', REST[1]]]),
    factOf('f5', arts, [['a3', REST[2]]]),
  ];
  return buildSummary(facts, arts, 3, 100);
}

test('reports spread over weeks: a dated event leads, not the background two of them share', () => {
  const summary = story(['2026-02-10', '2026-03-02', '2026-04-07']);
  assert.equal(summary[0].fact, 'f2', `the cancellation leads: ${summary[0].text}`);
});

test('reports of one event (days apart at most): the agreed sentence still leads', () => {
  const summary = story(['2026-04-07', '2026-04-07', '2026-04-07']);
  assert.equal(summary[0].fact, 'f1', summary[0].text);
});
