/**
 * Sentence splitter: the first pipeline component. Owns where sentences start and end.
 *
 * Rules, in order of strength:
 * 1. A paragraph break ("\n\n", or a line of only spaces) always ends a sentence.
 * 2. A line break ends a sentence when the line ends in sentence punctuation, or when it does not
 *    and the next line starts with anything but a lower-case letter: headings, datelines, captions
 *    and bylines carry no final full stop and are sentences of their own. A line that runs on into
 *    a lower-case line is hard-wrapped prose and is joined.
 * 3. Inside a line, `.`, `!`, `?` or `…` (with any closing quotes and brackets after it) followed
 *    by a space ends a sentence unless the next word starts in lower case (`"Why?" he asked`) or
 *    the full stop belongs to an abbreviation: titles before names (Mr., Dr., Gen.), initials
 *    (George W. Bush), "No. 5", month abbreviations before a day, list numbers at line start.
 *    Dotted acronyms, company suffixes and state abbreviations (U.S., Inc., Md.) end a sentence
 *    only before a word that typically starts one ("The", "He", …), since "the U.S. Navy" is far
 *    more common than a sentence ending in "U.S." followed by a name; a common word that news
 *    capitalises inside names more often than at a sentence start ("U.S. Court of Appeals",
 *    "U.S. Senate") is no such word (lexicon/openers.ts, counted on hand-split news). An
 *    abbreviation closed by a bracket ("Annapolis (Md.) police") never ends one: a sentence that
 *    ends inside brackets ends in a word, not in a state's abbreviation. After such an
 *    abbreviation an opening quote mark is looked through: the quoted first word decides
 *    ("…, of Eastport, Fla. “She has …" ends one; "the U.S. “war on …”" does not).
 * 4. A number's full stop ends a sentence, except a decimal point written with a space before a
 *    magnitude ("$368. 0 million", "2. 5 percent").
 */
import type { Sentence } from '../core/schema.js';
import { COMMON_WORDS } from './lexicon/common.js';
import { LEARNED_OPENERS, NAME_WORDS } from './lexicon/openers.js';
import { compiledOnce } from '../core/regex.js';

/** Letters joined by dots ("U.S", "e.g"): an abbreviation, whose dot ends no sentence by itself. */
const DOTTED_INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** Abbreviations whose full stop never ends a sentence (titles, initials-like forms, "No."). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr',
  'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'drs', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'no', 'nos', 'vol', 'fig', 'art', 'sec',
  'ch', 'pp', 'p', 'cf', 'vs', 'v', 'e.g', 'i.e', 'approx', 'est', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mme', 'messrs', 'atty',
  'supt', 'insp', 'det', 'sgt', 'brig', 'gens', 'msgr', 'fr', 'sr', 'jr',
  // The rest of the AP Stylebook's abbreviated military titles and their plurals ("Army Spc.
  // Charles Graner", "Sgts. Cardona and Smith": split there, a MultiLing story's lead became
  // "… found Army Spc." and a fragment, read in session 18's unseen reading).
  'spc', 'pfc', 'pvts', 'cpls', 'sgts', 'lts', 'capts', 'majs', 'cols', 'adms', 'cmdrs', 'cwo',
]);

/** Abbreviations that may end a sentence: only before a typical sentence-opening word. */
const MAYBE_FINAL = new Set(['inc', 'ltd', 'co', 'corp', 'etc', 'llc', 'plc', 'bros', 'a.m', 'p.m', 'am', 'pm']);

/**
 * The AP's abbreviations of US states as news writes them after a town ("Baltimore, Md.",
 * "Calif."): like "U.S.", they end a sentence only before an opener. Lower-cased, without dots;
 * dotted two-letter forms ("N.Y.", "D.C.") are dotted acronyms already. Words that are also
 * English words ("Mass.", "Wash.", "Miss.", "Ind.") are among them: after a town, before a
 * capitalised name, the abbreviation is the likelier reading, and a sentence opener still ends
 * the sentence.
 */
const STATE_ABBR = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'pa', 'penn', 'tenn', 'tex', 'vt', 'va', 'wash',
  'wis', 'wyo',
]);

/** Words that typically open a sentence; after "U.S." or "Inc." they signal a boundary. */
const OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'But',
  'And', 'Or', 'So', 'In', 'On', 'At', 'For', 'If', 'When', 'While', 'After', 'Before', 'As', 'His', 'Her', 'Its',
  'Their', 'Our', 'My', 'However', 'Meanwhile', 'Still', 'Yet', 'Some', 'Many', 'Most', 'Both', 'Since', 'Despite',
  'Although', 'Though', 'Because', 'Officials', 'According', 'Last', 'Earlier', 'Later', 'Now', 'Then',
]);

const TERMINAL_LINE_END = /[.!?…:;"'”’»)\]]$/;
const BOUNDARY = /[.!?…]+["'”’»)\]]*(?=\s)/g;
const WORD_BEFORE = /([\p{L}\p{N}.]+)\.$/u;

/** Sentence spans of `text`, in order, trimmed of surrounding white space. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let lineStart = 0;
  let sentStart = -1; // start of the sentence in progress, -1 when none
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trimEnd();
    if (trimmed.trim() === '') {
      // Rule 1: a blank line closes whatever is open.
      if (sentStart >= 0) push(out, text, sentStart, lineStart);
      sentStart = -1;
    } else {
      if (sentStart < 0) sentStart = lineStart;
      splitLine(text, lineStart, lineStart + trimmed.length, (end, next) => {
        push(out, text, sentStart, end);
        sentStart = next;
      });
      // Rule 2: decide whether the line break ends the sentence.
      const nextLineStart = lineEnd + 1;
      const nextChar = nextLineStart < n ? firstNonSpace(text, nextLineStart) : '';
      const runsOn = !TERMINAL_LINE_END.test(trimmed) && nextChar !== '' && /\p{Ll}/u.test(nextChar);
      if (!runsOn && sentStart >= 0) {
        push(out, text, sentStart, lineStart + trimmed.length);
        sentStart = -1;
      }
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  if (sentStart >= 0) push(out, text, sentStart, n);
  return out;
}

function firstNonSpace(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return '';
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return c;
  }
  return '';
}

/** Trim white space and record a sentence if anything is left. */
function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/** Find in-line boundaries; `emit(end, nextStart)` for each. */
function splitLine(text: string, from: number, to: number, emit: (end: number, next: number) => void): void {
  const line = text.slice(from, to);
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(line))) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < line.length && /\s/.test(line[next])) next++;
    if (next >= line.length) break; // the line end is handled by the caller
    if (!endsSentence(line, m.index, m[0], next)) continue;
    emit(from + end, from + next);
  }
}

function endsSentence(line: string, at: number, punct: string, next: number): boolean {
  const following = line[next];
  // Lower-case continuation: "Why?" he asked / e.g. something.
  if (/\p{Ll}/u.test(following)) return false;
  // Punctuation that continues the sentence: ", …", "— …".
  if (/[,;:)\]—–-]/.test(following)) return false;
  if (punct[0] !== '.' || punct.startsWith('..')) return true;
  const before = WORD_BEFORE.exec(line.slice(Math.max(0, at - 40), at + 1));
  if (!before) return true;
  const word = before[1];
  const lower = word.toLowerCase();
  // The word after any opening quote marks: "… of Jacksonville, Fla. “She has …" opens a quoted
  // sentence, and whether the abbreviation ends one is read off that word as off any other.
  const nextWord = /^(?:["“‘]|'')?([\p{L}\p{N}]+)/u.exec(line.slice(next))?.[1] ?? '';
  // A number ending a sentence ("… in 2014. The") is a boundary, but a list number at the start
  // of a line ("1. Skip to content") is not.
  // "$368. 0 million", "2. 5 percent": a decimal point written with a space after it (as some
  // wires' and converted copy do) ends no sentence: a sentence never opens on a bare digit run
  // followed by a magnitude or "percent" (news spells out a figure that opens a sentence).
  // But a year ends one ("… rose in 2014. 52 percent of voters …": a figure opening a sentence
  // is common enough in web copy), and a decimal part is one or two digits.
  if (/^\d+$/.test(word) && !/^(?:1[5-9]|20)\d\d$/.test(word) && /^\d{1,2}\s+(?:million|billion|trillion|thousand|percent|per\s+cent|%|bn|m)\b/i.test(line.slice(next))) return false;
  if (/^\d+$/.test(word)) return line.slice(0, at - word.length).trim() !== '';
  // Initials: a single capital letter ("George W. Bush", "J. K. Rowling").
  if (/^\p{Lu}$/u.test(word)) return false;
  if (NEVER_FINAL.has(lower)) {
    // "No." / "Nos." are abbreviations only before a number ("No. 5"); otherwise the word "no".
    if ((lower === 'no' || lower === 'nos') && !/\d/.test(following)) return true;
    return false;
  }
  // "8 p. m. Tuesday", "10 a. m.": a clock abbreviation written with a space (as some wires and
  // translated copy do) is the spaced form of "p.m.", and like it ends a sentence only before a
  // typical opener; read alone, its "m." would be an unknown word and always end one.
  if (lower === 'm' && /(?:^|[\s\d])[ap]\.\s+m$/i.test(line.slice(Math.max(0, at - 6), at))) return opener(nextWord);
  const dotted = compiledOnce(DOTTED_INITIALS).test(word);
  // "(Md.)", "(U.S.)": an abbreviation closed by a bracket is inside a sentence that goes on.
  if ((dotted || MAYBE_FINAL.has(lower) || STATE_ABBR.has(lower)) && /[)\]]/.test(punct)) return false;
  // Dotted acronyms (U.S., U.N.), company suffixes and states: only before a typical opener.
  if (dotted || MAYBE_FINAL.has(lower) || STATE_ABBR.has(lower)) return opener(nextWord);
  return true;
}

/**
 * Does `w` (the capitalised word after an abbreviation) typically open a sentence? The hand list,
 * the openers counted on news (lexicon/openers.ts), or a common word — unless news capitalises
 * that word inside names more than it opens sentences with it ("Court", "Senate", "National").
 */
function opener(w: string): boolean {
  // A lower-case word (inside quote marks: "the U.S. “war on terror”") opens no sentence.
  if (!/^\p{Lu}/u.test(w)) return false;
  if (OPENERS.has(w) || LEARNED_OPENERS.has(w)) return true;
  return COMMON_WORDS.has(w.toLowerCase()) && !NAME_WORDS.has(w);
}
