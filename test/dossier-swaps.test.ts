/**
 * Name substitutions found by retrieval (src/compare/conflicts/swaps.ts), on invented reports through the
 * real annotator: a name one article alone uses where another writes a different name in the same
 * words is a `name` conflict; two outlets quoting two people, and names used by several articles,
 * are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { findSwaps } from '../src/compare/conflicts/swaps.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const swapConflicts = (d: ReturnType<typeof buildDossier>['dossier']) => d.conflicts.filter((c) => /^Only a\d+ names/.test(c.why));

test('a name one article alone uses in the words others write around another name is a conflict', () => {
  // Through findSwaps itself: the fact alignment may pair these sentences too (slots.ts then
  // raises the same pair first); retrieval must not depend on it.
  const arts = [
    art('a1', 'Daily Ardel', 'Maria Brenner has been recording support of about 60 percent in opinion polls before the vote. The harbour board meets on Friday.'),
    art('a2', 'Harbour Post', 'Maria Brenner has been recording support of about 60 percent in opinion polls published this week by three newspapers in the capital. Farmers back the grain plan.'),
    art('a3', 'Coast News', 'Peter Vostrik has been recording support of about 60 percent in opinion polls before the vote, pollsters said.'),
  ].map((a) => annotate(a));
  const meta = new Map(arts.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }]));
  const swaps = findSwaps(arts, buildEntities(arts), 0, meta);
  assert.equal(swaps.length, 1);
  assert.equal(swaps[0].confidence, 'high');
  assert.equal(swaps[0].kind, 'name');
  assert.deepEqual(swaps[0].claims.map((c) => [c.value, c.articles]), [['Maria Brenner', ['a1', 'a2']], ['Peter Vostrik', ['a3']]]);
  assert.deepEqual(swaps[0].outliers, ['a3']);
  const text = new Map(arts.map((a) => [a.id, a.text]));
  for (const cl of swaps[0].claims) for (const s of cl.spans) assert.equal(text.get(s.article)!.slice(s.start, s.end), cl.value);
});

test('two outlets quoting two people, and two people several outlets name, raise nothing', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The silo had failed an inspection in the spring, said Anna Varo, who runs the port. Peter Vostrik and Anna Varo met the mayor.'),
    art('a2', 'Harbour Post', 'The silo had failed an inspection in the spring, said Peter Vostrik, a union leader at the port.'),
    art('a3', 'Coast News', 'Anna Varo has been recording support in opinion polls. Peter Vostrik has been recording support in opinion polls too.'),
  ]).dossier;
  assert.deepEqual(swapConflicts(d), []);
});

/** findSwaps over invented reports, through the real annotator. */
function swapsOf(arts: Article[]) {
  const ann = arts.map((a) => annotate(a));
  const meta = new Map(ann.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }]));
  return findSwaps(ann, buildEntities(ann), 0, meta);
}

test('one wire sentence crediting its figure to two people is a conflict, next to "according to" too; two outlets quoting two people in their own words are not', () => {
  const copy = swapsOf([
    art('a1', 'Daily Ardel', 'Of the injured, at least 14 were in intensive care, according to Maria Brenner, spokeswoman for the regional health board. The harbour reopened.'),
    art('a2', 'Harbour Post', 'Of the injured, at least 14 were in intensive care, according to Peter Vostrik, spokeswoman for the regional health board.'),
  ]);
  assert.equal(copy.length, 1);
  assert.deepEqual(copy[0].claims.map((c) => c.value).sort(), ['Maria Brenner', 'Peter Vostrik']);
  // Not near copies: each outlet quotes whom it quotes.
  const quoted = swapsOf([
    art('a1', 'Daily Ardel', 'Of the injured, at least 14 were in intensive care, according to Maria Brenner, spokeswoman for the regional health board.'),
    art('a2', 'Harbour Post', 'Doctors worked through the night at the hospital, according to Peter Vostrik, who runs the regional clinic in the old town.'),
  ]);
  assert.deepEqual(quoted, []);
});

test('a lone name in the frame the story gives another person (a predicate after a cleft, a definite description) is a possible conflict', () => {
  const cleft = swapsOf([
    art('a1', 'Daily Ardel', 'Maria Brenner brokered an agreement between the dock owners and the union that reopened the old ferry line.'),
    art('a2', 'Harbour Post', 'Maria Brenner spent the week at the port. Maria Brenner brokered an agreement that reopened the ferry line, officials said.'),
    art('a3', 'Coast News', 'When a strike shut the old ferry line in spring, provoking protests across the town, it was Peter Vostrik who brokered an agreement that got the boats running again.'),
  ]);
  assert.equal(cleft.length, 1);
  assert.equal(cleft[0].confidence, 'possible');
  assert.deepEqual(cleft[0].claims.map((c) => c.value).sort(), ['Maria Brenner', 'Peter Vostrik']);
  const described = swapsOf([
    art('a1', 'Daily Ardel', 'Prosecutors say the attacks were planned by Maria Brenner, the exiled financier who lives abroad.'),
    art('a2', 'Harbour Post', 'Maria Brenner has denied any role in the attacks on the harbour.'),
    art('a3', 'Coast News', 'Investigators tied the men to Peter Vostrik, the exiled financier who funded the attacks, officials said.'),
  ]);
  assert.equal(described.length, 1);
  assert.deepEqual(described[0].claims.map((c) => c.value).sort(), ['Maria Brenner', 'Peter Vostrik']);
  // Shared words before two names are often a modifier, not a slot: nothing.
  const modifier = swapsOf([
    art('a1', 'Daily Ardel', 'A man was charged after a crash that killed a 66-year-old Velmora woman on the coast road.'),
    art('a2', 'Harbour Post', 'The 66-year-old Maria Brenner was hit while crossing the coast road in the evening.'),
    art('a3', 'Coast News', 'Maria Brenner was walking home when the car struck her on the coast road.'),
  ]);
  assert.deepEqual(modifier, []);
});

test('the one person of a statement named differently by one article, once, is a possible conflict', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'Tomas Brenner was charged with third-degree murder and two counts of criminal vehicular homicide. Tomas Brenner stayed silent.'),
    art('a2', 'Harbour Post', 'Tomas Brenner was arrested near the harbour on Thursday night.'),
    art('a3', 'Coast News', 'Tomas Brenner drove away. Peter Vostrik faces serious charges, including murder and criminal vehicular homicide.'),
  ]);
  const sole = swaps.filter((c) => /one person of a statement/.test(c.why));
  assert.equal(sole.length, 1);
  assert.equal(sole[0].confidence, 'possible');
  assert.deepEqual(sole[0].claims.map((c) => c.value).sort(), ['Peter Vostrik', 'Tomas Brenner']);
  // A sentence naming two people has no single person slot: nothing.
  const two = swapsOf([
    art('a1', 'Daily Ardel', 'Tomas Brenner was charged with third-degree murder and two counts of criminal vehicular homicide.'),
    art('a2', 'Harbour Post', 'Tomas Brenner was arrested near the harbour on Thursday night.'),
    art('a3', 'Coast News', 'Peter Vostrik and Tomas Brenner face serious charges, including murder and criminal vehicular homicide.'),
  ]);
  assert.deepEqual(two.filter((c) => /one person of a statement/.test(c.why)), []);
});

test('"the" before a place name is not a word of its context ("in the United States" / "in Canada")', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'Later that year, Tomas Brenner shot and killed his father in a duck-hunting accident in Canada.'),
    art('a2', 'Harbour Post', 'That same year he shot and killed his father in a hunting accident in the United States.'),
  ]);
  assert.deepEqual(swaps.map((c) => [c.kind, c.claims.map((cl) => cl.value).sort()]), [['place', ['Canada', 'United States']]]);
});

test('a place read from its predicate ("returned to X") is a possible conflict when one article alone gives another place', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'After his release, Tomas Brenner returned to Velmora to run the family grain and timber business.'),
    art('a2', 'Harbour Post', 'Tomas Brenner returned to Velmora to tend the family timber and grain interests after prison.'),
    art('a3', 'Coast News', 'After he served his sentence, he returned to Dornick, where he ran the family grain and timber business.'),
  ]);
  assert.deepEqual(swaps.map((c) => [c.kind, c.confidence, c.claims.map((cl) => cl.value).sort()]), [['place', 'possible', ['Dornick', 'Velmora']]]);
});

test('the same predicate with the same other participant aligns two claims whose sentences differ otherwise', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'To this day, Tomas Brenner has not acknowledged a business partnership with Maria Brenner.'),
    art('a2', 'Harbour Post', 'Maria Brenner ran the grain board for a decade. Tomas Brenner denied any business partnership with Maria Brenner in court.'),
    art('a3', 'Coast News', 'Auditors who read the ledgers said the board failed to question Tomas Brenner after he denied a business partnership with Peter Vostrik.'),
  ]);
  assert.deepEqual(swaps.map((c) => [c.kind, c.confidence, c.claims.map((cl) => cl.value).sort()]), [['name', 'possible', ['Maria Brenner', 'Peter Vostrik']]]);
  // Without the shared participant, the same few words are not enough.
  const alone = swapsOf([
    art('a1', 'Daily Ardel', 'To this day, the board has not acknowledged a business partnership with Maria Brenner.'),
    art('a2', 'Harbour Post', 'Maria Brenner ran the grain board for a decade and denied a business partnership with the mayor.'),
    art('a3', 'Coast News', 'Auditors who read the ledgers said the council failed to ask questions after a business partnership with Peter Vostrik.'),
  ]);
  assert.deepEqual(alone, []);
});

test('a country against a state or province is no place conflict: one may contain the other ("in the United States" / "in Massachusetts")', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'Later that year, Tomas Brenner shot and killed his father in a duck-hunting accident in Massachusetts.'),
    art('a2', 'Harbour Post', 'That same year he shot and killed his father in a hunting accident in the United States.'),
  ]);
  assert.deepEqual(swaps, []);
});

test('a later report retelling the event in the same words, dated to the earlier report\'s month, is compared: the weeks between them make no second event', () => {
  const at = (id: string, outlet: string, published: string, text: string): Article => ({ ...art(id, outlet, text), published } as Article);
  const first = at('a1', 'Daily Ardel', '2026-01-15T10:00:00Z', 'A military court found Army Spc. Peter Vostrik guilty of abusing prisoners at the Kestrel prison. The jury sentenced Marlow to ten years.');
  const retold = swapsOf([first, at('a2', 'Harbour Post', '2027-03-10T10:00:00Z', 'In January 2026, a military court found Army Spc. Anton Marlow guilty of abusing prisoners at the Kestrel prison.')]);
  assert.equal(retold.length, 1);
  assert.deepEqual(retold[0].claims.map((c) => c.value).sort(), ['Anton Marlow', 'Peter Vostrik']);
  // Undated, a year later: maybe another trial of another soldier.
  assert.deepEqual(swapsOf([first, at('a2', 'Harbour Post', '2027-03-10T10:00:00Z', 'A military court found Army Spc. Anton Marlow guilty of abusing prisoners at the Kestrel prison.')]), []);
});

test('a sentence of a past year is of one time with a sentence dated by nothing, reported in that year', async () => {
  const { toldOfOtherTimes } = await import('../src/compare/conflicts/past-years.js');
  assert.equal(toldOfOtherTimes('In January 2026, a military court found Anton Marlow guilty.', '2027-03-10', 'A military court found Peter Vostrik guilty.', '2026-01-15'), false);
  // Reported in another year than the one told of: still two times.
  assert.equal(toldOfOtherTimes('In January 2026, a military court found Anton Marlow guilty.', '2027-03-10', 'A military court found Peter Vostrik guilty.', '2027-02-01'), true);
  assert.equal(toldOfOtherTimes('It was President Dwight Eisenhower who signed an order in 1953.', '1998-06-10', 'President Bill Clinton signed the order on Tuesday.', '1998-06-10'), true);
});
