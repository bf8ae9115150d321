/**
 * The story dossier contract (`parallax analyze --format json`, `parallax story`, the web API).
 * Field names follow the published contract; new fields may be added, existing ones are never
 * renamed. Every compare-stage item cites its evidence as { article, start, end } spans into the
 * `text` of the article it names.
 */
import { z } from 'zod';
import { ArticleSpan, EntityType, Precision, Removed } from './schema.js';

export const DossierArticle = z.object({
  id: z.string(),
  file: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  authors: z.array(z.string()),
  agencies: z.array(z.string()),
  text: z.string(),
  removed: z.array(Removed),
});
export type DossierArticle = z.infer<typeof DossierArticle>;

/** One spelling of an entity and the articles that use it. */
export const Alias = z.object({ text: z.string(), articles: z.array(z.string()) });
export type Alias = z.infer<typeof Alias>;

export const Entity = z.object({
  id: z.string(),
  /** Canonical name: the most complete form the sources share. */
  name: z.string(),
  type: EntityType,
  aliases: z.array(Alias),
  mentions: z.array(ArticleSpan),
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
});
export type DossierQuote = z.infer<typeof DossierQuote>;

export const Fact = z.object({
  id: z.string(),
  /** The fact as worded in its most representative source sentence (verbatim, never composed). */
  text: z.string(),
  support: z.array(z.string()),
  sentences: z.array(ArticleSpan),
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

export const ConflictKind = z.enum(['date', 'number', 'quantity', 'place', 'name', 'speaker']);
export type ConflictKind = z.infer<typeof ConflictKind>;

export const Conflict = z.object({
  id: z.string(),
  kind: ConflictKind,
  /** What the claims are about, in words from the sources ("the fall of Assad"). */
  about: z.string(),
  claims: z.array(Claim),
  /** The article(s) that stand alone against several others, when there is such a side. */
  outliers: z.array(z.string()),
});
export type Conflict = z.infer<typeof Conflict>;

export const TimelineEvent = z.object({
  date: z.string(),
  precision: Precision,
  text: z.string(),
  support: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Framing = z.object({
  /** Entity id. */
  entity: z.string(),
  labels: z.array(z.object({ article: z.string(), label: z.string() })),
});
export type Framing = z.infer<typeof Framing>;

export const SummarySentence = z.object({ text: z.string(), support: z.array(z.string()) });
export type SummarySentence = z.infer<typeof SummarySentence>;

export const Dossier = z.object({
  version: z.string(),
  articles: z.array(DossierArticle),
  entities: z.array(Entity),
  quotes: z.array(DossierQuote),
  facts: z.array(Fact),
  conflicts: z.array(Conflict),
  timeline: z.array(TimelineEvent),
  framing: z.array(Framing),
  summary: z.array(SummarySentence),
});
export type Dossier = z.infer<typeof Dossier>;
