/**
 * Claims compared in their construction, not by their sentences (issue #10), on invented
 * articles: durations in different units are one amount of time ("18 months" / "more than two
 * years"); an age is tied to whom it describes ("the 44-year-old former paratrooper"); figures
 * counting the same two-word thing meet however differently their sentences go on; a figure
 * belongs to its nearest event word (the killed are not the injured).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';

test('durations in different units are compared as amounts of time', () => {
  const text = (d: string): string => `The ferry captain Ilka Varn was held in the Dorsk detention centre for ${d}, her lawyer told reporters in Vellmar on Friday.`;
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', text('more than two years')),
    article('a2', 'Kestrel News', '2026-03-01', text('18 months')),
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, '18 months against more than two years is a conflict');
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['18 months', 'more than two years']);
  // Two years and 24 months are one amount.
  const { dossier: same } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', text('two years')),
    article('a2', 'Kestrel News', '2026-03-01', text('24 months')),
  ]);
  assert.equal(same.conflicts.filter((x) => numeric(x.kind)).length, 0);
});

test('two ages of the person one phrase describes are one claim; figures of other events are not', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'The 44-year-old former paratrooper told supporters in Dorsk that the harbour would reopen within a month.'),
    article('a2', 'Kestrel News', '2026-03-01', 'The 64-year-old former paratrooper is a hero to many dock workers, who expect him to reopen the harbour.'),
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, 'the ages are a conflict');
  assert.equal(c.confidence, 'possible', 'resting on the counted phrase alone, it is possible');
  assert.match(c.why, /former paratrooper/);
  // The killed and the injured of one fire are two figures, even in sentences about one fire.
  const { dossier: e } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'A fire turned a dance hall in Dorsk into a deathtrap, killing 60 people and injuring 162 others in the port city.'),
    article('a2', 'Kestrel News', '2026-03-01', 'Police said another 173 people were injured in the fire that engulfed the dance hall in Dorsk, many of them severely.'),
  ]);
  assert.equal(e.conflicts.filter((x) => numeric(x.kind)).length, 0);
});

test('figures counting the same two-word thing meet; a measure or a place after the figure is no counted thing', () => {
  const seized = (n: string, rest: string): string => `The navy recovered ${n} AK-47 assault rifles${rest}`;
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', seized('seven', ', two grenade launchers and ammunition from the pirates near the island of Dorsk on Saturday.')),
    article('a2', 'Kestrel News', '2026-03-01', seized('seven', ' and a rocket launcher after commandos boarded the pirate skiff off Dorsk.')),
    article('a3', 'Selen Monitor', '2026-03-01', seized('four', ', three speedboats and grenades, a statement from the defence ministry said.')),
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, 'four against seven assault rifles is a conflict');
  assert.deepEqual(c.outliers, ['a3']);
  const { dossier: m } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'The warship was 13 nautical miles away from the merchant vessel when it picked up the distress call.'),
    article('a2', 'Kestrel News', '2026-03-01', 'Territorial waters extend to 12 nautical miles from the shore of the island, the navy noted.'),
  ]);
  assert.equal(m.conflicts.filter((x) => numeric(x.kind)).length, 0);
});

test('the total of "20 million out of 30 million" is no value of the part another report gives', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'The reformers won the 2019 vote when 20 million out of 30 million people voted for Ilka Varn against a hard-line rival, officials recalled on Friday.'),
    article('a2', 'Vellmar Post', '2026-03-02', 'Unlike in the 2019 vote, when 20 million people voted for the reformist Ilka Varn against a hard-line rival, turnout is expected to be low, officials said on Saturday.'),
  ]);
  const counts = [...d.conflicts.map((x) => x.claims), ...d.updates.map((x) => x.values)].filter((vs) => vs.some((v) => /30 million/.test(v.value)));
  assert.deepEqual(counts, [], 'the total (30 million) is never set against the part (20 million)');
});
