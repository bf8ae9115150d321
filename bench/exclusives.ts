/**
 * Exclusives that are true (issue #12): of the facts a dossier lists as reported by one outlet
 * alone, the share that really is — no other article of the story reports the same thing, in any
 * words. Measured on real AllSides stories (left / centre / right excerpts of one story) against
 * labels judged by reading, kept in bench/exclusives-labels.json as story id, article id and the
 * sentence's character offsets with the verdict (never the text):
 *   - "exclusive": no other article of the story reports what the sentence reports;
 *   - "reported": another article reports its main claim (the participants and the act of its main
 *     clause), in other words or in part of a longer sentence.
 *
 * Printed per part (dev / held-out: the coverage bench's hash split, bench/screen.ts heldOut;
 * AllSides stories from PARALLAX_UNSEEN_FROM on — 6000 by default, as the coverage bench is run —
 * are left out, so the reserved ones are never read): exclusives listed, how many are labelled,
 * the share of labelled ones judged exclusive (precision of "only one outlet reports this"), and
 * how many of the labelled true exclusives are still listed (what a looser "reported elsewhere"
 * loses). A label whose sentence is no longer listed is not counted in the share; one whose
 * sentence is no longer a sentence of the dossier (its boundaries moved) is counted as stale.
 *
 * Also printed: how many of the nearest statements an exclusive could show (one for each other
 * report of its story) are shown, and how many exclusives show one from every other outlet.
 *
 * EXCLUSIVES_STORIES=n: stories per part (default 32, the labelled ones). EXCLUSIVES_SHOW=label
 * prints the unlabelled exclusives with their stories' articles, for labelling;
 * EXCLUSIVES_SHOW=errors prints the dev part's listed exclusives labelled "reported" and the
 * true exclusives no longer listed (errors are read on the dev part only).
 */
import { buildDossier } from '../src/compare/dossier.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { readLabels } from './labels.js';
import { allsidesBenchStories, article } from './screen.js';

interface Label {
  story: string;
  article: string;
  start: number;
  end: number;
  verdict: 'exclusive' | 'reported';
}

const STORIES = Math.max(1, Number(process.env.EXCLUSIVES_STORIES ?? 32) || 32);
const SHOW = process.env.EXCLUSIVES_SHOW ?? '';

const keyOf = (story: string, art: string, start: number, end: number): string => `${story}:${art}:${start}-${end}`;

function loadLabels(): Map<string, Label> {
  const out = new Map<string, Label>();
  for (const l of readLabels<Label>('bench/exclusives-labels.json')) out.set(keyOf(l.story, l.article, l.start, l.end), l);
  return out;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const labels = loadLabels();
  const out: Record<string, unknown> = {};
  for (const part of ['dev', 'held_out'] as const) {
    const stories = allsidesBenchStories(shared, part === 'held_out', STORIES);
    let listed = 0;
    let labelled = 0;
    let exclusive = 0;
    // True exclusives of these stories (labelled), and how many are still listed.
    let trueAll = 0;
    let trueKept = 0;
    let stale = 0;
    // Nearest statements shown: per exclusive, one for each other report of the story (a copy of
    // the exclusive's own report has none to give); exclusives shown with one from every other.
    let nearShown = 0;
    let nearSlots = 0;
    let nearEvery = 0;
    for (const [story, recs] of stories) {
      const { dossier: d } = buildDossier(recs.map((r) => article(r.id, r.text, r.outlet ?? r.id)));
      const reports = new Set(d.articles.map((a) => a.id));
      for (const g of d.coverage.copies ?? []) for (const a of g.slice(1)) reports.delete(a);
      const now = new Set<string>();
      const unlabelled: string[] = [];
      const wrong: string[] = [];
      for (const e of d.coverage.exclusives) {
        for (const id of e.facts) {
          const f = d.facts.find((x) => x.id === id)!;
          const s = f.source;
          const key = keyOf(story, s.article, s.start, s.end);
          now.add(key);
          listed++;
          const shownHere = (e.nearest ?? []).filter((x) => x.fact === id).length;
          const others = reports.size - 1;
          nearShown += Math.min(shownHere, others);
          nearSlots += others;
          if (shownHere >= others) nearEvery++;
          const l = labels.get(key);
          const text = d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end).replace(/\s+/g, ' ');
          const near = (e.nearest ?? []).filter((x) => x.fact === id).map((n) => `    ~ ${n.sentence.article}: ${d.articles.find((a) => a.id === n.sentence.article)!.text.slice(n.sentence.start, n.sentence.end).replace(/\s+/g, ' ')} — ${n.reason}`);
          if (!l) unlabelled.push([`  ? ${key} ${text}`, ...near].join('\n'));
          else {
            labelled++;
            if (l.verdict === 'exclusive') exclusive++;
            else wrong.push([`  R ${key} ${text}`, ...near].join('\n'));
          }
        }
      }
      const lost: string[] = [];
      // Sentences of the dossier: a label whose sentence is no longer one (its boundaries moved,
      // e.g. an abbreviation that no longer ends a sentence) is stale, not lost.
      const spans = new Set(d.facts.flatMap((f) => f.sentences.map((x) => keyOf(story, x.article, x.start, x.end))));
      for (const l of labels.values()) {
        if (l.story !== story || l.verdict !== 'exclusive') continue;
        if (!spans.has(keyOf(l.story, l.article, l.start, l.end))) {
          stale++;
          continue;
        }
        trueAll++;
        const k = keyOf(l.story, l.article, l.start, l.end);
        if (now.has(k)) trueKept++;
        else lost.push(`  L ${k} ${d.articles.find((a) => a.id === l.article)?.text.slice(l.start, l.end).replace(/\s+/g, ' ') ?? ''}`);
      }
      const show = (SHOW === 'label' && unlabelled.length) || (SHOW === 'errors' && part === 'dev' && (wrong.length || lost.length));
      if (show) {
        process.stdout.write(`\n=== ${part} ${story}\n`);
        for (const a of d.articles) process.stdout.write(`[${a.id}] ${a.text.replace(/\s+/g, ' ')}\n`);
        for (const x of SHOW === 'label' ? unlabelled : [...wrong, ...lost]) process.stdout.write(`${x}\n`);
      }
    }
    const share = labelled ? exclusive / labelled : 0;
    process.stdout.write(
      `${part}: ${stories.length} stories, ${listed} exclusives listed, ${labelled} labelled, ` +
        `${exclusive} really exclusive (${(100 * share).toFixed(1)}%); true exclusives still listed ${trueKept}/${trueAll}` +
        (stale ? ` (${stale} labelled sentences no longer sentences)` : '') +
        `; nearest statements shown ${nearShown}/${nearSlots} (exclusives with one from every other outlet ${nearEvery}/${listed})` +
        '\n',
    );
    out[part] = { stories: stories.length, listed, labelled, exclusive, share: Number(share.toFixed(4)), trueKept, trueAll, stale, nearShown, nearSlots, nearEvery };
  }
  return out;
}
