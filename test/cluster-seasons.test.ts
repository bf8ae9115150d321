/**
 * The season rule (clusterer.ts `seasonGap`, `seasonLink` 'group'): a story of undated reports
 * that name no year, one of which names a calendar day ("by December 31"), is not merged with a
 * dated twin of the same kind of event a season away (August), while an undated report whose named
 * day is near the dated reports' days stays with them. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, seasonGap, seasonSetGap, type ClusterParams } from '../src/cluster/clusterer.js';

const day = (iso: string): number => Math.floor(Date.parse(iso) / 86_400_000);

test('seasonGap counts days around the year from a dated span to the nearest named day', () => {
  const dec31 = 365;
  const jan5 = 5;
  const aug16 = 228;
  assert.equal(seasonGap(day('2011-08-16'), day('2011-08-16'), [dec31]), 137);
  assert.equal(seasonGap(day('2011-08-16'), day('2011-08-16'), [dec31, aug16 + 3]), 3, 'the nearest named day counts');
  assert.equal(seasonGap(day('2011-12-20'), day('2011-12-20'), [jan5]), 16, 'around the turn of the year');
  assert.equal(seasonGap(day('2011-08-10'), day('2011-08-20'), [aug16]), 0, 'inside the span');
  assert.equal(seasonGap(day('2011-01-01'), day('2011-09-01'), [jan5]), 0, 'a span of half a year or more says nothing');
  assert.equal(seasonGap(day('2011-08-16'), day('2011-08-16'), []), 0, 'no named day');
});

// Undated reports of one outage (no year anywhere), one naming the day repairs are due.
const winter = [
  'Two undersea cables off Alexandria were severed, disrupting internet and telephone traffic between Europe and Kestria, Seanet said.',
  'Severed undersea cables off Alexandria disrupted internet and telephone links between Europe and Kestria for millions of users, Seanet said.',
  'Repair ships were sent to the severed undersea cables off Alexandria, and Seanet expects telephone links to Kestria restored by December 31.',
];
// The same kind of event in another year, dated in August.
const summer = [
  'A fibre cable was cut near Alexandria, slowing mobile services in Kestria, Seanet said.',
  'Seanet said a fibre cable cut near Alexandria slowed mobile services in Kestria.',
  'Mobile services in Kestria slowed after a fibre cable was cut near Alexandria, according to Seanet.',
];

function run(params: Partial<ClusterParams>, extra?: string): StoryClusterer {
  // In a corpus of six idf is nearly flat and similarities run high, so the threshold is raised
  // (0.15, as other small fixtures do): the twins (about 0.2 apart) pass it without the season
  // rule (asserted below), as two events of one kind do in a real stream at the default 0.09.
  const c = new StoryClusterer({ join: 0.15, merge: 0.15, duplicate: 1.01, ...params });
  winter.forEach((text, i) => c.add({ id: `w${i}`, text }));
  summer.forEach((text, i) => c.add({ id: `s${i}`, text, published: `2011-08-1${i + 6}` }));
  if (extra) c.add({ id: 'x', text: extra });
  c.settle();
  return c;
}

test('season rule (default seasonLink group): undated reports naming a day a season away are not merged with a dated twin', () => {
  const c = run({});
  assert.equal(c.storyOf('w1'), c.storyOf('w0'));
  assert.equal(c.storyOf('w2'), c.storyOf('w0'));
  assert.equal(c.storyOf('s1'), c.storyOf('s0'));
  assert.equal(c.storyOf('s2'), c.storyOf('s0'));
  assert.notEqual(c.storyOf('w0'), c.storyOf('s0'), 'the December outage stays apart from the August cut');
  // Without the rule the twins are one story: the named day is what keeps them apart (the burst
  // cohesion test between a dated and an undated group, `burstUndated`, keeps them apart too, so
  // it is off here to show the season rule's own effect).
  const none = run({ seasonLink: 'none', burstUndated: false });
  assert.equal(none.storyOf('w0'), none.storyOf('s0'));
});

test('season rule: an undated report naming a day near the dated reports stays with them', () => {
  const c = run({}, 'Seanet said the fibre cable cut near Alexandria on August 16 slowed mobile services in Kestria.');
  assert.equal(c.storyOf('x'), c.storyOf('s0'));
});

test('seasonSetGap: between the days two undated sides name, around the year', () => {
  assert.equal(seasonSetGap([365], [228]), 137);
  assert.equal(seasonSetGap([5, 200], [360]), 10);
  assert.equal(seasonSetGap([], [360]), 0, 'a side naming no day says nothing');
});

test('season rule: two undated stories naming days a season apart are not merged', () => {
  const make = (params: Partial<ClusterParams>): StoryClusterer => {
    const c = new StoryClusterer({ join: 0.15, merge: 0.15, duplicate: 1.01, ...params });
    winter.forEach((text, i) => c.add({ id: `w${i}`, text }));
    // Undated too, one report naming the day of the cut.
    const undatedSummer = [...summer.slice(0, 2), 'Mobile services in Kestria slowed after a fibre cable was cut near Alexandria on August 16, according to Seanet.'];
    undatedSummer.forEach((text, i) => c.add({ id: `s${i}`, text }));
    c.settle();
    return c;
  };
  const c = make({});
  assert.equal(c.storyOf('s2'), c.storyOf('s0'));
  assert.equal(c.storyOf('w2'), c.storyOf('w0'));
  assert.notEqual(c.storyOf('w0'), c.storyOf('s0'));
  const none = make({ seasonLink: 'none' });
  assert.equal(none.storyOf('w0'), none.storyOf('s0'));
});
