/**
 * Continuous ingest (`parallax ingest --watch`): the same inputs ingested again every interval,
 * until a signal stops it. Feed URLs are polled politely (ingest/poll.ts: conditional GET, an
 * unchanged body is not parsed again, back-off; ingest/politeness.ts: robots.txt, per-host
 * spacing), and the poller's state is kept in the corpus so a restart does not refetch
 * everything. After each cycle it says what is new: articles, new stories, and for stories that
 * grew, the facts and conflicts their dossier did not have before.
 *
 * Bounded work per cycle: the before/after dossiers are built for at most `MAX_CHANGED_DOSSIERS`
 * grown stories (the largest growth first) of at most `DOSSIER_ARTICLES` originals each, so a
 * cycle that touches a thousand stories still reports in bounded time (the rest are counted).
 */
import { buildDossier } from '../compare/dossier.js';
import type { Dossier } from '../core/dossier-schema.js';
import type { Article } from '../core/schema.js';
import { Politeness } from '../ingest/politeness.js';
import { FeedPoller, type FeedState, type PollTally } from '../ingest/poll.js';
import { ingestCorpus, type CorpusIngestOptions, type IngestSummary } from './corpus.js';
import type { CorpusWriter, Store } from './store.js';
import { sleep } from '../core/sleep.js';

export const MAX_CHANGED_DOSSIERS = 20;
export const DOSSIER_ARTICLES = 40;
const POLLER_KEY = 'watch.feeds';

export interface StoryChange {
  story: string;
  headline: string | null;
  /** Articles this cycle added to the story. */
  added: number;
  articles: number;
  /** Facts and conflicts its dossier has now and did not have before (empty for a new story). */
  newFacts: string[];
  newConflicts: string[];
}

export interface CycleReport {
  cycle: number;
  /** ISO time the cycle started. */
  started: string;
  seconds: number;
  new: number;
  duplicate: number;
  failed: number;
  errors: IngestSummary['errors'];
  /** Records that held no article text: skipped, not failed. */
  skipped: number;
  feeds: PollTally;
  newStories: StoryChange[];
  grownStories: StoryChange[];
  /** Grown stories beyond MAX_CHANGED_DOSSIERS, counted but not compared. */
  notCompared: number;
  articles: number;
  stories: number;
}

export interface WatchOptions extends Omit<CorpusIngestOptions, 'poller' | 'politeness' | 'signal'> {
  intervalMs: number;
  /** Stop after this many cycles (default: until the signal). */
  cycles?: number;
  /** Stops the loop: the article in hand is finished, the cycle reported, the state saved. */
  signal: AbortSignal;
  /** Delay between two requests to one host when robots.txt names none (politeness.ts default). */
  hostDelayMs?: number;
  onCycle(report: CycleReport): void;
}

const originals = async (store: Store, id: string, except?: Set<string>): Promise<Article[]> =>
  (await store.storyMembers(id)).filter((m) => m.duplicateOf === null && !except?.has(m.article.id)).map((m) => m.article).slice(0, DOSSIER_ARTICLES);

const conflictKey = (c: Dossier['conflicts'][number]): string => `${c.kind}|${c.claims.map((k) => k.normalized).sort().join('|')}`;

function describe(c: Dossier['conflicts'][number]): string {
  return `${c.kind}: ${c.claims.map((k) => k.value).join(' vs ')}`;
}

/** What the cycle that stored the articles after `seqBefore` changed in the corpus. */
export async function cycleChanges(store: Store & CorpusWriter, seqBefore: number): Promise<{ newStories: StoryChange[]; grownStories: StoryChange[]; notCompared: number }> {
  const added = new Map<string, Set<string>>();
  for (let after = seqBefore; ; ) {
    const page = await store.articlesAfter(after, 1000);
    if (page.length === 0) break;
    for (const { seq, article } of page) {
      after = seq;
      const story = await store.storyOfArticle(article.id);
      if (!story) continue;
      const set = added.get(story) ?? new Set<string>();
      set.add(article.id);
      added.set(story, set);
    }
  }
  const newStories: StoryChange[] = [];
  const grown: Array<{ s: StoryChange; ids: Set<string> }> = [];
  for (const [story, ids] of added) {
    const summary = await store.getStory(story);
    if (!summary) continue;
    const change: StoryChange = { story, headline: summary.headline, added: ids.size, articles: summary.articles, newFacts: [], newConflicts: [] };
    if (ids.size >= summary.articles) newStories.push(change);
    else grown.push({ s: change, ids });
  }
  grown.sort((a, b) => b.s.added - a.s.added || (a.s.story < b.s.story ? -1 : 1));
  for (const { s, ids } of grown.slice(0, MAX_CHANGED_DOSSIERS)) {
    const before = buildDossier(await originals(store, s.story, ids)).dossier;
    const after = buildDossier(await originals(store, s.story)).dossier;
    const facts = new Set(before.facts.map((f) => f.text));
    const conflicts = new Set(before.conflicts.map(conflictKey));
    s.newFacts = after.facts.filter((f) => !facts.has(f.text)).map((f) => f.text);
    s.newConflicts = after.conflicts.filter((c) => !conflicts.has(conflictKey(c))).map(describe);
  }
  return { newStories, grownStories: grown.map((g) => g.s), notCompared: Math.max(0, grown.length - MAX_CHANGED_DOSSIERS) };
}

/** Ingest `specs` every `intervalMs` until the signal (or `cycles`); returns the number of cycles run. */
export async function watchCorpus(store: Store & CorpusWriter, specs: string[], opts: WatchOptions): Promise<number> {
  let saved: Record<string, FeedState> = {};
  try {
    saved = JSON.parse((await store.readSetting(POLLER_KEY)) ?? '{}') as Record<string, FeedState>;
  } catch {
    saved = {}; // unreadable state only costs one full fetch of every feed
  }
  const politeness = new Politeness({ timeoutMs: opts.timeoutMs, hostDelayMs: opts.hostDelayMs });
  const poller = new FeedPoller({ intervalMs: opts.intervalMs, politeness, state: saved });
  let cycle = 0;
  while (!opts.signal.aborted) {
    cycle++;
    const started = new Date();
    const seqBefore = await store.lastSeq();
    const summary = await ingestCorpus(store, specs, { ...opts, poller, politeness, signal: opts.signal });
    await store.writeSetting(POLLER_KEY, JSON.stringify(poller.snapshot()));
    const changes = await cycleChanges(store, seqBefore);
    opts.onCycle({
      cycle,
      started: started.toISOString(),
      seconds: (Date.now() - started.getTime()) / 1000,
      new: summary.new,
      duplicate: summary.duplicate,
      failed: summary.failed,
      errors: summary.errors,
      skipped: summary.skipped,
      feeds: poller.takeTally(),
      ...changes,
      articles: summary.articles,
      stories: summary.stories,
    });
    if (opts.cycles !== undefined && cycle >= opts.cycles) break;
    await sleep(Math.max(0, opts.intervalMs - (Date.now() - started.getTime())), opts.signal);
  }
  return cycle;
}
