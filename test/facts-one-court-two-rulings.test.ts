/**
 * One body's two acts on one day are not one fact because their verbs are near (issue #12, a
 * false shared fact the session 22 review built on invented text): "The court ruled on Monday
 * that police need a warrant …" / "The court struck down a voting law on Monday in a 6-3 ruling"
 * share only the court and the day. A means adjunct names the other sentence's act only with its
 * figure there too ("ruled 8-1" / "by an 8-1 ruling" stay one act).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('two rulings of one court on one day are two facts', () => {
  const { dossier } = buildDossier([
    article('a1', 'Daily A', "The Velmora High Court ruled on Monday that police need a warrant to track a suspect's phone.\n\nThe justices split 5-4 on the case."),
    article('a2', 'Daily B', 'The Velmora High Court struck down a Dorsk voting law on Monday in a 6-3 ruling.\n\nThe law requires voters to show a photo card.'),
  ]);
  const shared = dossier.facts.filter((f) => f.support.length > 1);
  assert.deepEqual(shared.map((f) => f.text), []);
});

test('one ruling told by its verb and by a means adjunct with its figure is one fact', () => {
  const { dossier } = buildDossier([
    article('a1', 'Daily A', 'The Velmora High Court on Wednesday ruled 8-1 that a Dorsk school violated the rights of a student who posted a profane message.\n\nThe student had been suspended from the team.'),
    article('a2', 'Daily B', 'The Velmora High Court on Wednesday extended its protection of student speech to messages posted off campus by an 8-1 ruling in the case of a Dorsk student.\n\nShe had been suspended from the team.'),
  ]);
  assert.ok(dossier.facts.some((f) => f.support.length > 1 && /ruled 8-1|8-1 ruling/.test(f.text)), JSON.stringify(dossier.facts.map((f) => [f.text, f.support])));
});
