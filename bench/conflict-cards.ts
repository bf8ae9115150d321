/**
 * Every conflict card raised on real untouched stories, with the sentence of every side: the
 * reading tool behind docs/conflict-judgements.md (precision of the cards, read by hand).
 * Usage: node dist/bench/conflict-cards.js CORPUS [STORY …] > cards.txt
 * CORPUS is a file of ../shared/bench/stories (allsides, duc2003, duc2006, multiling2011) or
 * `ecbplus` (the ECB+ dev articles, one story a subtopic; no outlets, no dates). With no STORY,
 * the corpus's dev stories are read: for DUC and MultiLing the dev half (bench/summary.ts
 * devStories) minus the injected set's held-out stories; for AllSides 5607–6079 (6080–6112 are
 * reserved for the coordinator's unseen reading and never opened here, even when named). The
 * stories reserved for a session's final unseen reading (bench/reserved.ts) are never opened either.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import { sharedDir } from '../test/helpers/shared.js';
import { describeConflict, isHeldOut } from './conflicts-injected.js';
import { isReserved } from './reserved.js';
import { ingestRecords, type StoryRec } from './story-ingest.js';
import { devStories } from './summary.js';

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) throw new Error('no shared data');
  const corpus = process.argv[2];
  const asked = process.argv.slice(3);
  let recs: StoryRec[];
  if (corpus === 'ecbplus') {
    recs = readFileSync(path.join(shared, 'bench', 'ecbplus', 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const r = JSON.parse(l) as { id: string; subtopic: string; text: string };
      return { id: r.id, story: r.subtopic, text: r.text };
    });
  } else {
    recs = readFileSync(path.join(shared, 'bench', 'stories', `${corpus}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as StoryRec);
  }
  const reserved = (s: string): boolean => isReserved(corpus, s);
  const injectedRoot = path.join(shared, 'bench', 'conflicts');
  const injectedSource = corpus === 'ecbplus' ? 'ecb_dev' : corpus;
  const heldOutInjected = (s: string): boolean => existsSync(path.join(injectedRoot, injectedSource, s)) && isHeldOut(injectedSource, s);
  const all = [...new Set(recs.map((r) => r.story))].filter((s) => !reserved(s) && !heldOutInjected(s));
  let stories: string[];
  if (asked.length) stories = asked.filter((s) => all.includes(s));
  else if (corpus === 'allsides') stories = all.filter((s) => Number(s) >= 5607 && Number(s) <= 6079);
  else if (corpus === 'ecbplus') stories = all;
  else {
    const dev = devStories([...new Set(recs.map((r) => r.story))]);
    stories = all.filter((s) => dev.has(s));
  }
  let cards = 0;
  let sure = 0;
  for (const story of stories.sort()) {
    const articles = await ingestRecords(recs.filter((x) => x.story === story), 'cards');
    const { dossier } = buildDossier(articles);
    for (const c of dossier.conflicts) {
      cards++;
      if ((c as { confidence?: string }).confidence !== 'possible') sure++;
      process.stdout.write(`CARD ${corpus}/${story}\n${describeConflict(dossier, c)}\n    why: ${c.why}\n`);
    }
  }
  process.stdout.write(`# ${corpus}: ${stories.length} stories, ${cards} cards (${sure} confident)\n`);
}
void main();
