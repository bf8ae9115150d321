/**
 * The length of one named thing told in sentences never aligned (issue #10, session 28: "six
 * hours" / "seven hours" of one standoff, read in an unseen story, never compared). A duration is
 * filed in the claim index under the thing its construction names ("a six-hour standoff", "the
 * standoff lasted seven hours": conflicts/thing-lengths.ts) and a named participant, and is at most
 * a possible card on that evidence. The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (texts: string[], published: string[] = []) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'][i], published[i] ?? '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());
const lengths = (d: ReturnType<typeof story>) => d.conflicts.filter((c) => c.claims.some((cl) => /hour|day/.test(cl.value)));

test('one standoff\'s length told as a compound and as "lasted" in unaligned sentences is a possible card', () => {
  const d = story([
    'Police ended a six-hour standoff with a gunman at a bank in Karvik on Sunday. No one was hurt.',
    'The gunman surrendered to Karvik police after a standoff that lasted seven hours, a police spokesman said.',
  ]);
  const c = lengths(d)[0];
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['seven hours', 'six-hour']);
  assert.equal(c.confidence, 'possible');
  assert.deepEqual(c.outliers, []);
});

test('a relative clause of lasting is the thing\'s own length, not a background act', () => {
  const d = story([
    'Workers at the Velmar Steel plant in Dorna ended a 12-day strike on Friday.',
    'The strike at Velmar Steel, which lasted nine days, ended on Friday with a pay deal.',
  ]);
  assert.ok(lengths(d).length > 0, JSON.stringify(values(d)));
});

test('a thing still going on grows longer from report to report: no card between reports days apart', () => {
  const d = story([
    'Workers at the Velmar Steel plant in Dorna pressed on with a 10-day strike on Monday.',
    'The 12-day strike at the Velmar Steel plant in Dorna showed no sign of ending on Wednesday, union leaders said.',
  ], ['2026-03-02', '2026-03-04']);
  assert.equal(lengths(d).length, 0, JSON.stringify(values(d)));
});

test('a person\'s attribute and a trip are no thing\'s length', () => {
  const d = story([
    'Ivo Marrek, a 20-year veteran of the Karvik police, led the negotiations at the bank.',
    'Ivo Marrek, who has served 25 years, drove to the bank in Karvik, a 40-minute drive from the station.',
  ]);
  assert.equal(lengths(d).length, 0, JSON.stringify(values(d)));
  const e = story([
    'Ivo Marrek, a 20-year veteran of the Karvik police, led the talks.',
    'Ivo Marrek, a 25-year veteran of the Karvik police, led the talks with the gunman.',
  ]);
  // (aligned sentences may still compare the two ages of service: only the index's filing is tested here)
  assert.ok(e.conflicts.every((c) => !c.why.includes('length of')), JSON.stringify(values(e)));
});

test('the subject of "went on for" is the noun a prepositional phrase hangs on, and an offset is no length', async () => {
  const { buildClaims } = await import('../src/compare/claims/claims.js');
  const { buildEntities } = await import('../src/compare/entities/entities.js');
  const { annotate } = await import('../src/annotate/index.js');
  const { lengthOf } = await import('../src/compare/conflicts/thing-lengths.js');
  const read = (text: string): Array<[string, string | null]> => {
    const ann = [annotate(article('a1', 'Vellmar Post', '2026-03-01', text))];
    return buildClaims(ann, buildEntities(ann)).claims.filter((c) => c.kind === 'number').map((c) => [c.text, lengthOf(c)]);
  };
  assert.deepEqual(read('Karvik police said the talks with the gunman went on for nine hours.'), [['nine hours', 'talks']]);
  assert.deepEqual(read('The gunman let the hostages go after seven hours of talks with Karvik police.'), [['seven hours', 'talks']]);
  assert.deepEqual(read('The 12-day strike at Velmar Steel ended Friday.'), [['12-day', 'strike']]);
  assert.deepEqual(read('Ivo Marrek, who has 20 years of experience, led the talks.'), [['20 years', null]]);
});

test('a relative clause telling a participant\'s earlier act of the same kind is background, whatever its length (review, session 28)', () => {
  // Only a clause of lasting ("which lasted nine days") tells the thing's own length; "who held a
  // 10-day hunger strike … last year" is another strike of the same person.
  for (const texts of [
    ['Activist Lena Morrow ended her 21-day hunger strike in Karvik on Monday.', 'Lena Morrow, who held a 10-day hunger strike in Karvik last year, ended her fast on Monday.'],
    ['The union at Velmar Steel began a three-day strike on Monday over pay.', 'The union at Velmar Steel, which staged a 12-day strike in 2019, walked out again on Monday over pay.'],
  ]) {
    const d = story(texts);
    assert.deepEqual(lengths(d).map((c) => c.claims.map((cl) => cl.value).sort()), [], JSON.stringify(values(d)));
  }
});

test('two visits of one traveller are two legs of a tour, not one visit\'s length (review, session 28)', () => {
  const d = story([
    'President Ilse Marrow arrived in Dorna on Monday for a three-day visit, her first to Velmaria.',
    'Ilse Marrow, who flew in from Karvik, began a two-day visit to Ostrel on Monday, the last stop of her tour.',
  ]);
  assert.deepEqual(lengths(d).filter((c) => c.kind !== 'date').map((c) => c.claims.map((cl) => cl.value).sort()), [], JSON.stringify(values(d)));
});
