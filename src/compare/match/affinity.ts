/**
 * Sentence affinity for fact alignment: the matcher's paraphrase score (match.ts), completed by
 * two kinds of evidence a paraphrase model trained on sentence pairs under-rates in news:
 *  - containment: one outlet's short sentence said inside another's longer one ("The bridge
 *    opened last March." within "The bridge opened last March and carries 20,000 cars a day.");
 *  - a shared distinctive phrase: one claim told inside two otherwise different sentences
 *    ("… only military outposts outside the former Soviet Union …").
 * Affinity is expressed relative to "the same": 1 means at the matcher's threshold.
 */
import { pairFeatures } from './features.js';
import { buildMatchContext, candidateKeys, matchScore, MATCH_THRESHOLD, prepareSentence, PRIOR_SENTENCES, priorSentenceShare, type MatchContext, type PreparedSentence } from './match.js';
import { datelineLength, eventClass, fold, skeleton, stem, STOP } from '../words/lex.js';
import { matchesOf } from '../../core/regex.js';
import { stem as porterStem } from '../words/text.js';

interface Keyed {
  /** Key per token (stop words keep their surface form), in order. */
  seq: string[];
  /** Whether each token is a content word, and whether it is a lower-case (non-name) one. */
  content: boolean[];
  common: boolean[];
  /** Unique content keys. */
  set: Set<string>;
  /** Porter stem of the first word read as each ordinary (lower-case) key, for the word prior (match.ts priorSentenceShare). */
  porter: Map<string, string>;
}

// Words of time expressions are left out of the keys: two outlets dating one event differently
// ("last March" / "in March 2015") still report the same event, and the dates are compared as
// claims (claims.ts), where a difference becomes a conflict instead of a missed alignment.
const TIME_WORD = new Set(
  ('last next this ago earlier later year years month months week weeks day days today yesterday tomorrow tonight ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december morning afternoon evening night late early').split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:[.,][0-9]+)*(?:['’][\p{L}]+)?/gu;

/** Keys: names by a transliteration-tolerant skeleton (Tartus = Tartous), numbers by value, else stems. */
export function keyTokens(text: string): Keyed {
  const seq: string[] = [];
  const content: boolean[] = [];
  const common: boolean[] = [];
  const set = new Set<string>();
  const porter = new Map<string, string>();
  for (const m of matchesOf(WORD, text)) {
    const w = m[0];
    const lower = fold(w).replace(/['’]s$/, '');
    if (TIME_WORD.has(lower) || /^(1[89]|20)\d\d$/.test(w)) {
      seq.push(lower);
      content.push(false);
      common.push(false);
      continue;
    }
    if (/^\d/.test(w)) {
      const k = `#${w.replace(/,/g, '')}`;
      seq.push(k);
      content.push(true);
      common.push(false);
      set.add(k);
      continue;
    }
    if (STOP.has(lower)) {
      seq.push(lower);
      content.push(false);
      common.push(false);
      continue;
    }
    const name = /^\p{Lu}/u.test(w);
    // Names by skeleton; a demonym meets its country ("Syrian"/"Syria", "Russian"/"Russia").
    // Ordinary words by stem, and event words by class ("met", "visit", "talks" are one meeting).
    const st = stem(lower);
    const k = name ? `N:${skeleton(lower.replace(/^(?:al|el)-/, '').replace(/ian$/, ''))}` : (eventClass(st) ?? st);
    seq.push(k);
    content.push(true);
    common.push(!name);
    set.add(k);
    if (!name && !porter.has(k)) porter.set(k, porterStem(lower));
  }
  return { seq, content, common, set, porter };
}

// Containment counts when the shorter sentence says something (three content words at least)
// and nearly all of its weight is found in the longer one.
const MIN_CONTAINED_WORDS = 3;
const CONTAINMENT_SAME = 0.7;
const AGREEMENT_BONUS = 0.25;
// A shared phrase counts when it is a real phrase (five tokens or more), carries at least three
// content words, two of them ordinary words: a run of names alone ("Russian Foreign Minister
// Sergei Lavrov") says who, not what, and would glue different statements by one person together.
const PHRASE_TOKENS = 5;
const PHRASE_CONTENT = 3;
const PHRASE_COMMON = 2;
const PHRASE_WHOLE_MIN = 0.6;
// A fact link below "the same sentence" needs this many shared content words besides the names
// (Affinity.anchored); a shared run around a name is read at most this far each way (bounded).
const MIN_WHAT = 1;
const NAME_RUN_MAX = 8;
const TITLE_WORDS = 2;

/** Scratch rows of Affinity.longestPhrase's table (grown as needed). */
let runRows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

export class Affinity {
  readonly ctx: MatchContext;
  private readonly prepared: PreparedSentence[];
  readonly keyed: Keyed[];
  private readonly idf = new Map<string, number>();
  /** Sentences carrying each key (document frequency over the collection's sentences). */
  private readonly df = new Map<string, number>();
  // Keys that only a sentence's wire dateline carries ("NEW YORK (AP) —"): where and by whom the
  // report was filed, which two unrelated reports of one agency and city share. They are no
  // anchor (a participant) of a link; null for a sentence without a dateline.
  private readonly datelineOnly: (Set<string> | null)[];

  constructor(readonly texts: string[]) {
    this.ctx = buildMatchContext(texts);
    this.prepared = texts.map((t) => prepareSentence(t, this.ctx));
    this.keyed = texts.map(keyTokens);
    this.datelineOnly = texts.map((t) => {
      const n = datelineLength(t);
      if (n === 0) return null;
      const body = keyTokens(t.slice(n)).set;
      return new Set([...keyTokens(t.slice(0, n)).set].filter((k) => !body.has(k)));
    });
    const df = this.df;
    for (const k of this.keyed) for (const key of k.set) df.set(key, (df.get(key) ?? 0) + 1);
    const n = texts.length;
    for (const [k, d] of df) this.idf.set(k, Math.log(1 + (n + 1) / (d + 0.5)));
  }

  /**
   * log10 of the number of pairs of the collection's sentences expected to share every content
   * key sentences i and j share, were keys independent: (n² / 2) · Π df(k) / n. The base rate of
   * the pair's overlap: in a story of ten sentences two of them sharing "virus" and "cause" is
   * news; among the 700 sentences of a 25-article topic on one virus some pair shares those
   * words by chance alone, whatever it says. A run of names shared in one piece ("West Nile")
   * counts once, as its rarest key: its words are not independent of one another.
   * A key's share of sentences is its count smoothed by the word prior as the matcher's idf is
   * (match.ts: PRIOR_SENTENCES pseudo-sentences at the word's share of English sentences; none for
   * names, figures and event classes), so that a story of ten sentences, where any shared word
   * is in a fifth of them, is not read as a topic whose words recur by chance.
   */
  chancePairs(i: number, j: number): number {
    const n = this.texts.length;
    const a = this.keyed[i];
    const b = this.keyed[j].set;
    let lg = Math.log10((n * n) / 2);
    const done = new Set<string>();
    let run = 0;
    for (let x = 0; x <= a.seq.length; x++) {
      const k = x < a.seq.length ? a.seq[x] : '';
      const name = k.startsWith('N:') && b.has(k);
      if (run && !name) {
        lg += Math.log10(run / (n + PRIOR_SENTENCES));
        run = 0;
      }
      if (!k || !a.content[x] || !b.has(k) || done.has(k)) continue;
      done.add(k);
      const d = this.df.get(k) ?? 1;
      if (name) run = run ? Math.min(run, d) : d;
      else {
        const w = a.porter.get(k);
        lg += Math.log10((d + (w === undefined ? 0 : PRIOR_SENTENCES * priorSentenceShare(w))) / (n + PRIOR_SENTENCES));
      }
    }
    return lg;
  }

  /** Retrieval keys: the matcher's rarest stems plus our content keys. */
  keys(i: number): string[] {
    return [...new Set([...candidateKeys(this.prepared[i], this.ctx).map((k) => `m:${k}`), ...this.keyed[i].set])];
  }

  idfOf(key: string): number {
    return this.idf.get(key) ?? 0;
  }

  /** Weight of a retrieval key: idf for our keys, a flat 1 for the matcher's rare stems. */
  retrievalWeight(key: string): number {
    return key.startsWith('m:') ? 1 : this.idfOf(key);
  }

  /** Affinity of sentences i and j (1 = "the same" at the matcher's threshold). */
  score(i: number, j: number): number {
    const { whole, phrase } = this.evidence(i, j);
    return Math.max(whole, phrase);
  }

  /**
   * The two kinds of evidence apart: `whole` says the sentences report the same thing as
   * sentences (matcher, containment, both); `phrase` that they share one distinctive phrase,
   * which may be one claim among several in each.
   */
  evidence(i: number, j: number): { whole: number; phrase: number } {
    // Sentences sharing fewer than two content words do not report the same thing; skipping
    // them spares the matcher most of the work.
    const [s, l] = this.keyed[i].set.size <= this.keyed[j].set.size ? [this.keyed[i].set, this.keyed[j].set] : [this.keyed[j].set, this.keyed[i].set];
    let shared = 0;
    for (const k of s) if (l.has(k)) shared++;
    if (shared < 2) return { whole: 0, phrase: 0 };
    const m = matchScore(this.prepared[i], this.prepared[j], this.ctx) / MATCH_THRESHOLD;
    const c = this.containment(i, j);
    // Two independent signals both fairly high (the matcher near its threshold, most of the
    // shorter sentence found in the longer) make a surer match than either alone.
    const whole = Math.max(m, c, Math.min(m, c) + AGREEMENT_BONUS);
    // A shared phrase stands for a shared claim only when the sentences are not otherwise far
    // apart: a title and a name ("supreme leader Ayatollah Ali Khamenei") or a stock background
    // phrase ("the Western Hemisphere's poorest nation") recurs in sentences that report
    // different things (bench/coverage.ts; 0.65 loses the seeds' "only military bases outside
    // the former Soviet Union" fact, whose three wordings share little else).
    // A phrase that is a person's title and name ("the opposition leader, Teodor Brannik,")
    // says who, not what: it counts only when the sentences also share something else.
    return { whole, phrase: shared >= PHRASE_CONTENT && whole >= PHRASE_WHOLE_MIN && this.sharedWhat(i, j) >= MIN_WHAT ? this.phrase(i, j) : 0 };
  }

  /** The matcher's pair features of sentences i and j (features.ts FEATURE_NAMES order), for the learned lede-pair model. */
  matcherFeatures(i: number, j: number): Float64Array {
    return pairFeatures(this.prepared[i], this.prepared[j], this.ctx);
  }

  /** Share of sentence i's content (idf mass of its keys) that sentence j also says. */
  covered(i: number, j: number): number {
    const a = this.keyed[i].set;
    const b = this.keyed[j].set;
    let shared = 0;
    let total = 0;
    for (const k of a) {
      const w = this.idfOf(k);
      total += w;
      if (b.has(k)) shared += w;
    }
    return total > 0 ? shared / total : 0;
  }

  /**
   * Whether two sentences share an anchor: a name or a figure (not a year). Two statements of the
   * same kind ("aid groups are collecting donations" / "artists will auction their works for the
   * relief effort") share topic words; two reports of one fact also share who or how many.
   */
  anchored(i: number, j: number): boolean {
    const b = this.keyed[j].set;
    let anchor = false;
    const di = this.datelineOnly[i];
    const dj = this.datelineOnly[j];
    for (const k of this.keyed[i].set) if ((k.startsWith('N:') || k.startsWith('#')) && b.has(k) && !di?.has(k) && !dj?.has(k)) anchor = true;
    return anchor && this.sharedWhat(i, j) >= MIN_WHAT;
  }

  /**
   * Content keys two sentences share outside the runs of words they share around a name: what is
   * said, not who says it or is named. "Ports Minister Arben Demiraj visited the terminal" and
   * "Ports Minister Arben Demiraj said the ministry would publish …" share a long run, all of it
   * the person; what each reports has nothing in common.
   */
  sharedWhat(i: number, j: number): number {
    const a = this.keyed[i];
    const b = this.keyed[j];
    // Positions of b by key, to find the shared runs through each position of a.
    const at = new Map<string, number[]>();
    b.seq.forEach((k, y) => {
      const l = at.get(k);
      if (l) l.push(y);
      else at.set(k, [y]);
    });
    const inNameRun = new Set<string>();
    for (let x = 0; x < a.seq.length; x++) {
      if (!a.seq[x].startsWith('N:')) continue;
      for (const y of at.get(a.seq[x]) ?? []) {
        // The shared run around (x, y) that belongs to the name: further names and, before
        // them, at most TITLE_WORDS words of a title ("opposition leader", "harbour master").
        let lo = 0;
        let title = 0;
        while (x - lo - 1 >= 0 && y - lo - 1 >= 0 && a.seq[x - lo - 1] === b.seq[y - lo - 1] && lo < NAME_RUN_MAX) {
          const k = a.seq[x - lo - 1];
          if (!k.startsWith('N:') && a.content[x - lo - 1] && ++title > TITLE_WORDS) break;
          lo++;
        }
        let hi = 0;
        while (x + hi + 1 < a.seq.length && y + hi + 1 < b.seq.length && a.seq[x + hi + 1] === b.seq[y + hi + 1] && a.seq[x + hi + 1].startsWith('N:') && hi < NAME_RUN_MAX) hi++;
        for (let k = x - lo; k <= x + hi; k++) inNameRun.add(a.seq[k]);
      }
    }
    let n = 0;
    for (const k of a.set) if (b.set.has(k) && !k.startsWith('N:') && !inNameRun.has(k)) n++;
    return n;
  }

  private containment(i: number, j: number): number {
    const a = this.keyed[i].set;
    const b = this.keyed[j].set;
    const [s, l] = a.size <= b.size ? [a, b] : [b, a];
    if (s.size < MIN_CONTAINED_WORDS) return 0;
    let shared = 0;
    let total = 0;
    for (const k of s) {
      const w = this.idfOf(k);
      total += w;
      if (l.has(k)) shared += w;
    }
    return total > 0 ? shared / total / CONTAINMENT_SAME : 0;
  }

  /** Longest common run of tokens, scored when it qualifies as a distinctive phrase. */
  private phrase(i: number, j: number): number {
    return this.phraseRun(i, j).score;
  }

  /**
   * Ordinary (lower-case) content words of the best distinctive phrase two sentences share (0:
   * none): "only military outposts outside the former" has four, "the disputed territory of East
   * Timor" two — a phrase of ordinary words carries a claim, one around a name mostly a label.
   */
  phraseWords(i: number, j: number): number {
    return this.phraseRun(i, j).common;
  }

  /**
   * phraseRun's answers by ordered pair: the alignment asks it of one pair twice (`phrase` for the
   * evidence, `phraseWords` for the shared predicate).
   */
  private readonly runs = new Map<number, { score: number; common: number }>();

  private phraseRun(i: number, j: number): { score: number; common: number } {
    const key = i * this.texts.length + j;
    let r = this.runs.get(key);
    if (r === undefined) {
      r = this.longestPhrase(i, j);
      this.runs.set(key, r);
    }
    return r;
  }

  private longestPhrase(i: number, j: number): { score: number; common: number } {
    const a = this.keyed[i];
    const b = this.keyed[j];
    if (a.seq.length < PHRASE_TOKENS || b.seq.length < PHRASE_TOKENS) return { score: 0, common: 0 };
    let best = 0;
    let bestCommon = 0;
    // Two rows of the run-length table, kept between calls (zeroed here) rather than allocated
    // per pair.
    if (runRows[0].length <= b.seq.length) runRows = [new Int32Array(2 * b.seq.length + 2), new Int32Array(2 * b.seq.length + 2)];
    let [prev, cur] = runRows;
    prev.fill(0, 0, b.seq.length + 1);
    cur[0] = 0;
    for (let x = 1; x <= a.seq.length; x++) {
      for (let y = 1; y <= b.seq.length; y++) {
        if (a.seq[x - 1] !== b.seq[y - 1]) {
          cur[y] = 0;
          continue;
        }
        const len = prev[y - 1] + 1;
        cur[y] = len;
        if (len >= PHRASE_TOKENS) {
          let content = 0;
          let common = 0;
          for (let k = x - len; k < x; k++) {
            if (a.content[k]) content++;
            if (a.common[k]) common++;
          }
          if (content >= PHRASE_CONTENT && common >= PHRASE_COMMON) {
            best = Math.max(best, 1 + 0.1 * (content - PHRASE_CONTENT));
            bestCommon = Math.max(bestCommon, common);
          }
        }
      }
      [prev, cur] = [cur, prev];
    }
    return { score: best, common: bestCommon };
  }
}
