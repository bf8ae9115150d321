/**
 * Learns the reporting-verb and speaker-head tables from PolNeAR articles (bench/polnear.ts).
 * Run on the whole dev part by bench/build-reporting-verbs.ts, which writes the committed table,
 * and on all but one fold of the dev part by the quotes benchmark's cross-validation
 * (bench/quotes.ts), which annotates the remaining fold with what was learned. The held-out third
 * is never given to it.
 *
 * Verbs:
 * A word form is kept when
 * - it lies inside a hand-marked Cue at least MIN_CUES times, and
 * - at least MIN_SHARE of all its occurrences in the texts lie inside a Cue: the word
 *   reports speech in most of its uses ("wrote" 171/191, "blasted" 15/15), which keeps out
 *   words that cues merely contain ("to", "that", "statement" 55/153, "say" 181/382 mostly in
 *   "voters say they …"), and
 * - it has the shape of an English finite verb or participle (-ed, -s, -ing, not -ly): cues
 *   also hold adverbs ("derisively"), nouns ("assertion") and adjectives ("eager") that never
 *   stand in the verb slot of an attribution. Irregular forms ("said", "told", "wrote") do not
 *   have that shape; they come from the hand list in quotes.ts, which this table extends.
 *   The bare form of a kept past tense passes too, on the same counts (the plural present,
 *   "they argue", "Democrats insist").
 * MIN_SHARE (0.6) was chosen on the dev part with the quotes benchmark (0.3 to 0.9 compared in
 * docs/quotes.md): below it each step adds about one wrong speaker for two right ones.
 *
 * Speaker heads: the last word of each hand-marked Source that is a short noun phrase opened by
 * a determiner or a possessive ("the campaign", "a prominent Republican National Committee
 * member", "Sanders's campaign manager"), kept when it heads MIN_HEAD_USES such sources and is a
 * lower-case noun, not a pronoun or a number ("two of them").
 */
import { wordRow } from '../src/compare/words/embeddings.js';
import { IRREGULAR } from '../src/compare/words/irregular-verbs.js';
import type { PolnearArticle } from './polnear.js';

export const MIN_CUES = 3;
export const MIN_SHARE = Number(process.env.MIN_SHARE ?? 0.6);
/**
 * Linking and raising verbs ("the White House seemed “rattled”", "it looked “tired”") are never
 * verbs of saying: their subject is what the words describe, not who said them. PolNeAR marks
 * them inside cues of evaluation ("seemed to suggest"), so the counts alone would keep them.
 * ("sounded" stays: in news it is mostly "sounded off", which reports.)
 */
const LINKING = /^(?:seem|seems|seemed|seeming|appear|appears|appeared|appearing|look|looks|looked|looking|become|becomes|became|becoming|remain|remains|remained|remaining|feel|feels|felt|feeling)$/;
export const MIN_HEAD_USES = 3;
const DETERMINER = /^(?:the|a|an|one|another|some|several|many|his|her|its|their|two|three|other|most|few)$/i;
const NOT_HEADS = new Set(['one', 'ones', 'two', 'three', 'them', 'you', 'him', 'her', 'us', 'it', 'average', 'left', 'right']);
const WORD = /[\p{L}’'-]+/gu;
const VERB_SHAPE = /^[a-z]{3,}(?:ed|[^s'’]s|ing)$/;

/** Past-tense spellings of a bare verb: argue → argued, insist → insisted, deny → denied, jab → jabbed. */
function pastOf(w: string): string[] {
  return [`${w}ed`, `${w}d`, w.replace(/y$/, 'ied'), `${w}${w[w.length - 1]}ed`];
}

/** The learned tables, each sorted (deterministic whatever the order of the articles). */
export function learnReportingLexicon(articles: readonly PolnearArticle[]): { verbs: string[]; heads: string[]; inflections: string[] } {
  const heads = new Map<string, number>();
  for (const a of articles) {
    for (const g of a.attributions) {
      if (!g.source) continue;
      const words = g.source.map((f) => a.text.slice(f.start, f.end)).join(' ').replace(/[,\s]+$/, '').trim().split(/\s+/);
      if (words.length < 2 || words.length > 6 || !(DETERMINER.test(words[0]) || /['’]s$/.test(words[0]))) continue;
      const head = words[words.length - 1];
      if (/^[a-z]{3,}$/.test(head) && !NOT_HEADS.has(head)) heads.set(head, (heads.get(head) ?? 0) + 1);
    }
  }
  const keptHeads = headsByNumber(heads);
  const inCue = new Map<string, number>();
  const total = new Map<string, number>();
  for (const a of articles) {
    const cue = new Uint8Array(a.text.length);
    for (const g of a.attributions) for (const f of g.cue ?? []) cue.fill(1, f.start, f.end);
    WORD.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(a.text))) {
      const w = m[0].toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
      if (cue[m.index]) inCue.set(w, (inCue.get(w) ?? 0) + 1);
    }
  }
  const often = (w: string, c: number): boolean => c >= MIN_CUES && c / total.get(w)! >= MIN_SHARE;
  const shaped = new Set([...inCue].filter(([w, c]) => often(w, c) && VERB_SHAPE.test(w) && !w.endsWith('ly') && !LINKING.test(w)).map(([w]) => w));
  // The bare form of a kept past tense (the plural present: "they argue", "Democrats insist"),
  // when it passes the same counts: the past form shows it is a verb, which the bare shape
  // cannot ("eager", "assumption" pass the counts too).
  const bare = [...inCue].filter(([w, c]) => /^[a-z]{3,}$/.test(w) && often(w, c) && !LINKING.test(w) && pastOf(w).some((p) => shaped.has(p))).map(([w]) => w);
  const kept = [...new Set([...shaped, ...bare])].sort();
  return { verbs: kept, heads: keptHeads, inflections: inflectionsOf(inCue, total, new Set(kept)) };
}

/** Singular of a plural noun by the regular rules (critics → critic, allies → ally, spokesmen → spokesman). */
function singularOf(h: string): string {
  if (/men$/.test(h)) return `${h.slice(0, -3)}man`;
  if (/[^aeiou]ies$/.test(h)) return `${h.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(h)) return h.slice(0, -2);
  if (/[^su]s$/.test(h)) return h.slice(0, -1);
  return h;
}

/** Plural of a singular noun by the regular rules (critic → critics, ally → allies, spokesman → spokesmen). */
function pluralOf(h: string): string {
  if (/man$/.test(h)) return `${h.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(h)) return `${h.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(h)) return `${h}es`;
  return `${h}s`;
}

/**
 * The speaker heads kept: a noun that heads MIN_HEAD_USES sources heads speakers in either number
 * ("the Christie supporter" where the dev sources hold "supporters"), so it is kept in both — the
 * form the sources did not write only when it is an English word (the word vectors' vocabulary).
 * Counts are not pooled across the two numbers: words that head a few sources in each are often
 * adjectives in the singular ("conservatives" / "The conservative publication") or modifiers
 * ("pollsters" / "surprise pollster Daron Shaw"), and a head must stand for a speaker on its own.
 */
function headsByNumber(heads: Map<string, number>): string[] {
  const out = new Set<string>();
  for (const [h, n] of heads) {
    if (n < MIN_HEAD_USES) continue;
    out.add(h);
    const other = singularOf(h) === h ? pluralOf(h) : singularOf(h);
    if (other !== h && !NOT_HEADS.has(other) && wordRow(other) >= 0) out.add(other);
  }
  return [...out].sort();
}

/**
 * The -s, -ed and -ing forms of a verb's base, by the regular spelling rules: argue → argues,
 * argued, arguing; deny → denies, denied, denying; quip → quips, quipped, quipping (a one-syllable
 * base ending in one vowel and a consonant doubles it); a longer base so ending may or may not
 * (admit → admitted, signal → signaled), so both spellings are made.
 */
export function inflect(b: string): string[] {
  const out = [/(?:s|sh|ch|x|z|o)$/.test(b) ? `${b}es` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ies` : `${b}s`];
  const last = b[b.length - 1];
  const oneSyllableCvc = /^(?:qu|[^aeiou])*[aeiou][^aeiouwxy]$/.test(b);
  const longerCvc = !oneSyllableCvc && /[^aeiou][aeiou][bdgklmnprt]$/.test(b);
  if (/e$/.test(b)) out.push(`${b}d`);
  else if (/[^aeiou]y$/.test(b)) out.push(`${b.slice(0, -1)}ied`);
  else if (oneSyllableCvc) out.push(`${b}${last}ed`);
  else out.push(`${b}ed`, ...(longerCvc ? [`${b}${last}ed`] : []));
  if (/ie$/.test(b)) out.push(`${b.slice(0, -2)}ying`);
  else if (/[^e]e$/.test(b)) out.push(`${b.slice(0, -1)}ing`);
  else if (oneSyllableCvc) out.push(`${b}${last}ing`);
  else out.push(`${b}ing`, ...(longerCvc ? [`${b}${last}ing`] : []));
  return out;
}

/** The bases a verb-shaped form can be an inflection of (argued → argue; noted → note, not "not"). */
export function basesOf(w: string): string[] {
  const stem = w.replace(/(?:ing|ed|es|s)$/, '');
  const cands = new Set([stem, `${stem}e`, stem.replace(/([^aeiou])\1$/, '$1'), w.replace(/i(?:ed|es)$/, 'y'), w.replace(/ying$/, 'ie'), w.replace(/s$/, '')]);
  return [...cands].filter((b) => b.length >= 3 && b !== w && inflect(b).includes(w));
}

/**
 * Inflections of learned verbs that the per-form counts miss (issue #11: a held-out article's
 * "quips" or "lamenting" where the dev part has "quipped" and "lamented"). Whether a word reports
 * speech is a property of the verb, not of one spelling: the counts of a verb's -s, -ed and -ing
 * forms are pooled by their base, and a verb whose pooled counts pass MIN_CUES and MIN_SHARE
 * lends its other forms the verb reading — each form seen fewer than MIN_CUES times (or never) in
 * the texts, since a form with enough uses of its own is judged by them ("states", mostly the
 * noun, stays out though "stated" reports). A form must be an English word (the word vectors'
 * 80,000-word vocabulary, data/embeddings.bin), and so must the base where the spelling rules
 * allow one that is (the most frequent: "argue", not "argu", for "argued"; "call", not "calle"). Used by quotes.ts only: the other
 * layers that read LEARNED_REPORTING_VERBS keep the per-form table.
 */
// (irregular-verbs.ts lists the pasts the stemmers miss; said / paid / laid, a y after a vowel
// that is still irregular, are added here)
const IRREGULAR_BASES = new Set([...Object.values(IRREGULAR), 'say', 'pay', 'lay']);
function inflectionsOf(inCue: Map<string, number>, total: Map<string, number>, kept: Set<string>): string[] {
  const pooledCue = new Map<string, number>();
  const pooledTotal = new Map<string, number>();
  for (const [w, n] of total) {
    if (!VERB_SHAPE.test(w) || w.endsWith('ly') || LINKING.test(w)) continue;
    // Of the bases the spelling rules allow ("argue" and "argu" for "argued"), the most frequent
    // English word when there is one ("call", not the Spanish "calle", for "calling"), else all
    // ("chiding": "chide" is too rare for the vocabulary).
    const bases = basesOf(w);
    const words = bases.filter((b) => wordRow(b) >= 0).sort((x, y) => wordRow(x) - wordRow(y));
    for (const b of words.length ? words.slice(0, 1) : bases) {
      pooledTotal.set(b, (pooledTotal.get(b) ?? 0) + n);
      pooledCue.set(b, (pooledCue.get(b) ?? 0) + (inCue.get(w) ?? 0));
    }
  }
  const out = new Set<string>();
  for (const [b, c] of pooledCue) {
    if (c < MIN_CUES || c / pooledTotal.get(b)! < MIN_SHARE || LINKING.test(b)) continue;
    for (const f of inflect(b)) {
      if (kept.has(f) || LINKING.test(f) || wordRow(f) < 0 || (total.get(f) ?? 0) >= MIN_CUES) continue;
      // A verb with an irregular past has no regular one ("say" → "said", never "sayed").
      if (f.endsWith('ed') && IRREGULAR_BASES.has(b)) continue;
      out.add(f);
    }
  }
  return [...out].sort();
}
