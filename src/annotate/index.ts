/**
 * The annotate stage: one article in, the same article with its stand-off layers out. Modelled
 * on spaCy's Doc + pipeline: each component reads the fixed text and the layers before it and
 * adds one layer, in this order:
 *   sentences → mentions (uses sentence starts) → times (uses sentences for tense) →
 *   quantities (skips the dates times claimed) → quotes (uses sentences and mentions for speakers).
 * Every span is a JavaScript string index range into `article.text`, which is never changed.
 */
import type { AnnotatedArticle, Article } from '../core/schema.js';
import { findMentions } from './mentions.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { findTimes } from './times/index.js';
import { tokenize } from './tokens.js';

/** URLs and e-mail addresses: their digits are neither dates nor quantities. */
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;
// An address's local part is at most 64 characters (RFC 5321): the bound keeps the scan linear
// (unbounded, every start in a long run of word characters rescanned the run to its end).
const EMAIL_RE = /[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/g;

export function annotate(article: Article): AnnotatedArticle {
  const text = article.text;
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const mentions = findMentions(text, tokens, sentences);
  // The regexes run only when their anchor is present: most articles have neither.
  const urls = mergeSpans(
    text.includes('://') || text.includes('www.') ? spansOf(URL_RE, text) : [],
    text.includes('@') ? spansOf(EMAIL_RE, text) : [],
  );
  const times = dropInside(findTimes(text, article.published, sentences, tokens), urls);
  // Quantities skip what dates claimed (a year is not a count); durations and sets stay theirs
  // too ("three years" is both a TimeML duration and a measured quantity).
  const dates = times.filter((t) => t.kind === 'date' || t.kind === 'time');
  const quantities = findQuantities(text, tokens, mergeSpans(dates, urls));
  const quotes = findQuotes(text, sentences, mentions);
  return { ...article, sentences, mentions, times, quantities, quotes };
}

function spansOf(re: RegExp, text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function dropInside<T extends { start: number; end: number }>(items: T[], spans: Array<{ start: number; end: number }>): T[] {
  if (spans.length === 0) return items;
  return items.filter((x) => !spans.some((s) => x.start < s.end && s.start < x.end));
}

function mergeSpans(a: Array<{ start: number; end: number }>, b: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);
}
