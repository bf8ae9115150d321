/**
 * Screening before comparison: articles that would make a wrong dossier are named in a warning
 * and left out of the comparison (they stay in `articles`). Two checks, both cheap and offline:
 * the language (English function words; the annotators are English-only) and the story (an
 * article sharing almost no distinctive words with any other is about something else).
 */
import type { Article } from '../core/schema.js';
import { contentStems, tokens } from './lex.js';

export interface Screening {
  /** Article ids to compare, in input order. */
  keep: string[];
  excluded: Array<{ article: string; reason: string }>;
  warnings: string[];
}

// The most frequent English function words make up about a third of any English news text and
// almost none of a text in another language (even one that borrows English names and terms).
const ENGLISH = new Set('the of and to in a is that for on was with as by said at from his it an were are which be has have will this who after not its their but had been they he she would'.split(' '));
const MIN_ENGLISH_SHARE = 0.12;
const MIN_WORDS_FOR_LANGUAGE = 25;
// Cosine of tf-idf vectors: reports of one story share names and rare words; reports of
// different stories, even of the same kind, share few of them. Calibrated on ECB+ (reports of one
// event vs reports of other events in other topics).
export const UNRELATED_SIMILARITY = 0.06;

export function label(a: Article): string {
  const where = a.outlet ?? (a.file ? a.file.split(/[\\/]/).pop()! : null);
  return where ? `${a.id} (${where})` : a.id;
}

export function englishShare(text: string): { share: number; words: number } {
  const toks = tokens(text);
  let hits = 0;
  for (const t of toks) if (ENGLISH.has(t.norm)) hits++;
  return { share: toks.length ? hits / toks.length : 0, words: toks.length };
}

function vectors(articles: Article[]): Array<Map<string, number>> {
  const tfs = articles.map((a) => {
    const tf = new Map<string, number>();
    for (const s of contentStems(a.text)) tf.set(s, (tf.get(s) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of tfs) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = articles.length;
  return tfs.map((tf) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, c] of tf) {
      // Words in every article carry no signal about which ones belong together.
      const w = (1 + Math.log(c)) * Math.log((n + 1) / (df.get(k)! + 0.5));
      if (w <= 0) continue;
      v.set(k, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, w] of v) v.set(k, w / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of s) {
    const v = l.get(k);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}

export function screen(articles: Article[]): Screening {
  const warnings: string[] = [];
  const excluded: Screening['excluded'] = [];
  const lang: Article[] = [];
  for (const a of articles) {
    const declared = a.language && !/^en\b/i.test(a.language) ? a.language : null;
    const { share, words } = englishShare(a.text);
    if (declared || (words >= MIN_WORDS_FOR_LANGUAGE && share < MIN_ENGLISH_SHARE)) {
      const reason = declared ? `written in another language (${declared}), not English` : 'does not look like English text';
      excluded.push({ article: a.id, reason });
      warnings.push(`${label(a)} ${reason}: left out of the comparison`);
    } else lang.push(a);
  }

  let keep = lang;
  if (lang.length >= 3) {
    // Bounded cost: the vectors are per article; pairs are articles, not sentences. For very
    // large sets compare each article with a fixed-size sample would do; stories stay in the hundreds.
    const vs = vectors(lang);
    const best = lang.map((_, i) => {
      let m = 0;
      for (let j = 0; j < lang.length; j++) if (j !== i) m = Math.max(m, cosine(vs[i], vs[j]));
      return m;
    });
    const related = best.filter((b) => b >= UNRELATED_SIMILARITY).length;
    // Only when most articles do belong together is a stray one clearly "another story".
    if (related >= 2 && related > lang.length / 2) {
      keep = [];
      lang.forEach((a, i) => {
        if (best[i] < UNRELATED_SIMILARITY) {
          const reason = 'seems to be about a different story (it shares almost no names or distinctive words with the other articles)';
          excluded.push({ article: a.id, reason });
          warnings.push(`${label(a)} ${reason}: left out of the comparison`);
        } else keep.push(a);
      });
    }
  } else if (lang.length === 2) {
    const vs = vectors(lang);
    // With two articles nothing says which one is off-topic: warn about both, compare anyway.
    if (contentStems(lang[0].text).length > 20 && cosine(vs[0], vs[1]) < UNRELATED_SIMILARITY / 2) {
      warnings.push(`${label(lang[0])} and ${label(lang[1])} share almost no names or distinctive words: they may be reports of different stories`);
    }
  }
  if (keep.length === 1) warnings.push(`only one article to compare (${label(keep[0])}): there is nothing to align, contrast or check against another source`);
  if (keep.length === 0 && articles.length > 0) warnings.push('no article is left to compare');
  for (const a of keep) {
    if (!a.published) warnings.push(`${label(a)} has no publication date: its relative dates ("last year", "on Monday") are left unresolved`);
  }
  return { keep: keep.map((a) => a.id), excluded, warnings };
}
