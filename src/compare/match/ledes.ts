/**
 * Which compared sentences are an article's lede (issue #12): the sentence a news report states its
 * main event in (the inverted pyramid: who did what, where, when, first). Owns the headline test.
 *
 * The lede is the article's first sentence of prose. Many texts open with furniture before it: a
 * headline line ("Singer Ana Brel dies at 91"), then a date or byline line, then the lede ("Ana
 * Brel, whose ballads …, died on Thursday at her home in Lyon."). A headline is telegraphic (no
 * article, no auxiliary, the present for the past, no circumstances), so it rarely reaches the
 * affinity another outlet's lede needs, and it is nearer to its own article's lede than to anything
 * else: when only the first sentence counted as the lede, two outlets' ledes of one event were
 * never compared as ledes. So both are ledes: the first sentence (as before, whatever it is) and,
 * when that one is a headline line, the first sentence of prose that follows it.
 */

/** A sentence of the compared list: its article and its span in that article's text. */
export interface LedeCandidate {
  article: string;
  start: number;
  end: number;
  text: string;
}

// The end of a sentence of prose: a full stop, a question or exclamation mark or an ellipsis,
// possibly inside closing quotes or brackets.
const PROSE_END = /[.!?…]["'”’)\]]*\s*$/;

// After the headline, the lede comes within the furniture a page puts between them (a date line,
// a byline, a credit line, a subtitle): at most this many compared sentences on. Further down, a
// sentence is detail, not the lede, and a list of headlines (a digest) has no lede of its own.
const FURNITURE_SENTENCES = 3;

/**
 * Whether a sentence is a headline line: it ends at a line break (or the text's end) with no
 * mark ending prose, and something follows it. A one-line text is its own lede.
 */
export function headlineLine(text: string, start: number, end: number): boolean {
  const own = text.slice(start, end);
  if (PROSE_END.test(own)) return false;
  const after = text.slice(end, end + 4);
  if (!/^[ \t]*(?:\r?\n|$)/.test(after)) return false;
  return /\S/.test(text.slice(end));
}

/** Whether a sentence ends as prose does. */
export function proseSentence(text: string): boolean {
  return PROSE_END.test(text);
}

/**
 * For each sentence (in article then text order, as the fact sentences are kept), whether it is a
 * lede of its article: the first of its article, and the first sentence of prose after a headline
 * line within FURNITURE_SENTENCES. `textOf` gives an article's whole text.
 */
export function ledeFlags(sentences: readonly LedeCandidate[], textOf: (article: string) => string): boolean[] {
  const out = new Array<boolean>(sentences.length).fill(false);
  let i = 0;
  while (i < sentences.length) {
    const art = sentences[i].article;
    out[i] = true;
    const first = sentences[i];
    if (headlineLine(textOf(art), first.start, first.end)) {
      for (let k = i + 1; k < sentences.length && k <= i + FURNITURE_SENTENCES && sentences[k].article === art; k++) {
        if (proseSentence(sentences[k].text)) {
          out[k] = true;
          break;
        }
      }
    }
    while (i < sentences.length && sentences[i].article === art) i++;
  }
  return out;
}
