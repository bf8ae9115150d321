/**
 * Links carried only by a story's background (issue #12, session 29). Two sentences of a story
 * can share rare words without sharing a claim: the full names of the people the story is about
 * with the descriptions that always come with them ("Mohammad Yazdi, head of the judiciary"),
 * and the words of the story's subject that most of its reports carry. Such words say who and
 * what the story is about, not what each sentence states: "Other moderates want to keep
 * hard-liners such as Mohammad Yazdi, head of the judiciary, … out of the assembly" and "Among
 * the hard-liners who won were Mohammad Yazdi, head of the powerful judiciary, …" share two
 * rare names, their appositions and the story's word "hard-liners", and nothing of what
 * happened (a wish against an election result). The base-rate gate (Affinity.chancePairs) does
 * not reach them: the names are rare, so chance says the overlap is news.
 *
 * Here the words two sentences share are sorted into background and claim:
 *  - names (capitalised words) and figures are participants and values: they anchor a claim but
 *    are not one (a shared figure stands for a claim only with a word of its slot beside it);
 *  - the description of a name — an apposition set off by commas after it (", head of the
 *    judiciary,"), a title before it ("the opposition leader, Teodor Brannik") — says
 *    who the participant is, told again whenever the name is;
 *  - a word carried by most of the story's articles is the story's subject (the event's
 *    words, recurring because they are the event): shared, it says the two sentences are on
 *    the story, not which of its statements they make.
 * What is left (claimWords) is what the two sentences state in common. A weak link (below the
 * near-copy bar) with nothing left joins two statements about the same people, not one fact.
 */
import { keyTokens } from '../match/affinity.js';
import { STOP } from '../words/lex.js';
import { IRREGULAR } from '../words/irregular-verbs.js';
import { lookup, predicatesOf } from '../words/predicates.js';

// A run of capitalised words (a name), with the short function words names carry inside
// ("Council of Guardians", "Ali al-Sistani").
// A run opens only at a word's start (the lookbehind) and holds at most eight capitalised words
// with two particles between any two: unbounded, one capitalised token or run tried from each of
// its letters or words made the patterns below quadratic in its length (a 20,000-letter token took
// 0.3 s; test/growth.test.ts). No name is longer.
const NAME_RUN = String.raw`(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|the|de|du|da|van|von|al|bin|ibn)\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]*){0,7}`;
// An apposition after a name: a comma, a noun phrase of at most APPOSITION_WORDS words opening
// with a lower-case word (a determiner, a title, a noun: "head of the judiciary", "the
// ministry's spokesman", "a 45-year-old teacher") and closed by a comma or a dash; or an age
// alone (", 49,"), closed by its comma. An NP closed by the
// sentence's end is taken too. Never one whose first word is a verb form (VERB_START): after a
// name the sentence may go on with a participle or a predicate (", killing 12."), no description.
// A main clause after a fronted name ("In Paris, police
// arrested 12, …") is left alone by the preposition check below.
const APPOSITION_WORDS = 8;
const DESCRIPTION = new RegExp(
  String.raw`(${NAME_RUN})(,\s+(?:\d{1,3}(?=,)|\p{Ll}[\p{L}\p{N}'’-]*(?:\s+(?:\p{L}[\p{L}\p{N}'’.-]*|\d[\d,.]*)){0,${APPOSITION_WORDS - 1}}(?=\s*(?:,|—|–|[.!?]?$))))`,
  'gu',
);
// Words before a name that make the comma after it close a fronted phrase or a list item, not
// open an apposition ("In Paris, police …"; "Paris, London, …" is caught by the capital).
const BEFORE_PLACE = /\b(?:in|at|on|from|to|into|across|near|outside|inside|throughout|within|over|under)\s+(?:the\s+)?$/i;
// A first word that makes what follows the comma a verb phrase, not an apposition ("…, killing
// 12.", "…, killed 12.", "Odeh, was reportedly arrested in Karachi, …"): a participle or
// finite form, an auxiliary, an adverb, a conjunction.
const VERB_START = /^,\s+(?:\p{L}+(?:ing|ed|ly)|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|said|says|told|then|and|but|while)\b/iu;
// A phrase opening with a preposition is an adverbial of the clause, no description of the name
// (", with 52 percent of the vote.", ", after a long career,"): it may carry the claim's figure.
const PREPOSITION_START = /^,\s+(?:with|without|by|for|from|after|before|during|since|despite|in|at|on|of|to|into|under|over|through|amid|among|against|as|than|until)\b/i;
// A relative clause on a name (", who has long accused the city of neglecting the port,") is
// left in: unlike a title it tells what the person did or said, and that is often the claim
// another outlet states as its main clause (the bundled example: "Brannik said the city had
// ignored warnings about the port" / "Brannik, who has long accused the city administration of
// neglecting the port, …").
const RELATIVE = /^,\s+(?:who|whom|whose|which|that|where|when)\b/i;
// A capitalised run opening with a preposition or a determiner is a fronted phrase ("In
// Paris, …", "On Monday, …"), whose comma opens the main clause.
const FRONTED = /^(?:in|at|on|from|to|into|across|near|outside|inside|throughout|within|over|under|after|before|during|since|for|by|with|the|a|an|this|last|early|late)\s/i;
// A relative clause or apposition that opens with a verb of saying is a reporting clause ("X,
// said …"), not a description.
const SAYING = /^,\s+(?:said|says|told|added|according)\b/i;

/**
 * The text with every description of a name blanked out (replaced by spaces, so offsets stay):
 * appositions and relative clauses set off after a capitalised run, and the day of a written
 * date ("Aug. 7", "August 7": a time, not a figure of the claim). Also the name runs whose
 * description was blanked (their text), for `describedNames`.
 */
export function withoutDescriptions(text: string): { text: string; described: string[] } {
  let out = text;
  const described: string[] = [];
  for (const m of text.matchAll(DESCRIPTION)) {
    const desc = m[2];
    const at = m.index! + m[1].length;
    if (SAYING.test(desc)) continue;
    if (RELATIVE.test(desc)) continue;
    if (VERB_START.test(desc)) continue;
    if (PREPOSITION_START.test(desc)) continue;
    if (BEFORE_PLACE.test(text.slice(Math.max(0, m.index! - 20), m.index!)) || FRONTED.test(m[1])) continue;
    // The sentence's first word is capitalised whatever it is: a run that is only the opening
    // word ("However, the …") is no name.
    if (m.index === 0 && !/\s/.test(m[1])) continue;
    out = out.slice(0, at) + ' '.repeat(desc.length) + out.slice(at + desc.length);
    described.push(m[1]);
  }
  // A title before the name: "the opposition leader, Teodor Brannik", "the visiting Foreign
  // Minister …", ", opposition leader Teodor Brannik told …". Only after a determiner or a
  // comma or quote, so that a verb before a name ("police arrested Jon Vark") is never taken.
  for (const m of out.matchAll(TITLE_BEFORE)) {
    // Every word of a title is a content word and no verb form: "the statement as Adadi Rajab",
    // "in the capital were Mohammad Yazdi" end in words of the clause, not of a title.
    // An irregular verb form is no title word either: after a fronted phrase's comma the words
    // before a name are often the main clause's subject and verb ("After the fire, police caught
    // Jon Vark", "On Monday, rebels shot …"), the claim itself.
    if (m[2].replace(/,$/, '').split(/\s+/).some((w) => STOP.has(w) || /(?:ed|ing)$/.test(w) || IRREGULAR[w] !== undefined)) continue;
    // After a determiner the title must be set off by a comma ("the opposition leader, Teodor
    // Brannik"): without it the words are the name's modifiers ("the former West German league",
    // "the top Soviet official"), part of what the sentence says.
    if (/^(?:[Tt]he|[Aa]n?)\s/.test(m[1]) && !m[2].endsWith(',')) continue;
    const at = m.index! + m[1].length;
    out = out.slice(0, at) + ' '.repeat(m[2].length) + out.slice(at + m[2].length);
    described.push(m[3]);
  }
  out = out.replace(DATE_DAY, (d, month: string) => month + ' '.repeat(d.length - month.length));
  return { text: out, described };
}

const TITLE_BEFORE = new RegExp(String.raw`((?:\b(?:[Tt]he|[Aa]n?)|[,"”])\s+)((?:\p{Ll}[\p{L}'’-]*\s+){0,2}\p{Ll}[\p{L}'’-]*,?)\s+(${NAME_RUN})`, 'gu');
// The day after a month's name or abbreviation.
const DATE_DAY = /\b((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b(?!,\d)/g;

// Number words: a count written out ("seven people died") is a figure of the claim.
const NUMBER_WORDS = new Set('two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands'.split(' '));

/** What two sentences share, sorted into the claim and the background (claimOf). */
export interface SharedClaim {
  /** Shared keys that state the claim: ordinary words beyond the story's background, figures, event classes. */
  claim: string[];
  /** Whether a shared name is described (apposition or relative clause) in either sentence. */
  describedName: boolean;
}

/** Per story: how many of its sentences carry each content key per article, and each sentence's keys without its names' descriptions. */
export class StoryBackground {
  private readonly perArticle = new Map<string, number>();
  private readonly stripped: Array<{ keys: Set<string>; described: Set<string>; preds: Set<string> } | undefined>;
  /** The story's number of articles. */
  readonly articles: number;

  /** `keyed`: each sentence's content keys (Affinity.keyed … .set), `articles`: each sentence's article. */
  constructor(
    private readonly texts: string[],
    keyed: ReadonlyArray<{ set: Set<string> }>,
    articles: string[],
  ) {
    const df = new Map<string, number>();
    for (const k of keyed) for (const key of k.set) df.set(key, (df.get(key) ?? 0) + 1);
    const nArts = new Set(articles).size;
    for (const [k, d] of df) this.perArticle.set(k, d / nArts);
    this.articles = nArts;
    this.stripped = new Array(texts.length);
  }

  /**
   * Whether every content key of a word is the story's background (carried STORY_BACKGROUND
   * times per article or more, in a story of MIN_STORY_ARTICLES or more): the story's subject
   * ("the March 26 election" in every report of that election), not what one sentence states.
   */
  recurs(word: string): boolean {
    const keys = [...keyTokens(word).set];
    return keys.length > 0 && keys.every((k) => this.recursKey(k));
  }

  /** Whether a content key (keyTokens) is the story's background, as `recurs` reads a word. */
  recursKey(key: string): boolean {
    return this.articles >= MIN_STORY_ARTICLES && (this.perArticle.get(key) ?? 0) >= STORY_BACKGROUND;
  }

  private read(i: number): { keys: Set<string>; described: Set<string>; preds: Set<string> } {
    let s = this.stripped[i];
    if (!s) {
      const w = withoutDescriptions(this.texts[i]);
      const described = new Set<string>();
      for (const run of w.described) for (const k of keyTokens(run).set) if (k.startsWith('N:')) described.add(k);
      const preds = new Set<string>();
      // Verbs only: an event noun of the story's subject ("hard-liners", a noun of "line") is its background.
      for (const p of predicatesOf(w.text)) if (/v/i.test(lookup(p.word)?.kinds ?? '')) for (const k of keyTokens(p.word).set) preds.add(k);
      this.stripped[i] = s = { keys: keyTokens(w.text).set, described, preds };
    }
    return s;
  }

  /**
   * What sentences i and j state in common beyond the story's background: the keys both carry
   * outside the descriptions of names that are an ordinary word carried by fewer than
   * STORY_BACKGROUND sentences per article of the story (any ordinary word in a story of fewer than
   * MIN_STORY_ARTICLES), a figure (a value in the claim; not a date's day, not a year, which
   * keyTokens leaves out), a number word, an event class or a verb predicate of both sentences (the
   * act itself, however often the story tells it: in a story of one event its act recurs
   * because it is the event). Names are
   * participants, not claims.
   */
  claimOf(i: number, j: number): SharedClaim {
    const a = this.read(i);
    const b = this.read(j);
    const claim: string[] = [];
    let describedName = false;
    for (const k of a.keys) {
      if (!b.keys.has(k)) continue;
      if (k.startsWith('N:')) continue;
      if (k.startsWith('#') || k.startsWith('EV:') || NUMBER_WORDS.has(k)) {
        claim.push(k);
        continue;
      }
      // A predicate of both sentences is the act itself, however often the story tells it ("escaped"
      // in a story of one escape): the claim, not its background.
      const act = a.preds.has(k) && b.preds.has(k);
      if (!act && this.articles >= MIN_STORY_ARTICLES && (this.perArticle.get(k) ?? 0) >= STORY_BACKGROUND) continue;
      claim.push(k);
    }
    for (const k of [...a.described, ...b.described]) if (a.keys.has(k) && b.keys.has(k)) describedName = true;
    return { claim: claim.sort(), describedName };
  }
}

// A word the story's sentences carry this many times per article, or more, is the story's
// subject. A statement is told about once per report (a consensus fact's words: the bundled
// example's "ordered an inquiry", about once per article), its headline and lede tell the main
// event twice; a word each report repeats through its body is what the reports are about. Read
// on the DUC 2003 / 2006 dev topics (sentences per article): "hard-liners" 2.8–3.7,
// "moderates" 3.4, "mosquito" 5.9, "virus" 11, "settlement" 7.4 against "judiciary" 0.9,
// "accountable" 0.5, "crow" 1.8. The share of articles carrying a word was tried first and
// dropped: a fact every outlet reports is in every article, and it took the example's consensus.
export const STORY_BACKGROUND = 2.5;
// Below this many articles no word is the story's background by its spread: in a story of two
// or three reports every shared word is in most of them.
export const MIN_STORY_ARTICLES = 4;
