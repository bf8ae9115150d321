import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MATCH_THRESHOLD, buildMatchContext, candidateKeys, matchScore, prepareSentence } from '../src/compare/match/match.js';
import { tokenize } from '../src/compare/words/text.js';

// Our own sentences (no benchmark data): a small story about a port fire, plus unrelated news.
const STORY = [
  'Firefighters battled a blaze at a warehouse in the harbour district on Tuesday night.',
  'A fire broke out on Tuesday night at a harbour district warehouse, and firefighters fought it for hours.',
  'The city council approved a new budget for public libraries.',
  'Three workers were taken to hospital with smoke inhalation, the fire service said.',
  'The fire service said three workers were treated in hospital for smoke inhalation.',
  'Eleven workers were taken to hospital with smoke inhalation, the fire service said.',
  'Shares of the shipping company fell 4 percent in early trading.',
  'The national football team lost its opening match of the tournament.',
];

function scorer(sentences: string[]) {
  const ctx = buildMatchContext(sentences);
  return (a: string, b: string) => matchScore(prepareSentence(a, ctx), prepareSentence(b, ctx), ctx);
}

test('the interface: scores are probabilities, the threshold is inside (0, 1), prepared sentences keep their text', () => {
  const ctx = buildMatchContext(STORY);
  const p = prepareSentence(STORY[0], ctx);
  assert.equal(p.text, STORY[0]);
  assert.ok(MATCH_THRESHOLD > 0 && MATCH_THRESHOLD < 1);
  // Nothing to compare: never "the same", even with itself.
  assert.equal(matchScore(prepareSentence('', ctx), prepareSentence(' -- ', ctx), ctx), 0);
  for (const a of STORY) {
    for (const b of STORY) {
      const s = matchScore(prepareSentence(a, ctx), prepareSentence(b, ctx), ctx);
      assert.ok(s >= 0 && s <= 1 && Number.isFinite(s), `${s} for ${a} / ${b}`);
    }
  }
});

test('reworded reports of one fact are the same; unrelated sentences are not', () => {
  const score = scorer(STORY);
  assert.ok(score(STORY[0], STORY[1]) >= MATCH_THRESHOLD, 'fire reworded');
  assert.ok(score(STORY[3], STORY[4]) >= MATCH_THRESHOLD, 'hospital reworded');
  assert.ok(score(STORY[0], STORY[2]) < MATCH_THRESHOLD, 'fire vs budget');
  assert.ok(score(STORY[6], STORY[7]) < MATCH_THRESHOLD, 'shares vs football');
  assert.ok(score(STORY[3], STORY[6]) < MATCH_THRESHOLD, 'hospital vs shares');
  // An identical sentence is the strongest match there is.
  assert.ok(score(STORY[0], STORY[0]) > score(STORY[0], STORY[1]));
});

test('a different number lowers the score', () => {
  const score = scorer(STORY);
  const same = score(STORY[3], 'Three workers were taken to hospital with smoke inhalation, fire officials said.');
  const other = score(STORY[5], 'Three workers were taken to hospital with smoke inhalation, fire officials said.');
  assert.ok(other < same, `${other} should be below ${same}`);
  const digits = score('Police arrested 12 people after the protest.', 'Police arrested 12 people after the demonstration.');
  const conflict = score('Police arrested 12 people after the protest.', 'Police arrested 40 people after the demonstration.');
  assert.ok(conflict < digits, `${conflict} should be below ${digits}`);
});

test('the score is symmetric and deterministic across fresh contexts', () => {
  const s1 = scorer(STORY);
  const s2 = scorer([...STORY]);
  for (const [a, b] of [[STORY[0], STORY[1]], [STORY[3], STORY[5]], [STORY[2], STORY[7]]]) {
    assert.equal(s1(a, b), s1(b, a));
    assert.equal(s1(a, b), s2(a, b));
  }
});

test('with only two sentences the frequency prior still makes rare words count more than function words', () => {
  const ctx = buildMatchContext([STORY[0], STORY[2]]);
  const keys = candidateKeys(prepareSentence(STORY[0], ctx), ctx);
  assert.ok(keys.length > 0 && keys.length <= 6);
  assert.ok(keys.includes('warehous'), keys.join(' '));
  for (const fn of ['the', 'at', 'a', 'on', 'in']) assert.ok(!keys.includes(fn), `${fn} in ${keys.join(' ')}`);
  // Sentences that report the same fact share a candidate key.
  const k2 = candidateKeys(prepareSentence(STORY[1], ctx), ctx);
  assert.ok(keys.some((k) => k2.includes(k)));
});

test('tokens: numbers, scales, percent signs, accents and negation are normalised', () => {
  const stems = (s: string) => tokenize(s).map((t) => t.stem);
  assert.ok(stems('It sold for $2.5 billion.').includes('2500000000'));
  assert.ok(stems('It sold for 2,500 million dollars.').includes('2500000000'));
  assert.deepEqual(stems('up 4.4%').slice(1), stems('up 4.4 percent').slice(1));
  assert.ok(stems('five people').includes('5'));
  assert.deepEqual(stems('Hmeïmim'), stems('Hmeimim'));
  assert.ok(stems("The minister didn't resign.").includes('not'));
  const caps = tokenize('Officials in Damascus met Putin.').filter((t) => t.cap).map((t) => t.norm);
  assert.deepEqual(caps, ['damascus', 'putin']);
});

test('the shipped model was trained on the current features, in order', async () => {
  const { FEATURE_NAMES, pairFeatures } = await import('../src/compare/match/features.js');
  const { MATCH_MODEL } = await import('../src/compare/match/match-model.js');
  assert.deepEqual(MATCH_MODEL.features, [...FEATURE_NAMES]);
  const ctx = buildMatchContext(STORY);
  assert.equal(pairFeatures(prepareSentence(STORY[0], ctx), prepareSentence(STORY[1], ctx), ctx).length, FEATURE_NAMES.length);
});

test('bit-parallel LCS equals the dynamic programme, short and long sentences alike', async () => {
  const { lcs, lcsTable } = await import('../src/compare/match/features.js');
  const words = ['the', 'fire', 'crews', 'harbour', 'said', 'on', 'tuesday', 'warehouse', 'a', 'blaze'];
  // Deterministic pseudo-random sentences of 1–45 words (longer than 30 uses the fallback).
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const sentence = () => Array.from({ length: 1 + Math.floor(next() * 45) }, () => words[Math.floor(next() * words.length)]).join(' ');
  const texts = Array.from({ length: 120 }, sentence);
  const ctx = buildMatchContext(texts);
  const p = texts.map((t) => prepareSentence(t, ctx));
  for (let i = 0; i + 1 < p.length; i += 2) {
    assert.equal(lcs(p[i], p[i + 1]), lcsTable(p[i].seq, p[i + 1].seq), `${texts[i]} / ${texts[i + 1]}`);
    assert.equal(lcs(p[i], p[i + 1]), lcs(p[i + 1], p[i]));
  }
});
