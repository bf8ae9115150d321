/**
 * Disjoint specifics (clusterer.ts `disjointSpecifics`): two reports weeks apart that both state
 * figures and share none of them — the next release of a recurring figure — are two stories, where
 * the time kernel's weeks-wide part used to join them on the subject's standing words; a later
 * report that states the earlier report's figure still joins it, and reports of one day with
 * different figures (a revised count) stay one story. Single reports, so the burst cohesion test
 * (groups of two or more) cannot act. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';

/** Unrelated reports, so that idf is not flat. */
const fillers = [
  'The Brannock city orchestra opened its winter season with a new symphony by a young composer.\nTickets sold out within hours, the concert hall said.',
  'A rare white heron was spotted nesting in the Tallow marshes, birdwatchers reported.\nRangers closed two footpaths to protect the nest.',
  'The Corvin museum will return a bronze mask to the island it was taken from a century ago.\nCurators said the loan agreement took three years to negotiate.',
  'Farmers in the Elsmere valley began the grape harvest two weeks early after a hot summer.\nWinemakers expect a smaller but sweeter vintage.',
  'Engineers finished the new footbridge over the Amsel river after eighteen months of work.\nCyclists and walkers can use it from Monday.',
  'The national chess championship was won by a sixteen-year-old from Darrow in a final-round upset.\nShe is the youngest champion in the tournament’s history.',
  'The Hollin library will stay open until midnight during exam season, the university announced.\nStudents had petitioned for longer hours.',
  'Astronomers at the Merrow observatory photographed a comet passing close to the sun.\nIt will be visible to the naked eye next month.',
  'A bakery in Fennick won the regional prize for its rye bread for the third year running.\nThe owner credits a long-kept sourdough starter.',
  'Heavy snow closed the mountain pass between Ardle and Stroma for the first time this winter.\nSnowploughs are expected to reopen it by Friday.',
];
const background = fillers.map((text, i) => ({ id: `f${i}`, text, published: `2031-03-${String(10 + i).padStart(2, '0')}` }));

const march = {
  id: 'march',
  text: 'Consumer prices in Veldoria rose 4.1 percent from a year earlier, the statistics office said.\nFuel and food costs drove the increase, and economists expect the central bank to raise interest rates.',
  published: '2031-04-08',
};
const april = {
  id: 'april',
  text: 'Consumer prices in Veldoria climbed 5.3 percent from a year earlier, the statistics office reported.\nFood and fuel costs pushed the increase, and economists say the central bank will raise interest rates.',
  published: '2031-05-09',
};

type Doc = { id: string; text: string; published: string };

function run(docs: Doc[], params: Partial<ClusterParams> = {}): StoryClusterer {
  // duplicate 1.01: never a wire copy, so that only the similarity rules decide.
  const c = new StoryClusterer({ duplicate: 1.01, ...params });
  for (const d of [...background, ...docs]) c.add(d);
  c.settle();
  return c;
}

test('two monthly releases of one figure a month apart, no figure in common, are two stories', () => {
  const c = run([march, april]);
  assert.notEqual(c.storyOf('april'), c.storyOf('march'));
});

test('without the rule the kernel’s weeks-wide part joins them (what the rule is for)', () => {
  const c = run([march, april], { disjointSpecifics: false });
  assert.equal(c.storyOf('april'), c.storyOf('march'));
});

test('a later report that states the earlier figure still joins its story', () => {
  const later = {
    id: 'later',
    text: 'Veldoria’s statistics office confirmed that consumer prices rose 4.1 percent from a year earlier.\nFuel and food costs drove the increase, and economists still expect the central bank to raise interest rates.',
    published: '2031-04-29',
  };
  const c = run([march, later]);
  assert.equal(c.storyOf('later'), c.storyOf('march'));
});

test('two reports of one day with different figures (a revised count) stay one story', () => {
  const first = {
    id: 'first',
    text: 'A landslide buried six houses in the hill village of Oster Kamm, and 12 people are missing, rescuers said.\nHeavy rain loosened the slope above the village overnight.',
    published: '2031-06-02',
  };
  const second = {
    id: 'second',
    text: 'Rescuers searching the landslide that buried houses in Oster Kamm now say 15 people are missing.\nThe slope above the hill village gave way after overnight rain.',
    published: '2031-06-02',
  };
  const c = run([first, second]);
  assert.equal(c.storyOf('second'), c.storyOf('first'));
});

test('a report that gives only a date and one that gives only a figure are two facets, not disjoint specifics', () => {
  // "June 2" is a date, not the figure 2 (features.ts), and a date is not compared with a toll
  // (clusterer.ts `vecKinds`): eight days apart, the follow-up still joins the collapse's story,
  // as it does without the rule.
  const collapse = {
    id: 'collapse',
    text: 'The Harlow river bridge in Veldoria collapsed during the morning rush hour, and 7 people were killed, rescuers said.\nEngineers had warned for years of cracks in its steel supports.',
    published: '2031-06-02',
  };
  const inquiry = {
    id: 'inquiry',
    text: 'Investigators in Veldoria said the Harlow river bridge that collapsed on June 2 had failed its last inspection.\nEngineers had warned of cracks in the steel supports, the inspection report found.',
    published: '2031-06-10',
  };
  const off = run([collapse, inquiry], { disjointSpecifics: false });
  assert.equal(off.storyOf('inquiry'), off.storyOf('collapse'));
  const c = run([collapse, inquiry]);
  assert.equal(c.storyOf('inquiry'), c.storyOf('collapse'));
});

test('two reports that state only background years (different ones) are not disjoint specifics', () => {
  // A year a text mentions is mostly background (built in 1968, not inspected since 2019), not
  // what identifies a development, so years alone are not a kind the rule compares (`vecKinds`).
  const collapse = {
    id: 'collapse',
    text: 'The Harlow river bridge in Veldoria, built in 1968, collapsed during the morning rush hour, rescuers said.\nEngineers had warned for years of cracks in its steel supports.',
    published: '2031-06-02',
  };
  const inquiry = {
    id: 'inquiry',
    text: 'Investigators in Veldoria said the Harlow river bridge that collapsed had not been inspected since 2019.\nEngineers had warned of cracks in the steel supports, the inspection report found.',
    published: '2031-06-12',
  };
  const off = run([collapse, inquiry], { disjointSpecifics: false });
  assert.equal(off.storyOf('inquiry'), off.storyOf('collapse'));
  const c = run([collapse, inquiry]);
  assert.equal(c.storyOf('inquiry'), c.storyOf('collapse'));
});
