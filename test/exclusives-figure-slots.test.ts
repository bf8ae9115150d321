/**
 * Exclusives that are true (issue #12), on invented text: one value of one measured thing told by
 * two outlets in other words ("a conditional two-year ban" / "suspended … for two years", with
 * "Halvar" and "conditional" / "conditions" said by both) is reported by each (facts.ts reportedBy, figure-slots.ts
 * oneFigureSlot), so the sentence is not one outlet's exclusive; a count of ten or more may name
 * what it counts with a near word ("14 workers" / "14 employees") when the clause giving it
 * is said by the other. The same figure of another thing ("two years in office": the head of the
 * figure's phrase, "ban", not said there), a date's day ("March 6th"), a time distance ("two years
 * ago") and a small count of other people are no slot.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { oneFigureSlot } from '../src/compare/facts/figure-slots.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, file: `${id}.txt`, outlet, url: null, title: null, published: '2026-05-08', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

/** The texts of every listed exclusive. */
function exclusives(texts: string[]): string[] {
  const { dossier: d } = buildDossier(texts.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  const textOf = (id: string): string => {
    const s = d.facts.find((f) => f.id === id)!.source;
    return d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
  };
  return d.coverage.exclusives.flatMap((e) => e.facts.map(textOf));
}

const FIRST =
  'The Halvar port authority lifted its indefinite order against the ferry line on Friday. ' +
  'In its place, the Halvar authority has imposed a conditional two-year ban. ' +
  'Harbour pilots welcomed the decision. The mayor called for calm.';
const SECOND =
  'On Friday, Halvar harbour chief Ilse Marr announced that Kestrel Ferries would be suspended from the northern terminal for two years and would only return if certain conditions were met. ' +
  'The company said it would appeal. Shipping firms lobbied for a lighter penalty. Tourism fell sharply last winter.';

test('one value of one measured thing told in other words is not an exclusive', () => {
  const ex = exclusives([FIRST, SECOND]);
  assert.ok(!ex.some((t) => /two-year ban/.test(t)), JSON.stringify(ex));
});

test('a count of ten or more named by a near word, its clause said by the other, is not an exclusive', () => {
  const a =
    'At least 14 workers were among dozens injured after a crane collapsed onto the quay beside the old grain silos of the Halvar harbour on Tuesday night. ' +
    'Cranes were idle all week. Firefighters cleared the quay by morning.';
  const b = 'The collapse injured 14 employees and several sailors, officials said. Unions called a strike. The harbour master resigned.';
  const ex = exclusives([a, b]);
  assert.ok(!ex.some((t) => /14 workers/.test(t)), JSON.stringify(ex));
});

test('the same figure of another thing, a date or a time distance is no slot', () => {
  // Another thing measured: "two years in office" is not "a two-year ban".
  assert.equal(oneFigureSlot('Kestrel Ferries faces a conditional two-year ban.', 'Kestrel Ferries chief Ana Brel spent two years in office.'), null);
  // A day of a month is a date, not a measure.
  assert.equal(oneFigureSlot('The ban takes effect on March 6th, Kestrel Ferries said.', 'Kestrel Ferries lost 6 th ferries, the regulator said.'), null);
  // A time distance is a date too.
  assert.equal(oneFigureSlot('Kestrel Ferries was founded two years ago.', 'Kestrel Ferries was fined two years ago.'), null);
  // Small counts need the same word: "two sailors" is not "two dockworkers".
  assert.equal(oneFigureSlot('Two dockworkers were hurt at Kestrel Ferries.', 'Two sailors were hurt at Kestrel Ferries.'), null);
  assert.equal(oneFigureSlot('Kestrel Ferries faces a conditional two-year ban.', 'Regulators suspended Kestrel Ferries for two years.'), 2);
});

test('a figure in a clause added after the main one is a circumstance: the sentence stays an exclusive', () => {
  const a =
    'Banners on the town hall of Velmora hung at half-mast on Thursday, the second of four days of mourning called by the governor. ' +
    'Schools were closed. Shops opened late.';
  const b = 'Governor Piet Voss called four days of mourning and ordered an inquiry into the collapse. Rescue crews worked through the night. Rail traffic resumed.';
  const ex = exclusives([a, b]);
  assert.ok(ex.some((t) => /half-mast/.test(t)), JSON.stringify(ex));
});

test('one count of one kind of people under two different acts is no slot', () => {
  // "suspended" / "wounding": six pupils of one town, two things done to them (the count, its
  // noun and two more words shared all the same).
  const suspended = 'Six primary school pupils in Dornach were suspended for three days after a boy threatened to bring a knife if others did not stop mocking him.';
  const wounded = 'Nothing could stop a 16-year-old boy from opening fire on Monday, wounding six pupils at a school in Lessing.';
  assert.equal(oneFigureSlot(suspended, wounded), null);
  assert.equal(oneFigureSlot(wounded, suspended), null);
  // One act, told by one as the noun the figure measures, stays one slot.
  assert.equal(oneFigureSlot('The Dornach board imposed a two-year ban on the club.', 'The Dornach board suspended the club from the league for two years.'), 2);
  // One act under one verb: the subject of one, the object of the other.
  assert.equal(oneFigureSlot('Six pupils at the Dornach school were suspended on Monday.', 'The Dornach school suspended six pupils on Monday.'), 6);
});
