/**
 * Calibration of the fact link (facts.ts `FACT_LINK`): how far below the matcher's "same
 * sentence" threshold two sentences of different articles still report one fact. Measured on
 * ECB+ (../shared/bench/ecbplus/dev.jsonl), whose annotators chained event mentions across the
 * reports of one real event: two sentences of different reports that share a chained event
 * mention (ACTION_OCCURRENCE, reporting verbs excluded) and a chained participant report that
 * event; two that share neither an event chain nor a participant chain do not. ECB+ is a corpus
 * of its own (the coverage judgements read allsides/DUC/MultiLing), so a link chosen here is not
 * fitted to the stories it is judged on.
 *
 * For each candidate pair the alignment retrieves (facts.ts, the same inverted index) whose two
 * sentences both carry an annotated event, the bench prints precision and recall of
 * "affinity ≥ t" for a range of t, on ECB+ topics split by parity (odd topics choose, even
 * topics are held out). Skipped, with a message, when ../shared is absent.
 */
import { annotate } from '../src/annotate/index.js';
import { alignFacts } from '../src/compare/facts.js';
import { splitLongSentences } from '../src/compare/long-sentences.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { article } from './screen.js';

interface Mention { tag: string; start: number; end: number; chain: string | null }

const THRESHOLDS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];
// Subtopics are read up to this many reports (enough pairs, a short run on a shared machine).
const MAX_DOCS = 10;

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const rows = readEcbPlus(shared) as unknown as Array<{ id: string; topic: number; subtopic: string; text: string; mentions: Mention[] }>;
  const bySub = new Map<string, typeof rows>();
  for (const r of rows) bySub.set(r.subtopic, [...(bySub.get(r.subtopic) ?? []), r]);
  type Tally = { pos: number; neg: number; tp: number[]; fp: number[] };
  const tally = (): Tally => ({ pos: 0, neg: 0, tp: THRESHOLDS.map(() => 0), fp: THRESHOLDS.map(() => 0) });
  const parts: Record<string, Tally> = { dev: tally(), held_out: tally() };
  for (const [, docs] of [...bySub].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const part = docs[0].topic % 2 === 1 ? parts.dev : parts.held_out;
    const use = docs.slice(0, MAX_DOCS);
    const arts = use.map((r) => splitLongSentences(annotate(article(r.id, r.text))));
    const al = alignFacts(arts);
    // Chains of each sentence: events (occurrences) and participants.
    const chainsOf = al.sentences.map((s) => {
      const doc = use[s.articleIndex];
      const ev = new Set<string>();
      const part = new Set<string>();
      for (const m of doc.mentions) {
        if (!m.chain || m.start < s.start || m.end > s.end) continue;
        if (m.tag === 'ACTION_OCCURRENCE') ev.add(m.chain);
        else if (!m.tag.startsWith('ACTION') && !m.tag.startsWith('NEG')) part.add(m.chain);
      }
      return { ev, part };
    });
    const seen = new Set<string>();
    for (let i = 0; i < al.sentences.length; i++) {
      for (const j of al.candidates(i)) {
        const key = i < j ? `${i},${j}` : `${j},${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = chainsOf[i];
        const b = chainsOf[j];
        if (!a.ev.size || !b.ev.size) continue;
        const ev = [...a.ev].some((c) => b.ev.has(c));
        const pa = [...a.part].some((c) => b.part.has(c));
        let label: boolean;
        if (ev && pa) label = true;
        else if (!ev && !pa) label = false;
        else continue; // one shared chain only: the same event told of other participants, or another event of the same people
        if (al.clash(i, j)) continue; // a clash is never a link, whatever the score
        const s = al.score(i, j);
        if (label) part.pos++;
        else part.neg++;
        THRESHOLDS.forEach((t, k) => {
          if (s >= t) (label ? part.tp : part.fp)[k]++;
        });
      }
    }
  }
  const out: Record<string, unknown> = {};
  for (const [name, p] of Object.entries(parts)) {
    process.stdout.write(`\n${name}: ${p.pos} same-event pairs, ${p.neg} other pairs among the candidates\n  t      precision  recall\n`);
    const rowsOut = THRESHOLDS.map((t, k) => {
      const prec = p.tp[k] + p.fp[k] ? p.tp[k] / (p.tp[k] + p.fp[k]) : 1;
      const rec = p.pos ? p.tp[k] / p.pos : 0;
      process.stdout.write(`  ${t.toFixed(2)}   ${(100 * prec).toFixed(1).padStart(6)}   ${(100 * rec).toFixed(1).padStart(6)}\n`);
      return { t, precision: +prec.toFixed(4), recall: +rec.toFixed(4), links: p.tp[k] + p.fp[k] };
    });
    out[name] = { same: p.pos, other: p.neg, rows: rowsOut };
  }
  return out;
}
