/**
 * The markdown dossier says so where a section is empty (a heading over nothing read as a rendering
 * fault in the session 16 reading: "Reported by most" and "How outlets label the main actors" with
 * nothing under them). Invented articles with nothing in common.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { renderDossier } from '../src/render/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('empty consensus and framing sections say they are empty', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', 'The harbour ferry will run later on weekdays from April, the port office said.'),
    article('a2', 'Kestrel News', 'Three schools in the valley will share one library van next year.'),
  ]);
  assert.equal(dossier.coverage.consensus.length, 0);
  const md = renderDossier(dossier, 'markdown');
  // The first line under a heading that is not its italic basis note.
  const after = (heading: string): string => md.slice(md.indexOf(heading) + heading.length).split('\n').filter((l) => l.trim() && !l.startsWith('_'))[0];
  assert.equal(after('### Reported by most\n'), 'No fact is reported by most of them.');
  if (dossier.framing.length === 0) assert.equal(after('## How outlets label the main actors\n'), 'No labels found.');
});
