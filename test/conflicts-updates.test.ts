/**
 * Updates against contradictions (issue #10: "numbers that change between reports published at
 * different times and move in one direction show as an evolution with times; numbers that differ
 * among reports of the same time are contradictions"), on invented articles run through the whole
 * pipeline:
 * - one outlet's series is an evolution only when its figure rises, report after report, within
 *   the days a story unfolds: a figure it lowers, or changes months later, is a possible conflict;
 * - a tally of a period already over ("last year the fever sickened 55") does not grow as news
 *   comes in: two reports of different days giving two tallies of it disagree;
 * - reports more than a week apart are compared on the claims' own evidence (one predicate, one
 *   counted phrase) when the later one retells something dated before the earlier was published.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const values = (c: Conflict): string => c.claims.map((cl) => cl.value).sort().join(',');

test("one outlet's series rising within days is an update with its times", () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Selen Wire', '2026-09-02', 'Typhoon Marra has forced 100,000 people from their homes in the coastal province of Ostrel, the provincial disaster office said.'),
    article('a2', 'Selen Wire', '2026-09-04', 'Typhoon Marra has forced 320,000 people from their homes in the coastal province of Ostrel, the provincial disaster office said.'),
  ]);
  assert.equal(d.updates.length, 1, 'the rising figure is an evolution');
  assert.deepEqual(d.updates[0].values.map((v) => v.published), ['2026-09-02', '2026-09-04']);
  assert.equal(d.conflicts.filter((c) => c.kind === 'number' || c.kind === 'quantity').length, 0);
});

test("one outlet's figure that falls on a later day is a possible conflict, not an update", () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Selen Wire', '2026-09-02', 'The health minister Anton Rusk told the assembly in Vellmar that nearly 800 Velmorans die of the fever every day, most of them children.'),
    article('a2', 'Selen Wire', '2026-09-04', 'The health minister Anton Rusk told the assembly in Vellmar that nearly 500 Velmorans die of the fever every day, most of them children.'),
  ]);
  assert.equal(d.updates.length, 0, 'a figure taken back is no evolution');
  const c = d.conflicts.find((x) => values(x) === 'nearly 500,nearly 800');
  assert.ok(c, 'the two figures are a conflict');
  assert.equal(c.confidence, 'possible', "one outlet's own reports: the later may correct the earlier");
});

test("one outlet's figures months apart are a possible conflict, not a revision", () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Selen Wire', '2026-01-15', 'A military court in Ostrel found Sergeant Pavel Korin guilty of abusing detainees at the Merrow camp. The jury sentenced Korin to six years in prison.'),
    article('a2', 'Selen Wire', '2026-09-10', 'A military court in Ostrel found Sergeant Pavel Korin guilty of abusing detainees at the Merrow camp. The jury sentenced Korin to ten years in prison.'),
  ]);
  assert.equal(d.updates.length, 0, 'a sentence handed down does not grow over eight months');
  const c = d.conflicts.find((x) => values(x) === 'six years,ten years');
  assert.ok(c, 'the two sentence lengths are a conflict');
  assert.equal(c.confidence, 'possible');
});

test('a tally of a period already over is a conflict between reports of different days, not an update', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-07-20', 'Last year the marsh fever infected 55 people in the Ostrel valley, health officials said, and the county is spraying the wetlands again.'),
    article('a2', 'Kestrel News', '2026-08-03', 'Last year the marsh fever infected 62 people in the Ostrel valley, health officials said, and the county is spraying the wetlands again.'),
  ]);
  assert.equal(d.updates.length, 0, "last year's tally does not grow as news comes in");
  assert.ok(d.conflicts.some((c) => values(c) === '55,62'), 'the two tallies are a conflict');
  // The same count of an event of this week still grows: an update.
  const { dossier: t } = buildDossier([
    article('a1', 'Vellmar Post', '2026-07-20', 'The marsh fever has infected 55 people in the Ostrel valley since Monday, health officials said, and the county is spraying the wetlands again.'),
    article('a2', 'Kestrel News', '2026-07-23', 'The marsh fever has infected 62 people in the Ostrel valley since Monday, health officials said, and the county is spraying the wetlands again.'),
  ]);
  assert.equal(t.updates.length, 1, 'a count still running is an evolution');
});

test('reports months apart are compared on claim evidence only when the later one retells something dated before the earlier', () => {
  const early = article('a1', 'Vellmar Post', '2026-09-22', 'A survey of youngsters at four Ostrel secondary schools, published this spring in the journal Pediatric Health, found that 2.6 percent of girls were users, barely behind the 2.8 percent rate for boys.');
  const { dossier: d } = buildDossier([early, article('a2', 'Kestrel News', '2027-01-26', 'A study published in May by the journal Pediatric Health found that nearly 3 percent of boys and girls at six Ostrel secondary schools were using the drug to build bigger bodies for sports.')]);
  const c = d.conflicts.find((x) => values(x) === 'four,six');
  assert.ok(c, 'the later report retells the May study: the school counts disagree');
  assert.equal(c.confidence, 'possible', 'reports months apart are never sure');
  // Without a date before the earlier report, the later one may tell of a new survey.
  const { dossier: f } = buildDossier([early, article('a2', 'Kestrel News', '2027-01-26', 'A study by the journal Pediatric Health found that nearly 3 percent of boys and girls at six Ostrel secondary schools were using the drug to build bigger bodies for sports.')]);
  assert.ok(!f.conflicts.some((x) => values(x) === 'four,six'), 'a follow-up that may be a new study is not compared');
});
