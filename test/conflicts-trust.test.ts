/**
 * Conflicts a fact-checker can trust (issue #10), on invented articles run through the whole
 * pipeline: a rising toll between reports of different days is an update, not a conflict; a
 * figure that does not grow with the news (a prison sentence) differing between such reports is
 * a conflict; two reports disagreeing name no outlier, and the report never says they agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { renderDossier } from '../src/render/dossier.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('a toll rising between reports of different days is an update with its times, not a conflict', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'At least 12 people were killed when a storm hit the coastal town of Vellmar on Saturday, officials said. Rescue teams searched the harbour district overnight.'),
    article('a2', 'Kestrel News', '2026-03-03', 'At least 30 people were killed when a storm hit the coastal town of Vellmar on Saturday, officials said. Rescue teams searched the harbour district overnight.'),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'number').length, 0);
  assert.equal(d.updates.length, 1);
  assert.deepEqual(d.updates[0].values.map((v) => [v.normalized, v.published]), [
    ['12+', '2026-03-01'],
    ['30+', '2026-03-03'],
  ]);
  assert.match(renderDossier(d, 'text'), /updated over time/i);
});

test('a figure that does not grow with the news is a conflict between two reports: no outlier, no "agree"', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'A court in Vellmar sentenced the former harbour director Marek Dolan to six years in prison on Friday for taking bribes. Dolan denied the charges.'),
    article('a2', 'Kestrel News', '2026-03-03', 'A court in Vellmar sentenced the former harbour director Marek Dolan to ten years in prison on Friday for taking bribes. Dolan denied the charges.'),
  ]);
  assert.equal(d.updates.length, 0);
  const c = d.conflicts.find((x) => x.kind === 'quantity' || x.kind === 'number');
  assert.ok(c, 'the sentence length is a conflict');
  assert.deepEqual(c.outliers, [], 'one report against one: nobody is the outlier');
  for (const format of ['text', 'markdown']) {
    const out = renderDossier(d, format);
    assert.match(out, /Vellmar Post\]? says|Vellmar Post\)\* says/);
    assert.doesNotMatch(out, /sources agree|outlets agree/i);
    assert.doesNotMatch(out, /likely outlier/);
  }
});

test('a coarser date of the same article ("last month") does not count as the article giving the other day', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-11-10', 'Workers accepted the plan two weeks after the shutdown, and the airline resumed domestic flights Oct. 7 and international flights on Oct. 26.'),
    article('a2', 'Kestrel News', '2026-11-12', 'The union accepted the plan, allowing the airline to resume domestic flights on Oct. 7 and international flights later.'),
    article('a3', 'Selen Monitor', '2026-11-13', 'The airline resumed domestic flights Aug. 7 and started restoring international flights last month after settling its labour problems.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date' && x.claims.some((cl) => cl.value === 'Aug. 7'));
  assert.ok(c, 'Aug. 7 against Oct. 7 is a conflict');
  assert.deepEqual(c.outliers, ['a3']);
});

test('two bounds of one kind ("since July" / "since September") can disagree; a bound against a date cannot', () => {
  const text = (m: string): string => `The frigate Kestrel has carried out its fifth successful anti-piracy operation during its current patrol mission in the Gulf of Aden since ${m} this year, the navy said.`;
  const { dossier: d } = buildDossier([article('a1', 'Vellmar Post', '2026-11-10', text('September')), article('a2', 'Kestrel News', '2026-11-10', text('July'))]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'date').length, 1);
  const { dossier: e } = buildDossier([
    article('a1', 'Vellmar Post', '2026-11-10', text('September')),
    article('a2', 'Kestrel News', '2026-11-10', 'The frigate Kestrel carried out its fifth successful anti-piracy operation of its patrol mission in the Gulf of Aden in July, the navy said.'),
  ]);
  assert.equal(e.conflicts.filter((c) => c.kind === 'date').length, 0);
});

test('one event of the same two participants, worded differently, is compared (a possible conflict)', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-12-01', 'Marek Dolan and another dissident, Ilse Varo, were arrested Monday night in police raids in two cities that dealt the sternest blow yet to the new party.'),
    article('a2', 'Kestrel News', '2026-12-02', 'The arrests of Marek Dolan and Ilse Varo at their homes Wednesday night were the sharpest action the leaders have taken since the campaign began.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, 'Monday night against Wednesday night');
  assert.equal(c.confidence, 'possible');
  assert.match(c.why, /same arrest of (Marek Dolan and Ilse Varo|Ilse Varo and Marek Dolan)/);
});

test('a date naming an era ("the 1940s actress") is no side of a disagreement on the day: the lone day is the outlier', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-06-06', 'Ilse Varo, 91, passed away early Thursday in her sleep, according to her publicist.'),
    article('a2', 'Kestrel News', '2026-06-06', 'Ilse Varo died peacefully in her sleep Thursday in Velmora, her family spokesman announced.'),
    article('a3', 'Selen Monitor', '2026-06-06', 'It has been confirmed by her publicist that the 1940s Velmoran actress and record-setting swimmer Ilse Varo died in her sleep.'),
    article('a4', 'Coast News', null as unknown as string, 'Ilse Varo died early Saturday in her sleep, according to her longtime publicist.'),
  ]);
  const dates = d.conflicts.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 1);
  assert.deepEqual(dates[0].claims.map((c) => c.value), ['Thursday', 'Saturday']);
  assert.deepEqual(dates[0].outliers, ['a4']);
});
