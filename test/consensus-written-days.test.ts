/**
 * Written days of the month compare by their words (facts/dates.ts writtenDaysDiffer): "pleaded
 * guilty on April 27" / "pleaded guilty Sept. 27" are two days whatever their year, also when a
 * report has no publication date and the annotator cannot resolve either. Invented articles, real
 * annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { sentenceTimes, writtenDaysDiffer } from '../src/compare/facts/dates.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, published: string | null, text: string): Article {
  return { id, text, outlet, language: null, published, file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);

const timesOf = (published: string | null, text: string) => sentenceTimes(annotate(art('t', 'T', published, text)), 0, text.length);

const story = (x: string, y: string, p: string | null, q: string | null): Dossier =>
  buildDossier([
    art('a', 'Courier', p, `The harbour master spoke to reporters at the quay about the new ferry timetable. ${x} Crews at the quay said little.`),
    art('b', 'Ledger', q, `${y} Fishing boats stayed in port for a third day as waves battered the breakwater near the old lighthouse.`),
  ]).dossier;

test('two written days of the month with no year resolved are two facts', () => {
  const d = story('Varga pleaded guilty on April 27 to taking bribes from a shipping firm.', 'Varga pleaded guilty Sept. 27 to taking bribes from a shipping firm.', null, null);
  const plea = d.facts.filter((f) => f.sentences.some((s) => textOf(d, s).includes('pleaded guilty')));
  assert.ok(plea.length > 0 && plea.every((f) => f.support.length < 2), 'April 27 / Sept. 27 are two days');
  // One report dated, the other not: still two days.
  const e = story('Varga pleaded guilty on April 27 to taking bribes from a shipping firm.', 'Varga pleaded guilty on Sept. 27 to taking bribes from a shipping firm.', '2024-10-10', null);
  assert.ok(e.facts.filter((f) => f.sentences.some((s) => textOf(e, s).includes('pleaded guilty'))).every((f) => f.support.length < 2));
});

test('one written day, in either order or with its year, is one day', () => {
  assert.ok(!writtenDaysDiffer(timesOf(null, 'Varga pleaded guilty on 27 April to taking bribes.'), timesOf('2024-10-10', 'Varga pleaded guilty April 27 to taking bribes.')));
  assert.ok(!writtenDaysDiffer(timesOf(null, 'Varga pleaded guilty on April 27, 2001.'), timesOf(null, 'Varga pleaded guilty April 27.')));
  // A date of saying is not the day of the claim; a sentence with no written day gives no evidence.
  assert.ok(!writtenDaysDiffer(timesOf(null, 'Varga pleaded guilty to taking bribes, prosecutors said on Sept. 27.'), timesOf(null, 'Varga pleaded guilty on April 27 to taking bribes.')));
  assert.ok(!writtenDaysDiffer(timesOf(null, 'Varga pleaded guilty last week.'), timesOf(null, 'Varga pleaded guilty on April 27.')));
  const d = story('Varga pleaded guilty on April 27 to taking bribes from a shipping firm.', 'Varga pleaded guilty April 27 to taking bribes from a shipping firm.', null, null);
  assert.ok(d.facts.some((f) => f.support.length === 2 && f.sentences.some((s) => textOf(d, s).includes('pleaded guilty'))));
});
