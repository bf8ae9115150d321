/**
 * Developer script (not a benchmark): learns the summary's priors, src/compare/summary/summary-priors.ts,
 * from the dev halves of the multi-document summarization stories
 * in ../shared/bench/stories (duc2003, duc2006, multiling2011 with their human references; the
 * same halves bench/summary.ts calls dev, so the held-out halves stay unseen).
 *
 * What it measures: for every sentence of six words or more, the share of its word bigrams (ROUGE
 * tokens: Porter stems, stopwords kept) that the story's reference summaries use — how much of the
 * sentence a human summary would take. The prior of position k (0 = an article's first sentence)
 * is the mean share at k over the mean share at all positions, each corpus weighted alike (DUC
 * 2006 has ten times MultiLing's sentences), positions from MAX_POSITION on pooled into one
 * bucket (few articles are that long, and the share is flat there), and the curve made
 * non-increasing (the raw means wobble from one position to the next). News puts the event first
 * (the inverted pyramid); this measures by how much, instead of guessing a curve.
 *
 * The first-person prior is the same ratio for sentences grouped by their article's share of
 * sentences in which the writer says "I" or "we" outside quotation marks (summary.ts
 * firstPersonShare): none, under a tenth, under a fifth, a fifth or more. Columns, reviews and
 * first-person features are the last groups; what they say is rarely what a summary of the event
 * says.
 *
 *   npx tsc -p . && node dist/bench/build-summary-priors.js
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../src/annotate/sentences.js';
import { buildArticle } from '../src/ingest/article.js';
import { sharedDir } from '../test/helpers/shared.js';
import { devStories, rougeTokens } from './summary.js';
import { firstPersonShare } from '../src/compare/summary/summary.js';

const CORPORA = ['duc2003', 'duc2006', 'multiling2011'];
/** Positions from here on are one bucket. */
const MAX_POSITION = 12;
/** Sentences shorter than this are headlines, datelines or fragments (the summary skips them too). */
const MIN_TOKENS = 6;

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const shared = sharedDir();
const dir = shared ? path.join(shared, 'bench', 'stories') : null;
if (!dir || !existsSync(path.join(dir, 'duc2003.jsonl'))) {
  process.stderr.write('build-position-prior: ../shared/bench/stories is absent\n');
  process.exit(2);
}
/**
 * The closest non-increasing sequence (pool adjacent violators): a later sentence is never worth
 * more than an earlier one for being later. The raw means wobble by a tenth from one position to
 * the next (a few hundred sentences each in the smaller corpora); the pyramid's shape does not.
 */
function nonIncreasing(xs: number[]): number[] {
  const blocks: Array<{ sum: number; n: number }> = [];
  for (const x of xs) {
    blocks.push({ sum: x, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2].sum / blocks[blocks.length - 2].n < blocks[blocks.length - 1].sum / blocks[blocks.length - 1].n) {
      const b = blocks.pop()!;
      blocks[blocks.length - 1].sum += b.sum;
      blocks[blocks.length - 1].n += b.n;
    }
  }
  return blocks.flatMap((b) => new Array<number>(b.n).fill(b.sum / b.n));
}

/** Bucket of an article's first-person share: none, under a tenth, under a fifth, more. */
const FIRST_PERSON_EDGES = [0, 0.1, 0.2];
const personBucket = (share: number): number => (share === 0 ? 0 : share < FIRST_PERSON_EDGES[1] ? 1 : share < FIRST_PERSON_EDGES[2] ? 2 : 3);

const ratios: number[][] = [];
const personRatios: number[][] = [];
for (const name of CORPORA) {
  const docs = readJsonl<{ id: string; story: string; text: string; title: string; outlet: string | null; published: string | null }>(path.join(dir, `${name}.jsonl`));
  const refs = readJsonl<{ story: string; summary: string }>(path.join(dir, `${name}.summaries.jsonl`));
  const dev = devStories([...new Set(docs.map((d) => d.story))]);
  const sum = new Array<number>(MAX_POSITION + 1).fill(0);
  const count = new Array<number>(MAX_POSITION + 1).fill(0);
  const psum = [0, 0, 0, 0];
  const pcount = [0, 0, 0, 0];
  for (const story of [...dev].sort()) {
    const bigrams = new Set<string>();
    for (const r of refs.filter((x) => x.story === story)) {
      const t = rougeTokens(r.summary);
      for (let i = 0; i + 1 < t.length; i++) bigrams.add(`${t[i]} ${t[i + 1]}`);
    }
    if (!bigrams.size) continue;
    for (const d of docs.filter((x) => x.story === story)) {
      // The text as the dossier reads it (wire boilerplate cleaned at ingest), split as it is.
      const text = buildArticle({ source: d.id, format: 'text', content: d.text, meta: {} }, 'a1').text;
      const sents = splitSentences(text);
      const pb = personBucket(firstPersonShare(sents.map((s) => text.slice(s.start, s.end))));
      sents.forEach((s, k) => {
        const t = rougeTokens(text.slice(s.start, s.end));
        if (t.length < MIN_TOKENS) return;
        let hit = 0;
        for (let i = 0; i + 1 < t.length; i++) if (bigrams.has(`${t[i]} ${t[i + 1]}`)) hit++;
        const b = Math.min(k, MAX_POSITION);
        sum[b] += hit / (t.length - 1);
        count[b]++;
        psum[pb] += hit / (t.length - 1);
        pcount[pb]++;
      });
    }
  }
  const all = sum.reduce((a, x) => a + x, 0) / Math.max(1, count.reduce((a, x) => a + x, 0));
  const ratio = sum.map((x, k) => (count[k] ? x / count[k] / all : 1));
  process.stdout.write(`${name.padEnd(14)} ${ratio.map((x) => x.toFixed(2)).join(' ')}  (sentences per position: ${count.join(' ')})\n`);
  ratios.push(ratio);
  const pratio = psum.map((x, k) => (pcount[k] ? x / pcount[k] / all : 1));
  process.stdout.write(`${''.padEnd(14)} first person: ${pratio.map((x) => x.toFixed(2)).join(' ')}  (sentences: ${pcount.join(' ')})\n`);
  personRatios.push(pratio);
}
const mean = ratios[0].map((_, k) => ratios.reduce((a, r) => a + r[k], 0) / ratios.length);
const prior = nonIncreasing(mean).map((x) => Math.round(x * 1000) / 1000);
process.stdout.write(`mean           ${mean.map((x) => x.toFixed(2)).join(' ')}\nprior          ${prior.map((x) => x.toFixed(2)).join(' ')}\n`);
const pmean = personRatios[0].map((_, k) => personRatios.reduce((a, r) => a + r[k], 0) / personRatios.length);
const person = nonIncreasing(pmean).map((x) => Math.round(x * 1000) / 1000);
process.stdout.write(`first person   ${person.map((x) => x.toFixed(2)).join(' ')}\n`);
const out = `/**
 * Generated by bench/build-summary-priors.ts from the dev halves of the DUC 2003, DUC 2006 and
 * MultiLing 2011 stories (../shared/bench/stories). Do not edit: rerun the script.
 *
 * How much of an article's k-th sentence (0 = the first) human multi-document summaries take, over
 * the mean of all sentences: the share of its word bigrams found in the reference summaries,
 * averaged per position, each corpus weighted alike, made non-increasing (pool adjacent violators);
 * the last entry is every position from ${MAX_POSITION} on.
 */
export const POSITION_PRIOR: readonly number[] = [${prior.join(', ')}];

/**
 * The same ratio by the article's share of sentences in which its writer speaks in the first
 * person outside quotation marks (summary.ts firstPersonShare): none, under ${FIRST_PERSON_EDGES[1]}, under ${FIRST_PERSON_EDGES[2]}, more;
 * made non-increasing.
 */
export const FIRST_PERSON_EDGES: readonly number[] = [${FIRST_PERSON_EDGES.join(', ')}];
export const FIRST_PERSON_PRIOR: readonly number[] = [${person.join(', ')}];
`;
writeFileSync(path.join('src', 'compare', 'summary', 'summary-priors.ts'), out);
process.stdout.write('wrote src/compare/summary/summary-priors.ts\n');
