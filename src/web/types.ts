/**
 * What the web app needs from the rest of Parallax, as narrow interfaces: the read side of the
 * story store (src/store/store.ts's `Store` satisfies `StoreReader` structurally) and the
 * dossier builder. Passing them in keeps the server testable and free of start-up work.
 */
import type { Dossier } from '../core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../core/schema.js';

export interface StorySummary {
  id: string;
  headline: string | null;
  first: string | null;
  last: string | null;
  articles: number;
  outlets: string[];
}

export interface StoreReader {
  listStories(opts?: { limit?: number; offset?: number }): StorySummary[];
  getStory(id: string): StorySummary | null;
  storyArticles(id: string): Article[];
  getArticle(id: string): Article | null;
  search?(query: string, limit?: number): Array<{ article: string; story: string | null; title: string | null; snippet: string }>;
}

export type BuildDossier = (articles: Article[]) => { dossier: Dossier; warnings: string[] };
export type Annotate = (article: Article) => AnnotatedArticle;
