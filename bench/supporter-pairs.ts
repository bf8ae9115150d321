/**
 * The labelled sentence pairs of the consensus bench's dev stories (bench/consensus-labels.json),
 * each with its verdict ("same": the second states the first's claim; "different": citing it for
 * the first is wrong), whether the dossier still cites the two together, and what the supporter
 * checks of facts/supporters.ts say of it. Dev stories only (held-out pairs are counted, never
 * printed); stories reserved for unseen readings are left out. A check is judged by the pairs it
 * refuses: "different" refused is what it gains, "same" refused what it costs. The pairs the
 * dossier still cites in one fact are counted as the consensus bench counts them.
 *
 * SUPPORTER_PAIRS=show prints every dev pair; otherwise only the counts.
 */
import { buildDossier } from '../src/compare/dossier.js';
import { supportRefused } from '../src/compare/facts/supporters.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { LEFT_OUT, type PairLabel } from './consensus.js';
import { readLabels } from './labels.js';
import { isReserved } from './reserved.js';
import { article, storiesOfPart } from './screen.js';

const CORPORA: Record<string, number> = { duc2003: 5, duc2006: 4, allsides: 30 };
const SHOW = process.env.SUPPORTER_PAIRS === 'show';

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const labels = readLabels<PairLabel>('bench/consensus-labels.json');
  const unseenFrom = Number(process.env.PARALLAX_UNSEEN_FROM ?? 6000);
  const out: Record<string, unknown> = {};
  for (const part of ['dev', 'held_out'] as const) {
    const tally = { same: 0, sameRefused: 0, sameTogether: 0, different: 0, differentRefused: 0, differentTogether: 0 };
    for (const [corpus, n] of Object.entries(CORPORA)) {
      const stories = storiesOfPart(shared, corpus, part === 'held_out', 3)
        .filter(([story]) => !LEFT_OUT.has(story) && !(corpus === 'allsides' && Number(story) >= unseenFrom))
        .slice(0, n);
      for (const [story, recs] of stories) {
        const mine = labels.filter((l) => l.story === story);
        if (!mine.length) continue;
        const texts = new Map(recs.map((r) => [r.id, article(r.id, r.text, r.outlet ?? r.id, r.title ?? null)]));
        const { dossier: d } = buildDossier([...texts.values()]);
        const textOf = (id: string, s: number, e: number): string => (d.articles.find((a) => a.id === id)?.text ?? '').slice(s, e);
        // Pairs the dossier still cites in one fact (as the consensus bench counts them).
        const key = (a: string, s: number, e: number): string => `${a}:${s}-${e}`;
        const together = new Set<string>();
        for (const f of d.facts) {
          const ks = f.sentences.slice(0, 60).map((x) => key(x.article, x.start, x.end));
          for (let i = 0; i < ks.length; i++) for (let j = i + 1; j < ks.length; j++) together.add([ks[i], ks[j]].sort().join('|'));
        }
        for (const l of mine) {
          const a = textOf(l.a, l.aStart, l.aEnd);
          const b = textOf(l.b, l.bStart, l.bEnd);
          const why = supportRefused(a, b) || supportRefused(b, a);
          tally[l.verdict]++;
          if (why) tally[l.verdict === 'same' ? 'sameRefused' : 'differentRefused']++;
          const kept = together.has([key(l.a, l.aStart, l.aEnd), key(l.b, l.bStart, l.bEnd)].sort().join('|'));
          if (kept) tally[l.verdict === 'same' ? 'sameTogether' : 'differentTogether']++;
          if (SHOW && part === 'dev' && !isReserved(corpus, story)) {
            process.stdout.write(`\n${l.verdict === 'same' ? '=' : 'X'}${kept ? ' TOGETHER' : ''} ${why ? `REFUSED (${why})` : ''} ${story}\n  A: ${a.replace(/\s+/g, ' ')}\n  B: ${b.replace(/\s+/g, ' ')}\n`);
          }
        }
      }
    }
    process.stdout.write(`${part}: same ${tally.same} (${tally.sameRefused} refused, ${tally.sameTogether} cited together), different ${tally.different} (${tally.differentRefused} refused, ${tally.differentTogether} cited together)\n`);
    out[part] = tally;
  }
  return out;
}
