/**
 * A possessive subject is not its owner (review of session 19's otherActors change,
 * predicates.ts ownerActing): one report says Velmora's neighbours closed the crossings, the
 * other that Velmora did. Two actors' acts: no fact citing both. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, text: string): Article {
  return { id, outlet: id, published: '2024-05-02', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const rest = ' The outbreak began in the port city of Sarn. Health officials counted 300 cases by Wednesday. Trade through the region has slowed sharply.';

test("another party's act is no fact shared with its owner's", () => {
  const d = buildDossier([
    art('a1', "On Thursday, Velmora's neighbours closed the border crossings after the outbreak." + rest),
    art('a2', 'On Thursday, Velmora closed the border crossings after the outbreak.' + rest),
  ]).dossier;
  const closed = d.facts.filter((f) => /closed the border/.test(f.text));
  assert.ok(closed.length > 0);
  for (const f of closed) assert.equal(f.support.length, 1, `${f.text} ${JSON.stringify(f.support)}`);
});
