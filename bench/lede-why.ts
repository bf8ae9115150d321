/**
 * Why two ledes were not linked (issue #12), on the AllSides dev stories with no shared fact:
 * for each pair of the articles' first fact sentences, which of the lede link's three tests fails
 * (facts.ts ledeLink: affinity from 0.4, one main act named outright, a shared name or figure); a
 * pair passing all three may still fail its mutual best match, the years test or a later split.
 * Ledes are match/ledes.ts ledeFlags (the first sentence, and after a headline line the first of prose).
 * Run: node dist/bench/lede-why.js (dev stories only; the held-out part is never printed).
 */
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { factSentences } from '../src/compare/facts/facts.js';
import { Affinity } from '../src/compare/match/affinity.js';
import { splitLongSentences } from '../src/compare/match/long-sentences.js';
import { ledeFlags } from '../src/compare/match/ledes.js';
import { oneNamedAct, readAct, sameMainAct } from '../src/compare/words/predicates.js';
import { sharedDir } from '../test/helpers/shared.js';
import { allsidesBenchStories, article } from './screen.js';

const shared = sharedDir();
if (!shared) process.exit(0);
const stats = new Map<string, number>();
for (const [story, recs] of allsidesBenchStories(shared, false, 1e9)) {
  const arts = recs.map((r) => article(r.id, r.text, r.outlet ?? r.id));
  const { dossier: d } = buildDossier(arts);
  if (d.facts.some((f) => new Set(f.sentences.map((s) => s.article)).size >= 2)) continue;
  const sents = factSentences(arts.map((a) => splitLongSentences(annotate(a))));
  const flags = ledeFlags(sents, (id) => arts.find((a) => a.id === id)!.text);
  const ledes = sents.filter((_, i) => flags[i]);
  const aff = new Affinity(sents.map((s) => s.text));
  process.stdout.write(`\n=== ${story}\n`);
  for (const l of ledes) {
    const a = readAct(l.text);
    process.stdout.write(`[${l.article}] main=${a.main.map((p) => p.lemma).join('/')} subj=${a.subject.join(' ')} :: ${l.text.slice(0, 260)}\n`);
  }
  for (let x = 0; x < ledes.length; x++)
    for (let y = x + 1; y < ledes.length; y++) {
      if (ledes[x].article === ledes[y].article) continue;
      const i = ledes[x].idx;
      const j = ledes[y].idx;
      const fails: string[] = [];
      const s = aff.score(i, j);
      if (s < 0.4) fails.push(`score ${s.toFixed(2)}`);
      if (!sameMainAct(readAct(ledes[x].text), readAct(ledes[y].text), 2)) fails.push('act');
      if (!aff.anchored(i, j)) fails.push('anchor');
      // One named participant's one act named outright (predicates.ts oneNamedAct): the pairs the
      // lede link takes from the lower floor (facts.ts LEDE_ACT_LINK).
      if (oneNamedAct(readAct(ledes[x].text), readAct(ledes[y].text))) fails.push(`(one named act, score ${s.toFixed(2)})`);
      for (const f of fails.filter((f) => !f.startsWith('('))) stats.set(f.split(' ')[0], (stats.get(f.split(' ')[0]) ?? 0) + 1);
      process.stdout.write(`  ${ledes[x].article} ~ ${ledes[y].article}: ${fails.join(', ') || 'all pass (best match / years?)'}\n`);
    }
}
process.stdout.write(`\nfailing conditions over lede pairs: ${[...stats].map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
