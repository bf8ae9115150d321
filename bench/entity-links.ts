/**
 * Benchmark of cross-article entity linking (src/compare/entities/entities.ts) against the gold
 * coreference of ECB+ dev: its person, organization and place mentions carry chains that join
 * the mentions of one referent across the articles of a topic. Each ECB+ subtopic (the reports of
 * one real event) is one story, as a dossier would be: its articles are annotated by the product
 * (annotate) and linked by buildEntities.
 *
 * Scored: the gold name mentions (HUMAN_PART_PER, HUMAN_PART_ORG, LOC_GEO with a chain, starting
 * with a capital letter) that one of our entity mentions overlaps. Pairwise over those mentions,
 * within a story: a pair in one gold chain and one entity is right; one entity but two chains is a
 * false merge (precision); one chain but two entities a missed link (recall). Also B-cubed over the
 * same mentions, and how many gold chains that span several articles end in one entity.
 *
 * Split as bench/ner.ts splits ECB+: odd topics were looked at (errors read there only), even
 * topics are held out.
 */
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus, type EcbRecord } from './data.js';
import { isReserved, isReservedInjected } from './reserved.js';

// ENTITY_LINKS_SHOW=errors prints, for the looked-at (odd) topics only and never a story reserved
// for unseen readings, each entity that holds mentions of two gold chains (a wrong merge) and
// each gold chain split over several entities (a missed link), with the mention texts.
const SHOW = process.env.ENTITY_LINKS_SHOW === 'errors';

const TAGS = new Set(['HUMAN_PART_PER', 'HUMAN_PART_ORG', 'LOC_GEO']);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  b3p: number;
  b3r: number;
  mentions: number;
  chains: number;
  chainsWhole: number;
}

function article(r: EcbRecord): Article {
  return { id: r.id, file: null, outlet: r.id, url: null, title: null, published: null, authors: [], agencies: [], photoCredits: [], language: null, text: r.text, removed: [] };
}

/** Scores one story: gold chain and our entity for each found gold name mention. */
function scoreStory(records: EcbRecord[], annotated: AnnotatedArticle[], t: Tally, show = false): void {
  const ents = buildEntities(annotated);
  const items: Array<{ chain: string; entity: string; article: string; text: string }> = [];
  for (const r of records) {
    for (const g of r.mentions) {
      if (!TAGS.has(g.tag) || !g.chain || !/^\p{Lu}/u.test(g.text)) continue;
      const e = ents.at(r.id, g.start, g.end);
      if (e) items.push({ chain: `${r.topic}:${g.chain}`, entity: e, article: r.id, text: g.text });
    }
  }
  if (show) {
    const group = (key: 'chain' | 'entity', other: 'chain' | 'entity', what: string): void => {
      const by = new Map<string, Map<string, string[]>>();
      for (const it of items) {
        const m = by.get(it[key]) ?? by.set(it[key], new Map()).get(it[key])!;
        (m.get(it[other]) ?? m.set(it[other], []).get(it[other])!).push(`${it.text}@${it.article}`);
      }
      for (const [k, m] of by) {
        if (m.size < 2) continue;
        process.stdout.write(`${what} ${records[0].subtopic} ${k}:\n`);
        for (const [o, texts] of m) process.stdout.write(`    ${o}: ${texts.join(' | ')}\n`);
      }
    };
    group('entity', 'chain', 'WRONG MERGE');
    group('chain', 'entity', 'MISSED LINK');
  }
  const byChain = new Map<string, number>();
  const byEntity = new Map<string, number>();
  const both = new Map<string, number>();
  for (const it of items) {
    byChain.set(it.chain, (byChain.get(it.chain) ?? 0) + 1);
    byEntity.set(it.entity, (byEntity.get(it.entity) ?? 0) + 1);
    const k = `${it.chain}\u0000${it.entity}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  let same = 0;
  for (const n of both.values()) same += pairs(n);
  let chainPairs = 0;
  for (const n of byChain.values()) chainPairs += pairs(n);
  let entityPairs = 0;
  for (const n of byEntity.values()) entityPairs += pairs(n);
  t.tp += same;
  t.fp += entityPairs - same;
  t.fn += chainPairs - same;
  for (const it of items) {
    const inBoth = both.get(`${it.chain}\u0000${it.entity}`)!;
    t.b3p += inBoth / byEntity.get(it.entity)!;
    t.b3r += inBoth / byChain.get(it.chain)!;
    t.mentions++;
  }
  // Chains seen in two or more articles: do all their found mentions share one entity?
  const arts = new Map<string, Set<string>>();
  const entsOf = new Map<string, Set<string>>();
  for (const it of items) {
    (arts.get(it.chain) ?? arts.set(it.chain, new Set()).get(it.chain)!).add(it.article);
    (entsOf.get(it.chain) ?? entsOf.set(it.chain, new Set()).get(it.chain)!).add(it.entity);
  }
  for (const [c, a] of arts) {
    if (a.size < 2) continue;
    t.chains++;
    if (entsOf.get(c)!.size === 1) t.chainsWhole++;
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function run(): Promise<Record<string, unknown> | null> {
  const dir = sharedDir();
  if (!dir) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const records = readEcbPlus(dir);
  const stories = new Map<string, EcbRecord[]>();
  for (const r of records) (stories.get(r.subtopic) ?? stories.set(r.subtopic, []).get(r.subtopic)!).push(r);
  const result: Record<string, unknown> = {};
  for (const [part, keep] of [['oddTopics (looked at)', 1], ['evenTopics (held out)', 0]] as const) {
    const t: Tally = { tp: 0, fp: 0, fn: 0, b3p: 0, b3r: 0, mentions: 0, chains: 0, chainsWhole: 0 };
    let n = 0;
    for (const [, recs] of [...stories].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (recs[0].topic % 2 !== keep) continue;
      const reserved = isReserved('ecbplus', recs[0].subtopic) || isReservedInjected('ecb_dev', recs[0].subtopic);
      scoreStory(recs, recs.map((r) => annotate(article(r))), t, SHOW && keep === 1 && !reserved);
      n++;
    }
    const p = t.tp / Math.max(1, t.tp + t.fp);
    const r = t.tp / Math.max(1, t.tp + t.fn);
    const bp = t.b3p / Math.max(1, t.mentions);
    const br = t.b3r / Math.max(1, t.mentions);
    const out = {
      stories: n,
      mentions: t.mentions,
      pairwise: { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0) },
      // Wrong merges: mention pairs joined in one entity that the gold puts in two chains.
      wrongMergePairs: t.fp,
      missedLinkPairs: t.fn,
      bcubed: { p: round(bp), r: round(br), f1: round(bp + br ? (2 * bp * br) / (bp + br) : 0) },
      crossArticleChains: t.chains,
      crossArticleChainsWhole: round(t.chainsWhole / Math.max(1, t.chains)),
    };
    result[part.split(' ')[0]] = out;
    process.stdout.write(
      `entity-links ${part}: ${n} stories, ${t.mentions} gold name mentions found; pairwise P ${out.pairwise.p} R ${out.pairwise.r} F1 ${out.pairwise.f1} (wrong-merge pairs ${t.fp}, missed-link pairs ${t.fn}); ` +
        `B-cubed P ${out.bcubed.p} R ${out.bcubed.r} F1 ${out.bcubed.f1}; cross-article chains in one entity ${out.crossArticleChainsWhole} of ${t.chains}\n`,
    );
  }
  return result;
}
