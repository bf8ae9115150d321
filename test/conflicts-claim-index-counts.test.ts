/**
 * Counts of people and things, and named persons' ages, whose sentences were never aligned
 * (issue #10, session 21): the candidate index (conflicts/claim-index.ts) files a count under its
 * unit, its governing word and a named participant, and an age under its person, so that two
 * outlets' "more than 200" / "more than 400" arrested or "45" / "47" for one named man meet the
 * gates that aligned sentences meet. The sentences are invented; the patterns are those of real
 * misses on unseen stories.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { measureOf } from '../src/compare/claims/measure.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numeric = (kind: string): boolean => kind === 'number' || kind === 'quantity';
const story = (texts: string[], published: string[] = []) => buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'][i], published[i] ?? '2026-03-01', t))).dossier;
const values = (d: ReturnType<typeof story>): string[][] => d.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

test('one crackdown\'s arrests told in reworded sentences are compared (possible)', () => {
  const d = story([
    'Riot police in Dorvania arrested more than 200 protesters on Saturday as crowds marched on the parliament to demand new elections.',
    'Students who had camped outside the ministry for weeks bore the brunt of the crackdown in Dorvania, where 400 protesters were arrested on Saturday, an opposition spokesman said.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind) && x.claims.some((cl) => cl.value.includes('400')));
  assert.ok(c, JSON.stringify(values(d)));
  assert.equal(c.confidence, 'possible');
});

test('one named man\'s age told in reworded sentences is compared (possible)', () => {
  const d = story([
    'Prosecutors charged Ivo Marrek, 45, with fraud on Monday after a two-year inquiry into the Velmar harbour authority.',
    'The charges stunned the neighbours of 47-year-old Ivo Marrek, who ran a bakery near the harbour for two decades before joining its board.',
  ]);
  const c = d.conflicts.find((x) => numeric(x.kind));
  assert.ok(c, JSON.stringify(values(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['45', '47-year-old']);
  assert.equal(c.confidence, 'possible');
});

test('two named people\'s ages are not compared', () => {
  const d = story([
    'Prosecutors charged Ivo Marrek, 45, with fraud on Monday after a two-year inquiry into the Velmar harbour authority.',
    'The charges stunned the neighbours of 47-year-old Anton Bressel, who ran a bakery near the harbour for two decades before joining its board.',
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('one man\'s age at two moments is not compared (a past year in one sentence only)', () => {
  const d = story([
    'Ivo Marrek, 45, was charged with fraud on Monday after a two-year inquiry into the Velmar harbour authority.',
    'In 1998, Ivo Marrek, 17, left Velmar to work on the docks of a neighbouring port, a former colleague recalled.',
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

const rally = 'Riot police in Dorvania arrested more than 200 protesters on Saturday as crowds marched on the parliament to demand new elections.';
const undated = 'Riot police in Dorvania arrested more than 200 protesters as crowds marched on the parliament to demand new elections.';
const brunt = (where: string): string => `Students who had camped outside the ministry for weeks bore the brunt of the crackdown in Dorvania, where ${where}, an opposition spokesman said.`;

test('a count said to add to another is not set against it ("another 120")', () => {
  const d = story([rally, brunt('another 120 protesters were arrested on Saturday')]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('two counts of one act in two places named by their own clauses are not compared', () => {
  const d = story([
    'Riot police in Dorvania arrested more than 200 protesters in Karvik on Saturday as crowds marched to demand new elections.',
    brunt('400 protesters were arrested in Velmar on Saturday'),
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('undated counts of one act are compared, a running count ("so far") is not', () => {
  const d = story([undated, brunt('400 protesters were arrested')]);
  assert.ok(d.conflicts.some((x) => numeric(x.kind)), 'the plain pair is compared');
  const e = story([undated, brunt('400 protesters have been arrested so far')]);
  assert.equal(e.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(e)));
});

test('a count widened to the whole country is not set against one event\'s ("nationwide")', () => {
  const d = story([undated, brunt('400 protesters were arrested nationwide')]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('a common noun opening the sentence ("Police arrested …") is no named actor the other report must write', () => {
  const d = story(['Police arrested more than 200 protesters in Dorvania on Saturday as crowds marched on the parliament to demand new elections.', brunt('400 protesters were arrested on Saturday')]);
  assert.ok(d.conflicts.some((x) => numeric(x.kind) && x.claims.some((cl) => cl.value.includes('400'))), JSON.stringify(values(d)));
});

test('a name opening the sentence is still its figure\'s actor; a common noun or a plural is not', () => {
  const agent = (s: string, fig: string): string | null => measureOf(s, s.indexOf(fig), s.indexOf(fig) + fig.length, null).agent;
  assert.equal(agent('Venn projects $117 billion for Harwick.', '$117 billion'), 'venn');
  assert.equal(agent('The CBO projects $107 billion.', '$107 billion'), 'cbo');
  assert.equal(agent('Police arrested more than 200 protesters on Saturday.', 'more than 200'), null);
  assert.equal(agent('Rescuers pulled 14 survivors from the rubble.', '14'), null);
});

test('a card of one person\'s ages is titled by the person, not by the clause "45"', () => {
  const d = story([
    'Prosecutors charged Ivo Marrek, 45, with fraud on Monday after a two-year inquiry into the Velmar harbour authority.',
    'The charges stunned the neighbours of 47-year-old Ivo Marrek, who ran a bakery near the harbour for two decades before joining its board.',
  ]);
  assert.equal(d.conflicts.find((x) => numeric(x.kind))?.about, 'the age of Ivo Marrek');
});

test('a count summed over its parts ("In all, …") is not set against one part\'s count', () => {
  const d = story([
    'Hurricane Velna killed three people in the fishing villages of Karvik on Tuesday, the governor of Dorvania said.',
    'In all, Hurricane Velna killed at least 40 people on Tuesday, the Dorvania disaster agency said.',
  ]);
  assert.equal(d.conflicts.filter((x) => numeric(x.kind)).length, 0, JSON.stringify(values(d)));
});

test('a count dated to its report\'s day meets an undated count of a report of the same day (one day\'s news)', () => {
  // 2026-03-01 is a Sunday: "on Saturday" is the day before both reports.
  const dated = 'Riot police in Dorvania arrested more than 200 protesters on Saturday as crowds marched on the parliament to demand new elections.';
  const undatedOther = 'Thousands of demonstrators filled the streets of the capital over the weekend. More than 400 protesters were arrested, Dorvania\'s opposition said, calling the crackdown the harshest in a decade.';
  const d = story([dated, undatedOther]);
  assert.ok(d.conflicts.some((x) => numeric(x.kind) && x.claims.some((cl) => cl.value.includes('400'))), JSON.stringify(values(d)));
  // The same counts in reports a week apart, or a date long before the report, are two occasions.
  assert.equal(story([dated, undatedOther], ['2026-03-01', '2026-03-08']).conflicts.filter((x) => numeric(x.kind)).length, 0);
  const older = dated.replace('on Saturday', 'on Feb. 14');
  assert.equal(story([older, undatedOther]).conflicts.filter((x) => numeric(x.kind)).length, 0);
});

test('an age is the person\'s only where the whole written name is theirs: "Gilberto Manuel da Costa, 40," is not Antonio Carlos Mendes da Costa\'s age', () => {
  const rival = 'The president\'s closest rival, Antonio Carlos Mendes da Costa, 52, a union leader, opposes the bailout and says it will hurt workers.';
  const voter = 'In preliminary returns, the president appeared to have defeated Antonio Carlos Mendes da Costa, the three-time candidate.\n\nGilberto Manuel da Costa, 40, who owns an ice cream parlor, said that he expected the economic adjustment to hurt.\n\n"I\'m thinking more about the country," da Costa said.';
  const d = story([rival, voter, voter.replace('In preliminary returns, the', 'The')], ['2026-03-01', '2026-03-04', '2026-03-04']);
  assert.deepEqual(d.conflicts.filter((c) => numeric(c.kind)).map((c) => c.about), []);
  // The rival's own age told two ways is still compared.
  const e = story([rival, rival.replace('52', '54')]);
  assert.equal(e.conflicts.find((c) => numeric(c.kind))?.about, 'the age of Antonio Carlos Mendes da Costa');
});

test('a count on a place told by a definite noun ("on the island") is a part of a summed toll: neither a card nor an update', () => {
  const d = story([
    'Hurricane Dorn struck Velmar on Monday. Aside from killing three people on the island, Dorn destroyed nearly 30,000 houses and damaged at least another 60,000, the housing department estimates.',
    'Hurricane Dorn moved north on Tuesday after striking Velmar. In all, Dorn killed at least 430 people throughout the Caribbean. Dorn destroyed thousands of houses.',
  ], ['2026-03-04', '2026-03-05']);
  assert.deepEqual(values(d), []);
  assert.deepEqual(d.updates.map((u) => u.values.map((v) => v.value)), []);
});
