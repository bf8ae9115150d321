/**
 * Burst cohesion (clusterer.ts `burstCohesion`): two developments of one subject a week apart —
 * each day's reports alike among themselves, the two days sharing only the subject's standing
 * words — stay two stories, while a lone later report on the same development still joins, and a
 * later burst as alike to the earlier one as its own reports are still joins it. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/clusterer.js';

const week1 = [
  'Weekly claims for unemployment benefits in Veldoria fell to 412,000, the labour ministry said on Thursday.\nThe drop surprised economists in Ostrava Bay, who had forecast 430,000 claims. Harbour hiring and tourism lifted the figure.',
  'Unemployment claims in Veldoria dropped to 412,000 last week, the labour ministry reported.\nEconomists had expected 430,000. Officials credited harbour hiring and a tourism rebound for the fall.',
  'Veldoria jobless claims fall to 412,000, beating forecasts of 430,000.\nThe labour ministry pointed to harbour hiring and tourism as the reasons for the decline.',
];
const week2 = [
  'Weekly claims for unemployment benefits in Veldoria rose to 455,000, the labour ministry said on Thursday.\nA strike at the Kessel steel mills and flooding in the north pushed the figure up, economists said.',
  'Unemployment claims in Veldoria climbed to 455,000 last week as the Kessel mill strike spread.\nThe labour ministry also cited flooding in the north for the rise.',
  'Veldoria jobless claims jump to 455,000 on steel strike and floods.\nThe labour ministry said the Kessel mill walkout and northern flooding drove the increase.',
];

/** Unrelated reports, so that idf is not flat (a stream of six articles on one subject would give its words no weight). */
const fillers = [
  'The Brannock city orchestra opened its winter season with a new symphony by a young composer.\nTickets sold out within hours, the concert hall said.',
  'A rare white heron was spotted nesting in the Tallow marshes, birdwatchers reported.\nRangers closed two footpaths to protect the nest.',
  'The Corvin museum will return a bronze mask to the island it was taken from a century ago.\nCurators said the loan agreement took three years to negotiate.',
  'Farmers in the Elsmere valley began the grape harvest two weeks early after a hot summer.\nWinemakers expect a smaller but sweeter vintage.',
  'A ferry ran aground off Pellan Point in thick fog; all passengers were taken ashore safely.\nThe coastguard is investigating the cause.',
  'Engineers finished the new footbridge over the Amsel river after eighteen months of work.\nCyclists and walkers can use it from Monday.',
  'The national chess championship was won by a sixteen-year-old from Darrow in a final-round upset.\nShe is the youngest champion in the tournament’s history.',
  'A fire destroyed a timber warehouse in the Quarry district overnight; no one was hurt.\nFirefighters worked until dawn to stop it spreading.',
  'The Hollin library will stay open until midnight during exam season, the university announced.\nStudents had petitioned for longer hours.',
  'Astronomers at the Merrow observatory photographed a comet passing close to the sun.\nIt will be visible to the naked eye next month.',
  'A bakery in Fennick won the regional prize for its rye bread for the third year running.\nThe owner credits a starter kept alive since 1962.',
  'Heavy snow closed the mountain pass between Ardle and Stroma for the first time this winter.\nSnowploughs are expected to reopen it by Friday.',
];
const background = fillers.map((text, i) => ({ id: `f${i}`, text, published: `2031-04-${String(10 + i).padStart(2, '0')}` }));

function run(burstCohesion: number, docs: Array<{ id: string; text: string; published: string }>): StoryClusterer {
  // disjointSpecifics off: the two weeks' figures (412,000 / 455,000) share nothing, which that
  // rule reads too (cluster-disjoint-specifics.test.ts); here the burst rule alone is tested.
  const c = new StoryClusterer({ duplicate: 1.01, timeLongWeight: 0.7, burstCohesion, disjointSpecifics: false });
  for (const d of [...background, ...docs]) c.add(d);
  c.settle();
  return c;
}

const bursts = [...week1.map((text, i) => ({ id: `w1-${i}`, text, published: '2031-05-01' })), ...week2.map((text, i) => ({ id: `w2-${i}`, text, published: '2031-05-08' }))];

test('two bursts of one subject a week apart, each alike within itself, stay two stories', () => {
  const c = run(0.5, bursts);
  for (const i of [1, 2]) assert.equal(c.storyOf(`w1-${i}`), c.storyOf('w1-0'));
  for (const i of [1, 2]) assert.equal(c.storyOf(`w2-${i}`), c.storyOf('w2-0'));
  assert.notEqual(c.storyOf('w2-0'), c.storyOf('w1-0'));
});

test('without the burst rule the kernel’s long part joins them (what the rule is for)', () => {
  const c = run(0, bursts);
  assert.equal(c.storyOf('w2-0'), c.storyOf('w1-0'));
});

test('a lone later report of the same development still joins its story', () => {
  const late = 'Veldoria’s labour ministry revised last week’s unemployment claims to 413,000 from 412,000.\nHarbour hiring and tourism had driven the fall below the 430,000 economists expected.';
  const c = run(0.5, [...bursts.slice(0, 3), { id: 'late', text: late, published: '2031-05-04' }]);
  assert.equal(c.storyOf('late'), c.storyOf('w1-0'));
});

test('a later burst as alike to the earlier one as its own reports joins it', () => {
  const ferry = [
    'The ferry Saint Odile ran aground on the Grell reef off Pellan Point with 212 passengers aboard.\nThe coastguard said the hull was breached below the waterline.',
    'The Saint Odile ferry struck the Grell reef near Pellan Point; the coastguard said its hull was breached and 212 passengers waited on deck.',
  ];
  const salvage = [
    'Salvage crews began pumping water from the Saint Odile, the ferry that struck the Grell reef off Pellan Point, the coastguard said.\nThe breached hull will be patched before the ferry is towed.',
    'The coastguard said salvage crews were pumping out the Saint Odile, the ferry grounded on the Grell reef off Pellan Point, before patching its breached hull.',
  ];
  const c = run(0.5, [...ferry.map((text, i) => ({ id: `a${i}`, text, published: '2031-06-01' })), ...salvage.map((text, i) => ({ id: `s${i}`, text, published: '2031-06-03' }))]);
  assert.equal(c.storyOf('a1'), c.storyOf('a0'));
  assert.equal(c.storyOf('s0'), c.storyOf('a0'));
  assert.equal(c.storyOf('s1'), c.storyOf('a0'));
});
