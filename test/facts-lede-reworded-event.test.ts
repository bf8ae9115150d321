/**
 * The main event told in other words by two outlets' ledes stays one consensus fact (issue #12):
 * - one name written out in one lede and as its initialism in the other ("the United States" /
 *   "the U.S."): the two subjects are one actor (predicates.ts otherActors, initialismNamed);
 * - a year before a comma ("in 2020, according to …") is a year of the sentence, a decade ("the
 *   1990s") is none, and a year inside a non-restrictive relative clause is background
 *   (facts.ts yearsIn): no false "another year";
 * - two ledes the main-event link joined are one claim for the one-claim gate too, though each
 *   adds circumstances of its own (one-claim.ts ledePair).
 * Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { otherActors, readAct } from '../src/compare/words/predicates.js';
import { yearsDiffer } from '../src/compare/facts/facts.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const shared = (text: string[]): string[][] => {
  const { dossier: d } = buildDossier(text.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  return d.facts.filter((f) => new Set(f.sentences.map((s) => s.article)).size > 1).map((f) => [...new Set(f.sentences.map((s) => s.article))].sort());
};

test('a name and its initialism are one actor, two names are still two', () => {
  const full = readAct('The number of burglaries in the United States jumped by nearly 20 percent in 2025, official figures show.');
  const short = readAct('The U.S. burglary rate increased nearly 20% in 2025, according to the bureau.');
  assert.ok(!otherActors(full, short, 0.5), '"United States" / "U.S." name one actor');
  assert.ok(!otherActors(short, full, 0.5));
  const un = readAct('The UN condemned the shelling of the Dalvik port on Monday.');
  const unFull = readAct('The United Nations condemned the shelling of the port of Dalvik on Monday.');
  assert.ok(!otherActors(un, unFull, 0.5), '"UN" / "United Nations"');
  // Another initialism, or another name, is still another actor.
  assert.ok(otherActors(readAct('The EU condemned the shelling of the Dalvik port on Monday.'), unFull, 0.5), '"EU" is not "United Nations"');
  assert.ok(otherActors(readAct('Prime Minister Kovac condemned the shelling of the Dalvik port on Monday.'), unFull, 0.5));
});

test('an initialism is one actor only with a run of the other subject, not with any capitalised words', () => {
  // "Ukraine's Kharkiv" (an owner and its own, outside the subject) is no "UK"; "Under New rules"
  // (a sentence's first word and a circumstance) is no "UN": two actors, whose figures the
  // conflicts stage must not compare as one.
  const uk = readAct("The UK pledged 200 million euros on Monday to rebuild power stations in the Kharkiv region.");
  const eu = readAct("The EU pledged 2 billion euros on Monday to rebuild power stations in Ukraine's Kharkiv region.");
  assert.ok(otherActors(uk, eu, 0), '"UK" is not spelled by "Ukraine\'s Kharkiv"');
  assert.ok(otherActors(eu, uk, 0));
  const un = readAct('The UN sent 40 trucks of food to the port on Monday.');
  const egypt = readAct('Under New Cairo rules, Egypt sent 400 trucks of food to the port on Monday.');
  assert.ok(otherActors(un, egypt, 0), '"UN" is not spelled by "Under New"');
  assert.ok(otherActors(egypt, un, 0));
  // A possessive inside the subject ends its run too.
  assert.ok(otherActors(readAct('The UK pledged 200 million euros on Monday to rebuild power stations.'), readAct("Ukraine's Kharkiv council pledged 2 million euros on Monday to rebuild power stations."), 0));
  // The subject's own name and initialism are still one actor.
  assert.ok(!otherActors(readAct('The United Kingdom pledged 2 billion euros on Monday.'), uk, 0));
});

test('years: a year before a comma counts, a decade and a relative clause of background do not', () => {
  const a = 'The Velmoran burglary rate increased nearly 20% in 2025, according to the bureau, though it is still down from the heights of the 1990s.';
  const b = 'Burglaries in Velmora jumped by nearly 20 percent in 2025 compared to the previous year.';
  assert.ok(!yearsDiffer(a, b), 'both tell of 2025');
  assert.ok(yearsDiffer('Burglaries rose in 2019, the bureau said.', b), 'a year before a comma is a year');
  assert.ok(!yearsDiffer('Its population reached 2,025,000 last year.', 'The census of 2024 counted the island.'), 'a figure is no year');
  const c = 'Dana Kell, who founded the harbour fund in 2017 with two partners, was arrested on Tuesday on fraud charges.';
  const d = 'Dana Kell, one of the top donors of the 2016 campaign, was arrested Tuesday morning on fraud charges.';
  assert.ok(!yearsDiffer(c, d), 'the relative clause is background, not the arrest');
  assert.ok(yearsDiffer('Kell was arrested in 2017 on fraud charges.', d));
});

test('two ledes of one measured event, one naming the country by its initialism, are one fact', () => {
  const facts = shared([
    'The number of burglaries in the United States jumped by nearly 20 percent in 2025 compared to the previous year in the largest single-year increase ever recorded, according to official bureau statistics released Monday. Police chiefs met in Denver to discuss the figures.',
    'The U.S. burglary rate increased nearly 20% in 2025, according to the bureau, making that the largest percentage increase in modern U.S. history, although it is still down from heights reached during the 1990s. Insurers said claims would rise.',
  ]);
  assert.ok(facts.some((f) => f.length === 2), 'the main event is a shared fact');
});

test('two ledes of one appointment, each with circumstances of its own, are one fact', () => {
  const facts = shared([
    'Rosa Tellan, who spent 18 years as a fire chief in the wealthy coastal towns of Harlow and Penmere and later ran the regional training academy, was named Friday to take over the Dalvik Fire Service as it tries to regain its footing after the warehouse blaze. The service has 400 staff.',
    'A new chief has been selected to lead the Dalvik Fire Service in the aftermath of the warehouse blaze where a crowd of onlookers blocked the fire engines. Tellan will start next month, officials said.',
  ]);
  assert.ok(facts.some((f) => f.length === 2), 'the appointment is a shared fact');
});

test('two ledes of one kind of act done to two people neither names are two facts', () => {
  // The lede link joins them (one act, shared names and day, each the other's best match), but
  // the councillor and the company owner are two people: a shared fact would cite the second
  // outlet for an arrest of a councillor it never reports.
  const facts = shared([
    'A veteran city councillor was arrested on Friday in Dalvik on suspicion of taking bribes, prosecutors said. Prosecutors said the payments were linked to the harbour contract awarded last year. The council will meet on Monday to discuss the case.',
    'The owner of a construction company was arrested on Friday in Dalvik on suspicion of paying bribes to win public works. The company built the new ferry terminal and two schools in the region. Its shares fell sharply on the news.',
  ]);
  assert.deepEqual(facts, [], 'no shared fact');
});
