/**
 * Counts of entity-layer error kinds on real stories (issues #11/#12, session 28): the dossier of
 * each story is built as `parallax analyze` builds it, and its entities and quote speakers are
 * searched for constructions the unseen readings reported as errors:
 * - `possessive`: an entity mention that runs across a singular possessive into a capitalised
 *   word ("CNN's Elle Reeve" typed one body), unless English makes the whole one name: the words
 *   after it hold an organization head (a body's division, "Justice Department's Office of Legal
 *   Counsel") or a day's, an illness's or a cup's ("New Year's Eve", "Alzheimer's Disease"), a
 *   saint's or a plural group's possessive ("St. Patrick's Day", "Women's World Cup"), or a title
 *   in quotation marks;
 * - `ticker`: an entity mention that is a stock ticker after its exchange ("(NYSE: PFE)");
 * - `premodifier speaker`: a quote credited to a person entity whose speaker, as written, is a
 *   common noun that the person's name only premodifies ("the Biden administration said");
 * - `premodifier mentions` (counted, not changed this session): person mentions right after "the"
 *   or "a" and before a lower-case noun ("the Biden administration", "a Trump rally").
 * Parts: AllSides stories below 6080 split by the coverage benches' hash (bench/screen.ts
 * heldOut), DUC 2003 / DUC 2006 / MultiLing 2011 by the summary bench's halves (bench/summary.ts devStories);
 * stories reserved for unseen readings are left out. ENTITY_ERRORS_SHOW=1 prints each dev hit
 * with its context (never a held-out one).
 * Usage: node dist/bench/run.js entity-errors
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import { ORG_SUFFIXES } from '../src/annotate/lexicon/organizations.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { isReserved } from './reserved.js';
import { ingestRecords, type StoryRec } from './story-ingest.js';
import { heldOut } from './screen.js';
import { devStories } from './summary.js';


const SHOW = process.env.ENTITY_ERRORS_SHOW === '1';
const POSSESSIVE_RUN = /\S(?:['’]s|s['’]) (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)$/u;
const ONE_NAME_HEADS = new Set(['Day', 'Eve', 'Disease', 'Syndrome', 'Cup', 'Prize', 'Law']);
const TICKER_BEFORE = /\(\s*(?:NYSE(?: American| Arca)?|NASDAQ|Nasdaq|AMEX|TSX|TSXV|LSE|ASX|OTC|OTCQX|HKEX|SEHK|NSE|BSE|TYO)\s*:\s*$/;
const PREMODIFIED = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}$/u;
const DET_BEFORE = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s$/;
const LOWER_AFTER = /^['’]?s?\s\p{Ll}[\p{L}-]*/u;
const FUNCTION_AFTER = /^\s(?:and|or|of|in|on|at|to|for|with|from|by|is|was|were|are|has|had|have|will|would|said|says|told|who|which|that)\b/;

interface Tally { stories: number; entities: number; possessive: number; ticker: number; premodSpeaker: number; quotesPerson: number; premodMentions: number; personMentions: number }
const zero = (): Tally => ({ stories: 0, entities: 0, possessive: 0, ticker: 0, premodSpeaker: 0, quotesPerson: 0, premodMentions: 0, personMentions: 0 });

function readRecs(shared: string, corpus: string): StoryRec[] {
  return readFileSync(path.join(shared, 'bench', 'stories', `${corpus}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as StoryRec);
}

function ctx(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 40), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 40)}`.replace(/\s+/g, ' ');
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const out: Record<string, unknown> = {};
  for (const corpus of ['allsides', 'duc2003', 'duc2006', 'multiling2011']) {
    const recs = readRecs(shared, corpus);
    const all = [...new Set(recs.map((r) => r.story))];
    const dev = corpus === 'allsides' ? null : devStories(all);
    const parts = { dev: zero(), held_out: zero() };
    for (const story of all.filter((s) => !isReserved(corpus, s) && !(corpus === 'allsides' && Number(s) >= 6080)).sort()) {
      const part = (dev ? !dev.has(story) : heldOut(corpus, story)) ? 'held_out' : 'dev';
      const t = parts[part];
      const show = SHOW && part === 'dev';
      const articles = await ingestRecords(recs.filter((x) => x.story === story), 'entity-errors');
      const { dossier } = buildDossier(articles);
      const text = new Map(articles.map((a) => [a.id, a.text]));
      const type = new Map(dossier.entities.map((e) => [e.id, e.type]));
      t.stories++;
      t.entities += dossier.entities.length;
      for (const e of dossier.entities) {
        for (const m of e.mentions) {
          const tx = text.get(m.article) ?? '';
          const name = tx.slice(m.start, m.end);
          const g = POSSESSIVE_RUN.exec(name);
          // (One name by construction, not counted: a body's division, a day, an illness or a cup
          // named after its owner, a saint's or a plural group's possessive, a quoted title.)
          const quoted = /["“]$/.test(tx.slice(Math.max(0, m.start - 1), m.start)) && /^[,.]?["”]/.test(tx.slice(m.end, m.end + 2));
          if (g && !quoted && !/^(?:St\.? |Saint |(?:People|Children|Women|Men)['’]s )/.test(name) && !/(?:^|\s)(?:People|Children|Women|Men)['’]s /.test(name) && !g[1].split(' ').some((w) => ORG_SUFFIXES.has(w) || ONE_NAME_HEADS.has(w))) {
            t.possessive++;
            if (show) process.stdout.write(`possessive\t${corpus}/${story}\t${e.type}\t${ctx(tx, m.start, m.end)}\n`);
          }
          if (TICKER_BEFORE.test(tx.slice(Math.max(0, m.start - 16), m.start))) {
            t.ticker++;
            if (show) process.stdout.write(`ticker\t${corpus}/${story}\t${e.type}\t${ctx(tx, m.start, m.end)}\n`);
          }
          if (e.type === 'person') {
            t.personMentions++;
            const after = tx.slice(m.end, m.end + 30);
            if (DET_BEFORE.test(tx.slice(Math.max(0, m.start - 6), m.start)) && LOWER_AFTER.test(after) && !FUNCTION_AFTER.test(after)) t.premodMentions++;
          }
        }
      }
      for (const q of dossier.quotes) {
        if (!q.speaker || type.get(q.speaker) !== 'person') continue;
        t.quotesPerson++;
        if (q.speakerText && PREMODIFIED.test(q.speakerText)) {
          t.premodSpeaker++;
          if (show) process.stdout.write(`premodifier speaker\t${corpus}/${story}\t${q.speakerText}\t${(text.get(q.article) ?? '').slice(q.start, q.end).slice(0, 60)}\n`);
        }
      }
    }
    for (const part of ['dev', 'held_out'] as const) {
      const t = parts[part];
      process.stdout.write(`${corpus} ${part}: ${t.stories} stories, ${t.entities} entities; possessive-glued mentions ${t.possessive}, ticker mentions ${t.ticker}, quotes credited to a person through a premodifier ${t.premodSpeaker} (of ${t.quotesPerson} credited to a person); person mentions premodifying a noun ${t.premodMentions} (of ${t.personMentions}, left)\n`);
    }
    out[corpus] = parts;
  }
  return out;
}
