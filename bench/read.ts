/**
 * Benchmark of the read path (ingest + annotate), in-process on one core:
 * - seeds: the five seed reports, median of 20 runs after warm-up (target: well under 100 ms);
 * - ecbplus: the 772 ECB+ dev articles, articles/s and MB/s (UTF-8 bytes of text), best of 3;
 * - ecbplus agreement: how many gold ECB+ name mentions (capitalised HUMAN_PART_PER,
 *   HUMAN_PART_ORG, LOC_GEO) and TIME_DATE mentions overlap an annotation of ours, and how often
 *   the overlapping mention has the matching type. ECB+ gold marks only event-relevant mentions,
 *   so this is a recall-style check of the annotators, not a full NER score.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';
import { buildArticle } from '../src/ingest/article.js';
import { SKIP_NO_SHARED, seedFiles, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { timeRuns } from './timing.js';

interface EcbRecord {
  id: string;
  text: string;
  mentions: Array<{ tag: string; start: number; end: number; text: string }>;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const seeds = seedFiles();
  const dir = sharedDir();
  if (!seeds || !dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const result: Record<string, unknown> = {};

  // Seeds: read + annotate, as `parallax read` does.
  const contents = seeds.map((f) => ({ f, content: readFileSync(f, 'utf8') }));
  const readAll = (): number => {
    let n = 0;
    for (const { f, content } of contents) {
      const a = annotate(buildArticle({ source: f, format: 'text', content, meta: { published: '2025-10-15' } }, path.basename(f)));
      n += a.mentions.length;
    }
    return n;
  };
  // Wall time and this process's CPU time: the machine is shared, so CPU time is the steadier figure.
  const { wall, cpu } = timeRuns(readAll, 10, 20);
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  result.seeds = { articles: seeds.length, runs: 20, medianMs: round(wall[10]), minMs: round(wall[0]), maxMs: round(wall[19]), medianCpuMs: round(cpu[10]) };
  process.stdout.write(`seeds: 5 articles read + annotated, median ${round(wall[10])} ms wall (${round(cpu[10])} ms CPU) over 20 runs (min ${round(wall[0])}, max ${round(wall[19])})\n`);

  // ECB+ throughput.
  const records: EcbRecord[] = readEcbPlus(dir);
  const articles: Article[] = records.map((r) => ({
    id: r.id, file: null, outlet: null, url: null, title: null, published: null, authors: [], agencies: [], photoCredits: [],
    language: 'en', text: r.text, removed: [],
  }));
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text, 'utf8'), 0);
  for (const a of articles) annotate(a); // warm-up: one full pass
  let best = Infinity;
  let bestCpu = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (const a of articles) annotate(a);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
  }
  const perSec = articles.length / best;
  const mbPerSec = bytes / 1e6 / best;
  result.ecbplus = {
    articles: articles.length, megabytes: round(bytes / 1e6), seconds: round(best), articlesPerSecond: Math.round(perSec), mbPerSecond: round(mbPerSec),
    cpuSeconds: round(bestCpu), articlesPerCpuSecond: Math.round(articles.length / bestCpu), mbPerCpuSecond: round(bytes / 1e6 / bestCpu),
  };
  process.stdout.write(
    `ecbplus: ${articles.length} articles (${round(bytes / 1e6)} MB) annotated in ${round(best * 1000)} ms wall → ${Math.round(perSec)} articles/s, ${round(mbPerSec)} MB/s; ` +
      `${round(bestCpu * 1000)} ms CPU → ${Math.round(articles.length / bestCpu)} articles/s, ${round(bytes / 1e6 / bestCpu)} MB/s per CPU second (one core)\n`,
  );

  // Agreement with ECB+ gold mentions.
  const want: Record<string, string> = { HUMAN_PART_PER: 'person', HUMAN_PART_ORG: 'organization', LOC_GEO: 'place' };
  const counts: Record<string, { gold: number; found: number; typed: number }> = {};
  let timeGold = 0;
  let timeFound = 0;
  for (let i = 0; i < records.length; i++) {
    const a = annotate(articles[i]);
    for (const g of records[i].mentions) {
      if (g.tag === 'TIME_DATE') {
        timeGold++;
        if (a.times.some((t) => t.start < g.end && g.start < t.end)) timeFound++;
        continue;
      }
      const type = want[g.tag];
      // Names only: gold mentions starting with a capital that is not the sentence's first word.
      if (!type || !/^\p{Lu}/u.test(g.text) || g.start === 0 || /[.!?]\s*$|\n\s*$/.test(records[i].text.slice(Math.max(0, g.start - 3), g.start))) continue;
      const c = (counts[type] ??= { gold: 0, found: 0, typed: 0 });
      c.gold++;
      const m = a.mentions.find((x) => x.start < g.end && g.start < x.end);
      if (m) {
        c.found++;
        if (m.type === type) c.typed++;
      }
    }
  }
  const agreement: Record<string, unknown> = {};
  for (const [type, c] of Object.entries(counts)) {
    agreement[type] = { gold: c.gold, found: round(c.found / c.gold), typedRight: round(c.typed / c.gold) };
    process.stdout.write(`ecbplus gold ${type} names: ${c.gold}, found ${pct(c.found / c.gold)}, found with the right type ${pct(c.typed / c.gold)}\n`);
  }
  agreement.time = { gold: timeGold, found: round(timeFound / timeGold) };
  process.stdout.write(`ecbplus gold TIME_DATE: ${timeGold}, overlapped by a time expression ${pct(timeFound / timeGold)}\n`);
  result.ecbplusAgreement = agreement;
  return result;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
