/**
 * The pairs of sentences of the dev stories that the lede-act gate (src/compare/facts/lede-acts.ts,
 * issue #12) takes apart or brings together: every pair of sentences of two articles that share a
 * fact with the gate off and not with it on, or the reverse, each with its two sentences. Dev parts
 * only — DUC 2003 and DUC 2006 (the consensus bench's dev stories and dev_extra), AllSides ids below
 * 6000 of the dev half, ECB+ dev topics — and never a reserved story; to read every changed dev fact.
 *
 *   node dist/bench/lede-acts.js [duc2006:16]
 *   LEDE_ACTS_ECB=15,17 LEDE_ACTS_ECB_ORDER=file LEDE_ACTS_ALLSIDES=0 node dist/bench/lede-acts.js duc2003:0,duc2006:0   (ECB+ dev topics as fact-link reads them)
 */
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { alignFacts } from '../src/compare/facts/facts.js';
import { screen } from '../src/compare/facts/screen.js';
import { splitLongSentences } from '../src/compare/match/long-sentences.js';
import type { Article } from '../src/core/schema.js';
import { sharedDir } from '../test/helpers/shared.js';
import { LEFT_OUT } from './consensus.js';
import { readEcbPlus } from './data.js';
import { isReserved, isReservedInjected } from './reserved.js';
import { allsidesBenchStories, article, storiesOfPart } from './screen.js';

const PLAN: Record<string, number> = { duc2003: Number(process.env.LEDE_ACTS_DUC2003 ?? 5), duc2006: Number(process.env.LEDE_ACTS_DUC2006 ?? 4) };
// ECB+ dev topics as bench/lede.ts reads them (odd topics no unseen reading opened), ten reports each.
const ECB_DEV_TOPICS = (process.env.LEDE_ACTS_ECB ?? '13,21,29').split(',').map(Number);

function pairsOf(arts: Article[], ledeActs: boolean): { pairs: Set<string>; text: Map<string, string> } {
  const keep = new Set(screen(arts).keep);
  const compared = arts.filter((a) => keep.has(a.id)).map((a) => splitLongSentences(annotate(a)));
  const al = alignFacts(compared, buildEntities(compared), { ledeActs });
  const pairs = new Set<string>();
  const text = new Map<string, string>();
  for (const f of al.facts) {
    const ms = f.members.map((m) => ({ key: `${m.article}:${m.start}`, article: m.article, text: m.text }));
    for (const m of ms) text.set(m.key, m.text);
    for (const x of ms) for (const y of ms) if (x.article < y.article) pairs.add(`${x.key}|${y.key}`);
  }
  return { pairs, text };
}

function main(): void {
  const shared = sharedDir();
  if (!shared) return;
  const extra = new Map((process.argv[2] ?? 'duc2006:16').split(',').filter(Boolean).map((x) => [x.split(':')[0]!, Number(x.split(':')[1])] as [string, number]));
  const stories: Array<[string, Article[]]> = [];
  for (const [corpus, n] of Object.entries(PLAN)) {
    const upto = Math.max(n, extra.get(corpus) ?? 0);
    const part = storiesOfPart(shared, corpus, false, 3)
      .filter(([story]) => !LEFT_OUT.has(story))
      .filter(([story]) => !isReserved(corpus, story))
      .slice(0, upto);
    for (const [story, recs] of part) stories.push([`${corpus}:${story}`, recs.map((r) => ({ ...article(r.id, r.text, r.outlet ?? r.id, r.title ?? null), published: (r as { published?: string | null }).published ?? null }))]);
  }
  for (const [story, recs] of allsidesBenchStories(shared, false, Number(process.env.LEDE_ACTS_ALLSIDES ?? 60))) {
    if (isReserved('allsides', story)) continue;
    stories.push([`allsides:${story}`, recs.map((r) => article(r.id, r.text, r.outlet ?? r.id))]);
  }
  const rows = readEcbPlus(shared);
  for (const topic of ECB_DEV_TOPICS)
    for (const sub of [`${topic}ecb`, `${topic}ecbplus`]) {
      if (isReservedInjected('ecb_dev', sub)) continue;
      // The first ten by id (bench/lede.ts), or in the file's order as bench/fact-link.ts reads them (LEDE_ACTS_ECB_ORDER=file).
      const recs = rows.filter((r) => r.subtopic === sub).sort((a, b) => (process.env.LEDE_ACTS_ECB_ORDER === 'file' ? 0 : a.id < b.id ? -1 : 1)).slice(0, 10);
      if (recs.length >= 2) stories.push([`ecbplus:${sub}`, recs.map((r) => article(r.id, r.text, r.id))]);
    }
  let split = 0;
  let joined = 0;
  for (const [story, arts] of stories) {
    const off = pairsOf(arts, false);
    const on = pairsOf(arts, true);
    for (const [from, to, sign] of [[off, on, '-'], [on, off, '+']] as const)
      for (const p of from.pairs) {
        if (to.pairs.has(p)) continue;
        if (sign === '-') split++;
        else joined++;
        const [a, b] = p.split('|');
        process.stdout.write(`${sign} ${story}\n    ${a}: ${from.text.get(a!)!.slice(0, 220)}\n    ${b}: ${from.text.get(b!)!.slice(0, 220)}\n`);
      }
  }
  process.stdout.write(`${stories.length} dev stories; pairs taken apart ${split}, brought together ${joined}\n`);
}

main();
