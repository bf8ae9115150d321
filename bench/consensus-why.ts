/**
 * Why labelled consensus pairs are (or are not) linked: for every labelled pair of the dev
 * stories (bench/consensus-labels.json, part "dev"), the evidence the alignment had for it
 * (facts.ts Alignment.evidence: whole-sentence and shared-phrase affinity, 1 = the matcher's
 * threshold) and the story's base rate: how its candidate pairs score. Dev parts only (held-out
 * labels are never read here); reserved stories are never printed.
 *
 *   node dist/bench/consensus-why.js [duc2006:16]   (corpus:stories of the dev part to read)
 */
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { alignFacts } from '../src/compare/facts/facts.js';
import { StoryBackground } from '../src/compare/facts/background-links.js';
import { screen } from '../src/compare/facts/screen.js';
import { Affinity, keyTokens } from '../src/compare/match/affinity.js';
import { matchScore, MATCH_THRESHOLD, type PreparedSentence } from '../src/compare/match/match.js';
import { splitLongSentences } from '../src/compare/match/long-sentences.js';
import { sharedDir } from '../test/helpers/shared.js';
import { LEFT_OUT, type PairLabel } from './consensus.js';
import { readLabels } from './labels.js';
import { isReserved } from './reserved.js';
import { article, storiesOfPart } from './screen.js';

const PLAN: Record<string, number> = { duc2003: 5, duc2006: 4, allsides: 30 };

function main(): void {
  const shared = sharedDir();
  if (!shared) return;
  const extra = new Map((process.argv[2] ?? 'duc2006:16').split(',').filter(Boolean).map((x) => [x.split(':')[0]!, Number(x.split(':')[1])] as [string, number]));
  const labels = readLabels<PairLabel>('bench/consensus-labels.json').filter((l) => l.part === 'dev');
  const byStory = new Map<string, PairLabel[]>();
  for (const l of labels) byStory.set(l.story, [...(byStory.get(l.story) ?? []), l]);
  const rows: string[] = [];
  for (const [corpus, n] of Object.entries(PLAN)) {
    const upto = Math.max(n, extra.get(corpus) ?? 0);
    const stories = storiesOfPart(shared, corpus, false, 3)
      .filter(([story]) => !LEFT_OUT.has(story) && !(corpus === 'allsides' && Number(story) >= 6000))
      .filter(([story], k) => k < n || !isReserved(corpus, story))
      .slice(0, upto);
    for (const [story, recs] of stories) {
      const ls = byStory.get(story) ?? [];
      if ((!ls.length && !process.env.WHY_LINKS) || isReserved(corpus, story) || (process.env.WHY_LINKS && recs.length < 8)) continue;
      const arts = recs.map((r) => ({ ...article(r.id, r.text, r.outlet ?? r.id, r.title ?? null), published: (r as { published?: string | null }).published ?? null }));
      const keep = new Set(screen(arts).keep);
      const compared = arts.filter((a) => keep.has(a.id)).map((a) => splitLongSentences(annotate(a)));
      const ents = buildEntities(compared);
      const merges: Array<[number, number, number, number]> = [];
      const al = alignFacts(compared, ents, { onMerge: (i, j, tier, sc) => merges.push([i, j, tier, sc]) });
      const aff = new Affinity(al.sentences.map((x) => x.text));
      const bg = new StoryBackground(al.sentences.map((x) => x.text), aff.keyed, al.sentences.map((x) => x.article));
      const claimOf = (i: number, j: number): string => { const c = bg.claimOf(i, j); return `${c.claim.join(",")}${c.describedName ? " described" : ""}`; };
      const affx = aff as unknown as { prepared: PreparedSentence[]; containment(i: number, j: number): number };
      const idx = new Map(al.sentences.map((s) => [`${s.article}:${s.start}-${s.end}`, s.idx]));
      const factOf = new Map<number, number>();
      al.facts.forEach((f, k) => f.members.forEach((m) => factOf.set(m.idx, k)));
      // Base rate: whole-evidence of every retrieved candidate pair of the story.
      const all: number[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < al.sentences.length; i++) {
        for (const j of al.candidates(i)) {
          const key = i < j ? `${i}|${j}` : `${j}|${i}`;
          if (seen.has(key)) continue;
          seen.add(key);
          all.push(al.evidence(i, j).whole);
        }
      }
      all.sort((x, y) => x - y);
      const q = (p: number): number => all[Math.min(all.length - 1, Math.floor(p * all.length))] ?? 0;
      const above1 = all.filter((x) => x >= 1).length;
      // Share of the story's articles whose sentences carry each content key.
      const keyed = (al as unknown as { sentences: Array<{ text: string; article: string }> }).sentences.map((x) => keyTokens(x.text).set);
      const artsOf = new Map<string, Set<string>>();
      al.sentences.forEach((x, k) => {
        for (const key of keyed[k]) artsOf.set(key, (artsOf.get(key) ?? new Set()).add(x.article));
      });
      const dfs = new Map<string, number>();
      for (const ks of keyed) for (const k of ks) dfs.set(k, (dfs.get(k) ?? 0) + 1);
      const nS = al.sentences.length;
      // How many cross-article pairs of this story would share every key two sentences share, were
      // keys independent: log10 of (pairs) × Π (df / n). Below 0: fewer than one pair by chance.
      const chance = (i: number, j: number): number => {
        let lg = Math.log10((nS * nS) / 2);
        for (const k of keyed[i]) if (keyed[j].has(k)) lg += Math.log10(dfs.get(k)! / nS);
        return lg;
      };
      const share = (key: string): number => (artsOf.get(key)?.size ?? 0) / compared.length;
      rows.push(`## ${corpus} ${story}: ${compared.length} articles, ${al.sentences.length} sentences, ${all.length} candidate pairs, q50 ${q(0.5).toFixed(2)} q90 ${q(0.9).toFixed(2)} q99 ${q(0.99).toFixed(2)}, ≥1: ${above1}`);
      // WHY_LINKS=1: every merge of this story near the whole-sentence threshold, or below it.
      if (process.env.WHY_LINKS) {
        for (const [i, j, t, sc] of merges) {
          const e = al.evidence(i, j);
          if (t > 3 || (t === 0 && e.whole >= 1.4) || t === 1) continue;
          const m = matchScore(affx.prepared[i]!, affx.prepared[j]!, aff.ctx) / MATCH_THRESHOLD;
          const c = affx.containment(i, j);
          const keysIJ = [...keyed[i]].filter((k) => keyed[j].has(k)).map((k) => `${k}:${share(k).toFixed(2)}`).join(' ');
          rows.push(`  L t${t} ${sc.toFixed(2)} chance ${aff.chancePairs(i, j).toFixed(1)} m ${m.toFixed(2)} c ${c.toFixed(2)} ph ${e.phrase.toFixed(2)} ${al.sentences[i].article}:${al.sentences[i].start}-${al.sentences[i].end} ${al.sentences[j].article}:${al.sentences[j].start}-${al.sentences[j].end}\n    ${al.sentences[i].text.replace(/\s+/g, ' ')}\n    ${al.sentences[j].text.replace(/\s+/g, ' ')}\n    keys ${keysIJ}\n    claim [${claimOf(i, j)}]`);
        }
      }
      for (const l of ls) {
        const i = idx.get(`${l.a}:${l.aStart}-${l.aEnd}`);
        const j = idx.get(`${l.b}:${l.bStart}-${l.bEnd}`);
        if (i === undefined || j === undefined) {
          rows.push(`  ${l.verdict} (sentence not found)`);
          continue;
        }
        const e = al.evidence(i, j);
        const together = factOf.get(i) === factOf.get(j);
        const rank = (x: number, y: number): number => al.candidates(x).map((c) => al.score(x, c)).filter((s) => s > al.score(x, y)).length;
        const frac = all.length ? all.filter((x) => x >= e.whole).length / all.length : 0;
        const m = matchScore(affx.prepared[i]!, affx.prepared[j]!, aff.ctx) / MATCH_THRESHOLD;
        const c = affx.containment(i, j);
        const via = merges.filter(([x, y]) => x === i || y === i || x === j || y === j).map(([x, y, t, sc]) => `${x === i || y === i ? 'a' : 'b'}-${x === j || y === j ? (x === i || y === i ? 'b' : 'b') : 'o'}:t${t}@${sc.toFixed(2)}`).join(' ');
        const sharedKeys = [...keyed[i]].filter((k) => keyed[j].has(k)).map((k) => `${k}:${share(k).toFixed(2)}`).join(' ');
        rows.push(
          `  ${l.verdict === 'same' ? 'S' : 'D'} ${together ? 'T' : '-'} whole ${e.whole.toFixed(2)} phrase ${e.phrase.toFixed(2)} top ${(100 * frac).toFixed(1)}% rank ${rank(i, j)}/${rank(j, i)} | ${al.sentences[i].text.replace(/\s+/g, ' ').slice(0, 150)} || ${al.sentences[j].text.replace(/\s+/g, ' ').slice(0, 150)}\n      chance ${aff.chancePairs(i, j).toFixed(1)} m ${m.toFixed(2)} c ${c.toFixed(2)} anchored ${aff.anchored(i, j)} what ${aff.sharedWhat(i, j)} claim [${claimOf(i, j)}] via ${via}\n      keys ${sharedKeys}`,
        );
      }
    }
  }
  process.stdout.write(rows.join('\n') + '\n');
}

main();
