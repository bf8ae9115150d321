/**
 * A name introduced by a common noun that never means a person (src/annotate/mentions.ts
 * namingNounKind, lexicon/naming-nouns.ts from WordNet): "a fashion line called X", "his dog,
 * X,", "X, a new drug,". Fixtures are invented; each assertion fails without the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';
import { checkSpans } from './helpers/spans.js';

function read(text: string): AnnotatedArticle {
  const a = annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });
  checkSpans(a);
  return a;
}
const typesOf = (a: AnnotatedArticle, name: string): string[] => a.mentions.filter((m) => m.text === name).map((m) => m.type);

test('a verb of naming after an indefinite noun phrase types the name by the noun', () => {
  const a = read('The singer Mira Tansel owns a small record label. Last year she adopted a stray dog named Pemberly, and her brother runs a firm called Dunholt & Vance.');
  assert.deepEqual(typesOf(a, 'Pemberly'), ['other']);
  assert.deepEqual(typesOf(a, 'Dunholt & Vance'), ['organization']);
});

test('appositions: "X, his old dog," — but a person stays a person', () => {
  const a = read('Orrin Bealey says Tasker, his old dog, sleeps by the door. Her colleague, Dana Prewitt, agreed.');
  assert.deepEqual(typesOf(a, 'Tasker'), ['other']);
  assert.equal(typesOf(a, 'Dana Prewitt')[0], 'person');
});

test('an opening phrase, a finite "called" and a pronoun "one" leave a person alone', () => {
  const a = read('Aides said Kessler arrived late. In a statement, Kessler, who chairs the panel, said little. The memo called Kessler a liar. "It was fine," said Kessler, the quiet one. Fans of Ruiz and Kessler, a generation that grew up online, cheered.');
  assert.equal(typesOf(a, 'Kessler').length, 5);
  assert.ok(typesOf(a, 'Kessler').every((t) => t === 'person'), typesOf(a, 'Kessler').join(','));
});
