/**
 * Coverage on real stories, for judging by reading: a deterministic sample of the shared facts
 * (two outlets or more; consensus when most) and exclusives of dossiers built from ../shared/bench/stories/ (allsides, duc2003,
 * multiling2011), each printed with the sentences that support it (consensus) or the nearest
 * statement of the other outlets and why it is not the same (exclusives). Counts per corpus are
 * written to bench/results/coverage.json; the judgements themselves are in
 * docs/coverage-judgements.md.
 *
 * Stories are split by the same hash as bench/screen.ts: PARALLAX_PART=dev prints the dev half
 * (the only one looked at while choosing rules), the default prints the held-out half;
 * PARALLAX_SAMPLE=n takes the n-th block of stories of the part (a fresh sample). Skipped,
 * with a message, when ../shared is absent.
 *
 * PARALLAX_UNSEEN_FROM=id leaves out the allsides stories with that id or more (kept unread for a
 * final unseen reading); PARALLAX_STORIES=corpus:n,… replaces the stories sampled per corpus
 * ("allsides:20" reads twenty allsides stories and no others). Both default to the sample above.
 */
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { ArticleSpan } from '../src/core/schema.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { article, storiesOfPart, storyHash } from './screen.js';

// Stories sampled per corpus, and items per story (enough to judge, few enough to read).
const DEFAULT_STORIES: Record<string, number> = { allsides: 8, duc2003: 2, multiling2011: 2 };

/**
 * The stories per corpus to sample: PARALLAX_STORIES ("allsides:20,duc2003:1"; PARALLAX_CORPORA is
 * the same setting under the name another branch gave it, e.g. "duc2006:3" for the large DUC 2006
 * topic collections, whose facts gather the most sentences) or the default.
 */
function storiesPerCorpus(): Record<string, number> {
  const spec = process.env.PARALLAX_STORIES ?? process.env.PARALLAX_CORPORA;
  if (!spec) return DEFAULT_STORIES;
  const out: Record<string, number> = {};
  for (const part of spec.split(',')) {
    const [corpus, k] = part.split(':');
    if (corpus && Number(k) > 0) out[corpus] = Number(k);
  }
  return out;
}
// Items per story: PARALLAX_PER_STORY, default 5 (enough to judge, few enough to read).
const PER_STORY = Math.max(1, Number(process.env.PARALLAX_PER_STORY ?? 5) || 5);
const CHARS = 160;

function spanText(d: Dossier, s: ArticleSpan): string {
  const t = d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end).replace(/\s+/g, ' ');
  return t.length > CHARS ? `${t.slice(0, CHARS - 1)}…` : t;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const part = process.env.PARALLAX_PART === 'dev' ? 'dev' : 'held_out';
  // Sample 1 = the first stories of the part in hash order, sample 2 the next ones, and so on.
  const sampleNo = Math.max(1, Number(process.env.PARALLAX_SAMPLE ?? 1) || 1);
  const out: Record<string, unknown> = { part, sample: sampleNo };
  const unseenFrom = Number(process.env.PARALLAX_UNSEEN_FROM ?? Infinity);
  for (const [corpus, k] of Object.entries(storiesPerCorpus())) {
    const stories = storiesOfPart(shared, corpus, part === 'held_out', 3)
      .filter(([story]) => corpus !== 'allsides' || !(Number(story) >= unseenFrom))
      .slice(k * (sampleNo - 1), k * sampleNo);
    let facts = 0;
    let consensus = 0;
    let exclusives = 0;
    for (const [story, recs] of stories) {
      const { dossier: d } = buildDossier(recs.map((r) => article(r.id, r.text, r.outlet ?? r.id)));
      facts += d.facts.length;
      consensus += d.coverage.consensus.length;
      const ex = d.coverage.exclusives.flatMap((e) => e.facts);
      exclusives += ex.length;
      process.stdout.write(`\n=== ${corpus} ${story}: ${recs.length} articles, ${d.facts.length} facts, ${d.coverage.consensus.length} consensus, ${ex.length} exclusive\n`);
      const byHash = (ids: string[]) => [...ids].sort((a, b) => storyHash(story + a) - storyHash(story + b)).slice(0, PER_STORY);
      // Consensus facts are few in stories of ten (six outlets must agree), so every fact that
      // two or more outlets support is sampled: the alignment behind consensus is the same.
      const shared = d.facts.filter((f) => f.support.length >= 2).map((f) => f.id);
      for (const id of byHash(shared)) {
        const f = d.facts.find((x) => x.id === id)!;
        process.stdout.write(`C ${story}/${id} [${f.support.length}${d.coverage.consensus.includes(id) ? ', consensus' : ''}]\n`);
        for (const s of f.sentences) process.stdout.write(`    ${s.article}: ${spanText(d, s)}\n`);
      }
      for (const id of byHash(ex)) {
        const f = d.facts.find((x) => x.id === id)!;
        const e = d.coverage.exclusives.find((x) => x.facts.includes(id))!;
        process.stdout.write(`X ${story}/${id} ${f.support[0]}: ${spanText(d, f.source)}\n`);
        for (const n of (e.nearest ?? []).filter((x) => x.fact === id)) process.stdout.write(`    ~ ${n.sentence.article}: ${spanText(d, n.sentence)} — ${n.reason}\n`);
      }
    }
    out[corpus] = { stories: stories.length, facts, consensus, exclusives };
  }
  return out;
}
