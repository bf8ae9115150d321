/**
 * A lone surname opening a sentence (src/compare/claims/bare-names.ts, name-claims.ts), on invented
 * reports through the real annotator: the recogniser gives such a word no mention ("Halvorsen was
 * arrested …"), so a person renamed there was never compared. It is now read as a bare name and
 * set against the story's person in the same part of the same act (a possible card, the lone
 * report the outlier), while a common noun opening a sentence ("Rescuers", "Defendants", a word
 * the story writes in lower case) and a word its article writes twice are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import type { Article } from '../src/core/schema.js';
import { bareNames, lowerWords } from '../src/compare/claims/bare-names.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const nameCards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, ['Daily Ardel', 'Harbour Post', 'Coast News'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'name')
    .map((c) => `${c.confidence}: ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} out=${c.outliers.join(',')}`);

const P1 = 'Tomas Brekke was arrested on Monday after a three-week search of the northern forests, officials said.';
const P2 = 'Officials said Tomas Brekke was arrested Monday after police searched the northern forests for three weeks.';
const F1 = 'Tomas Brekke faces serious charges, including murder and kidnapping, prosecutors said on Monday.';
const F2 = 'Prosecutors said on Monday that Tomas Brekke faces serious charges, including murder and kidnapping.';

test('a lone surname opening a sentence in the subject of the same act is a possible name card', () => {
  assert.deepEqual(nameCards([P1, P2, 'Halvorsen was arrested on Monday after a three-week search of the northern forests, officials said.']), ['possible: Tomas Brekke:a1,a2 / Halvorsen:a3 out=a3']);
  assert.deepEqual(nameCards([F1, F2, 'Halvorsen faces serious charges, including murder and kidnapping, prosecutors said on Monday.']), ['possible: Tomas Brekke:a1,a2 / Halvorsen:a3 out=a3']);
});

test('a common noun opening a sentence is no bare name', () => {
  assert.deepEqual(nameCards([F1, F2, 'Defendants face serious charges, including murder and kidnapping, prosecutors said on Monday.']), []);
  // Written in lower case in the story (here its plural): a common word.
  assert.deepEqual(nameCards([F1, F2, 'Trafficker faces serious charges, including murder and kidnapping, prosecutors said on Monday. Two other traffickers fled.']), []);
  const lone = (text: string) => {
    const a = annotate(art('a1', 'Daily Ardel', text));
    return bareNames(a, lowerWords([a])).map((b) => b.mention.text);
  };
  assert.deepEqual(lone('Halvorsen faces serious charges. Rescuers found the body on Monday. Investigators were called.'), ['Halvorsen']);
});

test('a bare word its article writes twice is no slip of one name', () => {
  assert.deepEqual(nameCards([P1, P2, 'Halvorsen was arrested on Monday after a three-week search of the northern forests, officials said. Halvorsen denies the charges.']), []);
});

test('a bare word shortening the other person\'s name is a nickname: no card', () => {
  const T1 = 'Mark Teixeira was arrested on Monday after a three-week search of the northern forests, officials said.';
  const T2 = 'Officials said Mark Teixeira was arrested Monday after police searched the northern forests for three weeks.';
  // "Tex" shortens "Teixeira": a nickname, the same person.
  assert.deepEqual(nameCards([T1, T2, 'Tex was arrested on Monday after a three-week search of the northern forests, officials said.']), []);
});
