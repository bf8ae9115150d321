/**
 * Growth ratios: every annotator, the cleaner and the feed sniffing on adversarial inputs of
 * 10 KB, 100 KB and 1 MB. The test asserts how the CPU time grows with the input, never an
 * absolute time: ten times the input must cost less than thirty times the time (a linear stage
 * costs ~10×, a quadratic one ~100×). Generous on purpose — the machine may be loaded — and a
 * floor keeps a sub-millisecond small run from making the ratio noise. A stage that already
 * fails at 100 KB is not run at 1 MB (it could take minutes).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/annotate/sentences.js';
import { tokenize } from '../src/annotate/tokens.js';
import { findMentions } from '../src/annotate/mentions.js';
import { findTimes } from '../src/annotate/times/index.js';
import { findQuantities } from '../src/annotate/quantities.js';
import { findQuotes } from '../src/annotate/quotes.js';
import { annotate } from '../src/annotate/index.js';
import { cleanText } from '../src/ingest/clean.js';
import { looksLikeFeed, parseFeed, prologEnd } from '../src/ingest/feeds.js';
import { splitSpan } from '../src/compare/match/long-sentences.js';
import { withoutDescriptions } from '../src/compare/facts/background-links.js';
import type { Article } from '../src/core/schema.js';

const SIZES = [10_000, 100_000, 1_000_000];
/**
 * Ten times the input may cost at most this many times the time. Linear is 10×; a quadratic stage
 * is ~100×. A 1 MB input also pays major garbage collections that a 100 KB one never triggers, so
 * linear stages measured 30–33× on a loaded machine (the feed parser on 1 MB of declarations:
 * 303 ms, and 1,161 ms on 3 MB — linear from there); 40× keeps the quadratic ones caught.
 */
const MAX_RATIO = 40;
/** Times under this (ms) count as this: below it the clock and the JIT are all there is. */
const FLOOR_MS = 10;

const rep = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Inputs that defeat a naive regex or an all-pairs loop in at least one stage each. */
const INPUTS: Record<string, (n: number) => string> = {
  'no sentence end': (n) => rep('the minister said that Ruzhgrad would ', n),
  'capitalised run': (n) => rep('Alpha Beta Gamma ', n),
  'one capitalised token': (n) => 'X' + rep('A', n) + ', the x,',
  'capitalised run with commas': (n) => rep('Alpha Beta, ', n),
  'unclosed quote': (n) => '“' + rep('we will go, he said and ', n),
  'many quotes': (n) => rep('“We will go,” he said “and ', n),
  'straight quotes': (n) => rep('"a" ', n),
  'digits and separators': (n) => rep('1,2 3.4 5-6 ', n),
  'dates': (n) => rep('on 12 March 2024 last March until Friday ', n),
  'one long word before @': (n) => rep('a', n) + '@ x',
  'dotted word before @': (n) => rep('aaaaaaaaa.', n) + '@ x',
  'abbreviations': (n) => rep('Mr. A. B. ', n),
  'blank lines': (n) => rep('A short line.\n\n', n),
  'stop words': (n) => rep('has had also then later ', n),
  // Once quadratic in quote attribution (a 260 KB paragraph of 20,000 quotes took ~10 s).
  'quoted words inside an open quote': (n) => '“' + rep('word "x" and ', n),
  'single quotes': (n) => rep("'a' ", n),
  'possessives': (n) => rep("Syria's ", n),
  // Markdown and entity runs that once made the cleaner's line regexes backtrack.
  'link openers': (n) => rep('[a](', n),
  'angle brackets': (n) => rep('<', n),
  'image openers': (n) => rep('![', n) + 'a](',
  'bold openers': (n) => rep('**a ', n),
  'entity openers': (n) => rep('&#', n),
  'parenthesised paths': (n) => rep('(a/', n),
};

/** annotate() itself adds URL and e-mail spans: timed on the inputs that have an @ or a URL. */
const ADDRESS_INPUTS: Record<string, (n: number) => string> = {
  'one long word before @': INPUTS['one long word before @'],
  'dotted word before @': INPUTS['dotted word before @'],
  'many @': (n) => rep('a@b.', n),
  'URL run': (n) => 'see http://' + rep('a/', n),
};

const article = (text: string): Article => ({
  id: 'a1', file: 'x.txt', outlet: null, url: null, title: null, published: '2025-10-15', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [],
});

/** The layers a stage reads, made before the clock starts: only the stage itself is timed. */
interface Prepared {
  text: string;
  sentences: ReturnType<typeof splitSentences>;
  tokens: ReturnType<typeof tokenize>;
  mentions: ReturnType<typeof findMentions>;
}
function prepare(text: string): Prepared {
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  return { text, sentences, tokens, mentions: findMentions(text, tokens, sentences) };
}

/** The stages timed on every input. */
const STAGES: Record<string, (p: Prepared) => unknown> = {
  sentences: (p) => splitSentences(p.text),
  tokens: (p) => tokenize(p.text),
  mentions: (p) => findMentions(p.text, p.tokens, p.sentences),
  times: (p) => findTimes(p.text, '2025-10-15', p.sentences, p.tokens),
  quantities: (p) => findQuantities(p.text, p.tokens, []),
  quotes: (p) => findQuotes(p.text, p.sentences, p.mentions),
  clean: (p) => cleanText(p.text),
  'long-sentence split': (p) => splitSpan(p.text, 0, p.text.length),
  // The fact stage's apposition and title patterns (facts/background-links.ts): once quadratic in
  // one capitalised token or run.
  'name descriptions': (p) => withoutDescriptions(p.text),
};

/** Feed sniffing has its own adversarial inputs: runs of comments and processing instructions. */
const FEED_INPUTS: Record<string, (n: number) => string> = {
  'comment run': (n) => rep('<!-- -->', n) + '<x/>',
  'unclosed comment': (n) => '<!--' + rep('-- ', n),
  'declarations': (n) => rep('<?x ?>', n) + '<html>',
};
const FEED_STAGES: Record<string, (text: string) => unknown> = {
  sniff: (t) => looksLikeFeed(t),
  prolog: (t) => prologEnd(t, true),
  parse: (t) => {
    try {
      return parseFeed('f.xml', t);
    } catch {
      return null;
    }
  },
};

function cpuMs(f: () => unknown, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage();
    f();
    const t = process.cpuUsage(t0);
    best = Math.min(best, (t.user + t.system) / 1000);
  }
  return best;
}

/** Times `stages` on `make(n)` for each size; fails on the first stage whose growth is too steep. */
function checkGrowth<P>(input: string, make: (n: number) => string, prep: (t: string) => P, stages: Record<string, (p: P) => unknown>): void {
  const prev = new Map<string, number>();
  for (const [stage, run] of Object.entries(stages)) run(prep(make(SIZES[0]))); // warm the JIT
  for (const n of SIZES) {
    const p = prep(make(n));
    for (const [stage, run] of Object.entries(stages)) {
      let ms = cpuMs(() => run(p), n >= 1_000_000 ? 1 : 3);
      const before = prev.get(stage);
      if (before !== undefined) {
        const over = (): boolean => Math.max(ms, FLOOR_MS) / Math.max(before, FLOOR_MS) >= MAX_RATIO;
        // A single 1 MB run can catch a garbage collection or a busy neighbour (30.8× once under
        // load): before failing, take the best of two more runs. A quadratic stage stays ~100×.
        if (over()) ms = Math.min(ms, cpuMs(() => run(p), 2));
        const ratio = Math.max(ms, FLOOR_MS) / Math.max(before, FLOOR_MS);
        assert.ok(ratio < MAX_RATIO, `${stage} on "${input}": ${n / 1000} KB took ${ms.toFixed(1)} ms, ${ratio.toFixed(1)}× the time of a tenth of it (limit ${MAX_RATIO}×)`);
      }
      prev.set(stage, ms);
    }
  }
}

test('annotators and the cleaner grow near-linearly on adversarial inputs (10 KB → 100 KB → 1 MB)', () => {
  for (const [input, make] of Object.entries(INPUTS)) checkGrowth(input, make, prepare, STAGES);
});

test('annotate: URL and e-mail spans grow near-linearly', () => {
  for (const [input, make] of Object.entries(ADDRESS_INPUTS)) checkGrowth(input, make, (t) => t, { annotate: (t: string) => annotate(article(t)) });
});

test('feed sniffing grows near-linearly on runs of comments and declarations', () => {
  for (const [input, make] of Object.entries(FEED_INPUTS)) checkGrowth(input, make, (t) => t, FEED_STAGES);
});
