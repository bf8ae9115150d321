/**
 * The dossier on real inputs, end to end (ingest → annotate → compare): the five seed reports in
 * ../shared/seeds (skipped when absent) and the example story in examples/harbour-fire, checked
 * against what the issue and examples/harbour-fire/EXPECTED.md say a good dossier finds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import { ingestAll } from '../src/ingest/index.js';
import { renderDossier } from '../src/render/dossier.js';
import { assertSpansValid } from './helpers/dossier-fixtures.js';
import { SKIP_NO_SHARED, seedFiles } from './helpers/shared.js';

async function dossierOf(inputs: string[]): Promise<Dossier> {
  const { articles } = await ingestAll(inputs);
  return buildDossier(articles).dossier;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
const outletOf = (d: Dossier, id: string): string | null => d.articles.find((a) => a.id === id)!.outlet;
const entityWith = (d: Dossier, alias: string) => d.entities.filter((e) => e.aliases.some((a) => a.text === alias));
/** The article whose text contains `needle`. */
const articleWith = (d: Dossier, needle: string): string => {
  const a = d.articles.find((x) => x.text.includes(needle));
  assert.ok(a, `no article contains "${needle}"`);
  return a.id;
};

let seeds: Promise<Dossier> | null = null;
const seedDossier = (): Promise<Dossier> => (seeds ??= dossierOf(seedFiles()!));

test('seeds: the dossier is valid, every span checks out, and it is deterministic', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  assertSpansValid(d);
  assert.equal(d.articles.length, 5);
  const again = await dossierOf(seedFiles()!);
  assert.equal(renderDossier(again, 'json'), renderDossier(d, 'json'));
});

test('seeds: one entity per referent across spellings; Asaad al-Shaibani is not Bashar al-Assad', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  const one = (aliases: string[]) => {
    const ids = new Set(aliases.flatMap((a) => entityWith(d, a).map((e) => e.id)));
    assert.equal(ids.size, 1, `${aliases.join(' / ')} → ${ids.size} entities`);
    return d.entities.find((e) => ids.has(e.id))!;
  };
  const hmeimim = one(['Hmeimim', 'Khmeimim']);
  assert.ok(hmeimim.aliases.every((a) => a.outlets.length >= 1));
  one(['Tartus', 'Tartous']);
  const sharaa = one(['Ahmed al-Sharaa', 'Ahmad al-Sharaa', 'Sharaa', 'al-Sharaa']);
  assert.equal(sharaa.name, 'Ahmed al-Sharaa');
  assert.equal(sharaa.articles.length, 5);
  one(['Sergei Lavrov', 'Sergey Lavrov']);
  const assad = one(['Assad', 'Bashar al-Assad', 'Bashar Assad']);
  assert.equal(assad.name, 'Bashar al-Assad');
  const shaibani = entityWith(d, 'Asaad al-Shaibani');
  assert.equal(shaibani.length, 1);
  assert.notEqual(shaibani[0].id, assad.id);
});

test('seeds: "December 2014" against December 2024, The Moscow Times the outlier; no other date alarms', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  const mt = articleWith(d, 'December 2014');
  const c = d.conflicts.find((x) => x.kind === 'date' && x.claims.some((cl) => cl.normalized === '2014-12'));
  assert.ok(c, 'the December 2014 conflict');
  assert.deepEqual(c.outliers, [mt]);
  assert.equal(outletOf(d, mt), 'The Moscow Times');
  const others = c.claims.filter((cl) => cl.normalized !== '2014-12');
  assert.ok(others.every((cl) => cl.normalized.startsWith('2024')));
  assert.ok(new Set(others.flatMap((cl) => cl.articles)).size >= 2);
  for (const cl of c.claims) for (const s of cl.spans) assert.equal(textOf(d, s).length > 0, true);
  // Keep false alarms rare: that is the one date conflict in these reports.
  assert.equal(d.conflicts.filter((x) => x.kind === 'date').length, 1);
  assert.equal(d.conflicts.filter((x) => x.kind === 'speaker').length, 0);
});

test('seeds: the "restore and redefine" quote is one group over four outlets, attributed to al-Sharaa', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  const q = new Map(d.quotes.map((x) => [x.id, x]));
  const groups = d.quoteGroups.filter((g) => g.quotes.some((id) => /restore and redefine/.test(q.get(id)!.text)));
  assert.equal(groups.length, 1);
  const g = groups[0];
  assert.equal(g.articles.length, 4);
  const sharaa = entityWith(d, 'Ahmed al-Sharaa')[0];
  assert.equal(g.speaker, sharaa.id);
  assert.equal(g.speakerDisagreement, false);
  // The trimmed version shows what it leaves out.
  assert.ok(g.diffs.some((df) => !df.identical && df.ops.some((o) => o.op === 'delete' && /in a new way/.test(o.text))));
});

test('seeds: the civilian death estimate is an exclusive of Middle East Eye', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  const mee = articleWith(d, '4,000 to 9,000');
  assert.equal(outletOf(d, mee), 'Middle East Eye');
  const f = d.facts.find((x) => x.sentences.some((s) => textOf(d, s).includes('4,000 to 9,000')))!;
  assert.deepEqual(f.support, [mee]);
  assert.ok(d.coverage.exclusives.find((e) => e.article === mee)!.facts.includes(f.id));
});

test('seeds: "only military bases outside the former Soviet Union" is one fact of three outlets', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  const facts = d.facts.filter((f) => f.sentences.some((s) => /outside the former (Soviet Union|USSR)/.test(textOf(d, s))));
  assert.equal(facts.length, 1);
  const supporting = facts[0].sentences.filter((s) => /outside the former (Soviet Union|USSR)/.test(textOf(d, s))).map((s) => s.article);
  assert.equal(new Set(supporting).size, 3);
  assert.deepEqual(facts[0].support, [...new Set(supporting)].sort());
});

test('seeds: framing shows the interim/transitional labels and the descriptions of Assad', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  const sharaa = d.framing.find((f) => f.name === 'Ahmed al-Sharaa')!;
  const labels = sharaa.labels.map((l) => l.label.toLowerCase());
  assert.ok(labels.some((l) => l.includes('interim')));
  assert.ok(labels.some((l) => l.includes('transitional')));
  const assad = d.framing.find((f) => f.name === 'Bashar al-Assad')!;
  const al = assad.labels.map((l) => l.label.toLowerCase());
  assert.ok(al.some((l) => l.includes('dictator')));
  assert.ok(al.some((l) => l.includes('ousted leader')));
});

test('seeds: timeline resolves relative dates per article and summary cites several sources', async (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const d = await seedDossier();
  const meeting = d.timeline.find((e) => e.date === '2025-10-15' && e.support.length >= 3);
  assert.ok(meeting, 'the meeting on Wednesday 15 October 2025');
  assert.ok(d.timeline.some((e) => e.date.startsWith('2024-12')));
  assert.ok(d.summary.length >= 3);
  for (const s of d.summary) assert.ok(s.support.length >= 2);
});

const HARBOUR = path.resolve('examples/harbour-fire');

let harbour: Promise<Dossier> | null = null;
const harbourDossier = (): Promise<Dossier> => (harbour ??= dossierOf([HARBOUR]));

test('example story: entities, the two conflicts with their outliers, and nothing else flagged', async (t) => {
  if (!existsSync(HARBOUR)) return t.skip('examples/harbour-fire is absent');
  const d = await harbourDossier();
  assertSpansValid(d);
  assert.equal(d.articles.length, 7);
  const ids = (alias: string) => entityWith(d, alias).map((e) => e.id);
  assert.deepEqual(ids('Youssef Demiri'), ids('Yusuf Demiri'));
  assert.deepEqual(ids('Khalvar'), ids('Halvar'));
  assert.notDeepEqual(ids('Arben Demiraj'), ids('Yusuf Demiri'));
  const nord = articleWith(d, 'At least 21 people');
  const toll = d.conflicts.find((c) => c.kind === 'number')!;
  assert.deepEqual(toll.outliers, [nord]);
  assert.deepEqual(toll.claims.map((c) => c.normalized).sort(), ['12', '21+']);
  const herald = articleWith(d, 'March 2015');
  const date = d.conflicts.find((c) => c.kind === 'date')!;
  assert.deepEqual(date.outliers, [herald]);
  assert.ok(date.claims.some((c) => c.normalized === '2025-03'));
  // The outlier's year is one digit from the majority's, whichever pair explains the card.
  assert.match(date.why, /“March 2015” and “[^”]+” differ by one digit of the year/);
  // Not conflicts: the injured figures, and "late on Monday" vs "on Monday night".
  assert.equal(d.conflicts.filter((c) => c.kind === 'date' || c.kind === 'number').length, 2);
});

test('example story: quote groups, the differing attribution flagged', async (t) => {
  if (!existsSync(HARBOUR)) return t.skip('examples/harbour-fire is absent');
  const d = await harbourDossier();
  const q = new Map(d.quotes.map((x) => [x.id, x]));
  const warned = d.quoteGroups.find((g) => g.quotes.some((id) => /We warned the ministry three times/.test(q.get(id)!.text)))!;
  assert.ok(warned.articles.length >= 4, `warning quote in ${warned.articles.length} outlets`);
  assert.equal(warned.speakerDisagreement, false);
  const contained = d.quoteGroups.find((g) => g.quotes.some((id) => /fire is contained/.test(q.get(id)!.text)))!;
  assert.equal(contained.speakerDisagreement, true);
  assert.ok(d.conflicts.some((c) => c.kind === 'speaker' && c.claims.length === 2));
  const shield = d.quoteGroups.find((g) => g.quotes.some((id) => /No one will be shielded/.test(q.get(id)!.text)))!;
  assert.ok(shield.articles.length >= 2);
});

test('two stories in one input: the larger is compared, every article of the other is named and left out', async (t) => {
  if (!seedFiles() || !existsSync(HARBOUR)) return t.skip(SKIP_NO_SHARED);
  const { articles } = await ingestAll([...seedFiles()!, HARBOUR]);
  const { dossier: d, warnings } = buildDossier(articles);
  assertSpansValid(d);
  assert.deepEqual(d.excluded.map((e) => e.article), ['a1', 'a2', 'a3', 'a4', 'a5']);
  assert.equal(warnings.filter((w) => /different story/.test(w)).length, 5);
  assert.ok(!d.facts.some((f) => f.support.some((a) => ['a1', 'a2', 'a3', 'a4', 'a5'].includes(a))));
  assert.ok(d.conflicts.some((c) => c.kind === 'number'), 'the harbour-fire dossier is intact');
});

test('example story: consensus, exclusives and omissions as EXPECTED.md lists them', async (t) => {
  if (!existsSync(HARBOUR)) return t.skip('examples/harbour-fire is absent');
  const d = await harbourDossier();
  const factWith = (needle: string) => d.facts.find((f) => f.sentences.some((s) => textOf(d, s).includes(needle)))!;
  const ferry = factWith('Ferry services to the islands');
  const monitor = articleWith(d, '300 tonnes of fertiliser');
  assert.ok(!ferry.support.includes(monitor));
  assert.ok(ferry.support.length >= 5);
  assert.ok(d.coverage.consensus.includes(ferry.id));
  assert.ok(d.coverage.omissions.find((o) => o.article === monitor)!.facts.includes(ferry.id));
  // Exclusives: the fertiliser (Monitor), the tugboats (Nordwelle).
  const fert = factWith('300 tonnes of fertiliser');
  assert.deepEqual(fert.support, [monitor]);
  const tugs = factWith('tugboats');
  assert.deepEqual(tugs.support, [articleWith(d, 'tugboats')]);
  // The main event is one fact reported by most outlets.
  const main = factWith('Twelve people died');
  assert.ok(main.support.length >= 5, `main event in ${main.support.length} outlets`);
});

test('example story: the summary leads with the fire, keeps no context-dependent fragment, cites only outlets that give its figures', async (t) => {
  if (!existsSync(HARBOUR)) return t.skip('examples/harbour-fire is absent');
  const d = await harbourDossier();
  assert.ok(d.summary.length >= 3);
  assert.match(d.summary[0].text, /fire/i, 'the lead is the event');
  for (const s of d.summary) {
    assert.ok(!/for (?:his|her) part|\balso\b/i.test(s.text), `no fragment that needs its context: ${s.text}`);
    assert.ok(s.support.length >= 2, `agreed facts only: ${s.text}`);
    // Every cited article's own sentence gives the summary sentence's figures.
    for (const n of s.text.match(/\b\d+\b/g) ?? []) {
      for (const x of s.sentences) assert.ok(/\d|twelve|forty/i.test(textOf(d, x)), `${x.article} cited for "${n}": ${textOf(d, x)}`);
    }
  }
  const nord = articleWith(d, 'At least 21 people');
  assert.ok(!d.summary.some((s) => /\b12\b/.test(s.text) && s.support.includes(nord)), 'the outlet that says 21 is not cited for 12');
});
