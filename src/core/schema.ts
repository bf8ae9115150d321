/**
 * The output contract, defined once. Every JSON document Parallax prints (the `read` result,
 * the story dossier, `extract`, `match`, `cluster`) is described here as a zod schema; the
 * TypeScript types the pipeline passes around are inferred from these schemas, and
 * `parallax schema` exports them as JSON Schema (docs/json-format.md explains the fields).
 *
 * Stand-off annotation: an article's `text` is fixed at ingest; every layer refers to it by
 * `start`/`end`, JavaScript string indices (UTF-16 code units), `end` exclusive.
 */
import { z } from 'zod';

export { FORMAT_VERSION } from './version.js';

/** A half-open character range into one article's cleaned `text`. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

/** A span with the text it covers, for layers whose surface form matters. */
export const TextSpan = Span.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;

/** A span in one article of a set: how compare-stage items cite their evidence. */
export const ArticleSpan = Span.extend({ article: z.string() });
export type ArticleSpan = z.infer<typeof ArticleSpan>;

/** A line (or inline fragment) that cleaning removed from the raw input, with the rule that did it. */
export const Removed = z.object({
  text: z.string(),
  reason: z.string(),
  /** 1-based line number in the raw input (after HTML extraction for HTML input), or null. */
  line: z.number().int().positive().nullable(),
});
export type Removed = z.infer<typeof Removed>;

export const Sentence = Span;
export type Sentence = z.infer<typeof Sentence>;

export const EntityType = z.enum(['person', 'place', 'organization', 'other']);
export type EntityType = z.infer<typeof EntityType>;

/** A named-entity mention. `start`/`end` cover the name only; a title or role before it is `role`. */
export const Mention = TextSpan.extend({
  type: EntityType,
  /** Title or role split from the name ("Syrian President", "Mr."), or null. */
  role: TextSpan.nullable(),
});
export type Mention = z.infer<typeof Mention>;

export const Precision = z.enum(['day', 'week', 'month', 'year', 'decade']);
export type Precision = z.infer<typeof Precision>;

export const TimeKind = z.enum(['date', 'time', 'duration', 'set']);
export type TimeKind = z.infer<typeof TimeKind>;

/** A time expression normalised against the article's publication date. */
export const TimeExpression = TextSpan.extend({
  /** ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY (week: the Monday that starts it, YYYY-MM-DD; decade: the first year, e.g. 2010). Null if it could not be resolved or is not a calendar date (durations, sets, quarters, seasons, fiscal years, "now"). */
  value: z.string().nullable(),
  precision: Precision.nullable(),
  /** True when the value depends on the publication date ("last December", "on Monday") or on another date in the text ("a year earlier"). */
  relative: z.boolean(),
  /** TimeML type: a calendar `date`, a `time` of day, a `duration` ("three years") or a `set` ("every July"). Only dates and times have a `value`. */
  kind: TimeKind,
  /**
   * The TimeML TIMEX3 value (TempEval-3 conventions): dates as above but weeks "2025-W42",
   * weekends "2025-W42-WE", quarters "2025-Q3", halves "2025-H1", seasons "2025-SU", decades
   * "199", centuries "19", times "2025-10-15T22:00" or "2025-10-15TNI", references
   * "PRESENT_REF" / "PAST_REF" / "FUTURE_REF", durations "P3Y" / "PT2H" / "PXY" (X: unspecified),
   * sets "P1Y" / "XXXX-WXX-4". Null if it could not be resolved.
   */
  timex: z.string().nullable(),
  /** What a relative expression was resolved against: the `published` date, an earlier date in the `text` ("a year earlier", "the following week"), or null (absolute). */
  anchor: z.enum(['published', 'text']).nullable(),
  /** Tense of the clause that governs a relative expression ("will", "is set for", "faces … in May" → future; "said", "met" → past); null when it has none, and for absolute expressions (their tense does not change their value). */
  direction: z.enum(['past', 'future']).nullable(),
  /** True for a date that names an event or anniversary ("the Sept. 11 attacks", "the anniversary of …"): not the date of what is reported. */
  event: z.boolean(),
});
export type TimeExpression = z.infer<typeof TimeExpression>;

/**
 * `tally`: a vote or a score, two counts of one event written as one figure ("voted 94-1", "won
 * 3-2", "a 5-4 decision"); its `low` and `high` hold the two counts in the order written (94 and
 * 1), `value` is null.
 */
export const QuantityKind = z.enum(['count', 'range', 'percent', 'money', 'duration', 'ordinal', 'vague', 'tally']);
export type QuantityKind = z.infer<typeof QuantityKind>;

/** A number or quantity: "4,000 to 9,000", "14-year", "tens of thousands", "$5 million". */
export const Quantity = TextSpan.extend({
  kind: QuantityKind,
  /** Point value, or null for ranges and vague amounts. */
  value: z.number().nullable(),
  /** Range bounds (equal to value for a point; order-of-magnitude bounds for vague amounts; a tally's two counts as written). */
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** What is counted or measured, if the text says so right after the number ("civilian deaths", "year", "%"). */
  unit: z.string().nullable(),
});
export type Quantity = z.infer<typeof Quantity>;

/** How a quote's speaker is known; see `Quote.attribution`. */
export const QuoteAttribution = z.enum(['named', 'pronoun', 'described', 'context']);
export type QuoteAttribution = z.infer<typeof QuoteAttribution>;

/** A quotation: `start`/`end` cover the quoted words inside the quote marks. */
export const Quote = TextSpan.extend({
  /** The speaker as written ("Sharaa", "he", "a Syrian official"), or null when the text does not say. */
  speaker: TextSpan.nullable(),
  /** For a pronoun or descriptive speaker: the named person it resolves to in this article, else null. */
  speakerName: z.string().nullable(),
  /**
   * How the text writes the speaker: `name` (a name mention: "Sharaa", "Mr. Putin", "SANA"),
   * `pronoun` ("he", "she"), `description` ("a Syrian official", "the mayor"); null when there
   * is no speaker. Only `name` means the text names the speaker explicitly; `speakerName` of a
   * pronoun or description is the annotator's resolution.
   */
  speakerKind: z.enum(['name', 'pronoun', 'description']).nullable(),
  /**
   * Where the attribution comes from: `named` (a name in the quote's own sentence: "…,” said
   * Putin"), `pronoun` (a pronoun in its own sentence, resolved from the sentences before: "he
   * said"), `described` (a description in its own sentence: "a Syrian official said"), `context`
   * (nothing in its own sentence: the speaker is carried over from the sentence before, "…,” Mr.
   * Mark said. “We are still …”"); null when there is no speaker. Only `named` is an explicit
   * named speaker: comparisons that accuse an outlet of a misattribution need that.
   */
  attribution: QuoteAttribution.nullable(),
  /** The reporting verb ("said", "told"), or null. */
  cue: z.string().nullable(),
  /** True when the quote is a fragment inside a sentence of the reporter's own words. */
  partial: z.boolean(),
  /**
   * When the words were said, where the attribution says it: the date or time expression
   * (one of the article's `times`, same offsets) of the reporting clause ("Lind said on Monday:
   * “…”", "“…,” Lind said Monday", "On Monday, Lind told reporters “…”", a signature line's
   * date). "Today" or "last night" inside the quote are relative to it, not to the publication
   * date. Null when the attribution gives no time. Absent in records written before it existed.
   */
  spokenAt: TextSpan.nullable().optional(),
  /**
   * A scare quote or quoted term, not anyone's speech: marked "so-called", or a fragment of at
   * most three words in the reporter's sentence that nobody is credited with ("the company's
   * “reform”"). Such a quote has no speaker; comparisons and reports do not list it as a
   * quotation. Absent in records written before it existed.
   */
  scare: z.boolean().optional(),
  /**
   * Second-hand attribution: the report, document or person through whom the article has the
   * speaker's words ("“…,” Walker said, according to an AP account" → "an AP account"; "…, reports
   * USA Today"; "According to pool reports, Obama said …"), else null. The speaker stays the one
   * who said the words. Absent in records written before it existed.
   */
  via: TextSpan.nullable().optional(),
});
export type Quote = z.infer<typeof Quote>;

/** An article after ingest: metadata plus the cleaned text every layer points into. */
export const Article = z.object({
  id: z.string(),
  /** Where it came from: a path, "-" for standard input, or "path:line" for a JSON Lines record. */
  file: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  /** ISO 8601 date (YYYY-MM-DD) or date-time; null when the source does not say. */
  published: z.string().nullable(),
  authors: z.array(z.string()),
  agencies: z.array(z.string()),
  photoCredits: z.array(z.string()),
  language: z.string().nullable(),
  text: z.string(),
  removed: z.array(Removed),
  /** Present (true) when the record had no body: `text` is its headline (a feed item, a headline archive). */
  headlineOnly: z.literal(true).optional(),
});
export type Article = z.infer<typeof Article>;

/** The per-article annotation layers (the `read` command's output, per article). */
export const Annotations = z.object({
  sentences: z.array(Sentence),
  mentions: z.array(Mention),
  times: z.array(TimeExpression),
  quantities: z.array(Quantity),
  quotes: z.array(Quote),
  /**
   * Non-prose spans inside the body (annotate/prose.ts): a rubric label opening a paragraph
   * ("Driving the news:", "Why it matters:"), a line that is only a dateline or section label
   * ("AUSTRALIA"), or a wire budget entry (`slug`: "HARBOUR-CRANE (Undated) _ …", the whole
   * paragraph). Sentences exclude them. Present only when the article has any; absent in
   * records written before it existed.
   */
  nonProse: z.array(Span.extend({ kind: z.enum(['rubric', 'dateline', 'slug']) })).optional(),
});
export type Annotations = z.infer<typeof Annotations>;

export const AnnotatedArticle = Article.extend(Annotations.shape);
export type AnnotatedArticle = z.infer<typeof AnnotatedArticle>;

/** One failed input: reported, never fatal for the other inputs. */
export const InputError = z.object({ input: z.string(), reason: z.string() });
export type InputError = z.infer<typeof InputError>;

/** `parallax read --format json`. */
export const ReadResult = z.object({
  version: z.string(),
  articles: z.array(AnnotatedArticle),
  errors: z.array(InputError),
});
export type ReadResult = z.infer<typeof ReadResult>;

/** `parallax extract --format json`: one record per HTML page. */
export const Extracted = z.object({
  file: z.string(),
  title: z.string().nullable(),
  text: z.string(),
  published: z.string().nullable(),
  authors: z.array(z.string()),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
});
export type Extracted = z.infer<typeof Extracted>;

/** `parallax match --format json`: one verdict per input pair, in input order. */
export const MatchVerdict = z.object({
  id: z.union([z.string(), z.number()]),
  /** score >= the matcher's threshold. */
  same: z.boolean(),
  /** Probability-like score in [0, 1] that the two sentences report the same thing. */
  score: z.number().min(0).max(1),
});
export type MatchVerdict = z.infer<typeof MatchVerdict>;
