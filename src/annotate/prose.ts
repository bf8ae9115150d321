/**
 * Non-prose spans: the parts of an article's text that are page furniture set inside the story
 * rather than the reporter's sentences, found after sentence splitting and kept as a stand-off
 * layer (the text never changes after ingest). Two kinds:
 *
 * - `rubric`: a short label that opens a paragraph and ends in a colon, with the paragraph's
 *   sentence after it ("Driving the news: The council voted …", "Why it matters: …", "Yes, but:
 *   …", "The big picture: …"). Outlets that write in labelled bullets (Axios's
 *   "smart brevity", newsletters, live pages) open most paragraphs so; the label is a signpost
 *   for the reader, not part of what is reported, and quoted as fact text it reads as if an
 *   outlet had written "Driving the news" as news.
 * - `dateline`: a paragraph that is only a place name, or only a few words in capitals ("AUSTRALIA",
 *   "WASHINGTON", "INTERNATIONAL"): a dateline or section label left on a line of its own
 *   inside the body (ingest removes such lines only in the header zone, before the first prose).
 *
 *   A wire dateline opening a sentence ("MOSCOW (AP) _ Russia's parliament …") is NOT taken out:
 *   the conflicts stage reads the place it names as the place of the lede's act (tried in session
 *   17: "RIYADH, Saudi Arabia (AP) _ Mubarak arrived Saturday …" lost its place and was compared
 *   with "Mubarak flew to Damascus on Sunday", a false confident date card on DUC 2003 dev). The
 *   summary and the matcher read past it (lex.ts datelineLength).
 * - `slug`: a wire budget entry, a paragraph opened by a story slug in capitals with its dateline in
 *   brackets ("HARBOUR-CRANE (Undated) _ Special package: …"): news agencies send editors such
 *   lists of the stories to come, and a story's text can carry them; the paragraph describes another
 *   story, so the whole of it is non-prose. A story's own wire dateline of a hyphened place
 *   ("WINSTON-SALEM (AP) _ …") has the same shape; an agency in the brackets (ingest/credits.ts
 *   wireDateline) makes it a dateline, which stays.
 *
 * annotate() takes the rubric out of its sentence (the sentence span starts after it) and drops a
 * sentence that is all dateline, so every later layer and every compare stage (facts, exclusives,
 * summary, timeline) quotes the prose alone. Precision first: a colon label is a rubric only where
 * nothing in it can be a speaker or a name (see `rubricEnd`), because "Walensky also said: …" and
 * "Biden: …" introduce someone's words, and taking those labels away would lose the attribution.
 */
import type { Sentence } from '../core/schema.js';
import { PLACES } from './lexicon/places.js';
import { GIVEN_NAMES } from './lexicon/persons.js';
import { LEARNED_REPORTING_VERBS } from './lexicon/reporting-verbs.js';
import { COMMON_WORDS } from './lexicon/common.js';
import { NAMING_NOUNS } from './lexicon/naming-nouns.js';
import { wireDateline } from '../ingest/credits.js';

export interface NonProse {
  start: number;
  end: number;
  kind: 'rubric' | 'dateline' | 'slug';
}

// A rubric label is at most this many words and characters: signposts are a few words ("What
// they're saying", "The bottom line"); a longer stretch before a colon is a clause of prose
// introducing a list or a quote ("For the Marine Corps, the deceased are:").
const RUBRIC_MAX_WORDS = 5;
const RUBRIC_MAX_CHARS = 40;
// A dateline or section line is at most this many words ("NEW YORK", "SAN LUIS OBISPO").
const DATELINE_MAX_WORDS = 4;
// A wire budget entry: a slug of words in capitals joined by hyphens, its dateline in brackets
// ("(Undated)", "(Seattle)") and a dash or underscore.
const BUDGET_SLUG = /^[\p{Lu}\d]{1,20}(?:-[\p{Lu}\d]{1,20}){1,4} \([^()\n]{1,30}\) (?:_|—|–|--) /u;

/**
 * Finite verbs of saying (the learned reporting-verb table without its -ing forms): a label with
 * one is an attribution that introduces a quote ("He added:", "The statement said:"), not a
 * signpost. The -ing forms stay allowed because wh-clause rubrics use them ("What they're
 * saying:", "What we're hearing:"), where nobody in particular is credited.
 */
const FINITE_SAYING = new Set(LEARNED_REPORTING_VERBS.filter((v) => !v.endsWith('ing')).concat(['says', 'said', 'told', 'tells', 'writes', 'wrote', 'reads', 'read', 'tweeted', 'posted']));
/** Personal pronouns: a label opening with one is a clause with a subject ("It's no longer …:", "She added:"). */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'it', "it's", 'it’s', 'we', 'they', 'you']);

// Finite auxiliaries and copulas that make a colon label a clause (see rubricEnd).
const FINITE_VERBS = new Set(['is', 'was', 'are', 'were', 'am', "'s", 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'did', 'does', 'do', "isn't", "wasn't", "aren't", "weren't", "hasn't", "hadn't", "haven't", "won't", "wouldn't", "can't", "couldn't", "didn't", "doesn't", "don't", 'seems', 'seemed', 'remains', 'remained', 'became', 'becomes']);
const WH_WORDS = new Set(['what', 'why', 'how', 'who', 'where', 'when', 'which', 'whose']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Non-prose spans of `text`, in text order, from its sentence spans. */
export function findNonProse(text: string, sentences: readonly Sentence[]): NonProse[] {
  const out: NonProse[] = [];
  // Only a text with prose elsewhere has furniture in it: a headline-only record or a one-line
  // text is its own content, whatever its case.
  if (sentences.length < 2) return out;
  let capitalisedMid: Set<string> | null = null;
  let lowerWords: Set<string> | null = null;
  let slugEnd = -1;
  for (const s of sentences) {
    if (s.start < slugEnd || !paragraphStart(text, s.start)) continue;
    const body = text.slice(s.start, s.end);
    if (datelineLine(text, s)) {
      out.push({ start: s.start, end: s.end, kind: 'dateline' });
      continue;
    }
    // (Not the story's own wire dateline of a hyphened place, "WINSTON-SALEM (AP) _ …": an
    // agency in the brackets makes it a dateline, which stays in its sentence; a budget entry
    // brackets a place or "Undated".)
    if (BUDGET_SLUG.test(body) && wireDateline(body) === null) {
      // The entry runs to the end of its line (a budget lists one story per paragraph).
      const eol = text.indexOf('\n', s.start);
      slugEnd = eol < 0 ? text.length : eol;
      out.push({ start: s.start, end: slugEnd, kind: 'slug' });
      continue;
    }
    const start = s.start;
    capitalisedMid ??= capitalisedMidSentence(text);
    lowerWords ??= new Set(text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []);
    const end = rubricEnd(body, capitalisedMid, lowerWords);
    if (end > 0) out.push({ start, end: start + end, kind: 'rubric' });
  }
  return out;
}

/**
 * The sentences without their non-prose parts: a sentence opened by a rubric starts at the first
 * character after it (and the space after its colon), one that is all dateline is left out.
 */
export function proseSentences(text: string, sentences: readonly Sentence[], nonProse: readonly NonProse[]): Sentence[] {
  if (nonProse.length === 0) return sentences as Sentence[];
  const at = new Map(nonProse.map((n) => [n.start, n]));
  const slugs = nonProse.filter((n) => n.kind === 'slug');
  const out: Sentence[] = [];
  for (const s of sentences) {
    // Every sentence of a budget entry is left out.
    if (slugs.some((n) => s.start >= n.start && s.start < n.end)) continue;
    let start = s.start;
    // Non-prose spans opening the sentence are taken off in turn.
    for (let n = at.get(start); n && start < s.end; n = at.get(start)) {
      start = n.end;
      while (start < s.end && /\s/.test(text[start]!)) start++;
    }
    if (start >= s.end) continue;
    out.push(start === s.start ? s : { start, end: s.end });
  }
  return out;
}

/** Whether `pos` opens a paragraph or line: only white space between it and the line break before. */
function paragraphStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

/**
 * Whether the sentence is a whole line that is only a place name ("Melbourne", "AUSTRALIA") or
 * only a few words in capitals without digits ("INTERNATIONAL", "SAN LUIS OBISPO"): no
 * sentence-final punctuation, nothing else on its line. Capitals alone are not enough for a
 * line with a digit, which is a headline or a figure ("3 DEAD").
 */
function datelineLine(text: string, s: Sentence): boolean {
  const body = text.slice(s.start, s.end);
  if (body.includes('\n') || /[.!?…:;,"”'’)]$/.test(body)) return false;
  const after = text.indexOf('\n', s.end);
  if (text.slice(s.end, after < 0 ? text.length : after).trim() !== '') return false;
  const words = body.split(/\s+/);
  if (words.length > DATELINE_MAX_WORDS) return false;
  if (PLACES.has(titleCase(body))) return true;
  return /^[\p{Lu}][\p{Lu} '’&-]*$/u.test(body) && /\p{Lu}.*\p{Lu}/u.test(body);
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The end (offset in `body`, after the colon) of the rubric that opens a sentence, or 0 when it
 * opens with none. A rubric is a label of one to RUBRIC_MAX_WORDS words ending in a colon, with
 * a sentence after it on the same line (a capital letter or an opening quote mark: "Army: 40%
 * fully vaccinated" is a list item whose label carries the meaning, and a lower-case word after
 * the colon is prose: "The reason is simple: the bill …"). The label is in sentence case (never
 * in capitals: see below) with no name in it: no capitalised word after the first (except "I"),
 * a first word that is no given name or place and that the article never capitalises mid-sentence (a surname before a
 * colon introduces that person's words: "Biden: …"), no subject pronoun first and no finite verb
 * of saying ("He added:", "The statement said:").
 */
function rubricEnd(body: string, capitalisedMid: Set<string>, lowerWords: Set<string>): number {
  const colon = body.indexOf(':');
  if (colon <= 0 || colon > RUBRIC_MAX_CHARS) return 0;
  const rest = body.slice(colon + 1);
  if (!/^\s+["“‘'\p{Lu}]/u.test(rest)) return 0;
  const label = body.slice(0, colon);
  if (/["“”]/.test(label)) return 0;
  const words = label.match(WORD) ?? [];
  if (words.length === 0 || words.length > RUBRIC_MAX_WORDS) return 0;
  // A label in capitals is left alone: on wire copy it is a note to editors ("EDITOR: Visit …",
  // "NONSUBSCRIBERS: To publish …") whose paragraph is furniture as a whole, and taking the label
  // alone away left two syndicates' boilerplate sentences alike enough to align as a shared fact
  // (DUC 2006 dev); in transcripts it is a speaker's name ("TUCKER CARLSON: …").
  const letters = label.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase()) return 0;
  if (!/^\p{Lu}/u.test(words[0]!)) return 0;
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w) && w !== 'I')) return 0;
  if (/\d/.test(label)) return 0;
  const first = words[0]!;
  if (GIVEN_NAMES.has(first) || PLACES.has(first) || capitalisedMid.has(first)) return 0;
  if (SUBJECT_PRONOUNS.has(first.toLowerCase())) return 0;
  if (words.some((w) => FINITE_SAYING.has(w.toLowerCase()))) return 0;
  // A label with a finite verb is a clause, and the colon carries on its own sentence in AP-style
  // prose ("Her message was clear: Stay home.", "The reason is simple: The bill …"): taking it
  // away lost the sentence's opening words. A question-word label is still a rubric ("What
  // they're saying:", "Why it matters:", "What is next:").
  if (!WH_WORDS.has(first.toLowerCase()) && words.some((w) => FINITE_VERBS.has(w.toLowerCase()))) return 0;
  // A one-word label is a rubric only when the word is a common word ("Details:", "Context:",
  // "Flashback:": the common-word list, WordNet's everyday nouns, or written in lower case
  // elsewhere in the article): a lone name before a colon ("Varga: The pier will …") credits what
  // follows to that person, and a surname seen once is in no lexicon.
  if (words.length === 1 && !commonWord(first.toLowerCase(), lowerWords)) return 0;
  return colon + 1;
}

let everydayNouns: Set<string> | null = null;
function commonWord(w: string, lowerWords: Set<string>): boolean {
  everydayNouns ??= new Set(NAMING_NOUNS.split('\n').map((l) => l.slice(0, -2)));
  return COMMON_WORDS.has(w) || everydayNouns.has(w) || lowerWords.has(w);
}

/**
 * Words the article writes with a capital after a lower-case word in the same sentence (names:
 * "said Biden", "the Pentagon"): such a word opening a colon label is a name, not a signpost.
 * Every word of such a run of capitalised words counts, not only its first: a surname is
 * written after its given name when the person is brought in ("spokesman Brian Fallon"), and
 * later alone opening a label ("Fallon fired back: “…”"), where it credits the quote after the
 * colon to him; with the first word only, "Fallon" was taken for a signpost and the clause
 * naming the speaker was cut out of the sentence.
 */
function capitalisedMidSentence(text: string): Set<string> {
  const out = new Set<string>();
  const re = /[\p{Ll},] +(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) for (const w of m[1]!.split(' ')) out.add(w);
  return out;
}
