/**
 * What the web app needs from the rest of Parallax, as narrow interfaces: the read side of the
 * corpus store (src/store/store.ts) and the dossier builder. Passing them in keeps the server
 * testable (an in-memory store in tests) and free of start-up work.
 */
import type { Dossier } from '../core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../core/schema.js';
import type { Store, StorySummary } from '../store/store.js';

export type { StorySummary };

/** The store methods the pages use (an article page links to its story); `search`, `stats` and `counts` are optional. */
export type StoreReader = Pick<Store, 'listStories' | 'getStory' | 'storyArticles' | 'getArticle' | 'storyOfArticle'> & {
  search?: Store['search'];
  stats?: Store['stats'];
  counts?: Store['counts'];
  /** Changes whenever the stored stories may have; answers are cached per version when present. */
  dataVersion?: () => Promise<number>;
};

export type BuildDossier = (articles: Article[]) => { dossier: Dossier; warnings: string[] };
export type Annotate = (article: Article) => AnnotatedArticle;
