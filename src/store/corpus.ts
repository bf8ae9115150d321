/**
 * Corpus ingest: input specs → articles in the store, each assigned to a story as it arrives.
 * One code path for `parallax ingest`, the web server and the scale benchmark. Reads through the
 * same ingest as `read` (readInputs/feeds → buildArticle), so an article is cleaned the same way
 * whichever command sees it; then per article: duplicate check, clustering and storage in one
 * transaction (store/sqlite.ts). The clusterer's state is checkpointed in the database every N
 * articles with a watermark; on start it is restored and the articles after the watermark are
 * replayed, so a crash never loses or scrambles story assignments.
 */
import { createReadStream } from 'node:fs';
import { UserError } from '../core/errors.js';
import { StoryClusterer, clusterDocOf, type ClusterDoc, type ClusterParams } from '../cluster/index.js';
import type { Article, InputError } from '../core/schema.js';
import { buildArticle, type IngestOptions } from '../ingest/article.js';
import { expandSpecs, readSource, type FeedOptions, type FetchOptions, type Source } from '../ingest/feeds.js';
import { isEmptyContent, kindFromName } from '../ingest/inputs.js';
import { withLanguage } from '../ingest/language.js';
import { LinkFetcher } from '../ingest/links.js';
import type { Politeness } from '../ingest/politeness.js';
import type { FeedPoller } from '../ingest/poll.js';
import { canonicalUrl } from '../ingest/metadata.js';
import { textHash, urlKey } from './identity.js';
import type { CorpusWriter, Store, StoryAssignment } from './store.js';

export type { ClusterDoc };

/** The part of src/cluster's incremental `StoryClusterer` that corpus ingest uses. */
export interface Clusterer {
  add(doc: ClusterDoc): StoryAssignment;
  snapshot(): Buffer;
  /** Revisit the stories that changed lately; the articles that changed story (src/cluster `settle`). */
  settle(): Array<{ article: string; story: string }>;
}

export interface ClustererFactory {
  create(): Clusterer;
  /** Throws when the snapshot cannot be read (e.g. written by an incompatible version). */
  restore(snapshot: Buffer): Clusterer;
}

/** The story clusterer of src/cluster (its defaults, or `params` for experiments). */
export function storyClusterer(params: Partial<ClusterParams> = {}): ClustererFactory {
  return { create: () => new StoryClusterer(params), restore: (snapshot) => StoryClusterer.restore(snapshot, params) };
}

export interface IngestCounts {
  new: number;
  duplicate: number;
  failed: number;
}

export interface IngestProgress extends IngestCounts {
  /** Records handled so far and the (estimated) total. */
  done: number;
  total: number;
  /** The input being read. */
  current: string;
}

export interface IngestSummary extends IngestCounts {
  errors: InputError[];
  /** Records and files skipped because they hold no article text (not failures: see isEmptyContent). */
  skipped: number;
  skippedInputs: InputError[];
  /** True when `signal` stopped the run early (what was stored stays, indexed and checkpointed). */
  interrupted: boolean;
  /** Articles replayed into the clusterer after an interrupted run. */
  replayed: number;
  /** Totals in the database after the run. */
  articles: number;
  stories: number;
  seconds: number;
}

export interface CorpusIngestOptions extends IngestOptions, FetchOptions {
  /** Take over the writer lock even when its process id is alive (an ingest that died, its pid since reused). */
  breakLock?: boolean;
  /**
   * Fetch the linked page of feed items that have no text or only a teaser (ingest/links.ts).
   * Off unless asked: a library call never goes to the network on its own (the CLI turns it on).
   */
  fetchLinks?: boolean;
  /** Linked pages fetched at once (default 4). */
  linkConcurrency?: number;
  /** Continuous ingest: feed URLs are polled through it (ingest/poll.ts). */
  poller?: FeedPoller | null;
  /** Continuous ingest: robots.txt and per-host spacing for every request (ingest/politeness.ts). */
  politeness?: Politeness | null;
  /** Default: src/cluster's StoryClusterer with its default parameters. */
  clusterer?: ClustererFactory;
  /** Persist the clusterer's snapshot every this many new articles (and at the end); default adaptive. */
  checkpointEvery?: number;
  /** Stop at the first input that fails (throws a UserError naming it). */
  strict?: boolean;
  /** Stop after the article in hand (Ctrl-C): the run then ends as if the inputs had ended. */
  signal?: AbortSignal;
  /** Count JSON Lines records up front so progress has a real total (for a progress bar). */
  estimate?: boolean;
  onError?(e: InputError): void;
  onDuplicate?(input: string, of: string, by: 'url' | 'text'): void;
  onWarning?(message: string): void;
  onProgress?(p: IngestProgress): void;
}

/**
 * Checkpoint interval. A snapshot holds the whole clusterer state (about 1.9 KB per article: docs/scale.md), so
 * writing it per article would dominate ingest time. Every 2,000 articles, or every 5% of the
 * corpus once that is more: a fixed interval would make the bytes written grow with the square
 * of the corpus; a proportional one keeps them linear, and a crash costs a replay of at most 5%.
 */
export const CHECKPOINT_EVERY = 2000;
const CHECKPOINT_FRACTION = 0.05;
const REPLAY_PAGE = 1000;
/** Full-text indexing batch (see migrations.ts: indexing per article costs far more). */
const INDEX_EVERY = 500;


/**
 * The clusterer for `writer`: restored from its last checkpoint, then brought up to date by
 * replaying the articles stored after it (those whose transaction committed after the last
 * snapshot). Replaying re-applies each assignment, so the stored stories match the clusterer.
 */
export async function resumeClusterer(
  writer: CorpusWriter,
  factory: ClustererFactory,
  onWarning?: (m: string) => void,
): Promise<{ clusterer: Clusterer; replayed: number }> {
  const state = await writer.loadClusterState();
  let clusterer: Clusterer;
  let after = 0;
  // Re-clustered from scratch: the snapshot saved after the replay does not continue the stored
  // checkpoint, and must replace all of it (a store keeping checkpoints in parts would otherwise
  // join the new articles' part to the old, unreadable one's).
  let anew = false;
  if (state) {
    try {
      if (state.unreadable !== undefined) throw new Error(state.unreadable);
      clusterer = factory.restore(state.snapshot);
      after = state.watermark;
    } catch (e) {
      onWarning?.(`the saved story clustering cannot be restored (${(e as Error).message}); re-clustering every stored article`);
      clusterer = factory.create();
      anew = true;
    }
  } else {
    clusterer = factory.create();
  }
  let replayed = 0;
  for (;;) {
    const page = await writer.articlesAfter(after, REPLAY_PAGE);
    if (page.length === 0) break;
    for (const { seq, article } of page) {
      await writer.applyAssignment(article.id, clusterer.add(clusterDocOf(article)));
      after = seq;
      replayed++;
    }
  }
  if (replayed > 0 || anew) await writer.saveClusterState(clusterer.snapshot(), after, anew);
  return { clusterer, replayed };
}

/** Non-empty lines of a JSON Lines file, counted without parsing (for a progress total). */
async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 10 && last !== 10) n++;
      last = b;
    }
  }
  return last !== 10 ? n + 1 : n;
}

async function estimateOf(src: Source, count: boolean): Promise<number> {
  if (count && src.kind === 'input' && kindFromName(src.spec) === 'jsonl' && !src.spec.toLowerCase().endsWith('.gz')) {
    try {
      return Math.max(1, await countLines(src.spec));
    } catch {
      return 1;
    }
  }
  return 1;
}

/** Ingest `specs` into the store. Bad inputs are counted and reported; the others go on. */
export async function ingestCorpus(store: Store & CorpusWriter, specs: string[], opts: CorpusIngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const every = (seq: number): number =>
    opts.checkpointEvery !== undefined ? Math.max(1, opts.checkpointEvery) : Math.max(CHECKPOINT_EVERY, Math.floor(seq * CHECKPOINT_FRACTION));
  const counts: IngestCounts = { new: 0, duplicate: 0, failed: 0 };
  const errors: InputError[] = [];
  const skippedInputs: InputError[] = [];
  await store.lockWriter(opts.breakLock);
  try {
    const { clusterer, replayed } = await resumeClusterer(store, opts.clusterer ?? storyClusterer(), opts.onWarning);
    await store.indexPending(); // articles a crashed run stored but did not index yet
    let sinceCheckpoint = 0;
    const sources = await expandSpecs(specs);
    // One link fetcher for the run, so what it learns of hosts that are down carries across feeds.
    // It asks the store first: a link already stored (same canonical URL key) is not fetched again.
    const links = opts.fetchLinks
      ? new LinkFetcher({
          ...opts,
          knownUrl: (u) => { const key = urlKey(canonicalUrl(u)); return key ? store.articleByUrlKey(key) : null; },
          gate: opts.politeness ? (u, signal) => opts.politeness!.gate(u, signal) : undefined,
        })
      : null;
    const feedOpts: FeedOptions = { ...opts, links };
    const estimates = await Promise.all(sources.map((s) => estimateOf(s, !!opts.estimate)));
    let total = estimates.reduce((a, b) => a + b, 0);
    let done = 0;

    // A quiet failure is counted and listed but not reported on its own (a feed summarises those).
    const fail = (e: InputError, quiet = false): void => {
      if (isEmptyContent(e)) {
        // Nothing to store, nothing broken: reported as skipped, never a failure (exit 0).
        skippedInputs.push(e);
        if (!quiet) opts.onWarning?.(`${e.input}: ${e.reason} (skipped)`);
        return;
      }
      counts.failed++;
      errors.push(e);
      if (!quiet) opts.onError?.(e);
      if (opts.strict) throw new UserError(e.input, e.reason);
    };
    const hooks = {
      assign: (a: Article) => clusterer.add(clusterDocOf(a)),
      checkpoint: (seq: number) => {
        if (++sinceCheckpoint < every(seq)) return null;
        sinceCheckpoint = 0;
        return clusterer.snapshot();
      },
    };

    for (let s = 0; s < sources.length && !opts.signal?.aborted; s++) {
      const src = sources[s];
      const current = src.kind === 'error' ? src.error.input : src.spec;
      const startDone = done;
      for await (const item of readSource(src, feedOpts)) {
        // Records read from memory resolve as microtasks only, so a long run would never let the
        // event loop deliver Ctrl-C or SIGTERM: give it a turn every few articles (microseconds).
        if (done % 8 === 7) await new Promise((resolve) => setImmediate(resolve));
        if (opts.signal?.aborted) break;
        done++;
        if (item.ok === 'known') {
          // A feed item whose link is stored already: a duplicate, known without fetching its page.
          counts.duplicate++;
          opts.onDuplicate?.(item.source, item.of, 'url');
        } else if (!item.ok) fail(item.error, item.quiet);
        else {
          let article: Article | null = null;
          try {
            article = buildArticle(item.record, 'new', opts);
          } catch (e) {
            if (!(e instanceof UserError)) throw e;
            fail({ input: e.input ?? item.record.source, reason: e.reason });
          }
          if (article && article.text.trim() === '') fail({ input: item.record.source, reason: 'no article text left after cleaning' });
          else if (article) {
            article = await withLanguage(article);
            const res = await store.addArticle(article, { urlKey: urlKey(article.url), textHash: textHash(article.text) }, hooks);
            if (res.status === 'new') {
              if (++counts.new % INDEX_EVERY === 0) await store.indexPending();
            }
            else {
              counts.duplicate++;
              opts.onDuplicate?.(item.record.source, res.of, res.by);
            }
          }
        }
        opts.onProgress?.({ ...counts, done, total: Math.max(total, done), current });
      }
      // Replace this source's estimate by what it really held.
      total += done - startDone - estimates[s];
    }
    // A last settling pass over the stories this run changed; its moves and the checkpoint that
    // knows them are written in one transaction, so the store and the clusterer cannot disagree.
    const moves = opts.signal?.aborted ? [] : clusterer.settle();
    if (moves.length > 0 || sinceCheckpoint > 0) await store.settleStories(moves, clusterer.snapshot(), await store.lastSeq());
    await store.indexPending();
    const stats = await store.stats();
    return { ...counts, errors, skipped: skippedInputs.length, skippedInputs, interrupted: !!opts.signal?.aborted, replayed, articles: stats.articles, stories: stats.stories, seconds: (performance.now() - t0) / 1000 };
  } finally {
    // Also after a failure (--strict, an error while reading): what was stored becomes
    // searchable. A failure here must not hide the error that got us here.
    try {
      await store.indexPending();
    } catch {
      /* the next ingest indexes it */
    }
    await store.unlockWriter();
  }
}

/** Where one article given to `storeArticles` ended up. */
export interface StoredPlacement {
  /** The stored article's id (for a duplicate: the id of the article it duplicates). */
  article: string;
  story: string | null;
  status: 'new' | 'duplicate';
}

/**
 * Store articles that were already read (the web app's "Save to corpus" of a pasted analysis)
 * and cluster them, as `ingestCorpus` does for inputs: under the writer lock, one transaction per
 * article, then a settling pass, a checkpoint and the full-text index. Returns where each went,
 * in the given order (the story of a duplicate is the stored original's).
 */
export async function storeArticles(store: Store & CorpusWriter, articles: Article[], opts: { onWarning?: (m: string) => void; breakLock?: boolean } = {}): Promise<StoredPlacement[]> {
  await store.lockWriter(opts.breakLock);
  try {
    const { clusterer } = await resumeClusterer(store, storyClusterer(), opts.onWarning);
    await store.indexPending();
    const hooks = { assign: (a: Article) => clusterer.add(clusterDocOf(a)), checkpoint: () => null };
    const placed: Array<{ article: string; status: 'new' | 'duplicate' }> = [];
    for (const article of articles) {
      if (article.text.trim() === '') continue;
      const res = await store.addArticle(article, { urlKey: urlKey(article.url), textHash: textHash(article.text) }, hooks);
      placed.push(res.status === 'new' ? { article: res.id, status: 'new' } : { article: res.of, status: 'duplicate' });
    }
    await store.settleStories(clusterer.settle(), clusterer.snapshot(), await store.lastSeq());
    await store.indexPending();
    // Stories are read after settling: it may have moved an article.
    return Promise.all(placed.map(async (p) => ({ ...p, story: await store.storyOfArticle(p.article) })));
  } finally {
    await store.unlockWriter();
  }
}
