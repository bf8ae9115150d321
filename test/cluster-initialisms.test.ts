/**
 * Dotted initialisms in the names channel (features.ts `nameKey`): one outlet writes "U.S." or
 * "U.N.", another "US" or "UN"; both are one name, so two same-day reports of one event that name
 * nothing else in common are no longer pushed apart by the disjoint-names penalty. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/clusterer.js';
import { prepareDoc } from '../src/cluster/features.js';

test('"U.S." and "US" are one name key', () => {
  const dotted = prepareDoc({ id: 'a', text: 'Shipments to the U.S. fell sharply last month, the U.N. agency said.' });
  const bare = prepareDoc({ id: 'b', text: 'Shipments to the US fell sharply last month, the UN agency said.' });
  for (const k of ['e:us', 'e:un']) {
    assert.ok(dotted.terms.has(k), k);
    assert.ok(bare.terms.has(k), k);
  }
  assert.ok(!dotted.terms.has('e:u.s.'));
});

/** Unrelated reports, so that idf is not flat. */
const fillers = [
  'The Brannock city orchestra opened its winter season with a new symphony by a young composer.\nTickets sold out within hours, the concert hall said.',
  'A rare white heron was spotted nesting in the Tallow marshes, birdwatchers reported.\nRangers closed two footpaths to protect the nest.',
  'The Corvin museum will return a bronze mask to the island it was taken from a century ago.\nCurators said the loan agreement took three years to negotiate.',
  'Farmers in the Elsmere valley began the grape harvest two weeks early after a hot summer.\nWinemakers expect a smaller but sweeter vintage.',
  'Engineers finished the new footbridge over the Amsel river after eighteen months of work.\nCyclists and walkers can use it from Monday.',
  'The national chess championship was won by a sixteen-year-old from Darrow in a final-round upset.\nShe is the youngest champion in the tournament’s history.',
  'Heavy snow closed the mountain pass between Ardle and Stroma for the first time this winter.\nSnowploughs are expected to reopen it by Friday.',
];

test('two same-day reports of one event, one writing "U.S." and one "US", are one story', () => {
  const c = new StoryClusterer({ duplicate: 1.01 });
  fillers.forEach((text, i) => c.add({ id: `f${i}`, text, published: `2031-03-${String(10 + i).padStart(2, '0')}` }));
  c.add({
    id: 'dotted',
    text: 'Imports of frozen shrimp to the U.S. were banned on Tuesday after inspectors found traces of a banned antibiotic in several shipments.\nPort authorities began turning back containers within hours.',
    published: '2031-03-20',
  });
  c.add({
    id: 'bare',
    text: 'Frozen shrimp shipments to the US were halted over traces of an antibiotic.\nBorder agents refused entry to seafood cargo at three harbours, officials said.',
    published: '2031-03-20',
  });
  c.settle();
  assert.equal(c.storyOf('bare'), c.storyOf('dotted'));
});
