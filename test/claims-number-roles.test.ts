/**
 * Figures read in their place in the sentence (issue #10, recall of number contradictions):
 * several figures of one unit in a sentence ("109 people on board and five people on the
 * ground"), a noun elided after a coordinated figure ("… and five on the ground"), a measure
 * joined by a hyphen ("a 16-inch strip"), and dollars named by their country ("142 million U.S.
 * dollars"). Each was a real contradiction missed on unseen stories; the sentences here are
 * invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import { construction } from '../src/compare/claims/claims.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'][i], '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.filter((c) => numeric(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());

test('two figures of one unit in a sentence: the one on the ground meets the one on the ground', () => {
  const d = story([
    'The cargo jet slammed into a hotel near Tarvel, killing all 109 people on board and five people on the ground.',
    'The cargo jet slammed into a hotel near Tarvel, killing all 109 people on board and four people on the ground.',
    'The cargo jet slammed into a hotel near Tarvel, killing all 109 people on board and four people on the ground.',
  ]);
  const v = values(d);
  assert.ok(v.some((x) => x.includes('five') && x.includes('four')), `five against four on the ground: ${JSON.stringify(v)}`);
  assert.ok(!v.some((x) => x.includes('109')), `109 on board agrees everywhere: ${JSON.stringify(v)}`);
  const c = d.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => cl.value === 'five'))!;
  assert.deepEqual(c.outliers, ['a1']);
});

test('a noun elided after a coordinated figure is the noun it shares', () => {
  const d = story([
    'The cargo jet slammed into a hotel near Tarvel on Sunday, killing all 109 people aboard and five on the ground.',
    'The cargo jet slammed into a hotel near Tarvel on Sunday, killing all 109 people aboard and four on the ground.',
    'The cargo jet slammed into a hotel near Tarvel on Sunday, killing 113 people, including four on the ground.',
  ]);
  const v = values(d);
  assert.ok(v.some((x) => x.includes('five') && x.includes('four')), `five against four on the ground: ${JSON.stringify(v)}`);
  // The total (113, "including four") and the count aboard (109) are two things.
  assert.ok(!v.some((x) => x.includes('109') || x.includes('113')), `no total against a part: ${JSON.stringify(v)}`);
});

test('a total and its parts given after a colon: totals meet totals, parts meet parts', () => {
  const d = story([
    'The crash killed 114 people: 109 on the plane and five on the ground.',
    'The crash killed 113 people: 109 on the plane and four on the ground.',
  ]);
  const v = values(d);
  assert.ok(v.some((x) => x.join() === ['113', '114'].join()), JSON.stringify(v));
  assert.ok(v.some((x) => x.join() === ['five', 'four'].join()), JSON.stringify(v));
  assert.ok(!v.some((x) => x.includes('109')), JSON.stringify(v));
});

test('figures of one unit listed in another order raise nothing', () => {
  const d = story([
    'The storm destroyed 40 homes in Velmar and 12 in Ostrin, officials said on Monday.',
    'The storm destroyed 12 homes in Ostrin and 40 in Velmar, officials said on Monday.',
  ]);
  assert.deepEqual(values(d), []);
});

test('two amounts in one sentence: the five-day takings meet the five-day takings', () => {
  const d = story([
    'The sequel took in $61.8 million over the three-day weekend and a record $90.2 million in its first five days, the studio said.',
    'The sequel took in $61.8 million over the three-day weekend and a record $92.73 million in its first five days, the studio said.',
  ]);
  const v = values(d);
  assert.ok(v.some((x) => x.includes('$90.2 million') && x.includes('$92.73 million')), JSON.stringify(v));
  assert.ok(!v.some((x) => x.includes('$61.8 million')), JSON.stringify(v));
});

test('a measure joined by a hyphen is the unit of its figure, whatever noun follows', () => {
  const d = story([
    'Investigators believe a 16-inch strip of metal that fell from another jet punctured a tire during takeoff.',
    'Investigators believe a 17-inch metal strip that fell from another jet punctured a tire during takeoff.',
  ]);
  const v = values(d);
  // (A measure's card shows its unit as written: units.ts shownWithUnit.)
  assert.ok(v.some((x) => x.join() === ['16-inch', '17-inch'].join()), JSON.stringify(v));
});

test('dollars named by their country are money of that country', () => {
  const q = (text: string) => annotate(article('q', 'Vellmar Post', '2026-03-01', text)).quantities;
  assert.deepEqual(q('The fund holds 142 million U.S. dollars.').map((x) => [x.kind, x.unit, x.value]), [['money', 'USD', 142e6]]);
  assert.deepEqual(q('The fund holds 5 million Canadian dollars.').map((x) => [x.kind, x.unit, x.value]), [['money', 'CAD', 5e6]]);
  // "aboard" after a figure is no noun it counts.
  assert.equal(q('Police said all 109 aboard died.')[0].unit, null);
  const d = story([
    'Under the accord, the two governments will set up two regional funds with a total of 142 million U.S. dollars to protect salmon.',
    'Under the accord, the two governments will establish two regional funds worth 140 million US dollars to protect salmon.',
  ]);
  const v = values(d);
  assert.ok(v.some((x) => x.includes('142 million U.S. dollars') && x.includes('140 million US dollars')), JSON.stringify(v));
});

test('a currency joined by a hyphen is money of that currency', () => {
  const pair = (a: string, b: string) => values(buildDossier([article('a1', 'Vellmar Post', '2026-03-03', a), article('a2', 'Kestrel News', '2026-03-03', b)]).dossier);
  const v1 = pair('Thieves stole jewellery worth two million euros in central Dorsk on Monday morning.', 'Thieves pulled off a three million-euro jewellery heist in central Dorsk on Monday morning.');
  assert.ok(v1.some((x) => x.join() === ['three million', 'two million'].join()), JSON.stringify(v1));
  const v2 = pair('The club signed the striker to a 10-million-dollar contract on Friday.', 'The club signed the striker to a 12-million-dollar contract on Friday.');
  assert.ok(v2.some((x) => x.join() === ['10', '12'].join()), JSON.stringify(v2));
});

test('a figure among several is not matched on words that belong to another figure', () => {
  const d = story([
    'Voss rushed for 404 yards and two touchdowns, caught 52 passes for 440 yards and four TDs, and scored three touchdowns on punt returns this season.',
    'Voss also had 440 yards and four touchdowns receiving and had returned three punts for touchdowns this season.',
  ]);
  assert.deepEqual(values(d), []);
});

test('an approximate amount with its currency sign covers its neighbourhood', () => {
  // "roughly $22 million" is as approximate as "roughly 22 million": set exact, it was a card
  // against "$23 million" (read on an ECB+ dev story once figures among several were compared).
  const text = 'an offer worth roughly $22 million per season';
  const start = text.indexOf('roughly');
  const cx = construction(text, start, text.indexOf(' per'), 22e6, 22e6, 'USD');
  assert.ok(cx.low < 22e6 && cx.high > 23e6, JSON.stringify(cx));
});

test('two kinds of a counted thing (gold medals, bronze medals) are two things', () => {
  const d = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'The squad won three gold medals at this year\'s world championships in Dorsk, the federation said.'),
    article('a2', 'Kestrel News', '2026-03-01', 'The squad picked up one bronze medal at the 2024 world championships and won a gold, silver and five bronze medals at the regional championships this year, the federation said.'),
  ]).dossier;
  assert.deepEqual(values(d), []);
});
