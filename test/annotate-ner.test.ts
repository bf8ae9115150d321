/**
 * The name tagger (src/annotate/ner/) as annotate uses it, combined with the rules
 * (src/annotate/mentions.ts): clubs and companies typed as organizations, an ALL-CAPS dateline
 * kept whole, roles still split, the same input giving the same mentions. Fixtures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { findMentions } from '../src/annotate/mentions.js';
import { BITS, hashFeature, NLABELS, prepareDoc, staticFeatures } from '../src/annotate/ner/features.js';
import { allowed, namesOf, tagLabels } from '../src/annotate/ner/tagger.js';
import { splitSentences } from '../src/annotate/sentences.js';
import { tokenize } from '../src/annotate/tokens.js';
import type { AnnotatedArticle } from '../src/core/schema.js';
import { checkSpans } from './helpers/spans.js';

function read(text: string): AnnotatedArticle {
  const a = annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });
  checkSpans(a);
  return a;
}
const typesOf = (a: AnnotatedArticle, name: string): string[] => a.mentions.filter((m) => m.text === name).map((m) => m.type);

const STORY =
  'BARCELONA BEAT REAL MADRID IN CUP FINAL\n' +
  'NEW YORK 2026-03-02\n' +
  'Real Madrid lost 2-1 to Barcelona on Sunday, and coach Marco Feldan said the U.N. envoy had watched the match. ' +
  'Norvex Holdings fell after Halvard Mining Corp reported a loss.';

test('names: clubs, companies and the U.N. are organizations; an ALL-CAPS dateline stays whole', () => {
  const a = read(STORY);
  assert.deepEqual(typesOf(a, 'Real Madrid'), ['organization']);
  assert.deepEqual(typesOf(a, 'U.N.'), ['organization']);
  assert.deepEqual(typesOf(a, 'Norvex Holdings'), ['organization']);
  assert.deepEqual(typesOf(a, 'Halvard Mining Corp'), ['organization']);
  assert.deepEqual(typesOf(a, 'NEW YORK'), ['place']);
  assert.ok(!a.mentions.some((m) => m.text === 'YORK'));
  const coach = a.mentions.find((m) => m.text === 'Marco Feldan');
  assert.equal(coach?.type, 'person');
  assert.equal(coach?.role?.text, 'coach');
});

test('names: the tagger finds what the rules alone miss or mistype', () => {
  const tok = tokenize(STORY);
  const rules = findMentions(STORY, tok, splitSentences(STORY), 'rules');
  // The rules type the club as "other" and cut the dateline; the combination does not.
  assert.notDeepEqual(rules.find((m) => m.text === 'Real Madrid')?.type, 'organization');
  assert.ok(rules.some((m) => m.text === 'YORK'));
});

test('names: the same text gives the same mentions; features are the same per token', () => {
  const one = JSON.stringify(read(STORY).mentions);
  const two = JSON.stringify(read(STORY).mentions);
  assert.equal(one, two);
  const tok = tokenize(STORY);
  const d1 = prepareDoc(STORY, tok, splitSentences(STORY));
  const d2 = prepareDoc(STORY, tok, splitSentences(STORY));
  for (let i = 0; i < tok.count; i++) assert.deepEqual(staticFeatures(d1, i), staticFeatures(d2, i));
});

test('names: a name never runs across a comma, dash or line; it does across "&" and an apostrophe', () => {
  const text = 'Norvex, Halvard and Quillon bid. Procter & Gamble sold. Hmeimim — Tartous.\nAlpha Beta';
  const tok = tokenize(text);
  const d = prepareDoc(text, tok, splitSentences(text));
  const at = (w: string): number => tok.starts.findIndex((s, k) => text.slice(s, tok.ends[k]) === w);
  const I_ORG = 6;
  const B_ORG = 5;
  assert.equal(allowed(d, at('Halvard'), B_ORG, I_ORG), false);
  assert.equal(allowed(d, at('Gamble'), B_ORG, I_ORG), true);
  assert.equal(allowed(d, at('Tartous'), B_ORG, I_ORG), false);
  assert.equal(allowed(d, at('Alpha'), B_ORG, I_ORG), false);
  assert.equal(allowed(d, at('Beta'), B_ORG, I_ORG), true);
  assert.equal(allowed(d, at('Gamble'), 3, I_ORG), false); // I-ORG only after B-ORG or I-ORG
});

test('names: decoding is exact over a stretch, so a later word can type the whole name', () => {
  // Weights by hand: "Zyxa" alone leans person, "Wolk" is strongly inside an organization. A
  // left-to-right greedy tagger takes B-PER for "Zyxa" and can then only start a new name at
  // "Wolk"; the best sequence of the two is one organization.
  const text = 'Yesterday Zyxa Wolk said so.';
  const tok = tokenize(text);
  const d = prepareDoc(text, tok, splitSentences(text));
  const w = new Float32Array((1 << BITS) * NLABELS);
  const set = (feature: string, label: number, v: number): void => {
    w[hashFeature(feature) * NLABELS + label] += v;
  };
  set('w=Zyxa', 1, 2); // B-PER
  set('w=Zyxa', 5, 1); // B-ORG
  set('w=Wolk', 6, 5); // I-ORG
  set('w=Wolk', 5, 0.5); // B-ORG
  const labels = tagLabels(d, w);
  const k = tok.starts.findIndex((s) => text.startsWith('Zyxa', s));
  assert.deepEqual([labels[k], labels[k + 1]], [5, 6]);
  assert.deepEqual(namesOf(labels).map((n) => [n.first, n.last, n.type]), [[k, k + 1, 3]]);
});

test('a sentence-initial capital that is one of the most frequent English words is no name', () => {
  // The article never writes "get" in lower case, so only its frequency says it is a word.
  const a = read('The mayor spoke on Monday. Get Tessa Marrow out, he said.');
  assert.deepEqual(a.mentions.map((m) => m.text), ['Tessa Marrow']);
});

test('a party-and-state tag is no entity; an inverted "Said" before a quote is no part of the name', () => {
  const art = (text: string) => annotate({ id: 'a', text, published: '2026-02-12', title: null, outlet: 'x' } as never);
  const a = art('Rep. Tomas Orvel (R-Texas) said the harbour fund was large. Sen. Ila Marten, D-Calif., disagreed.');
  assert.deepEqual(a.mentions.map((m) => m.text), ['Tomas Orvel', 'Ila Marten']);
  const b = art('The mayor spoke first. Said Greta Mills, "We will rebuild the harbour wall."');
  assert.ok(b.mentions.some((m) => m.text === 'Greta Mills' && m.type === 'person'), JSON.stringify(b.mentions));
  assert.equal(b.quotes[0]?.speaker?.text, 'Greta Mills');
  const c = art('The race was fast. Said Aouita won the final in Rome.');
  assert.ok(!c.mentions.some((m) => m.text === 'Aouita'), 'a name "Said …" stays whole when no quote follows');
});

test('a capitalised identity adjective before its noun is no name; the same word as a surname stays', () => {
  const art = (text: string) => annotate({ id: 'a', text, published: '2026-02-12', title: null, outlet: 'x' } as never);
  const a = art('The panel studied the death rate among Black expectant mothers in Harbourton. Many Black voters agreed.');
  assert.deepEqual(a.mentions.map((m) => m.text), ['Harbourton']);
  const b = art('The judge told Black that he would be released. Tomas Black smiled.');
  assert.ok(b.mentions.some((m) => m.text === 'Black'), JSON.stringify(b.mentions));
});

test('a lone given name cut by the excerpt\'s ellipsis at the end of the text is no name; a whole one stays', () => {
  const cut = read('The pledge revives a target set under former President Tomas Reval that was scrapped by former President Donald...');
  assert.deepEqual(typesOf(cut, 'Donald'), [], 'the surname was cut off: no person "Donald"');
  assert.deepEqual(typesOf(cut, 'Tomas Reval'), ['person']);
  const whole = read('The target was scrapped by Donald, his brother said, and the talks went on...');
  assert.deepEqual(typesOf(whole, 'Donald'), ['person'], 'not at the cut: the name stays');
  const surname = read('The target was scrapped by former President Reval...');
  assert.deepEqual(typesOf(surname, 'Reval'), ['person'], 'a surname at the cut is a whole name');
});
