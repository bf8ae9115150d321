/**
 * The extractive summary (coverage is in coverage.ts). It reads the aligned facts only: the
 * summary is made of verbatim fact sentences, each cited to every article that supports it, so
 * it can say nothing that no source says.
 */
import type { Fact, SummarySentence } from '../../core/dossier-schema.js';

/** A sentence of an article, by offsets. */
export type Span = { article: string; start: number; end: number };
import type { AnnotatedArticle } from '../../core/schema.js';
import { keyTokens } from '../match/affinity.js';
import { tokenize } from '../words/text.js';
import { dot, wordVector } from '../words/embeddings.js';
import { priorCount } from '../match/match.js';
import { PRIOR_TOTAL } from '../words/word-prior.js';
import { compiledOnce } from '../../core/regex.js';
import { STOP, datelineLength, withoutDateline } from '../words/lex.js';
import { FIRST, opinionScore, writerVoice } from './opinion.js';
import { readAct, scan } from '../words/predicates.js';
import { POSITION_PRIOR, FIRST_PERSON_PRIOR, FIRST_PERSON_EDGES } from './summary-priors.js';

/** Summary length when the caller does not ask for one: about a paragraph. */
export const DEFAULT_SUMMARY_WORDS = 100;

/** Whether the writer speaks in the first person outside quotation marks ("I dated …", "we are …"). */
export function firstPerson(text: string): boolean {
  return compiledOnce(FIRST).test(text.replace(/["“][^"”]*["”]/g, ''));
}

/**
 * The share of an article's sentences in which its writer speaks in the first person outside
 * quotation marks: a news report has none or a stray one (a quote the splitter cut), a column, a
 * review or a first-person feature many. Read per article, since an opinion piece colours its
 * other sentences too ("Anyone following the race could be forgiven for concluding …").
 */
export function firstPersonShare(sentences: readonly string[]): number {
  if (!sentences.length) return 0;
  return sentences.filter(firstPerson).length / sentences.length;
}

/**
 * Whether a sentence is the reporter's account rather than someone's words: a sentence in the
 * first person ("I dated …", "We are trying …") or with an unbalanced quotation mark (one
 * sentence of a longer quote) is speech, which a neutral summary reports but does not repeat.
 */
function reported(text: string): boolean {
  if (firstPerson(text)) return false;
  const opens = (text.match(/[“]/g) ?? []).length;
  const closes = (text.match(/[”]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

// A sentence that opens with a personal or demonstrative pronoun as its subject ("She said …",
// "It was the third …", "This came after …") leans on a sentence the summary does not show: out
// of its article the reader cannot tell who or what it is about. Sentence-initial conjunctions
// and conjunctive adverbs ("But", "However", "Still") likewise answer a sentence left behind, as do
// the discourse connectives that open a sentence by pointing back ("In addition", "As a result",
// "For example", "In other cities …", "Others suffered …": read on the DUC 2006 dev summaries), and
// the frames of a contrast, whose other half is elsewhere ("On one side is D'Amato, who …", "On
// the one hand": a DUC 2003 dev lead). "Finally" closes a sequence told before ("Finally, with the
// world opening up, Flynn made a third attempt …"), and "Nor …" or "Neither" before a verb adds a
// negative to one left behind ("Neither did their rescheduled getaway": both read on AllSides dev
// 5733); "Neither the mayor nor the council …" stands alone and stays. "Such as …" lists examples of
// something named before ("Such as: The soaring number of …", AllSides dev 5640).
const DEPENDENT_START =
  /^[\s"“'‘(]*(?:he|she|they|it|its|his|her|their|him|them|this|these|those|that|there|but|and|or|nor|so|however|still|yet|meanwhile|instead|also|moreover|nevertheless|nonetheless|otherwise|then|thus|later|afterward|afterwards|besides|finally|such as|neither (?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|should|might|must)|others|similarly|likewise|consequently|furthermore|additionally|in addition|in any case|in other words|in other|in contrast|by contrast|as a result|even so|at the same time|for example|for instance|on the other hand|on the one hand|on one side|on the other side)\b/i;
// A preposition whose object is a pronoun opens a sentence that leans on the one before it just as
// a pronoun subject does ("Without it, tens of millions of students …", "For them, …", "Like him,
// …", "After that, …"): what "it" is stands in a sentence left behind. A demonstrative counts
// only as a whole phrase ("after that,"): "after this week's vote" dates, it does not point back.
const PRONOUN_OBJECT_START =
  /^[\s"“'‘(]*(?:without|with|for|like|unlike|despite|against|after|before|under|to|from|about|by|of|on|in|beyond|besides|among|between|behind|toward|towards|through|since|until|including|regarding)\s+(?:(?:it|them|him|her|whom)\b|(?:this|that|these|those)(?=\s*[,;:]))/i;
// A sentence that starts in lower case is the tail of a sentence the splitter cut (after an
// abbreviation, inside a quotation): it needs the words before it.
const LOWER_START = /^[\s"“'‘(_—–-]*\p{Ll}/u;
// Words that answer something said before, wherever they stand in the sentence: "X, for his
// part, said …" (contrasts X with someone the summary does not show), "X also said …", "…, too."
// and "… as well." (adds to a report left out), "the latter", "in response", "in turn",
// "meanwhile", "the two men" (someone named before). Such a sentence reads as a fragment once its
// article is gone. "also known as" introduces a name and stays.
const CONTEXT_MARKER =
  /\bfor (?:his|her|their|its|our|my|your) part\b|\balso\b(?! known as)|,\s*too\b|\btoo[.,]["”]?\s*$|\bas well\.["”]?\s*$|\beither\.["”]?\s*$|\bthe latter\b|\bin (?:response|turn|reply|return)\b|\bmeanwhile\b|\bnonetheless\b|\bnevertheless\b|\bthe two (?:men|women|leaders|sides|countries|groups|companies|officials)\b/iu;
// A sentence that opens with a quotation mark is a quotation with its attribution tacked on
// ("'She's tough,' the senator said of her."): someone's words, not the event.
const QUOTE_START = /^[\s(]*["“'‘]/;
// A complete sentence ends with terminal punctuation (possibly inside a closing quote or
// bracket); a line without one is a caption, credit, headline or list item.
const COMPLETE = /[.!?]["”'’)\]]*\s*$/;
// An ellipsis at the end is where an excerpt or a teaser was cut ("… when he ran to..."): the
// sentence's end is missing, so it cannot be shown as a statement of the story.
const CUT_OFF = /(?:\.\s?\.\s?\.|…)["”'’)\]]*\s*$/;
// Fewer than six words is a fragment or a headline; more than 70 a run-on where the sentence
// splitter missed a boundary. Both read badly in a summary.
const MIN_WORDS = 6;
const MAX_WORDS = 70;
// Two summary sentences sharing half their content words (of the shorter) say much the same
// thing twice: a summary has too few words to spend on a repeat (0.5 chosen over 0.6 and 0.7 on
// the dev half of the DUC and MultiLing stories, bench/summary.ts).
const REDUNDANT = 0.5;
// Once a sentence is chosen, each of its words counts this much less in the story's centroid for
// the sentences still to choose (SumBasic's update, Nenkova & Vanderwende 2005, in the centroid's
// form): a sentence that tells again what was said — the same arrest in other words, with an
// extra clause — scores lower, one that adds the story's other central words does not. Chosen on
// the dev halves (bench/summary.ts): 0.8 over 0.5, 0.7 and 0.9 (and 1, no update: DUC 2003 dev
// R-2 8.9 → 9.4 with the position prior alone; 0.5 cost MultiLing dev 2 points of R-2, its
// summaries are long enough that the story's central words are worth repeating).
const SAID_DECAY = 0.8;
// A lead dated this many days or more before its article was published is background ("Last year,
// the military ousted …"): the event that made the news is days old at most.
const BACKGROUND_DAYS = 7;
// Summary sentences after which the candidates are no longer ranked again (see buildSummary): a
// summary of a few hundred words has a dozen; a caller asking for thousands gets the rest in the
// last ranking, so the work stays linear in the candidates.
const RESCORED = 40;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Why a sentence cannot stand in a summary, or null when it can. */
export function unfit(text: string): string | null {
  const t = text.trim();
  const n = wordCount(t);
  if (n < MIN_WORDS || n > MAX_WORDS) return 'length';
  if (!COMPLETE.test(t) || CUT_OFF.test(t)) return 'incomplete';
  if (QUOTE_START.test(t)) return 'quotation';
  if (!reported(t)) return 'speech';
  // A question ("Will the ceasefire hold?") asks, it reports nothing: in the dev halves its
  // bigrams are in the reference summaries a fifth to a third as often as a statement's.
  if (/\?["”'’)\]]*\s*$/.test(t)) return 'question';
  if (DEPENDENT_START.test(t) || PRONOUN_OBJECT_START.test(t)) return 'dependent';
  if (LOWER_START.test(t)) return 'fragment';
  if (compiledOnce(CONTEXT_MARKER).test(t)) return 'context';
  // A web address is a pointer for the reader of one outlet ("On the Net: … http://…"), never the
  // report of an event: no summary sentence carries one.
  if (/\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i.test(t)) return 'link';
  if (writerVoice(t)) return 'voice';
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

// Cosine from which two different words count as saying the same (GloVe neighbours that paraphrase
// each other, "killed"/"died", "blocked"/"rejected", sit at 0.5–0.8; words that only share a topic
// lower): the matcher's own cut (match/features.ts EMB_NEAR, match/entail.ts VECTOR_NEAR).
const SAME_MEANING = 0.5;

type MeaningWord = { stem: string; weight: number; vec: Float32Array | null };

/** Content words of a sentence with their English idf and word vectors (figures compared as written). */
function meaningOf(text: string, weight: StoryWeights = idfOf): MeaningWord[] {
  const out = new Map<string, MeaningWord>();
  for (const t of tokenize(text)) {
    if (t.stop || t.cap || out.has(t.stem)) continue;
    out.set(t.stem, { stem: t.stem, weight: Math.max(0, weight(t.stem)), vec: t.num ? null : wordVector(t.norm) });
  }
  return [...out.values()];
}

/**
 * How much of what `a` says `b` says too, by meaning: the idf-weighted share of `a`'s content
 * words that have in `b` the same stem (1) or a word of the same meaning (their cosine, from
 * SAME_MEANING). "13 U.S. service members were among dozens killed after twin explosions" and
 * "a double suicide-bomb attack that killed 13 US troops" share the figure, "killed" and, by
 * meaning, troops/members, explosions/bomb.
 */
function carried(a: MeaningWord[], b: MeaningWord[]): number {
  let all = 0;
  let hit = 0;
  for (const w of a) {
    all += w.weight;
    let best = 0;
    for (const u of b) {
      const c = u.stem === w.stem ? 1 : w.vec && u.vec ? dot(w.vec, u.vec) : 0;
      if (c > best) best = c;
    }
    if (best >= SAME_MEANING) hit += w.weight * best;
  }
  return all ? hit / all : 0;
}

// Third-person pronouns of a person. One that no person named earlier in the same sentence can
// answer ("Police said he was arrested on Monday") points into the sentences left behind.
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers|himself|herself)\b/gi;

/**
 * Whether a sentence (article offsets) uses "he"/"she" before naming anyone it could refer to:
 * the annotator's person mentions, or any capitalised name (untyped names are often people).
 */
export function danglingPronoun(a: AnnotatedArticle, start: number, end: number): boolean {
  const text = a.text.slice(start, end);
  PERSON_PRONOUN.lastIndex = 0;
  const m = PERSON_PRONOUN.exec(text);
  if (!m) return false;
  const at = start + m.index;
  if (a.mentions.some((x) => x.start >= start && x.end <= at && x.type !== 'place')) return false;
  // No mention: a capitalised word after the first one ("Police said Smith …") may be a name the
  // annotator left out.
  return !/\s\p{Lu}\p{Ll}+/u.test(text.slice(0, m.index));
}

// The verb group of a forecast: a modal of the future or of possibility, or "expected / likely /
// set / due / poised / scheduled to" before the main verb ("will peak", "is expected to produce").
const FUTURE_MODALS = new Set(['will', 'shall', "'ll", 'may', 'might', 'could']);
const FORECAST_FRAMES = new Set(['expected', 'likely', 'set', 'due', 'poised', 'scheduled', 'forecast', 'predicted', 'projected', 'going']);
// Main verbs that announce a prediction ("Astronomers predict …", "forecasters expect …").
const FORECAST_VERBS = new Set(['predict', 'forecast', 'expect', 'anticipate', 'project']);

/**
 * Whether a sentence's main clause forecasts rather than reports: its main verb is in the future
 * or hedged by a modal of possibility ("The shower will peak …", "could produce …", "is expected
 * to …"), or is a verb of predicting. A story's lead tells what happened; a forecast leads only a
 * story about something to come (then every lead candidate is one, and one leads anyway).
 */
export function forecasts(text: string): boolean {
  const act = readAct(text);
  const items = scan(text);
  const modal = (k: number): boolean => FUTURE_MODALS.has(items[k].w) || (items[k].w === 'to' && k > 0 && FORECAST_FRAMES.has(items[k - 1].w));
  if (act.mainAt >= 0) {
    if (act.main.some((p) => FORECAST_VERBS.has(p.lemma))) return true;
    for (let k = act.mainAt - 1; k >= 0 && k >= act.mainAt - 4 && !items[k].brk; k--) if (modal(k)) return true;
    return false;
  }
  // No main verb read (a verb the predicate table lacks: "will peak"): the sentence's first clause,
  // up to its first break, holds the main verb group of a plain news sentence.
  for (let k = 0; k < items.length && !items[k].brk; k++) {
    if (modal(k)) return true;
    const w = items[k].w.replace(/(?:s|ed)$/, '');
    if (k > 0 && (FORECAST_VERBS.has(w) || FORECAST_VERBS.has(items[k].w))) return true;
  }
  return false;
}

/**
 * What a summary sentence (article text from `start`) leaves to its article, resolved: each
 * relative date or time the annotator resolved ("on Monday", "two weeks ago", "yesterday"), with
 * its value, and "here" outside quotation marks, with the place of the article's wire dateline
 * ("TEHRAN, Iran (AP) _" → "TEHRAN, Iran"), which the summary strips. Out of its article such a
 * word points nowhere: the summary shows it verbatim and says what it stands for. Offsets into the
 * sentence.
 */
export function referents(a: AnnotatedArticle, start: number, text: string): NonNullable<SummarySentence['resolved']> {
  const end = start + text.length;
  const out: NonNullable<SummarySentence['resolved']> = [];
  for (const t of a.times) {
    if (t.start < start || t.end > end || !t.relative || !t.value || (t.kind !== 'date' && t.kind !== 'time')) continue;
    out.push({ start: t.start - start, end: t.end - start, text: a.text.slice(t.start, t.end), value: readableValue(t.value, t.precision, t.timex) });
  }
  const first = a.sentences.length ? a.text.slice(a.sentences[0].start, a.sentences[0].end) : '';
  const n = datelineLength(first);
  if (n > 0) {
    // The place: the dateline up to its agency, date or dash ("DAR ES SALAAM, Tanzania").
    const place = first.slice(0, n).replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+(?:_|—|–|--?)\s*$/, '').replace(/,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*$/u, '').trim();
    const unquoted = text.replace(/["“][^"”]*["”]/g, (q) => ' '.repeat(q.length));
    for (const m of unquoted.matchAll(/\bhere\b/gi)) if (place) out.push({ start: m.index!, end: m.index! + 4, text: text.slice(m.index!, m.index! + 4), value: place });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * A resolved value as a reader takes it: a week is stored as the Monday that starts it, which
 * shown bare reads as that day ("this weekend: 2021-05-03" for the weekend of 8–9 May, read on an
 * unseen story), so a week says "week of", and a weekend gives its Saturday.
 */
function readableValue(value: string, precision: string | null, timex: string | null): string {
  if (precision !== 'week') return value;
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (m && timex?.endsWith('-WE')) return `weekend of ${new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + 5)).toISOString().slice(0, 10)}`;
  return `week of ${value}`;
}

/** The last day (UTC ms) of a calendar value: "1997" ends on 31 December, "1998-10" on 31 October. */
function periodEnd(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
  if (m[2]) return Date.UTC(y, Number(m[2]), 0);
  return Date.UTC(y, 11, 31);
}

/** The calendar dates and times a sentence (article offsets) gives, not the names of events. */
function calendarDates(a: AnnotatedArticle, start: number, end: number): AnnotatedArticle['times'] {
  return a.times.filter((t) => t.start >= start && t.end <= end && !t.event && t.value && (t.kind === 'date' || t.kind === 'time'));
}

/**
 * Whether a sentence (article offsets) dates something to the `days` before its article was
 * published or later ("on Friday", "this week"): its article tells what it reports as the news
 * of its day, whatever older date it names beside it.
 */
export function datesRecent(a: AnnotatedArticle, start: number, end: number, days: number): boolean {
  const pub = a.published ? Date.parse(a.published) : NaN;
  if (!Number.isFinite(pub)) return false;
  return calendarDates(a, start, end).some((t) => {
    const e = periodEnd(t.value!);
    return e !== null && e >= pub - days * 86_400_000;
  });
}

/**
 * Whether a sentence (article offsets) is dated well before its article was published: it gives
 * a calendar date (not the name of an event, "the Sept. 11 attacks") whose period ended more than
 * `days` days before publication ("Last year, the military ousted …"), and none within them.
 * Such a sentence is the story's background, told again in every report, not the news that made
 * the reports.
 */
export function datesBackground(a: AnnotatedArticle, start: number, end: number, days: number): boolean {
  const pub = a.published ? Date.parse(a.published) : NaN;
  if (!Number.isFinite(pub)) return false;
  const dates = calendarDates(a, start, end);
  // A sentence that also dates something to the days just before its article ("… was sentenced
  // on Friday afternoon for the murder of George Floyd last May"; "Job openings soared at the end
  // of April, the Labor Department said Tuesday") tells this week's news and names an older date
  // as its background: the news is what it reports. (Read on AllSides dev 5918 and 5972, where
  // the agreed report of the event lost the lead to a side remark for its "last May".)
  if (datesRecent(a, start, end, days)) return false;
  return dates.some((t) => {
    // A date before a noun or a possessive names an event the sentence speaks of ("an Aug. 29
    // drone strike killed …", "Friday's election"): it dates that event, not the sentence's news
    // ("An investigation has determined that an Aug. 29 drone strike …" is this week's finding).
    const next = /^(['’]s\b|\s+(\p{Ll}[\p{L}-]*))/u.exec(a.text.slice(t.end, Math.min(end, t.end + 40)));
    if (next && (next[1].startsWith("'") || next[1].startsWith('’') || (next[2] && !STOP.has(next[2])))) return false;
    const e = periodEnd(t.value!);
    return e !== null && e < pub - days * 86_400_000;
  });
}

// Negators and the content words they govern ("was not arrested", "no one was hurt").
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'neither', 'cannot', 'none', 'nobody', 'nothing']);
// Figures within 10% are one rounded report ("more than 40" and "43" injured), as facts.ts reads them.
const VALUE_TOLERANCE = 0.1;

interface ClaimKey {
  figures: number[];
  stems: Set<string>;
  /** Content stems of lower-case words: what is said, where names say about whom. */
  said: Set<string>;
  negated: Set<string>;
}

/**
 * The figures a sentence gives (numbers and years; not clock times, and not the word "one",
 * which is as often a pronoun), its content stems and the stems a negator governs.
 */
// Claim keys of the sentences of the summary being built (cleared per summary: a fact's versions
// are compared with each other, so each sentence is read once, not once per pair).
const keyCache = new Map<string, ClaimKey>();

function claimKey(text: string): ClaimKey {
  const hit = keyCache.get(text);
  if (hit) return hit;
  const key = readClaimKey(text);
  keyCache.set(text, key);
  return key;
}

function readClaimKey(text: string): ClaimKey {
  const toks = tokenize(text);
  const figures: number[] = [];
  const stems = new Set<string>();
  const said = new Set<string>();
  const negated = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (NEGATORS.has(t.norm) || /n['’]t$/.test(t.norm)) {
      for (let k = i + 1; k < toks.length && k <= i + 3; k++) if (!toks[k].stop && !toks[k].num) negated.add(toks[k].stem);
    }
    if (!t.num) {
      if (!t.stop) stems.add(t.stem);
      if (!t.stop && !t.cap) said.add(t.stem);
      continue;
    }
    if (i > 0 && toks[i - 1].num) continue;
    const v = Number(t.stem);
    // Years count: "left office in 1990" is not vouched for by a sentence without the year.
    if (!Number.isFinite(v) || t.norm === 'one' || t.norm === 'zero' || t.norm.includes(':')) continue;
    figures.push(v);
  }
  return { figures, stems, said, negated };
}

// A source sentence vouches for a summary sentence when it is, by itself, the same statement:
// one fact's versions may tell different things once average linkage has joined them, and an
// outlet is cited only for what it says. With the alignment's pair affinity (facts.ts: 1 = the
// matcher's "same sentence"), the pair must clear the bar it needs to link into one fact by
// itself (FACT_LINK there, 0.8). Without it (a caller with facts only), one of the two sentences
// must carry half of what the other says (SUPPORT_COVER: idf-weighted stems of its lower-case
// content words, the idf taken over the story's sentences, since names and the story's subject
// are in most of them and would vouch for anything). Tried as a second test beside the
// affinity, that share cut the seeds' lead to one outlet: paraphrases share few words.
const CITE_SAME = 0.8;
// Wordings of one fact weighed for the summary: the first this many that can stand alone (no
// dev story's fact has more distinct fit wordings than articles, ten to 25 there).
const MAX_VERSIONS = 25;
const SUPPORT_COVER = 0.5;
// The affinity is symmetric and counts containment of the shorter sentence in the longer, so a
// fragment ("X, the last apartheid-era president, planned to ask") scores as high against a
// long lead that contains it as the lead does against it. A cited sentence must also carry part
// of what the summary sentence itself says (this share of its story-weighted content: paraphrases
// share few words, so the bar is low; 0.5 and 0.3 cut the seeds' summary to one outlet a sentence).
const CITE_COVER = 0.2;

/**
 * How much a word tells one sentence of the story from another: the idf of its stem over the
 * story's sentences. The story's own subject ("harbour master", "Pinochet") is in most of its
 * sentences and vouches for nothing; what a sentence reports about it ("raised the alarm",
 * "asked for money") is rare in the story. Without the story's sentences, English idf.
 */
export type StoryWeights = (stem: string) => number;

export function storyWeights(articles: AnnotatedArticle[]): StoryWeights {
  const df = new Map<string, number>();
  let n = 0;
  for (const a of articles) {
    for (const s of a.sentences) {
      n++;
      const seen = new Set<string>();
      for (const t of tokenize(a.text.slice(s.start, s.end))) if (!t.stop && !t.num) seen.add(t.stem);
      for (const st of seen) df.set(st, (df.get(st) ?? 0) + 1);
    }
  }
  return (stem) => Math.log((n + 1) / ((df.get(stem) ?? 0) + 0.5));
}

/** Share of the weight of `a`'s stems that `b` has too. */
function coverage(a: Set<string>, b: Set<string>, weight: StoryWeights): number {
  let all = 0;
  let hit = 0;
  for (const w of a) {
    const x = Math.max(0, weight(w));
    all += x;
    if (b.has(w)) hit += x;
  }
  return all ? hit / all : 1;
}

/** How much of each other's content two sentences carry: [of `a` in `b`, of `b` in `a`]. */
export function sharedContent(a: string, b: string, weight: StoryWeights = idfOf): [number, number] {
  const x = claimKey(a);
  const y = claimKey(b);
  return [coverage(x.said, y.stems, weight), coverage(y.said, x.stems, weight)];
}

/**
 * Whether a source sentence says what the summary sentence says, so that its article may be
 * cited for it: one carries most of the other's content (SUPPORT_COVER), it gives every figure
 * the summary sentence gives (within rounding; a sentence that gives another figure, or none,
 * does not vouch for this one), and no claim the two share is negated in one only ("was
 * charged" / "was not charged").
 */
export function agrees(shown: string, other: string, weight: StoryWeights = idfOf, same?: number): boolean {
  if (shown === other) return true;
  const a = claimKey(shown);
  const b = claimKey(other);
  // The alignment's own pair affinity, when the caller has it: the same statement by itself.
  if (same !== undefined ? same < CITE_SAME : Math.max(coverage(a.said, b.stems, weight), coverage(b.said, a.stems, weight)) < SUPPORT_COVER) return false;
  for (const x of a.figures) if (!b.figures.some((y) => Math.abs(x - y) <= VALUE_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)))) return false;
  for (const w of a.negated) if (b.stems.has(w) && !b.negated.has(w)) return false;
  for (const w of b.negated) if (a.stems.has(w) && !a.negated.has(w)) return false;
  return true;
}

/**
 * Pick the summary: a lead that states the main event, then the facts that best represent the
 * story, until about `words` words.
 *
 * Each fact is scored by signals that the summarization literature found to carry most of what
 * extractive news summaries need, multiplied so that a fact must do well on all of them:
 * - centrality: cosine of its sentence with the story's centroid (the mean idf-weighted word
 *   vector of the articles: what the story as a whole is about; MEAD, Radev et al. 2004);
 * - support: how many articles vouch for its wording (1 + ln support; copies of one text count
 *   once), the cross-document form of the same evidence, and what makes a summary sentence a
 *   consensus;
 * - position: news is written in inverted pyramid; the weight of a fact shown in (the wording of)
 *   its article's k-th sentence is learned (POSITION_PRIOR, bench/build-summary-priors.ts: how much of a
 *   k-th sentence human summaries take; the first sentence about twice the average);
 * - voice: sentences of an article whose writer says "I" or "we" outside quotes (a column, a
 *   review, a first-person feature) are worth less, by a learned factor (FIRST_PERSON_PRIOR).
 * The lead is the best-scoring fact shown in its article's first or second sentence (who did
 * what, where, when: the inverted pyramid's first paragraph) and is not dated days before its
 * article (background; unless another sentence vouching for it dates it as its own article's
 * news, as a topic collection's first report does for what its later ones date), reported by two
 * articles when one such exists, and told by a report in
 * its own words, not by a column or in the writer's voice (opinion.ts) while a report offers one,
 * and reports what happened rather than forecasts it (`forecasts`) while an agreed report does;
 * the rest are taken by
 * score, each step against the centroid with the words already said worth less (SAID_DECAY), so
 * that a second telling of the lead in other words loses to the story's next fact, a report's
 * sentences before a column's (opinion.ts), and are shown with each article's sentences in that
 * article's order. A sentence that dates something to the week before its article is not
 * background for naming an older date too (`datesBackground`). Sentences that
 * cannot stand alone (see `unfit`), near-repeats of a chosen sentence, and another outlet's same-day
 * telling of a chosen sentence in other words (by word vectors; an undated report may be of any
 * day) are skipped. Each sentence says what its relative dates and "here" stand for (`referents`).
 */
export function buildSummary(
  facts: Fact[],
  articles: AnnotatedArticle[],
  compared: number,
  words: number = DEFAULT_SUMMARY_WORDS,
  same?: (a: Span, b: Span) => number | undefined,
  sourceOf?: (article: string) => string,
): SummarySentence[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // Backing of a wording: its citing articles counted by `sourceOf` (the dossier passes each
  // article's copy group, sources.ts reportCopies: two copies of one text agreeing is no
  // agreement). When every article is of one group, articles are counted (coverage.ts
  // consensusBasis does the same).
  const storySources = sourceOf ? new Set(articles.map((a) => sourceOf(a.id))).size : 0;
  const backers = (ids: readonly string[]): number => (sourceOf && storySources >= 2 ? new Set(ids.map(sourceOf)).size : ids.length);
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
  keyCache.clear();
  const personPrior = new Map(
    articles.map((a) => {
      const share = firstPersonShare(a.sentences.map((x) => a.text.slice(x.start, x.end)));
      const bucket = share === 0 ? 0 : share < FIRST_PERSON_EDGES[1] ? 1 : share < FIRST_PERSON_EDGES[2] ? 2 : 3;
      return [a.id, FIRST_PERSON_PRIOR[bucket]];
    }),
  );
  const weights = storyWeights(articles);
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

  // The wording a fact is summarised in: of its sentences, the one that best represents the story
  // (MEAD's centrality: cosine with the centroid) among those that can stand alone, weighted by
  // how many articles vouch for that very wording (`agrees`: same figures, same polarity). The
  // fact's own text is the version with the fewest extras (what all its outlets say, for the
  // coverage list); a summary is better served by the fullest central version. Every version is
  // verbatim, and the summary sentence cites only the articles whose sentence agrees with it.
  type Version = { text: string; cos: number; support: string[]; sentences: Fact['sentences']; person: number; article: string; index: number; start: number };
  const wording = (f: Fact): Version => {
    const members = f.sentences.map((s) => {
      const a = byId.get(s.article);
      const full = a ? a.text.slice(s.start, s.end) : '';
      const text = withoutDateline(full);
      return { s, a, text, start: s.start + (full.length - text.length) };
    });
    const versionOf = (text: string): Version => {
      const mine = members.find((m) => m.text === text)!;
      const own = mine.s;
      // A sentence the alignment did not score against this one (no affinity to read) must carry
      // half of what the summary sentence says by itself.
      const vouches = (m: (typeof members)[number]): boolean => {
        if (m.text === text) return true;
        // A piece of a sentence (no final punctuation: a cut quotation, a clause of an over-long
        // sentence) cannot vouch for a whole one.
        if (!COMPLETE.test(m.text.trim())) return false;
        const pair = same?.(own, m.s);
        if (same && pair === undefined) return agrees(text, m.text, weights) && sharedContent(text, m.text, weights)[0] >= SUPPORT_COVER;
        return agrees(text, m.text, weights, pair) && sharedContent(text, m.text, weights)[0] >= CITE_COVER;
      };
      const sentences = members.filter(vouches).map((m) => m.s);
      const cited = new Set(sentences.map((x) => x.article));
      const support = f.support.filter((x) => cited.has(x));
      return { text, cos: cosine(vectorOf(text), centroid, cn), support, sentences, person: personPrior.get(own.article) ?? 1, article: own.article, index: sentIndex(own.article, own.start), start: mine.start };
    };
    const value = (v: Version): number => v.cos * v.person * (1 + Math.log(Math.max(1, backers(v.support))));
    let best: Version | null = null;
    const tried = new Set<string>();
    for (const m of members) {
      // At most MAX_VERSIONS wordings are weighed (each against every member: bounded work on a
      // fact that 200 articles report).
      if (tried.size >= MAX_VERSIONS) break;
      if (tried.has(m.text) || !m.a || unfit(m.text) !== null || danglingPronoun(m.a, m.start, m.s.end)) continue;
      tried.add(m.text);
      const v = versionOf(m.text);
      if (best === null || value(v) > value(best)) best = v;
    }
    // No member can stand alone (the never-empty fallback below): the fact's own wording.
    return best ?? versionOf(withoutDateline(f.text));
  };
  const score = (f: Fact): { f: Fact; v: Version; text: string; first: number; score: number; multi: boolean } => {
    const v = wording(f);
    // The position prior is read at the sentence shown: it measures how much of an article's k-th
    // sentence human summaries take, a property of that sentence's words. A fact's earliest member
    // elsewhere (a short lead that average linkage joined to a fuller sentence deep in another
    // article) lent the lead's weight, and the lead's place, to a wording from the body. Dev
    // halves, R-1/R-2: DUC 2003 36.8/8.9 → 37.0/9.5, DUC 2006 38.6/8.4 → 38.8/8.5, MultiLing
    // unchanged (tried: the earliest of the sentences that vouch for the wording shown, DUC 2003
    // 36.6/8.7; the median member's position, 36.5/8.7).
    const first = v.index;
    // Support counts the articles that vouch for the wording shown (tried: the fact's whole
    // support, R-1/R-2 +0.4/+0.5 on DUC 2003 dev, but then a sentence cited to one outlet would be
    // ranked among the agreed ones).
    const value = v.cos * v.person * (1 + Math.log(Math.max(1, backers(v.support)))) * POSITION_PRIOR[Math.min(first, POSITION_PRIOR.length - 1)];
    return { f, v, text: v.text, first, score: value, multi: backers(v.support) >= 2 || compared < 2 };
  };
  // Facts two articles or more vouch for come first, then by score. (Tried: by score alone, support
  // being in it: DUC 2006 dev R-2 8.5 → 8.7, but a sentence only one outlet reports would come
  // before the agreed ones, and the summary is where a reader looks for what the outlets agree on.)
  const order = (a: ReturnType<typeof score>, b: ReturnType<typeof score>): number =>
    Number(b.multi) - Number(a.multi) || b.score - a.score || Number(a.f.id.slice(1)) - Number(b.f.id.slice(1));
  // A fact whose own wording cannot stand alone may still have a member that can.
  const fitOf = (f: Fact): boolean =>
    f.sentences.some((s) => {
      const a = byId.get(s.article);
      if (!a) return false;
      const full = a.text.slice(s.start, s.end);
      const t = withoutDateline(full);
      return unfit(t) === null && !danglingPronoun(a, s.start + full.length - t.length, s.end);
    });
  let scored = facts.filter((f) => fitOf(f) && quoteShare(f) < 0.3).map(score).sort(order);
  // Never empty while several articles agree on something: when no agreed sentence can stand
  // alone, the agreed sentences themselves are shown rather than nothing (still verbatim, cited) —
  // a whole statement that leans on its context ("He said the plant would close"), never a piece
  // of a quotation or a sentence cut off ("“This strike was taken in the earnest belief that
  // it..."), which says nothing the reader can check. With none such, a single-source fact leads.
  if (!scored.some((x) => x.multi)) {
    const whole = (f: Fact): boolean => {
      const why = unfit(withoutDateline(f.text));
      return why !== 'quotation' && why !== 'incomplete' && why !== 'speech' && why !== 'length' && why !== 'question' && quoteShare(f) < 0.3;
    };
    const agreed = facts.filter((f) => backers(f.support) >= 2 && whole(f)).map(score).sort(order);
    if (agreed.length) scored = [...agreed.slice(0, 1), ...scored];
  }
  if (scored.length === 0) return [];

  // The lead tells the news: some article's first or second sentence, not dated days before it.
  // A topic collection's reports span weeks: its main event is told as the news ("on Friday") by
  // the first reports and, dated, as background ("on Oct. 16") by the later ones, so the event
  // most reports tell would be the one kept from leading. A fact is background only when none of
  // the sentences vouching for its wording dates it as its own article's news (`datesRecent`):
  // an event every report dates long before it ("Last year, …") still is.
  const background = (x: (typeof scored)[number]): boolean => {
    const dated = (test: typeof datesBackground): boolean =>
      x.v.sentences.some((sp) => {
        const a = byId.get(sp.article);
        return a ? test(a, sp.start, sp.end, BACKGROUND_DAYS) : false;
      });
    return dated(datesBackground) && !dated(datesRecent);
  };
  const leads = scored.filter((x) => x.first <= 1 && !background(x));
  // Nor does it argue: a sentence in the writer's own voice ("it is time to fight back", "if you
  // were lucky enough …") or from an article the opinion model reads as a column (opinion.ts)
  // leads only when no report offers a lead.
  const opinionOf = new Map(articles.map((a) => [a.id, opinionScore(a.sentences.map((x) => a.text.slice(x.start, x.end)))]));
  const reports = (x: (typeof scored)[number]): boolean => !writerVoice(x.text) && (opinionOf.get(x.v.article) ?? 0) < 0.5;
  // And it tells what happened: a forecast ("the shower will peak …") leads only when no agreed
  // report of the event offers a lead.
  const lead = leads.find((x) => x.multi && reports(x) && !forecasts(x.text)) ?? leads.find((x) => x.multi && reports(x)) ?? leads.find(reports) ?? leads.find((x) => x.multi) ?? leads[0] ?? scored[0];
  const chosen: Array<{ f: Fact; text: string; stems: Set<string>; v: Version; meaning: MeaningWord[] }> = [];
  const dayOf = (id: string): number => {
    const p = byId.get(id)?.published;
    const t = p ? Date.parse(p) : NaN;
    return Number.isFinite(t) ? Math.floor(t / 86_400_000) : NaN;
  };
  // Reports of one day, as far as their dates tell: an undated report may be of any day, so it is
  // taken as of the same day as the other (NaN equals nothing: nine undated one-sentence reports of
  // one arrest each told it again in the summary).
  const sameDay = (a: string, b: string): boolean => {
    const x = dayOf(a);
    const y = dayOf(b);
    return Number.isNaN(x) || Number.isNaN(y) || x === y;
  };
  let total = 0;
  const chosenV = new Map<Fact, Version>();
  // How many chosen sentences used each word (SAID_DECAY).
  const said = new Map<string, number>();
  const take = ({ f, text, v }: { f: Fact; text: string; v: Version }): void => {
    // Keys fold spellings, demonyms and event words, so a reworded repeat is still a repeat.
    const stems = keyTokens(text).set;
    const repeat = chosen.some((c) => {
      let common = 0;
      for (const s of stems) if (c.stems.has(s)) common++;
      return common / Math.max(1, Math.min(stems.size, c.stems.size)) >= REDUNDANT;
    });
    if (repeat) return;
    // Another outlet's sentence of the same day that carries, by meaning, at least half of what a
    // chosen sentence says and the chosen one half of it (REDUNDANT both ways, `carried`: names
    // left out, since they say about whom, not what; words weighted by their rarity in the story,
    // so its subject vouches for nothing) tells that news again in its own words ("The 54-35 vote
    // … came after …" / "Senators voted 54-35 on the House-passed bill …"), where the word keys
    // above see two facts. A later day's report may restate with an update and stays, as below.
    // Read on AllSides dev (5620–5800, 16 stories): 11 of 12 pairs so skipped were one fact told
    // twice; the twelfth added a figure.
    const meaning = meaningOf(text, weights);
    if (chosen.some((c) => c.v.article !== v.article && sameDay(c.v.article, v.article) && Math.min(carried(meaning, c.meaning), carried(c.meaning, meaning)) >= REDUNDANT)) return;
    // Each outlet's first sentence tells the news of its day. Another article's first sentence,
    // published the same day, that names someone or something a chosen first sentence names tells
    // that news again in its own words ("Newsom defeated a Republican-backed effort to remove him"
    // after "Newsom … triumphing over an effort to recall him"), where word overlap sees two facts.
    // First sentences of other days are follow-ups and stay; second sentences add detail and stay
    // (with them too, 19 of 40 AllSides dev summaries had one or two sentences, against 4; dev
    // ROUGE the same either way). Dev halves, R-1/R-2: DUC 2003 36.3/9.0 → 36.6/9.0, DUC 2006
    // unchanged, MultiLing 49.7/20.2 → 49.6/20.7 (within one day: MultiLing 49.5/20.3).
    if (v.index === 0) {
      const names = [...stems].filter((k) => k.startsWith('N:'));
      const retold = chosen.some((c) => c.v.index === 0 && c.v.article !== v.article && sameDay(c.v.article, v.article) && names.some((k) => c.stems.has(k)));
      if (retold) return;
    }
    chosen.push({ f, text, stems, v, meaning });
    chosenV.set(f, v);
    total += wordCount(text);
    for (const k of vectorOf(text).keys()) said.set(k, (said.get(k) ?? 0) + 1);
  };
  take(lead);
  // Greedy: after each sentence taken, the candidates left are ranked again against the centroid
  // as it stands (agreed facts first, then by score with its centrality read against the updated
  // centroid); a candidate turned down (a repeat) changes nothing, so the next in that ranking is
  // tried. Bounded: one pass over the candidates per sentence taken, for the first RESCORED
  // sentences; a longer summary goes on in the last ranking.
  const vecs = new Map(scored.map((x) => [x, vectorOf(x.text)]));
  const rank = (xs: typeof scored): typeof scored => {
    const now = new Map<string, number>();
    let nowNorm = 0;
    for (const [k, x] of centroid) {
      const y = x * Math.pow(SAID_DECAY, said.get(k) ?? 0);
      now.set(k, y);
      nowNorm += y * y;
    }
    nowNorm = Math.sqrt(nowNorm);
    const sc = new Map(xs.map((x) => [x, x.v.cos > 0 ? (x.score / x.v.cos) * cosine(vecs.get(x)!, now, nowNorm) : 0]));
    // Stable: ties keep their previous order (deterministic). Within agreed and single-outlet
    // sentences alike, a report's come before a column's (opinion.ts): the summary tells what
    // happened, and one column's argument, sentence after sentence, filled whole summaries of
    // stories whose reports told the event (read on AllSides dev stories).
    return [...xs].sort((p, q) => Number(q.multi) - Number(p.multi) || Number(reports(q)) - Number(reports(p)) || sc.get(q)! - sc.get(p)!);
  };
  let queue = rank(scored.filter((x) => x.f !== lead.f));
  for (let i = 0; total < words && i < queue.length; ) {
    const before = chosen.length;
    take(queue[i++]);
    if (chosen.length > before && chosen.length <= RESCORED) {
      queue = rank(queue.slice(i));
      i = 0;
    }
  }
  // Sentences of one article read in its order: a later sentence of an article shown before an
  // earlier one tells the story backwards ("The sentence was greater than experts predicted." before
  // "Chauvin was sentenced to 22 1/2 years."). After the lead, which stays first (it was chosen as
  // the news: an earlier sentence of its article may be the background, a forecast or a column's
  // line it was preferred to), each article's chosen sentences keep the places the ranking gave
  // that article and fill them in the article's order; other articles' places stay.
  const slots = new Map<string, number[]>();
  chosen.forEach((c, k) => {
    if (k > 0) slots.set(c.v.article, [...(slots.get(c.v.article) ?? []), k]);
  });
  const ordered = chosen.slice();
  for (const ks of slots.values()) {
    if (ks.length < 2) continue;
    const inOrder = ks.map((k) => chosen[k]).sort((p, q) => p.v.start - q.v.start);
    ks.forEach((k, j) => (ordered[k] = inOrder[j]));
  }
  return ordered.map(({ f, text }) => {
    const v = chosenV.get(f)!;
    const a = byId.get(v.article);
    const resolved = a && a.text.slice(v.start, v.start + text.length) === text ? referents(a, v.start, text) : [];
    return resolved.length ? { text, support: v.support, fact: f.id, sentences: v.sentences, resolved } : { text, support: v.support, fact: f.id, sentences: v.sentences };
  });
}
