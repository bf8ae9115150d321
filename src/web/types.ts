/**
 * What the web app needs from the rest of Parallax, as narrow interfaces: the read side of the
 * corpus store (src/store/store.ts) and the dossier builder. Passing them in keeps the server
 * testable (an in-memory store in tests) and free of start-up work.
 */
import type { Dossier } from '../core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../core/schema.js';
import type { Store, StorySummary } from '../store/store.js';

export type { StorySummary };

/** The store methods the pages use; `search` and `storyOf` are optional extras. */
export type StoreReader = Pick<Store, 'listStories' | 'getStory' | 'storyArticles' | 'getArticle'> & {
  search?: Store['search'];
  /** The story an article belongs to, when the store can say (links article pages to their story). */
  storyOf?(articleId: string): string | null;
};

export type BuildDossier = (articles: Article[]) => { dossier: Dossier; warnings: string[] };
export type Annotate = (article: Article) => AnnotatedArticle;
