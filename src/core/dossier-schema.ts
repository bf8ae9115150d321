/**
 * The story dossier contract (`parallax analyze --format json`, `parallax story`, the web API).
 * Field names follow the published contract; new fields may be added, existing ones are never
 * renamed. Every compare-stage item cites its evidence as { article, start, end } spans into the
 * `text` of the article it names.
 */
import { z } from 'zod';
import { Article, ArticleSpan, EntityType, Precision, QuoteAttribution } from './schema.js';

/** An article as the dossier shows it: the ingest Article without per-article extras. */
export const DossierArticle = Article.pick({
  id: true, file: true, outlet: true, url: true, title: true, published: true,
  authors: true, agencies: true, text: true, removed: true,
});
export type DossierArticle = z.infer<typeof DossierArticle>;

/** One spelling of an entity and the articles that use it. */
export const Alias = z.object({
  text: z.string(),
  articles: z.array(z.string()),
  /** The outlets of those articles (the article id when its outlet is unknown), in article order. */
  outlets: z.array(z.string()),
  /**
   * True when this form spells a word of the canonical name differently (Youssef/Yusuf,
   * Khmeimim/Hmeimim); false for the canonical name itself and for shorter, fuller or informal
   * forms of it (surname only, with a title or middle initial, a nickname: Joe for Joseph).
   */
  variant: z.boolean(),
});
export type Alias = z.infer<typeof Alias>;

export const Entity = z.object({
  id: z.string(),
  /** Canonical name: the most complete form the sources share. */
  name: z.string(),
  type: EntityType,
  aliases: z.array(Alias),
  mentions: z.array(ArticleSpan),
  /** Articles that mention the entity, in article order. */
  articles: z.array(z.string()),
});
export type Entity = z.infer<typeof Entity>;

export const DossierQuote = z.object({
  id: z.string(),
  /** Quotes with the same group are versions of one statement across outlets. */
  group: z.string(),
  /** Entity id of the speaker, or null when no source names one. */
  speaker: z.string().nullable(),
  text: z.string(),
  article: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The speaker as the article writes it ("he", "Mr. al-Sharaa"), or null. */
  speakerText: z.string().nullable(),
  /**
   * How the article gives the speaker (the annotator's `Quote.attribution`): `named` in the
   * quote's own sentence, by `pronoun`, `described`, or carried over from `context`; null when
   * none. Only `named` is an outlet's own explicit attribution.
   */
  attribution: QuoteAttribution.nullable(),
  /** True when the quote is a fragment inside the reporter's own sentence. */
  partial: z.boolean(),
  /**
   * Entity id of the outer source of a nested attribution (the annotator's `Quote.via`: "“…,”
   * Marr said, according to Brekke"; "Brekke said that Marr called the plan “…”"): the person or
   * organization through whom the article has the speaker's words. Absent when there is none or
   * it names no entity of the story.
   */
  via: z.string().optional(),
});
export type DossierQuote = z.infer<typeof DossierQuote>;

/** One step of a word-level difference between two versions of a quote. */
export const DiffOp = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export type DiffOp = z.infer<typeof DiffOp>;

/** The versions of one statement across outlets, compared word by word with a reference version. */
export const QuoteGroup = z.object({
  id: z.string(),
  /** The speaker most versions name (entity id), or null. */
  speaker: z.string().nullable(),
  /** Every distinct speaker the versions name (entity ids; null = unnamed), in order of first appearance. */
  speakers: z.array(z.string().nullable()),
  /** True when outlets attribute the statement to different named speakers. */
  speakerDisagreement: z.boolean(),
  quotes: z.array(z.string()),
  articles: z.array(z.string()),
  /**
   * How many independent sources carry the statement: copies of one report (an agency's text
   * run by several outlets), one outlet's articles, and outlets relaying what another
   * organisation reported ("told Reuters") count once (src/compare/facts/sources.ts). Absent in
   * dossiers written before this field.
   */
  sources: z.number().int().optional(),
  /** The quote id the others are compared with: the longest version. */
  reference: z.string(),
  /** Per non-reference version: delete = words of the reference it lacks, insert = words it adds. */
  diffs: z.array(z.object({ quote: z.string(), identical: z.boolean(), ops: z.array(DiffOp) })),
});
export type QuoteGroup = z.infer<typeof QuoteGroup>;

export const Fact = z.object({
  id: z.string(),
  /** The fact as worded in its most representative source sentence (verbatim, never composed). */
  text: z.string(),
  support: z.array(z.string()),
  sentences: z.array(ArticleSpan),
  /** The article and span `text` is taken from. */
  source: ArticleSpan,
  /**
   * How many independent sources back the fact: each supporting article is its own source
   * unless its sentence credits another organisation ("Reuters reported", "according to the
   * Times") or the article is a wire agency's copy, when it counts as that organisation; an
   * outlet relaying a credited organisation and that organisation count as one voice (two
   * copies of one agency's story, one crediting another agency, are one source). Absent in
   * dossiers written before this field.
   */
  sources: z.number().int().optional(),
  /** Supporting sentences that report the fact on another organisation's word, and whose. */
  credits: z.array(z.object({ article: z.string(), source: z.string(), sentence: ArticleSpan })).optional(),
  /**
   * Parts of the shown sentence (`source`: same article, spans inside it) that no other
   * supporting article reports: clauses its outlet adds to what the articles share ("X did A,
   * adding B" where the others tell only A). The rest of `text` is the shared core. Absent when
   * every clause is reported elsewhere, when the fact has one article, and in dossiers written
   * before this field.
   */
  own: z.array(ArticleSpan).optional(),
});
export type Fact = z.infer<typeof Fact>;

export const Claim = z.object({
  /** The value as written in the sources ("December 2014"). */
  value: z.string(),
  /** The normalised value compared ("2014-12"). */
  normalized: z.string(),
  articles: z.array(z.string()),
  spans: z.array(ArticleSpan),
});
export type Claim = z.infer<typeof Claim>;

/** 'polarity': one report asserts an act of a participant that another denies, or tells its other outcome (conflicts/polarity.ts). */
export const ConflictKind = z.enum(['date', 'time', 'number', 'quantity', 'place', 'name', 'speaker', 'polarity']);
export type ConflictKind = z.infer<typeof ConflictKind>;

export const Conflict = z.object({
  id: z.string(),
  kind: ConflictKind,
  /** What the claims are about, in words from the sources ("the fall of Assad"). */
  about: z.string(),
  claims: z.array(Claim),
  /** The article(s) that stand alone against several others, when there is such a side. */
  outliers: z.array(z.string()),
  /** The facts (ids) whose sentences carry the claims, when the claims sit in aligned facts. */
  facts: z.array(z.string()),
  /**
   * "high": two claims in one aligned fact, stated as fact, whose values cannot both hold; the
   * reports show these as conflicts. "possible": weaker evidence that they are one claim (only
   * similar context), or a hedged value (about, more than, expected to): listed apart.
   */
  confidence: z.enum(['high', 'possible']),
  /** Why the claims are taken to be about the same thing, in plain words. */
  why: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;

/** One value of a figure that changed between reports, with when it was reported. */
export const UpdateValue = Claim.extend({
  /** The earliest publication date or time of the articles giving this value (as they give it). */
  published: z.string(),
});
export type UpdateValue = z.infer<typeof UpdateValue>;

/**
 * A figure that differs between reports published at different times and moves one way (a toll
 * rising from the morning to the evening report), or that one outlet revised in its reports of
 * later days: an update, not a contradiction.
 */
export const Update = z.object({
  id: z.string(),
  /**
   * 'date': a plan's date that a later report moved (a schedule changed). 'finding': a finding
   * reported negated ("no drugs were found") and, later, found (conflicts/findings.ts). 'status':
   * an act reported not done and done in a later report ("not yet charged" / "charged"), or an
   * outcome that followed another (survived, then died: conflicts/polarity.ts).
   */
  kind: z.enum(['number', 'quantity', 'date', 'finding', 'status']),
  about: z.string(),
  /** The values in the order they were reported (earliest first). */
  values: z.array(UpdateValue),
  facts: z.array(z.string()),
});
export type Update = z.infer<typeof Update>;

/** What was compared: the basis for "no contradiction found" (never "the sources agree"). */
export const Checked = z.object({
  /** Facts reported by two or more articles. */
  facts: z.number().int(),
  /** Dates and figures that were compared with the same claim in another article. */
  values: z.number().int(),
  /** Statements quoted by two or more articles (their speakers compared). */
  quotes: z.number().int(),
});
export type Checked = z.infer<typeof Checked>;

export const TimelineEvent = z.object({
  date: z.string(),
  precision: Precision,
  /**
   * A verbatim source sentence reporting the event; when that sentence is already the text of
   * another entry (it dates two events: one sentence, one entry), the verbatim clause of it
   * that holds this date.
   */
  text: z.string(),
  support: z.array(z.string()),
  /** The time expressions that date the event, one or more per supporting article. */
  spans: z.array(ArticleSpan.extend({ text: z.string() })),
  /** The conflict (id) this date is disputed in, or null. */
  conflict: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Framing = z.object({
  /** Entity id. */
  entity: z.string(),
  /** Entity name, for reading without a lookup. */
  name: z.string(),
  labels: z.array(
    z.object({
      article: z.string(),
      label: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      /**
       * Where the label comes from: a title before the name, an appositive after it, a
       * description standing in for the person, an epithet (an evaluative phrase before the
       * name, a nickname someone coined), or a loaded verb of saying ("admitted", "boasted").
       */
      kind: z.enum(['title', 'appositive', 'description', 'epithet', 'verb']),
      /** The evaluative words the outlet chose in the label (empty for a neutral title). */
      loaded: z.array(z.string()),
    }),
  ),
});
export type Framing = z.infer<typeof Framing>;

export const SummarySentence = z.object({
  text: z.string(),
  support: z.array(z.string()),
  /** The fact (id) the sentence stands for, and every source sentence supporting it. */
  fact: z.string(),
  sentences: z.array(ArticleSpan),
  /**
   * Words of `text` whose referent its article gives elsewhere, resolved: a relative date ("on
   * Monday", "two weeks ago") with its calendar value (the article's time annotation; a week as
   * "week of YYYY-MM-DD", its Monday, a weekend as "weekend of YYYY-MM-DD", its Saturday), and "here"
   * with the place of the article's dateline, which the summary leaves out. Offsets into `text`.
   * Absent when there is none (and in dossiers written before this field).
   */
  resolved: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string(), value: z.string() })).optional(),
});
export type SummarySentence = z.infer<typeof SummarySentence>;

/** Fact ids by how widely they are reported. */
export const Coverage = z.object({
  /**
   * Facts reported by most independent sources (more than half, at least two; see `basis`).
   */
  consensus: z.array(z.string()),
  /** Per article: facts only it reports (no other article has a sentence close to them). */
  exclusives: z.array(
    z.object({
      article: z.string(),
      facts: z.array(z.string()),
      /**
       * For each exclusive fact, the nearest statement of each other article that has a
       * sentence sharing its distinctive words, and why it is not the same. Other articles have
       * nothing close. Absent in dossiers written before this field.
       */
      nearest: z
        .array(
          z.object({
            fact: z.string(),
            sentence: ArticleSpan,
            /** `value`: a different figure; `polarity`: one says the opposite; `different`: it reports something else with some of the same words. */
            why: z.enum(['value', 'polarity', 'different']),
            /** The reason in words, naming the figures or the words of the fact the sentence lacks. */
            reason: z.string(),
          }),
        )
        .optional(),
    }),
  ),
  /** Per article: facts most of the other articles report and it does not. */
  omissions: z.array(z.object({ article: z.string(), facts: z.array(z.string()) })),
  /**
   * What consensus counts: `sources` — independent sources (each outlet once, a wire copy as its
   * agency, a credited report as the credited organisation), `of` of them in the story, `need`
   * for consensus; `articles` — every article comes from one source, so articles are counted
   * (agreement within one outlet, not across outlets). Absent in dossiers written before it.
   */
  basis: z.object({ basis: z.enum(['sources', 'articles']), of: z.number().int(), need: z.number().int() }).optional(),
  /**
   * Articles of one outlet that are copies of one report (the outlet ran the same text twice),
   * each group of two or more in article order. A fact only one such group carries is that
   * report's: it counts once for consensus, is listed as an exclusive of the group's first
   * article when no other report comes close, and is not "reported by some". Absent when there
   * are none.
   */
  copies: z.array(z.array(z.string())).optional(),
});
export type Coverage = z.infer<typeof Coverage>;

/**
 * One outlet of the dossier: its articles and what the user's config says about it. `known` is
 * false when no source named the outlet: `name` is then the URL's host, or "Unknown outlet" for
 * every article that has neither (they form one group).
 */
export const OutletGroup = z.object({
  name: z.string(),
  known: z.boolean(),
  articles: z.array(z.string()),
  /** From the config's `outlets` entries (country, kind, owner, any user field); empty when none. */
  attributes: z.record(z.string(), z.string()),
});
export type OutletGroup = z.infer<typeof OutletGroup>;

/** Coverage grouped by outlet or by an outlet attribute (`analyze --group-by KEY`). */
export const CoverageGroups = z.object({
  /** "outlet", or the attribute key ("country", "kind", …). */
  by: z.string(),
  groups: z.array(
    z.object({
      /** The attribute's value; null for the outlets that do not have it. */
      value: z.string().nullable(),
      outlets: z.array(z.string()),
      /** Compared articles of the group (articles left out of the comparison are not). */
      articles: z.array(z.string()),
      /** Facts at least one of the group's articles reports. */
      facts: z.array(z.string()),
      /** Facts only this group's articles report. */
      exclusives: z.array(z.string()),
      /** Consensus facts none of the group's articles reports. */
      missing: z.array(z.string()),
    }),
  ),
});
export type CoverageGroups = z.infer<typeof CoverageGroups>;

export const Dossier = z.object({
  version: z.string(),
  articles: z.array(DossierArticle),
  entities: z.array(Entity),
  quotes: z.array(DossierQuote),
  facts: z.array(Fact),
  conflicts: z.array(Conflict),
  /** Figures that changed between reports published at different times (evolution, not conflict). */
  updates: z.array(Update),
  /** How much was compared across articles. */
  checked: Checked,
  timeline: z.array(TimelineEvent),
  framing: z.array(Framing),
  summary: z.array(SummarySentence),
  quoteGroups: z.array(QuoteGroup),
  coverage: Coverage,
  /** The outlets, with their articles and the attributes the config gives them. */
  outlets: z.array(OutletGroup),
  /** Coverage grouped by outlet or an outlet attribute: only when asked for (`--group-by`). */
  coverageGroups: CoverageGroups.optional(),
  /** Plain-language warnings: one article only, another language, an unrelated story, missing dates. */
  warnings: z.array(z.string()),
  /** Articles left out of the comparison (still listed in `articles`), with the reason. */
  excluded: z.array(z.object({ article: z.string(), reason: z.string() })),
});
export type Dossier = z.infer<typeof Dossier>;
