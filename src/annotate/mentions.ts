/**
 * Named-entity mentions: finds capitalised names, splits a title or role off the front
 * ("Syrian President | Ahmed al-Sharaa", "Mr. | Putin", "Kremlin spokesman | Dmitry Peskov")
 * and types each name person / place / organization / other.
 *
 * Two readers, combined (findMentions): the hand rules below (ruleNames), and the name tagger
 * of ./ner/ — an averaged perceptron trained on CoNLL-2003 that reads the rules' verdicts as
 * features. The tagger sets the names' spans and types; combineWithRules keeps the rules where
 * they measured better (common words at a sentence start, strong typing evidence, one sense per
 * discourse); roles always come from the rules. After tagging, a long body's name cut at its
 * lower-case words ("Advisory Committee | on | Immunization Practices", "Food | and | Drug
 * Administration") is joined again (joinOrgParts).
 *
 * The rules, in one pass over the tokens plus one pass over the candidate names:
 * 1. Runs of capitalised tokens joined by single spaces, with name particles inside
 *    ("Mohammed bin Salman", "Ludwig van Beethoven") and Arabic article prefixes counted as
 *    capitalised ("al-Sharaa"). A possessive ("Assad's") ends a run and is not part of the name.
 *    A place or organization lexicon name with lower-case words inside ("Dar es Salaam",
 *    "Trinidad and Tobago") is one run, and stays whole when the tagger cut it.
 * 2. Title Case is unreliable at a sentence start and in headline lines, so there a token that is
 *    a common English word — in the list, or written in lower case elsewhere in the same article
 *    (the classic truecasing signal) — is dropped: "Despite", "Meets", "With", "Since".
 * 3. The role: the token right before the name must be a title or role noun ("President",
 *    "spokesman", "Mr."); from there the role extends left over role modifiers ("former",
 *    "Foreign"), demonyms ("Syrian"), possessive proper nouns ("Syria's") and, once a role noun
 *    was seen, capitalised words ("Kremlin spokesman"), and over "and" inside a body's name
 *    ("Health and Human Services Secretary"; see andJoinedBody). A plural party or group word
 *    glued before a surname ("Republicans | Jolly") is split off (pluralLabelBeforeSurname).
 * 4. Typing, strongest evidence first: organization and place lexicons on the whole name, a
 *    person role, name suffixes ("… Ministry", "… Palace"), acronyms, given names, Arabic name
 *    prefixes; then names typed elsewhere in the article (surname "Putin" after "Vladimir
 *    Putin"); then weak context cues ("in X", "X province", "X said"); else "other".
 * After the combination: an ordinal before a name is taken into it, and such a name is no
 * person ("20th Century Fox", ordinalLed), unless it is a placing in a ranked list ("1st Yohan
 * Blake, 2nd Tyson Gay", rankedList; not a numbered unit, "2nd Infantry Division"); a name with "Jr." or "Sr." is a person's
 * (generationPerson); a name in capitals opening a dateline ("LOS ANGELES —", "NEW YORK
 * (Reuters) -") is a place (datelinePlace); "and Co." closes a company's name (andCompany); a surname before "administration" or "presidency" (not a programme's
 * name, programmeWord), a role in a cast ("portrays X", "X, played by"), a full name whose
 * surname the article types a person alone, and a lone first name after its full name are
 * persons, and a lone name before "forces", "militias" … is a group's unless it is a ruler's
 * surname (rulerWord) (combineWithRules); a name filling a quotation an utterance verb opens
 * ("chanted “Allahu Akbar”") or whose verb of saying is followed by "its" is no person, nor, one
 * sense per discourse, are its other mentions in the article (notPersonByConstruction); a common
 * noun that classifies the name says what it is ("a film called X", "X, a comet discovered in
 * …", and the close apposition "the film X", "Jupiter's moon X": namingNounKind); a name that
 * fills a construction only a settlement fills ("residents of X", "X's mayor", "X, a town of …")
 * is a place in all its mentions (settlementsByConstruction); a lone given name right after
 * "the"/"a"/"an" ("won the Oscar") is no person (determinerLedGivenNames); a name whose plural
 * head's word vector is a company's ("Vail Resorts") is a body (companiesByPluralHead); a name
 * written before "tribe" or opening a tribe's name is a people in its bare mentions
 * (peoplesByConstruction); "El X" / "La X" told as weather is a phenomenon (climatePatterns).
 */
import type { Mention, Sentence, TextSpan } from '../core/schema.js';
import { COMMON_ACRONYMS, COMMON_WORDS, PRIZE_HEADS } from './lexicon/common.js';
import { ORGANIZATIONS, ORG_PREFIXES, ORG_SUFFIXES } from './lexicon/organizations.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './lexicon/given-names.js';
import { GIVEN_NAMES, HONORIFICS, ROLE_ACRONYMS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/persons.js';
import { SUBSTANCE_NAMES } from './lexicon/substances.js';
import { NAMING_NOUNS } from './lexicon/naming-nouns.js';
import { BUILTIN_OUTLETS } from '../ingest/outlets.js';
import { COUNTRY_OF_DEMONYM, DEMONYM_PLURALS, PLACES, PLACE_HEAD_AFTER, PLACE_SUFFIXES, POLICE_OF_PLACE } from './lexicon/places.js';
import { dot, wordRow, wordVector } from '../compare/words/embeddings.js';
import { markUnreliable } from './ner/casing.js';
import { prepareDoc, type NerDoc } from './ner/features.js';
import { nameSpan, tagNames, type TaggedName } from './ner/tagger.js';
import { isPossessiveAt, isWordChar, stripPossessive, type Tokens } from './tokens.js';

/** Lower-case particles that may sit inside a name between capitalised words. */
const PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della',
  'dos', 'das', 'la', 'le', 'ter', 'ten', 'zu', 'y', 'st.',
]);
/**
 * How many name particles follow token `k` (at most three: "van der", "de la"), each after a
 * single space and followed by one: 0 when none does.
 */
function particlesAfter(d: NerDoc, k: number): number {
  let n = 0;
  for (let j = k + 1; j < d.count && n < 3; j++) {
    if (d.text.slice(d.ends[j - 1], d.starts[j]) !== ' ' || !PARTICLES.has(d.text.slice(d.starts[j], d.ends[j]))) break;
    n++;
  }
  if (n === 0 || k + n + 1 >= d.count || d.text.slice(d.ends[k + n], d.starts[k + n + 1]) !== ' ') return 0;
  return n;
}
/** Arabic article prefixes written in lower case inside names ("al-Sharaa", "el-Sisi"). */
const ARABIC_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|bin|ibn|abu|abd)[-‑]\p{Lu}/u;
const ARABIC_PREFIX_STRIP = /^(?:al|el|ad|an|ar|as|ash|at|az|ud)[-‑ ]/;
/** Words before "of" that keep a name going ("Ministry of Defence", "Gulf of Aden"). */
const OF_JOINERS = new Set([...ORG_PREFIXES, 'Gulf', 'Strait', 'Republic', 'Kingdom', 'Bay', 'Isle', 'Cape', 'Sea', 'Port', 'Museum', 'College', 'School', 'Secretary', 'States']);
/** Words of racial or ethnic identity, capitalised as adjectives in news style (see identityAdjective). */
const IDENTITY_ADJECTIVES = new Set(['Black', 'White', 'Brown', 'Latino', 'Latina', 'Latinx', 'Hispanic', 'Indigenous', 'Native']);
/** A determiner or quantifier opening a sentence before the adjective ("Many Black voters …"). */
const SENTENCE_DETERMINER = /^(?:A|An|The|Many|Most|Some|Few|Other|All|Young|More|Fewer|Two|Three)$/;
/** Words that follow a name, not an adjective: function words, verbs of saying, past forms. */
const NOT_AFTER_ADJECTIVE = /^(?:that|and|or|but|to|of|in|on|at|for|with|by|from|as|is|was|were|are|has|had|have|will|would|could|can|may|might|should|did|does|who|which|whose|when|if|because|said|says|told|tells|[a-z]+ed)$/;
/** Never names on their own: months, weekdays, the pronoun I. */
const NOT_NAMES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'I', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Aug.', 'Sep.',
  'Sept.', 'Oct.', 'Nov.', 'Dec.', 'God', 'OK', "I'm", 'I’m', "I've", 'I’ve', "I'll", 'I’ll', "I'd", 'I’d', 'AM', 'PM', 'GMT', 'UTC', 'EST', 'EDT', 'BST', 'CET', 'CEST', 'PST',
  // Time-zone abbreviations printed after clock times ("7:31 AM ET", "11:45 AM PDT").
  'ET', 'PT', 'CT', 'MT', 'PDT', 'MDT', 'CDT', 'CST', 'MST', 'AEST', 'AEDT', 'IST', 'JST', 'KST', 'MSK', 'EET', 'EEST',
]);
/** Reporting verbs after a name: the name speaks, so it is a person (unless a lexicon says otherwise). */
const SPEECH_AFTER = /^\s+(?:(?:has|had|also|then|later|previously|earlier|reportedly)\s+)?(?:said|says|told|tells|added|adds|wrote|writes|asked|replied|explained|insisted|argued|recalled|stressed|noted|tweeted)\b/;
/** Prepositions that put a following unknown name in a place ("in Tartous", "near Homs"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'inside', 'around']);
/** Nouns of installations after which "at/in X" is a place ("air base at X", "naval base in X"). */
const FACILITY = /\b(?:base|airbase|airport|facility|port|harbou?r|camp|prison|hospital|border|town|city|village|province|region)\s+(?:at|in|of|near)\s+$/;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ACRONYM_LONG = /^\p{Lu}{2,12}$/u;
/**
 * A sentence-initial capital that is one of the most frequent words of English ("Get", "Keep",
 * "Make") is a common word even where the article never writes it in lower case: the word-vector
 * table's rows are in corpus-frequency order (data/embeddings.bin, lower-cased text), and its
 * first FREQUENT_ROWS rows are function words, verbs and nouns, with few names among them —
 * and those few (a country, a given name, a president's surname) are kept by the lexicons or by
 * being capitalised mid-sentence elsewhere in the article, which commonCapUncached checks first.
 * The bound was chosen on the CoNLL tuning half (bench/ner.ts): 300 rows leave its figures as
 * they were (1,000 or 3,000 rows cost sentence-initial places there), and "Get" (row 150) is in.
 */
const FREQUENT_ROWS = 300;
function frequentWord(lower: string): boolean {
  const r = wordRow(lower);
  return r >= 0 && r < FREQUENT_ROWS;
}
/** Two words glued by scraping ("PoliticsSyria", "AssadImage"): not a name. */
const GLUED = /\p{Ll}{3}\p{Lu}\p{Ll}{2}/u;
const UPPER_START = /^\p{Lu}/u;
/** Generational suffixes that close a person's name ("Arcade Joseph Comeaux Jr."). */
const GENERATION = /^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV)$/;
/** A single-letter initial ("W." in "W. Mark Felt"). */
const INITIAL = /^\p{Lu}\.$/u;
/**
 * Role words that do not prove a person on their own: relational nouns that also stand before
 * countries and companies ("its ally Russia", "rival Samsung", "defending champion Spain") and
 * role nouns that double as adjectives ("the official IRNA news agency", "chief Kremlin …").
 * Such a role does not outvote a place or organization lexicon; every other role word ("Mr.",
 * "coach", "receiver") does.
 */
const NOT_ONLY_HUMAN_ROLES = new Set([
  'ally', 'partner', 'rival', 'opponent', 'counterpart', 'predecessor', 'successor', 'challenger', 'incumbent',
  'owner', 'investor', 'champion', 'member', 'official', 'general', 'major', 'chief', 'head', 'star', 'model',
  'master', 'deputy', 'senior',
]);
/** Function words an acronym's letters skip ("Department of Defense" is "DOD", not "DODD"). */
const ACRONYM_SKIP = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', '&']);

/**
 * Is the acronym `w` spelled out in lower case beside it ("obsessive-compulsive disorder (OCD)",
 * "PTSD (post-traumatic stress disorder)")? Then it stands for a common noun — a condition, a
 * substance, a device — not for a named body, whose expansion would be capitalised ("Food and
 * Drug Administration (FDA)"). Looks only at the few words next to each bracketed use.
 */
export function lowerCaseExpansion(text: string, w: string): boolean {
  const want = w.toLowerCase();
  const spells = (words: string[]): boolean => {
    const letters = words.filter((x) => !ACRONYM_SKIP.has(x)).map((x) => x[0]).join('');
    return letters === want && words.every((x) => /^[\p{Ll}&]/u.test(x));
  };
  for (let i = text.indexOf(`(${w})`); i >= 0; i = text.indexOf(`(${w})`, i + 1)) {
    const before = text.slice(Math.max(0, i - 120), i).split(/[\s\-‐‑–]+/).filter(Boolean);
    // The words before, back to as many content words as the acronym has letters.
    let n = 0;
    let k = before.length;
    while (k > 0 && n < want.length) {
      k--;
      if (!ACRONYM_SKIP.has(before[k])) n++;
    }
    if (n === want.length && spells(before.slice(k))) return true;
  }
  for (let i = text.indexOf(`${w} (`); i >= 0; i = text.indexOf(`${w} (`, i + 1)) {
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 120) continue;
    if (spells(text.slice(i + w.length + 2, close).split(/[\s\-‐‑–]+/).filter(Boolean))) return true;
  }
  return false;
}

/**
 * News outlets named in the text ("The Intercept", "NBC News", "Mother Jones"): the built-in
 * outlet table of ingest (src/ingest/outlets.ts, the outlets the tool recognises by address) is
 * a lexicon of organizations too. `full`: names as the table writes them; `afterThe`: the names
 * it writes with "The", without it ("Intercept"), which count only after a capitalised "The"
 * ("The Atlantic", not "the Atlantic"). Built on first use.
 */
let outletNames: { full: Set<string>; afterThe: Set<string> } | null = null;
function outlets(): { full: Set<string>; afterThe: Set<string> } {
  if (!outletNames) {
    outletNames = { full: new Set(), afterThe: new Set() };
    for (const n of Object.values(BUILTIN_OUTLETS)) {
      if (!/^\p{Lu}/u.test(n)) continue;
      outletNames.full.add(n);
      if (n.startsWith('The ')) outletNames.afterThe.add(n.slice(4));
    }
  }
  return outletNames;
}

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
  /**
   * Which evidence set the type: 'lexicon' (the whole name is in a place or organization list),
   * 'strong' (a role, a suffix, a given name …), 'known' (the same name typed elsewhere),
   * 'weak' (a context cue or the plain-name pattern), 'discourse' (the one-sense rule below).
   */
  how: 'lexicon' | 'strong' | 'known' | 'weak' | 'discourse' | null;
}

/**
 * Which evidence makes the mentions: the hand rules alone, the trained tagger alone (roles still
 * split by the rules), or both as the product uses them (see `combine`). The first two exist for
 * the benchmark (bench/ner.ts), which measures each.
 */
export type MentionMode = 'rules' | 'model' | 'combined';

const KIND_OF_TYPE: Kind[] = ['other', 'person', 'place', 'organization', 'other'];

export function findMentions(text: string, tok: Tokens, sentences: Sentence[], mode: MentionMode = 'combined'): Mention[] {
  const rules = ruleNames(text, tok, sentences);
  if (mode === 'rules') return rules.mentions;
  const d = prepareDoc(text, tok, sentences, rules.unreliable);
  d.rule = ruleTokenLabels(tok.count, rules.cands);
  const names = tagNames(d);
  const final = mode === 'combined' ? combineWithRules(names, rules, d) : names;
  const out: Mention[] = [];
  for (const n of final) {
    let { start, end } = nameSpan(d, n);
    const type = KIND_OF_TYPE[n.type];
    // A party-and-state tag after a legislator's name ("(R-Texas)", "D-Calif.") is US news
    // notation for an affiliation, not a body or a place of the story.
    if (PARTY_TAG.test(text.slice(start, end))) continue;
    // A stock ticker after its exchange ("(NYSE: PFE)", "Nasdaq: MRNA") is market notation for
    // the company named before it, not a name of its own: the tagger typed such capitals a body
    // or a place, and as an entity of its own it stood beside the company in the story.
    if (TICKER_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && TICKER.test(text.slice(start, end))) continue;
    // A lone given name cut off by the excerpt's ellipsis at the end of the text ("… scrapped by
    // former President Donald...": a feed excerpt or a teaser cut mid-name) lost its surname; as
    // a name of its own it would become a person of the story that no article names.
    if (text.length - end <= 16 && GIVEN_NAMES.has(text.slice(start, end)) && CUT_AT_END.test(text.slice(end))) continue;
    // "Said Greta Mills, “…”": a reporting verb inverted before the name opens the sentence and
    // the quote follows the name; the verb is no part of the name (the tagger, seeing a capital,
    // took it in, and the quote lost its speaker). Only before a quote: "Said Aouita won" is a name.
    const inverted = INVERTED_SAID.exec(text.slice(start, end));
    if (inverted && type === 'person' && QUOTE_AFTER.test(text.slice(end, end + 6))) start += inverted[0].length;
    // "Senate Majority | Leader Chuck Schumer", "House Minority | Leader": the words of a role
    // that stand between a body's name and the role noun ("majority", "deputy", "chief") belong
    // to the role, not to the body, which is "Senate". Only role modifiers that are no
    // organization word ("Foreign Ministry spokesman" keeps its "Ministry").
    if (type !== 'person' && n.last + 1 < tok.count && d.starts[n.last + 1] === d.ends[n.last] + 1 && ROLE_HEADS.has(text.slice(d.starts[n.last + 1], d.ends[n.last + 1]).toLowerCase())) {
      let b = n.last;
      const w = (k: number): string => text.slice(d.starts[k], d.ends[k]);
      // (Never into a name the lexicons know, whole or as the word itself: "White House |
      // Press Secretary" keeps "White House", "Black U.S. | Secretary" its "U.S.".)
      const known = (x: string): boolean => PLACES.has(x) || ORGANIZATIONS.has(x);
      while (b > n.first && ROLE_MODIFIERS.has(w(b).toLowerCase()) && !ORG_SUFFIXES.has(w(b)) && !known(w(b)) && !known(text.slice(d.starts[n.first], d.ends[b]))) b--;
      if (b < n.last) end = d.ends[b];
    }
    out.push({ start, end, text: text.slice(start, end), type, role: type === 'person' ? rules.roleBefore(n.first) : null });
  }
  return splitPossessedPersons(text, andJoinedRoles(joinOrgParts(text, joinPluralPossessives(text, rejoinAfterInitial(text, out).map((m) => titledPlace(text, m)))))
    .map((m) => andCompany(text, datelinePlace(text, generationPerson(text, ordinalLed(text, m))))))
    .filter((m) => !paragraphLabel(text, m));
}

/**
 * A singular possessive inside one mention: the owner and what it owns are two names. A
 * possessive ends a name (module comment, 1.), but the tagger, seeing an unbroken run of
 * capitals, sometimes reads across it: "CNN's Elle Reeve" (a reporter credited to her outlet)
 * typed one body, whose person's other mentions ("Reeve said") then joined an "organization"
 * entity of that name; "Microsoft's Outlook", "Warner-Lambert's Rezulin", "Washington's No. 1
 * enemy", "Bouchard's Parti Quebecois". Split where
 * - the words after the possessive open with a known given name and run on as a name (one to
 *   three more capitalised words, or an excerpt's ellipsis that cut the surname): a person; or
 * - the owner is a name in its own right: a place or body the lexicons know, an acronym, or a
 *   name the article writes as a mention of its own elsewhere.
 * Not where the words after it end in an organization head or a day's or an illness's head
 * ("Justice Department's Office of Legal Counsel", "Manhattan District Attorney's Office",
 * "New Year's Eve", "Alzheimer's Disease": one name), nor after a saint's or a plural's
 * possessive ("St. Martin's Griffin", "People's Republic", "Women's World Cup"; a plural owner
 * only where the article names it alone: "Wine Brats' Santa Rosa office"), nor for a
 * person's own name ("Mr. Trump's" is written outside the mention), nor in a title in quotation
 * marks ("America's Newsroom", a programme). The owner keeps the
 * mention's type unless a lexicon knows it; the owned part keeps it too unless it is a person;
 * an owned part that is one everyday word ("Washington's No. 1 enemy"), a role ("Oxfam's Policy
 * Director") or a given name cut by the ellipsis is no name.
 */
const POSSESSED_NAME = /^(.*?\S)(?:['’]s|(?<=s)['’]) (\p{Lu}[\p{L}.'’-]*)((?: (?:\p{Lu}\.|\p{Lu}[\p{L}.'’-]*|\d[\d.]*)){0,3})$/u;
/** Heads that make "X's …" one name: a day, an eve or an illness named after its owner. */
const OWNED_NAME_HEADS = new Set(['Day', 'Eve', 'Disease', 'Syndrome', 'Law', 'Prize', 'Cup']);
function splitPossessedPersons(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  // Names the article writes as mentions of their own (one sense per discourse: "Motorola" named
  // alone elsewhere is a name where it owns "Motorola's V series").
  const named = new Set(ms.map((m) => stripPossessive(m.text)));
  for (const m of ms) {
    const g = POSSESSED_NAME.exec(m.text);
    if (!g) {
      out.push(m);
      continue;
    }
    const owner = g[1];
    const tail = `${g[2]}${g[3]}`;
    const words = tail.split(' ');
    const cut = g[3] === '' && CUT_AT_END.test(text.slice(m.end, m.end + 6));
    const person = givenWord(g[2]) && (g[3] !== '' || cut) && !words.some((w) => PLACES.has(w) || ORGANIZATIONS.has(w));
    const alone = named.has(owner);
    const ownerName = PLACES.has(owner) || ORGANIZATIONS.has(owner) || ACRONYM.test(owner) || alone;
    // (A side named by its number is one name too: "the Duke of Norfolk's XI", a cricket team.)
    const oneName = words.some((w) => ORG_SUFFIXES.has(w) || OWNED_NAME_HEADS.has(w) || /^[IVXL]+$/.test(w)) || /^(?:St\.?|Saint) /.test(owner) || /^(?:People|Children|Women|Men)$/.test(owner) || (/s$/.test(owner) && !alone) || m.type === 'person';
    // (A title in quotation marks is one name whatever it holds: "America's Newsroom".)
    const quoted = /["“‘]$/.test(text.slice(Math.max(0, m.start - 1), m.start)) && /^[,.]?["”’]/.test(text.slice(m.end, m.end + 2));
    if (oneName || quoted || !(person || ownerName)) {
      out.push(m);
      continue;
    }
    const ownerType = ORGANIZATIONS.has(owner) ? 'organization' : PLACES.has(owner) ? 'place' : m.type;
    out.push({ start: m.start, end: m.start + owner.length, text: owner, type: ownerType, role: null });
    // (Nor an owned role: "Oxfam's Policy Director" names the body and a post, no second name.)
    if (cut || (words.length === 1 && commonNoun(g[2].replace(/\P{L}+$/u, '').toLowerCase())) || ROLE_HEADS.has(words[words.length - 1].toLowerCase())) continue;
    const from = m.end - tail.length;
    out.push({ start: from, end: m.end, text: tail, type: person ? 'person' : m.type, role: null });
  }
  return out;
}

/**
 * A lone capital and its full stop opening a paragraph is a label, not a name: a transcript's
 * "Q." and "A." ("Q. Were you ever alone with her?"), an outline's "B.". A person's initial is
 * written with the rest of the name ("A. Lincoln", one mention); left alone, the tagger typed the
 * question's "Q." a person (session 24's unseen reading, a deposition's transcript).
 */
function paragraphLabel(text: string, m: Mention): boolean {
  if (!/^\p{Lu}\.$/u.test(m.text)) return false;
  let i = m.start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** " and Co." or " and Company" closing a company's name (capital C: "Trump and co." is a crowd). */
const AND_COMPANY = /^ and (?:Co\.|Company\b)/;

/**
 * "Eli Lilly and Co.", "Dow Jones and Company": house style joins a company's designator to its
 * name with "and" (as "&", which the tagger reads inside the name), and the tagger, stopping at
 * the lower-case word, kept the founder's name alone and typed it a person. The designator is
 * the name's, and the name a body's.
 */
function andCompany(text: string, m: Mention): Mention {
  const hit = AND_COMPANY.exec(text.slice(m.end, m.end + 13));
  // (Not after a lone surname typed a person: "the work of Dembski and Co." is the man and his
  // circle, DUC 2006 dev D0615F; a company named for its founder is written in full.)
  if (!hit || (m.type === 'person' && !/\s/.test(m.text))) return m;
  const end = m.end + hit[0].length;
  return { start: m.start, end, text: text.slice(m.start, end), type: 'organization', role: null };
}

/**
 * What may follow a wire or newspaper dateline's place before the story begins: a state or
 * country after a comma ("SPRINGFIELD, Mo.", "BEIRUT, Lebanon"), a filing date ("WASHINGTON,
 * Dec. 5"), the agency in brackets ("(AP)", "(Reuters)"), then the dash (or AP archive
 * underscore) that opens the story. The dash is required: a capitals line without it is a
 * headline or a section label (prose.ts), not a dateline.
 */
const DATELINE_TAIL = /^(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*){0,2})?(?:,?[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?:\([ \t]*[^()\n]{2,30}\)[ \t]*)?[ \t]*(?:—|–|--?|_)[ \t]+([^\n]{0,40})/u;
/** Non-empty lines that may stand before a dateline (headline, byline, date). */
const DATELINE_MAX_LINE = 3;
let lowerOrgNames: Set<string> | null = null;

/**
 * A name in capitals opening a paragraph, followed by a dateline's tail (DATELINE_TAIL), is the
 * place the story was filed from ("LOS ANGELES —", "NEW YORK (Reuters) -", "SPRINGFIELD, Mo.
 * (AP) —"): news style writes only places there. The tagger, reading capitals with no
 * context, typed such places bodies or persons ("LOS ANGELES" an organization; session 17's
 * unseen reading). Not a name the organization lexicon or the outlet table knows in any case
 * ("AP —", "REUTERS -" open a paragraph as credits, not datelines).
 */
function datelinePlace(text: string, m: Mention): Mention {
  // (Not a hyphened word: a wire budget's slug opens its entry so, "ADULT-ADHD —", read on DUC
  // 2006 dev D0628A; prose.ts.)
  // (Only names typed a person or a body: a name the tagger typed "other" is a CoNLL MISC
  // kind of word, a market or a topic opening a report's line ("EUROBONDS - Primary market
  // activity …"), as often as a place.)
  if (m.type === 'place' || m.type === 'other' || /\p{Ll}/u.test(m.text) || !/\p{Lu}.*\p{Lu}/u.test(m.text) || /[-‐‑]/.test(m.text)) return m;
  let i = m.start;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i > 0 && text[i - 1] !== '\n') return m;
  // A dateline opens the story: at most a headline, a byline and a date line before it. Further
  // down, a capitals word before a dash opens an item of a digest or a market report ("LE TEMPS
  // - Trade talks …", "EUROBONDS - Primary market activity …", CoNLL-2003): a paper, a market.
  let lines = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < m.start; k = text.indexOf('\n', k + 1)) {
    if (/\S/.test(text.slice(k + 1, Math.min(m.start, text.indexOf('\n', k + 1) >>> 0)))) lines++;
    if (lines > DATELINE_MAX_LINE) return m;
  }
  // The story's sentence follows, in lower case as well: after a Reuters headline's topic
  // ("SOCCER - JAPAN GET LUCKY WIN", "ABN AMRO - RESULTS …", CoNLL-2003) the line goes on in
  // capitals, and its first name is a body or a team as often as a place.
  const tail = DATELINE_TAIL.exec(text.slice(m.end, m.end + 100));
  if (!tail || !/\p{Ll}/u.test(tail[1])) return m;
  if (!lowerOrgNames) {
    lowerOrgNames = new Set([...ORGANIZATIONS].map((o) => o.toLowerCase()));
    for (const [k, v] of Object.entries(BUILTIN_OUTLETS)) {
      lowerOrgNames.add(k.toLowerCase());
      lowerOrgNames.add(v.toLowerCase());
    }
  }
  if (lowerOrgNames.has(m.text.toLowerCase())) return m;
  // (Not before a short line that is no sentence: a byline in capitals before the writer's
  // credit, "JANE MORROW — Associated Press Writer" or "— staff writer", has a dateline's shape,
  // and the tagger types the writer a body or a person. The story a dateline opens goes on as a
  // sentence: several words, or one that ends. Checked on the line's rest, capped.)
  const restStart = m.end + tail.index + tail[0].length - tail[1].length;
  const nl = text.indexOf('\n', restStart);
  const rest = text.slice(restStart, nl < 0 ? Math.min(text.length, restStart + 400) : Math.min(nl, restStart + 400)).trim();
  if (rest.split(/\s+/).length < 4 && !/[.!?]["”’]?$/.test(rest)) return m;
  return { ...m, type: 'place', role: null };
}

/** Spelled ordinals that open names ("Twentieth Century Fox", "Fifth Third Bank"), by their tens and units. */
const ORDINAL_WORD = /^(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)[-‑](?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth|Fortieth|Fiftieth|Sixtieth|Seventieth|Eightieth|Ninetieth|Hundredth)$/;
/** The word right before a name, with what stands before it ("… the 20th " → "20th"). */
const WORD_BEFORE = /(?:^|\s)(\S+) $/u;
/** Last words of meetings and series, whose ordinal is an edition: "the 7th … Summit". */
const EDITION_HEAD = /\s(?:Summit|Assembly|Session|Conference|Congress|Convention|Games|Olympics|Festival|Awards|Meeting|Forum|Plenum|Anniversary|Annual|Championships?|Cup|Open|Tour)$/;
const MONTH_WORD = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;

let sexedGivenNames: Set<string> | null = null;
/** A given name of the persons lexicon or of the US birth counts (given-names.ts), any sex. */
function knownGivenName(w: string): boolean {
  sexedGivenNames ??= new Set(`${MALE_GIVEN_NAMES} ${FEMALE_GIVEN_NAMES}`.split(/\s+/).filter(Boolean));
  // (Not a common noun that is also a name: "1st Marine Division", "3rd Ward".)
  return GIVEN_NAMES.has(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && sexedGivenNames.has(w.toLowerCase()) && !commonNoun(w.toLowerCase()));
}

/**
 * "JFK Jr.", "Kennedy Sr.": "Jr." and "Sr." after a name mark a generation of a family, and only
 * people have generations, so such a name is a person's (the tagger types "JFK Jr." a body, as it
 * types the airport "JFK"). A roman numeral may number a war, a ship or a sequel: left out.
 */
function generationPerson(text: string, m: Mention): Mention {
  // A suffix the tagger left outside the name ("KLT| Jr. was flying") is the name's.
  const after = / (?:Jr|Sr|Jnr|Snr)\.|^ (?:Jr|Sr|Jnr|Snr)(?![\p{L}\d.])/u.exec(text.slice(m.end, m.end + 5));
  if (after && after.index === 0) m = { ...m, end: m.end + after[0].length, text: text.slice(m.start, m.end + after[0].length) };
  return m.type !== 'person' && /\S\s+(?:Jr|Sr|Jnr|Snr)\.?$/.test(m.text) ? { ...m, type: 'person' } : m;
}

/** Value of an ordinal in digits or spelled ("3rd", "Third" → 3), 0 for none. */
function ordinalValue(w: string): number {
  const d = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (d) return Number(d[1]);
  const k = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'].indexOf(w);
  return k + 1;
}
/** An ordinal with no determiner before it, then a capital: an item of a ranked list ("2nd Tyson Gay"). */
const RANK_ITEM = /(?:^|[^\p{L}\d\s]\s*|\n\s*)(\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?=\p{Lu})/gu;
/**
 * Is the ordinal at `pos` a placing in a ranked list ("Results: 1st Yohan Blake 9.75, 2nd Tyson
 * Gay 9.80")? Results and standings give consecutive placings, each opening an item (after a
 * comma, a colon, a bracket or a line break, never after "the"), each before a name: the rank
 * then is no part of the name it precedes. Two ordinals before names that are not consecutive
 * ("the 5th Circuit and the 9th Circuit") are two names, each with its own number. Read on 300
 * characters around the ordinal: linear.
 */
function rankedList(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 150);
  const win = text.slice(from, pos + 150);
  const at = new Set<number>();
  const values: number[] = [];
  for (const x of win.matchAll(RANK_ITEM)) {
    const v = ordinalValue(x[1]!);
    if (!v) continue;
    values.push(v);
    at.add(from + x.index! + x[0].indexOf(x[1]!));
  }
  if (!at.has(pos)) return false;
  const set = new Set(values);
  return values.some((v) => set.has(v + 1));
}

/**
 * A name opened by an ordinal ("20th Century Fox", "Twentieth Century Fox", "101st Airborne
 * Division", "5th Circuit") lost the ordinal: the tagger and the rules start names at a capital
 * letter, and a spelled ordinal opening a sentence is dropped as a common word. Cut so, "Century
 * Fox" reads as a person's given name and surname, and "Circuit" is a name of its own. The
 * ordinal (digits with their suffix, or a capitalised spelled ordinal) right before the name, one
 * space apart, is taken into it; and a name that opens with an ordinal is no person's (people are
 * not numbered before their names in news English; a regnal number follows the name), so a
 * person type becomes an organization (such names are companies, units and courts). Not after a
 * month ("May 5th Smith …" dates the clause), not a name with a role, not one opening with a
 * given name ("the 4th Joe Smith" is no name of one).
 */
function ordinalLed(text: string, m: Mention): Mention {
  if (m.role) return m;
  // Taken whole by the tagger ("… said Twentieth Century Fox"): the type alone is wrong.
  const first = /^(\S+)\s\S/.exec(m.text);
  if (first && m.type === 'person' && (/^\d{1,3}(?:st|nd|rd|th)$/.test(first[1]) || ORDINAL_WORD.test(first[1]))) {
    // A given name after the ordinal is a placing in a ranked list ("The race ended: 1st Yohan
    // Blake, 2nd Tyson Gay"): the person is named after the rank, which is left out of the name.
    const skip = first[1].length + 1;
    if (/\s/.test(m.text.slice(skip)) && (knownGivenName(m.text.slice(skip).split(/\s/)[0]!) || rankedList(text, m.start))) return { ...m, start: m.start + skip, text: m.text.slice(skip) };
    return { ...m, type: 'organization' };
  }
  const w = WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  if (!w) return m;
  const ord = w[1];
  if (!/^\d{1,3}(?:st|nd|rd|th)$/.test(ord) && !ORDINAL_WORD.test(ord)) return m;
  const before = text.slice(Math.max(0, m.start - ord.length - 40), m.start - ord.length - 1);
  const prev = /(\S+)\s*$/.exec(before);
  if (prev && MONTH_WORD.test(prev[1])) return m;
  // (A given name of the birth counts too, before a surname: "1st Tyson Gay" in a ranked list
  // is a person; a lone "3rd Ward" is not.)
  // (Nor a placing in a ranked list, whatever the name: "1st Yohan Blake, 2nd Tyson Gay"; where
  // the item opens with a given name and has a surname after it, it is a person's, whatever the
  // tagger made of the list: it typed "Tyson Gay" a body.)
  // (Not a numbered unit or street in a list, "1st Cavalry Division, 2nd Infantry Division": a
  // name the tagger did not type a person, opening with no known given name and headed by an
  // everyday noun of WordNet's (lexicon/naming-nouns.ts: division, battalion, avenue), keeps its
  // number, or "1st Infantry Division" and "2nd Infantry Division" became one "Infantry Division".)
  const namesUnit = m.type !== 'person' && !knownGivenName(m.text.split(/\s/)[0]!) && everydayNoun(m.text.split(/\s/).pop()!.toLowerCase());
  if (!namesUnit && rankedList(text, m.start - ord.length - 1)) return m.type !== 'person' && /^\S+(?:\s\S+){1,2}$/.test(m.text) && knownGivenName(m.text.split(/\s/)[0]!) ? { ...m, type: 'person' } : m;
  if (GIVEN_NAMES.has(m.text.split(/\s/)[0]!) || (/\s/.test(m.text) && knownGivenName(m.text.split(/\s/)[0]!))) return m;
  // An ordinal before a body the lexicons know, or before a meeting, counts its sessions or
  // editions ("the 76th United Nations General Assembly", "the 7th East Asia Economic Summit"):
  // the body or the series is the same one whatever the number.
  if (PLACES.has(m.text) || ORGANIZATIONS.has(m.text) || EDITION_HEAD.test(m.text)) return m;
  const start = m.start - ord.length - 1;
  return { ...m, start, text: text.slice(start, m.end), type: m.type === 'person' ? 'organization' : m.type };
}

/**
 * A role the rules opened at the word before "and" ("Health and Human Services Secretary", see
 * andJoinedBody in ruleNames): when the tagger reads that word as a person's name ("Pelosi and
 * Homeland Security Secretary …" where the article gives no other cue), the role starts after
 * "and" — two people, not one title. Otherwise the body named in the role is one organization:
 * the tagger's "Human Services" inside it becomes "Health and Human Services".
 */
function andJoinedRoles(ms: Mention[]): Mention[] {
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    const role = m.role;
    if (!role) continue;
    const and = / and /.exec(role.text);
    if (!and || /\s/.test(role.text.slice(0, and.index))) continue;
    const after = role.start + and.index + 5;
    let first = i;
    while (first > 0 && ms[first - 1].end > role.start - 1) first--;
    if (ms.slice(first, i).some((o) => o.start === role.start && o.type === 'person')) {
      m.role = { start: after, end: role.end, text: role.text.slice(and.index + 5) };
      continue;
    }
    for (let j = first; j < i; j++) {
      const o = ms[j];
      if (o.start === after && o.end <= role.end && o.type === 'organization') ms[j] = { ...o, start: role.start, text: role.text.slice(0, o.end - role.start) };
    }
  }
  return ms;
}

/** An ellipsis that ends the text (the cut of an excerpt), after a name. */
const CUT_AT_END = /^(?:\.{3}|…)["”’']?\s*$/;
/** A given name written with at most one inner capital ("LuAnn", "DeShawn"), read as the lexicons write it ("Luann"). */
const INNER_CAPITAL_GIVEN = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;
function givenWord(w: string): boolean {
  return knownGivenName(w) || (INNER_CAPITAL_GIVEN.test(w) && knownGivenName(w[0] + w.slice(1).toLowerCase()));
}

/**
 * Head words of bodies whose full name goes on after "of", "for" or "on" ("Committee on …",
 * "Centers for …", "Institutes of …"), singular or plural. Narrower than ORG_SUFFIXES on purpose:
 * a newspaper or broadcaster ("Fox News on Iran", "the Post for years") takes no complement.
 */
const COMPLEMENT_HEADS = new Set([
  'Committee', 'Commission', 'Council', 'Center', 'Centre', 'Institute', 'Department', 'Ministry', 'Office', 'Bureau',
  'Administration', 'Agency', 'Board', 'Union', 'Federation', 'Association', 'Organization', 'Organisation', 'Society',
  'Foundation', 'University', 'College', 'School', 'Academy', 'League', 'Alliance', 'Coalition', 'Authority',
  'Directorate', 'Secretariat', 'Fund', 'Tribunal', 'Panel', 'Conference', 'Court', 'Bank', 'Service',
]);
function complementHead(w: string): boolean {
  return COMPLEMENT_HEADS.has(w) || (/[^s]s$/.test(w) && COMPLEMENT_HEADS.has(w.slice(0, -1)));
}
/**
 * A common English word: in the common-word list, or among the 1,000 most frequent rows of the
 * word-vector table (corpus-frequency order, see FREQUENT_ROWS), where nouns such as "food"
 * (row 524), "drug" (718) and "health" (331) sit while company names sit far later ("ford" 1,814,
 * "boeing" 3,024, "pfizer" 12,333); the few names among the first rows (countries) are in the
 * lexicons, which the caller checks.
 */
function commonNoun(lower: string): boolean {
  if (COMMON_WORDS.has(lower)) return true;
  const r = wordRow(lower);
  return r >= 0 && r < 1000;
}
/** Does a name already run on after a body's head word ("Centers for Disease Control")? */
const HEAD_COMPLEMENT = /(\S+) (?:of|for|on) \p{Lu}/u;
function hasHeadComplement(name: string): boolean {
  const g = HEAD_COMPLEMENT.exec(name);
  return !!g && complementHead(g[1]);
}
const lastWordOf = (s: string): string => /(\S+)$/.exec(s)?.[1] ?? '';

/**
 * Long bodies' names written with lower-case words inside, which the tagger cuts into junk
 * entities: "Advisory Committee | on | Immunization Practices", "Centers | for | Disease Control
 * | and | Prevention", "Food | and | Drug Administration". (Teaching the tagger itself to join
 * across "and" cost CoNLL held-out ORG F1, 0.865 -> 0.863, so the join is made here, after
 * tagging, and only where the words say a body's name goes on.) Two neighbouring non-person
 * mentions separated by one lower-case word join into one organization when:
 * - "of", "for" or "on" follows a body's head word that takes a complement (COMPLEMENT_HEADS:
 *   "Committee on", "Centers for", "Institutes of") and what follows is no name the lexicons
 *   know on its own, nor a place (so "the Security Council on Iran", "University of Chicago" as
 *   tagged stay as they were);
 * - "and" continues a name already joined that way ("… for Disease Control | and | Prevention"),
 *   the part after it being one word and no body of its own (no organization word, not in a
 *   lexicon, no given name, so "Committee on Finance and Treasury Department" stays two);
 * - "and" joins one common English word to a body's name ("Food | and | Drug Administration"):
 *   a lone common noun ("Food", "Health") is no referent of the story; a name ("Pfizer and
 *   BioNTech Inc") is not a common word and stays apart.
 */
function joinOrgParts(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  let chained = false; // the last mention of `out` was joined across of/for/on
  for (const m of ms) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    const j = / (of|for|on|and) $/.exec(gap);
    let join = false;
    let viaPrep = false;
    if (prev && j && j.index === 0 && prev.type !== 'person' && m.type !== 'person' && /^\p{Lu}/u.test(m.text)) {
      const known = (x: string): boolean => PLACES.has(x) || ORGANIZATIONS.has(x);
      if (j[1] !== 'and') {
        join = complementHead(lastWordOf(prev.text)) && m.type !== 'place' && !known(m.text);
        viaPrep = join;
      } else if (chained || hasHeadComplement(prev.text)) {
        // (A place the tagger guessed for an unknown word is allowed: "… Control and Prevention"
        // had "Prevention" typed a place; a place the lexicon knows is not joined.)
        // One word only: two or more after "and" are a body of their own as often as not ("T.H.
        // Chan School of Public Health and Stanford Medicine", read on a dev AllSides story).
        join = !/\s/.test(m.text) && !ORG_SUFFIXES.has(m.text) && !known(m.text) && !GIVEN_NAMES.has(m.text);
        viaPrep = join;
      } else {
        const w = prev.text;
        join = /^\p{Lu}\p{Ll}+$/u.test(w) && commonNoun(w.toLowerCase()) && !known(w) && prev.type !== 'place' && ORG_SUFFIXES.has(lastWordOf(m.text));
      }
    }
    if (join && prev) {
      out[out.length - 1] = { start: prev.start, end: m.end, text: text.slice(prev.start, m.end), type: 'organization', role: null };
      chained = viaPrep;
    } else {
      out.push(m);
      chained = false;
    }
  }
  // The same "and" continuation where the tagger left the last word out of every name ("the
  // Centers for Disease Control and Prevention data"): one capitalised word, in no mention,
  // not followed by another capitalised word (that would open a role or a name: "… and
  // Prevention Director Dr. …"), under the same conditions as above.
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.type !== 'organization' || !hasHeadComplement(m.text)) continue;
    const g = AND_WORD.exec(text.slice(m.end, m.end + 40));
    if (!g) continue;
    const end = m.end + g[0].length;
    const next = out[i + 1];
    const w = g[1];
    if ((next && next.start < end + 2) || ORG_SUFFIXES.has(w) || PLACES.has(w) || ORGANIZATIONS.has(w) || GIVEN_NAMES.has(w) || NOT_NAMES.has(w)) continue;
    out[i] = { ...m, end, text: text.slice(m.start, end) };
  }
  return out;
}
/** " and Word" then no further capitalised word. */
const AND_WORD = /^ and (\p{Lu}\p{Ll}+)(?![\p{L}\d'’-])(?!\s+\p{Lu})/u;

/** Last words that make a name a place whatever stands before it: no person is called "… Island". */
const PLACE_ONLY_HEAD = /\s(?:Island|Islands|County|Province|Peninsula|Airport|Square|Avenue|Boulevard|Mountains|Strait|Canal|Parish|Township)$/;

/**
 * A place named after a person ("Prince Edward Island", "Prince William County", "King George
 * Square"): the rules split the title off the front as if a person followed, and the place lost
 * its first word. A "person" whose name ends in a word no person's name ends in, with a one-word
 * title right before it, is the place, title included.
 */
function titledPlace(text: string, m: Mention): Mention {
  if (m.type !== 'person' || !PLACE_ONLY_HEAD.test(m.text)) return m;
  const role = m.role;
  const start = role && /^\p{Lu}\p{Ll}+$/u.test(role.text) && role.end + 1 === m.start ? role.start : m.start;
  return { start, end: m.end, text: text.slice(start, m.end), type: 'place', role: null };
}

/**
 * A person's name never ends in a middle initial: "Gov. Andrew M. Cuomo of New York" was cut by
 * the tagger into "Andrew M." and a body "Cuomo of New York". When a person's mention ends in a
 * one-letter initial and the next mention begins one space later with a capitalised word, that
 * word is the surname: it joins the person, and what is left of the next mention after "of"
 * ("New York") is a place of its own, as in "the governor of New York" (the lexicon's type when it
 * knows the name; else the type the tagger gave the whole).
 */
function rejoinAfterInitial(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    const next = ms[i + 1];
    if (m.type !== 'person' || !next || next.start !== m.end + 1 || text[m.end] !== ' ' || !/(?:^|\s)\p{Lu}\.$/u.test(m.text)) {
      out.push(m);
      continue;
    }
    const w = /^\p{Lu}[\p{L}'’-]+/u.exec(next.text);
    if (!w) {
      out.push(m);
      continue;
    }
    const end = next.start + w[0].length;
    out.push({ ...m, end, text: text.slice(m.start, end) });
    const rest = /^\s+of\s+(?=\p{Lu})/u.exec(next.text.slice(w[0].length));
    if (rest) {
      const start = end + rest[0].length;
      const name = text.slice(start, next.end);
      out.push({ start, end: next.end, text: name, type: PLACES.has(name) ? 'place' : ORGANIZATIONS.has(name) ? 'organization' : next.type, role: null });
    }
    i++;
  }
  return out;
}

/**
 * A plural possessive opening a body's name: "People's Liberation Army", "Workers' Party",
 * "Children's Hospital", "Veterans' Affairs". A possessive ends a name elsewhere ("Assad's
 * army"), but a group of people in the plural owns nothing as a referent of the story: it is a
 * word of the name, which the tagger cut at the apostrophe ("People" | "Liberation Army"). A
 * plural: an English irregular plural of people, or a word in -s with the apostrophe after the
 * s; a person's or a country's name is singular ("Trump's Justice Department" stays cut).
 */
const PLURAL_POSSESSIVE = /(?:^|[^\p{L}])((?:People|Children|Women|Men)['’]s|\p{Lu}\p{Ll}+s['’]) $/u;

function joinPluralPossessives(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (m.type === 'person') {
      out.push(m);
      continue;
    }
    const g = PLURAL_POSSESSIVE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!g) {
      out.push(m);
      continue;
    }
    const start = m.start - g[1].length - 1;
    // The possessor the tagger may have kept as a name of its own ("People") goes into the name.
    const prev = out[out.length - 1];
    if (prev && prev.start >= start && prev.end <= m.start) out.pop();
    out.push({ ...m, start, text: text.slice(start, m.end) });
  }
  return out;
}

/** An exchange's name and colon before a ticker, inside the company's parenthesis ("(NYSE: PFE)", "(Nasdaq: MRNA)"). */
const TICKER_BEFORE = /\(\s*(?:NYSE(?: American| Arca)?|NASDAQ|Nasdaq|AMEX|TSX|TSXV|LSE|ASX|OTC|OTCQX|HKEX|SEHK|NSE|BSE|TYO)\s*:\s*$/;
/** A ticker: one to five capitals, a class letter after a full stop allowed ("BRK.B"). */
const TICKER = /^\p{Lu}{1,5}(?:\.\p{Lu})?$/u;

/** A US party-and-state tag: "R-Texas", "D-Calif", "I-Vt." (R, D or I, a hyphen, a state). */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;
/** A reporting verb opening an inverted attribution, then a capitalised name. */
const INVERTED_SAID = /^(?:Said|Says|Added|Asked)\s+(?=\p{Lu}\p{Ll})/u;
/** A comma or colon, then an opening quotation mark. */
const QUOTE_AFTER = /^\s*[,:]\s*["“]/;

const TYPE_INDEX: Record<Kind, number> = { person: 1, place: 2, organization: 3, other: 4 };
/**
 * A verb or noun of casting before a role's name ("portrays", "stars as", "the character of").
 * Not "returns as" or "appears as", which sports and politics use of jobs ("Cheeks returns as
 * Sixers' coach", read on ECB+ dev), nor "role of" or "part of" alone ("the role of Hamas",
 * "part of Qeshm island").
 */
const CAST_BEFORE = /(?:^|\s)(?:portrays|portrayed|portraying|voices|voiced|voicing|(?:stars|starred|starring|cast) as|(?:plays|played|playing) the (?:role|part) of|character of|characters?|villain|heroine|hero)\s+$/;
/** "played by", "voiced by", "portrayed by" after a role's name (with a comma or bracket). */
const CAST_AFTER = /^['’]?s?\s*[,(]?\s*(?:who is\s+|who was\s+)?(?:played|voiced|portrayed) by\s/;
/** Lower-case nouns of a head of government's tenure that a surname premodifies ("the Biden administration"). */
const TENURE_HEADS = new Set(['administration', 'presidency']);
/** A preposition of place right before a word (see the tenure rule): "in Tigray", "across Tigray". */
const LOCATIVE_BEFORE = /\b(?:in|into|across|throughout|within|inside|outside)\s$/;
/**
 * Lower-case heads after a word that make it a place's or an armed body's ("Tigray forces",
 * "Tigray region"; see the tenure rule). Not "base", "state", "air" or "naval": "the Trump base",
 * "a Trump state" are the person's.
 */
const PLACE_OR_FORCE_AFTER = new Set([...PLACE_HEAD_AFTER].filter((w) => !['base', 'state', 'air', 'naval'].includes(w)).concat(['forces', 'troops', 'fighters', 'militias', 'rebels']));
/**
 * Lower-case collective nouns of an armed or governing group after a lone name ("Tigray forces",
 * "Amhara militias"): the name with them is a group's, not a person's (see combineWithRules).
 */
const COLLECTIVE_AFTER = new Set(['forces', 'troops', 'fighters', 'militia', 'militias', 'rebels', 'insurgents', 'militants', 'paramilitaries']);

/**
 * A word whose distributional neighbours are a programme's rather than an office holder's:
 * its GloVe vector (data/embeddings.bin) nearer "program" than "president" or "senator" by a
 * clear margin. "Medicare" (.50 against .30) and "Medicaid" are programmes; the surnames of
 * heads of government are nearer the offices ("Obama" .45 against .70, "Trump" .11 against .25);
 * a word the table does not know ("Halvorsen") is no programme. The margin (.1) keeps the
 * undecided words ("Harrow", .03 against .02) with the tenure rule's surname reading.
 */
function programmeWord(w: string): boolean {
  const c = cosines(w, ['program', 'president', 'senator']);
  return c !== null && c[0] - Math.max(c[1], c[2]) > 0.1;
}

/** Cosines of `w`'s GloVe vector (lower-cased) with each word's; null when one is unknown. */
function cosines(w: string, to: readonly string[]): number[] | null {
  const v = wordVector(w.toLowerCase());
  if (!v) return null;
  const n = Math.sqrt(dot(v, v));
  const out: number[] = [];
  for (const t of to) {
    const x = wordVector(t);
    if (!x) return null;
    out.push(dot(v, x) / n / Math.sqrt(dot(x, x)));
  }
  return out;
}

/**
 * A word whose distributional neighbours are a ruler's rather than a region's: its GloVe vector
 * nearer "president" than "region" or "province" by a clear margin. News does write a ruler's
 * or commander's surname before "forces" ("Assad forces", "Gadhafi forces", "Milosevic forces"),
 * and the person stays a person there; a region's or a people's name before the same nouns is the
 * group ("Tigray", "Amhara", "Oromia": nearer the regions, -.3 and below against Assad's +.2,
 * Gadhafi's +.26). A word the table does not know is no ruler (the collective rule decides). The
 * margin (.1) is programmeWord's.
 */
function rulerWord(w: string): boolean {
  const c = cosines(w, ['president', 'region', 'province']);
  return c !== null && c[0] - Math.max(c[1], c[2]) > 0.1;
}

/**
 * A word whose distributional neighbours are a company's or a brand's rather than a given name's:
 * its GloVe vector nearer "company" or "brand" than "john" or "mary" (a man's and a woman's
 * given name) by a clear margin. Makers and brands named like people ("Mercedes" .43 against
 * .19, "Porsche", "Dell", "Ford", "Disney") are used alone as the company, while a given name
 * used alone is the person ("Tiffany" .34 against .47, "Wendy", "Lincoln", "Elian" stay given
 * names); a word the table does not know ("Tedros") is no brand. The margin (.1) is
 * programmeWord's. See the lone-first-word rule below and byGiven in
 * src/compare/entities/entities.ts: a brand's lone mention is not the person of its article who
 * shares the name ("Mercedes Haller, a spokeswoman …" and "Mercedes recalled 40,000 vehicles").
 */
export function brandWord(w: string): boolean {
  const c = cosines(w, ['company', 'brand', 'john', 'mary']);
  // (And a clear likeness to "company" or "brand" itself, .25: a rare word's vector is noise,
  // all its cosines near zero or below, and a margin between two such says nothing; "Harakat"
  // is -.01 against -.11.)
  return c !== null && Math.max(c[0], c[1]) >= 0.25 && Math.max(c[0], c[1]) - Math.max(c[2], c[3]) > 0.1;
}

/**
 * A brand's name (brandWord) that the article never writes in lower case: a lower-case use shows
 * an everyday word there ("Generation" of "Generation X" beside "the jilted generation").
 */
export function brandIn(text: string, w: string): boolean {
  return brandWord(w) && !occursAsWord(text, w.toLowerCase(), () => true);
}

/** A verb of saying and "he" or "she" right after a name ("… said she would stay"). */
/**
 * What stands before a publication's name (PUBLISHED_IN in combineWithRules): a verb or noun of
 * writing or publishing, up to two words (an article, an adjective), then "in" / "with" / "to" /
 * "for" and an optional "the" ("wrote in the", "an op-ed in", "in an interview with the", "a
 * column for").
 */
// (Also "told the", "according to the", "quoted by the": where a quote was given or found.)
const PUBLISHED_IN = /(?:^|[^\p{L}])(?:(?:wrote|writes|writing|written|published|publishes|op-?eds?|columns?|articles?|essays?|editorials?|commentary|interviews?|stories|story|reported|reports?|letters?)\s+(?:[\p{L}-]+\s+){0,2}?(?:in|with|to|for)|told|tells|according\s+to|(?:quoted|reported|cited)\s+by)\s+(?:[Tt]he\s+)?$/u;
/**
 * Whether a name the rules type an organization reads as a paper or a news site: the outlet table
 * names it, or it ends in a newspaper's head word. Any organization reading is not enough after
 * PUBLISHED_IN: "reporters wrote in the Gaza Strip that …", "told the Rafah Crossing's guards"
 * name places that a body-word reading of their head ("Strip", "Crossing") had typed bodies.
 */
const PRESS_HEAD = /^(?:Times|Post|Journal|Herald|Tribune|News|Gazette|Globe|Chronicle|Telegraph|Guardian|Observer|Independent|Standard|Review|Magazine|Daily|Star|Sun|Mail|Express|Register|Inquirer|Examiner|Courier|Press|Bulletin|Dispatch|Record|Sentinel|Monitor|Reporter|Enquirer|Digest|Weekly|Mirror|Hill|Atlantic|Wire|Radio|Television|TV|Network|Newsweek|Politico|Axios|Reuters|Bloomberg)$/;
function publicationName(name: string): boolean {
  const o = outlets();
  const bare = name.replace(/^[Tt]he\s+/, '');
  return o.full.has(name) || o.full.has(bare) || o.afterThe.has(bare) || PRESS_HEAD.test(bare.split(/\s+/).pop() ?? '');
}
const HE_SHE_AFTER = /^\s+(?:(?:has|had|also)\s+)?(?:said|says|told|tells|added|adds|wrote|insisted|argued|stressed|noted)\s+(?:that\s+)?(?:he|she)\b/;

/**
 * Where the rules win over the tagger (measured on the CoNLL tuning half and ECB+, bench/ner.ts):
 * - a capital the rules show to be a common word ("Despite", "With" in a headline, "May") is
 *   no part of a name, so it is trimmed off the name's edges;
 * - a word that is no name on its own (a demonym, a title, an acronym of a common noun) is
 *   dropped when it is the whole name: "Syrian", "President", "DUI";
 * - the rules' type stands where a human title stands right before the name ("Mr. Jackson",
 *   "coach Lincoln": the dossier's people are whoever carries a title, a city or company of the
 *   same name notwithstanding) or the name is in the organization lexicon ("Kremlin": CoNLL
 *   tags a seat of government as a place, the dossier treats it as the body that speaks), and
 *   where an acronym the rules read as an organization is "other" to the tagger ("fined by the
 *   FCC"): in news an acronym standing as a name is an agency, party, company or exchange far
 *   more often than an event or a work, and "other" tells the dossier nothing; and where the
 *   tagger reads a lone word as a person that the article types otherwise, or misses a person
 *   that "he" or "she" follows ("Sasha Quill said she …"). Every
 *   other kind of rule evidence (suffixes, acronyms, given names, context cues, a lexicon place)
 *   reaches the tagger as features only: since the tagger decodes exactly (ner/tagger.ts),
 *   letting those override it cost 0.7 F1 on the CoNLL tuning half ("Chad Ogea" read as a
 *   team named after a country, "BOMBAY" in a dateline as an acronym, "Hong Kong Open" as an
 *   organization), and letting the rules' type stand where the tagger was unsure no longer
 *   helped either;
 * - an "other" name (CoNLL's MISC: events, nationalities, works) is kept only where the rules
 *   also see a name, so downstream stages meet no new kinds of mentions;
 * - one sense per discourse (Gale, Church & Yarowsky 1992): a lone surname of a person the
 *   article names in full is that person ("Marcus Houston … Houston was released"), unless its
 *   own context says place ("in Houston", "Houston, Texas") or strong evidence says otherwise.
 */
function combineWithRules(names: TaggedName[], rules: RuleResult, d: NerDoc): TaggedName[] {
  const ruleAt = new Map<number, RuleName>();
  for (const c of rules.cands) ruleAt.set(c.first, c);
  // A lexicon name the rules read whole across lower-case words ("Dar es Salaam") that the
  // tagger cut at them ("Dar", "Salaam": CoNLL has few such names) is the lexicon's one name.
  const joined: TaggedName[] = [];
  for (const n of names) {
    const prev = joined[joined.length - 1];
    const r = prev ? ruleAt.get(prev.first) : undefined;
    if (prev && r && r.how === 'lexicon' && r.keep && prev.last < r.last && n.first > prev.last && n.last <= r.last) {
      prev.last = r.last;
      continue;
    }
    // A person's name with a lower-case name particle inside ("Luiz Inacio Lula da Silva",
    // "Ana Lula dos Santos", "Piet van der Berg") that the tagger cut at the particle into two
    // people ("Luiz Inacio Lula" | "Silva"): CoNLL has few such names, and the cut leaves a bare
    // surname no article introduced, which the entity stage then lent to another person of that
    // surname (a Gilberto da Silva). English never sets two people's names side by side with only
    // "da" / "van" / "bin" between them, so where the rules read the words as one run across
    // nothing but particles, and the tagger types both pieces people, the name is one.
    // (The tagger may put the particle in either piece or in neither: "Lula" | "da Silva".)
    const after = prev ? particlesAfter(d, prev.last) : 0;
    if (prev && r && prev.type === 1 && n.type === 1 && r.last >= n.last && after > 0 && n.first > prev.last && n.first <= prev.last + after + 1 && n.last > prev.last + after) {
      prev.last = n.last;
      continue;
    }
    // A court case's name: two parties joined by "v." ("Roe v. Wade", "Brown v. Board of
    // Education") is the name of one case, no person or body of the story (the tagger typed
    // "Roe" a body and "Wade" a person, and the entity stage linked them to namesakes). Only the
    // law's "v." (AP style writes "vs." for games and "v." for court cases), between two names;
    // not a bare "v", which British style writes between two teams ("Essex v Surrey").
    if (prev && / v\. $/.test(d.text.slice(d.ends[prev.last], d.starts[n.first]))) {
      prev.last = n.last;
      prev.type = 4;
      continue;
    }
    joined.push({ ...n });
  }
  // A body's name the tagger ended one word short of its head ("Wasilla Bible | Church.",
  // "Kolvin Steel | Company,"): its decoding sometimes stops before a capitalised head noun that
  // punctuation or a new line follows, and the cut name then became an entity of its own beside the
  // whole one of other articles. Where the rules read the same words as one name that ends right
  // there in an organization head (ORG_SUFFIXES) and the tagger put that word in no name, the
  // name runs to the head. Not a person's: "Tom Church" is a surname.
  for (let k = 0; k < joined.length; k++) {
    const n = joined[k];
    const r = ruleAt.get(n.first);
    const next = joined[k + 1];
    if (n.type === 1 || !r || !r.keep || r.last !== n.last + 1 || (next && next.first <= r.last)) continue;
    if (d.text.slice(d.ends[n.last], d.starts[r.last]) !== ' ' || !ORG_SUFFIXES.has(d.text.slice(d.starts[r.last], d.ends[r.last]))) continue;
    n.last = r.last;
    // (Ending in a body's head, a name the tagger could not type, "Romanian | Government", is that body.)
    if (n.type === 4) n.type = 3;
  }
  names = joined;
  const out: TaggedName[] = [];
  const fixed: boolean[] = [];
  for (const n of names) {
    let a = n.first;
    let b = n.last;
    // (Not inside a name the lexicons know whole: "NEW YORK" in a dateline.)
    const whole = d.text.slice(d.starts[a], d.ends[b]).replace(/\p{L}+/gu, (m) => m[0] + m.slice(1).toLowerCase());
    const known = PLACES.has(whole) || ORGANIZATIONS.has(whole);
    // Nor where the trimmed word opens a name the lexicons know ("New York" of "New York Times
    // Photo" in a title-case caption line: "York Times" is no name).
    const opensKnown = (k: number): boolean => {
      for (let e = k + 1; e <= Math.min(b, k + 2); e++) {
        const span = d.text.slice(d.starts[k], d.ends[e]).replace(/\p{L}+/gu, (m) => m[0] + m.slice(1).toLowerCase());
        if (PLACES.has(span) || ORGANIZATIONS.has(span)) return true;
      }
      return false;
    };
    while (a <= b && ((!known && rules.notName[a] && !opensKnown(a)) || !d.upper[a])) a++;
    while (b >= a && ((!known && rules.notName[b]) || !d.upper[b])) b--;
    // An honorific opening a person's name is the role, not the name ("Mr. Lincoln" →
    // "Lincoln", as CoNLL and the rules both read it); the tagger sometimes takes it in at a
    // sentence start.
    while (a < b && n.type === 1 && HONORIFICS.has(d.text.slice(d.starts[a], d.ends[a]))) a++;
    // A plural party or group word the rules split off a surname ("Republicans | Jolly") is its
    // own name when the rules kept it ("Republicans", the party), never the person's first name.
    if (a < b && rules.label[a]) {
      const lr = ruleAt.get(a);
      if (lr && lr.last === a && lr.keep && lr.type && lr.type !== 'person') {
        out.push({ first: a, last: a, type: TYPE_INDEX[lr.type] });
        fixed.push(true);
      }
      a++;
    }
    if (a > b || (a === b && rules.alone[a])) continue;
    let type = n.type;
    let fix = false;
    const r = ruleAt.get(a);
    // A paper or a news site where something was written or said ("wrote in the Post", "an op-ed
    // in The Hill", "in an interview with the Times"): the tagger reads the name after "in" as a
    // place, as it would "in Paris". Where the rules type the same name an organization (its head
    // is a newspaper or body word, or the outlet table names it) and a verb or noun of publishing
    // stands right before the preposition, the name is the publication.
    const rp = r ?? (a < b && /^the$/i.test(d.text.slice(d.starts[a], d.ends[a])) ? ruleAt.get(a + 1) : undefined);
    if (type === 2 && rp && rp.last === b && rp.keep && rp.type === 'organization' && publicationName(d.text.slice(d.starts[rp.first], d.ends[rp.last])) && PUBLISHED_IN.test(d.text.slice(Math.max(0, d.starts[a] - 60), d.starts[a]))) {
      type = 3;
      fix = true;
    }
    // A name that ends in an organization word ("Iraqi News Agency", "Radio Red" aside) is no
    // person whatever stands before it: "the official Iraqi News Agency" reads "official" as a
    // title, but the head of the name says what it is.
    const orgHead = ORG_SUFFIXES.has(stripPossessive(d.text.slice(d.starts[b], d.ends[b])));
    if (r && r.last === b && r.keep && r.type && !(r.type === 'person' && orgHead && b > a)) {
      if ((r.titled && r.type === 'person') || (r.how === 'lexicon' && (r.type === 'organization' || r.type === 'other')) || (type === 4 && r.type === 'organization' && r.how === 'strong' && a === b && ACRONYM.test(d.text.slice(d.starts[a], d.ends[a])))) {
        type = TYPE_INDEX[r.type];
        fix = true;
      } else if (type !== 1 && r.type === 'person' && HE_SHE_AFTER.test(d.text.slice(d.ends[b], d.ends[b] + 40))) {
        // "Sasha Quill said she would stay": a body or a place that speaks is "it" or "they";
        // "he" or "she" right after the name's verb of saying makes it a person.
        type = 1;
      } else if (type === 1 && r.how === 'known' && r.type !== 'other') {
        // One sense per discourse the other way: the tagger reads a lone word as a person from
        // its context ("Chargers coach Ann Pike", "X said"), which teams, bodies and places
        // share; the article's own evidence for the same name ("The Chargers are …") decides.
        type = TYPE_INDEX[r.type];
      }
    }
    if (type === 4) {
      let seen = false;
      for (const c of rules.cands) if (c.keep && c.first <= b && a <= c.last) seen = true;
      if (!seen) continue;
    }
    // Two names of one type side by side that the rules read as one ("Ambrose | Joseph Keller"
    // → "Ambrose Joseph Keller"): news rarely juxtaposes two names with a bare space.
    const prev = out[out.length - 1];
    const pr = prev ? ruleAt.get(prev.first) : undefined;
    if (prev && prev.type === type && prev.last + 1 === a && pr && pr.last === b && pr.keep && d.text.slice(d.ends[prev.last], d.starts[a]) === ' ') {
      prev.last = b;
      continue;
    }
    // A double given name cut from its person ("LuAnn | Marie Johnson", "Edna | Marie Holt"): the
    // tagger, trained on CoNLL where a given name opens a name, starts the person at the second
    // given name and types the first word alone as a body or "other"; the person then became two
    // entities (the surname's and the lone first name's). The same bare-space juxtaposition as
    // above, read as one person when the rules read the words as one name, the part the tagger
    // typed a person opens with a given name the lexicon knows and has a surname after it, and
    // the lone word before it is a given name of the name lexicons or the US birth counts, an
    // inner capital aside ("LuAnn" is "Luann"), that no place or body lexicon knows: not a
    // description ("Whistleblower Frances Haugen"), an article ("The Joe Rogan Experience") or an
    // acronym ("NBC Marie Holt" in a credit line).
    // (Or the tagger left the first given name out of every name: "LuAnn" untagged before
    // "Marie Tesvik".)
    const g = a - 1;
    const gr = g >= 0 ? ruleAt.get(g) : undefined;
    const gWord = g >= 0 ? d.text.slice(d.starts[g], d.ends[g]) : '';
    const givenBefore =
      type === 1 && b > a && g >= 0 && gr !== undefined && gr.last === b && gr.keep && gr.type !== 'place' && gr.type !== 'organization' && d.text.slice(d.ends[g], d.starts[a]) === ' ' &&
      GIVEN_NAMES.has(d.text.slice(d.starts[a], d.ends[a])) && givenWord(gWord) && !PLACES.has(gWord) && !ORGANIZATIONS.has(gWord);
    if (givenBefore && prev && prev.type !== 1 && prev.type !== 2 && prev.first === g && prev.last === g) {
      prev.last = b;
      prev.type = 1;
      continue;
    }
    if (givenBefore && (!prev || prev.last < g)) a = g;
    out.push({ first: a, last: b, type });
    fixed.push(fix);
  }
  // One sense per discourse: surnames of the persons named in full.
  const word = (k: number): string => nameKey(stripPossessive(d.text.slice(d.starts[k], d.ends[k])));
  // And the other way: a full name the rules read as a person's that the tagger types otherwise,
  // whose last word the tagger itself reads alone as a person elsewhere in the article ("the
  // pirate Dax Morrow" typed other, "Morrow returns as the villain" a person). Names of fiction
  // and other unfamiliar names (no given name the tagger knows) lose their type in one context
  // and keep it in another; split so, the person and the surname became two entities.
  // A role in a cast is a person of fiction ("Liam Neeson portrays Qui-Gon Jinn", "Voss, played
  // by Mira Calden", "the character of Zorva"): the tagger types such names, unknown to its
  // clusters and lexicons, a body or a place ("Anakin Skywalker is a boy …" read as a company).
  // A name so cast is a person, and so is every mention of the same name in the article (one
  // sense per discourse). Not "plays" alone: teams play teams.
  const cast = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type === 1 || fixed[k]) continue;
    const whole = d.text.slice(d.starts[n.first], d.ends[n.last]);
    if (PLACES.has(whole) || ORGANIZATIONS.has(whole)) continue;
    if (CAST_BEFORE.test(d.text.slice(Math.max(0, d.starts[n.first] - 40), d.starts[n.first])) || CAST_AFTER.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 30))) cast.add(stripPossessive(whole));
  }
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== 1 && !fixed[k] && cast.has(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last])))) n.type = 1;
  }
  // Names a naming noun showed to be no person (below), for one sense per discourse at the end.
  const namedAway = new Map<string, number>();
  const placedAway = new Set<string>();
  const thingsAway = new Set<string>();
  const lonePersons = new Set<string>();
  for (let k = 0; k < out.length; k++) if (out[k].type === 1 && out[k].first === out[k].last) lonePersons.add(word(out[k].first));
  // What the article itself shows to be a person's, against the storm reading below ("Actress
  // Storm Reid … Storm Reid, 19,"; "Hurricane Maria … Maria Ortega, a nurse … Maria said she"):
  // a name a title fixed a person's, a given name that opens a person's full name, and a name a
  // verb of saying and "he" or "she" follow.
  const personShown = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== 1) continue;
    const text = stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last]));
    if (fixed[k] || HE_SHE_AFTER.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 40))) personShown.add(text);
    if (n.last > n.first && !thingTitled(d, n.first)) personShown.add(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.first])));
  }
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    const r = ruleAt.get(n.first);
    // (Only a name the tagger could not type: one it reads as a body or a place, "Red Sox" beside
    // a lone "Sox", "Qeshm Island", has its own evidence; read on ECB+ dev.)
    if (n.type !== 4 || fixed[k] || n.last === n.first || !r || r.last !== n.last || r.type !== 'person' || !lonePersons.has(word(n.last))) continue;
    const whole = d.text.slice(d.starts[n.first], d.ends[n.last]);
    // (Not a group word: "Muslim" read as a person alone does not make "Sunni Muslim" one.)
    const lastWord = stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last]));
    if (PLACES.has(whole) || ORGANIZATIONS.has(whole) || ORG_SUFFIXES.has(lastWord) || COUNTRY_OF_DEMONYM.has(lastWord) || DEMONYM_PLURALS.has(`${lastWord}s`) || DEMONYM_PLURALS.has(lastWord)) continue;
    // (Nor a word the article writes in lower case, the truecasing signal of a common noun:
    // "Nationwide Permit" beside "Permit 26" and "a permit".)
    if (occursAsWord(d.text, lastWord.toLowerCase(), () => true)) continue;
    n.type = 1;
  }
  const surnames = new Set<string>();
  // First words of the persons named in full ("Anakin" of "Anakin Skywalker"), and first words
  // of bodies' and places' names of several words: a word that opens "Creighton Bluejays" is
  // the body's, whatever "Creighton All-American Kyle Korver" (a title glued on) made of it.
  const givens = new Map<string, number>();
  const bodyOpeners = new Set<string>();
  for (const n of out) if (n.type !== 1 && n.last > n.first) bodyOpeners.add(word(n.first));
  // Lone words the article writes as a place elsewhere, after a preposition of place ("fighting
  // in Tigray"; "aid reached Tigray" is no evidence: "Harrow said") or before a place's or an
  // armed body's head ("Tigray forces", "Tigray region"): the premodifier of "the Tigray
  // administration" beside them is the region's, not a surname. (The tagger's own types are no
  // help: it reads "a Harrow campaign spokesman" as a place.)
  const isTenure = (n: { first: number; last: number }): boolean => n.first === n.last && d.starts[n.last + 1] === d.ends[n.last] + 1 && TENURE_HEADS.has(d.text.slice(d.starts[n.last + 1], d.ends[n.last + 1]));
  const placesOrBodies = new Set<string>();
  const headAfter = (n: { last: number }): string => (d.starts[n.last + 1] === d.ends[n.last] + 1 ? d.text.slice(d.starts[n.last + 1], d.ends[n.last + 1]) : '');
  for (const n of out) if (n.first === n.last && !isTenure(n) && (LOCATIVE_BEFORE.test(d.text.slice(Math.max(0, d.starts[n.first] - 12), d.starts[n.first])) || PLACE_OR_FORCE_AFTER.has(headAfter(n)))) placesOrBodies.add(word(n.first));
  // Lone names before the head of a programme's administration (typed a body below).
  const programmes = new Set<number>();
  for (let k0 = 0; k0 < out.length; k0++) {
    const n = out[k0];
    let last = n.last;
    while (last > n.first && GENERATION.test(d.text.slice(d.starts[last], d.ends[last]))) last--;
    // Only a person the rules read so too: a tagging error ("Lebed Chechnya" in a headline)
    // must not spread over the article.
    const r = ruleAt.get(n.first);
    if (n.type === 1 && last > n.first && r && r.last === n.last && r.type === 'person') {
      surnames.add(word(last));
      if (!givens.has(word(n.first))) givens.set(word(n.first), d.starts[n.first]);
    }
    // "the Trump administration", "the Obama presidency": a proper name premodifying the
    // lower-case nouns of a head of government's tenure is that person's surname (the
    // administration is the organisation; its premodifier is who heads it). The tagger reads the
    // word as a body's, since the phrase as a whole names one. Only a lone word no lexicon knows as
    // a place or body and no acronym ("the Kremlin administration", "the FAA administration"
    // keep their type); the word then counts as a surname of the article, so that its other lone
    // mentions ("a Trump campaign spokesman") are the person too by one sense per discourse.
    if (isTenure(n)) {
      const w = stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.first]));
      // (Nor a pair of names, "the Clinton-Gore administration": two people, neither alone.)
      // Nor a word the article writes as a place elsewhere ("fighting in Tigray"), a
      // demonym or a body's head word: a region's, an agency's or a programme's administration
      // is a body's, and reading it as a surname made every lone mention a person.
      if (placesOrBodies.has(word(n.first)) || ORG_SUFFIXES.has(w) || COUNTRY_OF_DEMONYM.has(w) || DEMONYM_PLURALS.has(`${w}s`) || DEMONYM_PLURALS.has(w)) continue;
      // Nor a programme's name ("the Medicare administration"): see programmeWord.
      if (programmeWord(w)) {
        programmes.add(k0);
        continue;
      }
      if (!PLACES.has(w) && !ORGANIZATIONS.has(w) && !ACRONYM.test(w) && !/\p{L}[-‑]\p{Lu}/u.test(w)) surnames.add(word(n.first));
    }
  }
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    // A lone name before a collective noun of an armed or governing body ("Tigray forces",
    // "Oromia fighters", "the Medicare administration" of a programme, programmeWord) names
    // the group, not a person: a region's or a people's name before "forces" or "militias" is
    // the group's. The tagger reads "Oromia forces were seen" as a person's subject. A ruler's
    // surname there ("Assad forces", rulerWord) stays the ruler's. The surname of a head of government before "administration"
    // stays a person (the tenure rule above). A name the tagger typed "other" before such a
    // noun is a people's or a faith's ("Hutu rebels", "Moslem militants": CoNLL tags them MISC)
    // and keeps its type; only a programme's "other" becomes the body.
    // (Not a possessive: "Tito's forces" are a person's.)
    if (n.first === n.last && !fixed[k] && (n.type === 1 || (n.type === 4 && programmes.has(k))) && !surnames.has(word(n.first)) && !/['’]s?$/.test(d.text.slice(d.starts[n.first], d.ends[n.first])) && ((COLLECTIVE_AFTER.has(headAfter(n)) && !rulerWord(word(n.first))) || programmes.has(k))) {
      n.type = 3;
      continue;
    }
    // A lone name the place lexicon knows, typed person with no title before it and no person
    // of that surname in the article, is the place speaking for its government ("…, Damascus
    // said"): the tagger reads "X said" as a person, but a person is introduced in full first.
    if (n.type === 1 && n.first === n.last && !fixed[k] && !surnames.has(word(n.first)) && PLACES.has(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.first])))) {
      n.type = 2;
      continue;
    }
    // "a new fashion line called Mantra", "a clothing line, Mantra,", "Mantra, her new fashion
    // line,": the tagger reads a lone name introduced so as a person's (most are: "a man named
    // Ira Dorf", "her rep, Jack Ketsoyan,"); a noun none of whose everyday senses is a person
    // says what the name is instead (namingNounKind). Not for a name the article gives a
    // person's given name elsewhere ("Manchin, a key vote," after "Joe Manchin").
    // "Hurricane Maria", "Storm Ciaran", "Tornado Vell": a name that opens with a capitalised
    // everyday noun of things (none of whose senses is a person, a place or a group: WordNet,
    // naming-nouns.ts) is that thing named, its classifier written as part of the name, as
    // weather services name storms; a person's name never opens with such a noun unless it is
    // a given name as well ("Grace", "Bill": known given names are left). The tagger reads the
    // given name after it as a person's. Only a classifier and one given name: English writes a
    // person's given name first, so a given name after the noun is the storm's; a surname after
    // it is a person's nickname and surname ("Wolf Blitzer"). And only where the article writes
    // the noun in lower case too ("the storm", "the hurricane's winds"): what the name is, the
    // article says again in its own words, while a nickname ("Magic Johnson", whose "Johnson"
    // is a given name too) is no word the article uses. One sense per discourse: the bare name later in the
    // article ("Maria killed thousands") is the same thing (namedAway).
    // (The rules trim the classifier off as a common word when the article writes it in lower
    // case too, leaving "Hurricane | Maria": the capitalised noun right before counts the same.)
    const classifier = n.last === n.first + 1 ? n.first : n.first === n.last && n.first > 0 && d.text.slice(d.ends[n.first - 1], d.starts[n.first]) === ' ' ? n.first - 1 : -1;
    if (n.type === 1 && classifier >= 0 && !fixed[k] && thingTitled(d, classifier) && knownGivenName(d.text.slice(d.starts[n.last], d.ends[n.last])) && d.lower.has(d.text.slice(d.starts[classifier], d.ends[classifier]).toLowerCase())
      && !personShown.has(stripPossessive(d.text.slice(d.starts[classifier], d.ends[n.last])))) {
      n.type = 4;
      // (The bare given name stays a person's where the article shows a person of that name.)
      const bare = stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last]));
      if (!personShown.has(bare)) namedAway.set(bare, 4);
      continue;
    }
    if (!fixed[k] && !surnames.has(word(n.last))) {
      const named = namingNounKind(d, n.first, n.last);
      // Only a verb of naming overrides a place or an organization ("a virus called Chernobyl"),
      // and only with a noun that is purely a thing: an apposition may well describe a body or a
      // place by what it does ("Sentencing Project, a research group", "Memphis, a …").
      // A close apposition with a noun of places and natural objects ("Jupiter's moon Io", "the
      // river Orva") also overrides an organization or "other": such a noun never heads a body's
      // name, and the tagger reads an unknown word after a possessive as a body's.
      // (Not a body's name in the plural or with a body's head word, which a place noun before
      // it premodifies: "the county Young Democrats", "the city Housing Authority".)
      const lastWord = stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last]));
      const bodyLike = /\p{Ll}s$/u.test(lastWord) || ORG_SUFFIXES.has(lastWord) || ORGANIZATIONS.has(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last])));
      // A close apposition with a noun of works and things ("the film Oppenheimer", "the radio
      // station Vell FM", "the song Blue Harbour") overrides an organization as well: a body is
      // classified by a noun of groups ("the company X", "the agency X"), and the tagger reads an
      // unknown title as a body's name. The title is a thing in its other mentions too.
      const thingClosed = !!named && named.close === true && named.kind === 'o' && !bodyLike && n.type === 3;
      if (named && (n.type === 1 || (named.called && named.kind === 'o') || thingClosed || (named.close && named.kind === 'p' && !bodyLike && (n.type === 3 || n.type === 4)))) {
        const was = n.type;
        if (thingClosed) {
          thingsAway.add(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last])));
          namedAway.set(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last])), 4);
        }
        n.type = named.kind === 'g' ? 3 : named.kind === 'p' ? 2 : 4;
        // (Spread only as a body or "other": the naming nouns of outlets, "daily", "newspaper",
        // come out as places, which their other mentions should not copy.)
        if (was === 1 && n.type !== 2) namedAway.set(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last])), n.type);
        // (A body read so is a place or a natural object in its other mentions too, one sense
        // per discourse: "Jupiter's moon Io … Io is volcanic".)
        if (named.close && n.type === 2) {
          placedAway.add(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last])));
          namedAway.set(stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last])), 2);
        }
        continue;
      }
    }
    // A lone first word of a person the article names in full ("Anakin" after "Anakin
    // Skywalker"), typed a place or a body by the tagger, is that person: the name lexicons and
    // the tagger's clusters do not know the given names of fiction and of many languages, so
    // the lone word reads as anything. Not a word a lexicon knows as a place or body ("Jordan",
    // "Washington"), not after a place cue ("in Anakin").
    // (Only after the full name: news introduces a person before using the first name alone;
    // "Creighton's Doug McDermott" opening a report is the school's.)
    if ((n.type === 2 || n.type === 3) && n.first === n.last && !fixed[k] && (givens.get(word(n.first)) ?? Infinity) < d.starts[n.first] && !surnames.has(word(n.first)) && !bodyOpeners.has(word(n.first))) {
      const w = stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.first]));
      // (Nor a brand's name, brandIn: "Mercedes recalled …" after "Mercedes Haller".)
      if (!PLACES.has(w) && !ORGANIZATIONS.has(w) && !ACRONYM.test(w) && !rules.placeCueAt(n.first, n.last) && !brandIn(d.text, w)) n.type = 1;
      continue;
    }
    if (n.type === 1 || n.first !== n.last || fixed[k] || !surnames.has(word(n.first))) continue;
    if (rules.placeCueAt(n.first, n.last)) continue;
    n.type = 1;
  }
  if (thingsAway.size) for (let k = 0; k < out.length; k++) if (out[k].type === 3 && !fixed[k] && thingsAway.has(stripPossessive(d.text.slice(d.starts[out[k].first], d.ends[out[k].last])))) out[k].type = 4;
  if (placedAway.size) for (let k = 0; k < out.length; k++) if (out[k].type === 3 && !fixed[k] && placedAway.has(stripPossessive(d.text.slice(d.starts[out[k].first], d.ends[out[k].last])))) out[k].type = 2;
  notPersonByConstruction(out, fixed, d, namedAway);
  settlementsByConstruction(out, fixed, d, surnames);
  policeOfPlaces(out, fixed, d);
  placesOneSense(out, fixed, d, surnames);
  determinerLedGivenNames(out, fixed, d, surnames);
  companiesByPluralHead(out, fixed, d);
  peoplesByConstruction(out, fixed, d, surnames);
  climatePatterns(out, fixed, d);
  // The same publication where the tagger found no name at all ("in an interview with the Post",
  // "told the Post": a lone word it reads as a common noun) while the rules read an organization
  // there: the name the quote or the claim is credited to, kept.
  let added = false;
  for (const c of rules.cands) {
    if (!c.keep || c.type !== 'organization' || out.some((n) => n.first <= c.last && c.first <= n.last)) continue;
    if (!publicationName(d.text.slice(d.starts[c.first], d.ends[c.last]))) continue;
    if (!PUBLISHED_IN.test(d.text.slice(Math.max(0, d.starts[c.first] - 60), d.starts[c.first]))) continue;
    out.push({ first: c.first, last: c.last, type: 3 });
    added = true;
  }
  if (added) out.sort((x, y) => x.first - y.first);
  return out;
}

/**
 * Constructions that only a settlement fills: its people and its government ("residents of X",
 * "X's residents", "the mayor of X", "X's mayor"), its parts ("the outskirts of X"), and the
 * settlement noun itself ("the town of X", "X, a fishing town of 46,000"). An unfamiliar town's
 * name (a foreign country's, unknown to the place lexicon and to the tagger's clusters) is read
 * by the tagger as a body's or a person's ("Talcahuano's mayor" after a possessive, "X said"),
 * and the same town then stood as an organization beside its own place entity. One sense per
 * discourse (Gale, Church & Yarowsky 1992): the whole article's mentions of the name are the
 * place. Not a name a lexicon knows as a body, nor a person's surname the article names in full
 * (`surnames`), nor a mention a lexicon or a title fixed.
 */
// (The second of two coordinated settlements too: "residents of Pelluhue and nearby Curanipe".)
// (An island's name too, "the island of X", "the isle of X": only a place fills it, and the tagger
// reads an unfamiliar island's name as a body's or a person's.)
const SETTLEMENT_BEFORE = /(?:^|[^\p{L}])(?:residents|inhabitants|villagers|townspeople|townsfolk|mayor|outskirts|suburbs|(?:town|city|village|hamlet|municipality|port\s+city|port\s+town|commune|island|isle)s?)\s+of\s+(?:[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2},?\s+(?:and|or)\s+(?:nearby\s+|neighbou?ring\s+)?)?$/iu;
// (After the name with a possessive only, "Talcahuano's mayor" — the token may carry it itself:
// without it the name may be a people's, "Quebec's Inuit inhabitants".)
// (The words before the settlement noun are its own modifiers, "a fishing town", "a small
// mountain village": no preposition or determiner among them, which would make the noun part of
// another phrase, one describing a person — "Desta, a teacher in the city where she grew up",
// "X, a leader in the town of Qunu".)
const SETTLEMENT_MODIFIER = String.raw`(?:(?!(?:in|of|on|at|near|from|for|with|by|to|into|across|around|outside|inside|the|a|an|his|her|their|its)\s)[a-z-]+\s+)`;
const SETTLEMENT_AFTER = new RegExp(String.raw`^(?:['’]s?\s+(?:residents|inhabitants|villagers|townspeople|townsfolk|mayor|outskirts|suburbs)\b|,\s+(?:a|the)\s+${SETTLEMENT_MODIFIER}{0,3}?(?:town|city|village|hamlet|municipality)\s+(?:of|in|on|near|with|where|that|which|south|north|east|west)\b|,\s+(?:a|the)\s+${SETTLEMENT_MODIFIER}{0,3}?(?:town|city|village|hamlet|municipality)\s*[,.;])`, 'u');
function settlementsByConstruction(out: TaggedName[], fixed: boolean[], d: NerDoc, surnames: ReadonlySet<string>): void {
  const whole = (n: TaggedName): string => stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last]));
  const places = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type === 2 || fixed[k]) continue;
    const w = whole(n);
    if (ORGANIZATIONS.has(w) || surnames.has(nameKey(stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last]))))) continue;
    // (A person's full name is no town: a given name opening it says so.)
    if (n.last > n.first && knownGivenName(d.text.slice(d.starts[n.first], d.ends[n.first]))) continue;
    const before = d.text.slice(Math.max(0, d.starts[n.first] - 40), d.starts[n.first]);
    const lastRaw = d.text.slice(d.starts[n.last], d.ends[n.last]);
    const after = (/['’]s?$/.test(lastRaw) ? "'s" : '') + d.text.slice(d.ends[n.last], d.ends[n.last] + 80);
    if (SETTLEMENT_BEFORE.test(before) || SETTLEMENT_AFTER.test(after)) places.add(w);
  }
  if (places.size === 0) return;
  for (let k = 0; k < out.length; k++) if (!fixed[k] && out[k].type !== 2 && places.has(whole(out[k]))) out[k].type = 2;
}

/**
 * A lone name right before a lower-case "police" is the town or body whose police they are
 * ("a Tarlowe police officer", "Chicago police said"): a person's surname never premodifies it,
 * while "Bush officials" or "Trump aides" are a person's, so only this noun. The tagger, or one
 * sense per discourse where a person of the article shares the name ("police spokesman Dell
 * Tarlowe"), typed the town a person (session 23's unseen reading). Only that mention: the
 * person's own mentions keep their type. Not a mention a title or a lexicon fixed.
 */
function policeOfPlaces(out: TaggedName[], fixed: boolean[], d: NerDoc): void {
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== 1 || n.first !== n.last || fixed[k]) continue;
    if (/['’]s?$/.test(d.text.slice(d.starts[n.first], d.ends[n.first]))) continue;
    if (POLICE_OF_PLACE.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 40))) n.type = 2;
  }
}

/**
 * One sense per discourse for a place (Gale, Church & Yarowsky 1992): a lone name the article
 * reads as a place in one sentence ("The ferry left Lesbos") and as a person in another, where
 * nothing names a person by it ("Lesbos has received 5,000 migrants": the tagger reads a lone
 * capitalised subject before a verb as a person), is the place throughout. News introduces a
 * person in full before writing a bare name, so the person reading needs a full name of the
 * article ending in the word (`surnames`), a title before it (`fixed`) or a given name; without
 * any, the island or town the article itself places is meant.
 */
function placesOneSense(out: TaggedName[], fixed: boolean[], d: NerDoc, surnames: ReadonlySet<string>): void {
  const whole = (n: TaggedName): string => stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last]));
  const placed = new Set<string>();
  for (const n of out) if (n.type === 2 && n.first === n.last) placed.add(whole(n));
  if (placed.size === 0) return;
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== 1 || fixed[k] || n.first !== n.last) continue;
    const w = whole(n);
    if (placed.has(w) && !surnames.has(nameKey(w)) && !knownGivenName(w) && !HE_SHE_AFTER.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 40))) n.type = 2;
  }
}

/**
 * "won the Oscar", "an Oscar for best film", "the Emmy", "the Oscar ceremony": English names a
 * person without an article (the determiner goes with a title or an adjective: "the late Oscar
 * Wilde", "the Rev. …"), so a lone given name right after "the", "a" or "an" is a thing named
 * after someone (an award, a ship, a storm), not a person of the story — and not the boy named
 * Oscar that the same story names in full. The tagger reads the given name as a person's. Only a
 * known given name (a surname after "the" premodifies a family's or a tenure's noun, "the
 * Jackson campaign", and is that person's), or any lone name the article types a person that
 * ends its noun phrase right there ("a Pulitzer for …"); never a person's surname the article
 * names in full (`surnames`), nor a mention a title fixed. Mention by mention: the boy's own
 * mentions keep their type.
 */
const DETERMINER_BEFORE = /(?:^|[^\p{L}\d'’-])(?:the|an?|The|An?)\s$/u;
const PHRASE_ENDS_AFTER = /^(?:\s+(?:for|of|in|at|on|and|to|or)\b|\s*[,.;:!?)]|\s*$)/;
function determinerLedGivenNames(out: TaggedName[], fixed: boolean[], d: NerDoc, surnames: ReadonlySet<string>): void {
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== 1 || fixed[k] || n.first !== n.last) continue;
    const raw = d.text.slice(d.starts[n.first], d.ends[n.first]);
    const w = stripPossessive(raw);
    if (w !== raw || surnames.has(nameKey(w))) continue;
    if (!DETERMINER_BEFORE.test(d.text.slice(Math.max(0, d.starts[n.first] - 5), d.starts[n.first]))) continue;
    if (knownGivenName(w) || PHRASE_ENDS_AFTER.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 6))) n.type = 4;
  }
}

/**
 * A company named with a plural head ("Vail Resorts", "Marlow Foods", "Kestrel Airlines"): a
 * name whose last word is a plural whose GloVe vector (data/embeddings.bin) is a company's rather
 * than a person's — nearer "company" or "companies" than "john", "mary" or "smith" by a clear
 * margin — is a body's, and so are its other mentions in the article (one sense per discourse).
 * The tagger reads an unknown first word and a capitalised plural as a given name and a surname
 * ("Vail Resorts said" typed a person). Surnames that are plurals of everyday nouns sit near the
 * surnames in that space ("Woods" .49 to "smith" against .26 to "company", "Brooks", "Gates",
 * "Wells", "Mills", "Marks"), the heads of company names near the companies ("resorts" .38
 * against .08, "foods", "airlines", "industries", "partners"); the few surnames that are such
 * plurals ("Jobs", "Banks") come after a known given name ("Steve Jobs"), which keeps the person,
 * and a surname is used alone in the article ("Banks said"), which keeps it too: news calls a
 * person by the surname, never a company by its plural head. The margin (.15) and floor (.3) are
 * set like brandWord's, a little wider, since a wrong body hides a person's words.
 */
function companyHead(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(w) || /(?:ss|us|is)$/.test(w)) return false;
  const c = cosines(w, ['company', 'companies', 'john', 'mary', 'smith']);
  return c !== null && Math.max(c[0], c[1]) >= 0.3 && Math.max(c[0], c[1]) - Math.max(c[2], c[3], c[4]) > 0.15;
}
/**
 * What only a person is written with right after the name: an age in apposition ("Tovah Banks,
 * 42,"), the relative "who" ("Tovah Banks, who owns the shop"), or a verb of saying followed within
 * a few words by a personal pronoun ("said her shop", "told reporters he"; not "told her", which
 * a company's spokesman may). A company is "which",
 * has no age and no "he"/"her". The plural heads a company shares with surnames ("Banks",
 * "Jobs": nearer "companies" than "smith") would otherwise type a person with an unfamiliar given
 * name a body whenever the article names her in full only (a bystander quoted once).
 */
const PERSON_AFTER = /^(?:\s*,\s*(?:who\b|\d{1,3}\s*,)|\s+(?:(?:said|says|added|wrote)\s+(?:that\s+)?(?:he|she|his|her)|(?:told|tells)\s+(?:[\p{L}'’]+\s+){1,3}?(?:he|she))\b)/u;
function companiesByPluralHead(out: TaggedName[], fixed: boolean[], d: NerDoc): void {
  const whole = (n: TaggedName): string => stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last]));
  const headOf = (n: TaggedName): string => stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last]));
  const cands = new Map<string, string>();
  // Names some mention of which is written as a person's (PERSON_AFTER, HE_SHE_AFTER): kept in all mentions.
  const personal = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== 1 || fixed[k] || n.first === n.last) continue;
    const first = d.text.slice(d.starts[n.first], d.ends[n.first]);
    const after = d.text.slice(d.ends[n.last], d.ends[n.last] + 60);
    if (HE_SHE_AFTER.test(after) || PERSON_AFTER.test(after)) personal.add(whole(n));
    if (knownGivenName(first) || INITIAL.test(first)) continue;
    const head = headOf(n);
    if (companyHead(head)) cands.set(whole(n), head);
  }
  for (const w of personal) cands.delete(w);
  if (cands.size === 0) return;
  // The head alone as a name elsewhere ("Banks said"): a surname. Counted over the tokens once:
  // its uses beyond the last words of the article's names.
  const heads = new Set(cands.values());
  const uses = new Map<string, number>();
  for (let k = 0; k < d.count; k++) {
    const w = stripPossessive(d.text.slice(d.starts[k], d.ends[k]));
    if (heads.has(w)) uses.set(w, (uses.get(w) ?? 0) + 1);
  }
  for (const n of out) if (n.last > n.first && heads.has(headOf(n))) uses.set(headOf(n), (uses.get(headOf(n)) ?? 0) - 1);
  for (let k = 0; k < out.length; k++) {
    const head = out[k].type === 1 && !fixed[k] ? cands.get(whole(out[k])) : undefined;
    if (head && (uses.get(head) ?? 0) <= 0) out[k].type = 3;
  }
}

/**
 * A people's name ("the Makah", "a Hopi elder", "the Rohingya"): a name that the article writes
 * before a lower-case noun of a people ("the Makah tribe", "Rohingya people", "Hopi tribal
 * leaders") or as the first word of a tribe's or nation's own name ("the Makah Tribe", "the
 * Quinault Nation", "Makah Indians") is a people, typed other as a demonym is, in all its
 * mentions of the article (one sense per discourse). The tagger reads an unfamiliar people's name
 * as a place ("a Makah elder" as "a Texas man"), a person ("the Makah said") or a body; typed a
 * place it could stand in a place card. The whole name with its head ("Makah Tribe", "Quinault
 * Nation") is the tribe's government, a body. Not a name a lexicon knows as a place or a body
 * ("Oklahoma tribes" are the state's), nor one opening with a known given name, nor a surname
 * of a person the article names in full, nor a word whose GloVe vector is nearer a person's or a
 * company's or a city's than "tribe" ("the Kennedy people" are a man's staff: "kennedy" .10 to "tribe"
 * against .65 to "john"; "makah" .42 against -.04 to "smith"; a word the table does not know is
 * rare enough to be the people the noun says), nor a mention a title or a lexicon fixed.
 */
function peopleWord(w: string, generic = false): boolean {
  // (Nor a word nearer "city" than "tribe": "Sderot people", "Paradise people" are a town's.
  // "People" after a name says less than "tribe": any town's residents are "Uvalde people", and
  // then every mention of the town, "the mayor of Uvalde" too, was typed other; so before "people"
  // a word the table does not know is no people.)
  const c = cosines(w.split(' ')[0]!, ['tribe', 'tribes', 'smith', 'john', 'president', 'company', 'city']);
  return c === null ? !generic : Math.max(c[0], c[1]) > Math.max(c[2], c[3], c[4], c[5], c[6]);
}
const GENERIC_PEOPLE_AFTER = /^\s+peoples?\b/;
const PEOPLE_NOUN_AFTER = /^\s+(?:tribes?|tribal|peoples?|Indians|clans?)\b/;
const PEOPLE_HEAD = /^(?:Tribe|Tribes|Nation|Indians|People)$/;
function peoplesByConstruction(out: TaggedName[], fixed: boolean[], d: NerDoc, surnames: ReadonlySet<string>): void {
  const word = (k: number): string => d.text.slice(d.starts[k], d.ends[k]);
  const known = (w: string, generic = false): boolean =>
    PLACES.has(w) || ORGANIZATIONS.has(w) || COUNTRY_OF_DEMONYM.has(w) || DEMONYM_PLURALS.has(w) || knownGivenName(w.split(' ')[0]!) || surnames.has(nameKey(w)) || !peopleWord(w, generic);
  const peoples = new Set<string>();
  const bodies = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (fixed[k] || n.last - n.first > 2) continue;
    const raw = d.text.slice(d.starts[n.first], d.ends[n.last]);
    if (raw !== stripPossessive(raw)) continue;
    if (n.last > n.first && PEOPLE_HEAD.test(word(n.last))) {
      const people = d.text.slice(d.starts[n.first], d.ends[n.last - 1]);
      if (!known(people) && !known(raw) && /^\p{Lu}\p{Ll}+$/u.test(word(n.first))) {
        peoples.add(people);
        bodies.add(raw);
      }
    } else if (n.last - n.first < 2 && PEOPLE_NOUN_AFTER.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 12)) && !known(raw, GENERIC_PEOPLE_AFTER.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 12))) && /^\p{Lu}\p{Ll}+$/u.test(word(n.first))) peoples.add(raw);
  }
  if (peoples.size === 0) return;
  for (let k = 0; k < out.length; k++) {
    if (fixed[k]) continue;
    const w = stripPossessive(d.text.slice(d.starts[out[k].first], d.ends[out[k].last]));
    if (bodies.has(w)) out[k].type = 3;
    // (Not after a locative preposition: "in Tigray" is the region a people is named for.)
    else if (peoples.has(w) && !LOCATIVE_BEFORE.test(d.text.slice(Math.max(0, d.starts[out[k].first] - 12), d.starts[out[k].first]))) out[k].type = 4;
  }
}

/**
 * A climate pattern named with a Spanish article ("El Niño", "La Niña"): a name of two words, "El"
 * or "La" and a word, that premodifies a lower-case noun of weather ("El Niño conditions", "La
 * Niña pattern", "the El Niño weather system") while its word is nearer "weather" than "company"
 * and "city" in GloVe, or whose word's GloVe vector (accents folded) is
 * nearer "weather" than a person's, a company's or a city's ("nino" .52 against .13 to "john";
 * "paso" .04 against .41 to "city", "chapo" unknown) is a phenomenon, typed other, in all its
 * mentions of the article. The tagger reads "El" and "La" as a name's first word and typed them
 * persons or bodies ("El Niño is expected to bring rain"). Persons, places and bodies named so
 * ("El Chapo", "El Paso", "La Scala") sit elsewhere in that space, or are unknown to it.
 */
const WEATHER_NOUN_AFTER = /^\s+(?:conditions|pattern|patterns|weather|episode|episodes|cycle|cycles|event|events|system|phase|winter|winters|season|seasons)\b/;
function climatePatterns(out: TaggedName[], fixed: boolean[], d: NerDoc): void {
  const found = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (fixed[k] || n.last !== n.first + 1) continue;
    const art = d.text.slice(d.starts[n.first], d.ends[n.first]);
    if (art !== 'El' && art !== 'La') continue;
    const w = stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last]));
    const c = cosines(w.normalize('NFD').replace(/\p{M}/gu, ''), ['weather', 'john', 'mary', 'company', 'city']);
    // The noun alone is no proof: a city, a league or a person's name premodifies "winters",
    // "weather", "event" and "season" too ("El Paso winters are mild", "La Paz weather", "the El
    // Paso event", "La Liga season"), and then every mention of the city became a phenomenon, even
    // "in El Paso". So the word must also be nearer "weather" than "company" and "city" ("paso" .04
    // against .41 to "city", "paz" .05 against .35, "liga" .02 against .12; "nina" .33 against .13,
    // which is nearer "mary", so a person's vector is no objection here) and known to the table.
    const weatherish = c !== null && c[0] > Math.max(c[3], c[4]);
    if ((weatherish && WEATHER_NOUN_AFTER.test(d.text.slice(d.ends[n.last], d.ends[n.last] + 12))) || (c !== null && c[0] - Math.max(c[1], c[2], c[3], c[4]) > 0.15)) found.add(`${art} ${w}`);
  }
  if (found.size === 0) return;
  for (let k = 0; k < out.length; k++) if (!fixed[k] && found.has(stripPossessive(d.text.slice(d.starts[out[k].first], d.ends[out[k].last])))) out[k].type = 4;
}

/**
 * A quotation that an utterance verb introduces and the name fills whole ("crowds chanted
 * “Allahu Akbar”", "yelled “Viva Zapata!”") is the words cried, not a person: the tagger reads
 * the capitalised words as a name, and a given name among them ("Akbar") made it a person.
 */
const UTTERED_BEFORE = /(?:^|[^\p{L}])(?:shout(?:s|ed|ing)?|chant(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|cr(?:y|ies|ied|ying)|cheer(?:s|ed|ing)?|sang|sing(?:s|ing)?|slogans?|cries of|shouts of|chants of)\s*[,:]?\s*["“‘]$/u;
const UTTERED_AFTER = /^[!?.,]?["”’]/;
/**
 * "Etisalat Misr said its network was down": a person's own things are "his" or "her"; the
 * possessive "its" of the sentence's subject right after the name's verb of saying (as "he" and
 * "she" make a person, HE_SHE_AFTER) says the speaker is a body. Only "its", not "it": "Mr. Vell
 * said it was a mistake" takes "it" as the thing said.
 */
const ITS_AFTER = /^\s+(?:(?:has|had|also|then|later|previously|earlier)\s+)?(?:said|says|announced|announces|stated|added|reported|confirmed|denied)\s+(?:that\s+)?its\s/;

/**
 * Names typed a person that their own construction shows to be no person (UTTERED_BEFORE,
 * ITS_AFTER, or a naming noun, `named`: "the independent daily Al-Shorouk said"), and, one
 * sense per discourse ("Al-Shorouk reported" after it), the article's other mentions of the same name that
 * the tagger typed a person on no firmer evidence (a title before the name is firmer: `fixed`).
 */
function notPersonByConstruction(out: TaggedName[], fixed: boolean[], d: NerDoc, named: ReadonlyMap<string, number>): void {
  const retyped = new Map<string, number>(named);
  const whole = (n: TaggedName): string => stripPossessive(d.text.slice(d.starts[n.first], d.ends[n.last]));
  // "its" may well be a body the sentence before named ("Vellmark reported … . Its chief, Jonas
  // Brekke, said its fleet …", "Brekke said its fleet …"): the construction is no evidence
  // against a name that reads as a person's on its own, a known given name first, nor against a
  // surname the article gives such a full name of.
  const fullSurnames = new Set<string>();
  for (const n of out) if (n.type === 1 && n.last > n.first && knownGivenName(d.text.slice(d.starts[n.first], d.ends[n.first]))) fullSurnames.add(stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last])));
  const namedPerson = (n: TaggedName): boolean =>
    (n.last > n.first && knownGivenName(d.text.slice(d.starts[n.first], d.ends[n.first]))) || fullSurnames.has(stripPossessive(d.text.slice(d.starts[n.last], d.ends[n.last])));
  for (let k = 0; k < out.length; k++) {
    const n = out[k];
    if (n.type !== 1 || fixed[k]) continue;
    const before = d.text.slice(Math.max(0, d.starts[n.first] - 24), d.starts[n.first]);
    const after = d.text.slice(d.ends[n.last], d.ends[n.last] + 48);
    if (UTTERED_BEFORE.test(before) && UTTERED_AFTER.test(after)) retyped.set(whole(n), 4);
    else if (ITS_AFTER.test(after) && !namedPerson(n)) retyped.set(whole(n), 3);
  }
  if (retyped.size === 0) return;
  for (let k = 0; k < out.length; k++) {
    const t = out[k].type === 1 && !fixed[k] ? retyped.get(whole(out[k])) : undefined;
    if (t) out[k].type = t;
  }
}

let namingNouns: Map<string, string> | null = null;
/**
 * Token `k` opens a name as a classifier of things: a capitalised everyday noun whose senses are
 * all things (kind "o" in naming-nouns.ts: "Hurricane", "Storm", "Tornado", "Operation") and
 * that no given-name list holds ("Grace", "Chase", "Will", "Art" are people's first names too).
 */
function thingTitled(d: NerDoc, k: number): boolean {
  const w = d.text.slice(d.starts[k], d.ends[k]);
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || GIVEN_NAMES.has(w)) return false;
  everydayNoun('');
  sexedGivenNames ??= new Set(`${MALE_GIVEN_NAMES} ${FEMALE_GIVEN_NAMES}`.split(/\s+/).filter(Boolean));
  const lower = w.toLowerCase();
  return namingNouns?.get(lower) === 'o' && !sexedGivenNames.has(lower);
}
/** Is `w` (lower case) one of WordNet's everyday nouns with no person sense (naming-nouns.ts)? */
function everydayNoun(w: string): boolean {
  if (!namingNouns) {
    namingNouns = new Map();
    for (const line of NAMING_NOUNS.split('\n')) namingNouns.set(line.slice(0, -2), line.slice(-1));
    namingNouns.delete('one');
  }
  return namingNouns.has(w);
}
// The noun phrase that introduces a name: a determiner, up to three lower-case words, the head noun.
// (Read on at most 80 characters either side of the name: the patterns stay linear.)
const CALLED_BEFORE = /(?:^|\s)(?:a|an|A|An)\s+(?:[a-z][a-z-]*\s+){0,3}?([a-z]+)\s+(?:called|named|dubbed|titled|entitled|nicknamed|known\s+as)\s+["“‘]?$/;
// Before the name, the noun phrase must be the object of a lower-case word that is no preposition
// ("brings his dog, Blue,"), not an opening phrase set off by its comma ("Since his election,
// Chavez …", "By the way, Barbara, …", "In a statement, Trump said"); and a word between the
// determiner and the noun is no preposition either ("a matter of bravery, Doug": the head is
// "matter", and the comma closes the clause).
const NP_WORD = String.raw`(?!(?:of|in|on|at|by|for|with|from|to|into|about|as|after|before|during|over|under|than|like)\s)[a-z][a-z-]*\s+`;
const APPOSITIVE_BEFORE = new RegExp(String.raw`(?:^|\s)(?!(?:of|in|on|at|by|for|with|from|to|into|about|as|after|before|during|over|under|since|until|through|despite|without|within|among|per|via|than|like)\s)[a-z]+\s+(?:a|an|the|her|his|its|their)\s+(?:${NP_WORD}){0,3}?([a-z]+)\s*,\s*["“‘]?$`);
// After the name, the noun phrase ends at a comma, a stop or a relative clause ("Celebra, a
// painkiller that cuts inflammation").
const APPOSITIVE_AFTER = new RegExp(String.raw`^["”’]?\s*,\s+(?:a|an|the|her|his|its|their)\s+(?:${NP_WORD}){0,3}?([a-z]+)(?:\s*[,.;]|\s+(?:that|which)\s|$)`);
const CLOSES_APPOSITIVE = /^["”’]?\s*(?:[,.;)]|$)/;
// The same apposition closed by a participle phrase instead of a comma ("Vestrand, a comet
// discovered in January,", "Marisol, a film shot in Chile"): the participle must open a phrase
// (a preposition, a determiner or a name after it), so that a participle used as a premodifier
// of the real head ("a town planning official") is not read as closing the noun phrase.
const APPOSITIVE_PARTICIPLE = new RegExp(String.raw`^["”’]?\s*,\s+(?:a|an|the|her|his|its|their)\s+(?:${NP_WORD}){0,3}?([a-z]+)\s+[a-z]+(?:ed|ing|en)\s+(?:in|on|at|by|from|to|for|with|near|around|across|into|over|under|after|before|during|since|last|this|a|an|the|its|\p{Lu})`, 'u');
/**
 * A common noun right before the name, classifying it (a close apposition: "the film Australia",
 * "Jupiter's moon Io", "the comet Vestrand", "its song Blue Harbour", "the 2008 film X"): a
 * determiner or a possessive name opens the noun phrase, then at most two modifiers, then the
 * head noun (closeClassifier). Verbs are what must not be read as that noun: "The men passed
 * little Eric", "The Peace Corps remains Kennedy's monument", "the court will review Smith" each
 * put a verb or an adverb between a subject and the name. So a modifier is only a word that
 * reads as one by its form — a number, a hyphenated word, a capitalised word (a demonym or a
 * maker), an adjective's suffix ("volcanic", "Chilean" aside, "distant" …) or an everyday noun of
 * a compound ("radio station", "space probe"), never a function word or an auxiliary — and the
 * head ends in no "-s" (a plural or a verb's third person: "remains", "leads"), bar "-ss"/"-us"
 * ("the virus", "the bus").
 */
const CLASSIFIER_DETERMINER = /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|\p{Lu}[\p{L}.-]*['’]s?)$/u;
const NOT_MODIFIER = /^(?:of|in|on|at|by|for|with|from|to|into|about|as|after|before|during|over|under|than|like|and|or|but|that|which|who|will|would|can|could|may|might|must|shall|should|do|does|did|has|have|had|is|was|are|were|be|been|being|not|also|then|said|says|very|so|too|just|still|now|only)$/;
const ADJECTIVE_SUFFIX = /(?:al|ic|ous|ive|ful|less|ian|ese|ish|ary|ern|ent|ant)$/;
function closeClassifier(before: string): string | null {
  const g = /(?:^|\s)([a-z]+)\s["“‘]?$/.exec(before);
  if (!g || (/s$/.test(g[1]) && !/(?:ss|us)$/.test(g[1]))) return null;
  const words = before.slice(0, g.index).split(/\s+/).filter(Boolean).slice(-3).map((w) => w.replace(/^["“‘(]+/, ''));
  const modifierOk = (w: string): boolean =>
    !NOT_MODIFIER.test(w) && (/^\d/.test(w) || /\p{L}-\p{L}/u.test(w) || /^\p{Lu}\p{Ll}+$/u.test(w) || ADJECTIVE_SUFFIX.test(w) || everydayNoun(w));
  for (let k = 0; k <= 2 && k < words.length; k++) {
    const det = words[words.length - 1 - k];
    const mods = words.slice(words.length - k);
    if (CLASSIFIER_DETERMINER.test(det) && mods.every(modifierOk)) return g[1];
  }
  return null;
}
/**
 * After a close apposition, a verb that makes the name the subject of a reduced relative clause
 * ("the bill Biden signed", "the letter Smith wrote", "the decision Lee made"): there the noun
 * classifies what the name did, not the name, which may well be a person.
 */
// (A present tense too, "the building Lee owns": a third person of two letters or more before its
// "-s", so that "is" and "was" of a main clause — "the comet Vestrand is near" — are left.)
const RELATIVE_VERB_AFTER = /^["”’]?\s+(?:[a-z]+ed|[a-z]{2,}[^s\W]s|wrote|made|gave|took|sent|sang|won|led|set|put|brought|built|chose|saw|read|left|found|drew|told|said|had|have)\b/;

/**
 * The name must close its noun phrase and its clause's subject must go on with an auxiliary or a
 * copula (or the phrase end with punctuation or a preposition): any other lower-case word after
 * it is as often the verb of a contact relative clause whose subject the name is ("the house
 * Merkel sold", "the night Obama spoke", "the company Musk bought" — irregular pasts that
 * RELATIVE_VERB_AFTER cannot list), and there the noun classifies what the person acted on.
 * ("the comet Vestrand will pass", "Jupiter's moon Io, …", "the film Australia in 2008" stay.)
 */
const CLOSE_NAME_ENDS = /^["”’]?(?:\s*(?:[,.;:!?)]|$)|\s+(?:of|in|on|at|near|from|for|is|are|was|were|will|would|can|could|may|might|must|shall|should)\b)/;
/**
 * Nouns of time head contact relative clauses as their usual construction ("the day Lee
 * resigned", "the night Obama was elected", "the moment Ruiz arrived"): a name after one is the
 * clause's subject, never a time called by that name.
 */
const TIME_HEAD = /^(?:day|night|week|weekend|month|year|decade|century|era|moment|time|hour|minute|morning|afternoon|evening|season|summer|winter|spring|autumn|fall)$/;

/**
 * What a common noun that introduces the name at tokens `first`–`last` says it is, when none of
 * the noun's everyday senses is a person (lexicon/naming-nouns.ts, from WordNet): 'g' a group,
 * 'p' a place, 'o' a thing, 'm' mixed. Four constructions: a verb of naming after an indefinite
 * noun phrase ("a new fashion line called | Mantra"; `called` is true), the two appositions
 * ("a clothing line, | Mantra |," and "Mantra |, her new fashion line," or "Mantra |, a line
 * sold in …"), and the close apposition ("the film | Australia", "Jupiter's moon | Io"; `close`
 * is true). Only after "a"/"an"
 * for the verb: with "the" or none, "called" and "named" are as often finite verbs ("the lawsuit
 * named Smith as …", "the memo called Comey a liar") whose object is anyone. Null otherwise.
 */
function namingNounKind(d: NerDoc, first: number, last: number): { kind: string; called: boolean; close?: boolean } | null {
  if (!namingNouns) {
    namingNouns = new Map();
    for (const line of NAMING_NOUNS.split('\n')) namingNouns.set(line.slice(0, -2), line.slice(-1));
    // "one" is a pronoun far more often than the number's noun ("said Nikki, the outgoing one").
    namingNouns.delete('one');
  }
  const start = d.starts[first];
  const end = d.ends[last];
  const before = d.text.slice(Math.max(0, start - 80), start);
  const after = d.text.slice(end, end + 80);
  let m = CALLED_BEFORE.exec(before);
  if (m) {
    const kind = namingNouns.get(m[1]);
    return kind ? { kind, called: true } : null;
  }
  m = APPOSITIVE_BEFORE.exec(before);
  if (m && CLOSES_APPOSITIVE.test(after)) {
    const kind = namingNouns.get(m[1]);
    if (kind) return { kind, called: false };
  }
  m = APPOSITIVE_AFTER.exec(after) ?? APPOSITIVE_PARTICIPLE.exec(after);
  // (Not after "and"/"or"/"of": the apposition then may describe the whole phrase or its head,
  // "songs about God and Jesus, a generation that …".)
  if (m && !/(?:^|\s)(?:and|or|of)\s+$/.test(before)) {
    const kind = namingNouns.get(m[1]);
    if (kind) return { kind, called: false };
  }
  const head = closeClassifier(before);
  // (Not a person's full name, a given name first: "an argument Jordan Lippman, a student, makes".)
  const givenFirst = last > first && knownGivenName(d.text.slice(d.starts[first], d.ends[first]));
  if (head && !givenFirst && !RELATIVE_VERB_AFTER.test(after) && !TIME_HEAD.test(head) && CLOSE_NAME_ENDS.test(after)) {
    const kind = namingNouns.get(head);
    if (kind) return { kind, called: false, close: true };
  }
  return null;
}

/**
 * What the rules say about each token, as the tagger reads it (feature "R="): "B|person|strong"
 * for the first token of a name the rules typed person by strong evidence, "I|…" inside it,
 * "…|drop" when the rules found the name but dropped it (an unidentified lone capital at a
 * sentence start), "" outside any. The tagger learns from CoNLL how far to trust each kind of
 * rule evidence (stacking; Wolpert 1992), instead of hand-set precedences.
 */
export function ruleTokenLabels(count: number, cands: RuleName[]): string[] {
  const out = new Array<string>(count).fill('');
  for (const c of cands) {
    const tail = `${c.type ?? 'other'}|${c.how ?? 'none'}${c.keep ? '' : '|drop'}`;
    for (let k = c.first; k <= c.last; k++) out[k] = (k === c.first ? 'B|' : 'I|') + tail;
  }
  return out;
}

/** The rules' names for one article and what the tagger needs from them; see ruleNames. */
export interface RuleResult {
  /** The rules' own mentions (mode 'rules'). */
  mentions: Mention[];
  /** Every candidate name the rules typed, kept or not. */
  cands: RuleName[];
  /** The role ending right before token `s` ("Syrian President"), or null. */
  roleBefore: (s: number) => TextSpan | null;
  /** 1: sentence start, 2: headline line. */
  unreliable: Uint8Array;
  /** 1: a capital by position only ("Despite", "With" in a headline, "May"): no part of a name. */
  notName: Uint8Array;
  /** 1: no name on its own (a demonym, a title, an acronym of a common noun: "Syrian", "President", "DUI"). */
  alone: Uint8Array;
  /** 1: a plural label glued before a surname ("Republicans | Jolly"), never one name with it. */
  label: Uint8Array;
  /** The name's own context says place ("in X", "X, Texas", "X County"); see placeCue. */
  placeCueAt: (first: number, last: number) => boolean;
}

export interface RuleName {
  first: number;
  last: number;
  type: Kind | null;
  how: Candidate['how'];
  keep: boolean;
  /** A human title stands right before the name ("Mr. Jackson", "receiver Jackson", "coach Lincoln"). */
  titled: boolean;
}

/** The hand rules (steps 1-4 of the header comment). */
export function ruleNames(text: string, tok: Tokens, sentences: Sentence[]): RuleResult {
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
        return k >= 0 && !unreliable[k] && !clauseStart(k);
      });
      capCache.set(w, r);
    }
    return r;
  };

  /**
   * Token `i` opens a clause inside a sentence: after a colon ("… Democrats: Wokeness is …"),
   * or a quote opened after a colon or a comma ("wrote, “Downtown is …"). Not a quote mark
   * alone: a quoted phrase inside a clause (“Riot Squad”) is a name or a title more often.
   */
  const clauseStart = (i: number): boolean => i > 0 && /^(?::\s+["“]?|[:,]\s*["“])$/.test(text.slice(ends[i - 1], starts[i]));
  const acronymCache = new Map<string, boolean>();
  const cueCache = new Map<string, boolean>();
  // 1: a plural label glued before a surname ("Republicans | Jolly"): see pluralLabelBeforeSurname.
  const label = new Uint8Array(count);
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
    if (knownWord(w)) return false;
    // A clause opened after a colon or an opening quote mark inside a sentence ("… Democrats:
    // Wokeness is …", "wrote, “Downtown is …") takes a capital by position too, as a sentence
    // start does; there the word must be shown common by the article itself or the word list
    // (the frequency and participle tests below are for sentence starts only: a clause after a
    // colon in a results line opens with a team or a place far more often).
    if (!unreliable[i]) return clauseStart(i) && !reliableCap(w) && (COMMON_WORDS.has(w.toLowerCase()) || seenLower(w.toLowerCase()));
    const lower = w.toLowerCase();
    // Sentence-initial participles ("Kneeling before …", "Beginning with …") are not names.
    if (unreliable[i] === 1 && lower.endsWith('ing')) return true;
    if (ROLE_HEADS.has(lower)) return false;
    if (reliableCap(w)) return false;
    // In a headline line a word must be corroborated: known, or capitalised in the body too.
    if (unreliable[i] === 2) return !COUNTRY_OF_DEMONYM.has(w);
    return COMMON_WORDS.has(lower) || seenLower(lower) || (unreliable[i] === 1 && frequentWord(lower));
  };

  // Tokens the rules rule out as names, for the tagger's combination (findMentions): 1 = a
  // capital by position only (common word at a sentence start, uncorroborated headline word,
  // month, pronoun); `alone` = not a name on its own (demonym, title, common acronym).
  const alone = new Uint8Array(count);
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
      // A lexicon name with lower-case words inside ("Dar es Salaam", "Trinidad and Tobago",
      // "Port of Spain") is one name, whatever its inner words are elsewhere.
      const lex = lexiconNameAt(text, starts[i], ends[j]);
      if (lex > ends[j]) {
        let k = j + 1;
        while (k < count && ends[k] < lex) k++;
        if (k < count && ends[k] === lex) {
          j = k;
          continue;
        }
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

  // A capitalised word of racial or ethnic identity used as an adjective ("a Black teen",
  // "among Black expectant mothers", "of Indigenous women"; AP style capitalises them since
  // 2020) is no name, as a demonym is not ("Syrian"). Only between a lower-case word and a
  // lower-case word (a determiner or preposition before, the noun after), so that a surname
  // ("Conrad Black", "Mr. White said", "White, 54, said") and a name starting a sentence stay.
  function identityAdjective(k: number): boolean {
    if (!IDENTITY_ADJECTIVES.has(word(k)) || k === 0 || k + 1 >= count) return false;
    const gapBefore = text.slice(ends[k - 1], starts[k]);
    const gapAfter = text.slice(ends[k], starts[k + 1]);
    const next = word(k + 1);
    // The word after must be the noun it modifies, not what follows a surname as subject or
    // object: a function word ("told Black that …", "Black and his lawyer") or a verb ("Black said").
    if (NOT_AFTER_ADJECTIVE.test(next)) return false;
    return /^ +$/.test(gapBefore) && /^ +$/.test(gapAfter) && (/^\p{Ll}+$/u.test(word(k - 1)) || SENTENCE_DETERMINER.test(word(k - 1))) && /^\p{Ll}+$/u.test(next);
  }

  function addRun(a: number, b: number): void {
    const full = text.slice(starts[a], nameEnd(b));
    // 3: split a role off the front when the run is not a known name as a whole.
    let first = a;
    if (!ORGANIZATIONS.has(full) && !PLACES.has(full)) {
      for (let h = b - 1; h >= a; h--) {
        if (isRoleHeadTok(h) && !ORG_SUFFIXES.has(word(h + 1)) && !PLACE_SUFFIXES.has(word(h + 1)) && !PRIZE_HEADS.has(stripPossessive(word(b)))) {
          first = h + 1;
          break;
        }
      }
    }
    // Particles and "of" cannot start a name.
    while (first <= b && (PARTICLES.has(word(first)) || word(first) === 'of')) first++;
    if (first > b) return;
    // "The Intercept" mid-sentence: the outlet's name is read without its article, as the
    // tagger reads it and as other outlets write it ("the Intercept"); outletName still sees
    // the capitalised "The" before it.
    if (first < b && word(first) === 'The' && outlets().afterThe.has(text.slice(starts[first + 1], nameEnd(b)))) first++;
    // A run that ends in a title has no name ("Syrian President" in a headline); a name before
    // the title stays one ("Brooklyn Mom" → "Brooklyn").
    // (Not an organization named with a role word: "The Hollywood Reporter", "Department of
    // Criminal Justice".)
    if (isRoleHeadTok(b) && !GIVEN_NAMES.has(word(first)) && !(b > first && (ORG_SUFFIXES.has(word(b)) || hasOfJoin(first, b)))) {
      let h = b;
      while (h >= first && (isRoleHeadTok(h) || ROLE_MODIFIERS.has(word(h).toLowerCase()))) h--;
      if (h >= first && h < b && (PLACES.has(text.slice(starts[first], ends[h])) || ORGANIZATIONS.has(text.slice(starts[first], ends[h])))) addRun(first, h);
      return;
    }
    const start = starts[first];
    const end = nameEnd(b);
    const name = text.slice(start, end);
    if (first === b && (COUNTRY_OF_DEMONYM.has(name) || DEMONYM_PLURALS.has(name) || NOT_NAMES.has(name))) return void (alone[b] = 1);
    if (first === b && identityAdjective(b)) return void (alone[b] = 1);
    if (first === b && (isRoleHead(name) || isRoleHeadTok(b) || PRIZE_HEADS.has(name))) return void (alone[b] = 1);
    // "DUI", "TV", "ISPs", "SUVs": acronyms of common nouns are not names, and an acronym in the
    // plural is a common noun (organizations are not counted).
    if (first === b && ((ACRONYM_LONG.test(name) && commonAcronym(name)) || /^\p{Lu}{2,6}s$/u.test(name))) return void (alone[b] = 1);
    // A lone capitalised function word ("More", "Click", "With") is layout, not a name.
    if (first === b && COMMON_WORDS.has(name.toLowerCase()) && !knownWord(name)) return void (alone[b] = 1);
    // "Richard Connor Reuters": a byline name running into an agency name; split at the agency.
    if (b > first && ORGANIZATIONS.has(word(b)) && !ORGANIZATIONS.has(name) && !ORG_SUFFIXES.has(word(b)) && /^[,\s]|^$/.test(text.slice(ends[b], ends[b] + 1))) {
      cands.push({ start, end: ends[b - 1], first, last: b - 1, role: null, type: null, how: null });
      cands.push({ start: starts[b], end, first: b, last: b, role: null, type: 'organization', how: 'lexicon' });
      return;
    }
    // "Charger Vincent Jackson", "Interior Ken Salazar", "American Hasim Rahman": a label word
    // glued before a given name and a surname (a team member, a department, a nationality) is
    // not the person's first name. Only words that cannot be a first name are split off — a
    // demonym or its plural ("Libyans Abdel Basset Ali al-Megrahi": up to four name words after
    // it, for Arabic chains of names), a role modifier, an acronym, a lexicon name, or the
    // singular of a plural name the article uses ("Charger" beside "Chargers") — so "Arcade
    // Joseph Comeaux" stays whole.
    if (b - first >= 2 && b - first <= 4 && GIVEN_NAMES.has(word(first + 1)) && !PLACES.has(word(first + 1)) && !ORGANIZATIONS.has(name) && !PLACES.has(name) && labelWord(first, b)) {
      addRun(first, first);
      cands.push({ start: starts[first + 1], end, first: first + 1, last: b, role: null, type: null, how: null });
      return;
    }
    if (pluralLabelBeforeSurname(first, b)) {
      label[first] = 1;
      addRun(first, first);
      cands.push({ start: starts[b], end, first: b, last: b, role: null, type: null, how: null });
      return;
    }
    cands.push({ start, end, first, last: b, role: roleBefore(first), type: null, how: null });
  }

  /** Does the run hold "of" after an organization or place word ("Department of …", "Gulf of …")? */
  function hasOfJoin(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) if (word(k) === 'of' && OF_JOINERS.has(word(k - 1))) return true;
    return false;
  }

  /** Is token `k` (before a given name) a label that cannot be a first name? See addRun. */
  function labelWord(k: number, b: number): boolean {
    const w = word(k);
    const lastW = stripPossessive(word(b));
    if (ORG_SUFFIXES.has(lastW) || PLACE_SUFFIXES.has(lastW) || GIVEN_NAMES.has(w) || INITIAL.test(w) || PARTICLES.has(w)) return false;
    if (COUNTRY_OF_DEMONYM.has(w) || DEMONYM_PLURALS.has(w) || ROLE_MODIFIERS.has(w.toLowerCase()) || ACRONYM.test(w) || PLACES.has(w) || ORGANIZATIONS.has(w)) return true;
    return /\p{Ll}$/u.test(w) && occursAsWord(text, w + 's', () => true);
  }

  /** An acronym of a common noun: listed, or written as a plural or after "a"/"an" here. */
  function commonAcronym(w: string): boolean {
    if (COMMON_ACRONYMS.has(w)) return true;
    let r = acronymCache.get(w);
    if (r === undefined) {
      // Organizations are not counted ("DUIs", "ISPs") and take no indefinite article unless a
      // noun follows ("an NFL team"); "a DWI." or "with a DUI and …" is the thing itself.
      r = occursAsWord(text, w + 's', () => true) ||
        new RegExp(`\\b[Aa]n? ${w}(?=[.,;:!?)]|\\s+(?:of|in|on|for|and|or|with|at|after|that|which|but|to|from|by|while|when)\\b|\\s*$)`, 'm').test(text) ||
        lowerCaseExpansion(text, w);
      acronymCache.set(w, r);
    }
    return r;
  }

  function nameEnd(b: number): number {
    return isPossessiveAt(text, ends[b]) ? ends[b] - 2 : ends[b];
  }

  /** The role ending right before token `s`, or null when the word before is not a title or role noun. */
  /** Tokens k..e (e from `from` up to before `h`) spell a place or organization the lexicons know. */
  function opensLexiconName(k: number, from: number, h: number): boolean {
    for (let e = Math.max(k + 1, from); e < h && e <= k + 3; e++) {
      const span = text.slice(starts[k], ends[e]);
      if (PLACES.has(span) || ORGANIZATIONS.has(span)) return true;
    }
    return false;
  }

  function roleBefore(s: number): TextSpan | null {
    const h = s - 1;
    let lexiconStart = -1;
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
      // A common word that opens a lexicon name with the words after it ("South" of "South
      // Dakota Gov.", "New" of "New Hampshire Sen."): the role is of the whole place, and cut
      // after "South" it named another one.
      else if (k + 1 < h && /^\p{Lu}/u.test(w) && opensLexiconName(k, left, h)) {
        left = k;
        lexiconStart = k;
      } else break;
    }
    // A sentence-initial common word never starts a role ("Despite President X").
    while (left < h && left !== lexiconStart && isCommonCap(left) && (COMMON_WORDS.has(word(left).toLowerCase()) || unreliable[left] === 2) && !ROLE_MODIFIERS.has(word(left).toLowerCase()) && !COUNTRY_OF_DEMONYM.has(word(left))) left++;
    const joined = andJoinedBody(left, h);
    if (joined >= 0) left = joined;
    return { start: starts[left], end: ends[h], text: text.slice(starts[left], ends[h]) };
  }

  /**
   * "Health and Human Services Secretary X", "Housing and Urban Development Secretary X": the
   * body a title belongs to is often named with "and", and the role then opens at the word
   * before "and" (cut at "and", the title read "Human Services Secretary" and the tagger typed
   * "Human Services" an organization of its own). Returns that word's token, or -1. Only when the
   * role opens with a capitalised body word (not a title, modifier or demonym: "Trump and Vice
   * President Pence" is two people) that is no body of its own ("Senate", "House"), and the word
   * before "and" is capitalised and shows no sign of a person: no given name, honorific or title
   * before it anywhere in the article ("Donald Trump and Homeland Security Secretary X"), and no
   * given name itself.
   */
  function andJoinedBody(left: number, h: number): number {
    if (left >= h || left < 2 || word(left - 1) !== 'and' || !gapIsSpace(left) || !gapIsSpace(left - 1) || !isCap(left - 2)) return -1;
    const body = word(left);
    const lowerBody = body.toLowerCase();
    if (isRoleHeadTok(left) || ROLE_MODIFIERS.has(lowerBody) || COUNTRY_OF_DEMONYM.has(body) || !/^\p{Lu}\p{Ll}/u.test(body)) return -1;
    if (ORGANIZATIONS.has(text.slice(starts[left], ends[h - 1])) || PLACES.has(text.slice(starts[left], ends[h - 1]))) return -1;
    const w = word(left - 2);
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || GIVEN_NAMES.has(w) || HONORIFICS.has(w) || isRoleHeadTok(left - 2) || COUNTRY_OF_DEMONYM.has(w) || DEMONYM_PLURALS.has(w)) return -1;
    if (ORGANIZATIONS.has(w) || PLACES.has(w)) return -1;
    if (personCue(w)) return -1;
    // The body's name may go on further left: capitalised words and a complement after its head
    // ("Centers for Disease Control and Prevention Director", "Department of Health and Human
    // Services Secretary"). Taken only up to such a head; otherwise the role opens at `w`.
    let k = left - 2;
    while (k >= 1 && gapIsSpace(k) && isCap(k - 1) && !isCommonCap(k - 1) && !GIVEN_NAMES.has(word(k - 1)) && !isRoleHeadTok(k - 1)) k--;
    if (k >= 2 && gapIsSpace(k) && gapIsSpace(k - 1) && /^(?:of|for|on)$/.test(word(k - 1)) && complementHead(word(k - 2))) return k - 2;
    return left - 2;
  }

  /**
   * Does the article write `w` as a person's surname somewhere: right after a given name, an
   * initial, an honorific or a title ("David Jolly", "Mr. Jolly", "Rep. Jolly")? Cached.
   */
  function personCue(w: string): boolean {
    let r = cueCache.get(w);
    if (r === undefined) {
      r = occursAsWord(text, w, (pos) => {
        const k = tokenAt(starts, pos);
        if (k <= 0 || !gapIsSpace(k)) return false;
        const prev = stripPossessive(word(k - 1));
        return GIVEN_NAMES.has(prev) || HONORIFICS.has(prev) || isRoleHeadTok(k - 1) || INITIAL.test(prev);
      });
      cueCache.set(w, r);
    }
    return r;
  }

  /**
   * "Republicans Jolly", "Democrats Orvin and …", "Libyans Megrahi": a plural party or group
   * word glued before a lone surname is a label of the person, not a first name (the two-word
   * twin of the labelWord split above). Only a party the organization lexicon knows in the plural
   * ("Democrats", "Conservatives") or a demonym's plural, and only when the article shows the
   * word after it to be a person's surname elsewhere (personCue), since a group word also opens
   * bodies' names ("Democrats Abroad") and the second word may be anything.
   */
  function pluralLabelBeforeSurname(first: number, b: number): boolean {
    if (b !== first + 1) return false;
    const w = word(first);
    if (!/^\p{Lu}\p{Ll}+s$/u.test(w) || !(DEMONYM_PLURALS.has(w) || (ORGANIZATIONS.has(w) && ROLE_MODIFIERS.has(w.slice(0, -1).toLowerCase())))) return false;
    const last = stripPossessive(word(b));
    if (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || ORGANIZATIONS.has(last) || PLACES.has(last) || GIVEN_NAMES.has(last) || isRoleHeadTok(b)) return false;
    return personCue(last);
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
      // The body the role belongs to, capitalised as in roleBefore ("The Taliban spokesman, X",
      // "the Kremlin spokesman, X"): still an apposition once a determiner opens it.
      else if (k < h && /^\p{Lu}/u.test(w) && !COMMON_WORDS.has(lower) && !isCommonCap(k) && !isPossessiveAt(w, w.length)) left = k;
      else return null;
    }
    return null;
  }

  // 4: typing. Strong evidence first.
  for (const c of cands) if (c.type === null) c.type = strongType(c);

  // Names typed elsewhere in the article: full names and the tokens of person names; then, as a
  // last resort, the full name in any letter case ("SEACOM" typed as an acronym, "Seacom" later).
  const known = new Map<string, Kind>();
  const knownAnyCase = new Map<string, Kind>();
  for (const c of cands) {
    if (c.type === null || c.type === 'other') continue;
    const name = text.slice(c.start, c.end);
    if (!known.has(name)) known.set(name, c.type);
    if (!knownAnyCase.has(nameKey(name))) knownAnyCase.set(nameKey(name), c.type);
    if (c.type === 'person') {
      for (let k = c.first; k <= c.last; k++) {
        const key = nameKey(stripPossessive(word(k)));
        if (!PARTICLES.has(key) && !known.has(key)) known.set(key, 'person');
      }
    }
  }
  let prevPlaceEnd = -1;
  for (const c of cands) {
    if (c.type === null) {
      const name = text.slice(c.start, c.end);
      c.type = known.get(name) ?? known.get(nameKey(name)) ?? null;
      if (c.type === null && c.first !== c.last) {
        // Any token of a known person ("Bashar Assad" after "Assad" was typed).
        for (let k = c.first; k <= c.last && c.type === null; k++) if (known.get(nameKey(word(k))) === 'person') c.type = 'person';
      }
      c.type ??= knownAnyCase.get(nameKey(name)) ?? null;
      if (c.type !== null) c.how = 'known';
      else {
        c.type = weakType(c, prevPlaceEnd);
        c.how = 'weak';
      }
    }
    if (c.type === 'place') prevPlaceEnd = c.end;
  }

  oneSensePerDiscourse();

  // Weak cues typed some names somewhere ("Putin has said"): the same name elsewhere follows,
  // e.g. the headline's "Putin" that had no cue of its own. Cues can disagree ("Horton said",
  // "in Horton") — the majority wins, a tie leaves the name untyped.
  // A cue on the very name counts twice a token of a longer person name ("in Palmer" against
  // "Palmer City Clerk Janette Bower").
  const votes = new Map<string, Record<Kind, number>>();
  const vote = (key: string, t: Kind, w: number): void => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = { person: 0, place: 0, organization: 0, other: 0 }));
    v[t] += w;
  };
  for (const c of cands) {
    if (c.how !== 'weak' || c.type === 'other') continue;
    vote(nameKey(text.slice(c.start, c.end)), c.type!, 2);
    if (c.type === 'person' && c.first !== c.last) for (let k = c.first; k <= c.last; k++) vote(nameKey(stripPossessive(word(k))), 'person', 1);
  }
  if (votes.size) {
    for (const c of cands) {
      if (c.how !== 'weak' || c.type !== 'other') continue;
      const v = votes.get(nameKey(text.slice(c.start, c.end)));
      if (!v) continue;
      let best: Kind = 'other';
      let n = 0;
      let tie = false;
      for (const t of ['person', 'place', 'organization'] as const) {
        if (v[t] > n) [best, n, tie] = [t, v[t], false];
        else if (v[t] === n && n > 0) tie = true;
      }
      if (!tie) c.type = best;
    }
  }

  const out: Mention[] = [];
  const ruleCands: RuleName[] = [];
  for (const c of cands) {
    const type = c.type ?? 'other';
    // A lone capitalised word at a sentence start or in a headline that nothing identifies
    // ("Emergency services …", "Smoke rose …") is far more often a common word than a name.
    const keep = !(type === 'other' && c.first === c.last && unreliable[c.first] && !reliableCap(stripPossessive(word(c.first))));
    const titled = c.role !== null && c.role.end + 1 === c.start && humanRole(c.role);
    ruleCands.push({ first: c.first, last: c.last, type: c.type, how: c.how, keep, titled });
    if (keep) out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type, role: type === 'person' ? c.role : null });
  }
  const notName = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    if (!cap[k] || !isCommonCap(k)) continue;
    // Only where the article or the word list shows the word to be common: an uncorroborated
    // ALL-CAPS headline word ("LEICESTERSHIRE") may still be a name.
    const w = stripPossessive(word(k));
    if (NOT_NAMES.has(w) || COMMON_WORDS.has(w.toLowerCase()) || seenLower(w.toLowerCase())) notName[k] = 1;
  }
  // A role modifier alone ("Veteran harbour master …", "Former …") is part of a role, not a name.
  for (let k = 0; k < count; k++) if (cap[k] && /^\p{Lu}\p{Ll}+$/u.test(word(k)) && ROLE_MODIFIERS.has(word(k).toLowerCase()) && !knownWord(word(k))) alone[k] = 1;
  const placeCueAt = (first: number, last: number): boolean =>
    placeCue({ start: starts[first], end: nameEnd(last), first, last, role: null, type: null, how: null }, true);
  return { mentions: out, cands: ruleCands, roleBefore, unreliable, notName, alone, label, placeCueAt };

  /**
   * One sense per discourse (Gale, Church & Yarowsky 1992; for names, Mikheev et al. 1999): an
   * article that introduces "San Diego Chargers wide receiver Vincent Jackson" means him when it
   * goes on with "Jackson", although the place lexicon knows Jackson, Mississippi — a news story
   * names its people in full once and then by surname. So a name that is the surname (or the full
   * name) of a person the article introduced becomes that person when its type came only from a
   * lexicon lookup, a same-name match or a weak cue.
   * What the person side must show: a full name (two or more name tokens) typed person by its own
   * evidence, or a single name with a human title ("receiver Jackson", "Mr. Jackson"). A surname
   * heard only in a weak speech cue ("Jackson said") is not enough: places are said to speak too
   * ("Washington said").
   * What still wins over it: the mention's own place context — "in Jackson", "Jackson, Miss.",
   * "Jackson County", "the airport in Jackson" — since an article about a man can also name a
   * town; and strong evidence of the mention itself (a suffix, an acronym, a role).
   * Given names are not used ("Paris Hilton" does not make "Paris" a person): first names alone
   * are rarer in news than surnames, and many are place names too.
   */
  function oneSensePerDiscourse(): void {
    const persons = new Set<string>();
    // Names the article types otherwise by their own strong evidence ("The Chargers are …":
    // a team) are contested; a person "Diego Chargers" read off "SAN Diego Chargers" does not
    // turn them into people.
    const contested = new Set<string>();
    for (const c of cands) if (c.how === 'strong' && c.type !== 'person') contested.add(nameKey(text.slice(c.start, c.end)));
    for (const c of cands) {
      if (c.type !== 'person' || c.how === 'discourse') continue;
      // The person itself must be well attested: not by a role that countries and teams carry
      // too ("champion New Orleans Saints"), not by a speech cue alone ("Vodafone Egypt said").
      if (c.role && !humanRole(c.role)) continue;
      if (c.how === 'weak' && !(c.last > c.first && plainNameTokens(c))) continue;
      let last = c.last;
      while (last > c.first && GENERATION.test(word(last))) last--;
      if (last > c.first) {
        persons.add(nameKey(stripPossessive(word(last))));
        persons.add(nameKey(text.slice(c.start, c.end)));
      } else if (c.role && humanRole(c.role)) persons.add(nameKey(text.slice(c.start, c.end)));
    }
    if (persons.size === 0) return;
    for (const c of cands) {
      if (c.type === 'person' || c.how === 'strong' || c.how === null) continue;
      const key = nameKey(text.slice(c.start, c.end));
      if (!persons.has(key) || contested.has(key) || placeCue(c, true)) continue;
      c.type = 'person';
      c.how = 'discourse';
    }
  }

  /** Is the role's head noun a title only people carry (not "ally", "official" — see NOT_ONLY_HUMAN_ROLES)? */
  function humanRole(role: TextSpan): boolean {
    const head = /(\S+)$/.exec(role.text)?.[1] ?? '';
    return isRoleHead(head) && !NOT_ONLY_HUMAN_ROLES.has(head.toLowerCase());
  }

  /**
   * The mention's own context says place: "in X" / "near X", "X province", "the air base at X",
   * "X, N.Y." / "X, Mississippi". `strict`: "in X's" does not count ("in Horton's death" is about
   * a person; "in Brownsville's housing projects" about a place) — used where a person named X
   * is known, so the possessive is more likely his.
   */
  function placeCue(c: Candidate, strict: boolean): boolean {
    const nextWord = /^\s+([a-z]+)/.exec(text.slice(c.end, c.end + 24))?.[1];
    if (nextWord && PLACE_HEAD_AFTER.has(nextWord)) return true;
    // "Camden police", "Chicago police said": a name before "police" is the town or body whose
    // police they are; a person's surname never premodifies it (while "Bush officials", "Trump
    // aides" are a person's), so one sense per discourse must not make the town the spokesman
    // who shares its name ("police spokesman Pat Camden"; session 23's unseen reading).
    // (Only where "police" heads its phrase or a member or unit of the force follows: POLICE_OF_PLACE.)
    if (nextWord === 'police' && POLICE_OF_PLACE.test(text.slice(c.end, c.end + 40))) return true;
    if (FACILITY.test(text.slice(Math.max(0, c.start - 30), c.start))) return true;
    const prev = c.first > 0 && gapIsSpace(c.first) ? word(c.first - 1) : '';
    if (PLACE_PREPOSITIONS.has(prev) && !(strict && isPossessiveAt(text, ends[c.last]))) return true;
    return stateAfter(c);
  }

  /** "Schenectady, N.Y.", "Wasilla, Alaska": the name is followed by a state or country. */
  function stateAfter(c: Candidate): boolean {
    const st = /^,\s+((?:\p{Lu}[\p{L}.]*\s?){1,3})/u.exec(text.slice(c.end, c.end + 30));
    return st !== null && (PLACES.has(st[1].trim()) || US_STATE_ABBR.test(st[1].trim()));
  }

  /** Strong evidence of the name itself; sets `c.how` ('lexicon' or 'strong') when it types. */
  function strongType(c: Candidate): Kind | null {
    const t = strongTypeOf(c);
    if (t !== null) c.how = t[1];
    return t === null ? null : t[0];
  }

  function strongTypeOf(c: Candidate): [Kind, 'lexicon' | 'strong'] | null {
    const name = text.slice(c.start, c.end);
    // A human title right before the name outweighs the lexicons: "Mr. Jackson", "receiver
    // Jackson", "coach Lincoln" are people even where a city or a company has the name.
    // (Only a title right before the name, not an apposition: in "America's doctor, America's
    // family physician" the comma lists two descriptions.)
    if (c.role && c.role.end + 1 === c.start && humanRole(c.role)) return ['person', 'strong'];
    // "Most Valuable Player Award", "Winston-Shell Award": a prize, whatever words it holds.
    if (c.first !== c.last && PRIZE_HEADS.has(stripPossessive(word(c.last)))) return ['other', 'strong'];
    if (ORGANIZATIONS.has(name)) return ['organization', 'lexicon'];
    if (PLACES.has(name)) return ['place', 'lexicon'];
    if (outletName(c, name)) return ['organization', 'lexicon'];
    // Drugs, chemicals and conditions ("Zoloft", "PTSD", "Lyme disease"): named things, not
    // organizations, however capitalised (lexicon/substances.ts, from WordNet).
    if (SUBSTANCE_NAMES.has(stripPossessive(name))) return ['other', 'lexicon'];
    if (US_STATE_ABBR.test(name) && (name.includes('.') || text[c.end] === '.')) return ['place', 'lexicon']; // "N.Y.", "D.C."
    // "REUTERS", "SYRIA": all-capital forms of known names.
    if (ACRONYM_LONG.test(name)) {
      if (ORGANIZATIONS.has(titleCase(name))) return ['organization', 'lexicon'];
      if (PLACES.has(titleCase(name))) return ['place', 'lexicon'];
    }
    if (c.role) return ['person', 'strong'];
    const lastW = stripPossessive(word(c.last));
    if (c.first !== c.last) {
      // Leading initials do not hide the given name: "W. Mark Felt", "C. Everett Koop".
      let f = c.first;
      while (f < c.last && INITIAL.test(word(f))) f++;
      const firstW = word(f);
      if (ORG_SUFFIXES.has(lastW)) return ['organization', 'strong'];
      // "Ministry of Defence", and inside the name too: "Johns Hopkins University School of
      // Medicine", "Harvard School of Public Health" (a division named after its parent body).
      for (let k = f; k < c.last; k++) if (ORG_PREFIXES.has(word(k)) && word(k + 1) === 'of') return ['organization', 'strong'];
      if (PLACE_SUFFIXES.has(lastW)) return ['place', 'strong'];
      if (f < c.last && GIVEN_NAMES.has(firstW) && !PLACES.has(firstW)) return ['person', 'strong'];
      // "Arcade Joseph Comeaux Jr.", "Martin Luther King Jr.": only people carry a generation.
      // A Roman numeral needs a given name too ("World War II", "Super Bowl XL" are not people).
      if (GENERATION.test(lastW) && /^\p{Lu}\p{Ll}/u.test(firstW) && (/^[JS]/.test(lastW) || GIVEN_NAMES.has(firstW))) return ['person', 'strong'];
      // "Kansas City Chiefs", "New York Times", "California Highway Patrol": a place name
      // followed by more name words is an institution or team named after the place.
      const placeLead = leadingPlace(c);
      if (placeLead > c.first && placeLead <= c.last) return ['organization', 'strong'];
    } else {
      if (ACRONYM.test(name)) return ['organization', 'strong'];
      // "Israel-Palestine": a hyphenated pair of places.
      if (name.includes('-') && name.split('-').every((p) => PLACES.has(p))) return ['place', 'strong'];
    }
    for (let k = c.first; k <= c.last; k++) if (ARABIC_PREFIX.test(word(k)) || /^Al-\p{Lu}/u.test(word(k))) return ['person', 'strong'];
    const prevW = c.first > 0 && gapIsSpace(c.first) ? word(c.first - 1) : '';
    // "the Academy", "the Committee": an organization word standing for a named body.
    if ((prevW === 'the' || prevW === 'The') && c.first === c.last && ORG_SUFFIXES.has(lastW)) return ['organization', 'strong'];
    // "the Colts", "the Red Sox": a capitalised plural after "the" is a team, band or group.
    if ((prevW === 'the' || prevW === 'The') && /\p{Ll}s$/u.test(lastW) && !/ss$/.test(lastW) && !DEMONYM_PLURALS.has(lastW)) return ['organization', 'strong'];
    return null;
  }

  /**
   * The name is a news outlet of the outlet table (see outlets()): written as the table writes
   * it — of two words or more, or one word that is no common word, given name or place ("Vox",
   * not "Time", "Dawn" or "Nation") — or, for a name the table writes with "The", after a
   * capitalised "The" ("The Intercept"; at a sentence start, only a name no place shares: "The
   * Atlantic" opening a sentence may be the ocean).
   */
  function outletName(c: Candidate, name: string): boolean {
    const o = outlets();
    if (o.full.has(name)) {
      if (name.includes(' ')) return true;
      const lower = name.toLowerCase();
      return !PLACES.has(name) && !GIVEN_NAMES.has(name) && !COMMON_WORDS.has(lower) && !seenLower(lower) && wordRow(lower) < 0;
    }
    const bare = name.startsWith('The ') ? name.slice(4) : name;
    if (!o.afterThe.has(bare)) return false;
    // "The" inside the name, or the word right before it.
    const theTok = name.startsWith('The ') ? c.first : c.first - 1;
    if (theTok < 0 || word(theTok) !== 'The' || (theTok < c.first && !gapIsSpace(c.first))) return false;
    return !unreliable[theTok] || !PLACES.has(bare);
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
    if (placeCue(c, false)) return 'place';
    const prev = c.first > 0 && gapIsSpace(c.first) ? word(c.first - 1) : '';
    // "in Tartous and Khmeimim": a name coordinated with the place right before it.
    if ((prev === 'and' || prev === 'or') && prevPlace >= 0 && c.first >= 2 && ends[c.first - 2] === prevPlace) return 'place';
    if (SPEECH_AFTER.test(text.slice(c.end, c.end + 40))) return 'person';
    // Two or three plain capitalised words that no lexicon, suffix or place cue explains are,
    // in news, overwhelmingly a person's given name and surname ("Zurana Horton").
    if (c.last - c.first >= 1 && c.last - c.first <= 2 && prev !== 'the' && prev !== 'The' && plainNameTokens(c)) return 'person';
    return 'other';
  }

  function isRoleHead(w: string): boolean {
    return HONORIFICS.has(w) || ROLE_HEADS.has(w.toLowerCase()) || ROLE_ACRONYMS.has(w);
  }

  /**
   * isRoleHead for token `i`, cached per token. A title in the plural counts too when a given
   * name follows it ("Justices Samuel Alito and Neil Gorsuch", "Reps. Jim Banks and …"): news
   * writes one title for a pair of people, and without it "Justices Samuel Alito" became a
   * person's name. Only before a given name, so that a plural that opens a name stays in it
   * ("Senators Cup"), or abbreviated: "Sens." is a title whoever follows ("Sens. Sheldon …").
   */
  function isRoleHeadTok(i: number): boolean {
    if (roleCache[i] < 0) roleCache[i] = isRoleHead(word(i)) || (pluralRole(word(i)) && (word(i).endsWith('.') || (i + 1 < count && GIVEN_NAMES.has(word(i + 1))))) ? 1 : 0;
    return roleCache[i] === 1;
  }

  /** "Justices", "Reps.", "Senators": the plural of a title or role word. */
  function pluralRole(w: string): boolean {
    const m = /^(\p{Lu}\p{Ll}+?)(e?s)(\.?)$/u.exec(w);
    if (!m) return false;
    const one = (m[1] + m[3]).toLowerCase();
    return ROLE_HEADS.has(one) || ROLE_HEADS.has((m[1] + m[2].slice(0, -1) + m[3]).toLowerCase());
  }
}

/** A capital letter after the first character (cheap pre-check before the GLUED regex). */
/** Place and organization lexicon names with a lower-case word inside, by their first word. */
let lowerInside: Map<string, string[]> | null = null;
/**
 * The end of the longest place or organization lexicon name with a lower-case word inside it
 * ("Dar es Salaam") that starts at `start` and runs past `after` (the run built so far), or -1.
 * Such names are few: the table of them is built once, on first use.
 */
function lexiconNameAt(text: string, start: number, after: number): number {
  if (!lowerInside) {
    lowerInside = new Map();
    for (const set of [PLACES, ORGANIZATIONS]) {
      for (const name of set) {
        const words = name.split(' ');
        if (words.length < 3 || !words.slice(1, -1).some((w) => /^\p{Ll}/u.test(w))) continue;
        const list = lowerInside.get(words[0]) ?? [];
        list.push(name);
        lowerInside.set(words[0], list);
      }
    }
  }
  const sp = text.indexOf(' ', start);
  const list = sp > start && sp - start <= 30 ? lowerInside.get(text.slice(start, sp)) : undefined;
  let best = -1;
  for (const name of list ?? []) {
    const end = start + name.length;
    if (end > after && end > best && text.startsWith(name, start) && !isWordChar(text, end)) best = end;
  }
  return best;
}

function hasInnerCapital(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** Does `w` occur in `text` as a whole word at a position `ok` accepts? */
export function occursAsWord(text: string, w: string, ok: (pos: number) => boolean): boolean {
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
