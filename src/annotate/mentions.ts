/**
 * Named-entity mentions: finds capitalised names, splits a title or role off the front
 * ("Syrian President | Ahmed al-Sharaa", "Mr. | Putin", "Kremlin spokesman | Dmitry Peskov")
 * and types each name person / place / organization / other.
 *
 * How, in one pass over the tokens plus one pass over the candidate names:
 * 1. Runs of capitalised tokens joined by single spaces, with name particles inside
 *    ("Mohammed bin Salman", "Ludwig van Beethoven") and Arabic article prefixes counted as
 *    capitalised ("al-Sharaa"). A possessive ("Assad's") ends a run and is not part of the name.
 * 2. Title Case is unreliable at a sentence start and in headline lines, so there a token that is
 *    a common English word — in the list, or written in lower case elsewhere in the same article
 *    (the classic truecasing signal) — is dropped: "Despite", "Meets", "With", "Since".
 * 3. The role: the token right before the name must be a title or role noun ("President",
 *    "spokesman", "Mr."); from there the role extends left over role modifiers ("former",
 *    "Foreign"), demonyms ("Syrian"), possessive proper nouns ("Syria's") and, once a role noun
 *    was seen, capitalised words ("Kremlin spokesman").
 * 4. Typing, strongest evidence first: organization and place lexicons on the whole name, a
 *    person role, name suffixes ("… Ministry", "… Palace"), acronyms, given names, Arabic name
 *    prefixes; then names typed elsewhere in the article (surname "Putin" after "Vladimir
 *    Putin"); then weak context cues ("in X", "X province", "X said"); else "other".
 */
import type { Mention, Sentence, TextSpan } from '../core/schema.js';
import { COMMON_WORDS } from './lexicon/common.js';
import { ORGANIZATIONS, ORG_PREFIXES, ORG_SUFFIXES } from './lexicon/organizations.js';
import { GIVEN_NAMES, HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/persons.js';
import { COUNTRY_OF_DEMONYM, DEMONYM_PLURALS, PLACES, PLACE_HEAD_AFTER, PLACE_SUFFIXES } from './lexicon/places.js';
import { isPossessiveAt, isWordChar, stripPossessive, type Tokens } from './tokens.js';

/** Lower-case particles that may sit inside a name between capitalised words. */
const PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della',
  'dos', 'das', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'st.',
]);
/** Arabic article prefixes written in lower case inside names ("al-Sharaa", "el-Sisi"). */
const ARABIC_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|bin|ibn|abu|abd)[-‑]\p{Lu}/u;
const ARABIC_PREFIX_STRIP = /^(?:al|el|ad|an|ar|as|ash|at|az|ud)[-‑ ]/;
/** Words before "of" that keep a name going ("Ministry of Defence", "Gulf of Aden"). */
const OF_JOINERS = new Set([...ORG_PREFIXES, 'Gulf', 'Strait', 'Republic', 'Kingdom', 'Bay', 'Isle', 'Cape', 'Sea', 'Port', 'Museum', 'College', 'School', 'Secretary', 'States']);
/** Never names on their own: months, weekdays, the pronoun I. */
const NOT_NAMES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'I', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sep.',
  'Sept.', 'Oct.', 'Nov.', 'Dec.', 'God', 'OK', "I'm", 'I’m', "I've", 'I’ve', "I'll", 'I’ll', "I'd", 'I’d', 'AM', 'PM', 'GMT', 'UTC', 'EST', 'EDT', 'BST', 'CET', 'CEST', 'PST',
]);
/** Reporting verbs after a name: the name speaks, so it is a person (unless a lexicon says otherwise). */
const SPEECH_AFTER = /^\s+(?:(?:has|had|also|then|later|previously|earlier|reportedly)\s+)?(?:said|says|told|tells|added|adds|wrote|writes|asked|replied|explained|insisted|argued|recalled|stressed|noted|tweeted)\b/;
/** Prepositions that put a following unknown name in a place ("in Tartous", "near Homs"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'inside', 'around']);
/** Nouns of installations after which "at/in X" is a place ("air base at X", "naval base in X"). */
const FACILITY = /\b(?:base|airbase|airport|facility|port|harbou?r|camp|prison|hospital|border|town|city|village|province|region)\s+(?:at|in|of|near)\s+$/;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ACRONYM_LONG = /^\p{Lu}{2,12}$/u;
/** Two words glued by scraping ("PoliticsSyria", "AssadImage"): not a name. */
const GLUED = /\p{Ll}{3}\p{Lu}\p{Ll}{2}/u;
const UPPER_START = /^\p{Lu}/u;
/** Newspaper abbreviations of US states ("N.Y.", "Calif.", "Mass."). */
const US_STATE_ABBR = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.\s?[HJMYCD]|Okla|Ore|Pa|R\.\s?I|S\.\s?[CD]|Tenn|Tex|Vt|Va|Wash|W\.\s?Va|Wis|Wyo|D\.\s?C)\.?$/;

type Kind = Mention['type'];

interface Candidate {
  start: number;
  end: number;
  first: number; // token index of the name's first token
  last: number; // token index of the name's last token
  role: TextSpan | null;
  type: Kind | null;
}

export function findMentions(text: string, tok: Tokens, sentences: Sentence[]): Mention[] {
  const { starts, ends, count } = tok;
  const word = (i: number): string => text.slice(starts[i], ends[i]);
  const gapIsSpace = (i: number): boolean => {
    if (i <= 0 || ends[i - 1] + 1 !== starts[i]) return false;
    const c = text.charCodeAt(ends[i - 1]);
    return c === 32 || c === 160;
  };

  const unreliable = new Uint8Array(count); // 1: sentence start, 2: headline line
  markUnreliable(text, tok, sentences, unreliable);
  // Capitalisation per token, computed once: 1 = capitalised or an Arabic-prefixed name token.
  const cap = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const s = starts[i];
    const c = text.charCodeAt(s);
    if (c >= 65 && c <= 90) cap[i] = 1;
    else if (c >= 97 && c <= 122) {
      // "al-Sharaa", "bin-…": only tokens with a hyphen after 2-3 letters are worth the regex.
      const h2 = text.charCodeAt(s + 2);
      const h3 = text.charCodeAt(s + 3);
      if ((h2 === 45 || h3 === 45 || h2 === 0x2011 || h3 === 0x2011) && ARABIC_PREFIX.test(text.slice(s, Math.min(ends[i], s + 6)))) cap[i] = 1;
    } else if (c > 127 && UPPER_START.test(text[s])) cap[i] = 1;
  }

  // Lazy, cached document-level checks for the few words whose capital is in doubt:
  // is the word written in lower case elsewhere (a common word), or capitalised mid-sentence
  // elsewhere (a name)?
  const lowerCache = new Map<string, boolean>();
  const seenLower = (lower: string): boolean => {
    let r = lowerCache.get(lower);
    if (r === undefined) {
      r = occursAsWord(text, lower, () => true);
      lowerCache.set(lower, r);
    }
    return r;
  };
  const capCache = new Map<string, boolean>();
  const reliableCap = (w: string): boolean => {
    let r = capCache.get(w);
    if (r === undefined) {
      r = occursAsWord(text, w, (pos) => {
        const k = tokenAt(starts, pos);
        return k >= 0 && !unreliable[k];
      });
      capCache.set(w, r);
    }
    return r;
  };

  const isCap = (i: number): boolean => cap[i] === 1;
  const knownWord = (w: string): boolean =>
    PLACES.has(w) || ORGANIZATIONS.has(w) || GIVEN_NAMES.has(w) || HONORIFICS.has(w) || COUNTRY_OF_DEMONYM.has(w) ||
    (ACRONYM_LONG.test(w) && (ORGANIZATIONS.has(titleCase(w)) || PLACES.has(titleCase(w))));
  /** A capitalised token that is only capitalised by position (sentence start, headline). Cached. */
  const commonCache = new Int8Array(count).fill(-1);
  const roleCache = new Int8Array(count).fill(-1);
  const isCommonCap = (i: number): boolean => {
    if (commonCache[i] < 0) commonCache[i] = commonCapUncached(i) ? 1 : 0;
    return commonCache[i] === 1;
  };
  const commonCapUncached = (i: number): boolean => {
    const w = stripPossessive(word(i));
    if (NOT_NAMES.has(w)) return true;
    if (w.length >= 7 && hasInnerCapital(w) && GLUED.test(w)) return true;
    if (!unreliable[i] || knownWord(w)) return false;
    const lower = w.toLowerCase();
    // Sentence-initial participles ("Kneeling before …", "Beginning with …") are not names.
    if (unreliable[i] === 1 && lower.endsWith('ing')) return true;
    if (ROLE_HEADS.has(lower)) return false;
    if (reliableCap(w)) return false;
    // In a headline line a word must be corroborated: known, or capitalised in the body too.
    if (unreliable[i] === 2) return !COUNTRY_OF_DEMONYM.has(w);
    return COMMON_WORDS.has(lower) || seenLower(lower);
  };

  // 1 + 2: runs of name tokens.
  const cands: Candidate[] = [];
  let i = 0;
  while (i < count) {
    if (!cap[i] || isCommonCap(i)) {
      i++;
      continue;
    }
    let j = i;
    while (!isPossessiveAt(text, ends[j]) && j + 1 < count && gapIsSpace(j + 1)) {
      const nw = word(j + 1);
      if (cap[j + 1] && !isCommonCap(j + 1)) {
        j++;
        continue;
      }
      // Particles ("van der") or "of" join only when a capitalised name token follows them.
      if (nw === 'of' ? OF_JOINERS.has(word(j)) : PARTICLES.has(nw)) {
        let k = j + 2;
        while (nw !== 'of' && k < count && k - j <= 3 && gapIsSpace(k) && PARTICLES.has(word(k))) k++;
        if (k < count && gapIsSpace(k) && isCap(k) && !isCommonCap(k)) {
          j = k;
          continue;
        }
      }
      break;
    }
    addRun(i, j);
    i = j + 1;
  }

  function addRun(a: number, b: number): void {
    const full = text.slice(starts[a], nameEnd(b));
    // 3: split a role off the front when the run is not a known name as a whole.
    let first = a;
    if (!ORGANIZATIONS.has(full) && !PLACES.has(full)) {
      for (let h = b - 1; h >= a; h--) {
        if (isRoleHeadTok(h) && !ORG_SUFFIXES.has(word(h + 1)) && !PLACE_SUFFIXES.has(word(h + 1))) {
          first = h + 1;
          break;
        }
      }
    }
    // Particles and "of" cannot start a name.
    while (first <= b && (PARTICLES.has(word(first)) || word(first) === 'of')) first++;
    if (first > b) return;
    // A run that ends in a title has no name ("Syrian President" in a headline).
    if (isRoleHeadTok(b) && !GIVEN_NAMES.has(word(first))) return;
    const start = starts[first];
    const end = nameEnd(b);
    const name = text.slice(start, end);
    if (first === b && (COUNTRY_OF_DEMONYM.has(name) || DEMONYM_PLURALS.has(name) || NOT_NAMES.has(name))) return;
    if (first === b && isRoleHead(name)) return;
    // A lone capitalised function word ("More", "Click", "With") is layout, not a name.
    if (first === b && COMMON_WORDS.has(name.toLowerCase()) && !knownWord(name)) return;
    // "Richard Connor Reuters": a byline name running into an agency name; split at the agency.
    if (b > first && ORGANIZATIONS.has(word(b)) && !ORGANIZATIONS.has(name) && !ORG_SUFFIXES.has(word(b)) && /^[,\s]|^$/.test(text.slice(ends[b], ends[b] + 1))) {
      cands.push({ start, end: ends[b - 1], first, last: b - 1, role: null, type: null });
      cands.push({ start: starts[b], end, first: b, last: b, role: null, type: 'organization' });
      return;
    }
    cands.push({ start, end, first, last: b, role: roleBefore(first), type: null });
  }

  function nameEnd(b: number): number {
    return isPossessiveAt(text, ends[b]) ? ends[b] - 2 : ends[b];
  }

  /** The role ending right before token `s`, or null when the word before is not a title or role noun. */
  function roleBefore(s: number): TextSpan | null {
    const h = s - 1;
    if (h >= 0 && !gapIsSpace(s) && isRoleHeadTok(h) && /^,[ \u00a0]$/.test(text.slice(ends[h], starts[s]))) return appositiveRole(h);
    if (h < 0 || !gapIsSpace(s) || !isRoleHeadTok(h)) return null;
    let left = h;
    for (let k = h - 1; k >= 0 && gapIsSpace(k + 1); k--) {
      const w = word(k);
      const lower = w.toLowerCase();
      if (isRoleHeadTok(k) || ROLE_MODIFIERS.has(lower) || COUNTRY_OF_DEMONYM.has(w)) left = k;
      else if (isPossessiveAt(w, w.length) && /^\p{Lu}/u.test(w)) {
        left = k; // "Syria's", "Russia's": the possessor is part of the role; nothing before it is.
        break;
      } else if (/^\p{Lu}/u.test(w) && !COMMON_WORDS.has(lower) && (!isCommonCap(k) || unreliable[k] === 1)) left = k;
      // (a sentence-initial noun like "Ports" in "Ports Minister X" belongs to the role; a
      // sentence-initial function word like "Despite" does not)
      else break;
    }
    // A sentence-initial common word never starts a role ("Despite President X").
    while (left < h && isCommonCap(left) && (COMMON_WORDS.has(word(left).toLowerCase()) || unreliable[left] === 2) && !ROLE_MODIFIERS.has(word(left).toLowerCase()) && !COUNTRY_OF_DEMONYM.has(word(left))) left++;
    return { start: starts[left], end: ends[h], text: text.slice(starts[left], ends[h]) };
  }

  /**
   * "The opposition leader, Teodor Brannik", "Khalvar's mayor, Lena Varga": a role noun phrase
   * set off by a comma before the name. Only taken when the phrase opens with a determiner or a
   * possessive name, which is what makes it an apposition and not a list ("… the minister, Putin").
   */
  function appositiveRole(h: number): TextSpan | null {
    let left = h;
    for (let k = h - 1; k >= 0 && k >= h - 4 && gapIsSpace(k + 1); k--) {
      const w = word(k);
      const lower = w.toLowerCase();
      if (lower === 'the' || lower === 'a' || lower === 'an' || lower === 'his' || lower === 'her' || lower === 'their') {
        return { start: starts[left], end: ends[h], text: text.slice(starts[left], ends[h]) };
      }
      if (isPossessiveAt(w, w.length) && /^\p{Lu}/u.test(w)) {
        return { start: starts[k], end: ends[h], text: text.slice(starts[k], ends[h]) };
      }
      if (isRoleHeadTok(k) || ROLE_MODIFIERS.has(lower) || COUNTRY_OF_DEMONYM.has(w)) left = k;
      else return null;
    }
    return null;
  }

  // 4: typing. Strong evidence first.
  for (const c of cands) if (c.type === null) c.type = strongType(c);

  // Names typed elsewhere in the article: full names and the tokens of person names.
  const known = new Map<string, Kind>();
  for (const c of cands) {
    if (c.type === null || c.type === 'other') continue;
    const name = text.slice(c.start, c.end);
    if (!known.has(name)) known.set(name, c.type);
    if (c.type === 'person') {
      for (let k = c.first; k <= c.last; k++) {
        const key = nameKey(stripPossessive(word(k)));
        if (!PARTICLES.has(key) && !known.has(key)) known.set(key, 'person');
      }
    }
  }
  let prevPlaceEnd = -1;
  const weak: Candidate[] = [];
  for (const c of cands) {
    if (c.type === null) {
      const name = text.slice(c.start, c.end);
      c.type = known.get(name) ?? known.get(nameKey(name)) ?? null;
      if (c.type === null && c.first !== c.last) {
        // Any token of a known person ("Bashar Assad" after "Assad" was typed).
        for (let k = c.first; k <= c.last && c.type === null; k++) if (known.get(nameKey(word(k))) === 'person') c.type = 'person';
      }
      if (c.type === null) {
        c.type = weakType(c, prevPlaceEnd);
        weak.push(c);
      }
    }
    if (c.type === 'place') prevPlaceEnd = c.end;
  }
  // Weak cues typed some names somewhere ("Putin has said"): the same name elsewhere follows,
  // e.g. the headline's "Putin" that had no cue of its own.
  const weakKnown = new Map<string, Kind>();
  for (const c of weak) {
    if (c.type === 'other') continue;
    weakKnown.set(nameKey(text.slice(c.start, c.end)), c.type!);
    if (c.type === 'person') for (let k = c.first; k <= c.last; k++) if (!weakKnown.has(nameKey(stripPossessive(word(k))))) weakKnown.set(nameKey(stripPossessive(word(k))), 'person');
  }
  if (weakKnown.size) for (const c of weak) if (c.type === 'other') c.type = weakKnown.get(nameKey(text.slice(c.start, c.end))) ?? 'other';

  const out: Mention[] = [];
  for (const c of cands) {
    const type = c.type ?? 'other';
    // A lone capitalised word at a sentence start or in a headline that nothing identifies
    // ("Emergency services …", "Smoke rose …") is far more often a common word than a name.
    if (type === 'other' && c.first === c.last && unreliable[c.first] && !reliableCap(stripPossessive(word(c.first)))) continue;
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type, role: type === 'person' ? c.role : null });
  }
  return out;

  function strongType(c: Candidate): Kind | null {
    const name = text.slice(c.start, c.end);
    if (ORGANIZATIONS.has(name)) return 'organization';
    if (PLACES.has(name)) return 'place';
    if (US_STATE_ABBR.test(name) && name.includes('.')) return 'place'; // "N.Y.", "D.C."
    // "REUTERS", "SYRIA": all-capital forms of known names.
    if (ACRONYM_LONG.test(name)) {
      if (ORGANIZATIONS.has(titleCase(name))) return 'organization';
      if (PLACES.has(titleCase(name))) return 'place';
    }
    if (c.role) return 'person';
    const firstW = word(c.first);
    const lastW = stripPossessive(word(c.last));
    if (c.first !== c.last) {
      if (ORG_SUFFIXES.has(lastW)) return 'organization';
      if (ORG_PREFIXES.has(firstW) && word(c.first + 1) === 'of') return 'organization';
      if (PLACE_SUFFIXES.has(lastW)) return 'place';
      if (GIVEN_NAMES.has(firstW) && !PLACES.has(firstW)) return 'person';
      // "Kansas City Chiefs", "New York Times", "California Highway Patrol": a place name
      // followed by more name words is an institution or team named after the place.
      const placeLead = leadingPlace(c);
      if (placeLead > c.first && placeLead <= c.last) return 'organization';
    } else {
      if (ACRONYM.test(name)) return 'organization';
      // "Israel-Palestine": a hyphenated pair of places.
      if (name.includes('-') && name.split('-').every((p) => PLACES.has(p))) return 'place';
    }
    for (let k = c.first; k <= c.last; k++) if (ARABIC_PREFIX.test(word(k)) || /^Al-\p{Lu}/u.test(word(k))) return 'person';
    const prevW = c.first > 0 && gapIsSpace(c.first) ? word(c.first - 1) : '';
    // "the Academy", "the Committee": an organization word standing for a named body.
    if ((prevW === 'the' || prevW === 'The') && c.first === c.last && ORG_SUFFIXES.has(lastW)) return 'organization';
    // "the Colts", "the Red Sox": a capitalised plural after "the" is a team, band or group.
    if ((prevW === 'the' || prevW === 'The') && /\p{Ll}s$/u.test(lastW) && !/ss$/.test(lastW) && !DEMONYM_PLURALS.has(lastW)) return 'organization';
    return null;
  }

  /** Token index after the longest known place at the start of the name, or `c.first`. */
  function leadingPlace(c: Candidate): number {
    for (let k = Math.min(c.last - 1, c.first + 2); k >= c.first; k--) {
      if (PLACES.has(text.slice(starts[c.first], ends[k]))) return k + 1;
    }
    return c.first;
  }

  /** Every token is Title-case letters only (no acronym, digit or lexicon/common word). */
  function plainNameTokens(c: Candidate): boolean {
    for (let k = c.first; k <= c.last; k++) {
      const w = stripPossessive(word(k));
      if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*\.?$/u.test(w)) return false;
      if (PLACES.has(w) || ORGANIZATIONS.has(w) || COMMON_WORDS.has(w.toLowerCase()) || COUNTRY_OF_DEMONYM.has(w)) return false;
    }
    return true;
  }

  function weakType(c: Candidate, prevPlace: number): Kind {
    const after = text.slice(c.end, c.end + 24);
    const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
    if (nextWord && PLACE_HEAD_AFTER.has(nextWord)) return 'place';
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    if (FACILITY.test(before)) return 'place';
    const prev = c.first > 0 && gapIsSpace(c.first) ? word(c.first - 1) : '';
    if (PLACE_PREPOSITIONS.has(prev)) return 'place';
    // "in Tartous and Khmeimim": a name coordinated with the place right before it.
    if ((prev === 'and' || prev === 'or') && prevPlace >= 0 && c.first >= 2 && ends[c.first - 2] === prevPlace) return 'place';
    if (SPEECH_AFTER.test(text.slice(c.end, c.end + 40))) return 'person';
    // "Schenectady, N.Y.", "Wasilla, Alaska": a name followed by a state or country.
    const st = /^,\s+((?:\p{Lu}[\p{L}.]*\s?){1,3})/u.exec(text.slice(c.end, c.end + 30));
    if (st && (PLACES.has(st[1].trim()) || US_STATE_ABBR.test(st[1].trim()))) return 'place';
    // Two or three plain capitalised words that no lexicon, suffix or place cue explains are,
    // in news, overwhelmingly a person's given name and surname ("Zurana Horton").
    if (c.last - c.first >= 1 && c.last - c.first <= 2 && prev !== 'the' && prev !== 'The' && plainNameTokens(c)) return 'person';
    return 'other';
  }

  function isRoleHead(w: string): boolean {
    return HONORIFICS.has(w) || ROLE_HEADS.has(w.toLowerCase());
  }

  /** isRoleHead for token `i`, cached per token. */
  function isRoleHeadTok(i: number): boolean {
    if (roleCache[i] < 0) roleCache[i] = isRoleHead(word(i)) ? 1 : 0;
    return roleCache[i] === 1;
  }
}

/** A capital letter after the first character (cheap pre-check before the GLUED regex). */
function hasInnerCapital(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** Does `w` occur in `text` as a whole word at a position `ok` accepts? */
function occursAsWord(text: string, w: string, ok: (pos: number) => boolean): boolean {
  let from = 0;
  for (;;) {
    const p = text.indexOf(w, from);
    if (p < 0) return false;
    from = p + 1;
    if (p > 0 && isWordChar(text, p - 1)) continue;
    const e = p + w.length;
    if (e < text.length && isWordChar(text, e)) {
      // A possessive still counts: "Assad's".
      const c = text.charCodeAt(e);
      if (!((c === 39 || c === 0x2019) && text[e + 1] === 's')) continue;
    }
    if (ok(p)) return true;
  }
}

/** Index of the token starting at `pos`, or -1 (binary search). */
function tokenAt(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) lo = mid + 1;
    else if (starts[mid] > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function titleCase(w: string): string {
  return w[0] + w.slice(1).toLowerCase();
}

/** A key under which name variants meet: lower case, Arabic article dropped ("al-Sharaa" → "sharaa"). */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(ARABIC_PREFIX_STRIP, '');
}

/**
 * Flags tokens whose capital letter says nothing: the first word of each sentence (after any
 * opening quote or bullet), and every word of a headline line (most longer words capitalised,
 * no final full stop). Flag 1: sentence start; 2: headline line.
 */
function markUnreliable(text: string, tok: Tokens, sentences: Sentence[], flags: Uint8Array): void {
  const { starts, ends, count } = tok;
  let t = 0;
  for (const s of sentences) {
    while (t < count && starts[t] < s.start) t++;
    // The first word with a letter: list numbers ("1. Skip to content") do not count.
    let f = t;
    while (f < count && starts[f] < s.end && !/\p{L}/u.test(text[starts[f]])) f++;
    if (f < count && starts[f] < s.end) flags[f] = 1;
  }
  // Headline lines.
  let lineStart = 0;
  let k = 0;
  while (lineStart < text.length && k < count) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = k;
    let long = 0;
    let caps = 0;
    while (k < count && starts[k] < lineEnd) {
      if (ends[k] - starts[k] >= 4) {
        long++;
        const c = text.charCodeAt(starts[k]);
        if ((c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(text[starts[k]]))) caps++;
      }
      k++;
    }
    if (long >= 3 && caps / long >= 0.7 && !/[.!?]["'”’]?\s*$/.test(text.slice(Math.max(lineStart, lineEnd - 4), lineEnd))) {
      for (let x = first; x < k; x++) flags[x] = 2;
    }
    lineStart = lineEnd + 1;
  }
}
