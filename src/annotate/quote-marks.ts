/**
 * Quote marks: pairs the opening and closing marks of an article into raw quotes, and finds
 * paragraph boundaries. Two apostrophes ('') count as one double mark (some outlets' plain
 * text prints “ and ” so). Owns the pairing rules (see findQuotes in quotes.ts for the list);
 * knows nothing of speakers. One pass over the text, linear in its length.
 */

export interface RawQuote {
  /** Position of the opening and closing mark. */
  open: number;
  close: number;
  /** The quoted words: between the marks. */
  start: number;
  end: number;
}

interface Mark {
  pos: number;
  /** Characters in the mark: 2 for the doubled apostrophe some outlets print for “ and ”. */
  len: number;
  double: boolean;
  open: boolean;
  close: boolean;
}

/** Pair quote marks into raw quotes: `open`/`close` are the marks' positions, start/end inside. */
export function pairQuotes(text: string): RawQuote[] {
  const marks: Mark[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '"' || c === '“' || c === '”' || c === '„' || c === '«' || c === '»') {
      const prev = i > 0 ? text[i - 1] : '\n';
      const next = i + 1 < n ? text[i + 1] : '\n';
      let open = c === '“' || c === '„' || c === '«';
      let close = c === '”' || c === '»';
      if (c === '"') {
        open = /[\s([{—–\-/*_]/.test(prev) && !/\s/.test(next);
        close = !/\s/.test(prev) && (/[\s.,;:!?)\]}—–\-*_]/.test(next) || i + 1 === n);
        if (!open && !close) open = close = true; // ambiguous: decided by state
      }
      // Some outlets write “ for both: an opening mark followed by white space closes.
      if (c === '“' && /\s/.test(next) && !/\s/.test(prev)) {
        open = false;
        close = true;
      }
      marks.push({ pos: i, len: 1, double: true, open, close });
    } else if ((c === "'" || c === '’') && text[i + 1] === c && text[i + 2] !== c) {
      // Two apostrophes stand for a double quote mark in some outlets' plain text (''It's
      // over,'' he said): open after a space or line start, close before a space or punctuation,
      // like a straight ".
      const prev = i > 0 ? text[i - 1] : '\n';
      const next = i + 2 < n ? text[i + 2] : '\n';
      let open = /[\s([{—–\-/*_]/.test(prev) && !/\s/.test(next);
      let close = !/\s/.test(prev) && (/[\s.,;:!?)\]}—–\-*_]/.test(next) || i + 2 === n);
      if (!open && !close) open = close = true;
      marks.push({ pos: i, len: 2, double: true, open, close });
      i++;
    } else if (c === "'" || c === '‘' || c === '’') {
      const prev = i > 0 ? text[i - 1] : '\n';
      const next = i + 1 < n ? text[i + 1] : '\n';
      const letterPrev = /[\p{L}\p{N}]/u.test(prev);
      const letterNext = /[\p{L}\p{N}]/u.test(next);
      if (letterPrev && letterNext) continue; // apostrophe: Syria's, don’t
      const open = !letterPrev && /[\p{L}]/u.test(next) && /[\s([{—–\-"“]/.test(prev);
      const close = !/\s/.test(prev) && !letterNext;
      if (!open && !close) continue;
      marks.push({ pos: i, len: 1, double: false, open, close });
    }
  }

  const out: RawQuote[] = [];
  let dOpen = -1; // position of the open double mark of the quote in progress
  let dLen = 1; // its length
  let sOpen = -1;
  for (const mk of marks) {
    if (mk.double) {
      if (dOpen >= 0) {
        const crossesParagraph = hasParagraphBreak(text, dOpen, mk.pos);
        if (crossesParagraph) {
          // Continuation: every paragraph break inside must be followed by an opening mark, or
          // the quote closes in the very next paragraph (see `closesInNextParagraph`).
          if (!continuesAcross(text, dOpen, mk.pos) && !closesInNextParagraph(text, dOpen, mk)) {
            dOpen = mk.open ? mk.pos : -1;
            dLen = mk.len;
            sOpen = -1;
            continue;
          }
          if (mk.open && isParagraphOpening(text, mk.pos)) continue; // the continuation mark itself
        }
        if (mk.close) {
          // `close` is the mark's last character, so that close + 1 is the text after it.
          out.push({ open: dOpen, close: mk.pos + mk.len - 1, start: dOpen + dLen, end: mk.pos });
          dOpen = -1;
          sOpen = -1;
          continue;
        }
        // A straight mark spaced as an opening right after a quote's closing punctuation, with
        // no other straight mark after it in the paragraph (`… the law, "Salazar said.`): a
        // mis-spaced closing mark. Straight marks alternate, so with one open it closes; had it
        // opened a new quote, its own closing mark would follow in the paragraph.
        if (strayClose(text, dOpen, mk)) {
          let end = mk.pos;
          while (text[end - 1] === ' ' || text[end - 1] === '\t') end--;
          out.push({ open: dOpen, close: mk.pos, start: dOpen + dLen, end });
          dOpen = -1;
          sOpen = -1;
          continue;
        }
        // Two opening marks in one paragraph: the first was never closed; start again.
        dOpen = mk.pos;
        dLen = mk.len;
        continue;
      }
      if (mk.open) {
        dOpen = mk.pos;
        dLen = mk.len;
        sOpen = -1;
      }
      continue;
    }
    // Single marks: only outside double quotes, only within one paragraph.
    if (dOpen >= 0) continue;
    if (sOpen >= 0 && hasParagraphBreak(text, sOpen, mk.pos)) sOpen = -1;
    if (sOpen >= 0 && mk.close) {
      // A short span only: long single-quoted runs are usually apostrophes gone wrong.
      if (mk.pos - sOpen <= 300 && text[mk.pos - 1] !== ' ') out.push({ open: sOpen, close: mk.pos, start: sOpen + 1, end: mk.pos });
      sOpen = -1;
    } else if (mk.open) sOpen = mk.pos;
  }
  return out;
}

export function hasParagraphBreak(text: string, from: number, to: number): boolean {
  return /\n[ \t\u00a0]*\n/.test(text.slice(from, to));
}

function isParagraphOpening(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/**
 * True when the article writes one paragraph per line, with few or no blank lines (some outlets'
 * exports do): most line breaks are single, and most of those follow the end of a sentence (a
 * period, "?", "!", a colon or a closing mark). Hard-wrapped text also has mostly single line
 * breaks, but they fall inside sentences, so it keeps blank lines as its paragraph breaks.
 * Without it, such an article is one paragraph, and attributions and speaker chains run from
 * one paragraph into the next ("“…” ¶ Rep. Steve Israel said …" taken as the quote's attribution).
 */
function linePerParagraph(text: string): boolean {
  let singles = 0;
  let ends = 0;
  let blanks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text[i + 1] === '\n') {
      blanks++;
      while (text[i + 1] === '\n') i++;
      continue;
    }
    if (i > 0 && text[i - 1] === '\n') continue;
    singles++;
    if (/[.!?:"”’')\]]\s*$/.test(text.slice(Math.max(0, i - 3), i))) ends++;
  }
  return singles >= 3 && blanks * 3 < singles && ends * 3 >= singles * 2;
}

/**
 * A quote whose words run into the next paragraph without a repeated opening mark and close there
 * (`“He was shaken. ¶ He tried to help her,” said Lind.`): texts that put each sentence on a line
 * of its own (ECB+'s, some exports) split a two-sentence quote so. Only across one paragraph break,
 * and only to a mark that can only close (a ” or a straight mark spaced as a closing one), which
 * is then the next paragraph's first double mark: a closing mark with no opening before it in its
 * paragraph belongs to a quote opened earlier. A real quote left unclosed in its paragraph is
 * still dropped when the next paragraph opens a quote of its own or has no closing mark, or when
 * that paragraph's words before the mark report speech (REPORTED_SPEECH).
 */
function closesInNextParagraph(text: string, from: number, mk: Mark): boolean {
  if (!mk.close || mk.open) return false;
  const breaks = text.slice(from, mk.pos).match(/\n[ \t\u00a0]*\n/g);
  if (breaks === null || breaks.length !== 1) return false;
  // (Not when the next paragraph's words before the mark report speech: "Ann Lind, the mayor,
  // said the city would not." after an unclosed quote is the reporter's paraphrase, and run into
  // the quote it would credit her words to the first speaker; better no quote.)
  const brk = text.lastIndexOf('\n', mk.pos);
  return !REPORTED_SPEECH.test(text.slice(brk, mk.pos));
}
/** A verb of reported speech: the reporter's words, not the quote's. */
const REPORTED_SPEECH = /\b(?:said|says|told|tells)\b/;

/**
 * A straight " after a quote's closing punctuation and a space (`law, "Salazar said.`,
 * `… it. "Lind said.`) while a straight quote is open in the same paragraph, with no straight
 * mark after it in that paragraph (see the caller). The open mark must be straight too: curly
 * marks say their direction.
 */
function strayClose(text: string, dOpen: number, mk: Mark): boolean {
  if (text[mk.pos] !== '"' || text[dOpen] !== '"' || !mk.open || mk.close) return false;
  if (!/[,.!?][ \t]+$/.test(text.slice(Math.max(dOpen + 1, mk.pos - 4), mk.pos))) return false;
  if (hasParagraphBreak(text, dOpen, mk.pos)) return false;
  const paraEnd = text.slice(mk.pos + 1).search(/\n[ \t\u00a0]*\n/);
  const rest = paraEnd < 0 ? text.slice(mk.pos + 1) : text.slice(mk.pos + 1, mk.pos + 1 + paraEnd);
  return !rest.includes('"');
}

/** Every paragraph break between `from` and `to` is followed by an opening quote mark. */
function continuesAcross(text: string, from: number, to: number): boolean {
  const re = /\n[ \t\u00a0]*\n\s*/g;
  // (to + 2: the mark at `to` may be two apostrophes, and both must be seen after a break)
  const seg = text.slice(from, to + 2);
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    const c = seg[m.index + m[0].length];
    if (c !== '“' && c !== '"' && c !== '„' && c !== '«' && !(c === "'" && seg[m.index + m[0].length + 1] === "'")) return false;
    // The quoted words run to the paragraph's end: a paragraph that ends in a double mark or a
    // closing parenthesis closed what it quoted there, however malformed (`''family
    // fortunes.'.')`), and the next paragraph's opening mark starts a quote of its own. A
    // single mark may end a quote inside the quote (`… Will we be thrown out?' ¶ "We go …`).
    if (/(?:[\])"”]|'')$/.test(seg.slice(0, m.index).trimEnd())) return false;
  }
  return true;
}

/**
 * Paragraph boundaries, found once; start/end of the paragraph around a position. A paragraph
 * ends at a blank line, or, in an article that writes one paragraph per line, at each line
 * break (see `linePerParagraph`).
 */
export class Paragraphs {
  private readonly breaks: number[] = []; // index of each break ("\n\n", or "\n" in line mode)
  /** Length of a break: 2 ("\n\n") or 1 (a single "\n" in line mode). */
  private readonly width: number;

  constructor(text: string) {
    const lines = linePerParagraph(text);
    this.width = lines ? 1 : 2;
    const sep = lines ? '\n' : '\n\n';
    for (let i = text.indexOf(sep); i >= 0; i = text.indexOf(sep, i + this.width)) this.breaks.push(i);
  }

  startOf(pos: number): number {
    const k = this.lastBreakBefore(pos);
    return k < 0 ? 0 : this.breaks[k] + this.width;
  }

  endOf(pos: number, textLength = Infinity): number {
    const k = this.lastBreakBefore(pos) + 1;
    return k < this.breaks.length ? this.breaks[k] : textLength;
  }

  /** Index of the paragraph containing `pos`, counted from 0. */
  indexOf(pos: number): number {
    return this.lastBreakBefore(pos) + 1;
  }

  /** Index of the last break at or before `pos`, or -1. */
  private lastBreakBefore(pos: number): number {
    let lo = 0;
    let hi = this.breaks.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }
}
