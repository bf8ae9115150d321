/**
 * Claims aligned by what they are about, not only by their sentences' wording (issue #10, "claims,
 * not sentences"), on invented articles: a date standing between its clause's subject and verb is
 * described by the verb and object after it; a figure both sentences give ties the other values
 * of those sentences to one report; one figure of a breakdown ("12 Dorskan and 11 Vellish
 * smugglers") is a part, not a count of the whole.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';

test('a date between subject and verb is described by the verb and object after it', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', null, 'The Dorsk coast guard said it arrested the smugglers of a grain freighter near the Selen reef on Saturday, the third such raid this year.'),
    article('a2', 'Kestrel News', null, 'In yet another quiet patrol operation, a coast guard cutter on Monday arrested the smugglers of a grain freighter near the Selen reef and towed it to port.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, 'Monday against Saturday for one boarding is a conflict');
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['Monday', 'Saturday']);
});

test('a figure both sentences give aligns their other values', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'The younger brother sold one of the family estates near Dorsk for a reported $4.7 million in 1957, and used the money to fund his campaigns.'),
    article('a2', 'Kestrel News', '2026-03-01', 'His grandfather struck water on the dry Selen plateau, which the next generation sold for $4.7 million in 1967.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, '1957 against 1967 for the sale of $4.7 million is a conflict');
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['1957', '1967']);
});

test('one figure of a breakdown is a part, not a count of the whole', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'Marines boarded the two smuggling boats near Dorsk and seized 31 crates of rifles from the 12 Dorskan and 11 Vellish smugglers on board.'),
    article('a2', 'Kestrel News', '2026-03-01', 'Of the 23 smugglers arrested on board near Dorsk, who had 31 crates of rifles, most were Dorskan.'),
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(d.conflicts.map((x) => x.claims.map((cl) => cl.value))));
});

test('a count of a currency is that money', () => {
  const text = (v: string): string => `Four men rammed their van into a jewellery shop in central Dorsk on Monday and escaped with gems worth ${v}, the shop's owner told police.`;
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', text('€2 million')),
    article('a2', 'Kestrel News', '2026-03-01', text('four million Euros')),
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, 'four million Euros against €2 million is a conflict');
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['four million', '€2 million']);
});
