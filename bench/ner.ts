/**
 * Benchmark of names (src/annotate/mentions.ts): entity-level exact span-and-type F1, conlleval
 * style, on CoNLL-2003 English dev (`eng.testa`), the text going through the product's own
 * pipeline (sentences → tokens → mentions) after it is detokenised into running text
 * (bench/ner-data.ts). Our types map person → PER, place → LOC, organization → ORG,
 * other → MISC. The headline figure counts PER, LOC and ORG only (MISC gold and "other"
 * predictions left out on both sides); the four-type figure counts MISC as "other".
 *
 * Split: documents with an even index are the tuning half (rules, features and epochs were chosen
 * and errors looked at there only), odd ones the held-out half. Each half is scored for the
 * rules alone, the tagger alone and the combination the product uses, on all sentences and on
 * prose sentences only (no headlines, datelines or results tables).
 *
 * Also: agreement with the ECB+ dev gold name mentions (as bench/read.ts counts it: a gold
 * capitalised HUMAN_PART_PER / HUMAN_PART_ORG / LOC_GEO mention not at a sentence start, the first
 * of our mentions overlapping it judged), split by odd and even topic; and the five seeds'
 * annotate time (median of 20 runs after warm-up).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import { findMentions, type MentionMode } from '../src/annotate/mentions.js';
import { splitSentences } from '../src/annotate/sentences.js';
import { tokenize } from '../src/annotate/tokens.js';
import type { Article, Mention } from '../src/core/schema.js';
import { buildArticle } from '../src/ingest/article.js';
import { SKIP_NO_SHARED, seedFiles, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { isProse, readConll, type ConllDoc, type ConllType } from './ner-data.js';
import { timeRuns } from './timing.js';

const TYPE_OF: Record<Mention['type'], ConllType> = { person: 'PER', place: 'LOC', organization: 'ORG', other: 'MISC' };
const MODES: MentionMode[] = ['rules', 'model', 'combined'];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

type Scores = Record<string, Counts>;

function add(s: Scores, k: string, f: keyof Counts): void {
  (s[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++;
}

/** Scores one document's predictions: per type, "PLO" (PER+LOC+ORG) and "all" (with MISC). */
function score(doc: ConllDoc, pred: Mention[], only: ((start: number) => boolean) | null, s: Scores): void {
  const key = (a: number, b: number, t: string): string => `${a}:${b}:${t}`;
  const gold = new Set<string>();
  for (const g of doc.entities) if (!only || only(g.start)) gold.add(key(g.start, g.end, g.type));
  const predKeys = new Set<string>();
  for (const m of pred) if (!only || only(m.start)) predKeys.add(key(m.start, m.end, TYPE_OF[m.type]));
  for (const k of predKeys) {
    const t = k.slice(k.lastIndexOf(':') + 1);
    const f: keyof Counts = gold.has(k) ? 'tp' : 'fp';
    add(s, t, f);
    add(s, 'all', f);
    if (t !== 'MISC') add(s, 'PLO', f);
  }
  // "Found": the gold name's exact span is a mention, whatever its type.
  const spans = new Set<string>();
  for (const k of predKeys) spans.add(k.slice(0, k.lastIndexOf(':')));
  for (const k of gold) if (spans.has(k.slice(0, k.lastIndexOf(':')))) add(s, 'found:' + k.slice(k.lastIndexOf(':') + 1), 'tp');
  for (const k of gold) {
    if (predKeys.has(k)) continue;
    const t = k.slice(k.lastIndexOf(':') + 1);
    add(s, t, 'fn');
    add(s, 'all', 'fn');
    if (t !== 'MISC') add(s, 'PLO', 'fn');
  }
}

function prf(c: Counts | undefined): { p: number; r: number; f1: number; gold: number } {
  if (!c) return { p: 0, r: 0, f1: 0, gold: 0 };
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), gold: c.tp + c.fn };
}

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const docs = readConll(dir, 'eng.testa');
  const result: Record<string, unknown> = {};
  const halves: Record<string, ConllDoc[]> = { tune: docs.filter((_, i) => i % 2 === 0), heldOut: docs.filter((_, i) => i % 2 === 1) };
  const conll: Record<string, unknown> = {};
  for (const [half, hdocs] of Object.entries(halves)) {
    const byMode: Record<string, unknown> = {};
    for (const mode of MODES) {
      const all: Scores = {};
      const prose: Scores = {};
      for (const doc of hdocs) {
        const sentences = splitSentences(doc.text);
        const pred = findMentions(doc.text, tokenize(doc.text), sentences, mode);
        score(doc, pred, null, all);
        const proseLines = doc.sentences.filter((s) => isProse(doc.text, s));
        score(doc, pred, (p) => proseLines.some((s) => s.start <= p && p < s.end), prose);
      }
      const found = (s: Scores, t: string): number => round((s['found:' + t]?.tp ?? 0) / Math.max(1, prf(s[t]).gold));
      const fig = (s: Scores): Record<string, unknown> => ({
        PLO: prf(s.PLO), PER: prf(s.PER), LOC: prf(s.LOC), ORG: prf(s.ORG), MISC: prf(s.MISC), all: prf(s.all),
        spanFound: { PER: found(s, 'PER'), LOC: found(s, 'LOC'), ORG: found(s, 'ORG') },
      });
      byMode[mode] = { all: fig(all), prose: fig(prose) };
      const line = (label: string, s: Scores): string =>
        `${half} ${mode} ${label}: PER+LOC+ORG F1 ${f(prf(s.PLO).f1)} (P ${f(prf(s.PLO).p)} R ${f(prf(s.PLO).r)}); ` +
        `PER ${f(prf(s.PER).f1)} LOC ${f(prf(s.LOC).f1)} ORG ${f(prf(s.ORG).f1)} (ORG recall ${f(prf(s.ORG).r)}, LOC recall ${f(prf(s.LOC).r)}); ` +
        `MISC/other ${f(prf(s.MISC).f1)}; all four ${f(prf(s.all).f1)}; span found (any type) ORG ${f(found(s, 'ORG'))} LOC ${f(found(s, 'LOC'))}\n`;
      process.stdout.write(line('all sentences', all));
      process.stdout.write(line('prose', prose));
    }
    conll[half] = { documents: hdocs.length, ...byMode };
  }
  result.conll = conll;

  // ECB+ dev: agreement of found names with the gold types.
  const want: Record<string, Mention['type']> = { HUMAN_PART_PER: 'person', HUMAN_PART_ORG: 'organization', LOC_GEO: 'place' };
  const records = readEcbPlus(dir);
  const ecb: Record<string, unknown> = {};
  for (const [part, keep] of [['oddTopics', 1], ['evenTopics', 0]] as const) {
    const byMode: Record<string, unknown> = {};
    for (const mode of MODES) {
      const counts: Record<string, { gold: number; found: number; typed: number }> = {};
      for (const r of records) {
        if (r.topic % 2 !== keep) continue;
        const ms = findMentions(r.text, tokenize(r.text), splitSentences(r.text), mode);
        for (const g of r.mentions) {
          const type = want[g.tag];
          if (!type || !/^\p{Lu}/u.test(g.text) || g.start === 0 || /[.!?]\s*$|\n\s*$/.test(r.text.slice(Math.max(0, g.start - 3), g.start))) continue;
          const c = (counts[type] ??= { gold: 0, found: 0, typed: 0 });
          c.gold++;
          const m = ms.find((x) => x.start < g.end && g.start < x.end);
          if (m) {
            c.found++;
            if (m.type === type) c.typed++;
          }
        }
      }
      const out: Record<string, unknown> = {};
      const parts: string[] = [];
      for (const type of ['person', 'place', 'organization']) {
        const c = counts[type];
        out[type] = { gold: c.gold, found: round(c.found / c.gold), typedRight: round(c.typed / c.gold) };
        parts.push(`${type} ${c.gold}: found ${pct(c.found / c.gold)}, typed right ${pct(c.typed / c.gold)}`);
      }
      byMode[mode] = out;
      process.stdout.write(`ecbplus ${part} ${mode}: ${parts.join('; ')}\n`);
    }
    ecb[part] = byMode;
  }
  result.ecbplus = ecb;

  // Speed: the five seeds read + annotated, as bench/read.ts measures it.
  const seeds = seedFiles();
  if (seeds) {
    const contents = seeds.map((file) => ({ file, content: readFileSync(file, 'utf8') }));
    const readAll = (): void => {
      for (const { file, content } of contents) annotate(buildArticle({ source: file, format: 'text', content, meta: { published: '2025-10-15' } }, path.basename(file)) as Article);
    };
    const { wall, cpu } = timeRuns(readAll, 10, 20);
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    result.seeds = { medianMs: round(wall[10]), medianCpuMs: round(cpu[10]), minMs: round(wall[0]) };
    process.stdout.write(`seeds: 5 articles read + annotated, median ${round(wall[10])} ms wall (${round(cpu[10])} ms CPU), min ${round(wall[0])} ms\n`);
  }
  return result;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function f(x: number): string {
  return x.toFixed(3);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
