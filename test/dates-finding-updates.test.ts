/**
 * A finding reported negated and, in a later report, found ("no drugs were found" on March 2, "a
 * toxicology report found a sedative" on March 9) is an update with its times, not two unrelated
 * partial reports and not a contradiction (conflicts/findings.ts). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

const early = 'The county coroner said on March 2 that no drugs were found in the body of the singer Arlo Venn, who died at his home in Pellham.';
const late = 'A toxicology test found traces of a sedative drug in the body of the singer Arlo Venn, the county coroner said on March 9, a week after his first statement.';

test('a finding negated, then found a week later, is an update in time order', () => {
  const { dossier } = buildDossier([article('a1', 'Vellmar Post', '2026-03-03', early), article('a2', 'Kestrel News', '2026-03-10', late)]);
  const u = dossier.updates.find((x) => x.kind === 'finding');
  assert.ok(u, JSON.stringify(dossier.updates));
  assert.deepEqual(u.values.map((v) => [v.normalized, v.published, v.articles[0]]), [['not found', '2026-03-02', 'a1'], ['found', '2026-03-09', 'a2']]);
  assert.equal(u.values[1].value, 'found traces of a sedative');
  assert.equal(u.values[0].value, 'no drugs were found');
  assert.ok(!dossier.conflicts.some((c) => c.kind === 'date'), JSON.stringify(dossier.conflicts));
});

test('the same two reports in reverse time order are no update', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-10', early.replace('March 2', 'March 9')),
    article('a2', 'Kestrel News', '2026-03-03', late.replace('March 9, a week after his first statement', 'March 2')),
  ]);
  assert.ok(!dossier.updates.some((x) => x.kind === 'finding'), JSON.stringify(dossier.updates));
});

test('a negated finding and a finding about another thing are no update', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-03', early),
    article('a2', 'Kestrel News', '2026-03-10', 'Police found a stolen van near the harbour in Pellham on March 9, officers said.'),
  ]);
  assert.ok(!dossier.updates.some((x) => x.kind === 'finding'), JSON.stringify(dossier.updates));
});

test('what was not found must be what was found later (a resident, not the virus)', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-03', 'No Pellham resident was found to carry the marsh fever virus, county health officials said on March 2.'),
    article('a2', 'Kestrel News', '2026-03-10', 'The marsh fever virus has also been found this year in Pellham, county health officials said on March 9.'),
  ]);
  assert.ok(!dossier.updates.some((x) => x.kind === 'finding'), JSON.stringify(dossier.updates));
});

test('a finding paused for a stretch ("not detected in almost two weeks") is no finding of absence', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-03', 'Health officials said on March 2 that the marsh fever virus had not been detected in the county in almost two weeks.'),
    article('a2', 'Kestrel News', '2026-03-10', 'Health officials said on March 9 that the marsh fever virus had been detected in the county again.'),
  ]);
  assert.ok(!dossier.updates.some((x) => x.kind === 'finding'), JSON.stringify(dossier.updates));
});
