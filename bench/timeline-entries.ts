/**
 * The timeline entries and time values of real untouched dev stories, printed one a line so that
 * two versions of the code can be diffed (the reading tool behind docs/dossier.md's timeline
 * sections; earlier sessions used a throw-away script for this).
 * Usage: node dist/bench/timeline-entries.js CORPUS [STORY …] > entries.txt
 * CORPUS is a file of ../shared/bench/stories (allsides, duc2003, duc2006, multiling2011). The
 * stories read are those conflict-cards reads (dev halves; AllSides 5607–6079; never a reserved
 * story nor an injected held-out one).
 * Lines: `ENTRY story date precision support=N [expressions] text` for every entry, `TIME story
 * article start "text" value` for every resolved time expression of an article; the last line
 * counts entries, entries shown by a clause of their sentence, and time values. An entry whose
 * date is a side phrase's (an apposition, a relative clause, a deadline) shows up in the diff of
 * two versions as an entry that moved or went.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle } from '../src/core/schema.js';
import { sharedDir } from '../test/helpers/shared.js';
import { isHeldOut } from './conflicts-injected.js';
import { isReserved } from './reserved.js';
import { ingestRecords, type StoryRec } from './story-ingest.js';
import { devStories } from './summary.js';

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) throw new Error('no shared data');
  const corpus = process.argv[2];
  const asked = process.argv.slice(3);
  const recs = readFileSync(path.join(shared, 'bench', 'stories', `${corpus}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as StoryRec);
  const injectedRoot = path.join(shared, 'bench', 'conflicts');
  const heldOutInjected = (s: string): boolean => existsSync(path.join(injectedRoot, corpus, s)) && isHeldOut(corpus, s);
  const all = [...new Set(recs.map((r) => r.story))].filter((s) => !isReserved(corpus, s) && !heldOutInjected(s));
  let stories: string[];
  if (asked.length) stories = asked.filter((s) => all.includes(s));
  else if (corpus === 'allsides') stories = all.filter((s) => Number(s) >= 5607 && Number(s) <= 6079);
  else {
    const dev = devStories([...new Set(recs.map((r) => r.story))]);
    stories = all.filter((s) => dev.has(s));
  }
  let entries = 0;
  let clauses = 0;
  let values = 0;
  const one = (s: string): string => s.replace(/\s+/g, ' ');
  for (const story of stories.sort()) {
    const articles = await ingestRecords(recs.filter((x) => x.story === story), 'timeline');
    const annotated: AnnotatedArticle[] = [];
    const { dossier } = buildDossier(articles, { annotate: (x) => { const a = annotate(x); annotated.push(a); return a; } });
    for (const e of dossier.timeline) {
      entries++;
      const whole = e.spans.some((sp) => {
        const a = annotated.find((x) => x.id === sp.article);
        return a?.sentences.some((s) => s.start <= sp.start && sp.end <= s.end && one(a.text.slice(s.start, s.end)) === one(e.text));
      });
      if (!whole) clauses++;
      process.stdout.write(`ENTRY ${story} ${e.date} ${e.precision} support=${e.support.length} [${e.spans.map((sp) => one(sp.text)).join(' | ')}]${whole ? '' : ' CLAUSE'} ${one(e.text)}\n`);
    }
    for (const a of annotated) {
      for (const t of a.times) {
        values++;
        process.stdout.write(`TIME ${story} ${a.id} ${t.start} "${one(t.text)}" ${t.timex}\n`);
      }
    }
  }
  process.stdout.write(`# ${corpus}: ${stories.length} stories, ${entries} entries (${clauses} shown by a clause), ${values} time values\n`);
}
void main();
