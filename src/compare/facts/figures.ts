/**
 * The values two sentences of one fact give, compared as a fact-checker compares them before
 * citing both outlets for one figure (the one-claim gate, one-claim.ts).
 *
 * The alignment's clash test (facts.ts clashOf) is lenient by design: it decides what merges and
 * what the conflicts stage may compare, and it takes a hedged figure within a tenth of another
 * for the same value ("about 40" / "43"). A consensus fact cites every sentence as stating the
 * shown one's figure, which asks more: read on unseen DUC 2006 and dev DUC 2003 stories, "kills up
 * to 3 million" cited to a report of "up to 2.7 million" (both upper bounds, a tenth apart) and
 * "killed more than 250" cited to "248 people … were killed" (a lower bound the other figure is
 * below) were consensus facts whose second outlet does not say the fact.
 *
 * Here each figure is read with its kind — exact, a lower bound ("more than", "over", "at least"),
 * an upper bound ("up to", "nearly", "almost", "under", "fewer than") or an approximation
 * ("about", "some", "roughly") — and two figures counting the same thing (a shared content word
 * after the figure or the noun before it, scale words such as "million" left out) are one value
 * when:
 *   - equal;
 *   - both exact, or bounds of one direction: within the rounding of the rounder one (its last
 *     written digit, or one unit of a scale word: "3 million" rounds to a million) and no more
 *     than ROUNDING apart — a reporter rounds to two significant figures at most ("3,040" →
 *     "3,000"); "2.7 million" written as "3 million" is a tenth away, another figure;
 *   - a bound and an exact figure: the exact one on the bound's side, within VALUE_TOLERANCE
 *     ("more than 40" / "43"; never "more than 250" / "248"), and after "nearly" or "almost"
 *     within one step of the bound's last written digit ("almost $139 million" / "$138 million",
 *     not "$128 million": hedgesMeet);
 *   - a lower and an upper bound: the lower not above the upper, within VALUE_TOLERANCE ("more
 *     than 188,000" / "nearly 190,000");
 *   - either an approximation: within VALUE_TOLERANCE (as facts.ts clashOf).
 * Two sentences differ in value when one gives a figure for something the other counts too and
 * none of the other's figures for it is the same value, as facts.ts clashOf (a sentence that also
 * gives the other's value — a range, a revision — does not differ). Years and clock times are
 * dates (the years' and weekdays' tests of the gate), not values.
 *
 * Count lists ("two rifles and a shotgun"): an indefinite article coordinated with a counted noun
 * counts one, and two sentences that both list counts differ when they give a noun of both lists
 * other values (countsDiffer: "two rifles and a shotgun" / "two shotguns and a rifle" were one
 * consensus fact, since "two" counted both nouns by its unit words and "a shotgun" was no figure).
 * Written counts coordinated with each other ("two shotguns and one rifle") are a count list too,
 * and so is a list that opens the sentence ("An officer and two civilians were hurt").
 */
import { tokenize, type Token } from '../words/text.js';
import { HEDGES } from '../match/entail.js';

export type Kind = 'exact' | 'lower' | 'upper' | 'approx';

export interface Figure {
  value: number;
  /** The step the written figure is rounded to, in the value's units (0: written exactly). */
  grain: number;
  kind: Kind;
  /** Content stems naming what the figure counts (scale words left out). */
  unit: Set<string>;
  /** The unit of measure right after the figure, if it is one (MEASURES: "years", "miles"). */
  measure: string | null;
  /** The noun the figure counts when it stands right after it ("two rifles": rifl), else null. */
  head: string | null;
  /**
   * A member of a count list: a figure coordinated with an indefinite article's noun, or that
   * noun counted as one ("two rifles and a shotgun": both).
   */
  listed?: boolean;
  /** Counted by an indefinite article in a list (coordinatedOnes): compared by countsDiffer only. */
  byArticle?: boolean;
  /** Hedged by "nearly", "almost", "just under": just below the figure (nearHedgeAt, hedgesMeet). */
  near?: boolean;
  /** The step of its last written digit (digitStep). */
  step?: number;
}

// A figure is about what its next content words name ("30 people dead") and the noun it follows
// ("a toll of 30"): as facts.ts claimShape (UNIT_WORDS, SLOT_REACH).
const UNIT_WORDS = 2;
// Fraction words between a figure and its unit of measure ("22 and a half years").
const FRACTION_WORDS = new Set(['half', 'quarter', 'third']);
// A figure with a fraction written after it.
const FRACTION = /\d\s+\d\/\d/;
const BEFORE_REACH = 3;
// Scale words say how big the figure is, not what it counts ("3 million people" / "2.7 million
// deaths" share "million" and nothing they count).
// "percent" says how the figure is expressed too: "5.9%" (an estimate) and "3.8%" (a rate of
// another year) share it and nothing they measure.
const SCALE = new Set(['hundr', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'm', 'bn', 'percent', 'per', 'cent']);
// Units of measure (stems): two figures in different ones are not compared (figuresDiffer).
const MEASURES = new Set(['second', 'minut', 'hour', 'dai', 'week', 'month', 'year', 'decad', 'centuri', 'mile', 'kilomet', 'meter', 'metr', 'foot', 'feet', 'inch', 'yard', 'acr', 'hectar', 'pound', 'kilogram', 'kilo', 'ton', 'tonn', 'ounc', 'gallon', 'liter', 'litr', 'barrel', 'degre']);
// Two hedged figures, or a bound and an exact figure, within this share of the larger are one
// value: facts.ts VALUE_TOLERANCE ("more than 40" and "43" injured may be one report).
const VALUE_TOLERANCE = 0.1;
// Two exact figures (or bounds of one direction) within their rounding are one value only this
// close: rounding to two significant figures moves a value by at most 5%.
const ROUNDING = 0.05;

// Hedges read from the one or two words before the figure (the tokenizer drops "$" and puts a
// currency word between a hedge and its figure: skipped).
const CURRENCY = new Set(['dollar', 'euro', 'pound', 'yen', 'dlrs', 'usd']);
const LOWER_ONE = new Set(['over', 'above', 'exceeding', 'upwards']);
const UPPER_ONE = new Set(['nearly', 'almost', 'under', 'below', 'nigh']);
const APPROX_ONE = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'estimated', 'circa', 'approx']);

/**
 * The direction of the hedge before the figure at toks[i]: 'lower' for a bound from below ("more
 * than", "over", "at least"), 'upper' for one from above ("nearly", "almost", "up to", "under",
 * "fewer than"), 'approx' for both ways ("about", "roughly", "some"), 'exact' for none. A currency
 * word the tokenizer writes for "$" / "US$" / "€" stands between a hedge and its figure ("almost
 * $139 million": almost, dollar, 139000000) and is read past (issue #10: read as exact, "almost
 * $139 million" clashed with "$138 million" and kept one event's ledes apart).
 */
function kindBefore(toks: Token[], i: number): Kind {
  const j = hedgeWordAt(toks, i);
  if (j < 0) return 'exact';
  const w = toks[j].norm;
  const w2 = j > 0 ? toks[j - 1].norm : '';
  if (LOWER_ONE.has(w)) return 'lower';
  if (UPPER_ONE.has(w)) return 'upper';
  if (APPROX_ONE.has(w)) return 'approx';
  // "more than", "at least" / "fewer than", "less than", "up to", "as many as", "close to".
  if (w === 'than') return w2 === 'more' || w2 === 'greater' ? 'lower' : w2 === 'fewer' || w2 === 'less' ? 'upper' : 'approx';
  if (w === 'least') return 'lower';
  if (w === 'most') return 'upper';
  if (w === 'to') return w2 === 'up' ? 'upper' : w2 === 'close' ? 'approx' : 'exact';
  if (w === 'as' && (w2 === 'many' || w2 === 'much' || w2 === 'high')) return 'upper';
  return 'exact';
}

/**
 * A figure's hedge for the alignment's clash test (facts.ts clashOf), which reads the words of
 * entail.ts HEDGES before a figure as hedging it: their direction where kindBefore reads one, and
 * 'approx' for the rest ("fell to 30", which that test has always taken as near "32"), so that
 * only the direction is new there.
 */
export function hedgeAt(toks: Token[], i: number): Kind {
  const k = kindBefore(toks, i);
  if (k !== 'exact') return k;
  const j = hedgeWordAt(toks, i);
  return j >= 0 && HEDGES.has(toks[j].norm) ? 'approx' : 'exact';
}

/** The index of the word before the figure at toks[i], currency words skipped (-1 at the start). */
export function hedgeWordAt(toks: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && CURRENCY.has(toks[j].norm)) j--;
  return j;
}

/** Number words that multiply the number before them ("two hundred", "three dozen"). */
const MULTIPLIERS = new Set(['hundred', 'dozen']);

/**
 * Whether a number token is a year: four digits as written ("1998"), from 1800 to 2100. A count
 * with a thousands comma ("2,000 people") or in words is a count, not a year, though its value
 * lies in the years' range (it was dropped as one, so "2,000" / "1,400 people" never split).
 */
export function isYearFigure(t: Token): boolean {
  if (!/^\d{4}$/.test(t.norm)) return false;
  const v = Number(t.norm);
  return v >= 1800 && v <= 2100;
}

/** Decimal places of a written figure, or its rounding step in the scale word's units. */
function grainOf(written: string, value: number): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(written);
  if (!m) return 0;
  const shown = Number((m[1] + (m[2] ? `.${m[2]}` : '')).replace(/,/g, ''));
  // The value is scaled (tokenizer: "3 million" → 3000000): the written figure counts units of
  // value / shown.
  const scale = shown > 0 ? value / shown : 1;
  if (m[2]) return 10 ** -m[2].length * scale;
  if (scale > 1) return scale;
  const zeros = /0*$/.exec(m[1].replace(/,/g, ''))![0].length;
  return zeros >= 2 ? 10 ** zeros : 0;
}

/** The figures of a sentence with their kind, rounding and what they count. */
export function figuresOf(text: string): Figure[] {
  const toks = tokenize(text);
  const out: Figure[] = [];
  // Each figure by the index of its number token (coordinatedOnes marks the counts of a list).
  const at = new Map<number, Figure>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.num) continue;
    // "22 1/2 years": one written figure (facts.ts claimShape).
    if (i > 0 && toks[i - 1].num) continue;
    // "two hundred", "three dozen": the tokenizer reads the multiplier as a number of its own
    // (only thousand/million/… scale the number before them), so "two hundred people" was 2, not
    // 200, and split from "200 people".
    const times = i + 1 < toks.length && toks[i + 1].num && MULTIPLIERS.has(toks[i + 1].norm) ? Number(toks[i + 1].stem) : 1;
    const value = Number(t.stem) * times;
    if (!Number.isFinite(value) || isYearFigure(t) || t.norm.includes(':')) continue;
    const unit = new Set<string>();
    let measure: string | null = null;
    // The fraction of one written figure ("3 1/2 years": tokens 3, 1, 2) is skipped; a further
    // figure ends the unit. The multiplier of a number word is part of its figure.
    const k0 = times !== 1 ? i + 2 : i + 2 < toks.length && toks[i + 1].num && toks[i + 2].num && FRACTION.test(text) ? i + 3 : i + 1;
    for (let k = k0, n = 0; k < toks.length && n < UNIT_WORDS; k++) {
      if (toks[k].num) break;
      if (toks[k].stop || SCALE.has(toks[k].stem) || SCALE.has(toks[k].norm)) continue;
      // A unit of measure as the figure's first word is what it measures ("3 years", "22 and a
      // half years"); further on it dates or rates the figure ("rose by 2,000 last week", "3
      // million people a year") and counts nothing — two figures of one week are not two values
      // of one thing — but still ends the figure's words.
      if (MEASURES.has(toks[k].stem)) {
        if (n === 0 || (n === 1 && FRACTION_WORDS.has(toks[k - 1].norm))) measure = toks[k].stem;
        else {
          n++;
          continue;
        }
      }
      unit.add(toks[k].stem);
      n++;
    }
    for (let k = i - 1, n = 0; k >= 0 && n < BEFORE_REACH; k--, n++) {
      if (toks[k].cap || toks[k].num) break;
      if (!toks[k].stop && !CURRENCY.has(toks[k].norm)) {
        unit.add(toks[k].stem);
        break;
      }
    }
    const next = toks[k0];
    const head = next && !next.num && !next.stop && !next.cap && !measure && !SCALE.has(next.stem) && !SCALE.has(next.norm) ? next.stem : null;
    const fig: Figure = { value, grain: grainOf(t.norm, value), kind: kindBefore(toks, i), unit, measure, head, near: nearHedgeAt(toks, i), step: times !== 1 ? 0 : digitStep(t.norm, value) };
    at.set(i, fig);
    out.push(fig);
  }
  out.push(...coordinatedOnes(toks, at));
  return out;
}

const COORDINATORS = new Set(['and', 'or']);
const INDEFINITE = new Set(['a', 'an']);

/**
 * The things an indefinite article counts as one in a coordination with a counted noun: "two
 * rifles and a shotgun", "a shotgun and two rifles" (the shotgun: one). Read so that "two rifles
 * and a shotgun" / "two shotguns and a rifle" are two inventories, not one: each sentence counts
 * both nouns, with other values. Only the noun right after the article, and only next to a figure
 * counting a noun right after it (a count list), not any "a" in a sentence.
 */
function coordinatedOnes(toks: Token[], at: Map<number, Figure>): Figure[] {
  const out: Figure[] = [];
  const plain = (k: number): boolean => k >= 0 && k < toks.length && !toks[k].num && !toks[k].stop && !toks[k].cap;
  const one = (noun: string): Figure => ({ value: 1, grain: 0, kind: 'exact', unit: new Set([noun]), measure: null, head: noun, listed: true, byArticle: true });
  const list = (k: number): boolean => {
    const f = at.get(k);
    if (!f || f.head === null) return false;
    f.listed = true;
    return true;
  };
  // From the first token: a list may open the sentence ("An officer and two civilians were hurt").
  for (let i = 0; i + 1 < toks.length; i++) {
    // "two shotguns and one rifle": a written count coordinated with another makes a list too.
    if (COORDINATORS.has(toks[i].norm) && i >= 2 && plain(i - 1) && toks[i - 2].num && at.get(i - 2)?.head && at.get(i + 1)?.head && plain(i + 2)) {
      list(i - 2);
      list(i + 1);
      continue;
    }
    if (!INDEFINITE.has(toks[i].norm) || !plain(i + 1)) continue;
    // "NUM noun and a noun"
    if (i >= 3 && COORDINATORS.has(toks[i - 1].norm) && plain(i - 2) && toks[i - 3].num && list(i - 3)) out.push(one(toks[i + 1].stem));
    // "a noun and NUM noun"
    else if (i + 3 < toks.length && COORDINATORS.has(toks[i + 2].norm) && toks[i + 3].num && plain(i + 4) && list(i + 3)) out.push(one(toks[i + 1].stem));
  }
  return out;
}

/**
 * Two count lists of one inventory that give a noun counted in both other values ("two rifles
 * and a shotgun" / "two shotguns and a rifle"): a listed count of a noun in one sentence that no
 * listed count of that noun in the other matches, and the other's unmatched too. Only the counts
 * of a list (coordinatedOnes) are compared, and only when both sentences have one: other counts of
 * one noun may count other people ("two students … shot 12 students"), and figuresDiffer compares
 * them by their unit words.
 */
function countsDiffer(a: Figure[], b: Figure[]): boolean {
  const la = a.filter((f) => f.listed);
  const lb = b.filter((f) => f.listed);
  if (!la.length || !lb.length) return false;
  const unmatched = (xs: Figure[], ys: Figure[]): Figure[] =>
    xs.filter((f) => ys.some((g) => g.head === f.head) && !ys.some((g) => g.head === f.head && sameValue(f, g)));
  const ub = unmatched(lb, la);
  return unmatched(la, lb).some((f) => ub.some((g) => g.head === f.head));
}

/**
 * The step of a written figure's last significant digit, in the value's units: "139" (scaled to
 * 139 million) → a million, "190,000" → 10,000, "30" → 10, "2.7" → 0.1 (scaled); 0 when no digit
 * is written ("twelve"). Unlike the rounding grain (grainOf), a figure ending in one zero or none
 * has a step too: it is how near a "nearly" or "almost" may read (hedgesMeet).
 */
export function digitStep(written: string, value: number): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(written);
  if (!m) return 0;
  const shown = Number((m[1] + (m[2] ? `.${m[2]}` : '')).replace(/,/g, ''));
  const scale = shown > 0 ? Math.abs(value) / shown : 1;
  if (m[2]) return 10 ** -m[2].length * scale;
  if (shown === 0) return 0;
  return 10 ** /0*$/.exec(m[1].replace(/,/g, ''))![0].length * scale;
}

/** Whether two figures (of one thing) are one value, as the module header says. */
export function sameValue(f: Figure, g: Figure): boolean {
  if (f.value === g.value) return true;
  if (f.kind === g.kind && f.kind !== 'approx') {
    const gap = Math.abs(f.value - g.value);
    return gap <= Math.max(f.grain, g.grain) / 2 && gap <= ROUNDING * Math.max(Math.abs(f.value), Math.abs(g.value));
  }
  return hedgesMeet(f, g);
}

/** A figure as hedgesMeet reads it: its value, its hedge's direction, whether the hedge says "near" (nearHedgeAt), its digitStep. */
export interface HedgedValue {
  value: number;
  kind: Kind;
  near?: boolean;
  step?: number;
}

/**
 * Whether two figures, at least one hedged, may be one value by their hedges' directions: no more
 * than VALUE_TOLERANCE apart, and
 *   - either an approximation ("about 40" / "43"): that is enough (it reaches both ways);
 *   - a bound and an exact figure: the exact one on the bound's side ("almost $139 million" /
 *     "$138 million", "more than 40" / "43"; never "more than 250" / "248", "nearly 300" / "310");
 *   - a lower and an upper bound: the lower not above the upper ("more than 188,000" / "nearly
 *     190,000");
 *   - two bounds of one direction ("more than 40" / "more than 43"): both may hold.
 * The figures' ranges meet, and neither is far from the other: a bound is written just past the
 * figure the outlet has, so "at least 21" is no report of 12 though both may hold.
 * "Nearly" and "almost" say more of an exact figure: it is just below theirs, within one step of its last
 * written digit (a writer who had $128 million would not write "almost $139 million", but "almost
 * $130 million"; "nearly 300" may stand for 280), widened by half the other figure's step for its
 * own rounding ("$138 million" may be 138.4): "almost $139 million" meets "$138 million", not
 * "$128 million" though a tenth would take it.
 */
export function hedgesMeet(f: HedgedValue, g: HedgedValue): boolean {
  const gap = Math.abs(f.value - g.value);
  if (gap > VALUE_TOLERANCE * Math.max(Math.abs(f.value), Math.abs(g.value))) return false;
  if (f.kind === 'approx' || g.kind === 'approx' || f.kind === g.kind) return true;
  const nearEnough = (b: HedgedValue, o: HedgedValue): boolean => !b.near || !b.step || gap <= b.step + (o.step ?? 0) / 2;
  const [b, o] = f.kind === 'exact' ? [g, f] : [f, g];
  // A bound and an exact figure: the exact one on the bound's side.
  if (o.kind === 'exact') return (b.kind === 'lower' ? o.value >= b.value : o.value <= b.value) && nearEnough(b, o);
  // A lower and an upper bound: the lower is open above, so it meets "nearly X" however near
  // "nearly" reads once it is not above X ("more than 212,000" / "nearly 215,000").
  const [lo, hi] = f.kind === 'lower' ? [f, g] : [g, f];
  return lo.value <= hi.value;
}

/**
 * Whether the hedge before the figure at toks[i] says the value is near it, just below: "nearly",
 * "almost", "nigh", "just under" (currency words read past). "Under", "up to", "fewer than" bound
 * without saying how near.
 */
export function nearHedgeAt(toks: Token[], i: number): boolean {
  const j = hedgeWordAt(toks, i);
  if (j < 0) return false;
  const w = toks[j].norm;
  return NEAR_ONE.has(w) || (w === 'under' && j > 0 && toks[j - 1].norm === 'just');
}
const NEAR_ONE = new Set(['nearly', 'almost', 'nigh']);

const shareUnit = (x: Set<string>, y: Set<string>): boolean => {
  for (const u of x) if (y.has(u)) return true;
  return false;
};
// A figure whose unit is not said (nothing counted after it, a figure before it: "revised down by
// 1,000 to 405,000") may count what the other's counts: it answers it (facts.ts clashOf).
const mayShare = (x: Set<string>, y: Set<string>): boolean => x.size === 0 || y.size === 0 || shareUnit(x, y);

/**
 * Two sentences giving different values for one thing: a figure of one for something the other
 * counts too, with no figure of the other for it that is the same value (either way round).
 */
export function figuresDiffer(all: Figure[], other: Figure[]): boolean {
  if (!all.length || !other.length) return false;
  if (countsDiffer(all, other)) return true;
  // An indefinite article's one is a count of a list only: elsewhere "a teacher" is no figure.
  const a = all.filter((f) => !f.byArticle);
  const b = other.filter((f) => !f.byArticle);
  if (!a.length || !b.length) return false;
  const gives = (fs: Figure[], f: Figure): boolean => fs.some((g) => mayShare(f.unit, g.unit) && sameValue(f, g));
  for (const fa of a) {
    if (gives(b, fa)) continue;
    for (const fb of b) {
      if (gives(a, fb)) continue;
      // Figures in different units of measure ("22 1/2 years" / "a 270-month sentence") are not
      // compared: the conversion is not read.
      if (fa.measure && fb.measure && fa.measure !== fb.measure) continue;
      if (shareUnit(fa.unit, fb.unit)) return true;
    }
  }
  return false;
}

/**
 * A score or a tally: two whole numbers of one to three digits joined by a hyphen or dash, the
 * first not the smaller ("a 31-24 win", "voted 252-175", "a 5-4 ruling", "won 2-1"). English
 * writes a result winner first, and a range low to high ("20-30 people", "ages 18-24"), so a pair
 * that does not ascend is a result, not a range. figuresOf reads only the first number of such a
 * pair, with no unit ("a 31-24 win" is 31), so figuresDiffer never compared two results. Not a
 * pair inside a longer number or a year ("1997-98": a season, its first number of four digits;
 * "02107-2378": a postal code), nor a leading zero other than a lone 0 ("0-2" is a score); nor
 * a standing (see talliesOf).
 */
const TALLY = /(?<![\d.,:$€£/-])(0|[1-9]\d{0,2})\s?[-–—]\s?(0|[1-9]\d{0,2})(?![\d:%/-]|[.,]\d|\s?(?:percent|per cent))/g;

/** The scores and tallies a sentence gives ("31-24"), as "larger-smaller". */
export function talliesOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TALLY)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < b) continue;
    // A standing, not a result: a team's record in parentheses after its name ("the Colts
    // (11-4)") or the record a result brings it to ("improved to 12-4", "fell to 5-10"). A
    // record and a game's score are two kinds of pair, so one must not answer the other.
    const before = text.slice(Math.max(0, m.index! - 4), m.index);
    if (/\(\s*$/.test(before) || /\bto\s$/i.test(before)) continue;
    out.push(`${a}-${b}`);
  }
  return out;
}

/**
 * Two sentences that each give a result and share none: two games, two votes, two rulings ("the
 * Colts held on to their 20-13 lead, … securing a spot in the playoffs" / "… securing that spot
 * with a 31-24 win over the Jaguars": two seasons' clinching games). One result has one score,
 * however the outlets tell it; either sentence giving none is no evidence.
 */
export function talliesDiffer(a: string, b: string): boolean {
  const ta = talliesOf(a);
  if (!ta.length) return false;
  const tb = new Set(talliesOf(b));
  return tb.size > 0 && !ta.some((t) => tb.has(t));
}
