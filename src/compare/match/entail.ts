/**
 * "Reported elsewhere": whether what one sentence states is said, in other words, by one or two
 * adjacent sentences of another article — an asymmetric, entailment-style coverage test, where
 * the fact alignment (facts.ts) asks the symmetric question "do the two sentences report the
 * same thing?".
 *
 * Outlets tell one fact in different shapes: a short statement inside a long sentence, one
 * sentence split in two, a quote against reported speech, another verb for one act ("traded
 * barbs" / "clashed", "wrote to … requesting" / "in a letter … asked"). A fact that one outlet
 * alone carries as a *sentence* is then not its exclusive. The test reads the sentence as
 * propositions (the whole sentence and its lead clause) and asks whether a window of the other
 * article — one sentence, or two adjacent ones — covers the proposition's content words (the same
 * stem, a WordNet synonym, a derivation, or a near word vector), every figure it gives, and
 * nothing against it (the caller's claim clash: a negation, an antonym, another value, another
 * participant).
 *
 * A statement of measure ("stopped more than 188,000 immigrants at the border in June") is told by
 * each outlet in its own words around one figure ("nearly 190,000 migrant encounters"): when the
 * window gives every amount of the sentence's main clause (three digits or more, not a year, not
 * part of a name; the same figure, or a near one when either is hedged), a lower share of its
 * words suffices (Covered.amounts, reportedIn).
 *
 * Used only to narrow exclusives and omissions (coverage.ts): facts are never merged on it, so a
 * false "covered" costs a missed exclusive, never a false consensus.
 */
import { antonymsOf, lemmaStem } from '../words/antonyms.js';
import { shareSynset } from '../words/synonyms.js';
import { dot } from '../words/embeddings.js';
import type { MatchContext } from './match.js';
import { skeleton } from '../words/lex.js';
import { isNegation, tokenize, type Token } from '../words/text.js';

/**
 * Words a proposition need not find elsewhere: verbs of attribution (who said it is the source,
 * not the fact: "police said" / "officials told reporters") and the time words of its date (dates
 * are compared as claims, claims.ts: a different date is a conflict, not another fact). Porter
 * stems, as tokenize() gives them.
 */
const FREE = new Set(
  (
    'report announc state ad note explain wrote write tweet quot confirm told tell spokesman spokeswoman statement ' +
    'last next ago earlier later year month week day todai yesterdai tomorrow tonight ' +
    'mondai tuesdai wednesdai thursdai fridai saturdai sundai januari februari march april mai june juli august ' +
    'septemb octob novemb decemb morn afternoon even night late earli ' +
    // The months' abbreviations ("Jan. 7"): the same date words, written short.
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

// Cosine from which two different words count as the same content, weighted by the cosine: GloVe
// neighbours that paraphrase each other sit at 0.5–0.8 ("clashed"/"sparred" 0.55, "requesting"/
// "asked" 0.57, "letter"/"wrote" 0.66, "dismissed"/"rejected" 0.77), words that merely share a
// topic lower (features.ts EMB_NEAR, the matcher's own cut). A higher cut (0.6) lost more right
// than wrong "reported" verdicts on the dev stories.
const VECTOR_NEAR = 0.5;
// Figures within this share of each other are one value (facts.ts VALUE_TOLERANCE).
const VALUE_TOLERANCE = 0.1;
// An amount: a figure of three digits or more ("188,829 migrants", "559,000 jobs", "$1 trillion").
// Such a figure is a measurement particular to one statement, so two outlets giving it (or a
// value within VALUE_TOLERANCE: "more than 188,000" / "nearly 190,000") of one story report one
// measured fact; small figures (ages, days, "3%", the 19 of "Covid-19", "21-year high") recur in
// different statements of one story and anchor nothing.
const AMOUNT_MIN = 100;
// Content words and figures a proposition needs before its coverage means anything.
const MIN_PROP_WORDS = 5;
// What a figure weighs against a word (its proposition's mean word idf): about one word.
const NUMBER_WEIGHT = 1;
// A clause is a proposition of its own only with this many content words; shorter pieces ("police
// said", "on Tuesday") are glued to their neighbour.
const MIN_CLAUSE_WORDS = 3;
// The lead clause is read as a proposition of its own when it has this many content words and
// this share of the sentence's content (idf mass): a main clause, not a fragment.
const MIN_LEAD_WORDS = 4;
const LEAD_SHARE = 0.4;

// Clause boundaries: clause punctuation, and a subordinating or relative word that opens a new
// proposition ("…, who …", "… after …", "… while …"). Bounded pattern, linear in the text.
const CLAUSE_BREAK = /[;:—–]|,\s|\s-\s|\s(?=(?:which|who|whom|where|while|after|before|because|although|though|when|whereas|as well as|but)\s)/gi;

/** One proposition: content words (interned ids with idf) and figures. */
interface Prop {
  ids: number[];
  /** Whether each word is a name (capitalised inside the sentence): names match only themselves. */
  names: boolean[];
  /** For each name: its spelling-tolerant key (nameKey), else "". */
  keys: string[];
  mass: number;
  nums: number[];
  /** Its amounts (AMOUNT_MIN or more, not a year): what it measures, see Covered.amounts. */
  amounts: number[];
  /** Its figures written with a hedge ("more than 188,000", "nearly 190,000"): see hedgedAt. */
  hedged: Set<number>;
  /** Whether the proposition is negated (a negation cue: "not", "no", "never", "denied" …). */
  neg: boolean;
}

/** What one sentence offers to cover others: its content word ids, figures, negation and name keys. */
interface Offer {
  ids: Set<number>;
  list: number[];
  nums: number[];
  /** Its figures written with a hedge (hedgedAt). */
  hedged: Set<number>;
  neg: boolean;
  /** Spelling-tolerant keys of its words (nameKey). */
  keys: Set<string>;
  /**
   * How well this sentence says each word id asked of it so far (the best `sim` over `list`; see
   * Entailment.said): one sentence is asked about the same word by many propositions and windows.
   */
  said: Map<number, number>;
}

/**
 * A name's spelling-tolerant key: the consonant skeleton of its surface form (Tartus/Tartous,
 * Hmeimim/Khmeimim, Ahmad/Ahmed; the stemmer would cut "Ahmed" to "ahm"), a demonym meeting its
 * country ("Russian"/"Russia", as affinity.ts keys names). Short skeletons say nothing.
 */
function nameKey(norm: string): string {
  const k = skeleton(norm.replace(/^(?:al|el)-/, '').replace(/ian$/, ''));
  return k.length >= 3 ? k : '';
}

interface Shape {
  whole: Prop;
  /** The lead clause (the sentence's first proposition), null when the sentence is one clause. */
  lead: Prop | null;
  /** The lead clause when it gives an amount, even when short of LEAD_SHARE (Covered.amounts). */
  measure: Prop | null;
  /** Whether the sentence's main clause (mainClause) gives an amount. */
  mainAmounts: boolean;
  offer: Offer;
}

// Share of a sentence's (or its lead clause's) content that a window of another article must say
// for the sentence to count as reported there (facts.ts reportedBy); chosen on the dev stories.
const ENTAILED = 0.75;
// The same share when the proposition gives an amount and the window gives every amount it gives
// (Covered.amounts: "stopped more than 188,000 immigrants …" / "nearly 190,000 migrant
// encounters at the southern border"; "nonfarm payrolls up … 559,000" / "added 559,000 jobs"):
// the figures are the statement's participants, its words are the outlet's own. Chosen on the
// allsides dev stories of bench/exclusives.ts.
const AMOUNT_ENTAILED = 0.5;

/**
 * Whether a sentence counts as reported by a window of another article, given its coverage there
 * (`covered`): as a whole (or its lead clause) at ENTAILED, or as a statement of measure at
 * AMOUNT_ENTAILED; never a slight sentence (Covered.slight).
 */
export function reportedIn(c: Covered): boolean {
  if (c.slight) return false;
  return Math.max(c.whole, c.lead) >= ENTAILED || c.amounts >= AMOUNT_ENTAILED;
}

/**
 * Whether a sentence states, as a statement of measure, what a window of another article measures
 * (Covered.amounts at AMOUNT_ENTAILED: every amount of its main clause given there, and half its
 * words said); never a slight sentence. Asked both ways, it is the fact alignment's measure link
 * (facts.ts MEASURE_LINK).
 */
export function measuredIn(c: Covered): boolean {
  return !c.slight && c.amounts >= AMOUNT_ENTAILED;
}

// A clause of background: opened by a subordinating conjunction or a relative pronoun ("…, as most
// of the 167 candidates were hard-liners", "after the U.S. raised its pledge to $350 million, …").
// "As" opens one unless it measures ("as many as 60 million", "as of Friday", "as well as").
// A relative word opening a clause (CLAUSE_BREAK splits before it); with no comma before it the
// clause is restrictive, part of what it follows (clauseCover).
const RELATIVE = /^(?:who|whom|whose|which|where)\b/i;
const SUBORDINATE = /^(?:after|before|because|while|when|although|though|since|whereas|unless|until|once|if|as(?!\s+(?:many|much|few|little|well|of|high|low|long|far|soon|part)\b))\b/i;
const SUBORDINATE_INSIDE = /\s(?:after|before|because|while|when|although|though|since|whereas|unless|until|which|who|whom|where|as(?!\s+(?:many|much|few|little|well|of|high|low|long|far|soon|part)\b))\s/i;

// A figure of three or four digits (no thousands separator) right after a capitalised word or
// glued to letters is part of a name: "Flight 447", "Boeing 737", "Section 230", "A330-200".
// Bounded pattern, linear in the text.
const IDENTIFIER = /\b([A-Z][A-Za-z]*)\.? (\d{3,4})\b(?![,.]\d)|[A-Za-z]-?(\d{3,4})\b|(?<=[A-Za-z]\d+)-(\d{3,4})\b/g;

/** Hedges and quantifiers that lead an amount, not a name (HEDGES below has the same kind). */
const LEADS_AMOUNT = new Set(['nearly', 'almost', 'roughly', 'approximately', 'around', 'about', 'over', 'under', 'some', 'only', 'just', 'least', 'exactly', 'another', 'fewer', 'less', 'more', 'all', 'those', 'these', 'the']);

/** The figures of a sentence that are identifiers (IDENTIFIER), not amounts. */
function identifiers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(IDENTIFIER)) {
    // A capitalised function word or hedge opening the sentence ("About 400 people", "Nearly 300
    // died") leads an amount.
    if (m[1] !== undefined && (tokenize(m[1])[0]?.stop || LEADS_AMOUNT.has(m[1].toLowerCase()))) continue;
    out.add(Number(m[2] ?? m[3] ?? m[4]));
  }
  return out;
}

// Words before a figure that hedge it ("more than", "nearly", "about", "at least", "up to", "fell to"):
// a hedged figure agrees with near ones (facts.ts reads the same list for its values).
export const HEDGES = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'estimated', 'nearly', 'almost', 'over', 'than', 'least', 'to', 'many', 'much', 'under', 'close', 'circa']);
// Currency words the tokenizer puts between a hedge and its figure ("more than $300 million").
const CURRENCY = new Set(['dollar', 'euro', 'pound', 'yen', 'dlrs', 'usd']);

/** Whether the figure at toks[k] is hedged: a hedge word before it (currency words skipped). */
function hedgedAt(toks: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && CURRENCY.has(toks[j].norm)) j--;
  return j >= 0 && HEDGES.has(toks[j].norm);
}

/** Whether a sentence opens with a clause of background (SUBORDINATE). */
function fronted(text: string): boolean {
  return SUBORDINATE.test(text.trimStart());
}

/**
 * The sentence's main clause, roughly: without a fronted clause of background (up to its comma)
 * and without what follows the first subordinating word inside it. An amount given there is what
 * the sentence measures; one in a clause of background is the circumstance of another statement
 * ("Candidate X blamed the low turnout on the lack of choice, as most of the 167 candidates were
 * hard-liners" reports X's blame, not the count of candidates).
 */
function mainClause(text: string): string {
  let t = text.trimStart();
  if (fronted(t)) {
    const comma = t.indexOf(', ');
    t = comma < 0 ? '' : t.slice(comma + 2);
  }
  const m = SUBORDINATE_INSIDE.exec(t);
  return m ? t.slice(0, m.index) : t;
}

/** Two figures are one value: within VALUE_TOLERANCE of each other. */
export function nearValue(x: number, v: number): boolean {
  return Math.abs(x - v) <= VALUE_TOLERANCE * Math.max(Math.abs(x), Math.abs(v));
}

function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1800 && v <= 2100;
}

/** Coverage of each of a sentence's propositions by a window of another article. */
export interface Covered {
  whole: number;
  lead: number;
  /**
   * The sentence says too little for its coverage to show it was reported: a proposition of few
   * words ("Claims were revised to 375,000", a quote cut off after five words) is found in any
   * long window on its topic.
   */
  slight: boolean;
  /**
   * The best coverage (as `whole` / `lead`) of a proposition that gives an amount and whose every
   * amount the window gives too (within VALUE_TOLERANCE); 0 when none does. The figures are the
   * participants of a statement of measure, so its words may be told more loosely.
   */
  amounts: number;
}

export class Entailment {
  private readonly shapes: Array<Shape | undefined> = [];
  /**
   * Per word id, looked up once: its lemma's stem (lemmaStem) and that lemma's antonym stems.
   * (`sim` is asked of many more word pairs than there are words, and most pairs are asked once:
   * a memo per pair cost more than it saved on long stories.)
   */
  private readonly lemmas: string[];
  private readonly antonyms: Array<readonly string[]>;

  constructor(
    private readonly texts: string[],
    private readonly ctx: MatchContext,
  ) {
    this.lemmas = new Array<string>(ctx.stems.length);
    this.antonyms = new Array<readonly string[]>(ctx.stems.length);
  }

  /** The stem of word `a`'s lemma (lemmaStem), its antonyms now in `antonyms[a]`. */
  private lemma(a: number): string {
    let l = this.lemmas[a];
    if (l === undefined) {
      l = lemmaStem(this.ctx.stems[a]);
      this.lemmas[a] = l;
      this.antonyms[a] = antonymsOf(l);
    }
    return l;
  }

  private id(t: Token): number | undefined {
    return this.ctx.ids.get(t.stem);
  }

  /**
   * `names`: stems written as names in the whole sentence (a clause's first word loses its cue);
   * `idents`: figures that are part of a name (identifiers), never amounts.
   */
  private prop(toks: Token[], names0: Set<string> = new Set(), idents: Set<number> = new Set()): Prop {
    const ids: number[] = [];
    const names: boolean[] = [];
    const keys: string[] = [];
    const nums: number[] = [];
    let mass = 0;
    let neg = false;
    const seen = new Set<number>();
    const hedged = new Set<number>();
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (isNegation(t)) neg = true;
      if (t.num) {
        const v = Number(t.stem);
        if (Number.isFinite(v) && !isYear(v)) nums.push(v);
        if (hedgedAt(toks, k)) hedged.add(v);
        continue;
      }
      if (t.stop || FREE.has(t.stem) || isNegation(t)) continue;
      const id = this.id(t);
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
      const name = t.cap || names0.has(t.stem);
      names.push(name);
      keys.push(name ? nameKey(t.norm) : '');
      mass += this.ctx.idf[id];
    }
    return { ids, names, keys, mass, nums, amounts: nums.filter((v) => Math.abs(v) >= AMOUNT_MIN && !idents.has(v)), hedged, neg };
  }

  private shape(i: number): Shape {
    let s = this.shapes[i];
    if (s) return s;
    const text = this.texts[i];
    const toks = tokenize(text);
    const idents = identifiers(text);
    const whole = this.prop(toks, new Set(), idents);
    const capStems = new Set(toks.filter((t) => t.cap).map((t) => t.stem));
    // Clauses: pieces between breaks, a piece of few content words glued to the one before it
    // (the first to the one after it).
    const pieces: string[] = [];
    let from = 0;
    for (const m of text.matchAll(CLAUSE_BREAK)) {
      pieces.push(text.slice(from, m.index));
      from = m.index! + (m[0].trim() === '' ? 0 : m[0].length);
    }
    pieces.push(text.slice(from));
    const clauses: Token[][] = [];
    for (const p of pieces) {
      const pt = tokenize(p);
      const words = pt.filter((t) => !t.stop && !t.num && !FREE.has(t.stem)).length;
      if (clauses.length && (words < MIN_CLAUSE_WORDS || clauses[clauses.length - 1].filter((t) => !t.stop && !t.num && !FREE.has(t.stem)).length < MIN_CLAUSE_WORDS)) {
        clauses[clauses.length - 1].push(...pt);
      } else clauses.push(pt);
    }
    // The lead clause stands for the sentence only when it says a good part of it (a fragment such
    // as "Before the current offensive" or "Just before midnight, the Supreme Court" says nothing
    // of its own).
    const first = clauses.length > 1 ? this.prop(clauses[0], capStems, idents) : null;
    const lead = first && first.ids.length >= MIN_LEAD_WORDS && first.mass >= LEAD_SHARE * whole.mass ? first : null;
    // A lead clause that gives an amount is a statement of measure of its own, however much the
    // rest of the sentence adds ("There were nearly 190,000 migrant encounters at the southern
    // border in June, …, bringing the total … to more than 1 million"): read for Covered.amounts.
    const measure = fronted(text) ? null : lead ?? (first && first.ids.length >= MIN_LEAD_WORDS && first.amounts.length ? first : null);
    const list: number[] = [];
    const nums: number[] = [];
    const hedged = new Set<number>();
    const keys = new Set<string>();
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (!t.num && !t.stop) keys.add(nameKey(t.norm));
      if (t.num) {
        const v = Number(t.stem);
        if (Number.isFinite(v)) nums.push(v);
        if (hedgedAt(toks, k)) hedged.add(v);
      } else if (!t.stop) {
        const id = this.id(t);
        if (id !== undefined) list.push(id);
      }
    }
    s = { whole, lead, measure, mainAmounts: this.prop(tokenize(mainClause(text)), new Set(), idents).amounts.length > 0, offer: { ids: new Set(list), list: [...new Set(list)], nums, hedged, neg: toks.some(isNegation), keys, said: new Map() } };
    this.shapes[i] = s;
    return s;
  }

  /**
   * How well word `a` is said by word `b`: 1 for one stem, a synonym or a derivation; else the
   * vector cosine from VECTOR_NEAR. A name is said only by itself (vectors put "David" near
   * "Andrew"), and a word never by its antonym (vectors put "rose" near "fell": 0.88).
   */
  private sim(a: number, b: number, name: boolean): number {
    if (a === b) return 1;
    if (name) return 0;
    const c = this.ctx;
    const la = this.lemma(a);
    const lb = this.lemma(b);
    if (this.antonyms[a].includes(lb) || this.antonyms[b].includes(la)) return 0;
    if (shareSynset(c.syn[a], c.syn[b]) || (c.prefix[a] !== 0 && c.prefix[a] === c.prefix[b])) return 1;
    const va = c.vec[a];
    const vb = c.vec[b];
    const cos = va && vb ? dot(va, vb) : 0;
    return cos >= VECTOR_NEAR ? cos : 0;
  }

  /**
   * How well sentence `w` says word `a`: 1 when it has the word, else the best `sim` of its words
   * (a name is said only by itself). Kept per sentence: the same (word, sentence) pair comes back
   * for every window and proposition that holds them.
   */
  private said(a: number, name: boolean, w: Offer): number {
    if (w.ids.has(a)) return 1;
    if (name) return 0;
    let best = w.said.get(a);
    if (best !== undefined) return best;
    best = 0;
    for (const b of w.list) {
      const s = this.sim(a, b, false);
      if (s > best) best = s;
      if (best === 1) break;
    }
    w.said.set(a, best);
    return best;
  }

  /**
   * Share of a proposition's content said by the window. A figure weighs as much as one of its
   * words on average and counts as said when the window gives the same value (another value for
   * the same thing is the caller's clash). A name the window lacks counts as said when the
   * sentences just before the window name it: the window then refers to it by a pronoun or a
   * description ("He pleaded guilty …" after "Paul Hodgkins was sentenced …").
   */
  private cover(p: Prop, window: Offer[], before: Offer[]): number {
    // Precision guard: a negated proposition ("there is no agreed number of casualties") is not
    // said by a window that negates nothing; the opposite case is the caller's polarity clash.
    if (p.neg && !window.some((w) => w.neg)) return 0;
    const perNumber = (NUMBER_WEIGHT * p.mass) / p.ids.length;
    let got = 0;
    for (const v of p.nums) {
      if (window.some((w) => w.nums.some((x) => nearValue(x, v)))) got += perNumber;
    }
    for (let k = 0; k < p.ids.length; k++) {
      const a = p.ids[k];
      let best = 0;
      for (const w of window) {
        const s = this.said(a, p.names[k], w);
        if (s > best) best = s;
        if (best === 1) break;
      }
      // A name is said by another spelling of it (nameKey), in the window or just before it.
      const key = p.keys[k];
      if (best < 1 && p.names[k] && key && window.some((w) => w.keys.has(key))) best = 1;
      if (best < 1 && p.names[k] && (before.some((w) => w.ids.has(a)) || (key && before.some((w) => w.keys.has(key))))) best = 1;
      got += best * this.ctx.idf[a];
    }
    return got / (p.mass + perNumber * p.nums.length);
  }

  /**
   * Coverage of sentence i's propositions by the window of sentences `js` (of one other article);
   * `before`: the sentences of that article just before the window (antecedents of its pronouns).
   */

  covered(i: number, js: number[], before: number[] = []): Covered {
    const s = this.shape(i);
    const window = js.map((j) => this.shape(j).offer);
    const prior = before.map((j) => this.shape(j).offer);
    const whole = this.cover(s.whole, window, prior);
    const lead = s.lead ? this.cover(s.lead, window, prior) : 0;
    // One value: the same figure, or near figures of which one is hedged ("more than 188,000" /
    // "nearly 190,000"); two exact figures apart ("$5 billion" / "$4.5 billion") are two measures.
    const given = (p: Prop): boolean => p.amounts.length > 0 && p.amounts.every((v) => window.some((w) => w.nums.some((x) => x === v || ((p.hedged.has(v) || w.hedged.has(x)) && nearValue(x, v)))));
    const measure = s.measure === s.lead ? lead : s.measure && given(s.measure) ? this.cover(s.measure, window, prior) : 0;
    const amounts = s.mainAmounts ? Math.max(given(s.whole) ? whole : 0, s.measure && given(s.measure) ? measure : 0) : 0;
    return { whole, lead, slight: s.whole.ids.length + s.whole.nums.length < MIN_PROP_WORDS, amounts };
  }

  /**
   * Sentence i's clauses (the pieces `shape` reads: split at CLAUSE_BREAK, a piece of fewer than
   * MIN_CLAUSE_WORDS content words glued to its neighbour), each with its character range in the
   * sentence text (surrounding spaces left out) and the best coverage of its content by any of
   * `windows` (sentences of other articles, with the sentences just before each as antecedents:
   * see `covered`). A clause without content words ("he said") reads as covered. `background`: the
   * clause opens with a subordinating word (SUBORDINATE: "after …", "because …", "as …").
   * `restrictive`: the clause is a relative clause with no comma before it ("Afghans who assisted
   * …", "pick up where … left off"): part of the noun phrase or the clause it follows.
   */
  clauseCover(i: number, windows: Array<{ js: number[]; before: number[] }>): Array<{ start: number; end: number; cover: number; background: boolean; restrictive: boolean }> {
    const text = this.texts[i];
    const toks = tokenize(text);
    const idents = identifiers(text);
    const capStems = new Set(toks.filter((t) => t.cap).map((t) => t.stem));
    const content = (ts: Token[]): number => ts.filter((t) => !t.stop && !t.num && !FREE.has(t.stem)).length;
    const ranges: Array<{ start: number; end: number; toks: Token[] }> = [];
    let from = 0;
    const cuts: Array<[number, number]> = [];
    for (const m of text.matchAll(CLAUSE_BREAK)) {
      cuts.push([from, m.index!]);
      from = m.index! + (m[0].trim() === '' ? 0 : m[0].length);
    }
    cuts.push([from, text.length]);
    for (const [a, b] of cuts) {
      const pt = tokenize(text.slice(a, b));
      const last = ranges[ranges.length - 1];
      if (last && (content(pt) < MIN_CLAUSE_WORDS || content(last.toks) < MIN_CLAUSE_WORDS)) {
        last.toks.push(...pt);
        last.end = b;
      } else ranges.push({ start: a, end: b, toks: pt });
    }
    const offers = windows.map((w) => ({ window: w.js.map((j) => this.shape(j).offer), prior: w.before.map((j) => this.shape(j).offer) }));
    return ranges.map((r) => {
      let start = r.start;
      let end = r.end;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      const p = this.prop(r.toks, capStems, idents);
      let cover = p.ids.length + p.nums.length === 0 ? 1 : 0;
      for (const o of offers) {
        if (cover >= 1) break;
        cover = Math.max(cover, p.ids.length ? this.cover(p, o.window, o.prior) : o.window.some((w) => p.nums.every((v) => w.nums.some((x) => nearValue(x, v)))) ? 1 : 0);
      }
      const clause = text.slice(start, end);
      return { start, end, cover, background: SUBORDINATE.test(clause), restrictive: RELATIVE.test(clause) && !/[,;:—–(-]\s*$/.test(text.slice(0, start)) };
    });
  }

  /** The amounts sentence i gives (see Covered.amounts). */
  amountsOf(i: number): number[] {
    return this.shape(i).whole.amounts;
  }
}
