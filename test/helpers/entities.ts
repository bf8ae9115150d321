/**
 * Shared fixtures of the entity tests: an invented article annotated as ingest leaves it, and
 * the entity that holds a given occurrence of a text.
 */
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/index.js';
import type { buildEntities } from '../../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../../src/core/schema.js';

/** An invented article `id` with `text`, annotated (outlet "Outlet id", published 2026-03-02). */
export const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

/** The entity id holding the `nth` occurrence (0-based) of `text` in article `id`. */
export function entityAt(ents: ReturnType<typeof buildEntities>, arts: AnnotatedArticle[], id: string, text: string, nth = 0): string | null {
  const a = arts.find((x) => x.id === id)!;
  let start = a.text.indexOf(text);
  for (let k = 0; k < nth; k++) start = a.text.indexOf(text, start + 1);
  assert.ok(start >= 0, `${text} in ${id}`);
  return ents.at(id, start, start + text.length);
}
