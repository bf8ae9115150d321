/**
 * Test helpers for corpus mode: a small deterministic clusterer (so store tests do not depend on
 * the real one's thresholds), temp databases and generated articles.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../../src/core/schema.js';
import type { ClusterDoc, Clusterer, ClustererFactory } from '../../src/store/corpus.js';
import type { StoryAssignment } from '../../src/store/store.js';

/**
 * Groups by the first word of the title ("alpha …" → story of the first "alpha" article);
 * a title "alpha+beta …" joins alpha and merges beta's story into it; the same text in another
 * case is a wire copy of its first occurrence.
 */
export class KeyClusterer implements Clusterer {
  readonly docs: Array<[string, string]> = [];
  private readonly storyOfKey = new Map<string, string>();
  private readonly byText = new Map<string, string>();

  add(doc: ClusterDoc): StoryAssignment {
    this.docs.push([doc.id, doc.title ?? '', ]);
    const keys = (doc.title ?? doc.id).split(/\s/)[0].split('+');
    const existing = keys.map((k) => this.storyOfKey.get(k)).filter((s): s is string => !!s);
    const story = existing[0] ?? doc.id;
    const merged = [...new Set(existing.slice(1))].filter((s) => s !== story);
    for (const [k, s] of [...this.storyOfKey]) if (merged.includes(s)) this.storyOfKey.set(k, story);
    for (const k of keys) this.storyOfKey.set(k, story);
    const norm = doc.text.toLowerCase();
    const duplicateOf = this.byText.get(norm) ?? null;
    if (!duplicateOf) this.byText.set(norm, doc.id);
    return { story, merged, duplicateOf };
  }

  snapshot(): Buffer {
    return Buffer.from(JSON.stringify(this.docs));
  }

  /** Its decisions are final: nothing to settle. */
  settle(): Array<{ article: string; story: string }> {
    return [];
  }
}

export const keyClusterer: ClustererFactory & { restored: number } = {
  restored: 0,
  create: () => new KeyClusterer(),
  restore(snapshot: Buffer): Clusterer {
    const c = new KeyClusterer();
    // Rebuilding from titles is enough for this clusterer (texts only matter for copies).
    for (const [id, title] of JSON.parse(snapshot.toString('utf8')) as Array<[string, string]>) c.add({ id, title, text: id });
    keyClusterer.restored++;
    return c;
  },
};

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'plx-store-'));
}

export function tempDb(): string {
  return path.join(tempDir(), 'corpus.db');
}

export function article(over: Partial<Article> & { text: string }): Article {
  return {
    id: 'x',
    file: null,
    outlet: null,
    url: null,
    title: null,
    published: null,
    authors: [],
    agencies: [],
    photoCredits: [],
    language: null,
    removed: [],
    ...over,
  };
}

const WORDS = ['harbour', 'council', 'bridge', 'storm', 'minister', 'strike', 'river', 'school', 'court', 'market', 'fire', 'vote'];

/** A JSON Lines corpus of `n` distinct articles in `stories` stories (title's first word = story). */
export function jsonlCorpus(n: number, stories = 20): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = i % stories;
    const w = WORDS[s % WORDS.length];
    const text = `Report ${i} on the ${w} story number ${s}. Officials said ${i * 7} people were affected by the ${w} events on day ${i % 28 + 1}.`;
    lines.push(JSON.stringify({ title: `story${s} ${w} update ${i}`, url: `https://news.example/${s}/${i}`, outlet: `Outlet ${i % 5}`, published: `2025-10-${String((i % 28) + 1).padStart(2, '0')}`, text }));
  }
  return lines.join('\n') + '\n';
}
