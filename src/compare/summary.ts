/**
 * The extractive summary (coverage is in coverage.ts). It reads the aligned facts only: the
 * summary is made of verbatim fact sentences, each cited to every article that supports it, so
 * it can say nothing that no source says.
 */
import type { Fact, SummarySentence } from '../core/dossier-schema.js';
import type { AnnotatedArticle } from '../core/schema.js';
import { keyTokens } from './affinity.js';
import { tokenize } from './text.js';
import { priorCount } from './match.js';
import { PRIOR_TOTAL } from './word-prior.js';

/** Summary length when the caller does not ask for one: about a paragraph. */
export const DEFAULT_SUMMARY_WORDS = 100;

/**
 * Whether a sentence is the reporter's account rather than someone's words: a sentence in the
 * first person ("I dated …", "We are trying …") or with an unbalanced quotation mark (one
 * sentence of a longer quote) is speech, which a neutral summary reports but does not repeat.
 */
function reported(text: string): boolean {
  if (/(^|[^\p{L}])(I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|our|Our|us)(?=[^\p{L}]|$)/u.test(text.replace(/["“][^"”]*["”]/g, ''))) return false;
  const opens = (text.match(/[“]/g) ?? []).length;
  const closes = (text.match(/[”]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

// A sentence that opens with a personal or demonstrative pronoun as its subject ("She said …",
// "It was the third …", "This came after …") leans on a sentence the summary does not show: out
// of its article the reader cannot tell who or what it is about. Sentence-initial conjunctions
// and conjunctive adverbs ("But", "However", "Still") likewise answer a sentence left behind.
const DEPENDENT_START =
  /^[\s"“'‘(]*(?:he|she|they|it|its|his|her|their|him|them|this|these|those|that|there|but|and|or|so|however|still|yet|meanwhile|instead|also|moreover|nevertheless|nonetheless|otherwise|then|thus|later|afterward|afterwards|besides)\b/i;
// A sentence that opens with a quotation mark is a quotation with its attribution tacked on
// ("'She's tough,' the senator said of her."): someone's words, not the event.
const QUOTE_START = /^[\s(]*["“'‘]/;
// A complete sentence ends with terminal punctuation (possibly inside a closing quote or
// bracket); a line without one is a caption, credit, headline or list item.
const COMPLETE = /[.!?]["”'’)\]]*\s*$/;
// Fewer than six words is a fragment or a headline; more than 70 a run-on where the sentence
// splitter missed a boundary. Both read badly in a summary.
const MIN_WORDS = 6;
const MAX_WORDS = 70;
// Two summary sentences sharing half their content words (of the shorter) say much the same
// thing twice: a summary has too few words to spend on a repeat (0.5 chosen over 0.6 and 0.7 on
// the dev half of the DUC and MultiLing stories, bench/summary.ts).
const REDUNDANT = 0.5;

// A wire dateline before the first sentence ("LONDON (AP) _ ", "DAR ES SALAAM, Tanzania — ",
// "BEIJING, March 3 (Reuters) - ") says where the report was filed, not what happened: the
// summary shows the sentence after it (still a verbatim part of the source sentence).
const DATELINE = /^(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)*)(?:,\s+[\p{L}.]+(?:\s+[\p{L}.]+){0,3})?(?:,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2})?(?:\s*\([\p{L} .&-]{1,40}\))?\s+(?:_|—|–|--?)\s+/u;

/** The sentence without a leading wire dateline. */
export function withoutDateline(text: string): string {
  const m = DATELINE.exec(text);
  // The sentence after a dateline starts with a capital; "NATO — the alliance said" is no dateline.
  return m && /\p{Lu}/u.test(text.slice(m[0].length, m[0].length + 1)) ? text.slice(m[0].length) : text;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Why a sentence cannot stand in a summary, or null when it can. */
export function unfit(text: string): string | null {
  const t = text.trim();
  const n = wordCount(t);
  if (n < MIN_WORDS || n > MAX_WORDS) return 'length';
  if (!COMPLETE.test(t)) return 'incomplete';
  if (QUOTE_START.test(t)) return 'quotation';
  if (!reported(t)) return 'speech';
  if (DEPENDENT_START.test(t)) return 'dependent';
  // A web address is a pointer for the reader of one outlet ("On the Net: … http://…"), never the
  // report of an event: no summary sentence carries one.
  if (/\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i.test(t)) return 'link';
  return null;
}

/**
 * Inverse document frequency of a stem in ordinary English, from the matcher's word prior
 * (SUBTLEX-US counts of Porter stems): the share of 20-word sentences containing the word.
 * A story of three articles cannot tell "the" from "ferry" by its own counts; English can.
 */
function idfOf(st: string): number {
  const count = priorCount(st) ?? 0;
  const share = 1 - Math.exp((-20 * (count + 1)) / PRIOR_TOTAL);
  return -Math.log(share);
}

/** Content-word vector of a sentence: Porter stems (stop words and numbers out) weighted by idf. */
function vectorOf(text: string): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of tokenize(text)) {
    if (t.stop || t.num) continue;
    v.set(t.stem, (v.get(t.stem) ?? 0) + idfOf(t.stem));
  }
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>, nb: number): number {
  let dot = 0;
  let na = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  return na && nb ? dot / (Math.sqrt(na) * nb) : 0;
}

/**
 * Pick the summary: a lead that states the main event, then the facts that best represent the
 * story, until about `words` words.
 *
 * Each fact is scored by three signals that the summarization literature found to carry most of
 * what extractive news summaries need, multiplied so that a fact must do well on all of them:
 * - centrality: cosine of its sentence with the story's centroid (the mean idf-weighted word
 *   vector of the articles: what the story as a whole is about; MEAD, Radev et al. 2004);
 * - support: how many articles report it (1 + ln support), the cross-document form of the same
 *   evidence, and what makes a summary sentence a consensus;
 * - position: news is written in inverted pyramid, so a fact whose earliest sentence is its
 *   article's k-th is weighted 1 + 1/(k+1) (the lead baseline is famously hard to beat).
 * The lead is the best-scoring fact that is some article's first or second sentence (who did
 * what, where, when: the inverted pyramid's first paragraph), reported by two articles when one
 * such exists. Facts reported by at least two articles come before those only one reports; a
 * single-source fact fills the summary only when the consensus runs out (still cited). Sentences
 * that cannot stand alone (see `unfit`) and near-repeats of a chosen sentence are skipped.
 */
export function buildSummary(facts: Fact[], articles: AnnotatedArticle[], compared: number, words: number = DEFAULT_SUMMARY_WORDS): SummarySentence[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Sentence index of each cited sentence within its article (binary search over sentence starts).
  const sentIndex = (article: string, start: number): number => {
    const a = byId.get(article);
    if (!a) return 0;
    let lo = 0;
    let hi = a.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a.sentences[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
  const quoteShare = (f: Fact): number => {
    const a = byId.get(f.source.article);
    if (!a) return 0;
    let covered = 0;
    for (const q of a.quotes) {
      const s = Math.max(q.start, f.source.start);
      const e = Math.min(q.end, f.source.end);
      if (e > s) covered += e - s;
    }
    return covered / Math.max(1, f.source.end - f.source.start);
  };
  // The story's centroid: mean over articles of their idf-weighted word vectors.
  const centroid = new Map<string, number>();
  const n = Math.max(1, articles.length);
  for (const a of articles) {
    const v = vectorOf(a.text);
    for (const [k, x] of v) centroid.set(k, (centroid.get(k) ?? 0) + x / n);
  }
  let cn = 0;
  for (const x of centroid.values()) cn += x * x;
  cn = Math.sqrt(cn);

  // The wording a fact is summarised in: of its sentences, the one closest to the story's
  // centroid (MEAD's centrality), not necessarily the fact's own text. The fact's text is the
  // version with the fewest extras (what all its outlets say, for the coverage list); a summary
  // is better served by the fullest central version, and every version is verbatim and cited.
  const wording = (f: Fact): { text: string; cos: number } => {
    let best = { text: withoutDateline(f.text), cos: cosine(vectorOf(withoutDateline(f.text)), centroid, cn) };
    for (const s of f.sentences) {
      const a = byId.get(s.article);
      if (!a) continue;
      const t = withoutDateline(a.text.slice(s.start, s.end));
      if (t === best.text || unfit(t) !== null) continue;
      const c = cosine(vectorOf(t), centroid, cn);
      if (c > best.cos) best = { text: t, cos: c };
    }
    return best;
  };
  const score = (f: Fact): { f: Fact; text: string; first: number; score: number; multi: boolean } => {
    const first = Math.min(...f.sentences.map((s) => sentIndex(s.article, s.start)));
    const w = wording(f);
    const value = w.cos * (1 + Math.log(f.support.length)) * (1 + 1 / (1 + first));
    return { f, text: w.text, first, score: value, multi: f.support.length >= 2 || compared < 2 };
  };
  const order = (a: ReturnType<typeof score>, b: ReturnType<typeof score>): number =>
    Number(b.multi) - Number(a.multi) || b.score - a.score || Number(a.f.id.slice(1)) - Number(b.f.id.slice(1));
  let scored = facts.filter((f) => unfit(withoutDateline(f.text)) === null && quoteShare(f) < 0.3).map(score).sort(order);
  // Never empty while several articles agree on something: when no agreed sentence can stand
  // alone, the agreed sentences themselves are shown rather than nothing (still verbatim, cited).
  if (!scored.some((x) => x.multi)) {
    const agreed = facts.filter((f) => f.support.length >= 2).map(score).sort(order);
    if (agreed.length) scored = [...agreed.slice(0, 1), ...scored];
  }
  if (scored.length === 0) return [];

  const leads = scored.filter((x) => x.first <= 1);
  const lead = leads.find((x) => x.multi) ?? leads[0] ?? scored[0];
  const chosen: Array<{ f: Fact; text: string; stems: Set<string> }> = [];
  let total = 0;
  const take = ({ f, text }: { f: Fact; text: string }): void => {
    // Keys fold spellings, demonyms and event words, so a reworded repeat is still a repeat.
    const stems = keyTokens(text).set;
    const repeat = chosen.some((c) => {
      let common = 0;
      for (const s of stems) if (c.stems.has(s)) common++;
      return common / Math.max(1, Math.min(stems.size, c.stems.size)) >= REDUNDANT;
    });
    if (repeat) return;
    chosen.push({ f, text, stems });
    total += wordCount(text);
  };
  take(lead);
  for (const x of scored) {
    if (total >= words) break;
    if (x.f !== lead.f) take(x);
  }
  return chosen.map(({ f, text }) => ({ text, support: f.support, fact: f.id, sentences: f.sentences }));
}
