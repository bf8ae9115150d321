/**
 * Faithfulness of shared facts (issue #12): a shared fact is shown as one member's whole sentence,
 * cited to every supporting outlet. When that sentence carries a clause no other member reports
 * ("X did A, adding B" where the others tell only A), showing it unmarked credits the other outlets
 * with B. The dossier now marks such clauses as the shown outlet's own (Fact.own, from
 * facts.ts ownParts / entail.ts clauseCover).
 *
 * Counted over the stories of AllSides (left / centre / right excerpts; ids below
 * PARALLAX_UNSEEN_FROM, 6000 by default), DUC 2003 and DUC 2006, dev and held-out parts by the
 * coverage bench's hash (bench/screen.ts heldOut), the reserved stories and those of earlier final
 * readings (consensus.ts LEFT_OUT) left out:
 *   - shared: facts supported by two or more articles;
 *   - clauses: those whose shown sentence has two or more clauses (only they can carry an extra);
 *   - own: those whose shown sentence has a clause no other member reports — before this change
 *     each was shown unmarked, crediting every cited outlet with it; now each is shown marked;
 *   - unmarked: shared facts showing such a clause without a mark (0 when every `own` is shown).
 *
 * FACT_CORE_SHOW=dev prints the dev part's marked facts with every cited sentence, to read.
 * FACT_CORE_STORIES=allsides:120,duc2003:5,duc2006:8 sets the stories per corpus and part.
 */
import { buildDossier } from '../src/compare/dossier.js';
import type { Dossier, Fact } from '../src/core/dossier-schema.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { LEFT_OUT } from './consensus.js';
import { isReserved } from './reserved.js';
import { article, storiesOfPart } from './screen.js';

const PLAN: Record<string, number> = { allsides: 120, duc2003: 5, duc2006: 8 };
for (const x of (process.env.FACT_CORE_STORIES ?? '').split(',').filter(Boolean)) {
  const [c, n] = x.split(':');
  if (c && Number(n) >= 0) PLAN[c] = Number(n);
}
const SHOW = process.env.FACT_CORE_SHOW ?? '';

const text = (d: Dossier, s: { article: string; start: number; end: number }): string =>
  d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end).replace(/\s+/g, ' ');

/** The shown sentence with its own parts in [[…]]. */
function marked(d: Dossier, f: Fact): string {
  const a = d.articles.find((x) => x.id === f.source.article)!;
  let out = '';
  let at = f.source.start;
  for (const o of f.own ?? []) {
    out += a.text.slice(at, o.start) + '[[' + a.text.slice(o.start, o.end) + ']]';
    at = o.end;
  }
  return (out + a.text.slice(at, f.source.end)).replace(/\s+/g, ' ');
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const unseenFrom = Number(process.env.PARALLAX_UNSEEN_FROM ?? 6000);
  const out: Record<string, unknown> = {};
  for (const [corpus, limit] of Object.entries(PLAN)) {
    if (!limit) continue;
    for (const part of ['dev', 'held_out'] as const) {
      const stories = storiesOfPart(shared, corpus, part === 'held_out', 3)
        .filter(([story]) => !isReserved(corpus, story) && !LEFT_OUT.has(story) && !(corpus === 'allsides' && Number(story) >= unseenFrom))
        .slice(0, limit);
      let sharedFacts = 0;
      let clauses = 0;
      let own = 0;
      let unmarked = 0;
      let ownChars = 0;
      let shownChars = 0;
      for (const [story, recs] of stories) {
        const { dossier: d } = buildDossier(recs.map((r) => ({ ...article(r.id, r.text, r.outlet ?? r.id, r.title ?? null), published: (r as { published?: string | null }).published ?? null })));
        for (const f of d.facts) {
          if (f.support.length < 2) continue;
          sharedFacts++;
          if (/[;:—–]|,\s|\s-\s|\s(?:which|who|whom|where|while|after|before|because|although|though|when|whereas|as well as|but)\s/i.test(f.text)) clauses++;
          if (!f.own?.length) continue;
          own++;
          shownChars += f.source.end - f.source.start;
          for (const o of f.own) ownChars += o.end - o.start;
          // Every own part lies inside the shown sentence (offsets exact): else it is not shown.
          if (!f.own.every((o) => o.article === f.source.article && o.start >= f.source.start && o.end <= f.source.end && o.start < o.end)) unmarked++;
          if (SHOW === part && part === 'dev') {
            process.stdout.write(`\n${corpus} ${story} ${f.id} (${f.support.length} articles)\n  SHOWN ${f.source.article}: ${marked(d, f)}\n`);
            for (const s of f.sentences) if (s.article !== f.source.article) process.stdout.write(`  ${s.article}: ${text(d, s)}\n`);
          }
        }
      }
      const key = `${corpus}_${part}`;
      out[key] = { stories: stories.length, shared: sharedFacts, clauses, own, unmarked, own_share_of_shown: shownChars ? Number((ownChars / shownChars).toFixed(3)) : 0 };
      process.stdout.write(`${key}: ${stories.length} stories, ${sharedFacts} shared facts (${clauses} shown with two or more clauses); ${own} show a clause no other member reports (${sharedFacts ? ((100 * own) / sharedFacts).toFixed(1) : '0'}%), now marked as the outlet's own; ${unmarked} unmarked\n`);
    }
  }
  return out;
}
