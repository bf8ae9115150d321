/**
 * One figure in one slot (issue #12, exclusives reported elsewhere): two sentences of different
 * outlets that give the same value of the same measured thing in their main clauses ("a
 * conditional two-year ban" / "suspended … for two years"; "At least 13 U.S. service members were
 * among dozens killed" / "killed 13 US troops") state one proposition, told round that figure in
 * each outlet's own words, so the sentence is not one outlet's exclusive.
 *
 * entail.ts reads amounts of three digits or more this way (Covered.amounts): small figures
 * (ages, days, "3%", counts under a hundred) recur in different statements of one story and
 * anchor nothing there. Here a small figure counts only together with what it measures — the noun
 * phrase it opens ("years", "weeks", "count", "service members"), sharing a word or a WordNet
 * synonym on both sides; a word vector only for a count of ten or more (VECTOR_VALUE: vectors put
 * "civilians" next to "troops", 0.73, and "years" next to "months", 0.88, which two small counts
 * of different things meet by chance), and the head of each phrase said by the other sentence
 * ("ban" by "suspended"; "served two years in office" says no "ban") — and with two more words of
 * the proposition shared besides it (ANCHORS). The caller asks that the figure be in the main
 * clause and that the sentence or that clause be said to FIGURE_COVER.
 *
 * Never a figure that is part of a date, a time or a name: a year, a day after a month name
 * ("January 6th", "July 10"), an ordinal ("6th"), a figure after a capitalised word ("COVID-19",
 * "S&P 500", "Flight 447", "Mr. Barrack, 74,"), a time distance ("four decades ago"), a time of
 * day ("4 a.m."), an age ("the 14-year-old"), a figure after "the", "the other" or a possessive
 * (DEFINITE); never 0 or 1 (one "of the …" is no measure). Used only to narrow exclusives and
 * omissions (facts.ts reportedBy): facts are never merged on it, so a wrong verdict costs one
 * exclusive not listed, never a false consensus.
 */
import { tokenize, type Token } from '../words/text.js';
import { shareSynset, synsetsOf } from '../words/synonyms.js';
import { dot, wordVector } from '../words/embeddings.js';
import { predicatesOf, samePredicateWord, type Predicate } from '../words/predicates.js';

/**
 * Share of the sentence's content (entail.ts coverage, whole or lead clause) that the other
 * sentence must say beside the shared figure: half, as for a statement of measure of an amount
 * (entail.ts AMOUNT_ENTAILED). Chosen on the dev parts (0.45 hid more sentences of the DUC 2006
 * dev topics whose claim was not the figure).
 */
export const FIGURE_COVER = 0.5;

// Words after a figure that give its scale or unit of count, not what is measured ("3.5 million
// jobs", "10 percent of voters"): read past to the noun.
const SCALE = new Set(['hundr', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per', 'cent', 'dozen']);
// A figure followed by these (after its unit) is a time distance ("four decades ago", "two years
// earlier"): a date, compared as a claim of time (claims.ts), not a measure.
const DISTANCE = new Set(['ago', 'earlier', 'later', 'befor', 'after']);
const MONTHS = new Set(['januari', 'februari', 'march', 'april', 'mai', 'june', 'juli', 'august', 'septemb', 'octob', 'novemb', 'decemb', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const ORDINAL = new Set(['st', 'nd', 'rd', 'th']);
// Words of the proposition besides the figure's phrase that both sentences must say: two, a
// participant and the act, or two participants ("Facebook … conditional" / "Facebook … conditions";
// "killed … Afghan"). One was not enough on the DUC 2006 dev topics: two ages' "old", or a
// school's name, was all two reports of different acts with one count shared besides it.
const ANCHORS = 2;
const DEFINITE = new Set(['the', 'my', 'his', 'her', 'its', 'our', 'their', 'your', 'these', 'those']);
// Words of time: a weekday or "year" said by both anchors no proposition (every report of a
// story dates it alike); nor does the "old" of two ages ("a 15-year-old boy" / "an 11-year-old boy").
const TIME = new Set(['mondai', 'tuesdai', 'wednesdai', 'thursdai', 'fridai', 'saturdai', 'sundai', 'todai', 'yesterdai', 'year', 'month', 'week', 'day', 'last', 'next', 'old']);
// Tokens after the figure read for its noun phrase, and words of it kept ("13 U.S. service
// members", "a two-year ban"): the last is its head, what the figure measures.
const UNIT_REACH = 4;
const UNITS = 3;

interface Figure {
  value: number;
  /** Stems of the nouns it measures (UNITS at most). */
  units: string[];
  /** Their surface forms (for word vectors). */
  words: string[];
  /** Token index of the figure and of the last token its phrase reads. */
  at: number;
  end: number;
}

function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1800 && v <= 2100;
}

/** The figures of a sentence that measure a named thing (see the module comment). */
function figuresOf(toks: Token[]): Figure[] {
  const out: Figure[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t.num) continue;
    const value = Number(t.stem);
    if (!Number.isFinite(value) || value === 0 || value === 1 || isYear(value)) continue;
    const prev = toks[k - 1];
    if (prev && ((prev.cap && !prev.stop) || MONTHS.has(prev.stem))) continue;
    // A figure after "the", "the other" or a possessive ("the other nine provinces", "the five
    // suspects", "my 15 years of working") names a set the reader knows already: a description of
    // the participants, as a name is, not what the sentence measures.
    if (prev && (DEFINITE.has(prev.norm) || (prev.norm === 'other' && toks[k - 2]?.norm === 'the'))) continue;
    const units: string[] = [];
    const words: string[] = [];
    let distance = false;
    let ordinal = false;
    let end = k;
    // The noun phrase the figure opens: names skipped ("13 U.S. service members"), scale words read
    // past, up to the first function word ("two years, and …", "15 weeks of …") or figure.
    for (let m = k + 1; m < toks.length && m <= k + UNIT_REACH; m++) {
      const u = toks[m];
      if (m === k + 1 && ORDINAL.has(u.norm)) ordinal = true;
      if (DISTANCE.has(u.stem)) distance = true;
      if (u.cap || SCALE.has(u.stem)) continue;
      if (u.num || u.stop || units.length >= UNITS) break;
      units.push(u.stem);
      words.push(u.norm);
      end = m;
    }
    // An age ("the 14-year-old", "her 18 year old son", "aged 14") describes a person, as a name
    // does, and a time of day ("4 a.m.") is part of a date: neither is what a sentence measures.
    const age = (units[0] === 'year' && units[1] === 'old') || prev?.stem === 'ag';
    const clock = units[0] === 'a.m' || units[0] === 'p.m';
    if (ordinal || distance || age || clock || !units.length) continue;
    out.push({ value, units, words, at: k, end });
  }
  return out;
}

/**
 * Keys of a sentence's measured figures ("2|year"), one per figure and unit: sentences of other
 * articles that give one of them are read beside the retrieved candidates (facts.ts reportedBy),
 * since the retrieval ranks by shared rare words, which a statement told round one figure in
 * other words lacks.
 */
export function figureKeys(text: string): string[] {
  const out = new Set<string>();
  for (const f of figuresOf(tokenize(text))) {
    for (const u of f.units) out.add(`${f.value}|${u}`);
    // A count whose unit may be another word (VECTOR_VALUE) is found by its value.
    if (f.value >= VECTOR_VALUE) out.add(`${f.value}|`);
  }
  return [...out];
}

// A count from this value on may name what it counts with a near word vector ("13 US troops" / "13
// US military personnel" / "13 U.S. service members"): a count of ten or more is particular to one
// statement of a story, so the vectors' blur between kinds of people ("civilians" / "troops") is
// not met by chance; small counts (two, three) recur for different things and need the word.
const VECTOR_VALUE = 10;
// Cosine of two unit words from which they name one thing (entail.ts VECTOR_NEAR).
const UNIT_NEAR = 0.5;

function nearWord(a: string, b: string): boolean {
  const va = wordVector(a);
  const vb = wordVector(b);
  return va !== null && vb !== null && dot(va, vb) >= UNIT_NEAR;
}

/** Whether the head of a figure's phrase is said by a sentence: the same stem, a synonym or a near word. */
function saidIn(f: Figure, toks: Token[]): boolean {
  const head = f.units[f.units.length - 1];
  const word = f.words[f.words.length - 1];
  return toks.some((t) => !t.stop && !t.num && (sameStem(head, t.stem) || nearWord(word, t.norm)));
}

/**
 * Whether a clause is a participle phrase fronted before the main clause ("Coming on the
 * anniversary of the shootings that ended 15 lives, …", "Based on my 15 years of working …, …"):
 * background, like a fronted "after …" clause (entail.ts clauseCover reads only subordinating
 * words as such). A capitalised first word ending in -ing or -ed, set off by a comma.
 */
export function frontedParticiple(clause: string, rest: string): boolean {
  return /^[A-Z][a-z]+(?:ing|ed)\b/.test(clause) && /^\s*,/.test(rest);
}

/** Whether a piece of text gives the value as a measured figure (figuresOf). */
export function givesFigure(text: string, value: number): boolean {
  return figuresOf(tokenize(text)).some((f) => f.value === value);
}

// Content words read after a figure's phrase that opens its sentence for the verb it is the
// subject of ("Six elementary school students in Plainfield were suspended …").
const GOVERNOR_REACH = 2;

/**
 * The act that governs a figure: the nearest predicate word before it (the verb it is the object
 * of, through any prepositions: "wounding six students", "suspended from the terminal for two
 * years"); when only function words and names precede it (its phrase opens the sentence), the
 * first predicate within GOVERNOR_REACH content words after its phrase (the verb it is the subject
 * of). Null when none is read: the guard below then says nothing.
 */
function governingAct(f: Figure, toks: Token[]): Predicate | null {
  let content = false;
  for (let m = f.at - 1; m >= 0; m--) {
    const t = toks[m];
    if (t.stop || t.cap || t.num) continue;
    const p = predicatesOf(t.norm)[0];
    if (p) return p;
    content = true;
  }
  if (content) return null;
  let seen = 0;
  for (let m = f.end + 1; m < toks.length && seen < GOVERNOR_REACH; m++) {
    const t = toks[m];
    if (t.num) return null;
    if (t.stop || t.cap) continue;
    const p = predicatesOf(t.norm)[0];
    if (p) return p;
    seen++;
  }
  return null;
}

/**
 * Whether the two figures are governed by two different acts ("Six … students … were suspended
 * for two days" / "wounding six students": one count of one kind of people, two things done to
 * them). One act named two ways stays one: the same predicate word (samePredicateWord: lemma,
 * synset, event class, vectors at PREDICATE_NEAR), or the act of one told as the other's measured
 * noun ("suspended … for two years" / "a two-year ban", whose own verb "imposed" is no act of the
 * figure but of its noun). Each figure's head was already found said by the other sentence
 * (saidIn); this asks what was done, which a shared count of people cannot tell.
 */
function otherGoverningActs(x: Figure, ta: Token[], y: Figure, tb: Token[]): boolean {
  const gx = governingAct(x, ta);
  const gy = governingAct(y, tb);
  if (!gx || !gy) return false;
  if (samePredicateWord(gx, gy, PREDICATE_NEAR)) return false;
  const head = (f: Figure): Predicate | undefined => predicatesOf(f.words[f.words.length - 1])[0];
  const hx = head(x);
  const hy = head(y);
  return !(hx && samePredicateWord(hx, gy, PREDICATE_NEAR)) && !(hy && samePredicateWord(hy, gx, PREDICATE_NEAR));
}

// The predicate vector cut of facts.ts (PREDICATE_NEAR): two predicate words from this cosine name one act.
const PREDICATE_NEAR = 0.5;

const sameStem = (a: string, b: string): boolean => a === b || shareSynset(synsetsOf(a), synsetsOf(b));

/**
 * The value two sentences give of one measured thing when they share one more content word
 * besides it (see the module comment), else null. The caller asks the coverage floor
 * (FIGURE_COVER: of the sentence, or of the clause that gives the figure) and that the two do
 * not clash (another participant, the opposite polarity).
 */
export function oneFigureSlot(textA: string, textB: string): number | null {
  const ta = tokenize(textA);
  const tb = tokenize(textB);
  const fa = figuresOf(ta);
  if (!fa.length) return null;
  const fb = figuresOf(tb);
  if (!fb.length) return null;
  for (const x of fa) {
    for (const y of fb) {
      if (x.value !== y.value) continue;
      const unit = x.units.some((u) => y.units.some((v) => sameStem(u, v))) || (x.value >= VECTOR_VALUE && x.words.some((u) => y.words.some((v) => nearWord(u, v))));
      if (!unit) continue;
      // What each figure measures (the head of its phrase: "ban" of "a two-year ban") is said by
      // the other sentence: "suspended … for two years" says "ban" (0.57), "served two years in
      // office" does not.
      if (!saidIn(x, tb) || !saidIn(y, ta)) continue;
      if (otherGoverningActs(x, ta, y, tb)) continue;
      // Two more words of the proposition said by both (ANCHORS), not the unit and not words of
      // time.
      const skip = new Set([...x.units, ...y.units]);
      const other = new Set(tb.filter((t) => !t.stop && !t.num && !skip.has(t.stem) && !MONTHS.has(t.stem) && !TIME.has(t.stem)).map((t) => t.stem));
      const shared = new Set(ta.filter((t) => !t.stop && !t.num && !skip.has(t.stem) && !MONTHS.has(t.stem) && !TIME.has(t.stem) && other.has(t.stem)).map((t) => t.stem));
      if (shared.size >= ANCHORS) return x.value;
    }
  }
  return null;
}
