/**
 * Baselines of comparisons on the timeline (issue #11, session 23's unseen reading), on invented
 * text: the time of an old level named by a multiple or a share ("double the rate of 10 years
 * ago", "twice what they were in 1994") and the start of a change of level told in the perfect
 * ("has increased tenfold since 1994", "are up 40 percent since January") are no entries; a
 * count accumulated since a date ("has carried 40,000 passengers since January") keeps its
 * entry: what it reports happened over the period that starts then.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

// 2026-12-06 is a Sunday.
const PUB = '2026-12-06';
const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: PUB, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const timeline = (text: string) => buildDossier([article('a1', 'Vellmar Post', text), article('a2', 'Kestrel News', text)]).dossier.timeline;
const show = (t: ReturnType<typeof timeline>) => JSON.stringify(t.map((x) => [x.date, x.text]));

test('the time of an old level a multiple or a share is measured against is no entry', () => {
  for (const [text, date] of [
    ['The rate of ferry accidents in Velmora is now double the rate of 10 years ago.', '2016'],
    ['Velmora harbour fees are three times the level of 2004.', '2004'],
    ['Ferry fares in Velmora are twice what they were in 1994.', '1994'],
  ]) {
    const t = timeline(text);
    assert.ok(!t.some((x) => x.date === date), `${text} ${show(t)}`);
  }
});

test('a change of level since a date is no entry; a count over the period since it is', () => {
  for (const [text, date] of [
    ['Ferry traffic in Velmora has increased tenfold since 1994.', '1994'],
    ['Velmora ticket prices have more than doubled since 2010.', '2010'],
    ['Ferry ticket prices in Velmora are up 40 percent since January.', '2026-01'],
    ['Since 2010, Velmora ticket prices have more than doubled.', '2010'],
  ]) {
    const t = timeline(text);
    assert.ok(!t.some((x) => x.date === date), `${text} ${show(t)}`);
  }
  // "up" must end its word: "up-to-date" is no change.
  const logs = timeline('There are up-to-date Velmora ferry logs for every crossing since 2010.');
  assert.ok(logs.some((x) => x.date === '2010'), show(logs));
  const kept = timeline('The Velmora ferry has carried 40,000 passengers since January.');
  assert.ok(kept.some((x) => x.date === '2026-01'), show(kept));
  // "since" a clause whose own verb the date dates: the beginning is an event.
  const began = timeline('Ferry traffic has fallen since the Velmora strike began in March.');
  assert.ok(began.some((x) => x.date === '2026-03'), show(began));
});

test('a baseline date followed by a "when" clause or an event appositive, or owning an event noun, keeps its entry', () => {
  for (const [text, date] of [
    ['Ferry traffic in Velmora is now double the level of 2019, when the new terminal opened.', '2019'],
    ['Ferry ticket prices in Velmora have risen 30 percent since March, when the operator Brannik Lines collapsed.', '2026-03'],
    // An appositive naming the date by its event; a possessive date owning an event noun.
    ['Harbour fees in Velmora are twice the level of 2004, the year Kovac took over.', '2004'],
    ["Ferry traffic in Velmora has doubled since Monday's reopening of the bridge.", '2026-11-30'],
  ]) {
    const t = timeline(text);
    assert.ok(t.some((x) => x.date === date), `${text} ${show(t)}`);
  }
});
