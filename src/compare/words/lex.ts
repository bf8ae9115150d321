/**
 * Small text utilities the dossier stages share: word tokens with offsets, stop words, a light
 * suffix stemmer, and the spelling-tolerant keys used to compare names across outlets
 * (transliterations: Hmeimim/Khmeimim, Tartus/Tartous, Ahmad/Ahmed, Sergei/Sergey).
 * Only what the compare stage needs; sentence-level similarity is the matcher's job (match.ts).
 */

import type { AnnotatedArticle, Mention, Sentence } from '../../core/schema.js';
import { compiledOnce } from '../../core/regex.js';

export interface Token {
  /** Lower-cased surface form. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Word tokens of `text` (letters/digits, inner apostrophes kept), with offsets into `text`. */
export function tokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return out;
}

// Function words carry no content: two sentences sharing "the" and "of" report nothing in common.
export const STOP = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under about after before since until ' +
    'as than then that this these those there here which who whom whose what when where why how while ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine ' +
    'not no yes so if also too very just only even still yet again ever more most much many some any all both each ' +
    'other such own same few up down out off one s said says told say according per via amid among against between through during ' +
    'would\'ve it\'s that\'s there\'s mr mrs ms dr'
  ).split(/\s+/),
);

/**
 * A light English suffix stemmer (plural, -ing, -ed, -ly): enough for "bases"/"base",
 * "toppled"/"topple" without the over-stemming of Porter that merges unrelated words.
 */
export function stem(w: string): string {
  let s = w.replace(/'s$/, '');
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) return s.slice(0, -3) + 'y';
  if (s.endsWith('sses')) return s.slice(0, -2);
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('es') && /(ch|sh|x|ss|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  if (s.endsWith('ly') && s.length > 4) s = s.slice(0, -2);
  // "toppl" (from toppled) and "topple" must meet: drop a final silent e.
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

// Outlets describe one event with different words: "toppled", "overthrew", "the fall of",
// "ousted". Mapping a few frequent news-event verbs and nouns to a shared class lets their
// contexts meet. Kept small and generic (kinds of events, not any one story).
const EVENT_CLASSES: Record<string, string[]> = {
  removal: ['topple', 'toppled', 'toppling', 'overthrow', 'overthrew', 'overthrown', 'oust', 'ousted', 'ouster', 'depose', 'deposed', 'fall', 'fell', 'fallen', 'collapse', 'collapsed', 'removal', 'removed', 'coup'],
  death: ['die', 'died', 'dead', 'death', 'deaths', 'kill', 'killed', 'killing', 'fatalities', 'fatality', 'perished', 'casualties', 'toll'],
  // "Captured" is how outlets tell the arrest of a fugitive ("X was captured last month" / "X was
  // arrested on Nov. 12", read on an unseen DUC 2003 story, where the two dates of one arrest were
  // never compared as two acts).
  arrest: ['arrest', 'arrested', 'detain', 'detained', 'detention', 'custody', 'apprehended', 'capture', 'captured'],
  election: ['elect', 'elected', 'election', 'elections', 'vote', 'voted', 'poll', 'polls', 'ballot'],
  meeting: ['meet', 'met', 'meeting', 'talks', 'summit', 'visit', 'visited', 'visiting'],
  attack: ['attack', 'attacked', 'strike', 'strikes', 'struck', 'bomb', 'bombed', 'bombing', 'raid', 'shelling', 'airstrike', 'airstrikes'],
  injury: ['injure', 'injured', 'injuries', 'wounded', 'hurt'],
  resignation: ['resign', 'resigned', 'resignation', 'quit', 'stepped'],
  agreement: ['sign', 'signed', 'agreement', 'deal', 'accord', 'treaty'],
  quake: ['earthquake', 'quake', 'tremor', 'magnitude'],
  fire: ['fire', 'blaze', 'flames', 'burned', 'burning'],
  launch: ['launch', 'launched', 'unveil', 'unveiled', 'introduce', 'introduced', 'release', 'released'],
  start: ['began', 'begin', 'started', 'start', 'outbreak', 'erupted'],
  war: ['war', 'conflict', 'fighting'],
};
const EVENT_OF = new Map<string, string>();
for (const [cls, words] of Object.entries(EVENT_CLASSES)) for (const w of words) EVENT_OF.set(stem(w), `EV:${cls}`);

/** The event class of a stem ("toppl" → "EV:removal"), or undefined. */
export function eventClass(st: string): string | undefined {
  return EVENT_OF.get(st);
}

/**
 * Phrasal verbs that name a kind of event of the classes above as a whole, by the verb's base
 * form and the particle ("passed away" dies, "stepped down" resigns, "broke out" starts): the
 * verb alone names no such event, so without them "died early Thursday" and "passed away early
 * Saturday" were taken for two different acts (timeline.ts differentActs, predicates.ts
 * sameAct) and never compared. The base forms here are their own Porter stems, so a caller may
 * pass either.
 */
const PHRASAL_CLASS: Record<string, string> = {
  'pass away': 'EV:death',
  'step down': 'EV:resignation',
  'break out': 'EV:start',
  'blow up': 'EV:attack',
};

/** The event class of a verb (base form or Porter stem) with its particle, or undefined. */
export function phrasalClass(verb: string, particle: string): string | undefined {
  return PHRASAL_CLASS[`${verb} ${particle}`];
}

/** The sentence (of sentences in text order) that holds position `pos`, by binary search; null between sentences. */
export function sentenceAt<S extends { start: number; end: number }>(sents: readonly S[], pos: number): S | null {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].end <= pos) lo = mid + 1;
    else if (sents[mid].start > pos) hi = mid - 1;
    else return sents[mid];
  }
  return null;
}

/** Content stems of a text: tokens that are not stop words or bare numbers. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (STOP.has(t.norm) || /^\d+$/.test(t.norm)) continue;
    out.push(stem(t.norm));
  }
  return out;
}

/** Strip accents and fold typographic variants so "Ḥamā" and "Hama" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

// Arabic and other article particles written attached to a name: "al-Assad", "el-Sisi", "ad-Din".
const PARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ash|ath)-/;
// Honorifics and generic titles are not part of a name: "Mr. Assad" is Assad.
const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'sheikh', 'sheik']);

/**
 * Name tokens for matching: folded, particles ("al-", "Al "), honorifics and possessive "'s"
 * removed. "Mr. al-Sharaa" → ["sharaa"]; "Bashar al-Assad" → ["bashar", "assad"].
 */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  // A leading article is not part of a name ("The Notorious Bettie Page" is Bettie Page's).
  for (const raw of fold(name).replace(/^the\s+/, '').split(/[\s]+/)) {
    let w = raw.replace(/[.,;:!?"()]/g, '').replace(/'s$/, '');
    if (!w) continue;
    w = w.replace(PARTICLE, '');
    if (HONORIFIC.has(w) || w === 'al' || w === 'el') continue;
    for (const part of w.split('-')) if (part) out.push(part);
  }
  return out;
}

/**
 * A transliteration-tolerant skeleton of one name token. Romanisations of Arabic, Russian and
 * other scripts differ mostly in vowels (Ahmad/Ahmed, Tartus/Tartous, Sergei/Sergey), doubled
 * letters (Assad/Asad) and a few consonant digraphs (Kh/H for the same Arabic letter, Ch/Tch).
 * The skeleton keeps the first letter and the consonants with those folded away.
 */
const skeletonCache = new Map<string, string>();
export function skeleton(token: string): string {
  const hit = skeletonCache.get(token);
  if (hit !== undefined) return hit;
  const k = computeSkeleton(token);
  if (skeletonCache.size < 100_000) skeletonCache.set(token, k);
  return k;
}

function computeSkeleton(token: string): string {
  let s = token.toLowerCase().replace(/[^a-z]/g, '');
  s = s.replace(/^kh/, 'h').replace(/kh/g, 'h').replace(/tch/g, 'ch').replace(/ph/g, 'f').replace(/q/g, 'k');
  if (!s) return token;
  const first = /[aeiouy]/.test(s[0]) ? 'a' : s[0];
  const rest = s.slice(1).replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
  return first + rest;
}

/** Levenshtein distance, small strings only (names). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n];
}

/**
 * Two name tokens are spellings of one name when their skeletons agree and the spellings are
 * close: the skeleton alone would let "Asaad" and "Assad" meet, which is why whole names are
 * also compared token by token (see entities.ts) and never by one shared token.
 */
export function sameNameToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (skeleton(a) !== skeleton(b)) return false;
  const x = spelling(a);
  const y = spelling(b);
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 3));
}

const spellingCache = new Map<string, string>();
/**
 * Folds the usual romanisation variants before measuring the distance between two spellings:
 * Kh/H, ou/oo/u (Youssef/Yusuf, Tartous/Tartus), ee/i, a final -ey/-ei (Sergey/Sergei), y/i
 * between letters, and doubled letters (Youssef/Yousef).
 */
function spelling(t: string): string {
  let s = spellingCache.get(t);
  if (s === undefined) {
    s = t
      .toLowerCase()
      .replace(/^kh/, 'h')
      .replace(/ou|oo/g, 'u')
      .replace(/ee/g, 'i')
      .replace(/e[yi]$/, 'i')
      .replace(/(?<=\w)y(?=\w)/g, 'i')
      .replace(/(.)\1+/g, '$1');
    if (spellingCache.size < 100_000) spellingCache.set(t, s);
  }
  return s;
}

/** Stable string comparison for sorts (never locale-dependent). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Article-id order: a2 before a10. */
export function articleOrder(a: string, b: string): number {
  const na = Number(a.replace(/^\D+/, ''));
  const nb = Number(b.replace(/^\D+/, ''));
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return cmp(a, b);
}

/** Sorted unique article ids. */
export function uniqArticles(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(articleOrder);
}

/**
 * Each name mention of an article with the sentence it starts in, in text order: one sweep over
 * the mentions and sentences sorted by offset (linear after sorting). Mentions outside every
 * sentence are left out; whether a mention must also end inside its sentence is the caller's test.
 */
export function mentionsWithSentences(a: AnnotatedArticle): Array<{ mention: Mention; sentence: Sentence }> {
  const sents = [...a.sentences].sort((x, y) => x.start - y.start);
  const out: Array<{ mention: Mention; sentence: Sentence }> = [];
  let si = 0;
  for (const m of [...a.mentions].sort((x, y) => x.start - y.start)) {
    while (si < sents.length && sents[si].end <= m.start) si++;
    const s = sents[si];
    if (s && s.start <= m.start) out.push({ mention: m, sentence: s });
  }
  return out;
}

// A wire dateline before the first sentence ("LONDON (AP) _ ", "DAR ES SALAAM, Tanzania — ",
// "BEIJING, March 3 (Reuters) - ") says where the report was filed, not what happened: the
// summary shows the sentence after it (still a verbatim part of the source sentence), and the
// fact alignment does not take its place or agency for a participant (affinity.ts anchored).
const DATELINE = /^(?:\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*)*)(?:,\s+[\p{L}.]+(?:\s+[\p{L}.]+){0,3})?(?:,?\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2})?(?:\s*\([\p{L} .&-]{1,40}\))?\s+(?:_|—|–|--?)\s+/u;

/** The sentence without a leading wire dateline. */
export function withoutDateline(text: string): string {
  return text.slice(datelineLength(text));
}

/** Characters of a leading wire dateline in a sentence (0 when it has none). */
export function datelineLength(text: string): number {
  const m = compiledOnce(DATELINE).exec(text);
  // The sentence after a dateline starts with a capital; "NATO — the alliance said" is no dateline.
  return m && /\p{Lu}/u.test(text.slice(m[0].length, m[0].length + 1)) ? m[0].length : 0;
}

/** Dice coefficient of two sets of stems, and how many they share. */
export function dice(a: Set<string>, b: Set<string>): { dice: number; shared: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return { dice: a.size + b.size ? (2 * shared) / (a.size + b.size) : 0, shared };
}
