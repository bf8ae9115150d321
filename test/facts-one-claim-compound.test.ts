/**
 * A subject named inside a compound of the other sentence is named there ("The fire broke out …" /
 * "The blaze broke out … before firefighters brought it under control"): the two are one claim,
 * not two subjects (issue #12; a review's stricter word test split the bundled example's fire
 * fact, leaving a false exclusive). A shorter word differing in its last letter is still
 * another word (facts-one-claim-actors: "Iran" / "Iraq"). Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('"the fire" is named by "firefighters": one shared fact', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', 'The blaze broke out shortly before 11 p.m. in Shed 4, a storage hall next to the ferry quays, and spread to two trawlers before firefighters brought it under control at dawn.'),
    article('a2', 'Kestrel News', 'The fire broke out in a storage hall next to the ferry quays and burned until dawn.'),
  ]);
  const shared = d.facts.filter((f) => new Set(f.support).size === 2);
  assert.ok(shared.some((f) => /broke out/.test(f.text)), 'the outbreak is reported by both');
});
