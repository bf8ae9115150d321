/**
 * The annotate stage: one article in, the same article with its stand-off layers out. Modelled
 * on spaCy's Doc + pipeline: each component reads the fixed text and the layers before it and
 * adds one layer, in this order:
 *   sentences → mentions (uses sentence starts) → times (uses sentences for tense) →
 *   quantities (skips the dates times claimed) → quotes (uses sentences and mentions for speakers).
 * Non-prose spans (prose.ts: rubric labels, dateline lines) are found right after splitting and
 * taken out of the sentence spans.
 * Every span is a JavaScript string index range into `article.text`, which is never changed.
 */
import type { AnnotatedArticle, Article } from '../core/schema.js';
import { findMentions } from './mentions.js';
import { findQuantities } from './quantities.js';
import { findQuotes } from './quotes.js';
import { findNonProse, proseSentences } from './prose.js';
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
  // Rubric labels and dateline lines inside the body are not prose (prose.ts): the sentence
  // layer, and so every layer and stage after it, leaves them out; they stay findable as spans.
  const split = splitSentences(text);
  const nonProse = findNonProse(text, split);
  const sentences = proseSentences(text, split, nonProse);
  const tokens = tokenize(text);
  const mentions = findMentions(text, tokens, sentences);
  // The regexes run only when their anchor is present: most articles have neither.
  const urls = mergeSpans(
    text.includes('://') || text.includes('www.') ? spansOf(URL_RE, text) : [],
    text.includes('@') ? spansOf(EMAIL_RE, text) : [],
  );
  const times = dropNamePremodifiers(dropInside(findTimes(text, article.published, sentences, tokens), urls), mentions, text);
  // Quantities skip what dates claimed (a year is not a count); durations and sets stay theirs
  // too ("three years" is both a TimeML duration and a measured quantity).
  const dates = times.filter((t) => t.kind === 'date' || t.kind === 'time');
  const quantities = findQuantities(text, tokens, mergeSpans(dates, urls));
  const quotes = findQuotes(text, sentences, mentions, dates);
  return nonProse.length ? { ...article, sentences, mentions, times, quantities, quotes, nonProse } : { ...article, sentences, mentions, times, quantities, quotes };
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * A weekday between a determiner and the name of a body is a word of that name, not a date:
 * newspapers, clubs and programmes are named after the day they appear or meet ("the Sunday
 * Telegraph", "the Sunday Times", "the Monday Club"). Read as dates they dated the report's
 * sentences to the last Sunday (a timeline entry, a date claim). The determiner is required:
 * "on Sunday Microsoft said" dates the act; "the Sunday before the vote" names no body.
 */
function dropNamePremodifiers<T extends { start: number; end: number; text: string }>(
  times: T[],
  mentions: Array<{ start: number; end: number; text: string; type: string }>,
  text: string,
): T[] {
  times = weekdaysInsideNames(times, mentions);
  const bodies = new Set(mentions.filter((m) => m.type === 'organization').map((m) => m.start));
  if (bodies.size === 0) return times;
  return times.filter((t) => !(WEEKDAY.test(t.text) && text[t.end] === ' ' && bodies.has(t.end + 1) && /(?:^|[^\p{L}])the $/iu.test(text.slice(Math.max(0, t.start - 5), t.start))));
}

/**
 * A weekday inside a longer name is a word of that name, not a date: "the Good Friday Agreement"
 * (a 1998 accord), "the Bloody Sunday Inquiry". Read as a date it put the accord on the last
 * Friday before the report (session 24's unseen reading). Only a weekday alone, inside a name the
 * mention layer read with words on either side of it; a weekday next to a name ("met Netanyahu
 * Friday") is outside the name and stays a date, and so does a weekday whose name has no other
 * capitalised word ("a Monday-morning meeting", one hyphened word to the mention layer). Mentions
 * come in text order: one binary search per weekday.
 */
function weekdaysInsideNames<T extends { start: number; end: number; text: string }>(times: T[], mentions: Array<{ start: number; end: number; text: string }>): T[] {
  if (mentions.length === 0) return times;
  return times.filter((t) => {
    if (!WEEKDAY.test(t.text)) return true;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start <= t.start) lo = mid + 1;
      else hi = mid;
    }
    const m = lo > 0 ? mentions[lo - 1] : null;
    // (Another capitalised word of the name is required: "a Monday-morning meeting", which the
    // mention layer reads as one hyphened word, is the day's.)
    return !(m && m.start <= t.start && m.end >= t.end && m.end - m.start > t.end - t.start && /\p{Lu}/u.test(m.text.slice(0, t.start - m.start) + m.text.slice(t.end - m.start)));
  });
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
