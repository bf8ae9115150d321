/**
 * The library: Parallax's public, typed API (`import { … } from 'parallax-dossier'`). The CLI and
 * the web app are built on the same functions. Everything here is a thin, documented entry point
 * to one pipeline stage (ingest → annotate → compare → render; cluster and store beside); the
 * stages' own modules stay internal so that they can change without breaking users. The page
 * that documents it with examples is docs/library.md; its examples are run by the tests.
 */
import { annotate } from './annotate/index.js';
import { buildDossier, type DossierOptions, type DossierResult } from './compare/dossier.js';
import { MATCH_THRESHOLD, buildMatchContext, matchScore, prepareSentence } from './compare/match/match.js';
import { UserError } from './core/errors.js';
import type { Article, InputError } from './core/schema.js';
import { buildArticle, type IngestOptions } from './ingest/article.js';
import { ingestAll, type IngestAllOptions, type IngestResult } from './ingest/index.js';
import { recordFromJson } from './ingest/inputs.js';

export type { Article, AnnotatedArticle, Annotations, InputError, Mention, Quantity, Quote, Sentence, TimeExpression, EntityType } from './core/schema.js';
export type { Dossier, Conflict, Fact } from './core/dossier-schema.js';
export type { DossierOptions, DossierResult } from './compare/dossier.js';
export type { IngestOptions } from './ingest/article.js';
export type { IngestAllOptions, IngestResult } from './ingest/index.js';
export type { ExtractedArticle } from './ingest/html/extract.js';
export type { ClusterDoc, ClusterParams, Assignment } from './cluster/index.js';
export type { Store, CorpusStore, StorySummary, SearchHit, StoredArticle, OpenOptions } from './store/store.js';
export type { CorpusIngestOptions, IngestSummary } from './store/corpus.js';

export { annotate } from './annotate/index.js';
export { extractArticle } from './ingest/html/extract.js';
export { renderDossier, type DossierFormat } from './render/dossier.js';
export { renderHtmlReport } from './render/html/report.js';
export { StoryClusterer, clusterBatch, clusterDocOf, DEFAULT_PARAMS as DEFAULT_CLUSTER_PARAMS } from './cluster/index.js';
export { openStore, defaultDbPath } from './store/store.js';
export { ingestCorpus, storyClusterer } from './store/corpus.js';
export { UserError } from './core/errors.js';
export { identifyLanguage, languageName } from './ingest/language.js';
export { OutletDirectory, type OutletInfo } from './ingest/outlets.js';
export { coverageByGroup, outletGroups, withOutletDirectory } from './compare/outlet-groups.js';
export type { OutletGroup, CoverageGroups } from './core/dossier-schema.js';

/** A record as JSON inputs carry it; `text` or `html` is required. */
export interface ArticleRecord {
  text?: string;
  html?: string;
  url?: string | null;
  title?: string | null;
  outlet?: string | null;
  /** ISO 8601 date or date-time. */
  published?: string | null;
  id?: string;
  authors?: string[];
  language?: string | null;
}

/**
 * Read input specs as the CLI does — files (text, Markdown, HTML, JSON, JSON Lines, feeds),
 * directories (recursively, sorted) and "-" for standard input — into cleaned articles. A bad
 * input is reported in `errors` and the others go on (`strict: true` throws instead).
 */
export function readArticles(inputs: string[], opts: IngestAllOptions = {}): Promise<IngestResult> {
  return ingestAll(inputs, opts);
}

/**
 * One article from an in-memory record (`{text}` or `{html}` plus optional metadata): decoded,
 * extracted when it is HTML, cleaned, with its metadata. Throws a `UserError` naming `source`
 * when the record is unusable (no text, nothing left after cleaning).
 */
export function articleFromRecord(record: ArticleRecord, opts: IngestOptions & { id?: string; source?: string } = {}): Article {
  const source = opts.source ?? record.id ?? 'record';
  const item = recordFromJson(source, record);
  if (!item.ok) throw new UserError(item.error.input, item.error.reason);
  const article = buildArticle(item.record, opts.id ?? record.id ?? 'a1', opts);
  if (article.text.trim() === '') throw new UserError(source, 'no article text left after cleaning');
  return article;
}

/** The story dossier of articles about one event (see docs/json-format.md for its contract). */
export function analyze(articles: Article[], opts: DossierOptions = {}): DossierResult {
  return buildDossier(articles, opts);
}

/** Read inputs and build their dossier in one call; unreadable inputs come back in `errors`. */
export async function analyzeInputs(
  inputs: string[],
  opts: IngestAllOptions & DossierOptions = {},
): Promise<DossierResult & { errors: InputError[] }> {
  const read = await ingestAll(inputs, opts);
  return { ...buildDossier(read.articles, opts), errors: read.errors };
}

/** The matcher's verdict on one sentence pair: do they report the same thing? */
export interface MatchVerdict {
  same: boolean;
  /** The matcher's calibrated score in [0, 1]; `same` is `score >= MATCH_THRESHOLD`. */
  score: number;
}

export { MATCH_THRESHOLD };

/**
 * Whether each pair of sentences reports the same thing. Word rarity is counted over all the
 * sentences given, as the dossier counts it over a story's sentences, so pass pairs together.
 */
export function matchSentences(pairs: Array<[string, string]>): MatchVerdict[] {
  const ctx = buildMatchContext(pairs.flatMap(([a, b]) => [a, b]));
  return pairs.map(([a, b]) => {
    const score = matchScore(prepareSentence(a, ctx), prepareSentence(b, ctx), ctx);
    return { same: score >= MATCH_THRESHOLD, score };
  });
}
