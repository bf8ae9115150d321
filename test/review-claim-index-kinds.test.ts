/**
 * Session 20 review of the claim index (conflicts/claim-index.ts) and the figure-kind gates
 * (conflicts/figure-kinds.ts): figures of two kinds that unaligned or aligned sentences set
 * against each other as one slot's value. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[]) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

test('a part\'s cost is not set against the whole\'s by the claim index', () => {
  const d = story([
    'The Harwick Ports Act would cost $14 billion over the next decade, budget analysts said on Tuesday.',
    'The first phase of the Harwick Ports Act would cost $4 billion, according to the budget office.',
  ]);
  assert.equal(d.conflicts.length, 0, JSON.stringify(values(d)));
});

test('a forecast whose object stands before "to" ("expected the stadium to cost") is not an outcome', () => {
  const d = story([
    'The Orlen stadium cost $400 million, city records show.',
    'Officials expected the Orlen stadium to cost $250 million when construction began.',
  ]);
  assert.equal(d.conflicts.length, 0, JSON.stringify(values(d)));
});

test('what one asked someone for is not what one received ("asked the IMF for")', () => {
  const d = story([
    'Velmora received $2 billion from the IMF on Friday, the finance ministry said.',
    'Velmora had asked the IMF for $5 billion, the finance ministry said on Friday.',
  ]);
  assert.equal(d.conflicts.length, 0, JSON.stringify(values(d)));
});

test('one bill\'s cost told twice in unaligned sentences is still compared', () => {
  const d = story([
    'Budget analysts said the Harwick Ports Act would cost $14 billion over the next decade.',
    'According to the budget office, the Harwick Ports Act will cost taxpayers some $18 billion, a figure opponents seized on.',
  ]);
  assert.ok(d.conflicts.some((c) => c.claims.some((cl) => cl.value.includes('$18 billion'))), JSON.stringify(values(d)));
});

// Retold events (conflicts/swaps.ts followUp, conflicts/slots.ts): reports weeks apart.
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { findSwaps } from '../src/compare/conflicts/swaps.js';

const at = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
function swapsOf(arts: Article[]) {
  const ann = arts.map((a) => annotate(a));
  const meta = new Map(ann.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }]));
  return findSwaps(ann, buildEntities(ann), 0, meta);
}

test('a month named inside the sentence, not opening it, does not date the retold act (followUp)', () => {
  const first = at('a1', 'Daily Ardel', '2026-01-15T10:00:00Z', 'A military court found Army Spc. Peter Vostrik guilty of abusing prisoners at the Kestrel prison. The jury sentenced him to ten years.');
  // "set up in January 2026" dates the court, not the verdict, which may be a year later.
  const later = at('a2', 'Harbour Post', '2027-03-10T10:00:00Z', 'A military court set up in January 2026, found Army Spc. Anton Marlow guilty of abusing prisoners at the Kestrel prison.');
  assert.deepEqual(swapsOf([first, later]).map((c) => c.claims.map((cl) => cl.value)), []);
  // Opening the sentence, it dates the verdict: compared, and only possible (two trials of one month may be).
  const retold = swapsOf([first, at('a2', 'Harbour Post', '2027-03-10T10:00:00Z', 'In January 2026, a military court found Army Spc. Anton Marlow guilty of abusing prisoners at the Kestrel prison.')]);
  assert.equal(retold.length, 1);
  assert.equal(retold[0].confidence, 'possible');
});

test('one fact\'s slot filled by two people in reports two months apart is only possible', () => {
  const d = buildDossier([
    at('a1', 'Vellmar Post', '2005-01-15T10:00:00Z', 'A court martial in Orlen found Sergeant Dario Velk guilty of abusing prisoners, the army said.'),
    at('a2', 'Kestrel News', '2005-03-20T10:00:00Z', 'In January 2005, a court martial in Orlen found Sergeant Tomas Reyn guilty of abusing prisoners, and he was jailed for ten years.'),
  ]).dossier;
  assert.ok(d.conflicts.length > 0);
  assert.ok(d.conflicts.every((c) => c.confidence === 'possible'), JSON.stringify(d.conflicts.map((c) => [c.confidence, c.why])));
});

test('"a 45-year-old mother of three" is the person told of, not her relative: her age is compared', () => {
  const d = story([
    'A 45-year-old mother of three was killed when a bus struck her car on the Harwick bypass on Monday, police said.',
    'The 41-year-old woman was killed when a bus struck her car on the Harwick bypass on Monday, police said.',
  ]);
  assert.ok(d.conflicts.some((c) => c.claims.some((cl) => cl.value.startsWith('45'))), JSON.stringify(values(d)));
});

test('an owner\'s team or shares are the owner itself: its figure against the owner\'s is a card', () => {
  const d = story([
    "Velmora's team won 12 medals at the Orlen games, officials said.",
    'Velmora won 21 medals at the Orlen games, officials said.',
  ]);
  assert.ok(d.conflicts.some((c) => c.claims.some((cl) => cl.value.includes('21'))), JSON.stringify(values(d)));
});
