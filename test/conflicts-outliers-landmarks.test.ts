/**
 * Issue #10 (session 14, branch `cards`), on invented articles: who is named the likely outlier
 * when the aligned sides tie one report against one (`backers` in conflicts.ts); a place named as
 * the landmark of a position is no contradiction (slots.ts landmarkPosition); two figures of one
 * counted thing in one past year are compared, and a bound against a figure it excludes is no
 * rounding (conflicts.ts pastYearAnchor, roundedOnly); a plural joined by a hyphen to a
 * capitalised word is a dash, not a compound unit (annotate/quantities.ts). Each test fails
 * without the mechanism it names; one keeps the real disagreement of the landmark's shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const conflictsOf = (...arts: Array<[string, string | null, string]>): Conflict[] => buildDossier(arts.map(([o, p, t], i) => article(`a${i + 1}`, o, p, t))).dossier.conflicts;
const values = (cs: Conflict[], kinds: string[]): string[][] => cs.filter((c) => kinds.includes(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());

test('one outlet\'s two copies tie ("Friday night" / "Wednesday night"); other outlets dating the same person\'s night in other words name the lone copy the outlier', () => {
  const cs = conflictsOf(
    ['Vellmar Post', '2026-10-24', 'Dr. Anton Vesk, a surgeon with a practice in suburban Kallin, returned home from the concert hall Friday night with his wife, Mira, and greeted his three daughters. Then he stepped into his study, where a bullet struck him.'],
    ['Vellmar Post', '2026-10-24', 'Dr. Anton Vesk, a surgeon with a practice in suburban Kallin, returned home from the concert hall Wednesday night with his wife, Mira, and greeted his three daughters. Then he stepped into his study, where a bullet struck him.'],
    ['Kestrel News', '2026-10-25', 'Police are still searching for the gunman. Vesk, a 52-year-old surgeon who lived in this suburb of Kallin, was shot in the back Friday night as he stood in his study.'],
    ['Selen Monitor', '2026-10-25', 'Investigators gave few details. The surgeon, Dr. Anton Vesk, was killed by a gunman in his Kallin home on Friday night.'],
  );
  const date = cs.filter((c) => c.kind === 'date' && c.claims.some((cl) => /Wednesday/.test(cl.value)));
  assert.equal(date.length, 1, JSON.stringify(cs.map((c) => [c.kind, c.claims.map((cl) => cl.value)])));
  assert.deepEqual(date[0].outliers, ['a2'], date[0].why);
  // The reports that back a side are shown on it.
  const friday = date[0].claims.find((cl) => /Friday/.test(cl.value))!;
  assert.ok(friday.articles.includes('a3') || friday.articles.includes('a4'), JSON.stringify(friday.articles));
});

test('one report against one, with nobody else giving either value, names no outlier', () => {
  const cs = conflictsOf(
    ['Vellmar Post', '2026-10-24', 'Dr. Anton Vesk, a surgeon with a practice in suburban Kallin, returned home from the concert hall Friday night with his wife, Mira, and greeted his three daughters.'],
    ['Kestrel News', '2026-10-24', 'Dr. Anton Vesk, a surgeon with a practice in suburban Kallin, returned home from the concert hall Wednesday night with his wife, Mira, and greeted his three daughters.'],
  );
  for (const c of cs) assert.deepEqual(c.outliers, [], c.why);
});

test('a storm "140 kilometers west-northwest of" one town and "370 kilometers west-northwest of" another is one moving storm, not two places', () => {
  const cs = conflictsOf(
    ['Tamber Wire', '2026-10-23', 'The typhoon weakened slightly overnight. Late Friday, the storm was centered over the sea, 140 kilometers (88 miles) west-northwest of Dorran City in Velay province, weather officials said.'],
    ['Tamber Wire', '2026-10-24', 'The typhoon weakened slightly overnight. At 4 p.m. (0800 GMT), the storm was centered over the sea, about 370 kilometers (230 miles) west-northwest of Korvi in Velay province, weather officials said.'],
  );
  assert.deepEqual(values(cs, ['place']), [], JSON.stringify(values(cs, ['place'])));
});

test('"near" two towns is two landmarks of one position', () => {
  const cs = conflictsOf(
    ['Tamber Wire', '2026-10-23', 'The typhoon weakened slightly overnight. On Friday the storm was centered near Dorran City in Velay province, with winds of 150 kilometers an hour, weather officials said.'],
    ['Orsk Ledger', '2026-10-23', 'The typhoon weakened slightly overnight. On Friday the storm was centered near Korvi in Velay province, with winds of 150 kilometers an hour, weather officials said.'],
  );
  assert.deepEqual(values(cs, ['place']), [], JSON.stringify(values(cs, ['place'])));
});

test('the same distance and bearing from two towns still says two things of one position', () => {
  const cs = conflictsOf(
    ['Tamber Wire', '2026-10-23', 'The typhoon weakened slightly overnight. Late Friday, the storm was centered over the sea, 140 kilometers (88 miles) west-northwest of Dorran City in Velay province, weather officials said.'],
    ['Orsk Ledger', '2026-10-23', 'The typhoon weakened slightly overnight. Late Friday, the storm was centered over the sea, 140 kilometers (88 miles) west-northwest of Korvi in Velay province, weather officials said.'],
  );
  assert.deepEqual(values(cs, ['place']), [['Dorran City', 'Korvi']], JSON.stringify(values(cs, ['place'])));
});

test('two counts of one thing in one past year ("In 1971 … peaked at 150,000 meteors per hour" / "… up to 100,000 meteors an hour") disagree, and the bound is no rounding', () => {
  const cs = conflictsOf(
    ['Vellmar Post', '2026-11-17', 'Astronomers expect a modest show this week. In 1971, the Orvids display peaked at 150,000 meteors per hour.'],
    ['Kestrel News', '2026-10-12', 'Sky watchers hope for a storm. In 1971, observers clocked a rate of up to 100,000 meteors an hour at the peak of the Orvid storm.'],
  );
  const nums = cs.filter((c) => c.kind === 'number' || c.kind === 'quantity');
  assert.deepEqual(nums.map((c) => c.claims.map((cl) => cl.value).sort()), [['150,000', 'up to 100,000']], JSON.stringify(cs.map((c) => [c.kind, c.claims.map((cl) => cl.value)])));
  assert.ok(!/rounded/.test(nums[0].why), nums[0].why);
});

test('a renamed winner stands one report against one; a third outlet naming the winner with his rival leaves the renamed one alone', () => {
  const cs = conflictsOf(
    ['Vellmar Post', '2026-10-04', 'President Aron Mendal won a second term on Sunday. In preliminary returns, Mendal appeared to have defeated Tarik Osu, the three-time presidential candidate of the leftist Labour Front, with 56 percent of the vote.'],
    ['Kestrel News', '2026-10-04', 'Voters in Dravia went to the polls on Sunday. With 22 percent of the vote counted, Anton Brevik appeared to have won 51 percent of the vote, compared with 34 percent for his main rival, Tarik Osu, the three-time presidential candidate of the leftist Labour Front.'],
    ['Selen Monitor', '2026-10-06', 'Dravians voted for Mendal because they trusted his economic management more than that of his main rival, Tarik Osu. Osu, who leads the Labour Front, campaigned for a more closed economy.'],
  );
  const names = cs.filter((c) => c.kind === 'name');
  assert.equal(names.length, 1, JSON.stringify(cs.map((c) => [c.kind, c.claims.map((cl) => cl.value)])));
  assert.deepEqual(names[0].outliers, ['a2'], names[0].why);
});

test('a plural joined by a hyphen to a capitalised word ("20,000 scientists-The Alder Council") is a dash: the unit is the plural', () => {
  const a = annotate(article('a1', 'Vellmar Post', '2026-04-28', 'Last Friday, three societies representing some 20,000 scientists-The Alder Council, the Birch Society and the Cedar Union-sent letters to the ministry.'));
  const q = a.quantities.find((x) => /20,000/.test(x.text));
  assert.equal(q?.unit, 'scientists', JSON.stringify(q));
  // A compound stays one word ("pro-Vellmar", "mid-July" are no plurals before the hyphen).
  const b = annotate(article('a2', 'Vellmar Post', '2026-04-28', 'Some 300 pro-Vellmar marchers gathered in the square.'));
  assert.equal(b.quantities.find((x) => /300/.test(x.text))?.unit, 'pro-Vellmar marchers');
});
