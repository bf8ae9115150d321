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
 * topics are held out).
 *
 * It then measures the final grouping, for a range of predicate vector cuts (facts.ts
 * PREDICATE_NEAR; "off" = no predicate test): precision = of the pairs of sentences of different
 * reports put in one fact, both carrying an annotated event, the share that share an event chain
 * (the same act, not only the same topic); recall = the share of such same-event pairs (sharing
 * an event chain and a participant chain) that end in one fact; and "lost" = sentences sharing an
 * event and a participant chain with a sentence of another report that end alone and related to
 * nothing (they would be listed as exclusives: the price of a stricter fact). The same grouping
 * figures are then printed for a range of main-event link floors (facts.ts MAIN_EVENT_LINK; "off"
 * = no main-event link) at the shipped vector cut. Skipped, with a message, when ../shared is
 * absent.
 */
import { annotate } from '../src/annotate/index.js';
import { alignFacts, type AlignOptions } from '../src/compare/facts/facts.js';
import { splitLongSentences } from '../src/compare/match/long-sentences.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { article } from './screen.js';

interface Mention { tag: string; start: number; end: number; chain: string | null }

const THRESHOLDS = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1];
// Predicate vector cuts tried for the grouping (2 = the predicate test off).
const NEARS = [2, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
// Main-event link floors tried for the grouping at the shipped vector cut (facts.ts
// MAIN_EVENT_LINK; 2 = the main-event link off).
const MAIN_LINKS = [2, 0.4, 0.5, 0.6, 0.7];
// Proposition link floors tried at the shipped vector cut and main-event floor (facts.ts
// PROPOSITION_LINK; 2 = off): two main clauses stating one who-did-what-to-whom.
const PROP_LINKS = [2, 0.2, 0.3, 0.4];
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
  type Group = { judged: number; right: number; same: number; linked: number; lost: number };
  const groups: Record<string, Group[]> = { dev: NEARS.map(() => ({ judged: 0, right: 0, same: 0, linked: 0, lost: 0 })), held_out: NEARS.map(() => ({ judged: 0, right: 0, same: 0, linked: 0, lost: 0 })) };
  const mainGroups: Record<string, Group[]> = { dev: MAIN_LINKS.map(() => ({ judged: 0, right: 0, same: 0, linked: 0, lost: 0 })), held_out: MAIN_LINKS.map(() => ({ judged: 0, right: 0, same: 0, linked: 0, lost: 0 })) };
  const propGroups: Record<string, Group[]> = { dev: PROP_LINKS.map(() => ({ judged: 0, right: 0, same: 0, linked: 0, lost: 0 })), held_out: PROP_LINKS.map(() => ({ judged: 0, right: 0, same: 0, linked: 0, lost: 0 })) };
  for (const [, docs] of [...bySub].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const partName = docs[0].topic % 2 === 1 ? 'dev' : 'held_out';
    const part = parts[partName];
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
    const settings: Array<[Group, AlignOptions]> = [
      ...NEARS.map((near, k): [Group, AlignOptions] => [groups[partName][k], { predicateNear: near }]),
      ...MAIN_LINKS.map((m, k): [Group, AlignOptions] => [mainGroups[partName][k], { mainEventLink: m }]),
      ...PROP_LINKS.map((m, k): [Group, AlignOptions] => [propGroups[partName][k], { propositionLink: m }]),
    ];
    settings.forEach(([g, opts]) => {
      const a2 = alignFacts(arts, undefined, opts);
      const factOf = new Map<number, number>();
      a2.facts.forEach((f, fi) => f.members.forEach((m) => factOf.set(m.idx, fi)));
      const touched = new Set<number>();
      for (const [x, y] of a2.related) {
        touched.add(x);
        touched.add(y);
      }
      const sameEvent = (x: number, y: number): boolean => [...chainsOf[x].ev].some((c) => chainsOf[y].ev.has(c));
      const samePart = (x: number, y: number): boolean => [...chainsOf[x].part].some((c) => chainsOf[y].part.has(c));
      const S = a2.sentences;
      const hasMatch = new Set<number>();
      for (let x = 0; x < S.length; x++) {
        if (!chainsOf[x].ev.size) continue;
        for (let y = x + 1; y < S.length; y++) {
          if (!chainsOf[y].ev.size || S[x].article === S[y].article) continue;
          const together = factOf.get(x) === factOf.get(y);
          const same = sameEvent(x, y);
          if (together) {
            g.judged++;
            if (same) g.right++;
          }
          if (same && samePart(x, y)) {
            g.same++;
            if (together) g.linked++;
            hasMatch.add(x);
            hasMatch.add(y);
          }
        }
      }
      for (const x of hasMatch) if (a2.facts[factOf.get(x)!].members.length === 1 && !touched.has(x)) g.lost++;
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
  for (const [name, gs] of Object.entries(groups)) {
    process.stdout.write(`\n${name} grouping: pairs of one fact sharing an event chain\n  near   precision  judged  recall  lost\n`);
    out[`${name}_grouping`] = NEARS.map((near, k) => {
      const g = gs[k];
      const prec = g.judged ? g.right / g.judged : 1;
      const rec = g.same ? g.linked / g.same : 0;
      process.stdout.write(`  ${near === 2 ? 'off ' : near.toFixed(2)}   ${(100 * prec).toFixed(1).padStart(6)}   ${String(g.judged).padStart(6)}  ${(100 * rec).toFixed(1).padStart(5)}  ${String(g.lost).padStart(4)}\n`);
      return { near: near === 2 ? 'off' : near, precision: +prec.toFixed(4), judged: g.judged, recall: +rec.toFixed(4), lost: g.lost };
    });
  }
  for (const [name, gs] of Object.entries(mainGroups)) {
    process.stdout.write(`\n${name} grouping by main-event link floor (vector cut 0.5)\n  floor  precision  judged  recall  lost\n`);
    out[`${name}_main_event`] = MAIN_LINKS.map((m, k) => {
      const g = gs[k];
      const prec = g.judged ? g.right / g.judged : 1;
      const rec = g.same ? g.linked / g.same : 0;
      process.stdout.write(`  ${m === 2 ? 'off ' : m.toFixed(2)}   ${(100 * prec).toFixed(1).padStart(6)}   ${String(g.judged).padStart(6)}  ${(100 * rec).toFixed(1).padStart(5)}  ${String(g.lost).padStart(4)}\n`);
      return { floor: m === 2 ? 'off' : m, precision: +prec.toFixed(4), judged: g.judged, recall: +rec.toFixed(4), lost: g.lost };
    });
  }
  for (const [name, gs] of Object.entries(propGroups)) {
    process.stdout.write(`\n${name} grouping by proposition link floor (vector cut 0.5, main-event floor 0.5)\n  floor  precision  judged  recall  lost\n`);
    out[`${name}_proposition`] = PROP_LINKS.map((m, k) => {
      const g = gs[k];
      const prec = g.judged ? g.right / g.judged : 1;
      const rec = g.same ? g.linked / g.same : 0;
      process.stdout.write(`  ${m === 2 ? 'off ' : m.toFixed(2)}   ${(100 * prec).toFixed(1).padStart(6)}   ${String(g.judged).padStart(6)}  ${(100 * rec).toFixed(1).padStart(5)}  ${String(g.lost).padStart(4)}\n`);
      return { floor: m === 2 ? 'off' : m, precision: +prec.toFixed(4), judged: g.judged, recall: +rec.toFixed(4), lost: g.lost };
    });
  }
  return out;
}
