/**
 * Time between reports decides whether two values can be one claim's (conflicts/roles.ts
 * SUCCESSION_DAYS, conflicts/conflicts.ts OTHER_OCCURRENCE_DAYS): an office's two holders half a
 * year apart are a predecessor and a successor; one sentence dated differently two months apart
 * tells of two occurrences. Invented reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, published: string, text: string): Article {
  return { id, outlet, published, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const cards = (arts: Article[]): string => JSON.stringify(buildDossier(arts).dossier.conflicts.map((c) => [c.kind, c.claims.map((x) => x.value)]));

test('an office\'s holders named half a year apart are two terms, not a conflict', () => {
  const arts = [
    art('a1', 'Daily Ardel', '2026-03-04T10:00:00Z', 'Tomas Brenner, the Velmoran Prime Minister, opened the new grain terminal at the port on Tuesday. The terminal cost 40 million crowns.'),
    art('a2', 'Harbour Post', '2026-03-05T10:00:00Z', 'Velmoran Prime Minister Tomas Brenner cut the ribbon at the grain terminal on Tuesday, calling it a turning point for the port.'),
    art('a3', 'Coast News', '2027-02-10T10:00:00Z', 'The second grain terminal was opened on Tuesday by Velmoran Prime Minister Ilse Varo, who praised the dock workers.'),
  ];
  assert.equal(cards(arts), '[]');
  // The same three a week apart stay one office given to two people.
  arts[2] = art('a3', 'Coast News', '2026-03-06T10:00:00Z', arts[2].text);
  assert.match(cards(arts), /Ilse Varo/);
});

test('one sentence dated differently two months apart tells of two occurrences', () => {
  const arts = [
    art('a1', 'Daily Ardel', '2026-03-20T10:00:00Z', 'Officials imposed a curfew in Tesmia on Friday after a bomb killed 12 people at the central market, the regional headquarters said.'),
    art('a2', 'Harbour Post', '2026-03-21T10:00:00Z', 'A curfew was imposed in Tesmia on Friday after a bomb killed 12 people at the market, the regional headquarters said.'),
    art('a3', 'Coast News', '2026-07-14T10:00:00Z', 'Officials imposed a curfew in Tesmia on Tuesday after a bomb killed 12 people at the central market, the regional headquarters said.'),
  ];
  assert.doesNotMatch(cards(arts), /"date"/);
});

test('one outlet\'s reports each dating the state of things by their own day ("headed north Friday" / "… Saturday") is a running story', () => {
  const arts = [
    art('a1', 'Coast News', '2026-10-23T09:00:00Z', 'MANILA (Coast News) _ Typhoon Kerra headed toward the southern coast of Tesmia on Friday after battering the northern islands with heavy winds, weather officials said.'),
    art('a2', 'Coast News', '2026-10-24T09:00:00Z', 'MANILA (Coast News) _ Typhoon Kerra headed toward the southern coast of Tesmia on Saturday after battering the northern islands with heavy winds, weather officials said.'),
    art('a3', 'Coast News', '2026-10-24T11:00:00Z', 'Typhoon Kerra headed toward the southern coast of Tesmia on Saturday after battering the northern islands, officials said.'),
  ];
  assert.doesNotMatch(cards(arts), /"date"/);
});

test('"last week" and "two weeks ago" counted back from different days do not contradict each other', () => {
  const arts = [
    art('a1', 'Coast News', '2026-10-23T09:00:00Z', 'The storm follows Typhoon Zell, which killed at least 20 people in the northern islands last week.'),
    art('a2', 'Coast News', '2026-10-24T09:00:00Z', 'It follows Typhoon Zell, which killed at least 20 people in the northern islands last week.'),
    art('a3', 'Coast News', '2026-10-25T09:00:00Z', 'It follows Typhoon Zell, which killed at least 20 people in the northern islands two weeks ago.'),
    art('a4', 'Coast News', '2026-10-25T15:00:00Z', 'The storm follows Typhoon Zell, which killed at least 20 people in the northern islands two weeks ago.'),
  ];
  assert.doesNotMatch(cards(arts), /"date"/);
});
