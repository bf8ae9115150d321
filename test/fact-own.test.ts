/**
 * A shared fact is shown as one member's whole sentence and cited to every supporting outlet; a
 * clause that sentence adds and no other member reports ("…, adding that …") is marked as the
 * shown outlet's own (Fact.own, facts.ts ownParts), so the other outlets are not credited with it,
 * while what they share stays unmarked and a clause they report in their next sentence is theirs
 * too. Invented reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { renderDossier } from '../src/render/dossier.js';
import { renderHtmlReport } from '../src/render/html/report.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-04-02T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

const articles = (): Article[] => [
  art('a1', 'Daily Ardel', 'The Varnholt city council approved a harbour budget of 40 million crowns on Monday, adding that the old ferry pier would be demolished next spring. Tickets for the summer festival go on sale in May.'),
  art('a2', 'Harbour Post', 'On Monday the Varnholt city council approved a harbour budget of 40 million crowns, after the fishing guild threatened a strike over mooring fees. The mayor welcomed the vote.'),
];

test("a shared fact's clause no other member reports is marked as its outlet's own, with exact offsets", () => {
  const d = buildDossier(articles()).dossier;
  const f = d.facts.find((x) => x.support.length === 2 && /harbour budget/.test(x.text));
  assert.ok(f, JSON.stringify(d.facts.map((x) => [x.text, x.support])));
  assert.ok(f.own && f.own.length === 1, JSON.stringify(f));
  const a = d.articles.find((x) => x.id === f.source.article)!;
  const own = a.text.slice(f.own[0].start, f.own[0].end);
  assert.ok(f.own[0].start >= f.source.start && f.own[0].end <= f.source.end);
  // The added clause is marked, the shared statement is not.
  assert.ok(/ferry pier|fishing guild/.test(own), own);
  assert.ok(!/approved|budget/.test(own), own);
  const md = renderDossier(d, 'markdown');
  assert.match(md, new RegExp(`\\[${a.outlet} adds: `), md);
  assert.match(renderDossier(d, 'text'), new RegExp(`\\[${a.outlet} adds: `));
  assert.match(renderHtmlReport(d), /<span class="own"[^>]*>/);
});

test('a clause the other outlet reports in its next sentence is not marked', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The Varnholt city council approved a harbour budget of 40 million crowns on Monday, adding that the old ferry pier would be demolished next spring. Councillors debated for six hours.'),
    art('a2', 'Harbour Post', 'On Monday the Varnholt city council approved a harbour budget of 40 million crowns, after the fishing guild threatened a strike over mooring fees. The old ferry pier will be demolished next spring, the council said.'),
  ]).dossier;
  const f = d.facts.find((x) => x.support.length === 2 && /harbour budget/.test(x.text));
  assert.ok(f, JSON.stringify(d.facts.map((x) => [x.text, x.support])));
  // Shown: the first article's sentence (the second's adds the guild's strike threat).
  assert.equal(f.source.article, 'a1', JSON.stringify(f));
  assert.equal(f.own, undefined, JSON.stringify(f));
});
