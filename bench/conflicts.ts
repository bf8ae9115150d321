/**
 * Conflicts benchmark. First the injected-contradiction set (conflicts-injected.ts: recall per
 * kind and source, outlier accuracy, alarms per untouched story, dev and held-out parts); then
 * place and name conflicts (src/compare/conflicts/slots.ts) counted where they can be judged: the five
 * seeds, the example story (examples/harbour-fire, with its planted contradiction) and the 66
 * ECB+ dev stories (articles grouped by subtopic, as one dossier each). Every conflict is
 * printed with the sentences of each side so it can be judged by reading them; the hand
 * judgement of a sample is in docs/dossier.md. Skipped, with a message, when ../shared is absent.
 */
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict, Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';
import { SKIP_NO_SHARED, seedFiles, sharedDir } from '../test/helpers/shared.js';
import { run as runInjected } from './conflicts-injected.js';
import { readEcbPlus } from './data.js';

const SLOT_KINDS = new Set(['place', 'name']);

/** One line per side: outlet(s), value, and the sentence around each span (for judging by eye). */
function describe(d: Dossier, c: Conflict): string {
  const lines = [`  [${c.kind}] ${c.about}`];
  for (const cl of c.claims) {
    for (const s of cl.spans) {
      const a = d.articles.find((x) => x.id === s.article)!;
      const from = Math.max(0, a.text.lastIndexOf('\n', s.start) + 1, s.start - 160);
      const nl = a.text.indexOf('\n', s.end);
      const to = Math.min(nl < 0 ? a.text.length : nl, s.end + 120);
      lines.push(`    ${s.article} "${cl.value}": …${a.text.slice(from, s.start)}[[${a.text.slice(s.start, s.end)}]]${a.text.slice(s.end, to)}…`);
    }
  }
  return lines.join('\n');
}

function slotConflicts(articles: Article[], label: string, out: string[]): Conflict[] {
  const { dossier } = buildDossier(articles);
  const found = dossier.conflicts.filter((c) => SLOT_KINDS.has(c.kind));
  for (const c of found) out.push(`${label}\n${describe(dossier, c)}`);
  return found;
}

export async function run(): Promise<Record<string, unknown> | null> {
  const injected = await runInjected();
  // CONFLICTS_ONLY=injected skips the slot listing below (quick runs while tuning).
  if (process.env.CONFLICTS_ONLY === 'injected') return injected;
  const report: string[] = [];
  const example = (await ingestAll([path.resolve('examples/harbour-fire')])).articles;
  const ex = slotConflicts(example, 'example harbour-fire', report);
  const seeds = seedFiles();
  const shared = sharedDir();
  if (!seeds || !shared) {
    process.stdout.write(report.join('\n') + '\n');
    process.stdout.write(`seeds and ECB+ skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const seedConf = slotConflicts((await ingestAll(seeds)).articles, 'seeds', report);
  const bySub = new Map<string, Article[]>();
  for (const r of readEcbPlus(shared).filter((x) => x.text)) {
    const list = bySub.get(r.subtopic) ?? [];
    list.push({ id: `a${list.length + 1}`, file: r.id, outlet: r.id, url: null, title: null, published: null, authors: [], agencies: [], photoCredits: [], language: null, text: r.text, removed: [] });
    bySub.set(r.subtopic, list);
  }
  let ecbPlace = 0;
  let ecbName = 0;
  const subs = [...bySub.keys()].sort();
  for (const sub of subs) {
    const found = slotConflicts(bySub.get(sub)!, `ECB+ ${sub}`, report);
    ecbPlace += found.filter((c) => c.kind === 'place').length;
    ecbName += found.filter((c) => c.kind === 'name').length;
  }
  process.stdout.write(report.join('\n') + '\n');
  const summary = {
    example: { place: ex.filter((c) => c.kind === 'place').length, name: ex.filter((c) => c.kind === 'name').length },
    seeds: { place: seedConf.filter((c) => c.kind === 'place').length, name: seedConf.filter((c) => c.kind === 'name').length },
    ecbplus: { stories: subs.length, place: ecbPlace, name: ecbName },
  };
  if (injected) Object.assign(summary, { injected });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return summary;
}
