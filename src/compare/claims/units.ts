/**
 * Units of measure written after a figure, converted to one base unit per dimension (issue #10:
 * "40 km" and "25 miles" are one distance, "40 km" and "60 km" are not). Owns the table of units
 * and the slack two figures written in different units are compared with.
 *
 * A small table rather than a units library: the product is offline and dependency-light, news
 * writes a closed set of everyday units (and their abbreviations, "km", "mph", "sq mi"), and what
 * matters here is reading them where they stand after a figure, which no conversion library does.
 * Units whose sense is ambiguous in news are left out on purpose, so a figure in them keeps its
 * own unit and meets only its like: "pounds" (money as often as weight), "tons" (short, long or
 * metric: 907 to 1,016 kg), a bare "m" or "g" (million, or a letter of a name), "ounces" (fluid or
 * weight), "gallons" (US or imperial).
 */

/** A unit of measure read after a figure: its dimension, what one of it is in the base unit, and the word as written. */
export interface MeasureUnit {
  /** length (metres), area (square metres), mass (kilograms), speed (km/h), volume (litres). */
  dimension: 'length' | 'area' | 'mass' | 'speed' | 'volume';
  factor: number;
  /** The unit as written (lower case), so that two figures of one written unit are told apart from converted ones. */
  word: string;
  /** Characters of the text after the figure the unit takes, with its space or hyphen ("-inch", " km/h"). */
  length: number;
}

const MILE = 1609.344;
const FOOT = 0.3048;
/** Units by their written forms (lower case, plural forms folded in by the pattern below). */
const UNITS: Array<[RegExp, MeasureUnit['dimension'], number]> = [
  // Areas first: "square miles" must not be read as miles.
  [/^(?:square|sq\.?)\s+(?:kilomet(?:er|re)s?|km)$/, 'area', 1e6],
  [/^(?:square|sq\.?)\s+(?:miles?|mi)$/, 'area', MILE * MILE],
  [/^(?:square|sq\.?)\s+(?:met(?:er|re)s?)$/, 'area', 1],
  [/^(?:square|sq\.?)\s+(?:f(?:oo|ee)t|ft)$/, 'area', FOOT * FOOT],
  [/^(?:km2|km²)$/, 'area', 1e6],
  [/^hectares?$/, 'area', 1e4],
  [/^acres?$/, 'area', 4046.8564224],
  // Speeds before lengths: "km/h" must not be read as km.
  [/^(?:km\/h|kph|kmh|kilomet(?:er|re)s?\s+(?:per|an|a)\s+hour)$/, 'speed', 1],
  [/^(?:mph|miles?\s+(?:per|an|a)\s+hour)$/, 'speed', MILE / 1000],
  [/^knots?$/, 'speed', 1.852],
  [/^nautical\s+miles?$/, 'length', 1852],
  [/^(?:kilomet(?:er|re)s?|kms?)$/, 'length', 1000],
  [/^(?:met(?:er|re)s?)$/, 'length', 1],
  [/^(?:centimet(?:er|re)s?|cm)$/, 'length', 0.01],
  [/^(?:millimet(?:er|re)s?|mm)$/, 'length', 0.001],
  [/^(?:miles?|mi)$/, 'length', MILE],
  [/^(?:yards?|yds?)$/, 'length', 0.9144],
  [/^(?:f(?:oo|ee)t|ft)$/, 'length', FOOT],
  [/^(?:inch(?:es)?)$/, 'length', 0.0254],
  [/^(?:kilo(?:gram(?:me)?)?s?|kgs?)$/, 'mass', 1],
  [/^(?:gram(?:me)?s)$/, 'mass', 0.001],
  [/^(?:tonnes|tonne|metric\s+tons?)$/, 'mass', 1000],
  [/^(?:lbs?)$/, 'mass', 0.45359237],
  [/^(?:lit(?:er|re)s?)$/, 'volume', 1],
];

/**
 * The unit written right after a figure (`after`: the text that follows it), joined by a space or
 * a hyphen ("40 km", "40-km", "a 16-inch strip", "25 square miles", "120 km/h"), or null. Reads at
 * most the next four words: constant work.
 */
export function unitAfter(after: string): MeasureUnit | null {
  const m = /^[\s-]?((?:square\s+|sq\.?\s+|nautical\s+|metric\s+)?[a-z²2/]+(?:\s+(?:per|an|a)\s+hour)?)\b/i.exec(after.slice(0, 40));
  if (!m) return null;
  const written = m[1].toLowerCase().replace(/\s+/g, ' ');
  // Try the longest reading first: "miles per hour" before "miles".
  const short = m[0].replace(/\s+(?:per|an|a)\s+hour$/i, '');
  const candidates: Array<[string, number]> = [[written, m[0].length], [written.replace(/\s+(?:per|an|a)\s+hour$/, ''), short.length]];
  for (const [w, length] of candidates) {
    for (const [re, dimension, factor] of UNITS) if (re.test(w)) return { dimension, factor, word: w, length };
  }
  return null;
}

/**
 * The slack two figures of one dimension are compared with, as a share of the larger: none when
 * both are written in one unit (then "40 km" / "42 km" disagree as any two figures do), and
 * CONVERTED_SLACK when one was written in another unit, since an outlet converting a figure
 * rounds the result to whole units of its own ("100 km" → "62 miles" → "60 miles", 3.5% off).
 */
export const CONVERTED_SLACK = 0.05;

/** Whether a claim's unit is one this module converted (`measure:<dimension>`). */
export function convertedUnit(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && /^measure:(?:length|area|mass|speed|volume)$/.test(unit);
}

/** The written unit a converted claim's normalised value ends with ("40 km" → "km"). */
export function writtenUnit(normalized: string): string {
  // (One unit in the singular and the plural, "1 mile" / "3 miles", is one written unit.)
  return normalized.replace(/^\S+\s*/, '').replace(/(?<!inche)s$/, '').replace(/inches$/, 'inch');
}

/**
 * How a converted figure is shown on a card: with its unit as its sentence writes it ("40 km"
 * against "25 miles", "a 16-inch" strip as "16-inch"), since the figure alone would set "40"
 * against "25" for one distance. Other figures are shown as written.
 */
export function shownWithUnit(c: { text: string; unit: string | null; end: number; sentence: { start: number; text: string } }): string {
  if (!convertedUnit(c.unit)) return c.text;
  const after = c.sentence.text.slice(c.end - c.sentence.start, c.end - c.sentence.start + 40);
  const u = unitAfter(after);
  return u === null ? c.text : `${c.text}${after.slice(0, u.length)}`;
}

/**
 * A quake's magnitude: a figure right after "magnitude" ("a magnitude 6.1 earthquake", "measured
 * at magnitude 6.8", "magnitude-6.1"), right before it ("a 6.1-magnitude quake", "a 6.1 magnitude
 * tremor"), or before "on the Richter scale" ("measuring 6.1 on the Richter scale"). A magnitude is
 * a measure of its own with no unit noun after it, so without this it was read as counting the
 * next word ("earthquake struck") or not at all, and two outlets' "6.1" / "6.8" never met
 * (issue #10: magnitudes of a quake, a miss of the unseen readings). Bounded look-around.
 */
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?[\s-]*$/i;
const MAGNITUDE_AFTER = /^(?:[\s-]magnitude\b|\s+on\s+the\s+richter\s+scale\b)/i;
export function magnitudeAt(text: string, start: number, end: number): boolean {
  return MAGNITUDE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || MAGNITUDE_AFTER.test(text.slice(end, end + 30));
}

/** A figure and its unit, then an opening parenthesis (and an approximation), right before a figure. */
const MEASURE_THEN_PAREN = /\d[\d,.]*(?:\s+|-)[\p{L}/.²]+(?:\s+[\p{L}]+)?\s*\(\s*(?:about|some|roughly|around|nearly|almost|approximately|more\s+than)?\s*$/iu;
/**
 * Whether the text before a figure (`before`, up to 40 characters) ends with a measure and an
 * opening parenthesis: "about 15 kilometers (nine miles)", "40 km (25 miles)". The figure is the
 * writer's conversion of the measure before it, not a second measure of the sentence.
 */
export function conversionInParentheses(before: string): boolean {
  return MEASURE_THEN_PAREN.test(before) && unitAfter(before.replace(/^.*?\d[\d,.]*/s, '')) !== null;
}

/**
 * A magnitude named as the yardstick of a comparison ("the strongest since a magnitude 7.0
 * earthquake killed 300 people", "stronger than the 6.8-magnitude quake of 1994", "like the
 * magnitude 7.0 tremor"): the figure measures another, earlier shock a report brings up, not the
 * story's quake, and set against the story's "magnitude 6.1" it made a sure false card naming the
 * reporting outlet the outlier (invented text, session 22 review). The comparison word must open
 * the figure's noun phrase (at most three words between, no clause break): "after a magnitude 6.1
 * quake struck" stays the story's own, since "after" dates the story's aftermath as often.
 */
const COMPARED_BEFORE = /\b(?:since|than|like|unlike|surpassing|exceeding|compared\s+(?:with|to))\s+(?:(?:the|a|an|its|that|this)\s+)?(?:[\p{L}\d.'-]+\s+){0,3}$/iu;
export function comparedMagnitude(text: string, start: number): boolean {
  return COMPARED_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
