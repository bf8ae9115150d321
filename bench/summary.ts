/**
 * Summary quality: ROUGE-1/2 recall of the dossier summary against human reference summaries of
 * multi-document news (../shared/bench/stories: duc2003, duc2006, multiling2011 with their
 * `.summaries.jsonl`), and of a plain TF-IDF centroid extractive baseline in the same run.
 *
 * ROUGE as ROUGE-1.5.5 computes it with the DUC settings (`-m -n 2 -l N`, stopwords kept):
 * lower-case, every character other than a-z and 0-9 a space, Porter stemming of words longer
 * than three letters (the `stemmer` package is Martin Porter's 1980 algorithm, the one
 * ROUGE-1.5.5's porter.pm implements), the summary cut after its first N words, n-gram counts
 * clipped per reference, and all references of a story pooled (total matches over total
 * reference n-grams: ROUGE's `-f A` model averaging). Figures are the mean over stories, ×100.
 *
 * Also the lead's precision: the share of the summary's first sentence's unigrams and bigrams that
 * some reference summary of the story has (leadPrecision), a proxy for "the lead states the main
 * event" where no one labelled the leads.
 *
 * Stories are split deterministically by a hash of their id into a dev part (rules were chosen
 * and errors read there only) and a held-out part; both are reported. Skipped, with a message,
 * when ../shared is absent.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../src/annotate/sentences.js';
import { buildDossier } from '../src/compare/dossier.js';
import { stem } from '../src/compare/words/text.js';
import type { Article } from '../src/core/schema.js';
import { buildArticle } from '../src/ingest/article.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';

interface StoryRecord {
  id: string;
  story: string;
  title: string;
  text: string;
  outlet: string | null;
  published: string | null;
}

/** The corpora and the summary length their task asks for (DUC 2003 task 2: 100 words; the others 250). */
const CORPORA: Array<{ name: string; words: number }> = [
  { name: 'duc2003', words: 100 },
  { name: 'duc2006', words: 250 },
  { name: 'multiling2011', words: 250 },
];

/** ROUGE-1.5.5 tokens: lower case, non-alphanumerics to spaces, Porter stems for words over three letters. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 ? stem(w) : w));
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Pooled ROUGE-N recall of a peer (already cut) against several references. */
export function rougeRecall(peer: string[], refs: string[][], n: number): number {
  const p = ngrams(peer, n);
  let hit = 0;
  let total = 0;
  for (const r of refs) {
    const rg = ngrams(r, n);
    for (const [g, c] of rg) {
      total += c;
      hit += Math.min(c, p.get(g) ?? 0);
    }
  }
  return total ? hit / total : 0;
}

/** The first `words` ROUGE tokens of a summary (ROUGE's `-l`). */
export function cut(text: string, words: number): string[] {
  return rougeTokens(text).slice(0, words);
}

/** FNV-1a hash: the dev / held-out split must not depend on file order or on a random seed. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
/** The dev half of a corpus's stories: the first half in order of their hash (ties by id). */
export function devStories(stories: string[]): Set<string> {
  const order = [...stories].sort((a, b) => fnv(a) - fnv(b) || (a < b ? -1 : a > b ? 1 : 0));
  return new Set(order.slice(0, Math.ceil(order.length / 2)));
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * The TF-IDF centroid baseline (MEAD-style, plain): the story's centroid is the mean tf-idf
 * vector of its articles (idf over the articles of the whole corpus); sentences of seven words
 * or more are ranked by cosine with it and taken in that order, skipping one whose cosine with a
 * sentence already taken exceeds 0.5, until the length is reached.
 */
function centroidSummary(docs: StoryRecord[], idf: Map<string, number>, words: number): string {
  const vec = (toks: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of toks) m.set(t, (m.get(t) ?? 0) + (idf.get(t) ?? 0));
    return m;
  };
  const norm = (v: Map<string, number>): number => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
  const cos = (a: Map<string, number>, b: Map<string, number>): number => {
    let s = 0;
    for (const [k, x] of a) s += x * (b.get(k) ?? 0);
    return s / (norm(a) * norm(b));
  };
  const centroid = new Map<string, number>();
  const sents: Array<{ text: string; v: Map<string, number>; score: number; order: number }> = [];
  for (const d of docs) {
    const v = vec(rougeTokens(d.text));
    for (const [k, x] of v) centroid.set(k, (centroid.get(k) ?? 0) + x / docs.length);
    for (const s of splitSentences(d.text)) {
      const text = d.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      const toks = rougeTokens(text);
      if (toks.length < 7) continue;
      sents.push({ text, v: vec(toks), score: 0, order: sents.length });
    }
  }
  for (const s of sents) s.score = cos(s.v, centroid);
  sents.sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: typeof sents = [];
  let n = 0;
  for (const s of sents) {
    if (n >= words) break;
    if (chosen.some((c) => cos(c.v, s.v) > 0.5)) continue;
    chosen.push(s);
    n += rougeTokens(s.text).length;
  }
  return chosen.map((c) => c.text).join(' ');
}

interface Scores {
  stories: number;
  r1: number;
  r2: number;
  baseR1: number;
  baseR2: number;
  /** Summaries with no sentence, and the mean number of sentences and words of ours. */
  empty: number;
  meanSentences: number;
  meanWords: number;
  /** The first sentence's unigram and bigram precision against the references (leadPrecision). */
  leadP1: number;
  leadP2: number;
}

const round = (x: number): number => Math.round(x * 1000) / 10;

/**
 * How much of the summary's first sentence the human summaries say too: the share of its ROUGE
 * n-grams found in one of the references (precision, not recall: one sentence cannot recall a
 * summary). The reference summaries of a topic state its main event; a lead that tells a side
 * remark, a quote or background shares few of their bigrams. A proxy for "the lead states the
 * main event" on collections no one labelled, printed for both halves.
 */
export function leadPrecision(lead: string, refs: string[][], n: number): number {
  const p = ngrams(rougeTokens(lead), n);
  const have = new Set<string>();
  for (const r of refs) for (const g of ngrams(r, n).keys()) have.add(g);
  let hit = 0;
  let total = 0;
  for (const [g, c] of p) {
    total += c;
    if (have.has(g)) hit += c;
  }
  return total ? hit / total : 0;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  const dir = shared ? path.join(shared, 'bench', 'stories') : null;
  if (!dir || !existsSync(path.join(dir, 'duc2003.jsonl'))) {
    process.stdout.write(`summary: skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const only = process.env.SUMMARY_CORPUS;
  const result: Record<string, unknown> = {};
  for (const { name, words } of CORPORA) {
    if (only && only !== name) continue;
    const docs = readJsonl<StoryRecord>(path.join(dir, `${name}.jsonl`));
    const refs = readJsonl<{ story: string; summary: string }>(path.join(dir, `${name}.summaries.jsonl`));
    const byStory = new Map<string, StoryRecord[]>();
    for (const d of docs) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);
    const df = new Map<string, number>();
    for (const d of docs) for (const t of new Set(rougeTokens(d.text))) df.set(t, (df.get(t) ?? 0) + 1);
    const idf = new Map([...df].map(([t, c]) => [t, Math.log(docs.length / c)]));
    const dev = devStories([...byStory.keys()]);
    const parts: Record<string, Scores> = {};
    const misses: string[] = [];
    for (const part of (process.env.SUMMARY_PART ? [process.env.SUMMARY_PART] : ['dev', 'heldout']) as Array<'dev' | 'heldout'>) {
      const acc: Scores = { stories: 0, r1: 0, r2: 0, baseR1: 0, baseR2: 0, empty: 0, meanSentences: 0, meanWords: 0, leadP1: 0, leadP2: 0 };
      for (const story of [...byStory.keys()].sort()) {
        if (dev.has(story) !== (part === 'dev')) continue;
        const sdocs = byStory.get(story)!;
        const rs = refs.filter((r) => r.story === story).map((r) => rougeTokens(r.summary));
        if (!rs.length) continue;
        const articles: Article[] = sdocs.map((d, i) =>
          buildArticle({ source: d.id, format: 'text', content: d.text, meta: { title: d.title || undefined, outlet: d.outlet ?? undefined, published: d.published ?? undefined } }, `a${i + 1}`),
        );
        const { dossier } = buildDossier(articles, { summaryWords: words });
        const ours = dossier.summary.map((s) => s.text).join(' ');
        const peer = cut(ours, words);
        const base = cut(centroidSummary(sdocs, idf, words), words);
        acc.stories++;
        acc.r1 += rougeRecall(peer, rs, 1);
        acc.r2 += rougeRecall(peer, rs, 2);
        acc.baseR1 += rougeRecall(base, rs, 1);
        acc.baseR2 += rougeRecall(base, rs, 2);
        const lead = dossier.summary[0]?.text ?? '';
        acc.leadP1 += leadPrecision(lead, rs, 1);
        acc.leadP2 += leadPrecision(lead, rs, 2);
        if (dossier.summary.length === 0) acc.empty++;
        acc.meanSentences += dossier.summary.length;
        acc.meanWords += rougeTokens(ours).length;
        if (part === 'dev' && process.env.SUMMARY_SHOW) misses.push(`--- ${story}\n${dossier.summary.map((s, i) => `${i + 1}. [${s.support.length}] ${s.text}`).join('\n')}`);
      }
      const n = Math.max(1, acc.stories);
      parts[part] = {
        stories: acc.stories,
        r1: round(acc.r1 / n),
        r2: round(acc.r2 / n),
        baseR1: round(acc.baseR1 / n),
        baseR2: round(acc.baseR2 / n),
        empty: acc.empty,
        meanSentences: Math.round((acc.meanSentences / n) * 10) / 10,
        meanWords: Math.round(acc.meanWords / n),
        leadP1: round(acc.leadP1 / n),
        leadP2: round(acc.leadP2 / n),
      };
      const p = parts[part];
      process.stdout.write(
        `${name.padEnd(14)} ${part.padEnd(8)} ${String(p.stories).padStart(3)} stories, ${words} words: ours R-1 ${p.r1.toFixed(1)} R-2 ${p.r2.toFixed(1)} | centroid baseline R-1 ${p.baseR1.toFixed(1)} R-2 ${p.baseR2.toFixed(1)} | empty ${p.empty}, ${p.meanSentences} sentences, ${p.meanWords} words | lead P-1 ${p.leadP1.toFixed(1)} P-2 ${p.leadP2.toFixed(1)}\n`,
      );
    }
    if (misses.length) process.stdout.write(misses.join('\n') + '\n');
    result[name] = { words, ...parts };
  }
  return result;
}
