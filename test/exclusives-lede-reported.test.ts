/**
 * Exclusives that are true (issue #12), on invented text: two outlets' ledes that tell one main
 * event in other words (other verbs, other frame: "have told the governor to scale back a plan" /
 * "warned the governor that the plan might not be possible"; "killed a law" / "repealed a law")
 * are each reported by the other (match/lede-pairs.ts ledeReported), so neither is listed as one
 * outlet's exclusive; nothing is merged into a consensus fact by it. Two ledes of one newsmaker on
 * two different acts stay exclusives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, file: `${id}.txt`, outlet, url: null, title: null, published: '2026-05-08', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

/** The texts of every listed exclusive, and of the facts two or more articles report. */
function coverage(texts: string[]): { exclusives: string[]; shared: string[] } {
  const { dossier: d } = buildDossier(texts.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  const textOf = (id: string): string => {
    const s = d.facts.find((f) => f.id === id)!.source;
    return d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
  };
  return {
    exclusives: d.coverage.exclusives.flatMap((e) => e.facts.map(textOf)),
    shared: d.facts.filter((f) => new Set(f.sentences.map((s) => s.article)).size > 1).map((f) => f.text),
  };
}

test('two ledes telling one event with other verbs are not exclusives', () => {
  const c = coverage([
    'Senior Velmora health officials have told Governor Ilse Marr to scale back a plan to offer booster shots to every adult later this month, according to people familiar with the talks. Pharmacies had ordered doses. The shots were promised in April.',
    'Two Velmora health officials warned the governor on Thursday that the booster plan she outlined this spring might not be possible because of missing data, the Courier reported. Doctors welcomed the advice. Her office did not comment.',
  ]);
  assert.ok(!c.exclusives.some((t) => /scale back a plan|warned the governor/.test(t)), JSON.stringify(c.exclusives));
});

test('a law killed and a law repealed: one event, no exclusive, and no consensus fact made of it', () => {
  const c = coverage([
    'The Velmora assembly on Tuesday killed a law that underpinned the curfews Governor Ilse Marr issued in 2024, wiping it from the books after the high court declared it void. Marr called the vote reckless. Shops may now open late.',
    'In a rebuke to Ilse Marr, the opposition-led Velmora assembly repealed a 60-year-old law that gave the governor broad emergency powers used to close the harbour during the storms. Her aides were silent. The repeal takes effect at once.',
  ]);
  assert.ok(!c.exclusives.some((t) => /killed a law|repealed a 60-year-old law/.test(t)), JSON.stringify(c.exclusives));
  // Coverage only: the two ledes are not joined into one fact by this.
  assert.ok(!c.shared.some((t) => /killed a law|repealed a 60-year-old law/.test(t)), JSON.stringify(c.shared));
});

test('two acts of one newsmaker stay exclusives', () => {
  const acts = coverage([
    'Velmora Governor Ilse Marr on Monday signed a ban on trawling in the northern strait, citing collapsing cod stocks. Trawler owners said they would sue. The ban starts in May.',
    'Velmora Governor Ilse Marr on Monday named a former navy admiral as the new chief of the harbour authority. The admiral led the coast guard for a decade. He takes office in June.',
  ]);
  assert.ok(acts.exclusives.some((t) => /signed a ban/.test(t)), JSON.stringify(acts.exclusives));
  assert.ok(acts.exclusives.some((t) => /named a former navy admiral/.test(t)), JSON.stringify(acts.exclusives));
});

