/**
 * Names as the name slot of a claim (issue #10 recall): a person one outlet alone names, once, in
 * the slot of a claim other outlets make of another person — the same act in the same role
 * ("Police pulled X over" / "Y … was pulled over"; "X faces serious charges" / "Y was charged"),
 * the same thing of a titled person ("President X's budget request" / "President Y's proposed
 * budget"; "the X administration" / "the Y administration"), the object of the same noun and
 * preposition ("sexual relations with X" / "sexual relations with Y"; "the resignation of
 * President X" / "the 1974 resignation of President Y"), or described with the same words in any
 * construction ("Rep. X, the chairman of the House subcommittee on housing" / "said Rep. Y,
 * chairman of the House subcommittee on housing"; "the sexual harassment suit brought by X" / "the
 * Y sexual harassment case": see nearWords) — in sentences that report the same thing. The value
 * compared is the name; the claim is everything else: its act, its role, its description, the
 * sentence's other words.
 *
 * It reads the names the entity stages leave out of every other name comparison: a lone surname
 * the recogniser typed as a place or an organisation ("Police pulled Merritt over": Merritt read
 * as an organisation) stands where the other outlets have a person, and a person's slot is what
 * types it. Such a name is compared only when the place lexicon does not know it and nothing in it
 * names a body ("Inc", "University", "Party").
 *
 * Precision before recall (a name card accuses an outlet), so every condition errs on silence:
 * - the lone name is used by one article only, in one place only (one sentence, or the pieces of
 *   one long sentence the dossier cut: a slip is one mention; a second person the outlet writes
 *   about is named again), and no other article's text has its last word;
 * - the lone name's article puts no other person in the same slot (a round-up: "X scored 17
 *   points", "Y scored 26 points"), and its sentence tells of no second participant ("also", "a
 *   separate"); no former, deputy or acting holder; raising verbs ("is expected to") are no act;
 * - neither sentence gives a figure the other lacks while lacking one of the other's, nor counts
 *   one thing with other numbers ("16 points" / "20 points": two people's own lines of figures);
 * - a possessed thing qualified in the lone name's sentence is qualified alike in the other
 *   ("X's record for catches by a rookie" is not "Y's record of 4,051 yards passing");
 * - the other name is a person two or more articles name (the story's participant), and the lone
 *   name's own sentence does not name it (then it is a second participant, not a substitute);
 * - the sentences share the slot and report the same thing (content words, names left out:
 *   Dice ≥ SAME_CLAIM_DICE and SAME_CLAIM_SHARED stems);
 * - names next to a reporting verb (whom each outlet quotes), inside lists, and the holders of
 *   offices many people hold at once are not compared (a quoted name stands for the other side by
 *   its description only); a description is no slot when it is indefinite ("X, a professor of
 *   …"), when it names another body or place than the other's ("director of security for the
 *   Denver schools" / "… for the Kansas City schools"), or is the class words right before the
 *   name ("gold-medal sprinter X");
 * - but a class with an age and a place of origin written on both sides, all three alike ("39-year-old
 *   Jamaican sprinter X" / "Y of Jamaica, a 39-year-old sprinter"), is one person (ageKeys): then
 *   the other name may be named by one article only (one report against one, no outlier);
 * - the card is always `possible`: the slot is read by a few bounded patterns, not parsed.
 * Candidate retrieval through an index of slot keys (postings capped): linear in the mentions.
 */
import type { Claim, Conflict, Entity } from '../../core/dossier-schema.js';
import type { AnnotatedArticle, Mention } from '../../core/schema.js';
import { COUNTRY_KEY, COUNTRY_OF_DEMONYM, PLACES, WIDE_PLACE_NAMES } from '../../annotate/lexicon/places.js';
import type { EntityIndex } from '../entities/entities.js';
import { aboutText, loneReport, type ArticleMeta } from '../conflicts/conflicts.js';
import { frameOf } from '../conflicts/frames.js';
import { figuresApart } from '../conflicts/slots.js';
import { toldOfOtherTimes } from '../conflicts/past-years.js';
import { articleOrder, cmp, contentStems, dice, fold, mentionsWithSentences, nameTokens, stem, STOP, uniqArticles } from '../words/lex.js';
import { bareNames, lowerWords } from './bare-names.js';

/** Sentences report the same thing: Dice of content stems (names left out), and this many shared. */
const SAME_CLAIM_DICE = 0.25;
const SAME_CLAIM_SHARED = 2;
/**
 * Dice for two sentences whose names are aligned by an age key (ageKeys): as swaps.ts
 * PARTICIPANT_DICE for claims aligned by their participants, lower than SAME_CLAIM_DICE since one
 * sentence may tell much more of the person than the other ("X of Jamaica, a 39-year-old sprinter
 * who had won 14 medals …, was forced to withdraw …" / "39-year-old Jamaican sprinter Y withdrew").
 */
const AGED_DICE = 0.2;
/** A slot key shared by more mentions than this says nothing about one claim (and bounds the work). */
const MAX_POSTING = 40;
/** Sentence starts this close hold a name in one place: pieces of one long sentence (see lone). */
const ONE_PLACE = 300;
/** Characters read either side of a name for its slot; its act frame is read further (frames.ts reads 200). */
const SLOT_CHARS = 80;
const FRAME_CHARS = 200;
/**
 * Words of a lone name's sentence that tell of another participant next to the story's one ("Also
 * expected is a separate delegation headed by X", "another suspect, X"): a second person, not a
 * substitute for the first.
 */
const ANOTHER = /\b(?:also|another|separate|second|other|too|as well|in addition)\b/i;
/** A title of someone who no longer (or not yet) holds the office: two former presidents are two people. */
const NOT_THE_HOLDER = /\b(?:former|ex|late|then|outgoing|incoming|deputy|assistant|acting|interim)\b/i;

/** A reporting verb next to a name: whom each outlet quotes is no slot of the claim. */
const REPORTING = /^(?:said|says|saying|told|tells|according|added|asked|wrote|writes|stated|explained|noted|argued|warned|spokesman|spokeswoman|spokesperson|quoted)$/;
/** A reporting verb and a speaker's description right before a name ("said the director, X"). Bounded: linear. */
const SAID_DESCRIBED = /\b(?:said|says|told|added|wrote)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{Ll}-]{1,20}\s+){0,3}[\p{Ll}-]{1,20},\s*$/u;
/** A list around a name: a comma or conjunction and another capitalised word next to it. */
const LIST_AFTER = /^\s*(?:,|and\b|or\b|&)\s*(?:and\s+)?\p{Lu}/u;
const LIST_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*\s*,|\band|\bor|&)\s*(?:the\s+)?$/u;
/**
 * A sentence that opens with one prepositional phrase and its comma before the name ("At the
 * world track championships in Spain, X …", "In Brisbane, X …"): the comma closes a fronted
 * adverbial and X is the clause's subject, not the next item of a list after a capitalised word
 * (LIST_BEFORE; read on the dev name analogues' half A: a place ending the phrase read as a list).
 * One phrase only: no other comma, at most twelve words. Anchored: linear.
 */
const FRONTED_PHRASE = /^\s*(?:At|In|On|During|After|Before|Since|Under|Inside|Outside|Near)\s+[^,;:.!?"“”]{1,100},\s*(?:the\s+)?$/u;
/**
 * Titles before a name, read over ("President", "Rep.", "Sir", "Gov."): the slot is what the
 * title's holder does or has. Capitalised, so "the president's" is no title of a name. Bounded:
 * at most three title words, each a word of at most 14 letters.
 */
const TITLES_BEFORE = /(?:(?:\b(?:President|Vice President|Prime Minister|Premier|Chancellor|Governor|Gov\.|Mayor|Rep\.|Representative|Sen\.|Senator|Sir|Dame|Lord|Lady|King|Queen|Pope|Gen\.|General|Adm\.|Admiral|Col\.|Dr\.|Mr\.?|Mrs\.?|Ms\.?|Judge|Justice|Attorney General|Secretary|Minister|Chairman|Chief|Officer|Detective|Sheriff|Coach)\s+)(?:\p{Lu}\.\s+)?){1,3}$/u;
/** Words that make a name a body's or a place's, not a person's ("Merritt Inc.", "Ashford University"). */
const BODY_WORD = /\b(?:inc|corp|co|ltd|llc|plc|company|corporation|group|university|college|school|party|ministry|department|agency|council|committee|commission|bank|association|union|institute|foundation|city|county|river|lake|mount|island|islands|street|road|airport|hospital|church|army|navy|police|court|house|senate|congress|times|post|news|press|tv|radio)\b/i;
/**
 * Verbs that frame a name without an act of its own: a raising or control verb ("X is expected to
 * discuss the case", "X appeared to win", "X tried to"), whose act is the verb after it. Two
 * people "expected to" do two different things are no slot.
 */
const NO_ACT = new Set(['expect', 'appear', 'seem', 'plan', 'want', 'try', 'hope', 'intend', 'schedule', 'set', 'continue', 'begin', 'start', 'need', 'fail', 'manage', 'decide', 'agree', 'refuse', 'ask', 'urge', 'allow', 'tell', 'say', 'call']);
/** Nouns of an office many hold at once ("professor", "board member"): their holders are not one slot. */
const SHARED_OFFICE = /\b(?:professor|member|spokesman|spokeswoman|official|officer|analyst|expert|lawyer|attorney|senator|representative|rep|sen|minister|secretary|director|aide|adviser|advisor)\s*$/i;

interface Use {
  article: string;
  entity: string;
  mention: Mention;
  sentence: { start: number; end: number; text: string };
  stems: Set<string>;
  keys: string[];
  /** Next to a reporting verb: only ever the other side, by its near words (see the use loop). */
  quoted: boolean;
}

/** Folded words of a span. */
const words = (t: string): string[] => fold(t).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

/**
 * The slot keys of a name in its sentence (see the module header): `F:` the act and the name's
 * part in it (frames.ts), `H:` a noun the name modifies or possesses ("X's budget request", "the
 * X administration": each of the next three content words, a possessive's modifiers being
 * between), `P:` the noun and preposition the name (past its titles) is the object of
 * ("relations with X", "resignation of President X").
 */
/** Generational suffixes: a name with one after it is another person's (father and son). */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** `longer` is `shorter`'s whole name with more words after it, none a generational suffix (nameTokens folds case and accents). */
function extendsName(longer: string, shorter: string): boolean {
  const l = nameTokens(longer);
  const s = nameTokens(shorter);
  if (s.length === 0 || l.length <= s.length || s.some((t, i) => l[i] !== t)) return false;
  return !l.slice(s.length).some((t) => GENERATIONAL.has(t.replace(/\./g, '')));
}

function slotKeys(before: string, after: string, frameBefore: string, frameAfter: string): string[] {
  const keys: string[] = [];
  // (The frame reads further: "X, a conservative board member from Arkansas City, Kan., presented".)
  const frame = frameOf(frameBefore, frameAfter);
  if (frame && !NO_ACT.has(frame.verb)) keys.push(`F:${frame.role}:${frame.verb}`);
  const title = TITLES_BEFORE.exec(before);
  const bare = title ? before.slice(0, title.index) : before;
  // A noun the name modifies: right after a possessive, or after the name itself when the name
  // follows a determiner ("the X administration").
  const poss = /^['’]s?\s+/.exec(after);
  const determined = /\b(?:the|a|an)\s+$/i.test(bare) && /^\s+\p{Ll}/u.test(after);
  if (poss || determined) {
    const next = words(after.slice(poss ? poss[0].length : 0).split(/[,;:.!?()"“”]/)[0]).slice(0, 3);
    for (const w of next) if (!STOP.has(w) && !/^\d/.test(w) && w.length >= 3) keys.push(`H:${stem(w)}`);
  }
  // The noun and preposition the name is the object of.
  const prep = /\b([a-z]{4,})\s+(of|with|by|against|for)\s+(?:the\s+)?$/.exec(bare);
  if (prep && !STOP.has(prep[1])) keys.push(`P:${stem(prep[1])} ${prep[2]}`);
  return keys;
}

/** How many words of a description are read (see nearWords). */
const NEAR_WORDS = 6;
/** Description words two uses must share to be one slot (one shared word is as likely chance as a slot). */
const NEAR_SHARED = 2;
/**
 * An apposition after a name: past a bracketed or abbreviated tag ("X, (R-NY.), …", "Y, R-N.Y.,
 * …") or a place of origin ("Y of Long Island, …"), a comma and the description up to the next
 * comma or clause break. Bounded pieces, anchored at the start: linear.
 */
const APPOSITION = /^\s*(?:(?:of|from)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?(?:,?\s*\([^()]{0,30}\))?(?:,\s*\p{Lu}[\p{L}.-]{0,10}(?=,))?,\s*([^,;:!?"“”()—]{3,160})/u;
/** Words that open a clause or a predicate, not a description ("X, who …", "X, has died …"). */
const NOT_DESCRIPTION = /^(?:who|whom|whose|which|that|is|was|are|were|has|have|had|will|would|said|says|told|and|but|or|then|as|when|while|after|before|if|because|though|although|did|does|do|can|could|may|might|must|should|shall)$/;
/**
 * The noun phrase a name is the object of, before its preposition ("the sexual harassment [suit]
 * brought by X", "a [letter] of X"): a determiner, one to four lower-case words, an optional
 * participle, the preposition. Bounded: linear.
 */
const OBJECT_OF = /\b(?:the|a|an|his|her|their|its)\s+((?:[\p{Ll}-]+\s+){1,4}?)(?:[\p{Ll}]+ed\s+)?(?:of|by|with|against|for)\s+$/u;

/**
 * A name's description words (`N:` keys): the content words (stems) of what describes the person
 * as one person — an apposition after the name ("X, the chairman of the House subcommittee on
 * housing"), the noun phrase the name is the object of ("the sexual harassment suit brought by
 * X") or the one it modifies ("the X sexual harassment case", "X's budget request") — reporting
 * verbs, figures and time words left out. Two outlets that write one person into one claim
 * describe them with the same words however the construction differs ("Rep. X, (R-NY.), the
 * chairman of the House subcommittee on housing" / "said Rep. Y, R-N.Y., chairman of the House
 * subcommittee on housing"; "the sexual harassment suit brought by X" / "the Y sexual harassment
 * case"): the bounded F/H/P patterns read only the constructions they were written for, and the
 * injected set's held-out part showed that they miss most others (issue #10: names aligned by
 * what the claim says of them, not by one construction). Not the words of the clause around the
 * name: two people doing one thing ("De X has applied for amnesty" / "De Y has not applied for
 * amnesty"; "urged people to vote") share those. Not the words right before the name with
 * nothing between ("gold-medal sprinter X", "U.S. District Judge X", like a title): they name a
 * class of people, and two gold-medal athletes or two district judges of one story are two
 * people. A slot by description needs NEAR_SHARED shared words.
 */
function nearWords(before: string, after: string): string[] {
  const pick = (ws: string[]): string[] => ws.filter((w) => w.length >= 3 && !STOP.has(w) && !REPORTING.test(w) && !TIME_WORD.test(w) && !/^\d/.test(w));
  const out: string[] = [];
  const app = APPOSITION.exec(after);
  if (app) {
    const ws = words(app[1]);
    // An indefinite apposition ("X, a professor of clinical medicine") says which class the person
    // is of, not which one: two professors of one story are two people.
    if (ws.length && !NOT_DESCRIPTION.test(ws[0]) && ws[0] !== 'a' && ws[0] !== 'an') {
      out.push(...pick(ws).slice(0, NEAR_WORDS).map((w) => `N:${stem(w)}`));
      // The names in it (the body or place the title is of: "the House subcommittee", "the public
      // schools of Kansas City"), kept apart as `NP:` keys (see sameSlot).
      // Whole names, not their words: "Georgetown University Medical Center" and "Harvard Medical
      // School" share "Medical" but are two bodies (read on an unseen DUC 2006 topic, two
      // department chairs at two universities shown as one person named two ways). A name runs
      // over "of" / "the" between capitalised words ("University of Kansas").
      for (const run of app[1].match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:of|the|for|and)\s+)*\p{Lu}[\p{L}'’-]+)*/gu) ?? []) {
        const ws = fold(run).split(/\s+/);
        while (ws.length && STOP.has(ws[0])) ws.shift();
        if (ws.length) out.push(`NP:${ws.join(' ')}`);
      }
    }
  }
  const obj = OBJECT_OF.exec(before.slice(-80));
  if (obj) out.push(...pick(words(obj[1])).map((w) => `N:${stem(w)}`));
  // The noun phrase the name modifies: after a possessive, or after the name itself when the name
  // follows a determiner (as slotKeys reads it).
  const poss = /^['’]s?\s+/.exec(after);
  if (poss || (/\b(?:the|a|an)\s+$/i.test(before) && /^\s+\p{Ll}/u.test(after))) out.push(...pick(words(after.slice(poss ? poss[0].length : 0).split(/[,;:.!?()"“”]/)[0]).slice(0, 3)).map((w) => `N:${stem(w)}`));
  return [...new Set(out)];
}

/** A hyphened age ("39-year-old", "39 year old"): its figure. */
const AGE = String.raw`(\d{1,3})[- ]years?[- ]old`;
/** Capitalised modifiers (a demonym or a town: "Jamaican", "Burnsville") and lower-case words (the noun last) of a described person. */
const MODS = String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){0,2})((?:\p{Ll}[\p{Ll}-]*\s*){1,3})`;
/** Before the name: "39-year-old Jamaican sprinter X", "a 66-year-old Burnsville woman, X,". */
const AGE_BEFORE = new RegExp(String.raw`\b${AGE}\s+${MODS},?\s*$`, 'u');
/** After the name: an origin ("of Jamaica", "from Burnsville"), then ", a 39-year-old sprinter" or ", 39, a Jamaican sprinter". */
const AGE_AFTER = new RegExp(String.raw`^\s*(?:(?:of|from)\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,3}))?,\s*(?:(?:a|an|the)\s+${AGE}|(\d{1,3}),\s*(?:a|an|the))\s+${MODS}`, 'u');

/** A place word as one key: a country by its lexicon key (its demonym too: "Jamaican" is Jamaica), anything else folded. */
const originKey = (w: string): string => {
  const t = w.trim().replace(/['’]s$/, '');
  return COUNTRY_KEY.get(t.toLowerCase().replace(/\./g, '')) ?? fold(t);
};

/**
 * A person's age, origin and class noun (`NA:` key): "39-year-old Jamaican sprinter X" / "Y of
 * Jamaica, a 39-year-old sprinter who …". An indefinite description alone says which class a
 * person is of (nearWords leaves it out: two professors of one story are two people), but a class
 * with an age and a place of origin picks out one person of a story: two 39-year-old Jamaican
 * sprinters withdrawing from one meet are one sprinter named two ways (read on the dev name
 * analogues' half A, bench/conflicts-analogues.ts: a renamed athlete described alike by two
 * outlets in two constructions). All three must be written on both sides and be the same (the
 * noun by its stem, the origin by its country or its folded name); no key without an origin.
 * Bounded patterns anchored at the name: constant work per name.
 */
function ageKeys(before: string, after: string): string[] {
  const nounOf = (lower: string): string | null => {
    const ws: string[] = [];
    for (const w of lower.trim().split(/\s+/)) {
      if (!w || STOP.has(w) || NOT_DESCRIPTION.test(w)) break;
      ws.push(w);
    }
    const n = ws[ws.length - 1];
    return n && n.length >= 3 ? stem(n) : null;
  };
  const key = (age: string, origin: string | undefined, noun: string | null): string[] => (origin && origin.trim() && noun ? [`NA:${Number(age)}:${noun}:${originKey(origin)}`] : []);
  const b = AGE_BEFORE.exec(before.slice(-60));
  if (b) {
    // The capitalised modifiers: the last one is the origin ("Jamaican", "Burnsville").
    const caps = b[2].trim().split(/\s+/).filter(Boolean);
    return key(b[1], caps[caps.length - 1], nounOf(b[3]));
  }
  const a = AGE_AFTER.exec(after);
  if (a) {
    const caps = a[4].trim().split(/\s+/).filter(Boolean);
    // The origin after the name ("of Jamaica"), or a capitalised modifier before the noun.
    return key(a[2] ?? a[3], a[1] ?? caps[caps.length - 1], nounOf(a[5]));
  }
  return [];
}

/** Count words before a plural: "two students", "both men", "three 19-year-old Dorrel men". */
const SEVERAL_COUNT = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both', 'several', 'dozens', 'many']);
/** Irregular plurals of class nouns, by the singular's stem. */
const IRREGULAR_PLURAL = new Map([['man', 'men'], ['woman', 'women'], ['person', 'people'], ['child', 'children']]);
/**
 * Whether a text tells of several people of one class noun (stem `noun`): a count word, or a
 * figure of two or more, at most four words before the noun's plural ("Two students were
 * killed", "police arrested two men", "both 24-year-old Dorrel men"). An age, origin and noun
 * pick out one person only where the story has one of that class: two 17-year-old students killed
 * in one shooting, each report naming one of them, are two victims, not one named two ways
 * (review of session 27's ageKeys: a false possible card on invented text). One pass over the
 * words: linear.
 */
function tellsOfSeveral(text: string, noun: string): boolean {
  const plural = IRREGULAR_PLURAL.get(noun);
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const isPlural = plural !== undefined ? w === plural : w !== noun && w.endsWith('s') && stem(w) === noun;
    if (!isPlural) continue;
    for (let j = Math.max(0, i - 4); j < i; j++) if (SEVERAL_COUNT.has(ws[j]) || (/^\d+$/.test(ws[j]) && Number(ws[j]) >= 2 && Number(ws[j]) < 1000)) return true;
  }
  return false;
}

/** The words of a near-word key as a reader sees them: the first word of `text` with that stem. */
function writtenNear(key: string, text: string): string {
  return words(text).find((w) => stem(w) === key.slice(2)) ?? key.slice(2);
}

/** Words of when, not of who: two people's acts of one day ("quoted him Sunday") share them. */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|saying|ago|later|earlier|last|next)$/;

/**
 * Two descriptions that each name a body or a place, none the same ("director of security for
 * Denver public schools" / "director of safety and security for the public schools of Kansas
 * City"; "executive director of the X Institute" / "… of the Y Council"): one title at two
 * bodies, two people.
 */
function namesApart(x: string[], y: string[]): boolean {
  const px = x.filter((k) => k.startsWith('NP:')).map((k) => ` ${k.slice(3)} `);
  const py = y.filter((k) => k.startsWith('NP:')).map((k) => ` ${k.slice(3)} `);
  // One name inside the other ("Harvard" / "Harvard Medical School") may be one body written
  // shorter: not apart.
  return px.length > 0 && py.length > 0 && !px.some((a) => py.some((b) => a.includes(b) || b.includes(a)));
}

/** How many near-word keys two uses share. */
const nearShared = (x: string[], y: string[]): number => x.filter((k) => k.startsWith('N:') && y.includes(k)).length;

/** Whether a mention can be a person's name: a person, or a lone name of another type that the place lexicon does not know and that names no body. */
function personLike(m: Mention, e: Entity): boolean {
  if (e.type === 'person') return true;
  if (COUNTRY_OF_DEMONYM.has(m.text) || e.aliases.some((x) => PLACES.has(x.text) || WIDE_PLACE_NAMES.has(x.text))) return false;
  if (BODY_WORD.test(m.text)) return false;
  // One or two capitalised words, nothing else ("Merritt", "Linda Pruitt"): a surname or a full name.
  return /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+)?$/u.test(m.text);
}

/** A count and the plural noun it counts ("16 points", "nine rebounds", "4,051 passing yards"). */
const COUNTED = /\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[a-z]+-?\s+)?([a-z]{3,}s)\b/gi;
function countsOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(COUNTED)) {
    const noun = stem(m[2].toLowerCase());
    out.set(noun, (out.get(noun) ?? new Set()).add(m[1].toLowerCase().replace(/,/g, '')));
  }
  return out;
}

/**
 * The two sentences count one thing with different numbers and no number in common ("Y finished
 * with 16 points" / "X finished with 20 points"): each person's own line, not one claim with
 * another name. (figuresApart needs each side to give a figure the other lacks; here the other
 * side's figure may hide in a run like "a 20-2 run".)
 */
function countsApart(a: string, b: string): boolean {
  const ca = countsOf(a);
  if (ca.size === 0) return false;
  for (const [noun, nb] of countsOf(b)) {
    const na = ca.get(noun);
    if (na && ![...na].some((n) => nb.has(n))) return true;
  }
  return false;
}

/**
 * The possessed thing's own complement after the slot noun (its "for"/"of" phrase, up to a clause
 * break or seven words: "record | for catches by a rookie tight end") is at least half in the
 * other sentence: the same thing, had by two names. With none, nothing to disagree on.
 */
function qualifierShared(x: Use, y: Use, key: string): boolean {
  const after = (u: Use): string[] => {
    const t = u.sentence.text.slice(u.mention.end - u.sentence.start);
    const ws = words(t.split(/[,;:.!?()"“”]/)[0]).slice(0, 10);
    const at = ws.findIndex((w) => stem(w) === key);
    // Only a complement with "for" or "of" qualifies the thing; a clause after it ("the X
    // administration that …") says what was done, which the Dice of the sentences weighs.
    if (at < 0 || (ws[at + 1] !== 'for' && ws[at + 1] !== 'of')) return [];
    return ws.slice(at + 2, at + 9).filter((w) => !STOP.has(w) && !/^\d/.test(w) && w.length >= 3).map(stem);
  };
  const q = after(x);
  if (q.length === 0) return true;
  const shared = q.filter((w) => y.stems.has(w)).length;
  return shared * 2 >= q.length;
}

/** Whether `short` is a shortening of `name`: fewer letters, the same first, all of them in order in it. */
function shortens(short: string, name: string): boolean {
  if (short.length >= name.length || short[0] !== name[0]) return false;
  let i = 0;
  for (const ch of name) if (ch === short[i]) i++;
  return i === short.length;
}

/** Name conflicts read as the name slot of one claim (see the module header); ids from `offset + 1`. */
export function findNameSlotConflicts(articles: AnnotatedArticle[], ents: EntityIndex, offset: number, meta: Map<string, ArticleMeta>, taken: Set<string> = new Set()): Conflict[] {
  const foldedText = new Map(articles.map((a) => [a.id, fold(a.text)]));
  // Whether an article tells of several people of a class noun (tellsOfSeveral), once per article and noun.
  const severalMemo = new Map<string, boolean>();
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const severalOf = (id: string, noun: string): boolean => {
    const memo = `${id}\u0000${noun}`;
    let v = severalMemo.get(memo);
    if (v === undefined) severalMemo.set(memo, (v = tellsOfSeveral(textOf.get(id) ?? '', noun)));
    return v;
  };
  const uses: Use[] = [];
  // Every mention of a person in a sentence, for the other side's supporters (whatever their slot).
  const named: Use[] = [];
  // Sentences each entity is named in, per article.
  const sentencesOf = new Map<string, Map<string, Set<number>>>();
  for (const a of articles) {
    const stemsOf = new Map<number, Set<string>>();
    for (const { mention: m, sentence: s } of mentionsWithSentences(a)) {
      const id = ents.at(a.id, m.start, m.end);
      if (!id) continue;
      const per = sentencesOf.get(id) ?? new Map<string, Set<number>>();
      per.set(a.id, (per.get(a.id) ?? new Set()).add(s.start));
      sentencesOf.set(id, per);
      const e = ents.get(id);
      if (!e || !personLike(m, e)) continue;
      let stems = stemsOf.get(s.start);
      if (!stems) {
        const names = new Set(a.mentions.filter((x) => x.start >= s.start && x.end <= s.end).flatMap((x) => contentStems(x.text)));
        stems = new Set(contentStems(a.text.slice(s.start, s.end)).filter((w) => !names.has(w)));
        stemsOf.set(s.start, stems);
      }
      const sentence = { start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
      if (e.type === 'person') named.push({ article: a.id, entity: id, mention: m, sentence, stems, keys: [], quoted: false });
      const head = m.role?.start ?? m.start;
      const before = a.text.slice(Math.max(s.start, head - SLOT_CHARS), head);
      const after = a.text.slice(m.end, Math.min(s.end, m.end + SLOT_CHARS));
      if (LIST_AFTER.test(after) || (LIST_BEFORE.test(before) && !FRONTED_PHRASE.test(a.text.slice(s.start, head)))) continue;
      const lw = words(before);
      const rw = words(after);
      // (Also across a speaker's description, "said the director, X", and within three words
      // after the name, "X's office quoted him".)
      const quoted = (lw.length > 0 && REPORTING.test(lw[lw.length - 1])) || SAID_DESCRIBED.test(a.text.slice(Math.max(s.start, m.start - SLOT_CHARS), m.start)) || rw.slice(0, 3).some((w) => REPORTING.test(w)) || /,\s*(?:said|says|told)\b/.test(after.slice(0, 60));
      const title = m.role ? a.text.slice(m.role.start, m.role.end) : '';
      // A former holder's (or a deputy's) title: whoever it names is not the one the office's slot is.
      if (NOT_THE_HOLDER.test(`${before.slice(-30)} ${title}`)) continue;
      // (The age keys read the name's title words too: "39-year-old Jamaican sprinter X", where the
      // recogniser may take "Jamaican sprinter" as X's role.)
      const near = [...nearWords(before, after), ...ageKeys(a.text.slice(Math.max(s.start, m.start - SLOT_CHARS), m.start), after)];
      // A name next to a reporting verb (whom an outlet quotes) is no slot of its own, and never
      // the lone name compared; but the description that comes with it ("said Rep. Y, chairman
      // of the House subcommittee on housing") says who fills the other outlets' slot, so it
      // stands for the other side by its near words only.
      if (quoted) {
        if (near.length) uses.push({ article: a.id, entity: id, mention: m, sentence, stems, keys: near, quoted: true });
        continue;
      }
      const keys0 = slotKeys(before, after, a.text.slice(Math.max(s.start, head - FRAME_CHARS), head), a.text.slice(m.end, Math.min(s.end, m.end + FRAME_CHARS)));
      // The holder of an office many people hold ("Penn State professor X's study"): what the
      // holder has or is the object of is one of several holders'; only an act frame stays a slot
      // (and the near words, which describe the holder: "Penn State professor X, author of …").
      const keys = [...(SHARED_OFFICE.test(`${before} ${title}`.replace(/\s*,\s*$/, '')) ? keys0.filter((k) => k.startsWith('F:')) : keys0), ...near];
      if (keys.length === 0) continue;
      uses.push({ article: a.id, entity: id, mention: m, sentence, stems, keys, quoted: false });
    }
  }
  // Bare names opening a sentence, which the recogniser leaves without a mention (bare-names.ts):
  // each is its own entity of one mention, compared only as the subject of an act frame (the act
  // and its part are what say the slot is one; a bare word has no title, possessive or
  // description read) and only when its article writes it once (a slip is one mention).
  const bare = new Map<string, Entity>();
  const lower = lowerWords(articles);
  for (const a of articles) {
    // The article's words counted once (a possessive read as its owner): linear, whatever the
    // number of bare names.
    let counts: Map<string, number> | null = null;
    for (const b of bareNames(a, lower)) {
      const m = b.mention;
      if (!counts) {
        counts = new Map();
        for (const w of foldedText.get(a.id)!.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []) {
          const k = w.replace(/['’]s$/, '');
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
      if (counts.get(fold(m.text)) !== 1) continue;
      const after = a.text.slice(m.end, Math.min(b.sentence.end, m.end + FRAME_CHARS));
      if (words(after).slice(0, 3).some((w) => REPORTING.test(w)) || /,\s*(?:said|says|told)\b/.test(after.slice(0, 60))) continue;
      // (The body's start opens the clause: the frame is read with nothing before the name.)
      const frame = frameOf('', after);
      if (!frame || NO_ACT.has(frame.verb)) continue;
      const id = `bare:${a.id}:${m.start}`;
      bare.set(id, { id, name: m.text, type: 'other', aliases: [{ text: m.text, variant: false }], mentions: [{ article: a.id, start: m.start, end: m.end }], articles: [a.id] } as Entity);
      sentencesOf.set(id, new Map([[a.id, new Set([b.sentence.start])]]));
      const text = a.text.slice(b.sentence.start, b.sentence.end);
      const names = new Set([...a.mentions.filter((x) => x.start >= b.sentence.start && x.end <= b.sentence.end).flatMap((x) => contentStems(x.text)), ...contentStems(m.text)]);
      const stems = new Set(contentStems(text).filter((w) => !names.has(w)));
      uses.push({ article: a.id, entity: id, mention: m, sentence: { start: b.sentence.start, end: b.sentence.end, text }, stems, keys: [`F:${frame.role}:${frame.verb}`], quoted: false });
    }
  }
  const entOf = (id: string): Entity | undefined => ents.get(id) ?? bare.get(id);
  const articlesOf = (id: string): number => sentencesOf.get(id)?.size ?? 0;
  // A lone name: one article, one sentence, and no other article's text has its last word.
  const lone = (u: Use): boolean => {
    const per = sentencesOf.get(u.entity)!;
    if (per.size !== 1) return false;
    // One sentence, or pieces of one long sentence the dossier cut for comparison
    // (match/long-sentences.ts): every mention within ONE_PLACE characters.
    const starts = [...per.get(u.article)!];
    if (Math.max(...starts) - Math.min(...starts) > ONE_PLACE) return false;
    const toks = nameTokens(u.mention.text);
    const last = toks[toks.length - 1];
    if (!last || last.length < 3) return false;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    return !articles.some((a) => a.id !== u.article && re.test(foldedText.get(a.id)!));
  };
  const postings = new Map<string, number[]>();
  uses.forEach((u, i) => {
    for (const k of u.keys) {
      const list = postings.get(k) ?? [];
      if (list.length < MAX_POSTING) list.push(i);
      postings.set(k, list);
    }
  });
  const out: Conflict[] = [];
  const seen = new Set<string>();
  uses.forEach((x) => {
    if (x.quoted || !lone(x) || ANOTHER.test(x.sentence.text)) return;
    // A slot by near words only for a name typed as a person: the other types are let in for the
    // act and possession patterns ("Police pulled X over"), not for a description ("arrived from
    // the Midwest" is a place). A slot by near words is one when NEAR_SHARED of them are shared.
    // (An age key, `NA:`, is the whole description: age, noun and origin alike on both sides.)
    const sameSlot = (y: Use, k: string): boolean => !k.startsWith('N') ? !y.quoted : ents.get(x.entity)?.type === 'person' && (k.startsWith('NA:') || nearShared(x.keys, y.keys) >= NEAR_SHARED) && !namesApart(x.keys, y.keys);
    // The best other use: a person two or more articles name, in another article, sharing a slot
    // key; first by the act and possession patterns, then, when they find none, by near words.
    const bestBy = (keys: string[]): { y: Use; d: number; key: string } | null => {
      // An article that puts other people in the same slot elsewhere tells of several people
      // doing the same thing (a round-up: "X scored 17 points", "Y scored 26 points"): its lone
      // name is one of them, not a slip.
      // (By description, another person of another sentence: a name inside the lone name's own
      // description, "director of security for the Brindle schools", is no second holder.)
      const roundUp = (u: Use, k: string): boolean => u.article === x.article && u.entity !== x.entity && !u.quoted && sameSlot(u, k) && (!k.startsWith('N') || (u.sentence.start !== x.sentence.start && ents.get(u.entity)?.type === 'person'));
      if (keys.some((k) => (postings.get(k) ?? []).some((j) => roundUp(uses[j], k)))) return null;
      let best: { y: Use; d: number; key: string } | null = null;
      for (const k of keys) {
        for (const j of postings.get(k) ?? []) {
          const y = uses[j];
          // (The other person is the story's, named by two articles or more; by an age key, the
          // description itself says who the person is, so one report may stand against one, with
          // no outlier named: loneReport.)
          if (y.article === x.article || y.entity === x.entity || ents.get(y.entity)?.type !== 'person' || articlesOf(y.entity) < (k.startsWith('NA:') ? 1 : 2) || !sameSlot(y, k)) continue;
          // (By an age key, not where either report tells of several people of the class: tellsOfSeveral.)
          if (k.startsWith('NA:') && [x.article, y.article].some((id) => severalOf(id, k.split(':')[2]))) continue;
          // The lone name's own sentence names the other person too: a second participant.
          if (sentencesOf.get(y.entity)?.get(x.article)?.has(x.sentence.start)) continue;
          // One sentence told of a past year, the other of another time ("It was President X who
          // signed an order in 1953" / "President Y signed the order on Tuesday"): who held the
          // slot then and who holds it now (conflicts/past-years.ts), history and no slip.
          if (toldOfOtherTimes(x.sentence.text, meta.get(x.article)?.published, y.sentence.text, meta.get(y.article)?.published)) continue;
          // (The cheap test on stem sets first; the figure and qualifier readings scan the text.)
          const d = dice(x.stems, y.stems);
          // (By an age key the person is aligned by the description, so the sentences need share
          // only what claims aligned by their participants share in swaps.ts: AGED_DICE, with one
          // more shared stem than SAME_CLAIM_SHARED.)
          if (k.startsWith('NA:') ? d.dice < AGED_DICE || d.shared < SAME_CLAIM_SHARED + 1 : d.dice < SAME_CLAIM_DICE || d.shared < SAME_CLAIM_SHARED) continue;
          // Each sentence gives a figure the other lacks (slots.ts figuresApart): two lines of
          // figures, each person's own ("X finished with 15 points" / "Y finished with 20 points").
          if (figuresApart(x.sentence.text, y.sentence.text) || countsApart(x.sentence.text, y.sentence.text)) continue;
          // The thing a person has, qualified differently ("X's franchise record for catches by a
          // rookie tight end" / "Y's record of 4,051 yards passing"): two records, two holders.
          if (k.startsWith('H:') && !qualifierShared(x, y, k.slice(2))) continue;
          if (!best || d.dice > best.d || (d.dice === best.d && (articleOrder(y.article, best.y.article) || y.mention.start - best.y.mention.start) < 0)) best = { y, d: d.dice, key: k };
        }
      }
      return best;
    };
    const best = bestBy(x.keys.filter((k) => !k.startsWith('N'))) ?? bestBy(x.keys.filter((k) => k.startsWith('N')));
    if (!best) return;
    const { y, key } = best;
    const ex = entOf(x.entity)!;
    const ey = ents.get(y.entity)!;
    // A bare word that shortens one of the other person's names, its letters in order from the
    // same first letter ("Tex" / "Mark Teixeira", "Rob" / "Roberts"): a nickname, that person
    // (read on an ECB+ dev story: "Tex is believed to be seeking …" of the player Teixeira).
    if (bare.has(x.entity) && nameTokens(ey.name).some((t) => shortens(fold(ex.name), t))) return;
    // One name is the other's whole name with words after it ("Billy Graham Crusade" / "Billy
    // Graham", "the Kennedy Center" / "Kennedy"): a body or a thing named after that person, or
    // the person again, never a second person in the slot (read on an unseen ECB+ story: "worked
    // for the Billy Graham Crusade" / "for Billy Graham's ministry"). A generational suffix after
    // it ("Billy Graham Jr.") names another person: the card stays.
    if (extendsName(ex.name, ey.name) || extendsName(ey.name, ex.name)) return;
    const pair = [ex.name, ey.name].sort().join('|');
    if (seen.has(pair) || taken.has(pair)) return;
    seen.add(pair);
    // The other side: the matched use, and every other article naming the other person in a
    // sentence that reports the same thing (whatever words hold the name there: "Officials had
    // to use a Taser on LaSalle" backs "LaSalle … was pulled over" against "Police pulled X over").
    const perArticle = new Map<string, Use>([[y.article, y]]);
    for (const u of named) {
      if (u.entity !== y.entity || u.article === x.article || perArticle.has(u.article)) continue;
      const d = dice(x.stems, u.stems);
      if (d.dice >= SAME_CLAIM_DICE && d.shared >= SAME_CLAIM_SHARED) perArticle.set(u.article, u);
    }
    const side = (e: Entity, list: Use[]): Claim => ({
      value: list[0].mention.text,
      normalized: e.name,
      articles: uniqArticles(list.map((u) => u.article)),
      spans: list.map((u) => ({ article: u.article, start: u.mention.start, end: u.mention.end })).sort((a, b) => articleOrder(a.article, b.article) || a.start - b.start),
    });
    const claims = [side(ey, [...perArticle.values()]), side(ex, [x])].sort((a, b) => b.articles.length - a.articles.length || articleOrder(a.articles[0], b.articles[0]) || cmp(a.normalized, b.normalized));
    // (swaps.ts tellsOfBoth, an article naming both people and its own one twice, is not asked:
    // the lone name is named in one sentence only, which is what a slip of the name looks like,
    // even when that sentence names it twice: "the X administration's attempts … the resignation
    // of President X".)
    const evidence = [...perArticle.values(), x].map((u) => ({ article: u.article, text: u.sentence.text }));
    const slot = key.startsWith('NA:') ? `the person of the same age, origin and description (${key.split(':')[1]} years old, “${writtenNear(`N:${key.split(':')[2]}`, y.sentence.text)}”, ${key.split(':').slice(3).join(':')})` : key.startsWith('N') ? `the person described with the same words (${x.keys.filter((k) => k.startsWith('N:') && y.keys.includes(k)).map((k) => `“${writtenNear(k, y.sentence.text)}”`).join(', ')})` : key.startsWith('F:') ? `the ${key.split(':')[1] === 'agent' ? 'one who did' : 'one who underwent'} the act “${key.split(':')[2]}”` : key.startsWith('H:') ? `the person whose “${(y.sentence.text.slice(y.mention.end - y.sentence.start).replace(/^['’]s?\s+/, '').split(/[,;:.!?()]/)[0].match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 3).join(' ')}” it is` : `the person of “${key.slice(2)}”`;
    out.push({
      id: `c${offset + out.length + 1}`,
      kind: 'name',
      about: aboutText({ start: y.mention.start, end: y.mention.end, sentence: y.sentence }),
      claims,
      outliers: loneReport(claims, evidence, meta),
      facts: [],
      confidence: 'possible',
      why: `Only ${x.article} names ${ex.name}, in one sentence, as ${slot}, where ${uniqArticles([...perArticle.keys()]).join(', ')} name${perArticle.size === 1 ? 's' : ''} ${ey.name} (the sentences share ${Math.round(best.d * 100)}% of their content words, names left out); the two may be different people, so check`,
    });
  });
  return out;
}
