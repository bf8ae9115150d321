/**
 * Fact alignment: sentences of different articles that report the same thing become one fact.
 * Candidates come from an inverted index over the matcher's candidate keys and content keys
 * (never all pairs); pairs are scored by affinity (affinity.ts: the matcher plus containment and
 * shared phrases) and merged greedily, best pair first, under
 * average linkage: a sentence joins a fact only when it matches the fact's sentences on average,
 * not merely one of them, so one long sentence cannot chain two different facts together.
 */
import type { AnnotatedArticle } from '../../core/schema.js';
import { Affinity } from '../match/affinity.js';
import { Entailment, measuredIn, nearValue, reportedIn } from '../match/entail.js';
import { FIGURE_COVER, figureKeys, frontedParticiple, givesFigure, oneFigureSlot } from './figure-slots.js';
import { antonymsOf, lemmaStem } from '../words/antonyms.js';
import { writtenGrain } from '../claims/claims.js';
import { commonWord, givenSex, knownGiven, sameGiven, sameWord, nameTokens, type EntityIndex } from '../entities/entities.js';
import { contentStems } from '../words/lex.js';
import { ledeFlags } from '../match/ledes.js';
import { learnedLedePair, ledeReported } from '../match/lede-pairs.js';
import { mainActIn, mainActsDiffer, oneNamedAct, oppositeAct, otherActors, readAct, sameMainAct, samePredicate } from '../words/predicates.js';
import { propositionsOf, sameProposition, type Proposition } from '../words/propositions.js';
import { tokenize, type Token } from '../words/text.js';
import { digitStep, hedgeAt, hedgesMeet, hedgeWordAt, isYearFigure, nearHedgeAt, type Kind } from './figures.js';
import { sentenceTimes } from './dates.js';
import { reportWords, sentencePlaces, type ReportWords } from './places.js';
import { oneClaimFacts } from './one-claim.js';
import { StoryBackground } from './background-links.js';
import { ledesShareAct } from './lede-acts.js';
import { namesOneSite } from '../conflicts/one-site.js';

export interface FactSentence {
  /** Index in the flat sentence list. */
  idx: number;
  article: string;
  articleIndex: number;
  start: number;
  end: number;
  text: string;
  /**
   * The article's text stops inside this sentence: it is the article's last and ends with an
   * ellipsis ("… continue to brace themselves for a..."), as excerpts and teasers are cut. What
   * it says after the cut is unknown (cutOff). Unset (false) for sentences other stages build.
   */
  cut?: boolean;
}

/**
 * Whether a sentence is cut off by the end of its article's text: the last sentence, ending with
 * an ellipsis (three dots or "…", a closing quote mark after it at most). Excerpts (AllSides,
 * feeds, teasers) stop mid-sentence; the words after the cut often held the act or its object
 * ("… the bombers did not..."), so the part kept cannot vouch for a claim on its own.
 */
export function cutOff(text: string, rest: string): boolean {
  return rest.trim() === '' && /(?:\.\.\.|…)\s*["'”’]?\s*$/.test(text);
}

export interface FactCluster {
  members: FactSentence[];
  /**
   * Sentences of other articles that report this fact too, inside a sentence whose own fact is
   * another one (a sentence reporting two things supports two facts).
   */
  also: FactSentence[];
  /**
   * For choosing the representative: how much of each member the others also say (mean share of
   * its content found in the other members), plus its mean score with them, plus MAIN_ACT_LEAD
   * when every other article's member reports its main act (predicates.ts mainActIn) and it
   * quotes no words the others do not quote; a cut-off member (FactSentence.cut) comes last.
   */
  centrality: number[];
  /**
   * Facts split apart because their sentences clash (a different participant, figure or polarity)
   * share this number: they were aligned as one report, so the conflicts stage compares them as
   * one (slots.ts reads who or where each version names). Null for a fact never split.
   */
  origin: number | null;
  /**
   * Facts split apart by the claim-coherence check (every pair of cited sentences one claim)
   * share this number: they were one fact before it, so the conflicts stage still compares their
   * values as one fact's (a different value of one report is a conflict candidate). Null for a
   * fact never split there.
   */
  aligned: number | null;
}

export interface Alignment {
  facts: FactCluster[];
  /** All sentences considered, by idx. */
  sentences: FactSentence[];
  /** Scored pairs that are related though not the same (affinity ≥ RELATED): partial reports. */
  related: Array<[number, number]>;
  /**
   * Pairs whose words match as well as one fact's sentences do (whole-sentence evidence) but
   * that `clash`: the same report with another figure or the opposite polarity. The conflicts
   * stage takes them as strong evidence that two values answer the same question.
   */
  clashed: Array<[number, number]>;
  score(i: number, j: number): number;
  /** The two kinds of evidence of a pair apart (Affinity.evidence): whole sentences, shared phrase. */
  evidence(i: number, j: number): { whole: number; phrase: number };
  /** Why two sentences cannot be one fact though their words match (null: nothing against it). */
  clash(i: number, j: number): Clash | null;
  /** Candidate sentences of other articles for sentence i (from the inverted index; ≤ 12). */
  candidates(i: number): number[];
  /**
   * Articles other than sentence i's own that report what it states in other words: a window of
   * one or two adjacent sentences of theirs covers its content (entail.ts), with no clash.
   */
  reportedBy(i: number): string[];
  /**
   * The parts of sentence i that none of the sentences `others` of other articles reports (nor
   * the sentence before or after each in its article): clauses whose content they cover below
   * OWN_COVER (entail.ts clauseCover), as character ranges in sentence i's text, adjacent ones
   * joined. Empty when i is one clause; the best-covered clause is never among them.
   */
  ownParts(i: number, others: number[]): Array<{ start: number; end: number }>;
}

/**
 * Claim-level disagreement between two sentences that otherwise read alike: opposite polarity
 * ("was found guilty" / "pleaded not guilty"; antonymous predicates, "prices rose" / "prices
 * fell"), a different value for the same thing ("30 dead" / "40 dead") or a different participant
 * in the same role ("Kovac was elected" / "Brannik was elected"). Such sentences are related
 * (neither omits the other's fact) but are not one consensus fact: counting them as one would
 * credit each outlet with what the other says.
 */
export type Clash = { kind: 'polarity' } | { kind: 'value'; a: string; b: string } | { kind: 'participant'; a: string; b: string };

/** Polarity cues of the clause itself (the matcher's wider list also has "denied", "failed" …, which reword rather than negate). */
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'cannot', 'none', 'nobody', 'nothing']);
// Two figures are different values when they are more than this share apart and one is hedged:
// "more than 40" and "43" injured may be one report, "30" and "40" dead are not.
const VALUE_TOLERANCE = 0.1;
// Words before a figure that hedge it ("about 40", "more than 200", "nearly 300", "up to 30";
// the list is entail.ts HEDGES): such a figure is compatible with nearby exact ones. Two exact
// figures are one value only when equal or within the rounding of the rounder one ("3,000" /
// "3,040"): a consensus fact citing "killed 11" to an outlet that wrote "killed 10", or 247 to
// one that wrote 253, cites a sentence that does not say it (read on unseen DUC 2006 stories,
// where tolls of one attack were merged).
// A figure is about what its next content words name ("30 people dead", "40 injured").
const UNIT_WORDS = 2;

// A negator governs the next few words ("not guilty", "did not answer questions"); a negation
// elsewhere in a long sentence ("…, when no one was hurt") says nothing about the shared claim.
const NEGATION_SCOPE = 3;

// A word's slot is named by its nearest content words on each side, looked for this many tokens
// away at most: "prices ROSE 4%" / "prices FELL 4%" share the slot word "prices".
const SLOT_REACH = 3;

/** A participant of a sentence: a named entity with the content words around its mention. */
export interface Participant {
  /** Entity id (entities.ts), the same across articles for one person, place or organisation. */
  id: string;
  type: string;
  /** The mention as written, and its name words (for spelling variants the index left apart). */
  text: string;
  words: string[];
  before: string | null;
  after: string | null;
}

interface ClaimShape {
  /** Content stems of the sentence. */
  stems: Set<string>;
  /** Content stems inside the scope of a negator. */
  negated: Set<string>;
  /** Figures with the stems of the content words after them. */
  figures: Array<{ value: number; text: string; unit: Set<string>; hedged: boolean; bound: boolean; kind: Kind; near: boolean; step: number }>;
  /** Content (non-stop, non-number) stems with their slot words: the nearest content stems before and after. */
  slots: Map<string, Array<{ before: string | null; after: string | null }>>;
  /** Named participants (empty without an entity index). */
  parts: Participant[];
}

/**
 * Nearest content stem before (dir -1) or after (dir 1) token i, within SLOT_REACH tokens. A name
 * is no slot word (a dateline's city or an agency is not what a claim says of its participant),
 * so a capitalised word ends the search.
 */
function slotWord(toks: Token[], i: number, dir: 1 | -1): string | null {
  for (let k = i + dir, n = 0; k >= 0 && k < toks.length && n < SLOT_REACH; k += dir, n++) {
    if (toks[k].cap) return null;
    if (!toks[k].stop && !toks[k].num) return toks[k].stem;
  }
  return null;
}

function claimShape(text: string, parts: Participant[] = []): ClaimShape {
  const toks = tokenize(text);
  const stems = new Set<string>();
  const negated = new Set<string>();
  const figures: ClaimShape['figures'] = [];
  const slots: ClaimShape['slots'] = new Map();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.stop && !t.num) {
      stems.add(t.stem);
      // Antonyms are looked up by lemma ("rose" is "rise"); the lemma counts as a stem too.
      const lemma = lemmaStem(t.stem);
      stems.add(lemma);
      if (antonymsOf(lemma).length) {
        const l = slots.get(lemma) ?? [];
        l.push({ before: slotWord(toks, i, -1), after: slotWord(toks, i, 1) });
        slots.set(lemma, l);
      }
    }
    if (NEGATORS.has(t.norm)) {
      for (let k = i + 1; k < toks.length && k <= i + NEGATION_SCOPE; k++) if (!toks[k].stop && !toks[k].num && !NEGATORS.has(toks[k].norm)) negated.add(toks[k].stem);
    }
    if (!t.num) continue;
    // A number right after another is part of one written figure ("22 1/2 years"), not a value
    // of its own.
    if (i > 0 && toks[i - 1].num) continue;
    const value = Number(t.stem);
    // Years and times are dates, compared as claims by the conflicts stage, not here; a year as
    // written ("1998", figures.ts isYearFigure), not a count in its range ("2,000 people").
    if (!Number.isFinite(value) || isYearFigure(t) || t.norm.includes(':')) continue;
    const unit = new Set<string>();
    for (let k = i + 1; k < toks.length && unit.size < UNIT_WORDS; k++) {
      if (toks[k].num) break;
      if (!toks[k].stop) unit.add(toks[k].stem);
    }
    // The noun a figure follows names what it counts too ("a toll of 30", "aged 14").
    const before = slotWord(toks, i, -1);
    if (before) unit.add(before);
    // `kind`: the hedge's direction (figures.ts hedgeAt), read past a currency word ("almost $139
    // million"). `bound`: hedged by a word of approximation or bound ("more than", "nearly",
    // "about"), not by "to", which HEDGES also lists for "fell to 30" / "up to 30" but which in
    // "was revised to 375,000" gives an exact value.
    const kind = hedgeAt(toks, i);
    const hedge = hedgeWordAt(toks, i);
    figures.push({ value, text: t.norm, unit, hedged: kind !== 'exact', bound: kind !== 'exact' && toks[hedge].norm !== 'to', kind, near: nearHedgeAt(toks, i), step: digitStep(t.norm, value) });
  }
  return { stems, negated, figures, slots, parts };
}

/** A claim both sentences make, negated in one only ("found guilty" / "pleaded not guilty"). */
function polarityClash(a: ClaimShape, b: ClaimShape): boolean {
  for (const w of a.negated) if (b.stems.has(w) && !b.negated.has(w)) return true;
  for (const w of b.negated) if (a.stems.has(w) && !a.negated.has(w)) return true;
  return false;
}

/**
 * Antonymous predicates in the same slot: one sentence has a word, the other its WordNet antonym
 * (antonyms.ts), neither has both, neither is negated (a negated antonym agrees: "did not win" /
 * "lost"), and the two words stand between the same words on one side at least ("prices rose" /
 * "prices fell"). Without the slot, an antonym pair anywhere in two long sentences ("the first
 * visit" / "last year's talks") would split facts on an incidental modifier.
 */
function antonymClash(a: ClaimShape, b: ClaimShape): boolean {
  for (const [w, sa] of a.slots) {
    if (a.negated.has(w) || b.stems.has(w)) continue;
    for (const x of antonymsOf(w)) {
      const sb = b.slots.get(x);
      if (!sb || a.stems.has(x) || b.negated.has(x)) continue;
      for (const p of sa) for (const q of sb) if ((p.before !== null && p.before === q.before) || (p.after !== null && p.after === q.after)) return true;
    }
  }
  return false;
}

// Verbs of pure attribution: their subject is the source of the statement, not a participant of
// the event ("police said the fire killed 5" / "the mayor said the fire killed 5" report one
// thing). Other verbs of saying ("praised", "denied") are the claim itself and stay slots.
const ATTRIBUTION = new Set(['say', 'said', 'tell', 'told', 'accord', 'add', 'state', 'report', 'announc', 'note', 'explain', 'write', 'wrote', 'tweet', 'quot']);

/** The participants of a sentence: its entity mentions, with the content stems around each. */
function participantsOf(a: AnnotatedArticle, start: number, end: number, ents: EntityIndex): Participant[] {
  const out: Participant[] = [];
  for (const m of a.mentions) {
    if (m.start < start || m.end > end) continue;
    const id = ents.at(a.id, m.start, m.end);
    if (!id) continue;
    const from = m.role && m.role.start < m.start && m.role.start >= start ? m.role.start : m.start;
    const left = tokenize(a.text.slice(Math.max(start, from - 60), from));
    const right = tokenize(a.text.slice(m.end, Math.min(end, m.end + 60)));
    const pick = (toks: Token[], dir: 1 | -1): string | null => {
      const w = dir === 1 ? slotWord(toks, -1, 1) : slotWord(toks, toks.length, -1);
      return w !== null && ATTRIBUTION.has(w) ? null : w;
    };
    out.push({ id, type: m.type, text: m.text, words: nameTokens(m.text), before: pick(left, -1), after: pick(right, 1) });
  }
  return out;
}

/** Edit distance of two short words, or more than `max` (bounded: O(length × max)). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let prevPrev: number[] | null = null;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      // A swap of two neighbouring letters is one slip ("Nahcman"/"Nachman").
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], (prevPrev?.[j - 2] ?? Infinity) + 1);
      best = Math.min(best, cur[j]);
    }
    if (best > max) return false;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/**
 * Two persons who share a surname: each mention has a given name before it that the name lexicons
 * know (entities.ts knownGiven) and the two are not one given name (sameGiven: the same name, a
 * nickname of it, a spelling of it). "Dr. Peter Varnholt" / "Dr. Linn Varnholt" are two people,
 * a father and a son, two officials; the shared surname is no evidence that the two sentences
 * tell of one person (read on DUC 2006 dev: two physicians of one surname on one topic quoted
 * months apart stood as one shared fact). An initial ("J. Varnholt") or a lone surname says
 * nothing of the given name.
 */
function otherGivenNames(p: Participant, q: Participant): boolean {
  if (p.type !== 'person' || q.type !== 'person' || p.words.length < 2 || q.words.length < 2) return false;
  const a = p.words[0];
  const b = q.words[0];
  if (a.length < 2 || b.length < 2) return false;
  if (knownGiven(a) && knownGiven(b)) return !sameGiven(a, b) && !spellingsOfOneGiven(a, b);
  // One given name the lexicons know and another word they do not ("Peter" / "Linn"): another
  // name when it opens with another letter (a spelling of one name keeps its first letter,
  // sameGiven, as romanised: givenSkeleton) and is no everyday word (a title or a noun before the
  // surname: "Coach", "Judge").
  const [known, other] = knownGiven(a) ? [a, b] : knownGiven(b) ? [b, a] : [null, null];
  return known !== null && other !== null && givenSkeleton(known)[0] !== givenSkeleton(other)[0] && !commonWord(other);
}

/**
 * A given name as romanisations and English spellings vary it: "ph" as "f", "c", "q" and "x" by
 * their "k" sounds, and a "y" or "j" before a vowel at the start dropped ("Yevgeny" / "Evgeny",
 * "Yekaterina" / "Ekaterina").
 */
function givenSkeleton(w: string): string {
  return w.replace(/ph/g, 'f').replace(/x/g, 'ks').replace(/ck|c|q/g, 'k').replace(/^[yj](?=[aeiou])/, '');
}

/**
 * Two given names the lexicons both know that may be spellings of one (otherGivenNames): sameGiven
 * keeps a transliteration apart when that costs only a split of two entities, but here a split
 * says two people where the sentences tell of one ("Yevgeny Varnholt" / "Evgeny Varnholt",
 * "Aleksandr" / "Alexander", "Katherine" / "Catherine", "Steven" / "Stephen" left one fact's two
 * retellings apart as "names … where this names …"). Spellings of one name: the same romanised
 * skeleton's first letter and at most one edit in it (two from six letters on), and not a man's
 * name and a woman's (givenSex: "Michael" / "Michelle", "Paul" / "Paula").
 */
function spellingsOfOneGiven(a: string, b: string): boolean {
  const sa = givenSex(a);
  const sb = givenSex(b);
  if (sa && sb && sa !== sb) return false;
  const x = givenSkeleton(a);
  const y = givenSkeleton(b);
  return x[0] === y[0] && withinEdits(x, y, Math.min(x.length, y.length) >= 6 ? 2 : 1);
}

/**
 * Two mentions of one name the entity index kept apart: a shared name word (a transliteration, a
 * shortened form), a spelling slip or variant of a long word (one edit in six letters or more,
 * two in nine: "Quebeckers"/"Quebecers"), or one an acronym of the other ("US"/"United States").
 */
function sameName(p: Participant, q: Participant): boolean {
  if (otherGivenNames(p, q)) return false;
  const close = (w: string, v: string): boolean => sameWord(w, v) || (Math.min(w.length, v.length) >= 6 && withinEdits(w, v, Math.min(w.length, v.length) >= 9 ? 2 : 1));
  if (p.words.some((w) => q.words.some((v) => close(w, v)))) return true;
  const acronym = (x: Participant, y: Participant): boolean => y.words.length >= 2 && x.words.length === 1 && x.words[0] === y.words.map((w) => w[0]).join('');
  return acronym(p, q) || acronym(q, p);
}

/**
 * Whether two participants are of one kind for participantClash: the same type, or a body and a
 * place of which one names a building or institution of one site (conflicts/one-site.ts
 * namesOneSite: "… Hospital", "… Medical Center", "… School"). The entity layer types a site by
 * its name's words, so one hospital is an organisation in one report ("HCMC") and another a place
 * in the other ("Mount Sinai Hospital", by "Mount"): "was pronounced dead at HCMC" / "… at Mount
 * Sinai Hospital" name two sites in one role, two deaths (ECB+ dev, two hit-and-runs of one kind
 * joined). A place that names no site ("Geneva" / "the United Nations") is not compared.
 */
function sameKind(p: Participant, q: Participant): boolean {
  if (p.type === q.type) return p.type !== 'place' || (namesOneSite(p.text) && namesOneSite(q.text));
  const bodyOrPlace = (x: Participant): boolean => x.type === 'organization' || (x.type === 'place' && namesOneSite(x.text));
  return bodyOrPlace(p) && bodyOrPlace(q) && (namesOneSite(p.text) || namesOneSite(q.text));
}

/**
 * A different participant in the same role: a named entity of one sentence that the other never
 * names, in the slot where the other names another entity of the same type that the first never
 * names ("Kovac was elected mayor" / "Brannik was elected mayor"; "Israel struck Gaza" / "Israel
 * struck Lebanon"). The slot is a shared content word next to both mentions.
 */
function participantClash(a: ClaimShape, b: ClaimShape): Clash | null {
  if (!a.parts.length || !b.parts.length) return null;
  const ida = new Set(a.parts.map((p) => p.id));
  const idb = new Set(b.parts.map((p) => p.id));
  for (const p of a.parts) {
    // Places are left out: their other names are many and unlike ("USSR"/"Soviet Union",
    // "Britain"/"the UK"), and a place told differently is the conflicts stage's place conflict.
    // A site is not such a place (comparedSite): its other names are its own words or initials.
    if ((p.type === 'place' && !namesOneSite(p.text)) || idb.has(p.id) || b.parts.some((q) => sameName(p, q))) continue;
    for (const q of b.parts) {
      if (ida.has(q.id) || !sameKind(p, q) || a.parts.some((r) => sameName(q, r))) continue;
      if ((p.before !== null && p.before === q.before) || (p.after !== null && p.after === q.after)) return { kind: 'participant', a: p.text, b: q.text };
      // Two persons of one surname and two given names (otherGivenNames), each named only in its
      // own sentence: the surname is what made the two sentences look alike, in whatever slot.
      if (otherGivenNames(p, q) && p.words[p.words.length - 1] === q.words[q.words.length - 1]) return { kind: 'participant', a: p.text, b: q.text };
    }
  }
  return null;
}

function clashOf(a: ClaimShape, b: ClaimShape): Clash | null {
  if (polarityClash(a, b) || antonymClash(a, b)) return { kind: 'polarity' };
  const who = participantClash(a, b);
  if (who) return who;
  type Figure = ClaimShape['figures'][number];
  const near = (f: Figure, g: Figure): boolean => {
    const gap = Math.abs(f.value - g.value);
    if (gap === 0) return true;
    // A hedge makes a figure near another only on its side ("almost $139 million" / "$138
    // million", never "more than 250" / "248"): figures.ts hedgesMeet.
    if (f.hedged || g.hedged) return hedgesMeet(f, g);
    const grain = Math.max(writtenGrain(f.text, false), writtenGrain(g.text, false));
    return grain > 0 && gap <= grain / 2;
  };
  // The same value counts as given by the other sentence only for the same thing (or a figure
  // whose unit is not said): "injured 20" is not answered by "Harris, 18," in the other.
  const overlaps = (x: Set<string>, y: Set<string>): boolean => x.size === 0 || y.size === 0 || [...x].some((u) => y.has(u));
  const gives = (fs: ClaimShape['figures'], f: Figure): boolean => fs.some((g) => near(f, g) && overlaps(f.unit, g.unit));
  for (const fa of a.figures) {
    // A sentence that also gives the other's value (a range, a revision) does not contradict it.
    if (gives(b.figures, fa)) continue;
    for (const fb of b.figures) {
      if (gives(a.figures, fb)) continue;
      let sharedUnit = false;
      for (const u of fa.unit) if (fb.unit.has(u)) sharedUnit = true;
      if (sharedUnit) return { kind: 'value', a: fa.text, b: fb.text };
    }
  }
  return null;
}

// ---- One claim, every member (the claim-coherence check, run after merging) ----------------

/**
 * Share of each of two sentences of one fact that the other must state (entail.ts coverage, the
 * whole sentence or its lead clause), in BOTH directions. Merging links two sentences when one
 * covers the other (a short statement inside a long one); on large topic collections (DUC 2006
 * dev topics, ~25 articles) that admits a general sentence beside a specific one and statements
 * on one topic whose words a long sentence happens to hold ("the election results keep the
 * movement alive" / "his return will keep the movement alive"). A fact cites each sentence as
 * saying the fact, so each must say most of what the other says (its lead clause at least, so
 * that one outlet's extra clause is not held against it). The same bar as SAME_CLAIM.
 */
export const MUTUAL_CLAIM = 0.6;
// Affinity (evidence.whole; 1 = the matcher's "same sentence", about 1.9 = identical text) from
// which two sentences are near copies of one text. Read on the DUC 2003 / 2006 dev topics: edited
// wire copies score 1.7-1.9; the pairs of different claims that merging joined score up to 1.35.
export const NEAR_COPY = 1.5;
// Words of a quotation from which it is a remark of its own (shorter: a quoted phrase or label).
const QUOTE_WORDS = 4;
// Share of the shorter of two quotations' content stems the longer must hold for the two to be
// one remark: outlets quoting one remark copy its words; two remarks on one topic share a few.
const QUOTE_SHARE = 0.5;

/**
 * Four-digit years a sentence names (1800–2100). A comma after the year ends its phrase ("in 2020,
 * according to the FBI") and does not make it part of a figure ("2,020,000" has a digit after its
 * comma); a decade ("the 1990s") is a period of ten years, not the year it starts with. Read on
 * the allsides dev stories (5668; invented wording here): "… rose nearly 20% in 2025, according to
 * the bureau, … still down from the heights of the 1990s" was read as a sentence of 1990 only, and
 * split from another outlet's "… jumped by nearly 20 percent in 2025 …" as a claim of another
 * year. Years of a non-restrictive relative clause are left out (NONRESTRICTIVE_RELATIVE).
 */
function yearsIn(text: string): Set<string> {
  return new Set(text.replace(NONRESTRICTIVE_RELATIVE, ',').match(/(?<![\d,.])(?:18|19|20)\d\d(?!\d|,\d|s\b)/g) ?? []);
}
// A non-restrictive relative clause, set off by commas ("Dana Kell, who founded the harbour fund
// in 2017, was arrested …"): background on a participant, not when the claim happened; its years
// do not date the claim (AllSides dev 5848: with the year before a comma read, an arrest told by
// three outlets lost one to a relative clause's year). Bounded: no comma inside, at most 200
// characters.
const NONRESTRICTIVE_RELATIVE = /,\s+(?:who|which|whose|whom)\b[^,]{0,200},/g;

/**
 * Two sentences that both date what they say, with no year in common, tell of different times
 * ("lost in 1980" / "lost in 1995"; one topic's events of different years): not one claim. Years
 * are no clash for the conflicts stage (claimShape leaves them to it), only for consensus.
 */
export function yearsDiffer(a: string, b: string): boolean {
  return otherYears(yearsIn(a), yearsIn(b));
}

/**
 * Content stems of each direct quotation of QUOTE_WORDS words or more in a sentence. A double
 * quote mark after a space (or at the start) opens a quotation, one after a word or punctuation
 * closes it. A sentence may continue a quotation opened in an earlier one (it begins inside the
 * quotation and its first mark closes it) or open one it does not close (a paragraph of quoted
 * speech): the quotation then runs from the start or to the end of the sentence.
 */
function quotationsIn(text: string): Array<Set<string>> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let first = true;
  for (const m of text.matchAll(/["“”]/g)) {
    const i = m.index!;
    const opening = m[0] === '“' || (m[0] === '"' && (i === 0 || /[\s(\[:—–-]/.test(text[i - 1])));
    if (opening && open < 0) open = i + 1;
    else if (!opening && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if (!opening && first) spans.push([0, i]);
    first = false;
  }
  if (open >= 0) spans.push([open, text.length]);
  const out: Array<Set<string>> = [];
  for (const [a, b] of spans) {
    const toks = tokenize(text.slice(a, b)).filter((t) => !t.stop);
    if (toks.length < QUOTE_WORDS) continue;
    out.push(new Set(toks.map((t) => t.stem)));
  }
  return out;
}

/**
 * Two sentences that each quote someone, and whose quotations share too little to be one remark:
 * two remarks (of one speaker or two) are two claims, however alike their topic ("people feel
 * better" / "people are unhappy"). A quotation is copied word for word, so one remark quoted by
 * two outlets shares most of its words even when one cuts it shorter.
 */
export function otherRemarks(a: string, b: string): boolean {
  const qa = quotationsIn(a);
  const qb = quotationsIn(b);
  if (!qa.length || !qb.length) return false;
  for (const x of qa) {
    for (const y of qb) {
      const [small, large] = x.size <= y.size ? [x, y] : [y, x];
      let shared = 0;
      for (const w of small) if (large.has(w)) shared++;
      if (shared >= QUOTE_SHARE * small.size) return false;
    }
  }
  return true;
}

// Cut passed to samePredicateWord for a main verb to name the other's main verb outright: above
// any cosine, so only the lemma, a derivation, a shared synset or event class count. Word vectors
// at PREDICATE_NEAR relate verbs of one topic ("described" / "believes", "promised" / "vowed"):
// good enough to let two sentences merge, not to vouch that two long sentences with different
// extras state one claim.
const STRICT_PREDICATE = 2;
// Parts of one proposition (act, agent, patient) that may rest on word vectors alone when a
// sentence is judged reported by another article's (facts.ts reportedBy, coverage only; the
// consensus links allow one: propositions.ts sameProposition). Chosen on the AllSides dev stories
// of bench/exclusives.ts: one exclusive fewer, labelled reported elsewhere, no true one lost
// (three, every part on vectors, gave the same); past one, only with a named agent
// (propositions.ts), as read on the DUC 2006 dev topics.
const REPORTED_SOFT = 2;

/**
 * Coherent groups of a fact's members. Each member (most agreeing first) joins the first group
 * none of whose members of another article it conflicts with (`conflict`: complete link on
 * claims that cannot be one: another act, another year, another remark) and with at least half
 * of whose members of another article it agrees (`agree`: states the same claim), checking at
 * most `cap` of them; otherwise it opens a group of its own. Average-link merging lets A~B and
 * B~C make A and C one fact though A and C state different things; here a conflicting pair never
 * shares a group, and a sentence agreeing with only a few of a large fact's sentences leaves it.
 * Agreement is asked of half, not all: outlets telling one claim as a noun phrase inside
 * otherwise different sentences ("… its only military bases outside the former Soviet Union")
 * cover each other too little pairwise although each states the claim.
 */
export function coherentGroups(ms: number[], agree: (x: number, y: number) => boolean, conflict: (x: number, y: number) => boolean, articleOf: (x: number) => string, cap: number): number[][] {
  const score = new Map<number, number>();
  const ref = ms.slice(0, cap);
  for (const x of ms) {
    let s = 0;
    for (const y of ref) if (y !== x && articleOf(y) !== articleOf(x) && agree(x, y)) s++;
    score.set(x, s);
  }
  const order = [...ms].sort((a, b) => score.get(b)! - score.get(a)! || a - b);
  const groups: number[][] = [];
  for (const x of order) {
    const g = groups.find((gr) => {
      const others = gr.slice(0, cap).filter((y) => articleOf(y) !== articleOf(x));
      if (others.some((y) => conflict(x, y))) return false;
      return 2 * others.filter((y) => agree(x, y)).length >= others.length;
    });
    if (g) g.push(x);
    else groups.push([x]);
  }
  return groups;
}

// A fact needs some content: "Advertisement", "04:44" or a bare dateline is not a report of
// anything, and comparing them only creates noise.
const MIN_CONTENT_WORDS = 4;
// Retrieval bounds: a key shared by a huge share of sentences says little, and each sentence is
// scored against at most this many best-retrieved candidates, keeping time near-linear. Two
// sentences reporting one thing share at least two distinctive words (idf mass below).
const MAX_CANDIDATES = 12;
const MIN_RETRIEVAL = 3;
// Average linkage looks at most this many members of each side (the seed of the merge first).
const LINK_SAMPLE = 6;

/** A deterministic bounded sample of a cluster: the given member, then the earliest others. */
function sample(members: number[], first: number): number[] {
  if (members.length <= LINK_SAMPLE) return members;
  const out = [first];
  for (const m of [...members].sort((a, b) => a - b)) {
    if (out.length >= LINK_SAMPLE) break;
    if (m !== first) out.push(m);
  }
  return out;
}
// Average-link floor (affinity 1 = "the same"): a sentence joins a fact when its mean affinity
// to the members clears this, so one strong link plus weak ones to the rest is not enough in a
// large fact, while a three-sentence fact can rest on two strong links and one moderate one.
const AVG_LINK = 0.65;
// Below "the same" but close: an article with a sentence this near a fact reports part of it,
// and is not said to omit it.
const RELATED = 0.7;
// Outlets tell one event in other words ("likened ransomware attacks to 9/11" / "compared the
// security challenge to 9/11"; "DeSantis signed legislation …" / "DeSantis signed a law …"): such
// pairs score 0.5–0.7 and share who or how many. A sentence this close to a fact AND sharing a
// name or figure with it (Affinity.anchored) reports at least part of it, so that fact is not an
// exclusive of the other outlet, nor an omission of this one. Read on the dev stories
// (bench/coverage.ts, PARALLAX_PART=dev): most single-outlet facts with such a neighbour were
// reported elsewhere in other words; without the anchor, half of them were different statements on
// the same topic. It only narrows exclusives and omissions (precision before recall); facts are
// never merged at this level.
const ANCHORED_RELATED = 0.5;
// Sentences of other articles giving one of a sentence's amounts are read as windows too, up to
// this many per sentence: the candidate retrieval ranks by shared rare words, which a reworded
// statement of one measure lacks (bounded, so the cost stays linear).
const AMOUNT_WINDOWS = 12;
// Likewise sentences giving one of its measured figures (figure-slots.ts), up to this many.
const FIGURE_WINDOWS = 12;
// Likewise sentences whose main act has the same object (propositions.ts), up to this many.
const PROPOSITION_WINDOWS = 12;
// Coverage (entail.ts) a sentence of a fact must have with some sentence of another article in
// it, in one direction or the other: below it the two report different things on one topic.
// Chosen on the dev stories (duc2003, duc2006, allsides, multiling2011): every aligned fact of
// the first 140 allsides and MultiLing dev stories clears 0.63; the DUC facts below 0.6 join
// statements that differ ("Every teacher in America would like that" / a sentence on religious
// home schooling).
const SAME_CLAIM = 0.6;
// A shared phrase with this many ordinary content words keeps a sentence in its fact whatever
// its coverage (affinity.ts phraseWords): one more than a phrase needs to count at all, so that a
// stock label around a name ("the disputed territory of East Timor": two) does not.
export const CLAIM_PHRASE_WORDS = 3;
// A name an article leaves out of a sentence ("He pleaded guilty …") is usually named in the
// sentences just before it: this many are read for the names a window refers back to.
const ANTECEDENT_SENTENCES = 2;
// A pair of sentences of different articles links into one fact from this affinity on (1 = the
// matcher's "same sentence" threshold, which MSRP sets for near-complete paraphrases). Outlets
// report one fact with different extras ("Western countries have condemned Belarus for diverting
// a plane … to arrest an opposition journalist" / "The US has condemned Belarus for forcing a
// passenger airplane to land … leading to the arrest of an opposition journalist"): such pairs
// score 0.8–1. Below 1 a link must also be anchored (a shared name or figure and something said
// besides the names: Affinity.anchored) and be each side's best match in the other's article.
// Read on the dev stories (bench/coverage.ts, PARALLAX_PART=dev): from 0.8 such links report one
// fact; a first choice of 0.65 failed on a held-out sample (docs/coverage-judgements.md, sample
// 3: statements on one topic by the same people). Average linkage (AVG_LINK) still keeps chains
// apart, and a clash (another figure, the opposite polarity) still vetoes a link.
const FACT_LINK = 0.8;
// Cosine of word vectors from which two predicate words name one act (predicates.ts), when lemma,
// derivation, synset and event class all differ. Chosen on ECB+ event chains, odd topics
// (bench/fact-link.ts: precision of the final grouping against recall of same-event pairs);
// even topics held out.
const PREDICATE_NEAR = 0.5;

/**
 * Outlets tell the main event of a story in their own words and sentence structure ("Job
 * openings soared to a record high at the end of April" / "Job openings in the United States
 * soared by nearly a million in April, setting a record …"; "Manchin on Sunday defended his
 * decision to vote against the bill" / "Manchin on Sunday said he would oppose the bill"): their
 * affinity is 0.5–0.8, under FACT_LINK, although both main clauses assert one act of the same
 * participants. From this affinity on, two sentences of different articles link as one fact when
 * their MAIN acts are one (predicates.ts sameMainAct: the same lemma, a shared WordNet synset,
 * an event class or near word vectors, with the same polarity), they share a name or a figure
 * (Affinity.anchored) and each is the other's best match in its article (competitive linking,
 * as below FACT_LINK). The floor is RELATED's anchored floor (ANCHORED_RELATED): below it two
 * sentences are not even a partial report of each other. Weakest tier: merged after every
 * stronger link, and a third sentence joins such a fact only when its main act is the fact's
 * too. Read on the allsides dev stories (ids below 6000; docs/coverage-judgements.md, session
 * 10): of 19 anchored mutual-best pairs whose main acts match, 16 report one event.
 */
const MAIN_EVENT_LINK = 0.5;

/**
 * Two sentences that both name years and share none ("soared in March 2019" / "soared in March
 * 2024"): one act repeated in two years is two facts. Weekdays and months are left out: outlets
 * date one act by the day it happened or the day it was announced. Checked by the main-event
 * link before merging, and by the coherence check (yearsDiffer) after it.
 */
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;

/** The years a sentence names. */
function yearsOf(text: string): Set<string> {
  return new Set(text.match(YEAR) ?? []);
}

function otherYears(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  for (const w of a) if (b.has(w)) return false;
  return true;
}

/**
 * Below the anchored floor of relatedness (ANCHORED_RELATED), a sentence still reports at least
 * part of another article's sentence when both main clauses assert one act and they share a name
 * or figure ("The US added 559,000 jobs in May as …" / "payrolls showed the U.S. economy added
 * 559,000 jobs last month, lighter than expected, as …": a shared clause inside two long
 * sentences that each say more). Such a fact is then neither an exclusive of one outlet nor an
 * omission of the other; nothing is merged at this level. Read on the allsides dev stories (ids
 * below 6000): the pairs between 0.4 and 0.5 with one main act and a shared name or figure
 * reported one event (docs/coverage-judgements.md, session 10).
 */
const MAIN_EVENT_RELATED = 0.4;

/**
 * A news report states its main event in its lede, its first sentence (the inverted pyramid:
 * who did what, where, when, first; the rest is detail, reaction and background). Two ledes of
 * one story whose main clauses assert one act named outright (sameMainAct at STRICT_PREDICATE:
 * the same lemma, a derivation, a shared synset or event class; word vectors put verbs of one
 * kind near, "warned" / "praised") of the same participants (a shared name or figure:
 * Affinity.anchored), each the other's best match in its article and not naming other years, are
 * that event told twice in each outlet's own words ("Yellen on Tuesday again warned lawmakers that
 * the nation was close to exhausting its borrowing capabilities …" / "Yellen on Tuesday warned
 * members of Congress that the cash reserves will likely be exhausted unless …"), whose affinity
 * is often under MAIN_EVENT_LINK: each lede adds its own circumstances. Between two ledes the
 * main-event link holds from MAIN_EVENT_RELATED, the floor from which such a pair already counts
 * as a partial report of each other (no new cut). Last merge tier, and two lone ledes only (a
 * third sentence joins their fact by another link). Short excerpts (AllSides gives the first
 * paragraph of each outlet) have little else to align on. Read on the allsides dev stories (ids
 * below 6000; docs/coverage-judgements.md, session 15).
 */
const LEDE_LINK = MAIN_EVENT_RELATED;

/**
 * The lede link's floor when the two ledes' main clauses assert one act named outright of one
 * named participant (predicates.ts oneNamedAct: "Ana Brel, whose ballads …, died on Thursday at
 * her home, her publisher said" / "The singer Ana Brel has died in Lyon at the age of 91 after a
 * long illness, her family announced …"): who and what are the same, and the affinity is low only
 * because each outlet adds its own circumstances round them. The other tests of the lede link
 * still hold (a shared name and something said besides it, each the other's best match in its
 * article, no other years, the one-claim gate). Read on the AllSides dev ledes (bench/lede-why.ts
 * prints such pairs with their affinity; docs/coverage-judgements.md, session 23).
 */
const LEDE_ACT_LINK = 0.2;

/**
 * Two sentences of different articles whose main clauses state one proposition — the same
 * agent, an equivalent act and the same patient (propositions.ts) — and that are each other's
 * best match in the other's article, link as one fact from this affinity on, below the
 * main-event link (which needs a shared name or figure and an affinity of MAIN_EVENT_LINK).
 * Off (at or above MAIN_EVENT_LINK): on ECB+ odd topics (bench/fact-link.ts, the proposition
 * rows) floors 0.2–0.4 changed no judged pair (precision 95.6, recall 9.0; one sentence fewer
 * left alone), and on the first 64 AllSides dev stories a floor of 0.3 made two consensus facts,
 * both right ("pleaded guilty …" / "He pleaded guilty …"; "Democrats released their budget plan"
 * / "… unveiled a … blueprint"): too little evidence to merge facts on. The same test does
 * mark exclusives that another article reports (reportedBy, below), where it only narrows.
 */
const PROPOSITION_LINK = 2;

/**
 * Outlets tell one measured fact in their own words around one figure ("U.S. border agents stopped
 * more than 188,000 immigrants … in June" / "There were nearly 190,000 migrant encounters at the
 * southern border in June"; "the economy added 266,000 jobs" / "payrolls rose by 266,000"): their
 * affinity is often below 0.3, since the figure is one token and the rest is the outlet's own
 * wording, and their main verbs differ ("stopped" / "were"). Such sentences link as one fact when
 * each states, as a statement of measure, what the other measures (entail.ts measuredIn, asked
 * both ways: every amount of each main clause — three digits or more, not a year, not part of a
 * name — given by the other, the same figure or a near one when either is hedged, and half of
 * each one's words said by the other, by stem, synonym or near vector), neither clashes with the
 * other (another value for the same thing, the opposite polarity, opposite acts, other years), and
 * each is the other's best such match in its article (competitive linking on the amount coverage).
 * A third sentence joins such a fact only when it is a measure link of every member of another
 * article (complete link). Last tier: merged after every link on the sentences' words and acts.
 * An amount is particular to one statement; small figures (ages, days, percentages, counts below
 * a hundred) recur in different statements of one story and link nothing here.
 * Read on the allsides dev stories (ids below 6000): see docs/coverage-judgements.md, session 14.
 */
const MEASURE_LINK = true;

// A written amount: a figure, with its currency sign and scale word ("$3.5 trillion", "188,000").
const AMOUNT_TEXT = /([$€£]\s?)?(\d[\d,]*(?:\.\d+)?)(\s(?:million|billion|trillion))?(-[A-Za-z]+|[\s-]+[A-Za-z]+)?/g;
// "from" right before an amount, a hedge between them at most; or a count and "of" before it, a
// few words between them at most ("47 of the 125 seats", "77 of the assembly's 125 seats"): the
// amount is then the total the count is part of. Read on a bounded 40-character tail.
const FROM_BEFORE = /(?:\bfrom\s+(?:(?:about|around|roughly|nearly|almost|over|some|more than|at least)\s+)?|\d\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3})$/i;
// Words after an amount that make it no label of the next noun ("$1 million in aid", "$300 a week").
const AFTER_MEASURE = new Set(['in', 'of', 'for', 'to', 'from', 'and', 'or', 'a', 'an', 'the', 'per', 'each', 'over', 'on', 'at', 'by', 'with', 'than', 'as', 'more', 'less']);

/**
 * Whether a sentence gives an amount as what it measures, not only as a label of a thing: a sum of
 * money written before a noun ("a $3.5 trillion budget plan", "the $1.2 trillion infrastructure
 * package") names the plan, and the sentence's claim is what is done with it ("released",
 * "passed"), while "the budget has a price tag of $3.5 trillion" or "188,000 immigrants were
 * stopped" state the amount itself. Counts before a noun ("188,000 immigrants", "559,000 jobs")
 * measure that noun and count. Two sentences naming one plan by its price tell one fact only when
 * their acts say so (the other links); the measure link reads amounts that are measured.
 */
export function measuresAmount(text: string): boolean {
  for (const m of text.matchAll(AMOUNT_TEXT)) {
    const digits = m[2].replace(/[,.]/g, '').length;
    const whole = m[2].replace(/,/g, '');
    if (!m[3] && (digits < 3 || (/^\d{4}$/.test(whole) && Number(whole) >= 1800 && Number(whole) <= 2100))) continue;
    const next = m[4]?.replace(/^[\s-]+/, '').toLowerCase() ?? '';
    // A figure joined to its unit by a hyphen is a compound modifier of the next noun ("the
    // 3,500-page report", "a 10-year plan"): a label too.
    const label = (m[1] !== undefined && next !== '' && /^[a-z]/.test(m[4]!.trim()) && !AFTER_MEASURE.has(next)) || (m[4] !== undefined && m[4].startsWith('-'));
    // An amount after "from" is where a count starts ("rose from 371,000 to 373,000") or whom a
    // participant comes from ("delegates from about 190 countries are negotiating …"), and one
    // after "N of" the total a count is part of ("won 47 of the 125 seats"): not what the
    // sentence measures.
    const from = FROM_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!));
    if (!label && !from) return true;
  }
  return false;
}

/** Options of alignFacts, for the benchmarks that calibrate it. */
export interface AlignOptions {
  /** The predicate vector cut (PREDICATE_NEAR); above 1 vectors never match; 2 or more, the predicate test is off. */
  predicateNear?: number;
  /** The main-event link floor (MAIN_EVENT_LINK); above FACT_LINK the main-event link is off. */
  mainEventLink?: number;
  /** The proposition link floor (PROPOSITION_LINK); at or above the main-event floor it is off. */
  propositionLink?: number;
  /** The measure link (MEASURE_LINK) on or off. */
  measureLink?: boolean;
  /** Refuse links carried only by the story's background (BACKGROUND_LINKS; background-links.ts). */
  backgroundLinks?: boolean;
  /** Refuse links of two ledes that share no act (LEDE_ACTS; lede-acts.ts). */
  ledeActs?: boolean;
  /** The lede link floor (LEDE_LINK); at or above the main-event floor it is off. */
  ledeLink?: number;
  /** Told of every merge (the two sentences whose link joined their facts, the link's tier and score): for the benchmarks that read why a fact holds a sentence. */
  onMerge?: (i: number, j: number, tier: number, score: number) => void;
}
// Added to the centrality of a member whose main act every other article's member reports, so
// that it is shown rather than one whose main act is its own (larger than the 0–1.1 range of the
// centrality itself).
const MAIN_ACT_LEAD = 2;
// Taken from the centrality of a member quoting words another outlet's member does not quote, and
// of a cut-off member (FactSentence.cut) when the fact has a whole one: each more than the lead
// and the centrality together (3.1), so a member free of both is shown first, a quoting one next,
// a cut-off one last.
const QUOTE_LAST = 4;
const CUT_LAST = 8;
// Sentences of one fact checked against each other for clashes after merging (the earliest ones):
// a fact of up to this many sentences is checked whole, a larger one stays linear.
export const SPLIT_CHECK = 40;
// A clause of a fact's shown sentence whose content no other article's sentence of the fact covers
// to this share (entail.ts clauseCover: the same stem, a synonym, a near word vector; names only
// themselves; the same figures) is the shown outlet's own (Alignment.ownParts): the dossier marks
// it so as not to credit the other outlets with it. Half: a clause told in other words keeps most
// of its content words' meaning; an added one ("…, adding that B") shares at most its subject.
const OWN_COVER = 0.5;
const CLASH_LINK = 1;
// A topic's base rate (issue #12; Affinity.chancePairs: log10 of the pairs of the story's
// sentences expected to share the words two sentences share, were words independent). The
// matcher's threshold was set on MSRP, whose pairs are two-thirds paraphrases; among the
// hundreds of sentences of a 25-article topic on one recurring subject, two sentences share a
// few of its words by chance ("West Nile virus can cause …" / "West Nile can also cause …"), and
// a score at the threshold means less there. Read on the DUC 2006 and DUC 2003 dev topics
// (bench/consensus-why.ts WHY_LINKS=1, docs/coverage-judgements.md, session 28): of the
// whole-sentence links below TOPIC_GATE_TOP whose shared words ten or more pairs of the story
// share by chance (log10 ≥ TOPIC_CHANCE), about two in three joined two statements on the
// topic; of the weaker anchored and main-event links (below "the same sentence") whose shared
// words one pair or more shares by chance (TOPIC_CHANCE_WEAK), nearly all. Such a pair is
// still related (neither an exclusive nor an omission of the other); it is no longer one fact
// on that link. Short stories are untouched: with few sentences no overlap is expected by
// chance (the word prior smooths their counts). "Short" is a few articles, under about a hundred
// sentences: there is no size floor, and a ten-article story of one event (ECB+, ~140 sentences)
// is not short — two of its sentences sharing two of the event's words, each in a fifth of its
// sentences, reach TOPIC_CHANCE (session 28 review: ECB+ dev ledes 32 → 30, one right lede lost
// there, docs/coverage-judgements.md); hence the two-ledes exemption below.
// Links carried only by the story's background (background-links.ts) are no fact links (on by default; off for comparisons).
const BACKGROUND_LINKS = true;
// Links of two ledes that share no act (lede-acts.ts) are no fact links (on by default; off for comparisons).
const LEDE_ACTS = true;
const TOPIC_CHANCE = 1;
const TOPIC_CHANCE_WEAK = 0;
// Above this whole-sentence affinity a link stands whatever the base rate (near copies and
// close paraphrases: 1.4 and more were nearly all one claim on the dev topics).
const TOPIC_GATE_TOP = 1.4;
// The merge tier of main-event links (after whole-sentence, shared-phrase and anchored links).
const MAIN_TIER = 3;
// The merge tier of proposition links.
const PROPOSITION_TIER = 4;
// The merge tier of measure links.
const MEASURE_TIER = 5;
// The merge tier of lede links, last: the weakest evidence of all the links (an act and a name
// shared by two ledes) never takes a sentence another link would have put in another fact.
const LEDE_TIER = 6;
// The merge tier of learned lede links (match/lede-pairs.ts), after every rule's: two lone ledes only.
const LEARNED_LEDE_TIER = 7;
// Keys carried by more sentences than this share are too common to retrieve candidates with.
const MAX_KEY_SHARE = 0.05;
const MIN_KEY_CAP = 50;

// An e-mail address, written out ("a@b.com") or spelt against harvesters ("work(at)globe.com").
const EMAIL = /[\w.+-]+\s?(?:@|\(at\)|\[at\])\s?[\w-]+(?:\.[\w-]+)+/i;
// Phrases of a note telling readers how to write in, addressed to them: "can be reached at",
// "comments may be sent to", "write to", "contact …", "by e-mail at", "via e-mail to",
// "E-mail: …". Phrases, not words: a report may tell of e-mails sent ("The hackers sent e-mails
// from support@bank.example to 4,000 customers"), a story's fact that the bare words "sent" and
// "e-mail" had dropped from the facts, the story's lead with it.
const CONTACT_WORDS = /\b(?:(?:can|may|could|should)\s+be\s+(?:reached|sent|contacted|e-?mailed|directed|addressed)|(?:write|send|reach|contact|e-?mail)\s+(?:\p{L}+\s+){0,3}?(?:to|at)\b|(?:by|via)\s+e-?mail\b|e-?mail\s*:)/iu;

/**
 * A note to readers on how to reach the writer or the desk ("She can be reached at The Boston
 * Globe, …, or by e-mail at …"; "(Comments may be sent to …, Box 2378, …; or via e-mail to …"):
 * an e-mail address with words of contact. It states nothing of the story, yet two outlets'
 * notes share an address's words and a newspaper's name and were aligned as one shared fact
 * (DUC 2006 dev). Left out of the facts, as a question is: neither a shared fact nor an exclusive.
 */
export function contactNote(text: string): boolean {
  return EMAIL.test(text) && CONTACT_WORDS.test(text);
}

/** The sentences of `articles` worth aligning, in article then text order. */
export function factSentences(articles: AnnotatedArticle[]): FactSentence[] {
  const out: FactSentence[] = [];
  articles.forEach((a, articleIndex) => {
    for (const s of a.sentences) {
      const text = a.text.slice(s.start, s.end);
      // Questions in news copy are almost always subheadings ("Why is X visiting Y?"), not reports.
      if (/\?\s*["'”’]?\s*$/.test(text)) continue;
      if (contentStems(text).length < MIN_CONTENT_WORDS) continue;
      if (contactNote(text)) continue;
      out.push({ idx: out.length, article: a.id, articleIndex, start: s.start, end: s.end, text, cut: cutOff(text, a.text.slice(s.end)) });
    }
  });
  return out;
}

/**
 * Align the facts of `articles`. With `ents` (the story's entity index), a different named
 * participant in the same role also keeps two sentences apart (participantClash).
 */
export function alignFacts(articles: AnnotatedArticle[], ents?: EntityIndex, opts: AlignOptions = {}): Alignment {
  const sentences = factSentences(articles);
  const near = opts.predicateNear ?? PREDICATE_NEAR;
  const mainFloor = opts.mainEventLink ?? MAIN_EVENT_LINK;
  // What each sentence reports of its participants (predicates.ts). Two sentences of different
  // articles are one fact only when they report the same act: sharing names and topic words is
  // not enough ("the inbound flight landed" / "the outbound flight departed"), nor is a predicate
  // word of a background clause ("Trump laid into the media after a report reaffirmed Biden's
  // win" / "the report confirms Biden's win"), nor one act told with opposite polarity ("no trace
  // has been found" / "the remains were found"): the main predicate of one of them must be named,
  // with its polarity, in the other (predicates.ts sameAct).
  const acts = sentences.map((s) => readAct(s.text));
  // Who did what to whom (propositions.ts), read lazily: the sentences a fact's members retrieve.
  const props = new Map<number, Proposition[]>();
  const propsOf = (i: number): Proposition[] => {
    let v = props.get(i);
    if (v === undefined) {
      v = propositionsOf(sentences[i].text, acts[i]);
      props.set(i, v);
    }
    return v;
  };
  // The name words a pronoun subject ("He pleaded guilty …") may stand for: those of the
  // sentences just before it in its article.
  const antecedents = (i: number): string[] => {
    const out: string[] = [];
    for (let x = i - 1; x >= 0 && x >= i - ANTECEDENT_SENTENCES && sentences[x].article === sentences[i].article; x--) out.push(...acts[x].names);
    return out;
  };
  // A reworded report of one act with no figure or rare phrase in common ("pleaded guilty on June
  // 2 to one felony count of obstruction" / "He pleaded guilty last month to obstructing
  // congressional proceedings"): the main clause of one states the same proposition — the same
  // agent, an equivalent act, the same patient — as the main clause (or a relative clause) of the
  // other. Only main-clause propositions of `i` count: what it asserts, not its background.
  const oneProposition = (i: number, j: number, mainOnly = false, maxSoft = 1): boolean => {
    const a = propsOf(i).filter((p) => !p.relative);
    if (!a.length) return false;
    const b = mainOnly ? propsOf(j).filter((p) => !p.relative) : propsOf(j);
    if (!b.length) return false;
    const antA = a.some((p) => p.agent?.pronoun) ? antecedents(i) : [];
    const antB = b.some((p) => p.agent?.pronoun) ? antecedents(j) : [];
    return a.some((p) => b.some((q) => sameProposition(p, q, near, antA, antB, maxSoft)));
  };
  const predCache = new Map<number, boolean>();
  const samePred = (i: number, j: number): boolean => {
    if (i === j || near >= 2) return true;
    const key = i < j ? i * n + j : j * n + i;
    let v = predCache.get(key);
    if (v === undefined) {
      // A shared phrase of ordinary words is the claim itself, told as a noun phrase inside two
      // sentences whose verbs differ ("… only military outposts outside the former Soviet Union
      // — remain central …" / "… the question of the bases …, Russia's only military outposts
      // outside the former USSR").
      // Not, though, when one denies what the other asserts: the shared words are then the claim
      // both make, one of them negated.
      // And the shared phrase stands for a shared predicate only: when each sentence's main
      // clause asserts an act the other does not report, the phrase is a participant both
      // mention ("a draft report of the harbour audit …" / "lashed out … after a draft report of
      // the harbour audit …").
      // A measure link (MEASURE_LINK) is one act: the measured figure is the claim, whatever verb
      // each outlet tells it with ("stopped 188,000 immigrants" / "there were 190,000 encounters").
      // Two main acts of one named actor related by their lemmas (predicates.ts sameMainAct) are
      // a shared predicate too, as the main-event link reads them.
      v =
        !oppositeAct(acts[i], acts[j], near) &&
        (((samePredicate(acts[i].preds, acts[j].preds, near) || sameMainAct(acts[i], acts[j], near) || aff.phraseWords(i, j) >= CLAIM_PHRASE_WORDS) && !mainActsDiffer(acts[i], acts[j], near)) || measurePair(i, j));
      predCache.set(key, v);
    }
    return v;
  };
  const aff = new Affinity(sentences.map((s) => s.text));
  const cache = new Map<number, { whole: number; phrase: number }>();
  const n = sentences.length;
  const evidence = (i: number, j: number): { whole: number; phrase: number } => {
    const key = i < j ? i * n + j : j * n + i;
    let v = cache.get(key);
    if (v === undefined) {
      v = aff.evidence(i, j);
      cache.set(key, v);
    }
    return v;
  };
  const score = (i: number, j: number): number => {
    if (i === j) return 1;
    const e = evidence(i, j);
    return Math.max(e.whole, e.phrase);
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const shapes = sentences.map((s) => claimShape(s.text, ents ? participantsOf(byId.get(s.article)!, s.start, s.end, ents) : []));
  // The same main act done by another named actor (predicates.ts otherActors: "Boies showed the
  // memos" / "Microsoft showed its memos") is a different participant in the same role: merged
  // as one report, then split into sibling facts like any participant clash, so that the
  // conflicts stage still compares the two names.
  const clash = (i: number, j: number): Clash | null => {
    if (i === j) return null;
    const c = clashOf(shapes[i], shapes[j]);
    if (c || near >= 2 || !otherActors(acts[i], acts[j], near)) return c;
    return { kind: 'participant', a: acts[i].subjectText, b: acts[j].subjectText };
  };
  // While merging, a different participant does not keep two sentences apart: they are merged as
  // one report and split afterwards (below) into sibling facts, so that the conflicts stage still
  // sees them as one report naming different people (slots.ts). A different figure or polarity
  // keeps them apart from the start, as the conflicts stage finds those by itself (`clashed`).
  const mergeClash = (i: number, j: number): Clash | null => {
    const c = clash(i, j);
    return c && c.kind !== 'participant' ? c : null;
  };

  // Inverted index over retrieval keys; each sentence keeps its best-retrieved candidates from
  // other articles, ranked by the idf mass of the keys they share.
  const keysOf = sentences.map((_, i) => aff.keys(i));
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const cap = Math.max(MIN_KEY_CAP, MAX_KEY_SHARE * n);
  const candidates: number[][] = [];
  for (let i = 0; i < n; i++) {
    const hits = new Map<number, number>();
    for (const k of keysOf[i]) {
      const list = postings.get(k)!;
      if (list.length > cap) continue;
      const w = aff.retrievalWeight(k);
      for (const j of list) {
        if (sentences[j].article === sentences[i].article) continue;
        hits.set(j, (hits.get(j) ?? 0) + w);
      }
    }
    candidates.push(
      [...hits]
        .filter(([, w]) => w >= MIN_RETRIEVAL)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, MAX_CANDIDATES)
        .map(([j]) => j),
    );
  }
  // Below "the same sentence", a link must share a name or a figure (Affinity.anchored) and be
  // each side's best match in the other's article
  // (competitive linking, Melamed 2000): a sentence that reports part of a fact is close to the
  // sentence of the other article that reports it, and closer to it than to anything else there;
  // a generic sentence ("other countries are still counting their dead") is close to many and the
  // nearest of none.
  const bestIn = new Map<string, number>();
  const bestOf = (i: number, art: string): number => {
    const key = `${i}|${art}`;
    let v = bestIn.get(key);
    if (v === undefined) {
      v = 0;
      for (const j of candidates[i]) if (sentences[j].article === art) v = Math.max(v, score(i, j));
      bestIn.set(key, v);
    }
    return v;
  };
  const mutualBest = (i: number, j: number): boolean => {
    const s = score(i, j);
    return s >= bestOf(i, sentences[j].article) && s >= bestOf(j, sentences[i].article);
  };
  // The main-event link (MAIN_EVENT_LINK): below FACT_LINK, one act asserted by both main
  // clauses, a shared name or figure, and each side's best match in the other's article.
  const years = sentences.map((s) => yearsOf(s.text));
  const mainEvent = (i: number, j: number): boolean =>
    mainFloor < FACT_LINK && score(i, j) >= mainFloor && sameMainAct(acts[i], acts[j], near) && aff.anchored(i, j) && mutualBest(i, j) && !otherYears(years[i], years[j]);
  // The lede link (LEDE_LINK): the main-event link between the ledes of two articles (the first
  // sentence of each, as fact sentences are kept), from a lower floor.
  const ledeFloor = opts.ledeLink ?? LEDE_LINK;
  // Each article's first sentence, and after a headline line its first sentence of prose (match/ledes.ts).
  const ledes = ledeFlags(sentences, (id) => byId.get(id)!.text);
  const lede = (i: number): boolean => ledes[i];
  // Links carried by the story's background alone (background-links.ts, issue #12): what two
  // sentences share beyond the names, their descriptions and the story's recurring words.
  // Two ledes are exempt, as from the base rate (TOPIC_CHANCE): each tells its article's main
  // event, whose words recur because they are the event.
  const background = opts.backgroundLinks ?? BACKGROUND_LINKS ? new StoryBackground(sentences.map((s) => s.text), aff.keyed, sentences.map((s) => s.article)) : null;
  const claimCache = new Map<number, { claim: number; describedName: boolean }>();
  const sharedClaim = (i: number, j: number): { claim: number; describedName: boolean } => {
    const key = i < j ? i * n + j : j * n + i;
    let v = claimCache.get(key);
    if (v === undefined) {
      const c = background!.claimOf(Math.min(i, j), Math.max(i, j));
      v = { claim: c.claim.length, describedName: c.describedName };
      claimCache.set(key, v);
    }
    return v;
  };
  // A link below the near-copy bar carried by names and their descriptions ("Mohammad Yazdi, head
  // of the judiciary" in two statements of what he did): nothing of the claim shared beyond the
  // story's background, and a shared name described (apposition or title) in either sentence.
  // Only with a description: links of a story's words alone were read as often one claim as two
  // on the dev topics (the base rate, TOPIC_CHANCE, judges those), and in a one-event story its
  // subject's words are the event's (ECB+ dev: a coach's career told twice with "coach").
  const namesOnly = (i: number, j: number): boolean => background !== null && !(lede(i) && lede(j)) && sharedClaim(i, j).claim === 0 && sharedClaim(i, j).describedName;
  // Two ledes below the near-copy bar that share no act (lede-acts.ts): the names, dates and
  // event nouns of a long-running story's background join the ledes of its different events.
  const ledeCache = new Map<number, boolean>();
  const ledeBackground = (i: number, j: number): boolean => {
    if (background === null || !(opts.ledeActs ?? LEDE_ACTS) || !lede(i) || !lede(j) || evidence(i, j).whole >= TOPIC_GATE_TOP) return false;
    const key = i < j ? i * n + j : j * n + i;
    let v = ledeCache.get(key);
    if (v === undefined) {
      v = !ledesShareAct(acts[i], acts[j], background.claimOf(Math.min(i, j), Math.max(i, j)).claim, near, background);
      ledeCache.set(key, v);
    }
    return v;
  };
  // Links carried by background: names and their descriptions (any two sentences), no shared act (two ledes).
  const backgroundOnly = (i: number, j: number): boolean => namesOnly(i, j) || ledeBackground(i, j);
  // Lower between two ledes that tell one named participant's one act (LEDE_ACT_LINK).
  const ledeFloorOf = (i: number, j: number): number => (oneNamedAct(acts[i], acts[j]) ? Math.min(ledeFloor, LEDE_ACT_LINK) : ledeFloor);
  // Each lede the other's best match in its article among the sentences that tell its main act
  // (competitive linking among reports of one act): a sentence of another act shares the lede's
  // background words ("Ana Brel, whose ballads … sold millions of records, died …" / "Brel
  // recorded more than 40 albums"), and a headline ("Lyon mourns its voice of the docks") stands
  // for the same event as its own lede does, so neither competes. Only for two ledes of one named
  // participant's one act (oneNamedAct): for any two ledes it made one more false conflict card
  // on the held-out untouched stories of the injected bench (alarms 3 → 4).
  const ledeBest = (i: number, j: number): boolean => {
    const s = score(i, j);
    const beats = (x: number, art: string): boolean =>
      candidates[x].every((y) => sentences[y].article !== art || ledes[y] || score(x, y) <= s || !sameMainAct(acts[x], acts[y], STRICT_PREDICATE));
    return beats(i, sentences[j].article) && beats(j, sentences[i].article);
  };
  const ledeLink = (i: number, j: number): boolean =>
    ledeFloor < mainFloor && lede(i) && lede(j) && score(i, j) >= ledeFloorOf(i, j) && mainFloor < FACT_LINK && sameMainAct(acts[i], acts[j], STRICT_PREDICATE) && aff.anchored(i, j) && (oneNamedAct(acts[i], acts[j]) ? ledeBest(i, j) : mutualBest(i, j)) && !otherYears(years[i], years[j]);
  // The learned lede link (match/lede-pairs.ts: a model trained on dev lede pairs, bench/train-lede-pairs.ts):
  // two ledes the model takes for one main event told in other words, each the other's best match
  // in its article, no other years, never opposite acts; the lede link's on/off options hold too.
  const learnedLede = (i: number, j: number): boolean =>
    ledeFloor < mainFloor && mainFloor < FACT_LINK && lede(i) && lede(j) && mutualBest(i, j) && !otherYears(years[i], years[j]) && !oppositeAct(acts[i], acts[j], near) && learnedLedePair({ aff, i, j, a: acts[i], b: acts[j], textA: sentences[i].text, textB: sentences[j].text });
  // The pairs the learned lede link merged (below): only those pass the later checks that ask for
  // one verb; a sentence another link brought into a fact is checked as before.
  const learnedPairs = new Set<number>();
  const joinedByModel = (x: number, y: number): boolean => learnedPairs.has(x < y ? x * n + y : y * n + x);
  // The proposition link (PROPOSITION_LINK): below the main-event link, both main clauses state
  // one proposition (the same agent, an equivalent act, the same patient: propositions.ts), and
  // each sentence is the other's best match in its article.
  const propFloor = opts.propositionLink ?? PROPOSITION_LINK;
  const propositionLink = (i: number, j: number): boolean =>
    propFloor < mainFloor && score(i, j) >= propFloor && mutualBest(i, j) && !otherYears(years[i], years[j]) && oneProposition(i, j, true);
  // Related through the main act (MAIN_EVENT_RELATED): one act asserted by both main clauses,
  // a shared name or figure, the two years not different.
  const mainEventRelated = (i: number, j: number): boolean =>
    score(i, j) >= MAIN_EVENT_RELATED && sameMainAct(acts[i], acts[j], near) && aff.anchored(i, j) && !otherYears(years[i], years[j]);
  // A sentence cut off by the end of its excerpt (FactSentence.cut) vouches for a link only as far
  // as its kept words go: as "the same sentence" outright (whole-sentence evidence, a quote copied
  // up to the cut), or when the act of its main clause was read before the cut and the other
  // sentence reports it (the lemma, a derivation or a synset; no word vectors). A shared phrase or
  // a few shared words are not enough: read on the allsides dev stories (ids below 6000, samples
  // 1-6), the facts holding a cut-off sentence linked below "the same sentence" were six wrong
  // ("In June, when Covid-19 cases were at their lowest..." with another outlet's surge;
  // "the bombers did not..." with "did not intercept any aircraft"; "Authorities erected fencing
  // around the Capitol and..." with the fence coming down) against five right.
  const vouches = (x: number, y: number): boolean =>
    !sentences[x].cut || evidence(x, y).whole >= CLASH_LINK || (acts[x].main.length > 0 && mainActIn(acts[x], acts[y], STRICT_PREDICATE));
  const cutLink = (i: number, j: number): boolean => vouches(i, j) && vouches(j, i);
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  // Sentences by the amounts they give (entail.ts amountsOf), sorted by value: the sentences
  // giving a value near one of a sentence's are found by binary search.
  let amountIndex: Array<[number, number]> | null = null;
  const byAmount = (i: number): number[] => {
    const own = entail.amountsOf(i);
    if (!own.length) return [];
    if (!amountIndex) {
      amountIndex = [];
      for (let x = 0; x < n; x++) for (const v of entail.amountsOf(x)) amountIndex.push([v, x]);
      amountIndex.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    }
    const idx = amountIndex;
    const found = new Set<number>();
    for (const v of own) {
      const lo = v >= 0 ? v * (1 - VALUE_TOLERANCE) : v / (1 - VALUE_TOLERANCE);
      let a = 0;
      let b = idx.length;
      while (a < b) {
        const m = (a + b) >> 1;
        if (idx[m][0] < lo) a = m + 1;
        else b = m;
      }
      for (let k = a; k < idx.length && found.size < AMOUNT_WINDOWS && nearValue(idx[k][0], v); k++) {
        if (sentences[idx[k][1]].article !== sentences[i].article) found.add(idx[k][1]);
      }
    }
    return [...found].sort((x, y) => x - y);
  };
  // The measure link (MEASURE_LINK): each sentence states, as a statement of measure, what the
  // other measures; no clash; each the other's best such match in its article.
  const measureOn = opts.measureLink ?? MEASURE_LINK;
  const measureCache = new Map<number, number>();
  // Amount coverage of i by j alone (Covered.amounts when measuredIn, else 0), cached.
  const measure = (i: number, j: number): number => {
    const key = i * n + j;
    let v = measureCache.get(key);
    if (v === undefined) {
      const c = entail.covered(i, [j]);
      v = measuredIn(c) ? c.amounts : 0;
      measureCache.set(key, v);
    }
    return v;
  };
  const bestMeasure = (i: number, art: string): number => {
    let best = 0;
    for (const x of byAmount(i)) if (sentences[x].article === art) best = Math.max(best, measure(i, x));
    return best;
  };
  // One amount (a hundred or more) given by both sentences as one value: the same figure, within
  // the rounding of the rounder one ("9.2 million" / "9.21 million"), or near one another when
  // either is a bound or approximation ("more than 188,000" / "nearly 190,000"). The amount test
  // of entail.ts also takes a figure after "to" as hedged, which lets "revised to 375,000" meet
  // "expectations of 359,000": too loose to merge facts on.
  const sameAmount = (i: number, j: number): boolean =>
    shapes[i].figures.some((f) =>
      Math.abs(f.value) >= 100 &&
      shapes[j].figures.some((g) => {
        if (f.value === g.value) return true;
        if (f.bound || g.bound) return hedgesMeet(f, g);
        const grain = Math.max(writtenGrain(f.text, false), writtenGrain(g.text, false));
        return grain > 0 && Math.abs(f.value - g.value) <= grain / 2;
      }),
    );
  const measurePairCache = new Map<number, boolean>();
  const measurePair = (i: number, j: number): boolean => {
    // Both must give an amount (most pairs do not: no coverage is computed for them).
    if (!measureOn || sentences[i].article === sentences[j].article || !entail.amountsOf(i).length || !entail.amountsOf(j).length) return false;
    const key = i < j ? i * n + j : j * n + i;
    let v = measurePairCache.get(key);
    if (v === undefined) {
      const mij = measure(i, j);
      const mji = mij > 0 ? measure(j, i) : 0;
      v =
        mij > 0 &&
        mji > 0 &&
        measuresAmount(sentences[i].text) &&
        measuresAmount(sentences[j].text) &&
        sameAmount(i, j) &&
        !otherYears(years[i], years[j]) &&
        !oppositeAct(acts[i], acts[j], near) &&
        !clashOf(shapes[i], shapes[j]) &&
        cutLink(i, j) &&
        mij >= bestMeasure(i, sentences[j].article) &&
        mji >= bestMeasure(j, sentences[i].article);
      measurePairCache.set(key, v);
    }
    return v;
  };
  // Edges: [i, j, score, tier]. Whole-sentence matches merge first; a shared
  // phrase alone then links what is left. Otherwise a shared background phrase ("Halvar,
  // Dalvenia's second-largest port") could pull a sentence into the wrong fact before the
  // sentences that report the same thing outright had their turn.
  const edges: Array<[number, number, number, number]> = [];
  const seen = new Set<number>();
  const related: Array<[number, number]> = [];
  const clashed: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    // The retrieved candidates, then (for the measure link) the sentences giving one of its amounts.
    const pool = measureOn ? [...candidates[i], ...byAmount(i).filter((x) => !candidates[i].includes(x))] : candidates[i];
    for (const j of pool) {
      const key = i < j ? i * n + j : j * n + i;
      if (seen.has(key)) continue;
      seen.add(key);
      const byMeasure = measurePair(i, j);
      // A pair the index did not retrieve is read for the measure link alone.
      if (!candidates[i].includes(j) && !candidates[j].includes(i)) {
        if (byMeasure) {
          related.push(i < j ? [i, j] : [j, i]);
          edges.push(i < j ? [i, j, score(i, j), MEASURE_TIER] : [j, i, score(i, j), MEASURE_TIER]);
        }
        continue;
      }
      const e = evidence(i, j);
      const s = Math.max(e.whole, e.phrase);
      if (s >= RELATED || (s >= ANCHORED_RELATED && aff.anchored(i, j)) || mainEventRelated(i, j)) related.push(i < j ? [i, j] : [j, i]);
      // The topic's base rate (TOPIC_CHANCE): not for two ledes, which tell each article's main
      // event (the inverted pyramid), not any of the topic's statements: in a story of one event
      // its words are in every report because they are the event (ECB+ ledes).
      const chance = lede(i) && lede(j) ? -Infinity : aff.chancePairs(i, j);
      const wholeLink = e.whole >= CLASH_LINK && !(e.whole < TOPIC_GATE_TOP && (chance >= TOPIC_CHANCE || backgroundOnly(i, j)));
      // A shared phrase inside the names' descriptions ("head of the river court") is no claim
      // either, nor one of the story's background between two ledes of different acts ("the
      // March 26 presidential election").
      const phraseLink = e.phrase >= CLASH_LINK && !backgroundOnly(i, j);
      const strong = s >= FACT_LINK && (wholeLink || phraseLink || (aff.anchored(i, j) && mutualBest(i, j) && chance < TOPIC_CHANCE_WEAK && !backgroundOnly(i, j)));
      const main = !strong && mainEvent(i, j) && chance < TOPIC_CHANCE_WEAK && !backgroundOnly(i, j);
      const byProposition = !strong && !main && propositionLink(i, j);
      const byLede = !strong && !main && !byProposition && !byMeasure && ledeLink(i, j);
      // Asked of strong and main-event pairs too: their rules reject two ledes whose verbs differ
      // (samePred below), which is the case the learned link is for.
      const byLearned = !byProposition && !byMeasure && !byLede && learnedLede(i, j);
      if (byProposition || byMeasure || byLearned) related.push(i < j ? [i, j] : [j, i]);
      if (strong || main || byProposition || byMeasure || byLede || byLearned) {
        // Another act of the same participants is related, never the same fact (the learned link
        // weighs the acts itself: its point is one event told with other verbs; it then links
        // in its own tier, two lone ledes only).
        const onlyLearned = byLearned && !samePred(i, j);
        if (!(samePred(i, j) || byLearned) || !cutLink(i, j)) continue;
        const c = mergeClash(i, j);
        // Tiers: whole-sentence "the same" first, then a shared phrase, then the weaker anchored
        // links below the bar, so that weaker evidence never takes a sentence that stronger
        // evidence would have put in another fact (one sentence per article and fact).
        const tier = onlyLearned ? LEARNED_LEDE_TIER : wholeLink ? 0 : phraseLink ? 1 : strong ? 2 : main ? MAIN_TIER : byProposition ? PROPOSITION_TIER : byMeasure ? MEASURE_TIER : byLede ? LEDE_TIER : LEARNED_LEDE_TIER;
        if (!c) edges.push(i < j ? [i, j, s, tier] : [j, i, s, tier]);
        else if (e.whole >= CLASH_LINK && c.kind !== 'participant') clashed.push(i < j ? [i, j] : [j, i]);
      }
    }
  }
  edges.sort((a, b) => a[3] - b[3] || b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);

  // Greedy average-link merging, one sentence per article per fact. The average is taken over a
  // bounded, deterministic sample of each side so that merging into a fact of 200 sentences
  // costs no more than merging into one of ten.
  const clusterOf = sentences.map((_, i) => i);
  const members = new Map<number, number[]>(sentences.map((_, i) => [i, [i]]));
  const arts = new Map<number, Set<string>>(sentences.map((s, i) => [i, new Set([s.article])]));
  for (const [i, j, , tier] of edges) {
    const ci = clusterOf[i];
    const cj = clusterOf[j];
    if (ci === cj) continue;
    const ai = arts.get(ci)!;
    const aj = arts.get(cj)!;
    let shareArticle = false;
    for (const a of aj) if (ai.has(a)) shareArticle = true;
    const mi = sample(members.get(ci)!, i);
    const mj = sample(members.get(cj)!, j);
    let sum = 0;
    let disagree = false;
    let cross = 0;
    let otherAct = 0;
    for (const x of mi) {
      for (const y of mj) {
        const sc = score(x, y);
        sum += sc;
        if (mergeClash(x, y)) disagree = true;
        // Most pairs of the merged fact must report the same act (a third sentence of another
        // act must not join through a sentence that reports both). Not every pair: word vectors
        // miss some verbs of one act ("flagged" / "warned"), and one miss must not split a fact
        // whose other sentences vouch for the link.
        if (sentences[x].article !== sentences[y].article) {
          cross++;
          if (tier === LEARNED_LEDE_TIER) continue;
          if (!samePred(x, y)) otherAct++;
          // A fact joined by a measure link holds sentences that each measure what the others do:
          // a sentence joins it by that link only as a measure link of every member (complete link).
          else if (tier === MEASURE_TIER && !measurePair(x, y)) otherAct = cross;
          // A fact joined by a main-event link holds sentences whose main clauses all assert its
          // act: a third sentence linked to one of them by other words must assert it too.
          else if (tier >= MAIN_TIER && sc < FACT_LINK && !sameMainAct(acts[x], acts[y], near) && !measurePair(x, y)) otherAct = cross;
        }
        // Two sentences of one article in one fact must say the same thing outright: a
        // sentence of another outlet that reports both of them (two things in one sentence)
        // must not chain them together.
        if (shareArticle && sentences[x].article === sentences[y].article && sc < CLASH_LINK) disagree = true;
      }
    }
    if (disagree || 2 * otherAct > cross) continue;
    if ((tier === LEDE_TIER || tier === LEARNED_LEDE_TIER) && (mi.length > 1 || mj.length > 1)) continue;
    // Two facts that share an article (it says the thing twice, in its lede and again later)
    // merge only when the two sides are, on average, the same statement outright. A main-event
    // link stands on its act, not its words: its average floor is its own link floor.
    // A measure link stands on its figure (every cross pair a measure link, above), not its words.
    // The lede link (LEDE_LINK) pairs two lone ledes only (a weaker link must not pull a sentence
    // into a fact whose other members do not vouch for it): a third sentence joins their fact, or
    // a lede a fact of several sentences, only by another link.
    const floor = shareArticle ? CLASH_LINK : tier === MAIN_TIER ? Math.min(AVG_LINK, mainFloor) : tier === LEDE_TIER ? ledeFloorOf(i, j) : tier === LEARNED_LEDE_TIER ? 0 : tier === PROPOSITION_TIER ? Math.min(AVG_LINK, propFloor) : tier === MEASURE_TIER ? 0 : AVG_LINK;
    if (sum / (mi.length * mj.length) < floor) continue;
    if (tier === LEARNED_LEDE_TIER) learnedPairs.add(i < j ? i * n + j : j * n + i);
    opts.onMerge?.(i, j, tier, score(i, j));
    const [keep, drop] = ci < cj ? [ci, cj] : [cj, ci];
    const merged = [...members.get(keep)!, ...members.get(drop)!];
    for (const x of members.get(drop)!) clusterOf[x] = keep;
    members.set(keep, merged);
    members.delete(drop);
    for (const a of arts.get(drop)!) arts.get(keep)!.add(a);
    arts.delete(drop);
  }

  // A lone sentence that repeats, within its own article, a fact that article already carries
  // (a headline restating the lede) is part of that fact, not an exclusive of the article.
  for (const [root, m] of [...members]) {
    if (m.length !== 1) continue;
    const i = m[0];
    let best = -1;
    let bestScore = 1;
    for (const j of candidates[i]) {
      const c = clusterOf[j];
      if (c === root || arts.get(c)!.size < 2 || !arts.get(c)!.has(sentences[i].article) || mergeClash(i, j) || !samePred(i, j) || !cutLink(i, j)) continue;
      // It must repeat what its own article says there, not another thing a sentence of another
      // outlet happens to report in the same breath.
      if (members.get(c)!.some((x) => sentences[x].article === sentences[i].article && score(i, x) < CLASH_LINK)) continue;
      const s = score(i, j);
      if (s > bestScore || (s === bestScore && (best === -1 || c < best))) {
        best = c;
        bestScore = s;
      }
    }
    if (best >= 0) {
      members.get(best)!.push(i);
      clusterOf[i] = best;
      members.delete(root);
    }
  }

  // Merging checked clashes against a sample of each side only, and a lone repeat against one
  // sentence: a fact may still hold two sentences that clash (one says "rose", a third "fell").
  // Such a fact is split, not stated as consensus: its members go, in order of how many of them
  // they agree with, into the first group none of whose members they clash with. The clash itself
  // is the conflicts stage's to report. Each member is checked against at most SPLIT_CHECK others
  // (the earliest), so a fact of hundreds of sentences costs linear time.
  const origin = new Map<number, number>();
  for (const [root, m] of [...members]) {
    if (m.length < 2) continue;
    const ms = [...m].sort((a, b) => a - b);
    const ref = ms.slice(0, SPLIT_CHECK);
    const bad = new Map<number, Set<number>>();
    for (const x of ms) {
      for (const y of ref) {
        if (x === y || !clash(x, y)) continue;
        for (const [u, v] of [[x, y], [y, x]]) {
          const set = bad.get(u) ?? new Set<number>();
          set.add(v);
          bad.set(u, set);
        }
        if (score(x, y) >= CLASH_LINK && clash(x, y)!.kind !== 'participant') clashed.push(x < y ? [x, y] : [y, x]);
      }
    }
    if (bad.size === 0) continue;
    const order = [...ms].sort((a, b) => (bad.get(a)?.size ?? 0) - (bad.get(b)?.size ?? 0) || a - b);
    const groups: number[][] = [];
    for (const x of order) {
      const g = groups.find((gr) => !gr.some((y) => bad.get(x)?.has(y)));
      if (g) g.push(x);
      else groups.push([x]);
    }
    members.delete(root);
    for (const g of groups) {
      const r = Math.min(...g);
      origin.set(r, root);
      members.set(r, g);
      arts.set(r, new Set(g.map((x) => sentences[x].article)));
      for (const x of g) clusterOf[x] = r;
    }
  }

  // One fact is one claim, not one topic: a sentence whose words the matcher or a shared phrase
  // linked to a fact, but which says too little of what any other article's sentence of the fact
  // says, and of which no such sentence says enough (entail.ts, either direction, the whole
  // sentence or its lead clause), reports something else on the same topic ("officials fear a
  // meltdown in Brazil would take Latin America with it" / "Latin American economies have weathered
  // the crisis"; two sentences sharing only a stock background phrase). It leaves the fact and
  // stands alone; it stays related (touched), so it is neither an exclusive nor an omission.
  for (const [root, m] of [...members]) {
    if (arts.get(root)!.size < 2) continue;
    const ms = [...m].sort((a, b) => a - b).slice(0, SPLIT_CHECK);
    const out = ms.filter((x) => {
      for (const y of ms) {
        if (sentences[y].article === sentences[x].article) continue;
        // Two ledes the learned link joined: one main event in other words (match/lede-pairs.ts).
        if (joinedByModel(x, y)) return false;
        // Another act of the same participants is another claim, however many words they share.
        if (!samePred(x, y)) continue;
        // Both main clauses asserting one act of shared participants, each other's best match:
        // the same claim told in other words (the main-event link), whatever the coverage.
        if (mainEvent(x, y)) return false;
        // Each stating, as a statement of measure, what the other measures (the measure link).
        if (measurePair(x, y)) return false;
        const a = entail.covered(x, [y]);
        const b = entail.covered(y, [x]);
        if (Math.max(a.whole, a.lead, b.whole, b.lead) >= SAME_CLAIM) return false;
        // A shared phrase of ordinary words is the claim itself, told inside two otherwise
        // different sentences ("… only military outposts outside the former Soviet Union …").
        if (aff.phraseWords(x, y) >= CLAIM_PHRASE_WORDS) return false;
      }
      return true;
    });
    if (!out.length) continue;
    // When no member reports what another article's member reports (a fact of two sentences
    // that say two things), the fact dissolves: each sentence stands alone, related to the rest.
    const keep = out.length === ms.length && ms.length === m.length ? [] : m.filter((x) => !out.includes(x));
    if (!keep.length) {
      members.delete(root);
      for (const x of m) {
        members.set(x, [x]);
        arts.set(x, new Set([sentences[x].article]));
        clusterOf[x] = x;
      }
      for (const x of m) if (x !== Math.min(...m)) related.push([Math.min(...m), x]);
      continue;
    }
    const r = Math.min(...keep);
    members.delete(root);
    members.set(r, keep);
    arts.set(r, new Set(keep.map((x) => sentences[x].article)));
    for (const x of keep) clusterOf[x] = r;
    if (origin.has(root)) origin.set(r, origin.get(root)!);
    for (const x of out) {
      members.set(x, [x]);
      arts.set(x, new Set([sentences[x].article]));
      clusterOf[x] = x;
      related.push(x < r ? [x, r] : [r, x]);
    }
  }

  // Every cited sentence states the claim (coherentGroups, MUTUAL_CLAIM): the sentences of a
  // fact that survived the checks above agree with SOME member; here each pair of members of
  // different articles must be one claim — the same act, each stating most of the other (both
  // directions), no different years, not two different quoted remarks. A fact that fails splits
  // into its coherent groups; a sentence agreeing with no group stands alone, related to the
  // rest. The groups keep the fact they came from (`aligned`), so the conflicts stage still
  // compares their values as one report: a different value is a conflict candidate, not another
  // topic.
  // Both read with a main act: it must be one act, main to main or each named in the other.
  // samePred lets a long shared phrase stand for the act ("… by a gang of white youths and the
  // failure of the police …" in "the murder … prompted a national debate" and "police have
  // learned from the murder …"), which merging needs for noun-phrase reports; two stated acts
  // that differ are two claims however much background they share (near copies excepted, in
  // sameClaim).
  const otherMainActs = (x: number, y: number): boolean =>
    acts[x].main.length > 0 && acts[y].main.length > 0 && !sameMainAct(acts[x], acts[y], STRICT_PREDICATE) && !mainActIn(acts[x], acts[y], STRICT_PREDICATE) && !mainActIn(acts[y], acts[x], STRICT_PREDICATE);
  // Claims that cannot be one, whatever words they share: another act, another year, another
  // quoted remark.
  const otherClaim = (x: number, y: number): boolean => {
    // Two ledes the learned link joined weigh their acts in the model (one event, other verbs).
    if (!samePred(x, y) && !joinedByModel(x, y)) return true;
    return yearsDiffer(sentences[x].text, sentences[y].text) || otherRemarks(sentences[x].text, sentences[y].text);
  };
  // Two sentences state one claim: near copies, a shared phrase of ordinary words (the claim as a
  // noun phrase, as merging has it), or each stating most of the other.
  const sameClaim = (x: number, y: number): boolean => {
    if (otherClaim(x, y)) return false;
    // One measured statement: each gives what the other measures (the measure link).
    if (measurePair(x, y)) return true;
    // Two ledes (each article's first sentence: its main event, the inverted pyramid) whose main
    // clauses assert one act of shared participants, each the other's best match (the main-event
    // or lede link): the same claim in other words, as the coverage check above already holds.
    // Without this a story whose three outlets word their ledes differently ("The House voted
    // Wednesday to form a select committee …" / "… on Wednesday approved the creation of a …
    // select committee …" / "… on Wednesday passed legislation to create a select committee …")
    // was merged by the link and split again here, its main verbs not one lemma or synset, and
    // reported no shared fact at all (AllSides dev 5905). Ledes only: below them, main-event
    // links so kept joined other claims of a topic on DUC 2003 dev ("Last week, Russia's
    // parliament passed an appeal …" with "Ocalan … sought political asylum from Moscow").
    if (lede(x) && lede(y) && (mainEvent(x, y) || ledeLink(x, y) || joinedByModel(x, y))) return true;
    // Near copies (one wire text edited by two outlets) are one claim whatever the act reading
    // says ("came as no surprise" / "were expected", the rest word for word alike).
    const nearCopy = evidence(x, y).whole >= NEAR_COPY;
    if (!nearCopy && otherMainActs(x, y)) return false;
    if (nearCopy || aff.phraseWords(x, y) >= CLAIM_PHRASE_WORDS) return true;
    const a = entail.covered(x, [y]);
    const b = entail.covered(y, [x]);
    const ca = Math.max(a.whole, a.lead);
    const cb = Math.max(b.whole, b.lead);
    if (Math.min(ca, cb) >= MUTUAL_CLAIM) return true;
    // Two outlets may each add a detail of their own to one claim ("The bridge, built by the
    // former governor, opened to traffic in March" / "The bridge opened to traffic last March and
    // carried 20,000 vehicles a day"): then their main verbs are one word (lemma, synset or event
    // class; word vectors relate verbs of one topic, "described" / "believes"), and one of them
    // covers the other as merging required.
    // The same holds when one reports the other's main act as its circumstance ("walked off the
    // job after the authority cut their pay" / "the authority cut their pay"), the verb named
    // outright among its predicates.
    if (sameMainAct(acts[x], acts[y], STRICT_PREDICATE) && Math.max(ca, cb) >= MUTUAL_CLAIM) return true;
    return acts[x].main.length > 0 && acts[y].main.length > 0 && (mainActIn(acts[x], acts[y], STRICT_PREDICATE) || mainActIn(acts[y], acts[x], STRICT_PREDICATE)) && Math.max(ca, cb) >= SAME_CLAIM / 2;
  };
  const aligned = new Map<number, number>();
  // Sentence -> the fact (its first member) the coherence check split it from.
  const splitFrom = new Map<number, number>();
  for (const [root, m] of [...members]) {
    // A chain needs three articles; a fact of two has passed the one-claim check above, which
    // lets one sentence report the other's act as its circumstance ("walked off the job after
    // the authority cut their pay" / "the authority cut their pay").
    // Such a fact is split only on a claim that cannot be one (another year or remark).
    if (arts.get(root)!.size < 2) continue;
    const ms = [...m].sort((a, b) => a - b);
    const groups = arts.get(root)!.size < 3 ? coherentGroups(ms, (x, y) => !otherClaim(x, y), otherClaim, (x) => sentences[x].article, SPLIT_CHECK) : coherentGroups(ms, sameClaim, otherClaim, (x) => sentences[x].article, SPLIT_CHECK);
    if (groups.length === 1) continue;
    members.delete(root);
    const was = origin.get(root);
    origin.delete(root);
    for (const g of groups) {
      const r = Math.min(...g);
      members.set(r, g);
      arts.set(r, new Set(g.map((x) => sentences[x].article)));
      for (const x of g) clusterOf[x] = r;
      if (was !== undefined) origin.set(r, was);
      aligned.set(r, ms[0]);
      for (const x of g) splitFrom.set(x, ms[0]);
      if (r !== ms[0]) related.push(r < ms[0] ? [r, ms[0]] : [ms[0], r]);
    }
  }

  // A sentence that reports two things supports two facts: besides its own fact, it supports
  // another fact of other articles when it is, on average over that fact's sampled sentences,
  // outright the same statement (the stricter CLASH_LINK bar, since the sentence's words were
  // already taken by its own fact) and disagrees with none of them. One such sentence per
  // article and fact, the best one.
  const also = new Map<number, Map<string, { i: number; score: number }>>();
  const statesClaimOf = (y: number, i: number): boolean => {
    if (yearsDiffer(sentences[y].text, sentences[i].text) || otherRemarks(sentences[y].text, sentences[i].text)) return false;
    // The member's own act must be among what the sentence reports: covering the member's
    // words while telling another act of them ("she said police have learned from the murder …"
    // for "the murder … prompted a national debate") is another claim.
    if (!mainActIn(acts[y], acts[i], near)) return false;
    const c = entail.covered(y, [i]);
    return Math.max(c.whole, c.lead) >= MUTUAL_CLAIM;
  };
  for (let i = 0; i < n; i++) {
    const art = sentences[i].article;
    const tried = new Set<number>([clusterOf[i]]);
    for (const j of candidates[i]) {
      const c = clusterOf[j];
      if (tried.has(c)) continue;
      tried.add(c);
      if (arts.get(c)!.has(art)) continue;
      const mj = sample(members.get(c)!, j);
      let sum = 0;
      for (const y of mj) sum += score(i, y);
      const mean = sum / mj.length;
      if (mean < CLASH_LINK) continue;
      // Near the bar, words a topic's sentences share by chance are no evidence (TOPIC_CHANCE):
      // without this a pair the base rate kept apart while merging came back as a supporter.
      if (mean < TOPIC_GATE_TOP && mj.some((y) => !(lede(i) && lede(y)) && aff.chancePairs(i, y) >= TOPIC_CHANCE)) continue;
      // Nor does a sentence join a fact as its supporter on names and their descriptions alone.
      if (mean < TOPIC_GATE_TOP && mj.some((y) => backgroundOnly(i, y))) continue;
      // It must clash with none of the fact's sentences (up to SPLIT_CHECK of them), not only
      // with the sampled ones.
      if ([...members.get(c)!].sort((a, b) => a - b).slice(0, SPLIT_CHECK).some((y) => clash(i, y))) continue;
      // And report the same act as the fact's sampled sentences (as far as a cut-off one tells it).
      if (mj.some((y) => !samePred(i, y) || !cutLink(i, y))) continue;
      // And state the fact's claim: every sampled member of another article is covered by it (its
      // whole or lead clause; the sentence says more, its other thing) with no other year or
      // remark. Without it a sentence sharing a fact's words but saying another thing on the
      // topic ("the court set aside days to hear arguments" for a quoted remark) was cited.
      if (mj.some((y) => sentences[y].article !== art && !statesClaimOf(y, i))) continue;
      // A sentence the coherence check took out of this fact's group was found not to state its
      // claim: it does not come back as a second report of it.
      if (splitFrom.has(i) && splitFrom.get(i) === aligned.get(c)) continue;
      const per = also.get(c) ?? new Map<string, { i: number; score: number }>();
      const prev = per.get(art);
      if (!prev || mean > prev.score) per.set(art, { i, score: mean });
      also.set(c, per);
    }
  }

  const facts: FactCluster[] = [...members].map(([root, m]) => {
    const ms = [...m].sort((a, b) => a - b).map((x) => sentences[x]);
    // The fact shown must be what every cited sentence says: a member whose main act another
    // outlet's member does not report (it tells it only as the circumstance of its own act, or
    // reports another act of the same people) does not lead while one whose main act all of
    // them report can (the bonus exceeds the range of the rest, 0–1.1).
    const mainShared = ms.map((x) => near >= 2 || ms.every((y) => y.article === x.article || mainActIn(acts[x.idx], acts[y.idx], near) || aff.phraseWords(x.idx, y.idx) >= CLAIM_PHRASE_WORDS));
    // A member that quotes someone is shown only when every other outlet's member quotes too (or
    // no member is free of a quotation): the wording shown is attributed to every cited outlet,
    // and an outlet that reports the act in its own words never printed the quoted ones. Read on
    // the allsides dev stories: "“We're not going to be, by the end of the year, in a combat
    // zone,” Mr. Biden said as he met …" was shown for a fact whose other outlet only reports the
    // meeting (its main clause tells no act, so it passed the test above vacuously).
    const quoted = ms.map((x) => quotationsIn(x.text).length > 0);
    const unquoted = quoted.some((q) => !q);
    const whole = ms.some((x) => !x.cut);
    const centrality = ms.map((x, k) => {
      if (ms.length === 1) return 1;
      const others = sample(ms.map((y) => y.idx), x.idx).filter((y) => y !== x.idx);
      // The fact is what its sentences have in common: the member whose content the others also
      // carry states it with the fewest extras ("Lawmakers passed the bill 252-175" rather than
      // "… passed 252-175, but its chances in the Senate dimmed after …"), so it leads; the mean
      // score breaks near-ties.
      let sc = 0;
      for (const y of others) sc += aff.covered(x.idx, y) + 0.1 * Math.min(1, score(x.idx, y));
      const base = others.length ? sc / others.length : 1;
      const lead = mainShared[k] ? MAIN_ACT_LEAD : 0;
      const ownQuote = quoted[k] && unquoted && !ms.every((y, l) => y.article === x.article || quoted[l]);
      // A sentence cut off by its excerpt is shown last: its words stop before the claim ends.
      return base + lead - (ownQuote ? QUOTE_LAST : 0) - (x.cut && whole ? CUT_LAST : 0);
    });
    const extra = [...(also.get(root)?.values() ?? [])].map((x) => x.i).sort((a, b) => a - b).map((x) => sentences[x]);
    return { members: ms, centrality, also: extra, origin: origin.get(root) ?? null, aligned: aligned.get(root) ?? null };
  });
  // Sentences by the heads of their propositions' patients (stems): a reworded report of one act
  // may share no rare word with it but the object of the act ("prohibits abortions" / "bans most
  // abortions"), so they are read too, at most PROPOSITION_WINDOWS per sentence, nearest first.
  let patientIndex: Map<string, number[]> | null = null;
  const byPatient = (i: number): number[] => {
    const own = propsOf(i).filter((p) => !p.relative && p.patient?.head);
    if (!own.length) return [];
    if (!patientIndex) {
      patientIndex = new Map();
      for (let x = 0; x < n; x++) {
        for (const p of propsOf(x)) {
          if (!p.patient?.head) continue;
          const k = tokenize(p.patient.head)[0]?.stem ?? p.patient.head;
          const list = patientIndex.get(k) ?? [];
          if (list[list.length - 1] !== x) list.push(x);
          patientIndex.set(k, list);
        }
      }
    }
    const found = new Set<number>();
    for (const p of own) {
      const k = tokenize(p.patient!.head)[0]?.stem ?? p.patient!.head;
      for (const x of patientIndex.get(k) ?? []) {
        if (found.size >= PROPOSITION_WINDOWS) break;
        if (sentences[x].article !== sentences[i].article) found.add(x);
      }
    }
    return [...found].sort((x, y) => x - y);
  };
  // Sentences of other articles giving one of a sentence's measured figures (figure-slots.ts
  // figureKeys), up to FIGURE_WINDOWS, in text order: built on first use, once per story.
  let figureIndex: Map<string, number[]> | null = null;
  const figureKeysOf: Array<string[] | undefined> = [];
  const figKeysOf = (i: number): string[] => (figureKeysOf[i] ??= figureKeys(sentences[i].text));
  const byFigure = (i: number): number[] => {
    const own = figKeysOf(i);
    if (!own.length) return [];
    if (!figureIndex) {
      figureIndex = new Map();
      for (let x = 0; x < n; x++) {
        for (const k of figKeysOf(x)) {
          const list = figureIndex.get(k);
          if (!list) figureIndex.set(k, [x]);
          else list.push(x);
        }
      }
    }
    const found = new Set<number>();
    for (const k of own) {
      for (const x of figureIndex.get(k) ?? []) {
        if (found.size >= FIGURE_WINDOWS) break;
        if (sentences[x].article !== sentences[i].article) found.add(x);
      }
    }
    return [...found].sort((x, y) => x - y);
  };
  const reportedBy = (i: number): string[] => {
    const out: string[] = [];
    const done = new Set<string>();
    // Only the retrieved candidates (bounded, so the cost stays linear). On the dev stories,
    // looking at every sentence of the other articles added mostly wrong "reported" verdicts (a
    // sentence that shares no rare word with another rarely says the same thing), and adding the
    // candidates of the sentence's neighbours added few verdicts, half of them wrong. Sentences
    // giving one of its amounts come after them.
    const seen = new Set(candidates[i]);
    const extra = byAmount(i).filter((x) => !seen.has(x));
    for (const x of extra) seen.add(x);
    for (const j of [...candidates[i], ...extra, ...byPatient(i).filter((x) => !seen.has(x))]) {
      const art = sentences[j].article;
      if (done.has(art)) continue;
      // The window: the candidate alone, or with the sentence before or after it in its article
      // (one fact told over two sentences by the other outlet).
      const windows: number[][] = [[j]];
      if (j > 0 && sentences[j - 1].article === art) windows.push([j - 1, j]);
      if (j + 1 < n && sentences[j + 1].article === art) windows.push([j, j + 1]);
      for (const w of windows) {
        const before: number[] = [];
        for (let x = w[0] - 1; x >= 0 && x >= w[0] - ANTECEDENT_SENTENCES && sentences[x].article === art; x--) before.push(x);
        const c = entail.covered(i, w, before);
        if (!reportedIn(c) && !(w.length === 1 && oneProposition(i, j))) continue;
        // The opposite claim ("pleaded not guilty") or another person in the same role is another
        // statement; another figure for the same thing ("at least eight killed" / "at least nine
        // died") is a different version of the same report, and the outlet is not alone with it.
        if (w.some((x) => clash(i, x)?.kind === 'polarity' || clash(i, x)?.kind === 'participant')) continue;
        done.add(art);
        out.push(art);
        break;
      }
    }
    // One proposition told with two of its three parts (act, agent, patient) in other words
    // (REPORTED_SOFT: "Sen. Vark defended his decision to vote against the bill" / "Vark
    // announced his rejection of the Harbour Act"): the consensus links allow one part on word
    // vectors alone, since vectors also join related words that are not one ("defend" / "oppose");
    // here nothing is merged and a wrong verdict costs one exclusive not listed, so the act and the
    // patient may both rest on them when the agent is one name on both sides (sameProposition; a
    // common-noun agent is too weak an anchor, and a role left unnamed allows no vectors at all).
    // Never two other years, opposite acts, or a clash of polarity or participant.
    for (const j of [...candidates[i], ...byPatient(i)]) {
      const art = sentences[j].article;
      if (art === sentences[i].article || done.has(art) || otherYears(years[i], years[j]) || oppositeAct(acts[i], acts[j], near)) continue;
      if (!oneProposition(i, j, false, REPORTED_SOFT)) continue;
      const k = clash(i, j)?.kind;
      if (k === 'polarity' || k === 'participant') continue;
      done.add(art);
      out.push(art);
    }
    // One value of one measured thing given by both, with one more word of the proposition and
    // half its content said (figure-slots.ts oneFigureSlot: "a conditional two-year ban" /
    // "suspended … for two years"); never two other years, opposite acts, or a clash of polarity
    // or participant.
    for (const j of figKeysOf(i).length ? [...candidates[i], ...byFigure(i).filter((x) => !candidates[i].includes(x))] : []) {
      const art = sentences[j].article;
      // Both must give a measured figure (its keys: figure-slots.ts figureKeys) for one slot.
      if (art === sentences[i].article || done.has(art) || !figKeysOf(j).length || otherYears(years[i], years[j]) || oppositeAct(acts[i], acts[j], near)) continue;
      const value = oneFigureSlot(sentences[i].text, sentences[j].text);
      if (value === null) continue;
      const c = entail.covered(i, [j]);
      if (c.slight) continue;
      // The figure is the sentence's claim only when its main clause gives it (the first clause
      // that is not one of background, entail.ts clauseCover): a figure in a clause added after
      // it ("Flags … flew at half-mast on Wednesday, the second of three days of mourning
      // declared by the mayor") is a circumstance of another claim. The sentence, or that clause,
      // must be said to FIGURE_COVER: a long sentence adds its own circumstances round the count
      // ("At least 13 … were among dozens killed after twin explosions tore through …").
      const text = sentences[i].text;
      const main = entail.clauseCover(i, [{ js: [j], before: [] }]).find((x, k) => !x.background && !(k === 0 && frontedParticiple(text.slice(x.start, x.end), text.slice(x.end))));
      if (!main || !givesFigure(text.slice(main.start, main.end), value)) continue;
      if (Math.max(c.whole, c.lead) < FIGURE_COVER && main.cover < FIGURE_COVER) continue;
      const k = clash(i, j)?.kind;
      if (k === 'polarity' || k === 'participant') continue;
      done.add(art);
      out.push(art);
    }
    // A lede is reported by another article's lede that tells its main event in other words, by
    // the learned lede-pair model (match/lede-pairs.ts ledeReported); never two other years,
    // opposite acts, or a clash of polarity or participant.
    if (lede(i))
      for (const j of candidates[i]) {
        const art = sentences[j].article;
        if (done.has(art) || !lede(j) || otherYears(years[i], years[j]) || oppositeAct(acts[i], acts[j], near)) continue;
        const k = clash(i, j)?.kind;
        if (k === 'polarity' || k === 'participant') continue;
        if (!ledeReported({ aff, i, j, a: acts[i], b: acts[j], textA: sentences[i].text, textB: sentences[j].text })) continue;
        done.add(art);
        out.push(art);
      }
    return out;
  };
  const times = sentences.map((s) => sentenceTimes(articles[s.articleIndex], s.start, s.end));
  const places = sentences.map((s) => sentencePlaces(articles[s.articleIndex], s.start, s.end));
  // Each report's words, read only for the articles a place test asks about (once each).
  const reports = new Map<number, ReportWords>();
  const report = (k: number): ReportWords => {
    let r = reports.get(k);
    if (!r) reports.set(k, (r = reportWords(articles[k].text)));
    return r;
  };
  const ownParts = (i: number, others: number[]): Array<{ start: number; end: number }> => {
    const art = sentences[i].article;
    const windows: Array<{ js: number[]; before: number[] }> = [];
    const withBefore = (w: number[]): { js: number[]; before: number[] } => {
      const before: number[] = [];
      const a = sentences[w[0]].article;
      for (let x = w[0] - 1; x >= 0 && x >= w[0] - ANTECEDENT_SENTENCES && sentences[x].article === a; x--) before.push(x);
      return { js: w, before };
    };
    for (const j of others) {
      const a = sentences[j].article;
      if (a === art) continue;
      // The other outlet may tell the same fact over two sentences (as reportedBy reads it).
      windows.push(withBefore([j]));
      if (j > 0 && sentences[j - 1].article === a) windows.push(withBefore([j - 1, j]));
      if (j + 1 < n && sentences[j + 1].article === a) windows.push(withBefore([j, j + 1]));
    }
    if (!windows.length) return [];
    const clauses = entail.clauseCover(i, windows);
    if (clauses.length < 2) return [];
    // The best-covered clause is what the sentences share (they were aligned as one fact on
    // other evidence when even it is covered little): never marked as the outlet's own.
    let best = 0;
    clauses.forEach((c, k) => {
      if (c.cover > clauses[best].cover) best = k;
    });
    const out: Array<{ start: number; end: number }> = [];
    let prevOwn = false;
    clauses.forEach((c, k) => {
      // Only what follows the shared clause, or a fronted clause of background ("After the talks
      // failed, …"): an outlet adds its own to a statement ("X did A, adding B", "…, as …",
      // "…, who …"); the pieces before the shared clause hold its subject ("The shootings at
      // Columbine High School in Littleton, Colo., have led …"), worded by each outlet its own
      // way, and marking them would leave a statement without its actor (read on the dev stories).
      // Never a restrictive relative clause ("tens of thousands of Afghans who assisted the U.S.",
      // "pick up where X left off": no comma before it): it belongs to the noun phrase or clause it
      // follows, which the outlets share and each words its own way ("… Afghans who partnered with
      // the United States"); word coverage misses such rewording, and a false mark says the shown
      // outlet added what the others report (read on the dev stories: two of three false marks).
      const place = !c.restrictive && (k > best || (k === 0 && best > 0 && c.background));
      const own = place && c.cover < OWN_COVER;
      if (own && prevOwn) out[out.length - 1].end = c.end;
      else if (own) out.push({ start: c.start, end: c.end });
      prevOwn = own;
    });
    return out;
  };
  return { ownParts, facts: oneClaimFacts(facts, sentences, related, { aff, entail, acts, near, times, places, report, ledePair: (x, y) => lede(x) && lede(y) && (mainEvent(x, y) || ledeLink(x, y) || joinedByModel(x, y)), learnedLede: joinedByModel }), sentences, score, evidence, related, clashed, clash, candidates: (i) => candidates[i], reportedBy };
}
