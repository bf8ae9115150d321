/**
 * The text and Markdown dossiers list the facts two or more articles report that are not
 * consensus (fewer than most sources): with nine reports of one event, what two to four of them
 * give was shown nowhere (src/render/dossier.ts reportedBySome). Invented reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { renderDossier } from '../src/render/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-04-02T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

test('a fact two of five outlets report is listed as reported by some, in text and Markdown', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'Police in Marrow arrested a 61-year-old woman on Friday in the 1971 killing of two clerks at a bakery. She was released to a hospice because she is dying of kidney disease.'),
    art('a2', 'Harbour Post', 'On Friday police in Marrow arrested a 61-year-old woman in the 1971 killing of two clerks at a local bakery, ending a search of five decades.'),
    art('a3', 'Coast News', 'The Marrow police chief will hold a news conference this afternoon about a cold case.'),
    art('a4', 'Tesmia Times', 'A retired teacher won the regional chess title in Marrow on Sunday.'),
    art('a5', 'Valley Star', 'Marrow will repave its main road next spring, the council said.'),
  ]).dossier;
  assert.equal(d.coverage.consensus.length, 0, 'two of five is no consensus');
  const md = renderDossier(d, 'markdown');
  const some = md.slice(md.indexOf('### Reported by some, fewer than most'), md.indexOf('### Only one outlet reports'));
  assert.match(some, /arrested a 61-year-old woman/, md);
  assert.match(renderDossier(d, 'text'), /Reported by some, fewer than most \(\d+ facts?\):\n\s+- .*arrested a 61-year-old woman/);
});
