/**
 * Benchmark runner: `node dist/bench/run.js [name ...]`. Each benchmark module exports
 * `run(): Promise<Record<string, unknown> | null>` (null = skipped, with a message printed) and
 * its figures are written to bench/results/<name>.json so they can be quoted and compared.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Bench = { run: () => Promise<Record<string, unknown> | null> };

const BENCHES: Record<string, () => Promise<Bench>> = {
  read: () => import('./read.js'),
  ingest: () => import('./ingest.js'),
  extraction: () => import('./extraction.js'),
  msrp: () => import('./msrp.js'),
  dossier: () => import('./dossier.js'),
  ecbplus: () => import('./ecbplus.js'),
  'stories-cluster': () => import('./stories-cluster.js'),
  'stories-pairs': () => import('./stories-pairs.js'),
  'stories-errors': () => import('./stories-errors.js'),
  'stories-undated': () => import('./stories-undated.js'),
  'stories-longgap': () => import('./stories-longgap.js'),
  'stories-disjoint': () => import('./stories-disjoint.js'),
  'cluster-fit': () => import('./cluster-fit.js'),
  'cluster-growth': () => import('./cluster-growth.js'),
  'cluster-scale': () => import('./cluster-scale.js'),
  'store-scale': () => import('./store-scale.js'),
  'pg-scale': () => import('./pg-scale.js'),
  hostile: () => import('./hostile.js'),
  'stories-rps': () => import('./stories-rps.js'),
  startup: () => import('./startup.js'),
  conflicts: () => import('./conflicts.js'),
  ner: () => import('./ner.js'),
  'train-ner': () => import('./train-ner.js'),
  screen: () => import('./screen.js'),
  'event-groups': () => import('./event-groups.js'),
  coverage: () => import('./coverage.js'),
  exclusives: () => import('./exclusives.js'),
  lede: () => import('./lede.js'),
  consensus: () => import('./consensus.js'),
  'supporter-pairs': () => import('./supporter-pairs.js'),
  timex: () => import('./timex.js'),
  quotes: () => import('./quotes.js'),
  summary: () => import('./summary.js'),
  'fact-link': () => import('./fact-link.js'),
  'entity-links': () => import('./entity-links.js'),
  'fact-core': () => import('./fact-core.js'),
  'entity-errors': () => import('./entity-errors.js'),
};

/** Not run by default: train-ner and cluster-fit rewrite shipped weights, stories-errors prints errors to read (run them by name). */
const ONLY_BY_NAME = new Set(['train-ner', 'cluster-fit', 'stories-errors', 'stories-undated', 'stories-longgap', 'stories-disjoint']);

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const names = wanted.length ? wanted : Object.keys(BENCHES).filter((n) => !ONLY_BY_NAME.has(n));
  for (const name of names) {
    const load = BENCHES[name];
    if (!load) {
      process.stderr.write(`bench: unknown benchmark "${name}" (known: ${Object.keys(BENCHES).join(', ')})\n`);
      process.exitCode = 2;
      continue;
    }
    process.stdout.write(`\n## ${name}\n`);
    const result = await (await load()).run();
    if (result) {
      mkdirSync(path.resolve('bench/results'), { recursive: true });
      writeFileSync(path.resolve('bench/results', `${name}.json`), JSON.stringify(result, null, 2) + '\n');
    }
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
