/**
 * Features of the name tagger (tagger.ts): what a token, its neighbours, the document and the
 * lexicons say about whether it is part of a person's, place's, organization's or other name.
 * Owns the label set, the feature hashing and which tokens are scored at all. The training script
 * (bench/train-ner.ts) and the tagger share this module, so a change here needs the weights
 * rebuilt (`node dist/bench/run.js train-ner`).
 *
 * Features are strings hashed (FNV-1a, 32 bit) into 2^BITS buckets: no feature dictionary to ship,
 * and the same string always lands in the same bucket, so tagging is deterministic.
 * The feature set is the classic one of feature-based CoNLL taggers (Zhang & Johnson 2003;
 * Ratinov & Roth 2009): the word and its lower-case form, word shape, prefixes and suffixes,
 * the words and shapes around it, the punctuation between them, the two previous labels, the
 * label the document gave the same word earlier (one sense per discourse), document-level case
 * evidence (is the word written in lower case elsewhere; capitalised mid-sentence elsewhere — what
 * tells a headline's "NEW YORK" from "TAKE OVER") and membership in Parallax's hand lexicons
 * (places, organizations, given names, titles, demonyms, suffixes), also over multi-word spans;
 * the candidate name the token is in, as a whole (its head word, the head before an "of", its
 * first word, length and the words just outside it); word-vector clusters (clusters.ts, built
 * by bench/build-word-clusters.ts); and how much the article reads as a sports report, where
 * places name teams.
 */
import type { Sentence } from '../../core/schema.js';
import { COMMON_WORDS } from '../lexicon/common.js';
import { ORGANIZATIONS, ORG_SUFFIXES } from '../lexicon/organizations.js';
import { GIVEN_NAMES, HONORIFICS, ROLE_HEADS } from '../lexicon/persons.js';
import { COUNTRY_OF_DEMONYM, DEMONYM_PLURALS, PLACES, PLACE_SUFFIXES } from '../lexicon/places.js';
import type { Tokens } from '../tokens.js';
import { markUnreliable } from './casing.js';
// The word-vector table is the matcher's (compare/words/embeddings.ts); the tagger reads only its word index.
import { wordRow } from '../../compare/words/embeddings.js';
import { CLUSTER_COUNT, CLUSTER_IDS } from './clusters.js';

/** BIO labels over the four CoNLL types. Index 0 is "outside". */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const NLABELS = LABELS.length;
/** Type of a label index: 0 none, 1 PER, 2 LOC, 3 ORG, 4 MISC. */
export const TYPE_OF_LABEL = [0, 1, 1, 2, 2, 3, 3, 4, 4];
export const BITS = 20;
const MASK = (1 << BITS) - 1;

/**
 * Lower-case words that are scored inside a name when capitalised words stand on both sides
 * ("Bank of England", "Bosnia and Herzegovina", "Oscar de la Hoya", "Human Rights in China"); every other lower-case token
 * is outside any name without asking the model (cheap, and names in news are capitalised).
 */
const JOINERS = new Set([
  'of', 'and', 'the', 'for', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'al', 'el',
  'bin', 'ibn', 'y', 'on', 'des', 'dos', 'das', 'zu', 'upon', 'in', 'at',
]);
const MONTHS_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** FNV-1a over the string's UTF-16 code units, folded into the bucket range. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ (h >>> BITS)) & MASK;
}

/** One document prepared for tagging: tokens, case flags and document-level word sets. */
export interface NerDoc {
  text: string;
  starts: number[];
  ends: number[];
  count: number;
  /** 1: sentence start, 2: headline line (see casing.ts). */
  flags: Uint8Array;
  /** 1 when the tagger scores the token (it has a capital, or is a joiner between two). */
  scored: Uint8Array;
  /** 1 when the token has a capital letter. */
  upper: Uint8Array;
  /** Lower-case words written in lower case somewhere in the document. */
  lower: Set<string>;
  /** Capitalised words → how often they are capitalised mid-sentence (not at a start or in a headline). */
  capMid: Map<string, number>;
  /** What the hand rules say about each token (mentions.ts ruleTokenLabels), when known. */
  rule?: string[];
  /** Per-word cache of staticFeatures. */
  words: Map<string, WordInfo>;
  /** For each scored token, the first and last token of its run of scored tokens (the candidate name it is in). */
  runFirst: Int32Array;
  runLast: Int32Array;
  /** For each scored token, the last token before the run's first inner "of" ("Union" in "Patriotic Union of Kurdistan"), or -1. */
  runOfHead: Int32Array;
  /** For each token, whether its run is the first words (1) or the last words (2) of a longer run in the document. */
  variant: Uint8Array;
  /** How much the document reads as a sports report (0-3; see sportLevel). */
  sport: number;
}

function hasUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && w[i] !== w[i].toLowerCase())) return true;
  }
  return false;
}

export function prepareDoc(text: string, tok: Tokens, sentences: Sentence[], flags?: Uint8Array): NerDoc {
  const { starts, ends, count } = tok;
  if (!flags) {
    flags = new Uint8Array(count);
    markUnreliable(text, tok, sentences, flags);
  }
  const upper = new Uint8Array(count);
  const lower = new Set<string>();
  const capMid = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const w = text.slice(starts[i], ends[i]);
    if (hasUpper(w)) {
      upper[i] = 1;
      if (!flags[i]) capMid.set(w, (capMid.get(w) ?? 0) + 1);
    } else lower.add(w);
  }
  const scored = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (upper[i]) scored[i] = 1;
    else if (i > 0 && (upper[i - 1] || scored[i - 1]) && JOINERS.has(text.slice(starts[i], ends[i]))) {
      // A run of joiners ("van der", "de la") must reach a capitalised word.
      let j = i + 1;
      while (j < count && j <= i + 2 && !upper[j] && JOINERS.has(text.slice(starts[j], ends[j]))) j++;
      if (j < count && upper[j]) scored[i] = 1;
    }
  }
  // Runs of scored tokens joined by single spaces: the candidate names ("Kansai Electric Power",
  // "Patriotic Union of Kurdistan"), so each token can see the whole name's head and context.
  const runFirst = new Int32Array(count).fill(-1);
  const runLast = new Int32Array(count).fill(-1);
  const runOfHead = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; ) {
    if (!scored[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < count && scored[j + 1] && starts[j + 1] === ends[j] + 1) j++;
    // A joiner cannot end a run ("Bank of" before a line break): trim back to a capital.
    let last = j;
    while (last > i && !upper[last]) last--;
    let ofHead = -1;
    for (let k = i + 1; k < last && ofHead < 0; k++) if (!upper[k] && text.slice(starts[k], ends[k]) === 'of') ofHead = k - 1;
    for (let k = i; k <= j; k++) {
      runFirst[k] = i;
      runLast[k] = last;
      runOfHead[k] = ofHead;
    }
    i = j + 1;
  }
  // Name variants within the document: a run that is the start of a longer run elsewhere ("Los
  // Angeles" beside "Los Angeles Dodgers", "Kansai" beside "Kansai Electric Power") or its end
  // ("Dodgers"). A sports report names a team by its city once it named it in full; a company is
  // shortened to its first word; a person to the surname — the tagger learns which from CoNLL,
  // with the sports level and the lexicons (see staticFeatures).
  const runKey = (a: number, b: number): string => {
    let k = '';
    for (let t = a; t <= b; t++) k += (t > a ? ' ' : '') + text.slice(starts[t], ends[t]).toLowerCase().replace(/['’]s$/, '');
    return k;
  };
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (let i = 0; i < count; i++) {
    if (runFirst[i] !== i) continue;
    const b = runLast[i];
    // (Capped at four tokens each way, so a long headline run costs no more than a name.)
    for (let t = i; t < b && t < i + 4; t++) if (upper[t]) prefixes.add(runKey(i, t));
    for (let t = b; t > i && t > b - 4; t--) if (upper[t]) suffixes.add(runKey(t, b));
  }
  const variant = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (runFirst[i] !== i) continue;
    const key = runKey(i, runLast[i]);
    const v = (prefixes.has(key) ? 1 : 0) | (suffixes.has(key) ? 2 : 0);
    for (let k = i; k <= runLast[i]; k++) variant[k] = v;
  }
  return { text, starts: starts as number[], ends: ends as number[], count, flags, scored, upper, lower, capMid, words: new Map(), runFirst, runLast, runOfHead, variant, sport: sportLevel(text, tok) };
}

/**
 * Words of sports reporting. A sports report names teams by their city or country ("Seattle
 * beat Texas", "Milan joined from Torino", "Baltimore's Eddie Murray"), so the same place name
 * is an organization there and a place elsewhere (metonymy; Markert & Nissim 2007): the
 * tagger gets the document's level as a feature, conjoined with the name's place evidence and
 * context, and learns from CoNLL what it changes. No threshold is set by hand: the level is
 * the log2 bucket of the count, and the weights of each level are learned.
 */
const SPORT_WORDS = new Set([
  'match', 'matches', 'game', 'games', 'season', 'league', 'cup', 'coach', 'goal', 'goals', 'scored', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'innings', 'inning', 'homer', 'homers', 'pitcher', 'batting', 'bowling',
  'wicket', 'wickets', 'draw', 'drew', 'beat', 'defeated', 'championship', 'tournament', 'club', 'playoff',
  'playoffs', 'quarterback', 'touchdown', 'standings', 'striker', 'penalty', 'kickoff', 'halftime', 'half-time',
  'semifinal', 'semi-final', 'final', 'finals', 'round', 'rounds', 'player', 'players', 'squad', 'team', 'teams',
  'win', 'wins', 'won', 'victory', 'points', 'seed', 'seeded', 'title', 'race', 'lap', 'stadium', 'fans',
]);

/** 0-3: log2 bucket of the sports words and score-like tokens ("3-1", "78-70") per 200 tokens. */
function sportLevel(text: string, tok: Tokens): number {
  let n = 0;
  for (let i = 0; i < tok.count; i++) {
    const w = text.slice(tok.starts[i], tok.ends[i]);
    if (SPORT_WORDS.has(w.toLowerCase()) || /^\d{1,3}-\d{1,3}$/.test(w)) n++;
  }
  const per200 = (n * 200) / Math.max(200, tok.count);
  return per200 < 1 ? 0 : per200 < 4 ? 1 : per200 < 16 ? 2 : 3;
}

/** "Xx", "X.X.", "dd-dd": letters by case, digits, other characters kept; runs collapsed. */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w[i];
    const k = c >= '0' && c <= '9' ? 'd' : c !== c.toLowerCase() ? 'X' : c !== c.toUpperCase() ? 'x' : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

function titleCase(w: string): string {
  return w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w;
}

/** What stands between two tokens: "_" (a space), "NL" (a line break), or the punctuation. */
function gap(d: NerDoc, i: number): string {
  if (i <= 0) return 'BOD';
  if (i >= d.count) return 'EOD';
  const g = d.text.slice(d.ends[i - 1], d.starts[i]);
  if (g === ' ') return '_';
  if (g.includes('\n')) return 'NL';
  const t = g.trim();
  return t ? t.slice(0, 2) : '_';
}

/** Lexicon classes of one surface form (also its Title-case form, for ALL-CAPS text). */
function lexClasses(w: string, out: string[], prefix: string): void {
  const tc = titleCase(w);
  if (PLACES.has(w) || PLACES.has(tc)) out.push(prefix + 'place');
  if (ORGANIZATIONS.has(w) || ORGANIZATIONS.has(tc)) out.push(prefix + 'org');
  if (GIVEN_NAMES.has(w) || GIVEN_NAMES.has(tc)) out.push(prefix + 'given');
  if (COUNTRY_OF_DEMONYM.has(w) || COUNTRY_OF_DEMONYM.has(tc) || DEMONYM_PLURALS.has(w) || DEMONYM_PLURALS.has(tc)) out.push(prefix + 'demonym');
  if (HONORIFICS.has(w) || HONORIFICS.has(tc) || ROLE_HEADS.has(w.toLowerCase())) out.push(prefix + 'role');
  if (ORG_SUFFIXES.has(w) || ORG_SUFFIXES.has(tc)) out.push(prefix + 'orgsuf');
  if (PLACE_SUFFIXES.has(w) || PLACE_SUFFIXES.has(tc)) out.push(prefix + 'placesuf');
}

/**
 * Word → coarse id × 256 + fine id of its word-vector clusters (clusters.ts), -1 for a word
 * outside them. The clustered words are the embeddings table's first CLUSTER_COUNT rows, so a
 * word is found with that table's hash index, built at build time (embeddings.ts `wordRow`): no
 * 40,000-word list is parsed and no index of it is built at start-up (the scan that built one
 * cost ~20 ms of a cold `analyze`).
 */
let clusterIds: Buffer | null = null;
function clusterOf(lw: string): number {
  if (lw.endsWith("'s") || lw.endsWith('’s')) lw = lw.slice(0, -2);
  const r = wordRow(lw);
  if (r < 0 || r >= CLUSTER_COUNT) return -1;
  const ids = (clusterIds ??= Buffer.from(CLUSTER_IDS, 'base64'));
  return ids[2 * r] * 256 + ids[2 * r + 1];
}

/** Per-word facts, computed once per distinct word of a document (news repeats its names). */
interface WordInfo {
  lw: string;
  sh: string;
  /** Hashed features of the word itself. */
  own: number[];
  /** Lexicon classes ("place", "org" …), for the neighbours' features. */
  lex: string[];
  /** Could start a multi-word lexicon name (its Title-case form is a first word of one). */
  phraseStart: boolean;
  /** Fine word-vector cluster ("c2=17"), or "c2=-" for a word the table does not know. */
  fine: string;
}

/** First words (Title case) of the multi-word place and organization names. */
let phraseFirst: Set<string> | null = null;
function phraseFirstWords(): Set<string> {
  if (phraseFirst) return phraseFirst;
  phraseFirst = new Set();
  for (const set of [PLACES, ORGANIZATIONS]) {
    for (const name of set) {
      const sp = name.indexOf(' ');
      if (sp > 0) phraseFirst.add(titleCase(name.slice(0, sp)));
    }
  }
  return phraseFirst;
}

function wordInfo(d: NerDoc, raw: string): WordInfo {
  let info = d.words.get(raw);
  if (info) return info;
  // A typographic apostrophe is the straight one CoNLL-2003 was typed with: "Bush’s" is the word
  // the tagger learnt as "Bush's" (read as an unknown word, it cut "George W. Bush’s" to "George W.").
  const w = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const lw = w.toLowerCase();
  const sh = shape(w);
  const f = ['b', 'w=' + w, 'lw=' + lw, 'sh=' + sh, 'p3=' + lw.slice(0, 3), 's2=' + lw.slice(-2), 's3=' + lw.slice(-3), 's4=' + lw.slice(-4)];
  if (sh.includes('X')) {
    if (COMMON_WORDS.has(lw)) f.push('common');
    if (MONTHS_DAYS.has(lw)) f.push('month');
  }
  const lex: string[] = [];
  lexClasses(w, lex, '');
  for (const x of lex) f.push('L=' + x);
  // Word-vector clusters (see clusters.ts): what kind of word this is distributionally, also
  // for words training never showed the tagger.
  const cl = clusterOf(lw);
  const fine = cl < 0 ? 'c2=-' : 'c2=' + (cl & 255);
  f.push(cl < 0 ? 'c1=-' : 'c1=' + (cl >> 8), fine, fine + '|' + (sh.includes('X') ? 'X' : 'x'));
  info = { lw, sh, own: f.map(hashFeature), lex, phraseStart: phraseFirstWords().has(titleCase(w)), fine };
  d.words.set(raw, info);
  return info;
}

/**
 * The features of token `i` that do not depend on the labels chosen before it, hashed.
 */
export function staticFeatures(d: NerDoc, i: number): number[] {
  const { text, starts, ends, count } = d;
  const w = text.slice(starts[i], ends[i]);
  const me = wordInfo(d, w);
  const at = (k: number): WordInfo | null => (k < 0 || k >= count ? null : wordInfo(d, text.slice(starts[k], ends[k])));
  const m2 = at(i - 2);
  const m1 = at(i - 1);
  const p1 = at(i + 1);
  const p2 = at(i + 2);
  const lw = me.lw;
  const sh = me.sh;
  const wm1 = m1 ? m1.lw : '<s>';
  const wp1 = p1 ? p1.lw : '</s>';
  const shm1 = m1 ? m1.sh : '<s>';
  const shp1 = p1 ? p1.sh : '</s>';
  const gm = gap(d, i);
  const gp = gap(d, i + 1);
  const f: string[] = [
    'w-1=' + wm1, 'w+1=' + wp1, 'w-2=' + (m2 ? m2.lw : '<s>'), 'w+2=' + (p2 ? p2.lw : '</s>'),
    'w-1|w=' + wm1 + '|' + lw, 'w|w+1=' + lw + '|' + wp1,
    'sh-1|sh=' + shm1 + '|' + sh, 'sh|sh+1=' + sh + '|' + shp1, 'sh-1|sh|sh+1=' + shm1 + '|' + sh + '|' + shp1,
    'g-=' + gm, 'g+=' + gp, 'g-|sh=' + gm + '|' + sh, 'g+|sh=' + gp + '|' + sh,
  ];
  const fl = d.flags[i];
  if (fl) f.push('fl=' + fl, 'fl|lw=' + fl + '|' + lw);
  // Case evidence from the rest of the document.
  if (sh.includes('X')) {
    const low = d.lower.has(lw);
    const tc = titleCase(w);
    const mid = (d.capMid.get(w) ?? 0) - (fl ? 0 : 1) > 0 || (w !== tc && (d.capMid.get(tc) ?? 0) > 0);
    f.push('lower=' + (low ? 1 : 0) + '|mid=' + (mid ? 1 : 0) + '|fl=' + fl);
  }
  f.push('-1' + (m1 ? m1.fine : '<s>'), '+1' + (p1 ? p1.fine : '</s>'));
  if (m1) for (const x of m1.lex) f.push('L-1=' + x);
  if (p1) for (const x of p1.lex) f.push('L+1=' + x);
  // Multi-word lexicon names covering this token ("New York", "United Nations", "Bank of
  // England"): only runs of scored tokens joined by single spaces, starting at a word that
  // starts such a name.
  let from = i;
  while (from > 0 && from > i - 3 && d.scored[from - 1] && starts[from] === ends[from - 1] + 1) from--;
  let to = i;
  while (to + 1 < count && to < i + 3 && d.scored[to + 1] && starts[to + 1] === ends[to] + 1) to++;
  for (let a = from; a <= i; a++) {
    if (a === i && to === i) break;
    if (!wordInfo(d, text.slice(starts[a], ends[a])).phraseStart) continue;
    let phrase = '';
    let tc = '';
    for (let b = a; b <= to && b <= a + 3; b++) {
      const wb = text.slice(starts[b], ends[b]);
      phrase = b === a ? wb : phrase + ' ' + wb;
      tc = b === a ? titleCase(wb) : tc + ' ' + (d.upper[b] ? titleCase(wb) : wb);
      if (b < i || b === a) continue;
      const pos = a === i ? 'B' : 'I';
      if (PLACES.has(phrase) || PLACES.has(tc)) f.push('LP=place' + pos);
      if (ORGANIZATIONS.has(phrase) || ORGANIZATIONS.has(tc)) f.push('LP=org' + pos);
    }
  }
  // The candidate name the token is in, as a whole (Ratinov & Roth's "entity-level" view): its
  // last word (the head of "Kansai Electric Power", "Lada Togliatti"), the head before an "of"
  // ("Patriotic Union of Kurdistan"), its first word and length, the token's position in it,
  // and the words just outside it ("… said", "joined …", "beat …", "'s" before a person).
  const ra = d.runFirst[i];
  if (ra >= 0) {
    const rb = d.runLast[i];
    const lwAt = (k: number): string => (k < 0 ? '<s>' : k >= count ? '</s>' : wordInfo(d, text.slice(starts[k], ends[k])).lw);
    const ofHead = d.runOfHead[i];
    const len = rb - ra + 1;
    const pos = ra === rb ? 'S' : i === ra ? 'B' : i === rb ? 'E' : 'I';
    const head = lwAt(rb);
    const before = lwAt(ra - 1);
    const after = gap(d, rb + 1) === '_' ? lwAt(rb + 1) : gap(d, rb + 1);
    f.push('rh=' + head, 'rh|pos=' + head + '|' + pos, 'rf=' + lwAt(ra), 'rlen=' + Math.min(len, 4) + '|' + pos, 'rb=' + before, 'ra=' + after, 'rb|ra=' + before + '|' + after);
    if (ofHead >= 0) f.push('rof=' + lwAt(ofHead));
    const hi = wordInfo(d, text.slice(starts[rb], ends[rb]));
    const hl = hi.lex;
    for (const x of hl) f.push('rhL=' + x);
    f.push('rh' + hi.fine, 'rb' + (ra > 0 ? wordInfo(d, text.slice(starts[ra - 1], ends[ra - 1])).fine : '<s>'));
    const v = d.variant[i];
    if (v) {
      f.push('var=' + v, 'var|sp=' + v + '|' + d.sport);
      for (const x of hl) f.push('var|rhL=' + v + '|' + x + '|' + d.sport);
    }
    if (d.sport) {
      const sp = 'sp' + d.sport;
      f.push(sp, sp + '|pos=' + pos, sp + '|rb=' + before, sp + '|ra=' + after);
      for (const x of me.lex) f.push(sp + '|L=' + x);
      for (const x of hl) f.push(sp + '|rhL=' + x);
      f.push(sp + '|' + me.fine);
    }
  }
  if (d.rule) {
    const r = d.rule[i];
    f.push('R=' + r, 'R|fl=' + r + '|' + fl, 'R-1|R=' + (i > 0 ? d.rule[i - 1] : '<s>') + '|' + r, 'R|R+1=' + r + '|' + (i + 1 < count ? d.rule[i + 1] : '</s>'));
  }
  const out = me.own.slice();
  for (let k = 0; k < f.length; k++) out.push(hashFeature(f[k]));
  return out;
}

/** Hashed label-history features, one function each so that the decoder can tabulate them. */
export function prevLabelFeature(p1: number): number {
  return hashFeature('t-1=' + p1);
}
export function labelPairFeature(p2: number, p1: number): number {
  return hashFeature('t-2|t-1=' + p2 + '|' + p1);
}
export function prevLabelShapeFeature(p1: number, sh: string): number {
  return hashFeature('t-1|sh=' + p1 + '|' + sh);
}
export function seenFeature(seen: number): number {
  return hashFeature('seen=' + seen);
}

/** The label-dependent features: the previous one and two labels, and the document's earlier label for this word. */
export function historyFeatures(d: NerDoc, i: number, p1: number, p2: number, seen: number, out: number[]): void {
  const sh = shape(d.text.slice(d.starts[i], d.ends[i]));
  out.push(prevLabelFeature(p1), labelPairFeature(p2, p1), prevLabelShapeFeature(p1, sh), seenFeature(seen));
}
