/**
 * Cross-article entities: one entity per real-world referent from the annotators' name mentions,
 * despite spelling and transliteration variants (Hmeimim/Khmeimim, Ahmad/Ahmed al-Sharaa,
 * Sergei/Sergey Lavrov, Assad/Bashar al-Assad/Mr. Assad), without merging different people whose
 * names look alike (Asaad al-Shaibani is not Bashar al-Assad; Hunan is not Henan; "AP" in a
 * dateline is not "Armed Police"). Owns the canonical name choice, the alias list (each spelling
 * with the articles and outlets that use it) and which mentions are no entities at all
 * (demonyms, photo credits, postal boxes).
 */
import type { Alias, Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle, EntityType, Mention } from '../../core/schema.js';
import { articleOrder, cmp, editDistance, fold, sentenceAt, nameTokens as rawNameTokens, sameNameToken, skeleton, uniqArticles } from '../words/lex.js';
import { NICKNAME_TABLE } from './nickname-data.js';
import { dot, wordRow, wordVector } from '../words/embeddings.js';
import { priorCount } from '../match/match.js';
import { tokenize } from '../words/text.js';
import { compiledOnce } from '../../core/regex.js';
import { COUNTRY_OF_DEMONYM, DEMONYM_PLURALS, PLACES, PLACE_HEAD_AFTER, POLICE_OF_PLACE, US_STATE_OF_ABBREVIATION } from '../../annotate/lexicon/places.js';
import { ORGANIZATIONS } from '../../annotate/lexicon/organizations.js';
import { GIVEN_NAMES } from '../../annotate/lexicon/persons.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../annotate/lexicon/given-names.js';
import { BUILTIN_OUTLETS } from '../../ingest/outlets.js';
import { brandIn } from '../../annotate/mentions.js';

// Formal given names and their nicknames, both ways (William/Bill, Richard/Dick, Joseph/Joe),
// from a public curated list (nickname-data.ts, Apache-2.0; bench/build-nicknames.ts). Looked up
// in the table's text rather than through a map of all 2,687 pairs built at start-up (that cost
// more than the few names a dossier asks about): each name asked is found with indexOf and its
// answer remembered.
const nickMemo = new Map<string, ReadonlySet<string> | null>();
/** Most names remembered: a long-running server meets new names forever, the memo stays small. */
const NICK_MEMO_MAX = 10_000;

/** The names `a` is a nickname of and the nicknames of `a` (null when the table does not know `a`). */
export function nicknamesOf(a: string): ReadonlySet<string> | null {
  const known = nickMemo.get(a);
  if (known !== undefined) return known;
  const t = NICKNAME_TABLE;
  const set = new Set<string>();
  // Lines are "formal:nick,nick"; a name with a separator in it is no entry of the table.
  if (a !== '' && !/[:,\n]/.test(a)) {
    for (let i = t.indexOf(a); i >= 0; i = t.indexOf(a, i + 1)) {
      const before = i === 0 ? '\n' : t[i - 1];
      const after = i + a.length < t.length ? t[i + a.length] : '\n';
      if (before === '\n' && after === ':') {
        // `a` is a formal name: all its nicknames.
        const end = t.indexOf('\n', i);
        for (const n of t.slice(i + a.length + 1, end < 0 ? t.length : end).split(',')) if (n) set.add(n);
      } else if ((before === ':' || before === ',') && (after === ',' || after === '\n')) {
        // `a` is a nickname: the formal name of its line.
        const line = t.lastIndexOf('\n', i) + 1;
        set.add(t.slice(line, t.indexOf(':', line)));
      }
    }
  }
  const got = set.size > 0 ? set : null;
  if (nickMemo.size >= NICK_MEMO_MAX) nickMemo.clear();
  nickMemo.set(a, got);
  return got;
}

// Generational suffixes are not the surname ("Joseph R. Biden Jr." is a Biden): matching uses the
// name without them, the alias list keeps them.
const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
// Titles that scrapes and annotators leave inside a name ("Gen. Augusto Pinochet", "Sen. Kerry")
// say what someone is, not who: matching skips them when a name word remains.
const TITLE = new Set([
  'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'rev', 'prof', 'pres', 'sec', 'atty', 'supt', 'insp', 'det', 'amb', 'hon',
  'president', 'senator', 'governor', 'general', 'judge', 'justice', 'minister', 'premier', 'chancellor', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'imam', 'cardinal', 'bishop', 'archbishop', 'mayor', 'chairman',
]);

// Offices a title names (the titles above and the offices news writes before a name): what one
// person holds and another member of the family may not ("President Clinton" beside "his
// Democratic opponent, Hillary Rodham Clinton"), unlike a relation or a description
// ("opponent", "wife", "star"). See `untitled` in buildEntities.
const OFFICE = new Set([
  ...TITLE,
  'secretary', 'chairwoman', 'chair', 'speaker', 'leader', 'chief', 'director', 'commissioner', 'administrator', 'ambassador', 'treasurer', 'sheriff',
  'representative', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'attorney', 'prosecutor', 'ceo',
]);
// One office written in full or abbreviated ("Sen." / "Senator"; a congressman is a
// representative): an office's canonical word, for comparing the offices of two mentions.
const OFFICE_CANON: Record<string, string> = {
  sen: 'senator', rep: 'representative', congressman: 'representative', congresswoman: 'representative', gov: 'governor', gen: 'general', pres: 'president', sec: 'secretary',
  lt: 'lieutenant', col: 'colonel', capt: 'captain', cpt: 'captain', sgt: 'sergeant', maj: 'major', adm: 'admiral', cmdr: 'commander', prof: 'professor', atty: 'attorney',
  amb: 'ambassador', chairwoman: 'chairman', chair: 'chairman', councilwoman: 'councilman', supt: 'superintendent', insp: 'inspector', det: 'detective',
};
const canonOffice = (h: string): string => OFFICE_CANON[h] ?? h;

/**
 * Run-together initials inside a name are one initial each: "George H.W. Bush" is written "H. W."
 * and "HW" by other outlets, and only as two initials is it told apart from "George W. Bush"
 * letter by letter (sameMiddle). Only between the first and the last word: a leading "U.S." or a
 * trailing "N.Y." is an abbreviation that other outlets write "US", not initials.
 */
function splitInitials(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 3) return name;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i];
    if (/^(?:\p{Lu}\.){2,3}$/u.test(w) || /^\p{Lu}{2}$/u.test(w)) words[i] = [...w.replace(/\./g, '')].map((c) => `${c}.`).join(' ');
  }
  return words.join(' ');
}

/** Name words for matching: folded, particles and honorifics out (lex.ts), suffixes too, and titles when `titled` (a person's name). */
export function nameTokens(name: string, titled = true): string[] {
  // A plural possessive's apostrophe is no letter ("Workers' Party" is "Workers Party").
  const toks = ordinalDigits(rawNameTokens(splitInitials(name)).map((t) => t.replace(/['’]$/, '')).filter(Boolean));
  let a = 0;
  let b = toks.length;
  while (b - a > 1 && SUFFIX.has(toks[b - 1])) b--;
  // (Not in the name of a body or a place: "Justice Department", "General Assembly".)
  while (titled && b - a > 1 && TITLE.has(toks[a])) a++;
  return a === 0 && b === toks.length ? toks : toks.slice(a, b);
}

const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_TENS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
/** A number's ordinal suffix in digits: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
/**
 * Spelled ordinals in digits ("twentieth" → "20th", "twenty first" → "21st": the hyphen was
 * split off), so that "Twentieth Century Fox" and "20th Century Fox" are one name: outlets
 * write a company's or a unit's number either way (style books differ: AP spells out first to
 * ninth only).
 */
function ordinalDigits(toks: string[]): string[] {
  if (!toks.some((t) => /(?:st|nd|rd|th)$/.test(t))) return toks;
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const ten = TENS.indexOf(t);
    const unit = i + 1 < toks.length ? ORDINAL_UNITS.indexOf(toks[i + 1]) : -1;
    if (ten >= 0 && unit >= 0) {
      out.push(ordinalSuffix((ten + 2) * 10 + unit + 1));
      i++;
    } else if (ORDINAL_UNITS.includes(t)) out.push(ordinalSuffix(ORDINAL_UNITS.indexOf(t) + 1));
    else if (ORDINAL_TEENS.includes(t)) out.push(ordinalSuffix(ORDINAL_TEENS.indexOf(t) + 10));
    else if (ORDINAL_TENS.includes(t)) out.push(ordinalSuffix((ORDINAL_TENS.indexOf(t) + 2) * 10));
    else out.push(t);
  }
  return out;
}

/**
 * The generational suffix a name ends in ("jr", "sr", "ii", "iii", "iv"; "jnr"/"snr" folded), or
 * "" when it has none. Matching ignores it (outlets drop "Jr."), but two different suffixes are
 * two people (Ken Marlow Sr. and Ken Marlow Jr.): see suffixesAgree.
 */
export function nameSuffix(name: string): string {
  const toks = rawNameTokens(name);
  if (toks.length < 2) return '';
  const t = toks[toks.length - 1];
  if (t === 'jnr') return 'jr';
  if (t === 'snr') return 'sr';
  return SUFFIX.has(t) ? t : '';
}

/**
 * Two suffixes of one person: equal, or one of them unknown (""). A name without a suffix is not
 * taken for the father beside a "Jr." (a reading tried and dropped: on ECB+ dev writers name one
 * person both with and without "Jr.", and the split cost recall without any gain in precision).
 */
function suffixesAgree(a: string, b: string): boolean {
  return a === '' || b === '' || a === b;
}

/**
 * A one-letter spelling variant of a surname (Gonzales/Gonzalez, Petersen/Peterson): words of five
 * letters or more, same first letter, one edit apart. Not a proof of one person on its own — two
 * people's surnames can differ by one letter — so entity linking asks for more: the same given
 * name, or the same role, in one story (see buildEntities).
 */
export function oneLetterVariant(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) === 1;
}

/** Keys for finding one-letter variants without comparing all pairs: the word and each one-letter deletion. */
function deletionKeys(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * The initials an acronym of a name spells ("Food and Drug Administration" → "FDA", "Federal
 * Bureau of Investigation" → "FBI"): the first letters of its capitalised words, function words
 * left out; with and without a leading country or dotted abbreviation ("U.S. Food and Drug
 * Administration" is written "FDA" too). Hyphenated words give each part.
 */
export function initialsOf(name: string): string[] {
  const words = name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join('').toUpperCase();
  const out = [all];
  if (/^(?:\p{Lu}\.)+$|^\p{Lu}{2,3}$/u.test(words[0]) && words.length >= 3) out.push(all.slice(1));
  // "Department of Justice" is "DOJ", "Department of Defense" "DOD": the "of" may count too.
  if (/\s+of\s+\p{Lu}/u.test(name)) {
    const withOf = name
      .replace(/['’]s\b/g, '')
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w) || w === 'of')
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    if (!out.includes(withOf)) out.push(withOf);
  }
  // "Centers for Disease Control and Prevention" is "CDC": a last coordinated part may be left out.
  const and = name.lastIndexOf(' and ');
  if (and > 0) out.push(...initialsOf(name.slice(0, and)).filter((k) => !out.includes(k)));
  return out;
}

/**
 * One name word in two spellings. Words of three letters or fewer are abbreviations, initials or
 * short names where a one-letter difference is another word ("N.Y." is not "No."; "Ali" is not
 * "Alo"): they must be equal. Longer words may differ as transliterations do (lex.ts).
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) <= 3) return false;
  // A word with a figure in it is a code (a model, a flight, a document id: "NYT19", "NYT2"),
  // where every character counts; the skeleton would drop the figures.
  if (/\d/.test(a) || /\d/.test(b)) return false;
  return sameNameToken(a, b);
}

/** A word's first sound as romanisations vary it: "Kh" read as "H", "Q" as "K", "Ph" as "F" (Qarvan/Karvan). */
function initialOf(w: string): string {
  return w.replace(/^kh/, 'h').replace(/^ph/, 'f').replace(/^q/, 'k')[0] ?? '';
}

/**
 * Two spellings that are two names, not one name spelled two ways: both are words of the
 * word-vector vocabulary (80,000 frequent words of general English text, data/embeddings.bin),
 * or they begin with different letters (initialOf: a romanised "Kh" read as "H" aside). A transliteration
 * variant is rare beside the usual spelling (Tartous/Tartus, Khmeimim/Hmeimim: neither is in the
 * vocabulary), while two provinces, two planets or a name and a common word that happen to be one
 * letter apart are each frequent in their own right (Hunan/Henan, Iris/Eris, Austria/Australia)
 * and mostly differ where a letter is changed, not a vowel doubled. Used where nothing else in the
 * name pins one referent: a single-word name, or a place or organization whose other words are
 * shared by many names ("Hunan Province"/"Henan Province"). A person's given name and surname
 * check each other instead (Ahmad/Ahmed al-Sharaa: the surname agrees; see sameFullName).
 */
export function distinctSpellings(a: string, b: string): boolean {
  if (a === b) return false;
  if (initialOf(a) !== initialOf(b)) return true;
  return wordRow(a) >= 0 && wordRow(b) >= 0;
}

/** A word of everyday English or a common name: its stem is in the word prior (word-prior.ts). */
export function commonWord(w: string): boolean {
  const t = tokenize(w)[0];
  return t !== undefined && priorCount(t.stem) !== undefined;
}

/**
 * Two different surnames that are both everyday English words or common names (commonWord):
 * "Tony Hall" and "Tony Hill" are two men of one article, and a given name shared by both says
 * nothing then. A misspelt or transliterated surname is rare beside the usual spelling
 * (Gadhafi/Gaddafi, Lukashenko/Lukashenka: neither is in the word prior) and still meets.
 */
function twoCommonWords(a: string, b: string): boolean {
  return a !== b && commonWord(a) && commonWord(b);
}

/** One word of a name in two spellings, where no other word of the name vouches for it (distinctSpellings). */
function sameLoneWord(a: string, b: string): boolean {
  return a === b || (sameWord(a, b) && !distinctSpellings(a, b));
}

/**
 * Two given names of one person: the same word, a nickname of the other (Bill/William,
 * Chuck/Charles), or a transliteration variant (Ahmad/Ahmed, Sergei/Sergey) — but never two
 * different names that the nickname list knows as names (Michelle is not Michael, however close
 * the spelling: both are English given names in their own right).
 */
export function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  const na = nicknamesOf(a);
  if (na?.has(b)) return true;
  if (na && nicknamesOf(b)) return false;
  // A man's name and a woman's name are two people however close the spelling (Gabriel/Gabriela,
  // Paul/Paula): the US birth counts (given-names.ts) give each name's sex where it is nearly
  // always one.
  const sa = givenSex(a);
  const sb = givenSex(b);
  if (sa && sb && sa !== sb) return false;
  // Given names that begin with different letters are different names (Ivan/Evan, Iris/Eris),
  // though the transliteration skeleton lets an initial vowel vary; a romanised "Kh" read as "H"
  // aside. (Osama/Usama is lost that way: a false merge costs more than a split.)
  if (initialOf(a) !== initialOf(b)) return false;
  return sameWord(a, b);
}

/** Given names nearly always of one sex (given-names.ts, US birth counts), built on first use. */
let sexOfGiven: Map<string, 'm' | 'f'> | null = null;
export function givenSex(w: string): 'm' | 'f' | undefined {
  if (!sexOfGiven) {
    sexOfGiven = new Map();
    for (const n of MALE_GIVEN_NAMES.split(' ')) if (n) sexOfGiven.set(n, 'm');
    for (const n of FEMALE_GIVEN_NAMES.split(' ')) if (n) sexOfGiven.set(n, 'f');
  }
  return sexOfGiven.get(w);
}
/** Is `w` (lower case) a given name one of the name lexicons knows? */
export function knownGiven(w: string): boolean {
  return GIVEN_NAMES.has(w[0].toUpperCase() + w.slice(1)) || nicknamesOf(w) !== null || givenSex(w) !== undefined;
}

/**
 * Two spellings of one long given name, for the full-name variant merge in buildEntities
 * ("Zabiullah"/"Zabihullah"): six letters or more, the same first letter, one edit apart, and not
 * both names in their own right (the name lexicons, the nickname table or the word-vector
 * vocabulary know both: Marian/Marion, Christina/Christine are two women). A lone spelling the
 * lexicons know beside one they do not is the usual transliteration question, not two names.
 */
function variantGiven(a: string, b: string): boolean {
  if (a === b || a.length < 6 || b.length < 6 || !oneLetterVariant(a, b)) return false;
  if (knownGiven(a) && knownGiven(b)) return false;
  return !(wordRow(a) >= 0 && wordRow(b) >= 0);
}

/** Middle names agree when equal, or one is the other's initial ("R." and "Robinette"). */
function sameMiddle(a: string, b: string): boolean {
  return sameWord(a, b) || (a.length === 1 && b[0] === a) || (b.length === 1 && a[0] === b);
}

interface MentionRef {
  article: string;
  articleIndex: number;
  mention: Mention;
  /** The name as matched: the mention's text with known initials spelled out (matchForm). */
  form: string;
  tokens: string[];
  /** Generational suffix of a person's name (nameSuffix), "" for none. */
  suffix: string;
  /** Its own context names a disease (diseaseContext): the entity is one, wherever else it is typed otherwise. */
  disease?: boolean;
  /** Its own context shows a site (facilityContext): the entity is the place, unless a mention gives it a role. */
  facility?: boolean;
  /** Its own context shows a person (personalContext): a site's noun after another mention does not make the entity a place. */
  personal?: boolean;
  /** One of given names coordinated before one surname ("Jack and Jill Reeves"; coordinatedGivenNames). */
  couple?: boolean;
}

interface Cluster {
  /** Token sequence of the longest form seen, used to match further forms. */
  full: string[];
  refs: MentionRef[];
  person: boolean;
  /** Articles of the refs (kept as refs are added: no rebuild per lookup). */
  articles: Set<string>;
  /** Suffixes of the refs other than "" (a father and a son never share a cluster). */
  suffixes: Set<string>;
  /** Role heads of the refs ("general" of "Attorney General"), for one-letter surname variants. */
  roles: Set<string>;
  /** Last words of its full forms (a spelling variant adds one): what a bare surname is matched against. */
  lasts: Set<string>;
  /** Lone words that joined it as the head of its name ("Fund" of "International Monetary Fund"). */
  heads: Set<string>;
}

/**
 * A nationality or group word, not a named referent: "Iraqi", "Americans", "Shiite", and phrases
 * ending in one ("Latin American", "Shiite Muslim"). CoNLL tags them MISC and the tagger finds
 * them, but a dossier's entity list is of people, places and bodies that act: "Iraqi" in "Iraqi
 * officials said" is no entity, and as a spelling of "Iraq" it would be a false variant. Read
 * from the place lexicon's demonyms and its plural group names (whose singulars, "Sunni",
 * "Kurd", are demonyms too); a name the place lexicon knows ("Vatican", "Philippines") stays.
 */
export function isDemonymPhrase(text: string, type: EntityType): boolean {
  const t = text.replace(/['’]s$/, '').trim();
  if (PLACES.has(t)) return false;
  // A person's surname may be such a word ("Mark English"): only a lone word is dropped then.
  if (type === 'person' && t.includes(' ')) return false;
  const last = t.slice(t.lastIndexOf(' ') + 1);
  return COUNTRY_OF_DEMONYM.has(last) || DEMONYM_PLURALS.has(last) || DEMONYM_PLURALS.has(`${last}s`);
}

/**
 * Layout, not a referent: a photo or illustration credit ("New York Times Photo", "Jane
 * Doe/Agency Photo": a credit line joins photographer and agency with a slash, and prose never
 * writes a name with one) and a postal box ("P.O. Box 4689": the name of an address line, which
 * a number follows). Captions and trailers are kept in the cleaned text, so the tagger reads
 * them, but the entity list is of the story's actors and places.
 */
export function isCreditOrAddress(text: string, after: string): boolean {
  if (/\S\/\S/.test(text) || /\b(?:Photos?|Photograph|Illustration|Graphic)\b/.test(text)) return true;
  return /\bBox$/.test(text) && /^,?\s*\d/.test(after);
}

/**
 * A hyphenated modifier, not a name: a compound whose last part is a lower-case word
 * ("Washington-based", "Democratic-led", "Taliban-run", "House-passed", "COVID-vaccine").
 * English makes such adjectives from a name and a participle or noun; the phrase they sit in is
 * about something else ("a Washington-based group"), so they found no entity of their own.
 */
export function isHyphenModifier(text: string): boolean {
  // One word only, and the lower-case part an everyday word: a romanised given name is
  // hyphenated too ("Chiu Kuo-cheng", "Moon Jae-in"), with syllables that are no English words.
  const m = /^[^\s]+[-‐‑](\p{Ll}{3,})$/u.exec(text.trim());
  return m !== null && commonWord(m[1]);
}

/**
 * A document's number, not a referent: abbreviations alone before a figure ("H.R. 1234", "S. 5",
 * "H. Res. 12", "S. Con. Res. 3"). US bills and resolutions are cited by the chamber's
 * abbreviation and a number; the tagger sees capitals with dots and types them a place or a
 * person, but the number names the bill, and "H.R." or "S." as an entity only clutters the list
 * (and as a lone "S." it would meet any other initial). Abbreviations only (each word one to
 * three letters with a dot, or a bare capital pair such as "HR"): "Route 66" or "Apollo 11" are
 * names with a number and stay.
 */
export function isDocumentNumber(text: string, after: string): boolean {
  return /^(?:\p{Lu}\p{Ll}{0,2}\.\s?)*(?:\p{Lu}\p{Ll}{0,2}\.?|\p{Lu}{2})$/u.test(text.trim()) && /^\.?\s?\d/.test(after) && /\./.test(text + after[0]);
}

/**
 * Lower-case nouns of a site or building right after a name that make the name the site's: news
 * names a prison, an airport, a stadium, a shrine or a dam by the place it stands in ("Abu Ghraib
 * prison", "Bagram airfield", "Aswan dam"; CoNLL tags such names LOC). Not the nouns a person's
 * surname premodifies too ("the Trump camp", "the Mandela hospital stay", "the bin Laden
 * compound"): only sites no one's entourage, stay or home is called.
 */
const FACILITY_AFTER = /^\s(?:prison|jail|penitentiary|airport|airfield|airbase|stadium|mosque|shrine|cemetery|refinery|dam|reactor|checkpoint|detention\s(?:center|centre|facility|camp))\b/;

/**
 * The mention's own context shows a site ("Abu Ghraib prison"): a name typed a person, with no
 * title or role, right before a site's noun (FACILITY_AFTER). The tagger and the rules read
 * "Abu Ghraib" as a person by its first word (a given name, Arabic "father of"); the site noun
 * says it is the place (see toEntity, which types the entity so when no mention of it has a role).
 */
export function facilityContext(m: Mention, after: string): boolean {
  return m.type === 'person' && !m.role && FACILITY_AFTER.test(after);
}

/** Lower-case nouns after a name that make the name a disease or pathogen ("West Nile virus", "Lyme disease"). */
const DISEASE_AFTER = /^\s(?:virus|viruses|fever|disease|syndrome|flu|influenza|encephalitis|strain|variant|bacteria|bacterium)\b/;
/**
 * Contexts in which only an illness stands (an infection or a pandemic is no place's or body's):
 * "died of X", "vaccinated against X", "tested positive for X", "hospitalized with X",
 * "severe X"; "X pandemic", "X symptoms", "X infections", "X patients". Not "X vaccine" or
 * "X cases": a vaccine is named after its maker ("the Moderna vaccine") and cases are counted
 * by place ("Florida cases").
 */
const DISEASE_BEFORE = /\b(?:(?:died|dies|die|dying|death|deaths|ill|sick|sickened|infected|infection|vaccinated|inoculated|immuni[sz]ed|protection|recovered|recovering|hospitali[sz]ed|positive|negative|complications|suffering)\s(?:of|from|with|against|for)|severe|mild)\s$/i;
const DISEASE_NOUN_AFTER = /^\s(?:pandemic|epidemic|outbreak|symptoms|infections?|patients)\b/;

/** The mention's own context makes it an illness (see DISEASE_BEFORE); never a name a place or organization lexicon knows, nor a person. */
export function diseaseContext(m: Mention, before: string, after: string): boolean {
  if (m.type === 'person' && !/[-\d]/.test(m.text)) return false;
  const t = m.text.replace(/['’]s$/, '');
  if (PLACES.has(t) || ORGANIZATIONS.has(t)) return false;
  return DISEASE_BEFORE.test(before) || DISEASE_NOUN_AFTER.test(after);
}

/**
 * The state a US state's AP abbreviation stands for ("Calif." → "California"), or null: the
 * mention is a place-lexicon abbreviation (US_STATE_OF_ABBREVIATION) written with its full stop,
 * typed a place or written after a comma as news places a town's state ("Fresno, Calif."). The
 * full stop and the place reading keep a surname ("Dr. Doyt Conn", "Conn said") and "La Nina"
 * out.
 */
export function stateOf(m: Mention, before: string, after: string): string | null {
  const dotted = m.text.endsWith('.');
  const state = US_STATE_OF_ABBREVIATION.get(dotted ? m.text.slice(0, -1) : m.text);
  if (!state || !(dotted || after === '.')) return null;
  return m.type === 'place' || /,\s$/.test(before) ? state : null;
}

/** Head nouns of institutions named after a person ("Patrick Henry College", "John Jay School"). */
const NAMESAKE_HEADS = new Set(['College', 'University', 'School', 'Academy', 'Institute', 'Foundation', 'Hospital', 'Center', 'Centre', 'Library', 'Museum', 'Society', 'Fund', 'Prize']);
/** What tells a person and not the body named after them: a role or description after a comma, or "named for/after" before. */
const PERSON_AFTER = /^['’]?s?,\s+(?:the|a|an|who|whose)\b/;
const NAMED_FOR_BEFORE = /\b(?:named|called)\s+(?:for|after)\s$/;

/**
 * "Patrick Henry College … schools like Patrick Henry": a body named after a person (a full
 * name, given name first, before an institution's head noun) is referred to by the person's
 * name alone in the article that names it, and the tagger, seeing a full name, types that a
 * person; matched by name, it joined the person the body is named after (the orator quoted in
 * another report). One sense per discourse (Gale, Church & Yarowsky 1992): in an article that
 * names the body, the bare name is the body, read as that body's name, unless the person is
 * marked as one there (a role, an apposition or relative clause after a comma, "named for").
 * Another article's bare name is left as it is.
 */
function namesakeBodies(own: MentionRef[], text: string): void {
  const bodies = new Map<string, MentionRef>();
  for (const r of own) {
    if (r.mention.type !== 'organization') continue;
    const words = r.mention.text.replace(/^The\s+/, '').split(/\s+/);
    if (words.length >= 3 && NAMESAKE_HEADS.has(words[words.length - 1]) && knownGiven(words[0].toLowerCase()) && words.slice(1, -1).every((w) => /^\p{Lu}/u.test(w))) bodies.set(words.slice(0, -1).join(' '), r);
  }
  if (bodies.size === 0) return;
  for (const r of own) {
    if ((r.mention.type !== 'person' && r.mention.type !== 'organization') || r.mention.role) continue;
    const body = bodies.get(r.mention.text.replace(/['’]s$/, ''));
    if (!body) continue;
    if (PERSON_AFTER.test(text.slice(r.mention.end, r.mention.end + 12)) || NAMED_FOR_BEFORE.test(text.slice(Math.max(0, r.mention.start - 16), r.mention.start))) {
      // (The tagger's one sense per discourse may have typed the person the body there too.)
      if (r.mention.type === 'organization') {
        r.mention = { ...r.mention, type: 'person' };
        r.form = personForm(r.mention.text);
        r.tokens = nameTokens(r.form);
        r.suffix = nameSuffix(r.mention.text);
      }
      continue;
    }
    r.mention = { ...r.mention, type: 'organization' };
    r.form = body.form;
    r.tokens = body.tokens;
    r.suffix = '';
  }
}

/** A dotted title of office glued to a capitalised name, then a second name word ("Gov.Sarah Palin"). */
const GLUED_TITLE = /^(?:\p{L}+\s)?(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms|Prof)\.(?=\p{Lu}\p{Ll}+\s\p{Lu})/u;
/** Generic head nouns of a political body's name, whose proper word alone names it too ("Virtue" of "Virtue Party"; see partyOf in buildEntities). */
const PARTY_HEADS = new Set(['party', 'movement', 'front', 'alliance', 'league', 'bloc', 'coalition']);
/** Administrative head nouns of a region's or a department's name that name no second place or body ("Hatay Province" is Hatay, "Treasury Department" the Treasury). */
const REGION_HEADS = new Set(['province', 'governorate', 'oblast', 'prefecture', 'region', 'krai', 'department', 'ministry']);
/** A title of office right after a name ("New York Gov.", "Ohio Sen.", "Texas Attorney General"). */
const TITLE_AFTER = /^\s(?:Gov|Sen|Rep|Lt|Atty|Gen)\.|^\s(?:Governor|Senator|Mayor|Attorney General|Lieutenant Governor|Secretary of State|Congressman|Congresswoman|Representative|Delegate)\b/;
/** A head of government's tenure right after a surname ("Trump| administration", "Obama| presidency"). */
const TENURE_AFTER = /^\s(?:administration|presidency)\b/;
/** A locative preposition right before a name ("on Capitol Hill", "in Foggy Bottom"). */
const LOCATIVE_BEFORE = /\b(?:on|in|at|near|outside|inside|around|across)\s$/;
/** "the", "a" or "an" right before a name, as a word of its own (see byGiven in buildEntities). */
const DETERMINER_BEFORE = /(?:^|[^\p{L}\d'’-])(?:the|an?|The|An?)\s$/u;

/**
 * A mention's type read from its own context where the annotator's type is one the context rules
 * out, so that the entity's type (the majority of its mentions, toEntity) is right:
 * - a name compounded with a disease noun names the disease or its pathogen ("West Nile virus",
 *   "Zika fever"), not the place it was named after: "other";
 * - a name of several words typed a person, with no title before it and a first word no given
 *   name list knows, after a locative preposition ("on Capitol Hill", "at Foggy Bottom"), is a
 *   place: people are not "on" or "in" anyone, and a person's full name opens with a given name.
 */
export function contextType(m: Mention, before: string, after: string): EntityType {
  // (Not a person: "Lou Gehrig's disease" keeps its possessive, and a person is rarely a compound.)
  if ((m.type === 'place' || m.type === 'organization') && DISEASE_AFTER.test(after)) return 'other';
  // A place's name before a title of office ("New York Gov. Ann Roe", "Ohio Sen. Al Vell") is
  // the place the office is of: the tagger reads the pair as a body's name and types it so.
  if (m.type === 'organization' && PLACES.has(m.text) && !ORGANIZATIONS.has(m.text) && TITLE_AFTER.test(after)) return 'place';
  // "JFK Jr.", "Kennedy Sr.": "Jr." and "Sr." after a name mark a generation of a family, and
  // only people have generations (a roman numeral may number a war, a ship or a sequel, so it
  // is left out). The tagger types "JFK Jr." a body, as it types the airport "JFK".
  if (m.type !== 'person' && /\S\s+(?:Jr|Sr|Jnr|Snr)\.?$/.test(m.text.trim())) return 'person';
  if (m.type === 'person' && !m.role && /\s/.test(m.text.trim())) {
    const first = m.text.trim().split(/\s+/)[0];
    if (GIVEN_NAMES.has(first) || nicknamesOf(first) || /^\p{Lu}\.$/u.test(first)) return m.type;
    if (LOCATIVE_BEFORE.test(before)) return 'place';
    // "Chula Vista, California": a name followed by a comma and the state or country it lies
    // in is a town (news writes places so, and people are not placed that way).
    const inside = /^,\s(\p{Lu}[\p{L}.]+(?:\s\p{Lu}\p{L}+)?)/u.exec(after);
    if (inside && PLACES.has(inside[1]) && !/\s(?:said|says|told)\b/.test(after.slice(inside[0].length, inside[0].length + 8))) return 'place';
    // "Kata'ib Hezbollah (KH)": the initials in brackets after a name introduce the acronym a
    // body is known by; people are not introduced with their initials.
    const acr = /^\s\((\p{Lu}{2,6})\)/u.exec(after);
    if (acr && initialsOf(m.text).includes(acr[1])) return 'organization';
  }
  return m.type;
}

/**
 * Length of an English hyphenated prefix that qualifies a name from outside ("ex-", "then-",
 * "anti-", "pro-", "mid-": "then-President Ann Roe", "ex-Justice Department", "mid-March"): the
 * referent is the name after it. 0 when there is none.
 */
export function lowerPrefixLength(text: string): number {
  // English prefixes and time adverbs only: a name's own particle stays ("al-Hadid", "de-").
  const m = /^(?:ex|then|now|once|former|pre|post|anti|pro|non|mid|neo|pseudo|quasi|semi|all|pan|trans|would-be)[-‐‑](?=\p{Lu})/u.exec(text);
  if (m) return m[0].length;
  // A hyphenated modifier before the name ("Democratic-led House", "Moscow-backed Donetsk").
  const w = /^(\S+)\s+(?=\p{Lu})/u.exec(text);
  return w && isHyphenModifier(w[1]) ? w[0].length : 0;
}

/**
 * Where the last conjunct of a coordinated person mention begins ("Darren and Eamon Molloy" →
 * "Eamon Molloy"), 0 when the name is no coordination. Two given names before one surname are
 * two people: read whole, the mention matched both brothers' full names and merged them. The
 * first conjunct has no span of its own ("Darren" shares the surname only by ellipsis), so only
 * the last is linked.
 */
export function lastConjunct(text: string): number {
  const m = /^.*\s(?:and|&|or)\s+(?=\p{Lu})/u.exec(text);
  return m ? m[0].length : 0;
}

/** A title or honorific right before a name ("Rep. ", "Mr. ", "Senator "): what follows is a surname. */
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}{0,3}\.|Mr|Mrs|Ms|Dr|President|Senator|Governor|Representative|Congressman|Congresswoman|Mayor|Judge|Justice|Minister|General|Colonel|Captain|Chancellor|Premier)\s+$/u;
/** A relative of someone else introduced right before a name ("her parents, …", "his son"). */
const KIN_BEFORE = /(?:^|[^\p{L}])(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+)?(?:father|mother|parents?|sons?|daughters?|wife|husband|brothers?|sisters?|siblings?|child|children|grand(?:father|mother|son|daughter|parents)|uncle|aunt|nephew|niece|cousin|widow|widower|step(?:father|mother|son|daughter))\s*,?\s*$/u;

/** A kin noun in apposition after a name ("Jean Maple, her mother,", "Jean Maple, Karen's mother"). */
const KIN_AFTER = /^\s*,\s+(?:his|her|their|the|[\p{Lu}][\p{L}-]*['’]s?)\s+(?:[\p{L}-]+\s+)?(?:father|mother|parents?|sons?|daughters?|wife|husband|brothers?|sisters?|siblings?|child|children|grand(?:father|mother|son|daughter|parents)|uncle|aunt|nephew|niece|cousin|widow|widower|step(?:father|mother|son|daughter))\b/u;
/**
 * A kin noun whose "of" phrase ends right before a name in apposition ("The father of one of the
 * murdered men, Eamon Hickey"): the name is a relative of someone the sentence names or points to.
 */
const KIN_OF_BEFORE = /(?:^|[^\p{L}])(?:father|mother|parents?|sons?|daughters?|wife|husband|brothers?|sisters?|siblings?|grand(?:father|mother|son|daughter|parents)|uncle|aunt|nephew|niece|cousin|widow|widower|step(?:father|mother|son|daughter))\s+of\s+[^.;:,]{1,60},\s*$/iu;
/** A preposition of what is talked of right before a name, titles between ("about former Gov. X", "named for X"). */
const TOPIC_BEFORE = /(?:^|[^\p{L}])(?:about|of|for|after|like|than)\s+(?:(?:the|late|former|\p{Lu}[\p{L}.]*)\s+){0,3}$/u;
/** A kin noun after a name's possessive right before a name ("Karen Maple's mother, Jean Maple"). */
const KIN_OF_NAME_BEFORE = /\p{L}['’]s?\s+(?:[\p{L}-]+\s+)?(?:father|mother|parents?|sons?|daughters?|wife|husband|brothers?|sisters?|siblings?|child|children|grand(?:father|mother|son|daughter|parents)|uncle|aunt|nephew|niece|cousin|widow|widower|step(?:father|mother|son|daughter))\s*,?\s*$/u;

/**
 * A relative coordinated with the person whose relative it is ("Senator Halvard Brisk and his son
 * Pello Brisk arrived"): both act in the sentence, so the relative is a namesake of equal rank for
 * the paragraph anchor, not one introduced in passing (see paragraphAnchor).
 */
const KIN_COORDINATED_BEFORE = /(?:^|[^\p{L}])(?:and|or)\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+)?(?:father|mother|parents?|sons?|daughters?|wife|husband|brothers?|sisters?|siblings?|child|children|grand(?:father|mother|son|daughter|parents)|uncle|aunt|nephew|niece|cousin|widow|widower|step(?:father|mother|son|daughter))\s*,?\s*$/iu;

/**
 * Given names coordinated before one surname are as many people of that surname: "Jack and Jill
 * Reeves", "Connie and Howard Clery" (the parents of a story's subject), whether the annotator
 * gave the first given name a mention of its own ("Jack" | "Jill Reeves") or read the whole as
 * one (its first conjunct added in buildEntities). Read alone, "Jack" became a person of no
 * surname and the article held one Reeves only, so the subject's bare "Reeves" went to her
 * mother. The first conjunct takes the surname of the last (its full name by ellipsis) and both
 * are marked `couple`: a bare surname beside them is ambiguous (see the bare-surname loop).
 * Only where both words are given names the name lexicons know, and the first is no surname of a
 * person its article names in full ("Pierre Thomas … Thomas and Reggie Bush": two players).
 */
function coordinatedGivenNames(own: MentionRef[], text: string): void {
  const surnames = new Set(own.filter((r) => r.mention.type === 'person' && r.tokens.length >= 2).map((r) => r.tokens[r.tokens.length - 1]));
  const byStart = [...own].sort((x, y) => x.mention.start - y.mention.start);
  const titledAlone = new Set(own.filter((r) => r.tokens.length === 1 && TITLE_BEFORE.test(text.slice(Math.max(0, r.mention.start - 24), r.mention.start))).map((r) => r.tokens[0]));
  for (let i = 0; i + 1 < byStart.length; i++) {
    const p = byStart[i];
    const q = byStart[i + 1];
    if (q.mention.type !== 'person' || q.tokens.length < 2 || q.suffix || p.tokens.length !== 1 || p.couple) continue;
    // (Whatever the tagger typed the lone word, "Brent" of "Brent and Kerry Orloff" read as the
    // crude oil's body, unless a lexicon knows it as a place or a body: "Jordan and Rania …".)
    if (p.mention.type !== 'person' && (PLACES.has(p.mention.text) || ORGANIZATIONS.has(p.mention.text))) continue;
    if (!/^\s+(?:and|&)\s+$/.test(text.slice(p.mention.end, q.mention.start))) continue;
    // (Not a possessive first conjunct, "Jack's and Jill Reeves's"; not "Thomas and Reggie Bush".)
    if (/['’]/.test(p.mention.text) || surnames.has(p.tokens[0]) || !knownGiven(p.tokens[0]) || !knownGiven(q.tokens[0])) continue;
    // (Nor a word the article titles alone elsewhere, "Rep. Paul … Paul and Rick Santorum": a
    // title goes before a surname, so the word is another person's surname there.)
    if (titledAlone.has(p.tokens[0])) continue;
    // (Nor the given name of a person the article names in full with another surname: "Maria
    // Santos … Maria and Helen Dunmore" is Santos beside Helen Dunmore, not a Maria Dunmore.)
    if (own.some((r) => r.mention.type === 'person' && r.tokens.length >= 2 && r.tokens[0] === p.tokens[0] && r.tokens[r.tokens.length - 1] !== q.tokens[q.tokens.length - 1])) continue;
    const last = q.tokens[q.tokens.length - 1];
    p.tokens = [p.tokens[0], last];
    p.form = `${p.mention.text} ${q.form.split(/\s+/).pop()}`;
    p.mention = { ...p.mention, type: 'person' };
    p.couple = true;
    q.couple = true;
  }
}

/**
 * Position `pos` opens its sentence (only quotes, brackets or dashes before it in the sentence),
 * or a clause inside it: after a colon, or a quote opened after a colon or a comma ("…
 * Democrats: Wokeness is …", "wrote, “Downtown is …"), where English capitalises by position
 * too (the same clause starts as the mention finder's, src/annotate/mentions.ts).
 */
function opensSentence(a: AnnotatedArticle, pos: number): boolean {
  if (/(?::\s+["“]?|[:,]\s*["“])$/.test(a.text.slice(Math.max(0, pos - 4), pos))) return true;
  const s = sentenceAt(a.sentences, pos);
  return s ? !/[\p{L}\p{N}]/u.test(a.text.slice(s.start, pos)) : pos === 0;
}

/**
 * A capital by position only: an entity whose every mention is one word at the start of a
 * sentence, where English capitalises any word ("Sometimes", "Exile", "Safe"), and whose
 * word is an everyday English word (commonWord: among the 20,000 most frequent stems of the word
 * prior) that no name lexicon knows (places, organizations, given names) and no article writes
 * capitalised elsewhere (that would be a name: "Hope" the town mid-sentence). Acronyms and
 * words with inner capitals are names. A name met only at sentence starts and never in full
 * ("Trump said …" opening each sentence of a story that never gives a first name) is lost this
 * way; that is the price of a list without junk.
 */
function positionalCapital(refs: MentionRef[], byId: Map<string, AnnotatedArticle>): boolean {
  for (const r of refs) {
    const t = r.mention.text.replace(/['’]s$/, '');
    if (r.tokens.length !== 1 || /\s/.test(t) || !/^\p{Lu}\p{Ll}+$/u.test(t)) return false;
    const a = byId.get(r.article);
    // Also a common noun capitalised as the label of a numbered item ("Phase 3", "Level 4",
    // "Stage 2"): the number, not the word, names it.
    if (!a || !(opensSentence(a, r.mention.start) || /^\s\d/.test(a.text.slice(r.mention.end, r.mention.end + 2)))) return false;
    if (PLACES.has(t) || ORGANIZATIONS.has(t) || GIVEN_NAMES.has(t) || !commonWord(t.toLowerCase())) return false;
  }
  return true;
}

/** Lexicon initials and the one lexicon name each spells ("UN" → "United Nations"); built on first use. */
let lexiconInitials: Map<string, string> | null = null;
function spelledOut(acr: string): string | undefined {
  if (!lexiconInitials) {
    lexiconInitials = new Map();
    const seen = new Map<string, string | null>();
    for (const lex of [PLACES, ORGANIZATIONS]) {
      for (const name of lex) {
        if (!name.includes(' ')) continue;
        for (const k of initialsOf(name)) {
          // Only initials the same lexicon lists as a name ("US" and "United States" are both
          // places), and only one name per initials (else the initials decide nothing).
          if (!lex.has(k)) continue;
          const was = seen.get(k);
          seen.set(k, was === undefined || was === name ? name : null);
        }
      }
    }
    for (const [k, v] of seen) if (v) lexiconInitials.set(k, v);
  }
  return lexiconInitials.get(acr);
}

/**
 * The form of a place's or organization's name that matching reads: initials inside a longer
 * name spelled out when the lexicons list both the initials and the one name they spell ("UN
 * General Assembly" is "United Nations General Assembly", "U.S. Food and Drug Administration"
 * "United States Food …"), and a government body's "X of Y" read as "Y X" ("Department of
 * Justice" is the "Justice Department", "Ministry of Defence" the "Defence Ministry": English
 * names such bodies both ways). The alias list keeps the text as written.
 */
/** A government body named "X Department" (matchForm's reading of "Department of X"). */
const GOVERNMENT_BODY = /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})\s+(Department|Ministry|Office|Bureau|Secretariat)$/u;

/** "Department of X" for a body named "X Department" (so its initials can be read), else "". */
function bodyOf(text: string): string {
  const m = GOVERNMENT_BODY.exec(text);
  return m ? `${m[2]} of ${m[1]}` : '';
}

/** "Department of State": an office named by what it is of (read the other way round by matchForm). */
const DEPARTMENT_OF = /^(?:The\s+)?(Department|Ministry|Office|Bureau|Secretary|Secretariat)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})$/u;

/** Letters, a hyphen, digits: one word ("G-7", "F-16"), never across a space. */
const ALNUM_HYPHEN = /(?<![\p{L}\d-])(\p{L}{1,6})[-‑](\d{1,4})(?![\p{L}\d-])/gu;

/** A person's name as matching reads it: "COVID-19" typed a person in a headline still meets the illness's "COVID19" (see matchForm). */
function personForm(text: string): string {
  return text.replace(ALNUM_HYPHEN, '$1$2');
}

export function matchForm(text: string): string {
  let out = text;
  if (/\s/.test(out.trim())) {
    out = out.replace(/(?<![\p{L}.])((?:\p{Lu}\.){2,4}|\p{Lu}{2,4})(?![\p{L}.’'-])/gu, (w) => spelledOut(w.replace(/\./g, '')) ?? w);
  }
  // "G7" and "G-7", "F16" and "F-16", "COVID19" and "COVID-19": a hyphen between the letters
  // and the number of one alphanumeric name is a house-style choice, not part of the name, so
  // matching reads the word without it (the alias list keeps each spelling).
  out = out.replace(ALNUM_HYPHEN, '$1$2');
  const inv = compiledOnce(DEPARTMENT_OF).exec(out);
  if (inv) return `${inv[2]} ${inv[1]}`;
  // The same with the country or place the body serves before it ("U.S. Department of
  // Education", spelled out above as "United States Department of …", is the "U.S. Education
  // Department"): only a place the lexicon knows, so a body's own words ("Federal Bureau of
  // Investigation") are never turned round.
  const owned = compiledOnce(OWNED_DEPARTMENT_OF).exec(out);
  return owned && PLACES.has(owned[1]) ? `${owned[1]} ${owned[3]} ${owned[2]}` : out;
}
/** "<place> Department of X" (see matchForm). */
const OWNED_DEPARTMENT_OF = /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})\s+(Department|Ministry|Office|Bureau|Secretariat)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})$/u;

/**
 * The form of a body's or a place's name that matching reads, beyond matchForm: "City of
 * Palmer" is Palmer, and a body named with the country or place it serves ("Central Election
 * Commission of Turkmenistan", "Supreme Court of Ghana") is the body the story's other reports
 * name without it: a story is about one country's commission. Only a name of two capitalised
 * words or more before "of" (so "Bank of America" or "University of Texas" stay whole) and only
 * for a body (the "Democratic Republic of Congo" is a place in its own right).
 */
export function ownForm(form: string, type: EntityType): string {
  // "Kurdish Workers Party", "Kurdistan Workers Party", "Kurdistan Worker's Party": a body's
  // name is written with the country or its adjective, and a possessive singular or plural, by
  // different outlets; matching reads the country and the plural (the alias list keeps each).
  if (type === 'organization' && /\s/.test(form)) {
    // "Advisory Committee on …" and "Advisory Committee for …": reports join a body's head
    // word to its field with whichever preposition they recall; matching reads "of" for both
    // (the alias list keeps each). Two bodies told apart by the preposition alone are rarer
    // than the slip.
    form = form.replace(/(?<=\p{L}) (?:for|on) (?=\p{Lu})/gu, ' of ');
    form = form
      .split(' ')
      .map((w) => COUNTRY_OF_DEMONYM.get(w) ?? w)
      .join(' ')
      .replace(/(\p{Ll})(?:['’]s|s['’])(?=\s)/gu, '$1s');
  }
  const city = /^(?:The\s+)?(?:City|Town|Village)\s+of\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})$/u.exec(form);
  if (city) return city[1];
  if (type !== 'organization') return form;
  const of = form.lastIndexOf(' of ');
  if (of < 0) return form;
  const place = form.slice(of + 4).replace(/^the\s+/, '');
  const body = form.slice(0, of).replace(/^The\s+/, '');
  const words = body.split(/\s+/);
  return PLACES.has(place) && words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || w === 'and' || w === 'for') ? body : form;
}

/** Longest line read as a headline (characters). */
const HEADLINE_MAX = 300;

/**
 * Whether the line around `pos` is a headline in Title Case: three or more words of four letters
 * or more, most of them capitalised, and no closing full stop (as ner/casing.ts reads headlines).
 */
function inHeadline(text: string, pos: number): boolean {
  // Read within HEADLINE_MAX characters either side only: a long text without line breaks must
  // not be scanned once per mention.
  const lo = Math.max(0, pos - HEADLINE_MAX);
  const before = text.slice(lo, pos);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && lo > 0) return false;
  const start = lo + nl + 1;
  const after = text.slice(pos, pos + HEADLINE_MAX);
  const nr = after.indexOf('\n');
  if (nr < 0 && pos + HEADLINE_MAX < text.length) return false;
  const end = nr < 0 ? text.length : pos + nr;
  if (end - start > HEADLINE_MAX) return false;
  const line = text.slice(start, end);
  const long = line.match(/[\p{L}'’-]{4,}/gu) ?? [];
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length >= 3 && caps / long.length >= 0.7 && !/[.!?]["'”’]?\s*$/.test(line);
}

/**
 * In a Title Case headline every word is capitalised, so a name runs on into the verb and the
 * nouns after it ("Obama Overturns", "Microsoft Releases Critical Patch", "Sixers Hire"): the
 * tagger cannot tell where the name ends. A headline mention whose form the story never writes
 * in prose, that begins with a form the story does write in prose ("Obama", "Microsoft"), and
 * whose remaining words occur in no prose name of the story, is cut to that prose form. Only the
 * longest such prefix; a headline name the prose also writes ("Kansas City Chiefs") stays whole,
 * and so does one whose tail is a name of the story ("Colts Beat Chiefs" when "Chiefs" is one).
 */
function trimHeadlineTails(refs: MentionRef[], articleText: Map<string, string>): void {
  const heads: MentionRef[] = [];
  const prose = new Set<string>();
  const proseWords = new Set<string>();
  for (const r of refs) {
    if (inHeadline(articleText.get(r.article) ?? '', r.mention.start)) heads.push(r);
    else {
      prose.add(r.mention.text);
      for (const w of r.mention.text.split(/\s+/)) proseWords.add(w);
    }
  }
  for (const r of heads) {
    const words = r.mention.text.split(' ');
    if (words.length < 2 || prose.has(r.mention.text)) continue;
    // The longest prose form the mention begins with, else the longest it ends with ("Tops
    // Drake": a verb before the name), the words cut off naming nothing of the story.
    let cut: { start: number; text: string } | null = null;
    for (let k = words.length - 1; k >= 1 && !cut; k--) {
      const head = words.slice(0, k).join(' ');
      if (prose.has(head) && !words.slice(k).some((w) => proseWords.has(w))) cut = { start: r.mention.start, text: head };
    }
    for (let k = 1; k < words.length && !cut; k++) {
      const tail = words.slice(k).join(' ');
      if (prose.has(tail) && !words.slice(0, k).some((w) => proseWords.has(w))) cut = { start: r.mention.end - tail.length, text: tail };
    }
    if (!cut) continue;
    const m: Mention = { ...r.mention, start: cut.start, end: cut.start + cut.text.length, text: cut.text };
    r.mention = m;
    r.form = m.type === 'person' ? personForm(m.text) : ownForm(matchForm(m.text), m.type);
    r.tokens = nameTokens(r.form, m.type !== 'organization' && m.type !== 'place');
    r.suffix = m.type === 'person' ? nameSuffix(m.text) : '';
  }
}

export interface EntityIndex {
  entities: Entity[];
  /** Entity id of the mention covering [start, end) in an article (any overlap), or null. */
  at(article: string, start: number, end: number): string | null;
  /** Entity id for a name as written ("Sharaa", "Mr. Putin"), preferring entities of `article`. */
  byName(name: string, article?: string): string | null;
  get(id: string): Entity | undefined;
}

/**
 * Full names agree when given names agree (sameGiven: nicknames yes, two different names never),
 * last names agree, and middle names, where both have some, are the same in the same order
 * ("George H. W. Bush" is not "George W. Bush"; "Joe Biden" is "Joseph R. Biden Jr.").
 */
function sameFullName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  // A compound surname without the first name ("Boone Isaacs" of "Cheryl Boone Isaacs"), or a
  // name used without its first initial ("Paul Bremer" of "L. Paul Bremer"); see tailName.
  if (tailName(a, b)) return true;
  return givenAndSurname(a, b);
}

/** The shorter of two names is the longer's last words ("Boone Isaacs" of "Cheryl Boone Isaacs", "Paul Bremer" of "L. Paul Bremer"). */
function tailName(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 2 && short.length < long.length && short.every((t, i) => sameWord(t, long[long.length - short.length + i]));
}

/** Full names that agree given name to given name (sameFullName without the tail reading). */
function givenAndSurname(a: string[], b: string[]): boolean {
  const la = a[a.length - 1];
  const lb = b[b.length - 1];
  if (!sameGiven(a[0], b[0]) || !sameWord(la, lb) || twoCommonWords(la, lb)) return false;
  const ma = a.slice(1, -1);
  const mb = b.slice(1, -1);
  if (ma.length === 0 || mb.length === 0) return true;
  if (ma.length === mb.length) return ma.every((t, i) => sameMiddle(t, mb[i]));
  // A longer chain of names may leave out whole names ("Abdel Basset Ali al-Megrahi" /
  // "Abdel Basset Megrahi": Arabic names drop a father's name), never an initial: "George H. W.
  // Bush" is not "George W. Bush".
  const [fewer, more] = ma.length < mb.length ? [ma, mb] : [mb, ma];
  let k = 0;
  for (const t of more) {
    if (k < fewer.length && sameMiddle(fewer[k], t)) k++;
    else if (t.length === 1) return false;
  }
  return k === fewer.length;
}

/** Word by word the same name; the first word as a given name (Michelle Korvan is not Michael Korvan). */
function tokensEqual(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => (i === 0 && a.length > 1 ? sameGiven(t, b[i]) : sameWord(t, b[i]) && !twoCommonWords(t, b[i])));
}

/**
 * Word by word the same name of a place or organization: a word spelled differently must not be
 * two names in their own right (sameLoneWord), since the other words of such names ("Province",
 * "Party", "Air Base") are shared by many names and vouch for nothing.
 */
function thingTokensEqual(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => sameLoneWord(t, b[i]));
}

/**
 * The head noun of a body's name as matching reads it (ownForm has made "for"/"on" "of"): the
 * word before its first "of" ("university" of "University of Minnesota", "committee" of
 * "Advisory Committee of Immunization Practices"), else its last word ("fund" of "International
 * Monetary Fund"). English names a body by a head noun and its modifiers, and the complement
 * after "of" is what the body is of (a place, a field), not the body: a word of the complement
 * used alone names that place or field.
 */
export function headOf(tokens: string[]): string {
  const k = tokens.indexOf('of');
  return k >= 1 ? tokens[k - 1] : tokens[tokens.length - 1];
}

/** The sex an honorific marks ("Mrs." female, "Mr." male), undefined for none or another role. */
function honorificSex(m: Mention): 'm' | 'f' | undefined {
  const t = m.role?.text.trim().replace(/\.$/, '');
  if (!t) return undefined;
  if (/^(?:Mrs|Ms|Miss|Mme|Madam|Madame|Dame|Lady)$/.test(t)) return 'f';
  if (/^(?:Mr|Sir|Lord)$/.test(t)) return 'm';
  // A kin word used as a title marks sex as an honorific does ("Grandma Holt" is the woman of the
  // Holts, "Uncle Pell" the man): a family's or a town's way of naming someone.
  if (/^(?:Grandma|Granny|Grandmother|Aunt|Auntie|Mom|Mum|Mother)$/.test(t)) return 'f';
  if (/^(?:Grandpa|Grandad|Granddad|Grandfather|Uncle|Dad|Father)$/.test(t)) return 'm';
  return undefined;
}

/** Honorifics say how to address someone, not which office they hold: no role for matching. */
const NOT_ROLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'mme', 'messrs', 'the', 'former', 'late']);

/** The head word of a mention's role ("general" of "Attorney General", "" for "Mr." or none). */
function roleHead(m: Mention): string {
  if (!m.role) return '';
  const words = fold(m.role.text)
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  const h = words[words.length - 1] ?? '';
  return NOT_ROLES.has(h) ? '' : h;
}

/**
 * What follows "X state" when "state" ends the place's name: the end of the text, punctuation, or
 * a closed-class word (a preposition, a conjunction, an auxiliary, a verb of saying, a relative):
 * a lower-case noun after it is what "state" modifies ("state officials", "state law").
 */
const STATE_HEAD_AFTER = /^(?:$|\s*[^\s\p{L}\p{N}]|\s+(?:and|or|but|on|in|at|for|from|to|with|by|of|near|since|after|before|during|until|as|than|is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|do|said|says|reported|where|which|that|who|when|while|because|last|this|next)\b)/u;

export function buildEntities(articles: AnnotatedArticle[]): EntityIndex {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ?? a.id]));
  const articleText = new Map(articles.map((a) => [a.id, a.text]));
  const refs: MentionRef[] = [];
  articles.forEach((a, articleIndex) => {
    const own: MentionRef[] = [];
    for (const raw of a.mentions) {
      if (isHyphenModifier(raw.text)) continue;
      const cut = raw.type === 'person' ? Math.max(lowerPrefixLength(raw.text), lastConjunct(raw.text)) : lowerPrefixLength(raw.text);
      let m: Mention = cut ? { ...raw, start: raw.start + cut, text: raw.text.slice(cut) } : raw;
      // A title glued to the name by a lost space ("Gov.Sarah Palin", "Sen.Al Vell"), which the
      // tagger read as one odd word and typed a body: the name after it is a person's.
      const glued = GLUED_TITLE.exec(m.text);
      if (glued) m = { ...m, start: m.start + glued[0].length, text: m.text.slice(glued[0].length), type: 'person' };
      if (isDemonymPhrase(m.text, m.type) || isCreditOrAddress(m.text, a.text.slice(m.end, m.end + 12))) continue;
      if (isDocumentNumber(m.text, a.text.slice(m.end, m.end + 8))) continue;
      const typed = contextType(m, a.text.slice(Math.max(0, m.start - 12), m.start), a.text.slice(m.end, m.end + 24));
      if (typed !== m.type) m = { ...m, type: typed };
      const disease = diseaseContext(m, a.text.slice(Math.max(0, m.start - 30), m.start), a.text.slice(m.end, m.end + 24));
      if (disease) m = { ...m, type: 'other' };
      const facility = facilityContext(m, a.text.slice(m.end, m.end + 32));
      if (facility) m = { ...m, type: 'place' };
      // "Tampa, Fla.": a US state's AP abbreviation is the state (stateOf); matching reads the
      // state's name, so "Calif." and "California" are one place.
      const state = stateOf(m, a.text.slice(Math.max(0, m.start - 2), m.start), a.text[m.end] ?? '');
      if (state && m.type !== 'place') m = { ...m, type: 'place' };
      // "Washington state", "New York state": news adds a lower-case "state" to a place's name
      // to tell the state from the city of the same name that the bare name means ("officials
      // in Washington" are the capital's), so the phrase is the state, another place than the
      // bare name, and read whole it is its own entity (with the capitalised "Washington State"
      // as its spelling). Without it the state's fires and the capital's officials were one place.
      // Only where "state" heads the phrase (punctuation, a verb or a function word after it:
      // "fires in Washington state had burned", "in Washington state, officials"), not where it
      // modifies the noun after it ("Ohio state officials", "the Texas state legislature"), an
      // adjective of the state that the bare name means as well.
      if (m.type === 'place' && !state && /^ state\b(?!['’-])/.test(a.text.slice(m.end, m.end + 7)) && !/['’]s?$/.test(m.text) && STATE_HEAD_AFTER.test(a.text.slice(m.end + 6, m.end + 40))) m = { ...m, end: m.end + 6, text: `${m.text} state` };
      const form = state ?? (m.type === 'person' ? personForm(m.text) : ownForm(matchForm(m.text), m.type));
      const toks = nameTokens(form, m.type !== 'organization' && m.type !== 'place');
      if (toks.length === 0) continue;
      const personal = !facility && m.type === 'person' && personalContext(a.text, m.end);
      own.push({ article: a.id, articleIndex, mention: m, form, tokens: toks, suffix: m.type === 'person' ? nameSuffix(m.text) : '', disease, facility, personal });
      // "Connie and Howard Clery" read whole: the first conjunct is a person of its own (below).
      if (m.type === 'person' && cut > 0 && cut === lastConjunct(raw.text) && toks.length >= 2) {
        const first = /^(\p{Lu}[\p{Ll}'’-]+)\s+(?:and|&)\s+$/u.exec(raw.text.slice(0, cut));
        if (first) own.push({ article: a.id, articleIndex, mention: { ...raw, end: raw.start + first[1].length, text: first[1], type: 'person' }, form: first[1], tokens: nameTokens(first[1]), suffix: '' });
      }
    }
    coordinatedGivenNames(own, a.text);
    namesakeBodies(own, a.text);
    refs.push(...own);
  });
  trimHeadlineTails(refs, articleText);

  // Names of bodies and places the story writes on their own ("the House"): owners of the
  // bodies named after them (the rivals of a bare body's name, below).
  const namedAlone = new Set(refs.filter((r) => r.mention.type === 'organization' || r.mention.type === 'place').map((r) => r.mention.text.replace(/^the\s+/i, '').replace(/['’]s$/, '')));
  const clusters: Cluster[] = [];
  // Clusters by the skeleton of their last name token: every match below needs that token to
  // agree, so the index keeps the work linear in the number of mentions.
  const byLast = new Map<string, Cluster[]>();
  const lastKey = (toks: string[]): string => skeleton(toks[toks.length - 1]);
  const near = (toks: string[]): Cluster[] => byLast.get(lastKey(toks)) ?? [];
  // People's clusters by each one-letter deletion of their surname (a symmetric-deletion index):
  // two words one edit apart share a key, so one-letter variants are found without comparing
  // all pairs. Organisations and places by the initials their names spell, for acronyms.
  const byDeletion = new Map<string, Cluster[]>();
  const byInitials = new Map<string, Cluster[]>();
  // Each cluster remembers the keys it is filed under, so filing is constant time (no list scan).
  const filed = new WeakMap<Map<string, Cluster[]>, WeakMap<Cluster, Set<string>>>();
  const push = (m: Map<string, Cluster[]>, k: string, c: Cluster): void => {
    let byCluster = filed.get(m);
    if (!byCluster) filed.set(m, (byCluster = new WeakMap()));
    let keys = byCluster.get(c);
    if (!keys) byCluster.set(c, (keys = new Set()));
    if (keys.has(k)) return;
    keys.add(k);
    const list = m.get(k);
    if (!list) m.set(k, [c]);
    else list.push(c);
  };
  const indexForm = (c: Cluster, r: MentionRef): void => {
    if (r.tokens.length < 2) return;
    // A variant spelling of the last name ("Gonzalez" joining "Gonzales") is found by its own key too.
    const last = r.tokens[r.tokens.length - 1];
    if (!c.lasts.has(last)) {
      c.lasts.add(last);
      push(byLast, skeleton(last), c);
    }
    if (r.mention.type === 'person') for (const k of deletionKeys(r.tokens[r.tokens.length - 1])) push(byDeletion, k, c);
    for (const k of initialsOf(r.mention.text)) push(byInitials, k, c);
    if (r.form !== r.mention.text) for (const k of initialsOf(r.form)) push(byInitials, k, c);
    // "Justice Department" is also spelled "DOJ", the initials of "Department of Justice".
    if (r.mention.type === 'organization') for (const k of initialsOf(bodyOf(r.form))) push(byInitials, k, c);
    // "IBM" is "International Business Machines Corp." without its designator (DESIGNATOR_END).
    if (r.mention.type === 'organization' && DESIGNATOR_END.test(r.mention.text)) for (const k of initialsOf(r.mention.text.replace(DESIGNATOR_END, ''))) push(byInitials, k, c);
  };
  const add = (c: Cluster): void => {
    clusterOf.set(c.refs[0], c);
    clusters.push(c);
    push(byLast, lastKey(c.full), c);
    indexForm(c, c.refs[0]);
  };
  const cluster = (r: MentionRef): Cluster => ({
    full: r.tokens,
    refs: [r],
    person: r.mention.type === 'person',
    articles: new Set([r.article]),
    suffixes: new Set(r.suffix ? [r.suffix] : []),
    roles: new Set(roleHead(r.mention) ? [roleHead(r.mention)] : []),
    lasts: new Set(),
    heads: new Set(),
  });
  // Longest forms first: full names found the entities, shorter forms then attach to them.
  const order = refs
    .map((r, i) => ({ r, i }))
    .sort((x, y) => y.r.tokens.length - x.r.tokens.length || x.r.articleIndex - y.r.articleIndex || x.r.mention.start - y.r.mention.start || x.i - y.i);

  const multi = order.filter((x) => x.r.tokens.length >= 2);
  // Role heads each article gives each person's name form, on any of its mentions ("spokesman"
  // of "Taliban spokesman Zabihullah Mujahi"): what a full-name spelling variant is checked by.
  const formRoles = new Map<string, Set<string>>();
  for (const r of refs) {
    const h = r.mention.type === 'person' ? roleHead(r.mention) : '';
    if (!h) continue;
    const k = `${r.article}\u0000${r.form}`;
    const set = formRoles.get(k);
    if (set) set.add(h);
    else formRoles.set(k, new Set([h]));
  }
  const single = order.filter((x) => x.r.tokens.length === 1);

  // Bodies' names by the words before their first "of" ("advisory committee" of "Advisory
  // Committee of Immunization Practices", as ownForm reads it), per article: what a shortened
  // name is matched against (see the multi-word loop).
  const byOpening = new Map<string, MentionRef[]>();
  for (const { r } of multi) {
    if (r.mention.type !== 'organization') continue;
    const k = r.tokens.indexOf('of');
    if (k >= 1 && k < r.tokens.length - 1) push2(byOpening, `${r.article}\u0000${r.tokens.slice(0, k).join(' ')}`, r);
  }
  // Bodies' names by their last two words ("rules committee" of "Senate Rules Committee"): what
  // a name without its owner's is matched against (see the multi-word loop).
  const byTail = new Map<string, MentionRef[]>();
  for (const { r } of multi) if (r.mention.type === 'organization' && r.tokens.length >= 3) push2(byTail, r.tokens.slice(-2).join(' '), r);
  const clusterOf = new Map<MentionRef, Cluster>();
  const join = (c: Cluster, r: MentionRef): void => {
    clusterOf.set(r, c);
    c.refs.push(r);
    c.articles.add(r.article);
    if (r.tokens.length > c.full.length) c.full = r.tokens;
    if (r.suffix) c.suffixes.add(r.suffix);
    const h = roleHead(r.mention);
    if (h) c.roles.add(h);
    indexForm(c, r);
  };
  // A name its sentence introduces as a relative of someone (KIN_BEFORE, KIN_OF_BEFORE, KIN_AFTER).
  const kinIntroduced = (r: MentionRef): boolean => {
    const text = articleText.get(r.article) ?? '';
    const before = text.slice(Math.max(0, r.mention.start - 90), r.mention.start);
    return KIN_BEFORE.test(before.slice(-48).toLowerCase()) || KIN_OF_BEFORE.test(before) || KIN_AFTER.test(text.slice(r.mention.end, r.mention.end + 48));
  };
  // A father and a son share a name but not a suffix: no form joins a cluster whose suffixes it contradicts.
  const suffixOk = (c: Cluster, r: MentionRef): boolean => {
    for (const x of c.suffixes) if (!suffixesAgree(x, r.suffix)) return false;
    return true;
  };
  // Several entities fit a form ("George Bush" fits two presidents; "Biden" a father and a
  // son): the one the same article names is meant; else the most mentioned, only when it
  // dominates (twice the mentions of the next: on ECB+ a bare surname beside two namesakes is
  // the dominant one's, and leaving it apart cost recall without a gain in precision); else the
  // form stays an entity of its own (precision first: a wrong merge puts one person's words in
  // another's mouth).
  const pick = (cands: Cluster[], r: MentionRef): Cluster | null => {
    if (cands.length <= 1) return cands[0] ?? null;
    const local = cands.filter((c) => c.articles.has(r.article));
    if (local.length === 1) return local[0];
    const pool = local.length ? local : cands;
    const sorted = [...pool].sort((x, y) => y.refs.length - x.refs.length);
    return sorted[0].refs.length >= 2 * sorted[1].refs.length ? sorted[0] : null;
  };
  // A bare surname beside given names its article coordinates before that surname ("Jack and
  // Jill Reeves", coordinatedGivenNames) is neither of them: news writes a couple's bare surname
  // in the plural ("the Reeveses") and tells its members apart by their given names, so the
  // singular is the other person of the surname the article names in full ("Samantha Reeves",
  // whose parents they are), when such a person is left who is not introduced as a
  // relative either ("their daughter Chelsea …", KIN_BEFORE: the family of the story's subject
  // is named so). Else it is nobody's for sure and stays with the other bare forms of the
  // surname. Without this, the most mentioned of them took it (pick: the father, named across
  // the story, took every bare "Reeves" of his daughter's, read on DUC 2006 dev D0602B). Only
  // beside coordinated names: elsewhere the article's most mentioned namesake is usually meant,
  // and leaving every such surname apart cost held-out injected recall (session 19,
  // docs/coverage-judgements.md). Returns the candidates to keep (none: the surname stays apart),
  // or null when the article introduces no candidate as one of a couple.
  const introOf = new Map<Cluster, Map<string, MentionRef | null>>();
  const beyondCouple = (cands: Cluster[], r: MentionRef): Cluster[] | null => {
    if (cands.length < 2) return null;
    // How the article introduces each: its first full name there (remembered per cluster and
    // article: full names are all placed before the bare surnames, so the answer holds, and a
    // long story's many bare surnames do not rescan a large cluster each).
    const intro = (c: Cluster): MentionRef | undefined => {
      let byArticle = introOf.get(c);
      if (!byArticle) introOf.set(c, (byArticle = new Map()));
      if (byArticle.has(r.article)) return byArticle.get(r.article) ?? undefined;
      let first: MentionRef | undefined;
      for (const x of c.refs) if (x.article === r.article && x.tokens.length >= 2 && (!first || x.mention.start < first.mention.start)) first = x;
      byArticle.set(r.article, first ?? null);
      return first;
    };
    if (!cands.some((c) => intro(c)?.couple)) return null;
    const text = articleText.get(r.article) ?? '';
    // "The Carroll's dilemma", "in the Carroll's view" (the plural possessive misspelt): with a
    // determiner, the surname is the family, none of its members (read on DUC 2006 dev D0628A).
    if (/(?:^|[^\p{L}])[Tt]he\s+$/u.test(text.slice(Math.max(0, r.mention.start - 5), r.mention.start))) return [];
    const relative = (x: MentionRef | undefined): boolean => !!x && (!!x.couple || KIN_BEFORE.test(text.slice(Math.max(0, x.mention.start - 48), x.mention.start)));
    // (A member of a couple the article introduced alone first, "Alan Shaw" in its lede and
    // "Alan and Pam Shaw" later, is its subject and stays a candidate; among those left, pick.)
    return cands.filter((c) => !relative(intro(c)));
  };
  // Articles that name a cluster's person with a full name (two words or more).
  const introductions = (c: Cluster): number => new Set(c.refs.filter((x) => x.tokens.length >= 2).map((x) => x.article)).size;
  // People whose surname is a one-letter variant of `last` (Gonzales/Gonzalez), in index order.
  const variantsOf = (last: string): Cluster[] => {
    const out = new Set<Cluster>();
    // (Not two surnames that are both everyday words or common names: twoCommonWords.)
    for (const k of deletionKeys(last)) for (const c of byDeletion.get(k) ?? []) if (!out.has(c) && c.full.length >= 2 && [...c.lasts].some((l) => oneLetterVariant(l, last) && !twoCommonWords(l, last))) out.add(c);
    return [...out];
  };

  for (const { r } of multi) {
    const person = r.mention.type === 'person';
    // A person's full name matches another person's only name for name: given names (nicknames
    // included), last name, middle names where both give some. Places and organisations with
    // several words must agree on every word. (Either side typed a person is enough: the
    // annotator may type one form of a name "other".)
    let cands = near(r.tokens).filter((c) => suffixOk(c, r) && (person || c.person ? sameFullName(c.full, r.tokens) || tokensEqual(c.full, r.tokens) : thingTokensEqual(c.full, r.tokens)));
    // "George Thampy" fits "K. George Thampy" (the father, by the last words of his name) and
    // "George A. Thampy" (the son, given name to given name): English reads a name's first word
    // as the given name, and the tail reading (a compound surname, a name used without its first
    // initial) is the exception. Where a person of the story fits the ordinary reading, the
    // people who fit only the tail reading (one leading word more: an initial or a given name)
    // are no candidates: merged by it, the son's mentions went to his father and the son's full
    // name was split from them. Only between people: "Internet Explorer" typed a person beside
    // "Windows Internet Explorer" is no namesake question. (Without a person of the ordinary
    // reading the tail reading stands: "Paul Bremer" is "L. Paul Bremer"; a first version that
    // refused it whenever both first words were given names cost ECB+ held-out recall.)
    if (cands.length >= 2 && person) {
      const ordinary = cands.filter((c) => !c.person || c.full.length !== r.tokens.length + 1 || !tailName(c.full, r.tokens) || givenAndSurname(c.full, r.tokens));
      if (ordinary.length && ordinary.length < cands.length) cands = ordinary;
    }
    // A name introduced as someone's relative ("his father, Eamon Hickey", "The father of one
    // of the murdered men, Eamon Hickey", "Eamon Hickey, the boy's father") is never the person
    // whose name it fits only by the tail reading: a family hands its names down, so the
    // father's given name is often the son's middle name ("Darren Eamonn Hickey"), and merged so
    // the father's words became the hostage's (session 24's unseen reading, a DUC 2003 story).
    if (cands.length && person && kinIntroduced(r)) cands = cands.filter((c) => !c.person || c.full.length !== r.tokens.length + 1 || !tailName(c.full, r.tokens) || givenAndSurname(c.full, r.tokens));
    if (cands.length === 0 && r.mention.type === 'organization') {
      // "US Food and Drug Administration" in one report, "Food and Drug Administration" in
      // another: a body's name is written with or without its country before it (see
      // withoutCountry). Only one side with the country, and a name of two words or more left
      // ("US Army" and "British Army" meet no bare "Army").
      const bare = withoutCountry(r.tokens);
      cands = near(r.tokens).filter((c) => {
        if (c.person || c.refs.every((x) => x.mention.type !== 'organization')) return false;
        const other = withoutCountry(c.full);
        return (bare.length < r.tokens.length) !== (other.length < c.full.length) && thingTokensEqual(bare, other) && bare.length >= 2;
      });
    }
    if (cands.length === 0 && !person && r.mention.type !== 'place') {
      // "the Advisory Committee" after "the Advisory Committee on Immunization Practices": a
      // long body's name is shortened to the words before its "of/for/on" part, and the
      // shortened name (capitalised, so the tagger makes a new organization of it) is that
      // body when exactly one body of its own article opens so. (Not a place: "Chicago" is no
      // "University of Chicago"; not across articles, where the short name may be another
      // committee.)
      const local = byOpening.get(`${r.article}\u0000${r.tokens.join(' ')}`) ?? [];
      const own = [...new Set(local.map((x) => clusterOf.get(x)).filter((c): c is Cluster => !!c && !c.person))];
      if (own.length === 1) cands = own;
    }
    if (cands.length === 0 && r.mention.type === 'organization') {
      // "the Rules Committee" after "the Senate Rules Committee": a body named without the body
      // or place it belongs to, which the lexicons know ("Senate", "Pentagon", "Texas"), is that
      // body when exactly one body of the story ends so ("Senate Rules Committee" and "House
      // Rules Committee" leave "Rules Committee" alone; "National Security Council" is no owner
      // and "Security Council" no part of it). Longer names come first, so they are placed.
      const n = r.tokens.length;
      const ending = (byTail.get(r.tokens.slice(-2).join(' ')) ?? []).filter((x) => x.tokens.length > n && x.tokens.slice(-n).every((t, i) => t === r.tokens[i]));
      const longer = ending.filter((x) => ownerWords(x.mention.text, x.tokens.length - n));
      const own = [...new Set(longer.map((x) => clusterOf.get(x)).filter((c): c is Cluster => !!c && !c.person))];
      // Another body of the story ending so is a rival when its extra words name an owner too:
      // beside the "Senate Appropriations Committee" the story's "House Appropriations
      // Committee" makes a bare "Appropriations Committee" either chamber's, and reading it as
      // the Senate's merged the two committees. "House" is no lexicon body; an owner is a name
      // the lexicons know, one the story writes on its own ("the House"), or a word of the same
      // kind as the known owner's (sameKindOwner: "House" beside "Senate"). Not a longer name
      // whose extra words are no owner: "National Security Council" leaves a bare "Security
      // Council" to the UN's (read on MultiLing dev M002).
      const ownerHeads = longer.map((x) => ownerHead(x.mention.text, x.tokens.length - n));
      const rivals = new Set(
        ending
          .filter((x) => {
            const k = x.tokens.length - n;
            return ownerWords(x.mention.text, k) || ownerWords(x.mention.text, k, namedAlone) || sameKindOwner(ownerHead(x.mention.text, k), ownerHeads);
          })
          .map((x) => clusterOf.get(x))
          .filter((c): c is Cluster => !!c && !c.person),
      );
      if (own.length === 1 && n >= 2 && rivals.size === 1) cands = own;
    }
    if (cands.length === 0 && person && r.tokens[0].length >= 2) {
      // "Alberto Gonzales" in one outlet, "Alberto Gonzalez" in another: a surname one letter
      // apart is the same person's only when the given name is the same (nicknames included,
      // never an initial alone) and the middle names agree; two given names are two people.
      cands = variantsOf(r.tokens[r.tokens.length - 1]).filter(
        (c) => c.person && suffixOk(c, r) && c.full[0].length >= 2 && sameGiven(c.full[0], r.tokens[0]) && sameFullName(c.full, [...r.tokens.slice(0, -1), c.full[c.full.length - 1]]),
      );
    }
    if (cands.length === 0 && person && r.tokens.length >= 2) {
      // "Zabiullah Mujahid" in one outlet, "Zabihullah Mujahi" in another, each "Taliban
      // spokesman": a transliterated or misspelt full name whose given name is one letter off
      // (and its surname the same or one letter off). Two given names one letter apart are
      // usually two people (Marian/Marion), so only where everything else pins one person: both
      // given names long and no name either lexicon knows as a name in its own right (variantGiven),
      // the surnames agreeing or one-letter variants that are not two words of their own, the same
      // role head on both sides ("spokesman"), different articles (one article spells one name one
      // way), and exactly one person of the story fitting. A wrong merge puts one person's words
      // in another's mouth; a missed one leaves two rows for one spokesman.
      const last = r.tokens[r.tokens.length - 1];
      const heads = formRoles.get(`${r.article}\u0000${r.form}`);
      const fits = [...new Set([...near(r.tokens), ...variantsOf(last)])].filter((c) => {
        if (!c.person || c.full.length !== r.tokens.length || c.articles.has(r.article) || !suffixOk(c, r)) return false;
        const cl = c.full[c.full.length - 1];
        if (!variantGiven(c.full[0], r.tokens[0])) return false;
        if (cl !== last && (!oneLetterVariant(cl, last) || twoCommonWords(cl, last) || (wordRow(cl) >= 0 && wordRow(last) >= 0))) return false;
        if (!c.full.slice(1, -1).every((t, i) => sameMiddle(t, r.tokens[i + 1]))) return false;
        if (!heads) return false;
        for (const x of c.refs) for (const h of formRoles.get(`${x.article}\u0000${x.form}`) ?? []) if (heads.has(h)) return true;
        return false;
      });
      if (fits.length === 1) cands = fits;
    }
    const hit = pick(cands, r);
    if (hit) join(hit, r);
    else add(cluster(r));
  }

  // Acronyms. Initials alone are weak evidence ("AP" is the wire agency in a dateline and "Armed
  // Police" spells it too), so an acronym is linked to the name whose initials it spells only
  // where something says it stands for that name:
  // - its own article names that name in full (news introduces "the Food and Drug
  //   Administration (FDA)" and writes "the FDA" after, or opens with "FBI agents" and spells
  //   out the bureau later), unless the acronym is a credit: a dateline's "(AP) —" names the
  //   agency that filed the report, not a name of the story;
  // - another article of the story pairs them so (also for an acronym the organization lexicon
  //   knows, "FBI", "ICC": the story's own pairing says which of its meanings the story has;
  //   keeping such acronyms apart split "FBI" from "Federal Bureau of Investigation" in reports
  //   that never spelled it out);
  // - the organization or places lexicon knows both as names and the one spells the other ("AP"
  //   and "Associated Press", "US" and "United States").
  const acronymOf = (r: MentionRef): string | null => {
    const a = r.mention.text.replace(/\./g, '');
    // Initials with a generational suffix spell the suffix too ("JFK Jr." is "John F. Kennedy
    // Jr.", whose initials are JFKJ), so they never spell the father's name ("John F. Kennedy").
    const gen = /^(\p{Lu}{2,6}),?\s(J|S)(?:r|nr)$/u.exec(a);
    if (gen) return gen[1] + gen[2];
    return /^\p{Lu}{2,6}$/u.test(a) ? a : null;
  };
  // (Not a name that opens with the acronym itself: "U.S. Senate" holds "U.S." as a word and
  // spells "US" only through it; the country is not the chamber. Read on a dev MultiLing story.)
  const spelledBy = (r: MentionRef, acr: string): Cluster[] =>
    (byInitials.get(acr) ?? []).filter((c) => c.person === (r.mention.type === 'person') && !c.refs.some((x) => x.mention.text.startsWith(`${r.mention.text} `)));
  // A credit, not a use: initials in brackets before a dash ("HARBIN (BP) -", "(AP) —") name the
  // agency that filed the report, whatever the story goes on to spell with the same letters.
  const credit = (r: MentionRef): boolean => {
    const t = articleText.get(r.article) ?? '';
    return /\(\s*$/.test(t.slice(Math.max(0, r.mention.start - 2), r.mention.start)) && /^\s*\)\s*[-‐‑–—]/.test(t.slice(r.mention.end, r.mention.end + 4));
  };
  // One sense per discourse (Gale, Church & Yarowsky 1992): an article that spells out a name and
  // uses its initials means the name by them, whichever comes first ("FBI agents searched …;
  // the Federal Bureau of Investigation said …"); a credit is no use.
  const introducedIn = (c: Cluster, article: string): boolean => c.refs.some((x) => x.article === article && x.tokens.length >= 2);
  const established = new Map<string, Set<Cluster>>();
  for (const { r } of single) {
    const acr = acronymOf(r);
    if (!acr || credit(r)) continue;
    for (const c of spelledBy(r, acr)) if (introducedIn(c, r.article)) (established.get(acr) ?? established.set(acr, new Set()).get(acr)!).add(c);
  }
  // The same for places: "US" and "United States", "UAE" and "United Arab Emirates" are both in
  // the places lexicon and the one spells the other (read on an unseen AllSides story: "the US"
  // and "the United States" kept apart became a sure place conflict).
  const lexiconPair = (c: Cluster, acr: string): boolean =>
    [ORGANIZATIONS, PLACES].some((lex) => lex.has(acr) && c.refs.some((x) => x.tokens.length >= 2 && lex.has(x.mention.text.replace(/^The\s+/, '')) && initialsOf(x.mention.text).includes(acr)));

  // - the story spells out exactly one body with those initials, and the acronym has three
  //   letters or more and is typed an organization: one article writes "the Centers for Disease
  //   Control and Prevention", another only "the CDC". Three letters spell one name by chance far
  //   more rarely than two ("AP" is the agency and "Armed Police"), and a story is about one
  //   event, where two bodies with the same three initials are rarer still; two candidates and
  //   the acronym stays apart.
  // Not initials that spell a company's legal designator ("GMC" of "General Motors Corp."):
  // news forms a company's initials from its name, not from its "Corp." or "Inc." ("IBM",
  // "GE"), so initials that need the designator's letter are another name when nothing in the
  // story pairs them (GMC is a maker's truck brand, not the maker); an article that writes
  // "National Broadcasting Co. (NBC)" pairs them itself (introducedIn, established above), and
  // initials the organization lexicon knows as a body's name ("BBC", "NBC") are that body's,
  // designator and all ("British Broadcasting Corp.").
  const designated = (c: Cluster): boolean => c.refs.some((y) => DESIGNATOR_END.test(y.mention.text));
  const spelledWithout = (c: Cluster, acr: string): boolean =>
    c.refs.some((y) => y.tokens.length >= 2 && [y.mention.text, y.form].some((t) => initialsOf(t.replace(DESIGNATOR_END, '')).includes(acr)));
  const onlyExpansion = (r: MentionRef, acr: string, c: Cluster): boolean => {
    if (acr.length < 3 || r.mention.type !== 'organization' || c.person) return false;
    const all = spelledBy(r, acr).filter((x) => x.refs.some((y) => y.tokens.length >= 2 && y.mention.type === 'organization'));
    return all.length === 1 && all[0] === c && (!designated(c) || spelledWithout(c, acr) || ORGANIZATIONS.has(acr));
  };

  // The story's established namesake (see the person case below): introduced in full by two
  // articles or more, or a surname that is no common English word or name.
  const namesake0 = (c: Cluster, tok: string): boolean => introductions(c) >= 2 || !commonWord(tok);
  // Bare surnames an article titles ("President Clinton"), by article and surname.
  const titled = new Map<string, Set<string>>();
  for (const { r } of single) {
    const h = roleHead(r.mention);
    if (!h || r.mention.type !== 'person') continue;
    const k = `${r.article}\u0000${r.tokens[0]}`;
    const set = titled.get(k);
    if (set) set.add(h);
    else titled.set(k, new Set([h]));
  }
  // Not when the surname's own article gives it a title and the story never titles the full name
  // at all: "President Clinton" in a report where the story's full name is "Hillary Rodham
  // Clinton", never titled, is another Clinton (her husband), and so is every bare "Clinton" of
  // that report. A full name titled anyhow may hold several offices ("Gen. Augusto Pinochet",
  // "Sen. Pinochet" in one story: one man), so any title of it will do. (A story that names one
  // person "President Obama" and "Barack Obama" but never titles the full name keeps the two
  // apart: a missed link, where the rule above merged a couple.)
  // (Likewise in the report that names her in full: "Hillary Rodham Clinton's brother" and
  // "President Clinton" in one report are two people.)
  // A person known only by descriptive roles ("his Democratic opponent, Hillary Rodham Clinton")
  // holds no office either: where the article gives the bare surname an office (OFFICE:
  // "President Clinton") she never holds, it is another member of the family (read on DUC 2006
  // dev, where her husband's every "President Clinton" of the story went to her). A descriptive
  // title of the surname ("actress Lohan") leaves the descriptive roles their say.
  // Where the story names two people of the surname or more (`namesakes`), an office is what
  // tells them apart: a bare surname its article gives an office ("President Clinton") that the
  // person has never been given, though given others ("Sen. Hillary Clinton"), is not that
  // person but the namesake who holds it (a wife and her husband, a son and his father, "Gov.
  // Bush" and "President Bush"); with one person of the surname, any office will do (above:
  // one man may hold several). Offices are compared by what they name, not how they are
  // written ("Sen." and "Senator" are one office: canonOffice).
  // A bare surname with an office of its own ("Secretary Clinton said …") is compared by that
  // office (`own`), not by every office its article gives the surname: an article that names
  // "President Clinton" (the husband) and "Secretary Clinton" (the wife) would otherwise give
  // the wife's every titled mention to the husband, who holds one of the article's offices.
  const untitled = (c: Cluster, tok: string, article: string, namesakes = 1, own = ''): boolean => {
    const heads = titled.get(`${article}\u0000${tok}`);
    if (!heads) return true;
    if (c.roles.size === 0) return false;
    const offices = [...heads].filter((h) => OFFICE.has(h)).map(canonOffice);
    if (offices.length === 0) return true;
    const held = new Set([...c.roles].filter((h) => OFFICE.has(h)).map(canonOffice));
    if (held.size === 0) return false;
    if (namesakes >= 2 && OFFICE.has(own)) return held.has(canonOffice(own));
    return namesakes < 2 || offices.some((h) => held.has(h));
  };
  const namesake = (c: Cluster, tok: string, article: string, namesakes = 1): boolean => namesake0(c, tok) && untitled(c, tok, article, namesakes);
  // People by the first word of their full names, for a lone word that is not a surname.
  const byFirst = new Map<string, Cluster[]>();
  for (const c of clusters) if (c.person && c.full.length >= 2) push(byFirst, c.full[0], c);
  /**
   * A lone word that is the FIRST word of exactly one person its own article named in full
   * before: "Chiu" after "Chiu Kuo-cheng" (a surname written first, as Chinese, Korean and
   * Hungarian names are), "Eamon" after "Eamon Molloy" (a first name used alone). Only in the
   * article that introduced the name, and only when one person there has that first word: two
   * Eamons of one article, or a word no full name of the article begins with, stay apart. Not a
   * word whose distributional neighbours are a company's or a brand's and that its article never
   * writes in lower case (brandIn, mentions.ts): "Mercedes recalled 40,000 vehicles" is the
   * carmaker, whoever "Mercedes Haller" of the same report is (a first name alone names a person
   * far more rarely than a maker's name its make).
   */
  const byGiven = (r: MentionRef): Cluster[] => {
    const own = articleText.get(r.article) ?? '';
    if (brandIn(own, r.mention.text.replace(/['’]s?$/, '')) && !speaksAsPerson(own, r.mention.start, r.mention.end)) return [];
    // Nor a word right after "the", "a" or "an" ("the Oscar ceremony", "won an Oscar"): English
    // names a person by a given name without an article, so that word is a thing named after
    // someone (an award), not the boy named Oscar whom the article names in full.
    if (DETERMINER_BEFORE.test(own.slice(Math.max(0, r.mention.start - 5), r.mention.start))) return [];
    const local = (byFirst.get(r.tokens[0]) ?? []).filter((c) => c.refs.some((x) => x.article === r.article && x.tokens.length >= 2 && x.mention.start < r.mention.start));
    return local.length === 1 && suffixOk(local[0], r) ? local : [];
  };

  /**
   * "The Fund" after "the International Monetary Fund", "the Commission" after "the European
   * Commission": news refers back to a body by the head noun of its name with the definite
   * article, capitalised as a name. Such a word is that body when its own article named exactly
   * one body ending in it before, with "the" right before the word (without the article, "Fund"
   * or "Commission" opens another name or a headline). Ending in it as its head: the head of
   * "University of Minnesota" is "University", and "the Minnesota charter-school movement" is
   * no reference back to the university (headOf).
   */
  const headAnaphor = (r: MentionRef): Cluster[] => {
    const a = articleText.get(r.article) ?? '';
    if (!/\bthe\s$/i.test(a.slice(Math.max(0, r.mention.start - 4), r.mention.start))) return [];
    const local = near(r.tokens).filter(
      (c) => !c.person && c.refs.some((x) => x.article === r.article && x.tokens.length >= 2 && x.mention.type === 'organization' && headOf(x.tokens) === r.tokens[0] && x.mention.start < r.mention.start),
    );
    if (local.length !== 1) return [];
    local[0].heads.add(r.tokens[0]);
    return local;
  };

  /**
   * "Hatay" for "Hatay Province", "Idlib" for "Idlib Governorate": a region named by its name
   * and an administrative head noun is the same region without the noun, and so is a
   * government department ("the Treasury" and "the Treasury Department"). Only heads that make
   * no second place of the same name ("Kansas City" is not Kansas, "Washington State" not the
   * capital), and only one such region or department in the story.
   */
  const byFirstPlace = new Map<string, Cluster[]>();
  for (const c of clusters) if (!c.person && c.full.length === 2 && REGION_HEADS.has(c.full[1])) push(byFirstPlace, c.full[0], c);
  const regionOf = (r: MentionRef): Cluster[] => {
    const hits = byFirstPlace.get(r.tokens[0]) ?? [];
    return hits.length === 1 ? hits : [];
  };

  const locativeBefore = (r: MentionRef): boolean => LOCATIVE_BEFORE.test((articleText.get(r.article) ?? '').slice(Math.max(0, r.mention.start - 12), r.mention.start));
  // Where each article's mentions typed a place begin, for placedIn below.
  const placeStarts = new Set(refs.filter((r) => r.mention.type === 'place').map((r) => `${r.article}\u0000${r.mention.start}`));
  /**
   * A name typed a place by its construction: a place of its own after a comma ("CAMDEN, N.J.
   * (AP) —", "Springfield, Ill."), or a place noun or "police" right after it ("Camden police",
   * "Camden County"; the annotator's placeCue). News writes a town so, never a person's surname;
   * merged by the surname rule below with a person of that surname ("Pat Camden", a police
   * spokesman of the same report; session 23's unseen reading), the dateline's town became the
   * spokesman.
   */
  const placedIn = (r: MentionRef): boolean => {
    const text = articleText.get(r.article) ?? '';
    const next = /^\s+([a-z]+)/.exec(text.slice(r.mention.end, r.mention.end + 24))?.[1];
    if (next && ((next === 'police' && POLICE_OF_PLACE.test(text.slice(r.mention.end, r.mention.end + 40))) || PLACE_HEAD_AFTER.has(next))) return true;
    const after = /^,[ \t]+/.exec(text.slice(r.mention.end, r.mention.end + 4));
    return after !== null && placeStarts.has(`${r.article}\u0000${r.mention.end + after[0].length}`);
  };

  /**
   * "The Telegraph" for "The Daily Telegraph": a paper's frequency word is no part of how it is
   * referred to (the "Daily Mail" is "the Mail"), so a lone organization word is the one body of
   * the story named "Daily" or "Weekly" and that word. Not "Sunday": "The Sunday Times" and "The
   * Times" are two papers.
   */
  const dailyOf = (r: MentionRef): Cluster[] => {
    const hits = near(r.tokens).filter((c) => !c.person && c.full.length === 2 && (c.full[0] === 'daily' || c.full[0] === 'weekly') && c.full[1] === r.tokens[0]);
    return hits.length === 1 ? hits : [];
  };

  /**
   * "Virtue" for the "Virtue Party", "Likud" for the "Likud Party": a political body named by one
   * proper word and a generic head noun (PARTY_HEADS) is referred to by the proper word alone, as
   * the other way round "the Fund" refers to a fund by its head (headAnaphor). The tagger cannot
   * type the lone word (a party's name is often an everyday word: "Virtue", "Justice"), so it
   * types it other or a person, and the party stood split from its short name. The lone word is
   * that body when exactly one body of the story is so named, whatever its type, unless the word
   * is a place or a person of the story is named with it (a "Green Party" and a "Tom Green").
   */
  const byFirstParty = new Map<string, Cluster[]>();
  for (const c of clusters) if (!c.person && c.full.length === 2 && PARTY_HEADS.has(c.full[1]) && c.refs.some((x) => x.mention.type === 'organization')) push(byFirstParty, c.full[0], c);
  const partyOf = (r: MentionRef, surnameOf: Cluster[]): Cluster[] => {
    const hits = byFirstParty.get(r.tokens[0]) ?? [];
    if (hits.length !== 1 || surnameOf.length || PLACES.has(r.mention.text.replace(/['’]s$/, '')) || byGiven(r).length) return [];
    return hits;
  };

  // Two lone words join only with the same generational suffix or none on both: without a given
  // name, the suffix is all that tells "JFK Jr." (the son) from "JFK" (the father, or the airport
  // named for him), or "Kennedy Jr." from "Kennedy". (Full names keep suffixOk's leniency:
  // outlets drop "Jr." after a given name.)
  // The paragraph's own full name anchors its bare surname. A story may name two people of one
  // surname ("Bill Clinton" and, in a paragraph of history, "George Clinton", the first
  // governor; a sheriff "Mark Johnson" and a boy "Tyler Johnson, 9"): news then writes the bare
  // surname right after the full name it stands for, in the same paragraph, and the one full
  // name of that surname the paragraph gives before it is the person meant. Without this the
  // story's most mentioned namesake took every bare surname of the article (pick), and the boy's
  // or the governor's words went to the other man. Only where the paragraph names exactly one
  // person of the surname in full before it, not counting those introduced as relatives or
  // topics (below; two there, "Bill and Hillary Clinton", leave the choice to the rules below);
  // a paragraph is a line of the cleaned text.
  // Indexed per article and surname, in text order: one binary search a bare surname and a
  // capped walk back (ANCHOR_WALK), so a long article stays linear-logarithmic.
  // A full name introduced as a relative ("her brother, John Maple,", "Karen Maple's mother, Jean
  // Maple,") anchors nothing: a story's subject keeps the bare surname in the paragraph that
  // names a relative once (read as the cost of leaving such surnames apart on DUC 2006 dev,
  // session 21: the subject is named throughout, the relative once).
  // Nor does a full name the paragraph mentions as what is talked of, not as who acts: after
  // "about", "of", "for", "after", "like", "than" ("Asked about Josiah Ostrava, the first governor,
  // Ostrava said he was his hero"; "the bill is named for Arne Kolbe. Kolbe said the vote was
  // close"). A bare surname continues the paragraph's highest-ranked person (centering: subject
  // over object over the rest, Grosz, Joshi & Weinstein 1995), and a namesake in such a phrase
  // ranks below the story's subject the surname has stood for; left to the rules below, which
  // gave the speaker's words to the subject. ("By", "with", "to" are left out: the agent of a
  // passive, the one interviewed, the one given an award often speak next.)
  type Anchor = { start: number; c: Cluster; kin: boolean };
  // How many of a paragraph's full names of one surname the anchor looks back over (a paragraph
  // names two or three; a cap keeps a pathological one linear).
  const ANCHOR_WALK = 12;
  const anchors = new Map<string, Anchor[]>();
  for (const { r } of multi) {
    const c = clusterOf.get(r);
    if (!c || !(c.person || r.mention.type === 'person')) continue;
    const k = `${r.article}\u0000${r.tokens[r.tokens.length - 1]}`;
    const text = articleText.get(r.article) ?? '';
    const before = text.slice(Math.max(0, r.mention.start - 48), r.mention.start);
    const kin = (KIN_BEFORE.test(before.toLowerCase()) && !KIN_COORDINATED_BEFORE.test(before)) || KIN_OF_NAME_BEFORE.test(before) || KIN_AFTER.test(text.slice(r.mention.end, r.mention.end + 48)) || TOPIC_BEFORE.test(before);
    const a: Anchor = { start: r.mention.start, c, kin };
    const list = anchors.get(k);
    if (list) list.push(a);
    else anchors.set(k, [a]);
  }
  // A surname titled with a word that marks sex ("Grandma Holt, as she came to be known",
  // "Mrs. Holt"), where its article names in full exactly one person of that surname and that
  // sex (by given name), is that person, and anchors the paragraph as her full name would: the
  // bare "Holt is also survived by …" after it continues her, not her husband named elsewhere in
  // the article. (Read on DUC 2006 dev D0627I once "Grandma" became a title, mentions.ts: the
  // whole "Grandma Holt" had anchored that paragraph.)
  // (Each cluster's sexes read once, and the new anchors added after the pass: read per titled
  // mention over the whole cluster, and over the anchors the pass itself added, the cost grew with
  // the square of the bundle — 200 copies of one story with "Mrs. Marr" took 13 to 44 s.)
  const clusterSexes = new Map<Cluster, Set<'m' | 'f' | undefined>>();
  const sexesOf = (c: Cluster): Set<'m' | 'f' | undefined> => {
    let s = clusterSexes.get(c);
    if (!s) clusterSexes.set(c, (s = new Set(c.refs.filter((x) => x.tokens.length >= 2).map((x) => givenSex(x.tokens.find((t) => t.length >= 2) ?? '')))));
    return s;
  };
  const titledAnchors: { list: Anchor[]; start: number; c: Cluster }[] = [];
  for (const { r } of single) {
    const sex = honorificSex(r.mention);
    if (!sex || !(r.mention.type === 'person')) continue;
    const list = anchors.get(`${r.article}\u0000${r.tokens[0]}`);
    if (!list) continue;
    const fits = new Set<Cluster>();
    for (const a of list) {
      // (Not one the article introduces only as someone's relative: "One of her daughters, Molly Holt".)
      if (a.kin || fits.has(a.c)) continue;
      const sexes = sexesOf(a.c);
      if (sexes.has(sex) && !sexes.has(sex === 'f' ? 'm' : 'f')) fits.add(a.c);
    }
    if (fits.size === 1) titledAnchors.push({ list, start: r.mention.start, c: [...fits][0] });
  }
  for (const t of titledAnchors) t.list.push({ start: t.start, c: t.c, kin: false });
  for (const list of anchors.values()) list.sort((x, y) => x.start - y.start);
  const paragraphAnchor = (r: MentionRef): Cluster | null => {
    const list = anchors.get(`${r.article}\u0000${r.tokens[0]}`);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < r.mention.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    const para = (articleText.get(r.article) ?? '').lastIndexOf('\n', r.mention.start - 1) + 1;
    // The paragraph's full names of the surname before it, the latest first: the one person
    // among them not introduced as a relative or a topic is the anchor ("Juan Ortega, the father
    // of Elian Ortega, flew in. Ortega said …": the subject, not the son named in his
    // apposition; centering ranks a topic's or a relative's namesake below the subject). Two
    // such people leave it open. A full name repeated in the paragraph is one entry each; the
    // walk stops after ANCHOR_WALK entries, so a paragraph of many namesakes costs no more.
    let found: Cluster | null = null;
    for (let i = lo - 1, n = 0; i >= 0 && n < ANCHOR_WALK && list[i].start >= para; i--, n++) {
      const a = list[i];
      if (a.kin) continue;
      if (found && found !== a.c) return null;
      found = a.c;
    }
    return found;
  };
  // Applied to the candidates the rules left: the anchor among them is the one; an anchor that is
  // no person of the story's (a full name the tagger typed otherwise) leaves the surname apart,
  // since the paragraph is about someone else; an anchor the sex or title tests ruled out leaves
  // the candidates as they are (those tests read the mention itself).
  const anchored = (cands: Cluster[], r: MentionRef, surnameOf: Cluster[]): Cluster[] => {
    const a = paragraphAnchor(r);
    if (!a) return cands;
    if (cands.includes(a)) return [a];
    return a.person || surnameOf.includes(a) ? cands : [];
  };
  const sameLoneSuffix = (c: Cluster, r: MentionRef): boolean => (r.suffix ? c.suffixes.size === 1 && c.suffixes.has(r.suffix) : c.suffixes.size === 0);
  for (const { r } of single) {
    const tok = r.tokens[0];
    const type = r.mention.type;
    // (A bare word has no given name to vouch for a spelling: two names in their own right that
    // are one letter apart stay apart; see sameLoneWord.)
    const surnameOf = near(r.tokens).filter((c) => c.person && c.full.length >= 2 && [...c.lasts].some((l) => sameLoneWord(l, tok)) && suffixOk(c, r));
    let cands: Cluster[];
    const acr = acronymOf(r);
    const spelled = acr && !credit(r) ? spelledBy(r, acr).filter((c) => introducedIn(c, r.article) || established.get(acr)?.has(c) || lexiconPair(c, acr) || onlyExpansion(r, acr, c)) : [];
    const party = spelled.length ? [] : partyOf(r, surnameOf);
    if (party.length) {
      // (Typed as the body it names: the entity is an organization, not the tagger's guess.)
      r.mention = { ...r.mention, type: 'organization' };
      cands = party;
    } else if (spelled.length) {
      // "FDA" after "Food and Drug Administration": an acronym is the name in the story whose
      // initials it spells and that it stands for (above; a person's only when the acronym is
      // typed a person: "JFK").
      cands = spelled;
    } else if (type === 'person') {
      // A lone person name is a surname ("Assad", "Mr. al-Sharaa"): it matches a full name by
      // its LAST token only, so "Assad" never reaches "Asaad al-Shaibani" through his first name.
      // Only the full name its OWN article introduced: a news story names a person in full
      // before using the surname, so a bare surname in an article that introduced nobody of that
      // name may be anyone (another witness called Smith); linking it to another article's full
      // name merged different people. Such surnames join each other (below) or a namesake
      // holding the same role (further below), never a full name by the surname alone.
      // An honorific that marks sex ("Mrs. Clinton", "Mr. Clinton") says which member of a
      // family the surname is, whatever office the article gives the surname elsewhere: it joins
      // the person of its article whose given name is of that sex (given-names.ts), and, where
      // the story names two people of the surname, never one of the other sex. (The article's
      // "President Clinton" keeps the bare surname from her, untitled above; her "Mrs. Clinton"
      // is still hers.) With one person of the surname in the story the sex decides nothing:
      // the lexicon's sexes are US birth counts, and "Mr. Charest" is Jean Charest (read on DUC
      // 2006 dev, where a first version split him off).
      const sex = honorificSex(r.mention);
      // (The sexes of all the given names a person is written with: a cut name's first word,
      // "Christian" of "Christian Karla Faye Tucker", is outvoted by "Karla Faye Tucker".)
      // (An initial is skipped: "K. George Thampy" is a George.)
      const sexes = (c: Cluster): Set<string | undefined> => new Set(c.refs.filter((x) => x.tokens.length >= 2).map((x) => givenSex(x.tokens.find((t) => t.length >= 2) ?? '')));
      const sexOk = (c: Cluster): boolean => !sex || surnameOf.length < 2 || sexes(c).has(sex) || !sexes(c).has(sex === 'f' ? 'm' : 'f');
      const sexFits = (c: Cluster): boolean => sex !== undefined && sexes(c).has(sex) && !sexes(c).has(sex === 'f' ? 'm' : 'f');
      cands = surnameOf.filter((c) => c.articles.has(r.article) && sexOk(c) && (untitled(c, tok, r.article, surnameOf.length, roleHead(r.mention)) || sexFits(c)));
      cands = beyondCouple(cands, r) ?? cands;
      // Except for the story's established namesake: the only person of that surname in the
      // story, introduced in full by two articles or more ("Barack Obama" in two reports, "Obama"
      // alone in a third). News leaves out the introduction only for a name its readers already
      // know, and such a name is the one the other reports introduce again and again; a second
      // person of the name anywhere in the story, or a single introduction, is not enough.
      // Likewise a surname that is no common English word or name (not among the 20,000 most
      // frequent stems of the word prior, SUBTLEX-US: "Okafor", not "Gray" or "Brown"), when the
      // story holds one person of that surname: a rare name in one story is one person, a
      // common one may be anyone's.
      if (cands.length === 0 && surnameOf.length === 1 && namesake(surnameOf[0], tok, r.article) && sexOk(surnameOf[0])) cands = surnameOf;
      // And a surname premodifying a head of government's tenure ("the Trump administration",
      // "the Obama presidency"; the annotator types it a person, mentions.ts): one who heads a
      // government is the story's one person of that surname, however common the word ("Bush").
      if (cands.length === 0 && surnameOf.length === 1 && untitled(surnameOf[0], tok, r.article) && TENURE_AFTER.test((articleText.get(r.article) ?? '').slice(r.mention.end, r.mention.end + 16))) cands = surnameOf;
      // A lone word that ends one full name and begins another its own article introduced is
      // ambiguous: "Shi" after "Qiao Shi" and "Shi Guangsheng" (Chinese names put the surname
      // first) may be either man, and the word alone cannot say which. It stays an entity of its
      // own rather than lending one person's words to the other.
      const given = byGiven(r);
      if (given.length && cands.length && cands.some((c) => !given.includes(c))) cands = [];
      else if (cands.length === 0) cands = given;
      if (cands.length === 0) cands = near(r.tokens).filter((c) => c.full.length === 1 && sameLoneWord(c.full[0], tok) && sameLoneSuffix(c, r));
      cands = anchored(cands, r, surnameOf);
    } else {
      // A news story names a person in full once and by surname after: a bare surname the
      // annotator could not type ("other") is the person its own article introduced, or the
      // story's established namesake (as for a person above: "Biden" in "the Biden
      // administration" is typed "other"). Places and organisations keep their type (the
      // annotator's one-sense rule already decided those).
      // So is a bare surname typed a body or a place that no lexicon knows as one, unless a
      // locative preposition stands before it ("in Houston" after "Marcus Houston"): the tagger
      // reads "Cuomo's office" or "Vell announced" as a body, and the surname left apart from
      // its person hid that person's words from the name checks.
      const surnameLike = type === 'other' || (!PLACES.has(r.mention.text.replace(/['’]s$/, '')) && !ORGANIZATIONS.has(r.mention.text.replace(/['’]s$/, '')) && !locativeBefore(r) && !(type === 'place' && placedIn(r)));
      let local = surnameLike ? surnameOf.filter((c) => c.articles.has(r.article) && (type === 'other' || introducedIn(c, r.article))) : [];
      local = beyondCouple(local, r) ?? local;
      if (surnameLike && local.length === 0 && surnameOf.length === 1 && namesake(surnameOf[0], tok, r.article)) local = surnameOf;
      if (surnameLike) local = anchored(local, r, surnameOf);
      if (type === 'other') {
        // (Ambiguous between a surname and a surname written first: as for a person above.)
        const given = byGiven(r);
        if (given.length && local.some((c) => !given.includes(c))) local = [];
        else if (local.length === 0) local = given;
      }
      // A lone first word of the one person its article named in full just before, typed a
      // body or a place that no lexicon knows ("Tedros cited his experience" after "Tedros
      // Adhanom Ghebreyesus"; "Doje said" after "Doje Cering", read on AllSides 5859 and DUC 2006
      // D0627I): the tagger reads a lone capitalised word before a verb as a body, and the
      // person's given name stood as an organisation of its own. Not after a locative
      // preposition (surnameLike): "in Ariel" is the settlement, not Ariel Sharon; nor after a
      // name and a comma, where news places a town in its county or state ("Redwood Valley,
      // Mendocino" beside "the Mendocino Fetzer wine family", DUC 2006 D0611B).
      if (type !== 'other' && surnameLike && local.length === 0 && !/\p{L}[.]?,\s$/u.test((articleText.get(r.article) ?? '').slice(Math.max(0, r.mention.start - 4), r.mention.start))) local = byGiven(r);
      if (type === 'organization' && local.length === 0) local = headAnaphor(r);
      if (type === 'organization' && local.length === 0) local = dailyOf(r);
      if ((type === 'place' || type === 'organization') && local.length === 0) local = regionOf(r);
      // A lone word joins the entity that the same lone word joined elsewhere: a single-word
      // entity, or a body whose own article used the word as its head anaphor (above): "Colts"
      // in one report is the "Indianapolis Colts" that another report called "the Colts".
      cands = local.length ? local : near(r.tokens).filter((c) => (c.full.length === 1 && sameLoneWord(c.full[0], tok) && sameLoneSuffix(c, r)) || (!c.person && c.heads.has(tok)));
    }
    const head = roleHead(r.mention);
    if (head && !spelled.length && (type === 'person' || type === 'other')) {
      // A surname with a role goes to the person of that surname who holds the role, when there
      // is one ("Attorney General Gonzalez": not the clerk of the same name). A surname one letter
      // from a person's (Gonzalez/Gonzales) is that person only with the same role.
      const withRole = [...surnameOf, ...variantsOf(tok).filter((c) => c.person && suffixOk(c, r) && !surnameOf.includes(c))].filter((c) => c.roles.has(head));
      if (withRole.length) cands = withRole;
    }
    // An acronym whose initials fit several names in the story, none of them its article's or
    // dominant, is matched as a plain word (other articles' "AP" may have founded an entity).
    const hit = pick(cands, r) ?? (spelled.length && cands === spelled ? pick(near(r.tokens).filter((c) => c.full.length === 1 && sameLoneWord(c.full[0], tok) && sameLoneSuffix(c, r)), r) : null);
    if (hit) join(hit, r);
    else add(cluster(r));
  }

  mergeSameInitials(clusters, established);
  mergeDivisions(clusters);
  mergeCompoundSpellings(clusters);
  mergeCompanyForms(clusters, articleText);
  mergeIllnessNames(clusters);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const built = clusters.filter((c) => !positionalCapital(c.refs, articleById)).map((c) => toEntity(c, outletOf));
  built.sort(
    (a, b) =>
      b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || cmp(a.name, b.name) || articleOrder(a.mentions[0].article, b.mentions[0].article) || a.mentions[0].start - b.mentions[0].start,
  );
  built.forEach((e, i) => (e.id = `e${i + 1}`));

  const spanIndex = new Map<string, Array<{ start: number; end: number; id: string }>>();
  for (const e of built) {
    for (const m of e.mentions) {
      let list = spanIndex.get(m.article);
      if (!list) spanIndex.set(m.article, (list = []));
      list.push({ start: m.start, end: m.end, id: e.id });
    }
  }
  const byId = new Map(built.map((e) => [e.id, e]));
  for (const list of spanIndex.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  // Mentions never nest far: a binary search to the last mention starting before `end`, then a
  // short walk back, finds any overlap without scanning the article's whole list.
  const at = (article: string, start: number, end: number): string | null => {
    const list = spanIndex.get(article);
    if (!list) return null;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (list[k].end > start) return list[k].id;
    return null;
  };
  // Name lookups (quote speakers, claims) come once per quote or sentence and repeat the same
  // few names: each entity's name words are computed once, entities are found through the
  // skeleton of their names' last words, and answers are memoised per (article, name).
  const prepared = built.map((e, index) => ({ e, index, full: nameTokens(e.name), aliases: e.aliases.map((al) => nameTokens(al.text)) }));
  const byLastWord = new Map<string, typeof prepared>();
  for (const p of prepared) {
    const keys = new Set([p.full, ...p.aliases].filter((t) => t.length).map((t) => skeleton(t[t.length - 1])));
    for (const k of keys) {
      const list = byLastWord.get(k) ?? [];
      list.push(p);
      byLastWord.set(k, list);
    }
  }
  const memo = new Map<string, string | null>();
  const byName = (name: string, article?: string): string | null => {
    const key = `${article ?? ''}\u0000${name}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const toks = nameTokens(name);
    let best: (typeof prepared)[number] | null = null;
    let bestScore = -1;
    if (toks.length) {
      for (const p of byLastWord.get(skeleton(toks[toks.length - 1])) ?? []) {
        const full = p.full;
        const matches = p.aliases.some((al) => tokensEqual(al, toks)) || (toks.length === 1 && full.length >= 1 && sameWord(full[full.length - 1], toks[0])) || sameFullName(full, toks);
        if (!matches) continue;
        const sc = (article && p.e.articles.includes(article) ? 1000 : 0) + p.e.mentions.length;
        // Ties go to the earlier entity, as in a scan of the list in order.
        if (sc > bestScore || (sc === bestScore && best && p.index < best.index)) {
          best = p;
          bestScore = sc;
        }
      }
    }
    const id = best ? best.e.id : null;
    memo.set(key, id);
    return id;
  };
  return { entities: built, at, byName, get: (id) => byId.get(id) };
}

/** Lower-case word lists of the countries the place lexicon knows ("united states"), built on first use. */
let countryWords: Set<string> | null = null;
/**
 * A body's name tokens without a country's name before them ("united states food and drug
 * administration" → "food and drug administration"): outlets name a national body with or
 * without its country (matchForm has already spelled out "US" and ownForm read "British" as
 * the country). The tokens unchanged when no country opens them.
 */
/**
 * The first `k` words of a body's name as written ("Senate" of "Senate Rules Committee") name a
 * body or place the lexicons know (or, with `named`, that the story names on their own): the
 * owner of the rest, which the story may drop.
 */
/** The last of the first `k` words of a body's name, lower case ("senate" of "Senate Rules Committee"). */
function ownerHead(text: string, k: number): string {
  const words = text.replace(/^the\s+/i, '').split(/\s+/);
  return (words[Math.min(k, words.length) - 1] ?? '').replace(/['’]s$/, '').toLowerCase();
}

/**
 * Is `w` a word of the same kind as one of the known owners' `heads` ("house" beside "senate",
 * "ohio" beside "texas")? By their word vectors' cosine: co-hyponyms sit close in GloVe space
 * (house/senate .72, texas/ohio .81), an adjective opening another body's name does not
 * (national/nations .51, national/senate .47). The bound .65 lies between those two groups
 * (chosen on those pairs; city/county, .60, stays below it: "the city's Department of Health"
 * beside a county's kept its link on DUC 2006 dev D0622D).
 */
function sameKindOwner(w: string, heads: readonly string[]): boolean {
  const v = w ? wordVector(w) : null;
  if (!v) return false;
  for (const h of heads) {
    const u = h && h !== w ? wordVector(h) : null;
    if (u && dot(u, v) >= 0.65) return true;
  }
  return false;
}

function ownerWords(text: string, k: number, named?: ReadonlySet<string>): boolean {
  const words = text.replace(/^the\s+/i, '').split(/\s+/);
  if (k < 1 || k >= words.length) return false;
  const head = words.slice(0, k).join(' ').replace(/['’]s$/, '');
  if (named) return named.has(head);
  return ORGANIZATIONS.has(head) || PLACES.has(head) || COUNTRY_OF_DEMONYM.has(head);
}

function withoutCountry(tokens: string[]): string[] {
  if (!countryWords) {
    countryWords = new Set([...new Set(COUNTRY_OF_DEMONYM.values())].map((c) => c.toLowerCase()));
    countryWords.add('united states');
  }
  for (let k = Math.min(3, tokens.length - 1); k >= 1; k--) if (countryWords.has(tokens.slice(0, k).join(' '))) return tokens.slice(k);
  return tokens;
}

/**
 * Drops the clusters a merge pass absorbed, in one pass at the end: a splice per merge searched
 * and shifted the list each time, quadratic in the clusters of a long story.
 */
function dropAbsorbed(clusters: Cluster[], gone: Set<Cluster>): void {
  if (gone.size === 0) return;
  const kept = clusters.filter((c) => !gone.has(c));
  clusters.length = 0;
  clusters.push(...kept);
}

/** Moves `c`'s mentions into `into` and marks `c` absorbed (dropped at the end by dropAbsorbed). */
function absorbInto(into: Cluster, c: Cluster, gone: Set<Cluster>): void {
  for (const r of c.refs) {
    into.refs.push(r);
    into.articles.add(r.article);
  }
  gone.add(c);
}

/**
 * "COVID-19" and "Covid": an illness is named with and without the number of its year or strain
 * ("H1N1" aside), and outlets differ in case. Clusters whose names differ only by case and a
 * final hyphenated number are one illness when the story shows one of them to be an illness
 * (a mention in an illness's context, diseaseContext): without that evidence "F-16" is no "F".
 */
function mergeIllnessNames(clusters: Cluster[]): void {
  const key = (c: Cluster): string => c.refs[0].mention.text.replace(/['’]s$/, '').replace(/[-‐‑]\d{1,4}$/, '').toLowerCase();
  const ill = new Map<string, Cluster>();
  for (const c of clusters) if (!c.person && c.refs.some((r) => r.disease) && !ill.has(key(c))) ill.set(key(c), c);
  if (ill.size === 0) return;
  const gone = new Set<Cluster>();
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.person) continue;
    const p = ill.get(key(c));
    if (!p || p === c) continue;
    absorbInto(p, c, gone);
  }
  dropAbsorbed(clusters, gone);
}

/**
 * One company's name written as one word, in camel case and as two words ("Lucasfilm",
 * "LucasFilm", "Lucas Film"; "DreamWorks" / "Dream Works"): the words run together are the same
 * letters, but word-by-word matching sees one token against two. A body named by one word that
 * is an organization in the story meets a name of two words or more whose words, run together,
 * spell it, when that name's last word is an everyday English word (commonWord: "film",
 * "works", "book" — a compound's head; a person's surname rarely is, and "Lucas Film" is typed
 * a person by the annotator for its given name). Only exact letters: two different given names
 * or any other letter change never meet here. Grouped by the run-together key (one pass).
 */
function mergeCompoundSpellings(clusters: Cluster[]): void {
  const single = new Map<string, Cluster>();
  for (const c of clusters) if (c.full.length === 1 && c.full[0].length >= 6 && majorityType(c) === 'organization') single.set(c.full[0], c);
  if (single.size === 0) return;
  // (Merged clusters are marked and dropped in one pass at the end: dropAbsorbed.)
  const gone = new Set<Cluster>();
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.full.length < 2 || c.full.length > 3 || !commonWord(c.full[c.full.length - 1])) continue;
    const p = single.get(c.full.join(''));
    if (!p || p === c) continue;
    absorbInto(p, c, gone);
  }
  dropAbsorbed(clusters, gone);
}

/**
 * A personal pronoun of the third person (he, she, his, her …) after a name within its sentence
 * (capped): "William Voss, a mathematician, defended his book" shows a person however the tagger
 * typed the name; a company is "it". Read up to the sentence's end, at most 160 characters.
 */
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|hers|him|himself|herself)\b/i;
function personalPronounAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 160);
  const stop = rest.search(/[.!?](?:\s|$)/);
  return PERSONAL_PRONOUN.test(stop < 0 ? rest : rest.slice(0, stop));
}

/**
 * The lone name at start–end speaks or is spoken of as a person: a verb of saying right before or
 * after it ("“…,” Levi said", "said Levi"; not "… said in a statement", a company's voice), or
 * "he"/"she" later in its sentence ("Levi told reporters that he …"). A given name the word
 * vectors place among brands (brandWord: "Levi", "Mercedes", "Estee") is then its person's:
 * left apart, the person's quotes under the lone name made two speakers of one man, a false
 * "outlets name different speakers" card against the outlet that used the full name.
 */
function speaksAsPerson(text: string, start: number, end: number): boolean {
  if (personalPronounAfter(text, end)) return true;
  if (/^['’]?s?\s+(?:(?:has|had|also)\s+)?(?:said|says|told|tells|added|adds|asked|explained|insisted|wrote)\b(?!\s+in\s+(?:a|its)\s+(?:statement|release|filing))/.test(text.slice(end, end + 60))) return true;
  return /\b(?:said|says|told|added|asked)\s+$/.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A person's context after a name: "he"/"she" later in its sentence (personalPronounAfter), or
 * "He"/"She"/"His"/"Her" opening the next one ("Omar Hariri died on Friday. His plane …"), the
 * pronoun a story uses for the person it has just named; no site is "he" or "his".
 */
function personalContext(text: string, end: number): boolean {
  if (personalPronounAfter(text, end)) return true;
  const rest = text.slice(end, end + 400);
  const stop = rest.search(/[.!?]["'”’]?\s+/);
  return stop >= 0 && /^[.!?]["'”’]?\s+(?:He|She|His|Her)\b/.test(rest.slice(stop));
}

/** A company's legal designator closing its name (", Inc.", " Corp.", " Co.", " Ltd."). */
const DESIGNATOR_END = /,?\s+(?:Inc|Corp|Co|Cos|Ltd|LLC|PLC|Plc|Corporation|Incorporated|Company|Limited)\b\.?$/;
/** Last words of a company's name that say what kind of company, not which ("Airways", "Inc."). */
const CORPORATE_HEADS = new Set(['airways', 'airlines', 'airline', 'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'llc', 'plc', 'group', 'holdings', 'ag', 'sa', 'nv', 'gmbh']);

/**
 * One company named with and without the word that says what kind of company it is, and by its
 * first word alone ("Cathay Pacific Airways", "Cathay Pacific", "Cathay" in one story: read on
 * DUC 2003 dev d31041t, three entities for one airline; "Walt Disney Co." / "Walt Disney"): news
 * drops a company's designator after the first mention. An organization whose name is another
 * organization's name and one such word joins it. Then a lone word typed an organization joins
 * the one company of the story whose name opens with it, when that company is named with its
 * designator somewhere (a company, not a foundation or a team: "Ford" and "Ford Foundation" stay
 * apart) and no other name of the story of two words or more opens with the word.
 */
function mergeCompanyForms(clusters: Cluster[], articleText: Map<string, string>): void {
  const orgs = new Map<string, Cluster>();
  for (const c of clusters) if (!c.person && majorityType(c) === 'organization') orgs.set(c.full.join(' '), c);
  // Full names typed persons with no title, role or honorific on any mention, and no personal
  // pronoun after any mention in its sentence (see below).
  const people = new Map<string, Cluster>();
  for (const c of clusters) if (c.person && c.full.length >= 2 && c.roles.size === 0 && c.refs.every((r) => r.mention.role === null && !personalPronounAfter(articleText.get(r.article) ?? '', r.mention.end))) people.set(c.full.join(' '), c);
  if (orgs.size < 1 || (orgs.size < 2 && people.size === 0)) return;
  // (Merged clusters are marked and dropped in one pass at the end: no search per merge.)
  const gone = new Set<Cluster>();
  const designated = new Set<Cluster>();
  for (const c of clusters) {
    if (c.person || c.full.length < 2 || !CORPORATE_HEADS.has(c.full[c.full.length - 1]) || majorityType(c) !== 'organization') continue;
    // (House style joins the designator with "and" or "&": "Eli Lilly and Co." is Eli Lilly.)
    const head = c.full.slice(0, -1);
    if (head.length >= 2 && (head[head.length - 1] === 'and' || head[head.length - 1] === '&')) head.pop();
    const bare = orgs.get(head.join(' '));
    const namesake = bare ? undefined : people.get(head.join(' '));
    if (bare && bare !== c && !gone.has(bare)) {
      absorbInto(bare, c, gone);
      designated.add(bare);
    } else if (namesake && !gone.has(namesake)) {
      // A company named after its founder ("Eli Lilly", "Johnson Controls") is typed a person
      // where a report writes it bare ("Eli Lilly said on Tuesday it would cut prices"). A name
      // the story also writes with a company's designator ("Eli Lilly and Co.") is that company
      // wherever it stands bare (one sense per discourse), unless a title, role, honorific or a
      // personal pronoun after it shows a person somewhere (people holds only names none of
      // whose mentions has one: "the work of William Voss and Co." is a man and his circle).
      for (const r of namesake.refs) r.mention = { ...r.mention, type: 'organization' };
      namesake.person = false;
      absorbInto(namesake, c, gone);
      designated.add(namesake);
    } else designated.add(c);
  }
  // Names of two words or more by their first word (any type): the lone word is theirs only when
  // exactly one of them, a designated company, opens with it.
  const openers = new Map<string, Set<Cluster>>();
  for (const c of clusters) if (c.full.length >= 2 && !gone.has(c)) (openers.get(c.full[0]) ?? openers.set(c.full[0], new Set()).get(c.full[0])!).add(c);
  for (const c of clusters) {
    if (gone.has(c) || c.person || c.full.length !== 1 || majorityType(c) !== 'organization') continue;
    const word = c.refs[0].mention.text.replace(/['’]s$/, '');
    if (PLACES.has(word) || ORGANIZATIONS.has(word) || /^\p{Lu}{2,}$/u.test(word)) continue;
    const opens = openers.get(c.full[0]);
    if (!opens || opens.size !== 1) continue;
    const [company] = opens;
    if (!designated.has(company) || gone.has(company)) continue;
    absorbInto(company, c, gone);
  }
  dropAbsorbed(clusters, gone);
}

/**
 * Whether a form is the canonical name spelled otherwise with the same letters or words: another
 * writing of a number ("20th" / "Twentieth"), a hyphen for a space ("Century-Fox"), words run
 * together or in camel case ("Lucasfilm" / "LucasFilm" / "Lucas Film"). Case alone in a form
 * without lower-case letters (a dateline's "FOX") is layout, and periods, a possessive and a
 * leading "The" are no spelling.
 */
function respelled(form: string, canon: string): boolean {
  if (nameTokens(form, false).join('') !== nameTokens(canon, false).join('')) return false;
  const bare = (x: string): string => x.replace(/^The\s+/, '').replace(/['’]s$/, '').replace(/[.,'’]/g, '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const a = bare(form);
  const b = bare(canon);
  if (a.toLowerCase() !== b.toLowerCase()) return true;
  return a !== b && /\p{Ll}/u.test(a) && /\p{Ll}/u.test(b);
}

/** The type most of a cluster's mentions have (ties by name, as toEntity decides). */
function majorityType(c: Cluster): EntityType {
  const n = new Map<EntityType, number>();
  for (const r of c.refs) n.set(r.mention.type, (n.get(r.mention.type) ?? 0) + 1);
  // "other" is what the annotator says when it cannot tell (a name used before a noun, "the
  // Biden administration"), so on a tie a real type wins over it: one "Joe Biden" (person) and
  // one "the Biden administration's" (other) are a person.
  const rank = (t: EntityType): number => (t === 'other' ? 1 : 0);
  const sorted = [...n].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || cmp(a[0], b[0]));
  // A tie between a person and a place ("Palm Springs" typed a person by the tagger in one
  // report, a place in another): the alphabet gave it to "person". A person is then the type
  // only where some person mention shows one (a title or role before it, or a known given name
  // first); else the name is the place its other reports say it is. (Not a tie with a body:
  // "Vell said" and "Vell's office" are a person's surname as often as a body's name.)
  if (sorted.length >= 2 && sorted[0][1] === sorted[1][1] && sorted[0][0] === 'person' && sorted[1][0] === 'place') {
    const shown = c.refs.some((r) => r.mention.type === 'person' && (r.mention.role !== null || (r.tokens.length >= 2 && knownGiven(r.tokens[0]))));
    if (!shown) return sorted[1][0];
  }
  return sorted[0][0];
}

/**
 * "Centers for Disease Control and Prevention (CDC)" in one report, "Center for Disease Control
 * (CDC)" in another, "US Centers for Disease Control … CDC" in a third: each article pairs its
 * own spelling of the body with the same initials, so no one spelling is the acronym's only
 * expansion and the acronym could not join them; they stayed three organizations, each listed
 * with "CDC". Bodies that articles of one story each pair with the same initials (three letters
 * or more: two letters spell too many names) are one body when their names also share most of
 * their words (a plural "s" aside; at least two words and half the shorter name's), so two
 * different bodies that happen to share initials stay apart.
 */
function mergeSameInitials(clusters: Cluster[], established: Map<string, Set<Cluster>>): void {
  const words = (c: Cluster): Set<string> => new Set(c.full.filter((w) => !NAME_FUNCTION_WORDS.has(w)).map((w) => w.replace(/(?<=\p{L}{3})s$/u, '')));
  for (const acr of [...established.keys()].sort(cmp)) {
    if (acr.length < 3) continue;
    const set = [...(established.get(acr) ?? [])].filter((c) => !c.person && majorityType(c) === 'organization');
    for (let i = 0; i < set.length; i++) {
      for (let j = i + 1; j < set.length; j++) {
        const a = set[i];
        const b = set[j];
        if (a === b || !clusters.includes(a) || !clusters.includes(b)) continue;
        const wa = words(a);
        const wb = words(b);
        const shared = [...wa].filter((w) => wb.has(w)).length;
        if (shared < 2 || shared * 2 < Math.min(wa.size, wb.size)) continue;
        for (const r of b.refs) {
          a.refs.push(r);
          a.articles.add(r.article);
        }
        if (b.full.length > a.full.length) a.full = b.full;
        clusters.splice(clusters.indexOf(b), 1);
        set[j] = a;
      }
    }
  }
}
function push2<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
/** Lower-case words inside bodies' names that say nothing of which body it is. */
const NAME_FUNCTION_WORDS = new Set(['of', 'for', 'on', 'and', 'the', 'in', 'to']);

/**
 * "NBC News" and "NBC Nightly News" are NBC's: an organization's divisions and programmes are
 * named with the parent's name before their own words, and a story that names the parent and
 * them means one body (the network that reports, whichever of its newsrooms or shows carries it).
 * A cluster of an organization whose name is a one-word organization's name followed by more
 * words joins that organization, when the parent is named by its initials ("NBC", "PBS", "BBC"):
 * a word parent meets names that are not its divisions — "Senate Republicans" and "Senate
 * Armed Services Committee" are bodies of their own, "Facebook Files" a newspaper's series about
 * the company, "Sana Imitiyaz" a person typed a body by mistake (read on dev AllSides stories).
 * A word parent only where the outlet table knows the longer name as a newsroom ("Fox News").
 * The parent must be named alone in the story as an organization; its divisions are not merged
 * with each other without it.
 */
function mergeDivisions(clusters: Cluster[]): void {
  const parents = new Map<string, { c: Cluster; initials: boolean }>();
  for (const c of clusters) {
    if (c.person || c.full.length !== 1 || majorityType(c) !== 'organization') continue;
    const word = c.refs[0].mention.text.replace(/['’]s$/, '').replace(/\./g, '');
    parents.set(c.full[0], { c, initials: /^\p{Lu}{2,6}$/u.test(word) });
  }
  if (parents.size === 0) return;
  const outlets = new Set(Object.values(BUILTIN_OUTLETS));
  const gone = new Set<Cluster>();
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.person || c.full.length < 2 || majorityType(c) !== 'organization') continue;
    const hit = parents.get(c.full[0]);
    // A word parent only for a newsroom the outlet table knows by that name ("Fox" and "Fox
    // News", "Sky" and "Sky News": src/ingest/outlets.ts): the table vouches that the longer
    // name is the network's.
    if (!hit || !(hit.initials || c.refs.some((r) => outlets.has(r.mention.text)))) continue;
    const p = hit.c;
    if (p === c) continue;
    absorbInto(p, c, gone);
  }
  dropAbsorbed(clusters, gone);
}

function toEntity(c: Cluster, outletOf: Map<string, string>): Entity {
  const forms = new Map<string, Set<string>>();
  for (const r of c.refs) {
    let s = forms.get(r.mention.text);
    if (!s) forms.set(r.mention.text, (s = new Set()));
    s.add(r.article);
  }
  const aliases: Alias[] = [...forms].map(([text, arts]) => {
    const articles = uniqArticles(arts);
    return { text, articles, outlets: [...new Set(articles.map((a) => outletOf.get(a) ?? a))], variant: false };
  });
  aliases.sort((a, b) => b.articles.length - a.articles.length || cmp(a.text, b.text));
  let type = majorityType(c);
  // One sense per discourse: a name one of its mentions shows to be an illness ("died of X")
  // is one in the story, where other mentions gave it no telling context ("Covid" read as a
  // place after "in", as a body before "said").
  if (c.refs.some((r) => r.disease)) type = 'other';
  // Likewise a name one of its mentions shows to be a site ("Abu Ghraib prison"), where the
  // others were typed a person by its given-name first word alone: no mention with a title or
  // role ("Gen.", "spokesman") says a person, so the name is the place.
  // Nor where another mention's context shows a person (personalContext: "Omar Hariri died …
  // His plane landed at Omar Hariri airport"): an airport or a stadium is often named for the
  // very person the story is about.
  else if (type === 'person' && c.refs.some((r) => r.facility) && !c.refs.some((r) => r.mention.role || r.personal)) type = 'place';
  // A name the place or organization lexicon knows is of that type when the annotator could
  // only say "other" ("US" and "United States" typed other in a line of figures).
  if (type === 'other') {
    const known = aliases.map((a) => a.text.replace(/^The\s+/, ''));
    if (known.some((t) => PLACES.has(t))) type = 'place';
    else if (known.some((t) => ORGANIZATIONS.has(t))) type = 'organization';
  }
  const name = canonicalName(aliases);
  const canon = nameTokens(name);
  for (const al of aliases) al.variant = isSpellingVariant(nameTokens(al.text), canon) || (type !== 'person' && respelled(al.text, name));
  return {
    id: '',
    name,
    type,
    aliases,
    mentions: c.refs
      .map((r) => ({ article: r.article, start: r.mention.start, end: r.mention.end }))
      .sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
    articles: uniqArticles(c.refs.map((r) => r.article)),
  };
}

/**
 * Whether a form spells a word of the canonical name differently: one of its words is not in the
 * canonical name but is a spelling of one that is (same word up to transliteration). Words the
 * canonical name lacks (a title, a middle initial) and nicknames are other forms, not variants.
 */
export function isSpellingVariant(form: string[], canon: string[]): boolean {
  return form.some((t) => !canon.includes(t) && canon.some((c) => c !== t && (sameWord(c, t) || oneLetterVariant(c, t)) && !nicknamesOf(c)?.has(t)));
}

/**
 * The most complete common form: among spellings used by at least two articles (all spellings
 * when none is shared), the one with most name words, then the most widely used, then the
 * longer (keeps particles: "Bashar al-Assad" over "Bashar Assad" when equally used); then a
 * fuller form of that one, if an article gives it ("Joe Biden" over a shared "Biden").
 */
export function canonicalName(aliases: Alias[]): string {
  // A state's abbreviation ("Calif.") names the entity only where no article spells the state
  // out: however many datelines repeat it, it is the short form of a name the story gives.
  const texts = new Set(aliases.map((a) => a.text));
  const abbreviated = (a: Alias): boolean => texts.has(US_STATE_OF_ABBREVIATION.get(a.text.replace(/\.$/, '')) ?? '');
  const named = aliases.some(abbreviated) ? aliases.filter((a) => !abbreviated(a)) : aliases;
  const shared = named.filter((a) => a.articles.length >= 2);
  const pool = shared.length ? shared : named;
  // A dateline's capitals ("TEHRAN", "NEW YORK") are layout, not the name's spelling: a form in
  // capitals that another form spells in mixed case yields to that form, however often the
  // dateline repeats it.
  const lowerForms = new Set(aliases.filter((a) => /\p{Ll}/u.test(a.text)).map((a) => a.text.toLowerCase()));
  const shouted = (a: Alias): number => Number(!/\p{Ll}/u.test(a.text) && lowerForms.has(a.text.toLowerCase()));
  // A compound written apart ("Lucas Film" beside "Lucasfilm", mergeCompoundSpellings) has
  // no more name words than the one-word form: its words count as the one word they spell, and
  // between such forms the one written without spaces names the entity.
  const singles = new Set(aliases.map((a) => nameTokens(a.text)).filter((t) => t.length === 1).map((t) => t[0]));
  // (Only a form of two name words or more: "El Hage" and "Al Gore" are one name word after
  // their particles, and a lone "Hage" does not name them.)
  const compound = (a: Alias): boolean => nameTokens(a.text).length >= 2 && singles.has(nameTokens(a.text).join(''));
  const wordCount = (a: Alias): number => (compound(a) ? 1 : nameTokens(a.text).length);
  const apart = (a: Alias): number => Number(compound(a));
  const best = [...pool].sort(
    (a, b) =>
      shouted(a) - shouted(b) ||
      wordCount(b) - wordCount(a) ||
      b.articles.length - a.articles.length ||
      apart(a) - apart(b) ||
      // Prefer the conventional lower-case particle ("al-Sharaa") over a sentence-initial capital.
      Number(/\bAl-/.test(a.text)) - Number(/\bAl-/.test(b.text)) ||
      b.text.length - a.text.length ||
      cmp(a.text, b.text),
  )[0];
  // A fuller form one article gives that holds every word of the shared one ("Joe Biden" beside a
  // shared "Biden") names the same referent better: the shared form won only by being shorter.
  // So does the name an acronym spells ("Justice Department" over a shared "DOJ").
  const words = nameTokens(best.text);
  const acr = /^(?:\p{Lu}\.?){2,6}$/u.test(best.text) ? best.text.replace(/\./g, '') : '';
  const spells = (a: Alias): boolean => acr !== '' && (initialsOf(a.text).includes(acr) || initialsOf(matchForm(a.text)).includes(acr) || initialsOf(bodyOf(a.text)).includes(acr));
  // So does the long name a shared short form opens ("Advisory Committee on Immunization
  // Practices" over a shared "Advisory Committee", see byOpening in buildEntities).
  const opens = (t: string[]): boolean => t.length > words.length + 1 && words.every((w, i) => t[i] === w) && /^(?:of|for|on)$/.test(t[words.length]);
  const fuller = aliases
    .filter((a) => a !== best && (spells(a) || opens(nameTokens(a.text)) || (nameTokens(a.text).length > words.length && words.every((w) => nameTokens(a.text).includes(w)) && nameTokens(a.text).at(-1) === words.at(-1))))
    .sort((a, b) => b.articles.length - a.articles.length || nameTokens(b.text).length - nameTokens(a.text).length || cmp(a.text, b.text))[0];
  return (fuller ?? best).text;
}
