/**
 * An in-memory StoreReader for web tests: stories as lists of Articles, no SQLite. It behaves like
 * the real store's read side (date-ordered articles, summaries with outlets and date range).
 */
import type { Article } from '../../src/core/schema.js';
import type { DossierArticle } from '../../src/core/dossier-schema.js';
import type { SearchHit } from '../../src/store/store.js';
import type { StoreReader, StorySummary } from '../../src/web/types.js';

export function toArticle(a: DossierArticle): Article {
  return { ...a, photoCredits: [], language: 'en' };
}

export class MemoryStore implements StoreReader {
  constructor(private readonly stories: Map<string, Article[]>) {}
  private summary(id: string, arts: Article[]): StorySummary {
    const dates = arts.map((a) => a.published).filter((d): d is string => !!d).sort();
    return {
      id, headline: arts.find((a) => a.title)?.title ?? null, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null,
      articles: arts.length, outlets: [...new Set(arts.map((a) => a.outlet).filter((o): o is string => !!o))], copies: 0,
    };
  }
  async listStories(opts: { limit?: number; offset?: number } = {}): Promise<StorySummary[]> {
    const all = [...this.stories].map(([id, arts]) => this.summary(id, arts));
    return all.slice(opts.offset ?? 0, (opts.offset ?? 0) + (opts.limit ?? 50));
  }
  async getStory(id: string): Promise<StorySummary | null> {
    const arts = this.stories.get(id);
    return arts ? this.summary(id, arts) : null;
  }
  async storyArticles(id: string): Promise<Article[]> {
    return this.stories.get(id) ?? [];
  }
  async getArticle(id: string): Promise<Article | null> {
    for (const arts of this.stories.values()) for (const a of arts) if (a.id === id) return a;
    return null;
  }
  async storyOfArticle(articleId: string): Promise<string | null> {
    for (const [id, arts] of this.stories) if (arts.some((a) => a.id === articleId)) return id;
    return null;
  }
  /** Plain substring search (the real store uses SQLite FTS5). */
  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const q = query.toLowerCase();
    const out: SearchHit[] = [];
    for (const [story, arts] of this.stories) {
      for (const a of arts) {
        const i = a.text.toLowerCase().indexOf(q);
        if (i < 0) continue;
        const from = Math.max(0, i - 40);
        out.push({
          article: a.id, story, title: a.title, outlet: a.outlet, published: a.published,
          snippet: a.text.slice(from, i + 60), matches: [{ start: i - from, end: i - from + q.length }],
        });
      }
    }
    return out.slice(0, limit);
  }
}
