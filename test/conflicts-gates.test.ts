/**
 * The guards between a compared pair of values and a conflict card (issue #10), on invented
 * articles: figures that never move as news comes in (an age, the total a part is taken of, a
 * rate) are not "updates" however the reports are dated; "N years to life" is read as written
 * whatever bound precedes it; a phrasal verb ("passed away") names the same act as its one-word
 * synonym ("died"), so two dates of it are compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { construction } from '../src/compare/claims/claims.js';
import { differentActs, eventHead } from '../src/compare/timeline.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const values = (c: Conflict): string => c.claims.map((cl) => cl.value).sort().join(',');

test('an age at death differing between reports of different days is a conflict, not an update', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-01', 'Ilse Varga, whose years as a diving champion led to a career in musical films, died on Friday in Vellmar at the age of 61, her spokesman said.'),
    article('a2', 'Kestrel News', '2026-03-02', 'Ilse Varga, whose years as a diving champion led to a career in musical films, died yesterday in Vellmar at the age of 91, her spokesman said.'),
  ]);
  assert.equal(d.updates.length, 0, 'an age does not grow as news comes in');
  assert.ok(d.conflicts.some((c) => values(c) === '61,91'), 'the two ages are a conflict');
});

test('a rate ("14 out of every 100") is no running count, even in one outlet\'s series, and is compared as one value', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Selen Wire', '2026-05-09', 'The health minister of Velmora, Anton Rusk, has said that 14 out of 200 Velmorans are infected with the virus, which causes the disease.'),
    article('a2', 'Selen Wire', '2026-05-11', 'According to the health minister Anton Rusk, 14 out of every 100 Velmorans are infected with the virus, which causes the disease.'),
  ]);
  assert.equal(d.updates.length, 0);
  // Session 15: a rate is one value (annotate/quantities.ts), 7 % against 14 %, never its parts.
  assert.ok(d.conflicts.some((c) => values(c) === '14 out of 200,14 out of every 100'), JSON.stringify(d.conflicts.map(values)));
});

test('a rate ("die every day") is no running count: a higher rate reported later is a conflict', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-05-09', 'The health minister Anton Rusk told the conference in Vellmar that nearly 500 Velmorans die of the disease every day, most of them young adults.'),
    article('a2', 'Kestrel News', '2026-05-11', 'The health minister Anton Rusk told the conference in Vellmar that nearly 800 Velmorans die of the disease every day, most of them young adults.'),
  ]);
  assert.equal(d.updates.length, 0);
  assert.ok(d.conflicts.some((c) => values(c) === 'nearly 500,nearly 800'));
  // "a day after" is an offset, not a rate: a toll told so still grows into an update.
  const { dossier: t } = buildDossier([
    article('a1', 'Vellmar Post', '2026-05-09', 'At least 12 people were killed a day after the vote when a bomb hit a market in Vellmar, officials said.'),
    article('a2', 'Kestrel News', '2026-05-11', 'At least 30 people were killed a day after the vote when a bomb hit a market in Vellmar, officials said.'),
  ]);
  assert.equal(t.updates.length, 1, 'the toll is an update');
});

test('"N years to life" is read as written whatever bound comes before it', () => {
  const text = 'Marek Dolan faces up to 25 years to life if convicted of murder.';
  const at = text.indexOf('up to 25 years');
  const cx = construction(text, at, at + 'up to 25 years'.length, 25, 25, 'years');
  assert.deepEqual([cx.low, cx.high, cx.limit], [25, 25, null]);
  const plain = 'Marek Dolan faces up to 25 years in prison if convicted of bribery.';
  const p = plain.indexOf('up to 25 years');
  const cp = construction(plain, p, p + 'up to 25 years'.length, 25, 25, 'years');
  assert.deepEqual([cp.low, cp.limit], [0, 'upper'], 'a plain "up to" is still an upper bound');
});

test('a phrasal verb names its act: "passed away Saturday" and "died Thursday" date one death', () => {
  const head = (text: string, expr: string) => eventHead(text, text.indexOf(expr), text.indexOf(expr) + expr.length);
  const died = head('Ilse Varga died early Thursday in her sleep, according to her publicist.', 'Thursday');
  const passed = head('Ilse Varga, 91, passed away early Saturday in her sleep, according to her publicist.', 'Saturday');
  assert.equal(differentActs(died, passed), false);
  const appointed = head('Ilse Varga was appointed envoy on Saturday, her publicist said.', 'Saturday');
  assert.equal(differentActs(died, appointed), true, 'another act stays another act');
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '', 'The actress Ilse Varga, 91, died early Thursday in her sleep in Vellmar, according to her publicist Jon Hale.'),
    article('a2', 'Kestrel News', '', 'The actress Ilse Varga, 91, died early Thursday in her sleep in Vellmar, her publicist Jon Hale said in a statement.'),
    article('a3', 'Selen Monitor', '', 'The actress Ilse Varga, 91, passed away early Saturday in her sleep in Vellmar, according to her publicist Jon Hale.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, 'Saturday against Thursday is a conflict');
  assert.deepEqual(c.outliers, ['a3']);
});
