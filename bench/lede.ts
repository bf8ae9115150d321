/**
 * What a reader sees first (issue #12), on real AllSides stories (left / centre / right excerpts
 * of one story; the coverage bench's hash split into dev and held-out, ids below
 * PARALLAX_UNSEEN_FROM, default 6000, so the reserved stories are never read; stories of three
 * articles or more):
 *
 * - rubrics: dossier items (fact texts, exclusives, summary sentences) whose quoted text opens
 *   with a colon label of at most five words ("Driving the news: …", "Why it matters: …") or is a
 *   line of capitals alone. The pattern is wider than annotate/prose.ts's rule on purpose: it
 *   counts what a reader would see as a label, whatever the rule decides.
 * - shared: stories with no fact reported by two or more articles, and the mean number of such
 *   facts per story (the main event missed as consensus shows up here first).
 * - lead: of a dev sample of stories labelled by reading (bench/lede-labels.json: story, the first
 *   summary sentence's article and offsets, and whether it states the story's main event — who
 *   did what, where, when — "event"; a side event, a reaction, background or an opinion while
 *   an article reports the event — "other"; no article of the story reports an event, all columns
 *   or features — "none", left out of the share; no article text), the share whose summary opens
 *   with the event. Labels are only on the dev part. A first sentence not yet labelled is counted apart;
 *   LEDE_SHOW=label prints those with every article's first sentences, for labelling.
 *
 * - ecb: on ECB+ one-event stories (a subtopic's reports, the first ten by id; topics no unseen
 *   reading has opened, odd ones dev, even ones held-out, as bench/fact-link.ts splits ECB+), the
 *   articles whose lede — the first sentence of prose, after any headline and date lines — is
 *   cited by a fact two or more articles report, and the stories where no two ledes share a fact.
 *   Every report of a subtopic tells one real event, and ECB+ reports open with a headline line,
 *   so this is the main event told in other words, headline or not.
 *
 * LEDE_STORIES=n: stories per part (default all); LEDE_SHOW=rubrics prints the dev items counted
 * as rubrics, LEDE_SHOW=shared the dev stories with no shared fact and their articles' ledes.
 */
import { buildDossier } from '../src/compare/dossier.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { readLabels } from './labels.js';
import { readEcbPlus } from './data.js';
import { allsidesBenchStories, article } from './screen.js';

interface LeadLabel {
  story: string;
  article: string;
  start: number;
  end: number;
  verdict: 'event' | 'other' | 'none';
}

const STORIES = Math.max(1, Number(process.env.LEDE_STORIES ?? 1e9) || 1e9);
const SHOW = process.env.LEDE_SHOW ?? '';
// A label a reader takes for a rubric: a capitalised run of at most five words before a colon
// at the start of the quoted text, followed by a capital or a quote mark.
const RUBRIC_LIKE = /^(?:[A-Z][\w'’,.-]*)(?: [\w'’,.-]+){0,4}:\s+["“A-Z]/;
const CAPS_LINE = /^[A-Z][A-Z '’&-]*$/;

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const labels = new Map(readLabels<LeadLabel>('bench/lede-labels.json').map((l) => [`${l.story}:${l.article}:${l.start}-${l.end}`, l]));
  const out: Record<string, unknown> = {};
  for (const part of ['dev', 'held_out'] as const) {
    const stories = allsidesBenchStories(shared, part === 'held_out', STORIES);
    let rubricItems = 0;
    let rubricStories = 0;
    let noShared = 0;
    let sharedFacts = 0;
    let labelled = 0;
    let event = 0;
    let unlabelled = 0;
    let none = 0;
    for (const [story, recs] of stories) {
      const { dossier: d } = buildDossier(recs.map((r) => article(r.id, r.text, r.outlet ?? r.id)));
      const items = new Set<string>();
      for (const f of d.facts) items.add(f.text);
      for (const s of d.summary) items.add(s.text);
      const rubrics = [...items].filter((t) => RUBRIC_LIKE.test(t) || (CAPS_LINE.test(t.trim()) && /[A-Z].*[A-Z]/.test(t)));
      rubricItems += rubrics.length;
      if (rubrics.length) rubricStories++;
      if (SHOW === 'rubrics' && part === 'dev') for (const t of rubrics) process.stdout.write(`  ${story}: ${t.slice(0, 120)}\n`);
      const sharedN = d.facts.filter((f) => new Set(f.sentences.map((s) => s.article)).size >= 2).length;
      sharedFacts += sharedN;
      if (sharedN === 0) {
        noShared++;
        if (SHOW === 'shared' && part === 'dev') {
          process.stdout.write(`\n=== ${story}\n`);
          for (const a of d.articles) process.stdout.write(`[${a.id}] ${a.text.slice(0, 400).replace(/\s+/g, ' ')}\n`);
        }
      }
      if (part !== 'dev' || d.summary.length === 0) continue;
      const first = d.summary[0]!;
      const src = d.facts.find((f) => f.id === first.fact)?.source;
      if (!src) continue;
      const l = labels.get(`${story}:${src.article}:${src.start}-${src.end}`);
      if (l?.verdict === 'none') none++;
      else if (l) {
        labelled++;
        if (l.verdict === 'event') event++;
      } else {
        unlabelled++;
        if (SHOW === 'label') {
          process.stdout.write(`\n=== ${story} first: {"story": "${story}", "article": "${src.article}", "start": ${src.start}, "end": ${src.end}, "verdict": "?"}\n  >> ${first.text}\n`);
          for (const a of d.articles) process.stdout.write(`[${a.id}] ${a.text.slice(0, 300).replace(/\s+/g, ' ')}\n`);
        }
      }
    }
    const n = stories.length;
    const lead = labelled ? event / labelled : 0;
    process.stdout.write(
      `${part}: ${n} stories; rubric-like items ${rubricItems} in ${rubricStories} stories; ` +
        `stories with no shared fact ${noShared} (${((100 * noShared) / Math.max(1, n)).toFixed(1)}%), shared facts per story ${(sharedFacts / Math.max(1, n)).toFixed(2)}` +
        (part === 'dev' ? `; summary led by the event ${event}/${labelled} (${(100 * lead).toFixed(1)}%; ${none} stories with no event told, ${unlabelled} first sentences unlabelled)` : '') +
        '\n',
    );
    out[part] = { stories: n, rubricItems, rubricStories, noShared, sharedFacts, ...(part === 'dev' ? { labelled, event, none, unlabelled, lead: Number(lead.toFixed(4)) } : {}) };
  }
  Object.assign(out, ecbLedes(shared));
  return out;
}

// ECB+ topics no unseen reading has opened (bench/reserved.ts lists the subtopics
// read or reserved; a topic with either subtopic there is left out; 28 is this session's).
const ECB_OPEN_TOPICS = [12, 13, 21, 24, 29, 32];
// Reports per story (the first by id), as bench/screen.ts caps an ECB+ story.
const ECB_REPORTS = 10;
// The end of a sentence of prose (match/ledes.ts PROSE_END).
const PROSE_END = /[.!?…]["'”’)\]]*\s*$/;

/** The main event told in other words on ECB+ one-event stories (see the header). */
function ecbLedes(shared: string): Record<string, unknown> {
  const rows = readEcbPlus(shared);
  const out: Record<string, unknown> = {};
  for (const part of ['dev', 'held_out'] as const) {
    let stories = 0;
    let articles = 0;
    let sharedLedes = 0;
    let lone = 0;
    for (const topic of ECB_OPEN_TOPICS.filter((t) => (t % 2 === 1) === (part === 'dev'))) {
      for (const sub of [`${topic}ecb`, `${topic}ecbplus`]) {
        const recs = rows
          .filter((r) => r.subtopic === sub)
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .slice(0, ECB_REPORTS);
        if (recs.length < 2) continue;
        const { dossier: d } = buildDossier(recs.map((r) => article(r.id, r.text, r.id)));
        // Each article's lede: its earliest compared sentence that ends as prose.
        const ledeOf = new Map<string, { start: number; end: number }>();
        const text = new Map(d.articles.map((a) => [a.id, a.text]));
        for (const f of d.facts)
          for (const s of f.sentences) {
            const t = text.get(s.article)?.slice(s.start, s.end) ?? '';
            if (!PROSE_END.test(t)) continue;
            const cur = ledeOf.get(s.article);
            if (!cur || s.start < cur.start) ledeOf.set(s.article, { start: s.start, end: s.end });
          }
        let n = 0;
        for (const f of d.facts) {
          if (new Set(f.sentences.map((s) => s.article)).size < 2) continue;
          for (const s of f.sentences) {
            const l = ledeOf.get(s.article);
            if (l && l.start === s.start && l.end === s.end) {
              n++;
              ledeOf.delete(s.article);
            }
          }
        }
        stories++;
        articles += recs.length;
        sharedLedes += n;
        if (n < 2) lone++;
      }
    }
    process.stdout.write(`ecb ${part}: ${stories} one-event stories, ${articles} articles; ledes in a shared fact ${sharedLedes}/${articles}; stories with no two ledes in one fact ${lone}/${stories}\n`);
    out[`ecb_${part}`] = { stories, articles, sharedLedes, lone };
  }
  return out;
}
