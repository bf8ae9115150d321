/**
 * Every conflict card raised on real untouched stories, with the sentence of every side: the
 * reading tool behind docs/conflict-judgements.md (precision of the cards, read by hand).
 * Usage: node dist/bench/conflict-cards.js CORPUS [STORY …] > cards.txt
 * CORPUS is a file of ../shared/bench/stories (allsides, duc2003, duc2006, multiling2011) or
 * `ecbplus` (the ECB+ dev articles, one story a subtopic; no outlets, no dates). With no STORY,
 * the corpus's dev stories are read: for DUC and MultiLing the dev half (bench/summary.ts
 * devStories) minus the injected set's held-out stories; for AllSides 5607–6079 (6080–6112 are
 * reserved for the coordinator's unseen reading and never opened here, even when named). The
 * stories reserved for a session's final unseen reading (RESERVED below) are never opened either.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import { ingestAll } from '../src/ingest/index.js';
import { sharedDir } from '../test/helpers/shared.js';
import { describeConflict, isHeldOut } from './conflicts-injected.js';
import { devStories } from './summary.js';

interface Rec { id: string; story: string; title?: string; text: string; outlet?: string; published?: string }

async function main(): Promise<void> {
  const shared = sharedDir();
  if (!shared) throw new Error('no shared data');
  const corpus = process.argv[2];
  const asked = process.argv.slice(3);
  let recs: Rec[];
  if (corpus === 'ecbplus') {
    recs = readFileSync(path.join(shared, 'bench', 'ecbplus', 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const r = JSON.parse(l) as { id: string; subtopic: string; text: string };
      return { id: r.id, story: r.subtopic, text: r.text };
    });
  } else {
    recs = readFileSync(path.join(shared, 'bench', 'stories', `${corpus}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);
  }
  // Never list the stories read in the coordinator's unseen readings: AllSides 6080–6112 and the
  // sets below (sessions 13 to 16; docs/coverage-judgements.md and conflict-judgements.md say what
  // was found there). Read once, they are no longer unseen, and a bench that prints their cards
  // would invite rules written for them.
  const RESERVED = new Set([
    '6002', '6015', '6035', '6062', '6097', 'd30012t', 'd31041t', 'D0616G', 'D0632E', '22ecb',
    '6014', '6016', '6017', '6019', '6020', '6023', '6025', 'D0604D', 'D0618I', 'D0619A', 'D0621C', 'D0630C', 'D0631D', 'D0634G', '14ecb', '18ecb', '34ecb',
    '6006', '6010', '6022', '6028', '6031', '6053', '6054', '6066', 'D0612C', 'D0617H', 'D0636I', 'D0639C', 'D0650E', '5ecb', '7ecbplus', '22ecbplus', '23ecb', '35ecb',
    '6004', '6032', '6034', '6036', '6039', '6041', '6043', '6049', 'D0637A', 'D0648C', '1ecbplus', '3ecbplus', '6ecb', '8ecb', '16ecb', '26ecbplus',
    '6052', '6055', '6056', '10ecb',
    '6059', '6061', '6063', '6065', '6067', '6069', '6071', '6072', 'D0647B', 'D0608H', 'd30016t', 'M007', '6ecbplus', '11ecbplus', '27ecbplus', '33ecb',
    '6073', '6074', '6075', '6076', '6077', '6078', 'D0606F', '14ecbplus', '18ecbplus', '34ecbplus',
    '6001', '6008', '6018', '6026', '6044', '6047', '6058', '6079', 'D0611B', 'D0623E', 'd30040t', 'd31031t', 'M003', '19ecb', '19ecbplus', '30ecb', '30ecbplus',
    '6000', 'd31010t',
    '6003', '6007', '6009', '6011', '6012', '6013', '6021', '6024', 'D0638B', 'D0641E', 'd30042t', 'd31033t', 'M005', '2ecb', '2ecbplus', '25ecb', '25ecbplus',
    '6029', '6033', 'D0644H',
    '6037', '6038', '6040', '6045', '6046', '6048', '6050', '6051', 'D0640D', 'D0643G', 'd30044t', 'd30048t', 'M008', '20ecb', '20ecbplus', '31ecb', '31ecbplus',
    '6057', '6060', '6064',
    '6005', '6027', '6068', '6070', 'D0601A', 'D0603C', 'd30003t', 'd31001t', 'M001', '4ecb', '4ecbplus', '9ecb', '9ecbplus',
    '6030', '6042', 'D0615F', 'D0633F', 'D0635H', 'D0642F', 'd30010t', 'd30034t', 'd31013t', 'd31038t', 'M004', '28ecb', '28ecbplus',
  ]);
  const reserved = (s: string): boolean => RESERVED.has(s) || (corpus === 'allsides' && Number(s) >= 6080 && Number(s) <= 6112);
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
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cards-'));
    const files: string[] = [];
    for (const r of recs.filter((x) => x.story === story)) {
      const f = path.join(dir, `${r.id.replace(/[^\w.-]/g, '_')}.json`);
      writeFileSync(f, JSON.stringify({ title: r.title, text: r.text, outlet: r.outlet, published: r.published }));
      files.push(f);
    }
    const { articles } = await ingestAll(files);
    const { dossier } = buildDossier(articles);
    rmSync(dir, { recursive: true, force: true });
    for (const c of dossier.conflicts) {
      cards++;
      if ((c as { confidence?: string }).confidence !== 'possible') sure++;
      process.stdout.write(`CARD ${corpus}/${story}\n${describeConflict(dossier, c)}\n    why: ${c.why}\n`);
    }
  }
  process.stdout.write(`# ${corpus}: ${stories.length} stories, ${cards} cards (${sure} confident)\n`);
}
void main();
