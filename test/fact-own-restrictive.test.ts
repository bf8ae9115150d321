/**
 * A restrictive relative clause of a shared fact's shown sentence ("… for the refugees who
 * assisted the navy …", no comma before it) belongs to the noun phrase the outlets share, each in
 * its own words: it is never marked as the shown outlet's own (facts.ts ownParts), since a false
 * "[<outlet> adds: …]" says that outlet added what the others report. A clause set off by a comma
 * is still read (test/fact-own.test.ts). Invented reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-04-02T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

const fact = (a: string, b: string) => {
  const d = buildDossier([art('a1', 'Daily Ardel', a), art('a2', 'Harbour Post', b)]).dossier;
  const f = d.facts.find((x) => x.support.length === 2 && /harbour budget/.test(x.text));
  assert.ok(f, JSON.stringify(d.facts.map((x) => [x.text, x.support])));
  const t = d.articles.find((x) => x.id === f.source.article)!.text;
  return { f, own: (f.own ?? []).map((o) => t.slice(o.start, o.end)) };
};

test('a restrictive relative clause told in other words is not marked as one outlet’s own', () => {
  const { f, own } = fact(
    'The Varnholt city council approved a harbour budget of 40 million crowns on Monday for the thousands of Kelvish refugees who assisted the Varnholt navy over the past twenty years. Tickets for the summer festival go on sale in May.',
    'On Monday the Varnholt city council approved a harbour budget of 40 million crowns for the thousands of Kelvish refugees who partnered with the coastguard during the blockade. The mayor welcomed the vote.',
  );
  assert.deepEqual(own, [], JSON.stringify(f));
});

