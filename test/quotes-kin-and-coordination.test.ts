/**
 * Session 27 (issue #11), on invented sentences: a relative introduced by a kinship role is not
 * the person the surname names, and a quote in the complement of a second clause's reporting verb
 * is not the first clause's subject's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('kin: "Mrs. Holt said her daughter Anna Holt …" — a later "she" is Mrs. Holt, not the daughter', () => {
  // The daughter's role made her the sentence's subject ("said her daughter" read as a modifier
  // of the name), and the surname alone expanded to the daughter's full name.
  const a = read('Mrs. Holt said her daughter Anna Holt had been arrested on Monday. "It was a mistake," she said.');
  assert.equal(quote(a, 'It was a mistake')?.speakerName, 'Holt');
  const b = read('Vera Holt said her daughter Anna Holt had been arrested on Monday. "It was a mistake," she said.');
  assert.equal(quote(b, 'It was a mistake')?.speakerName, 'Vera Holt');
});

test('kin: the surname alone is not expanded to a relative brought in after it', () => {
  const a = read('Mrs. Holt spoke at the hearing. Her daughter, Anna Holt, was arrested last week and Anna Holt was released on Friday.\n\nHolt said the police had "treated her like a criminal."');
  assert.equal(quote(a, 'treated her')?.speakerName, 'Holt');
  // A relative named first is the surname's full form as before.
  const b = read('Anna Holt was arrested last week. "I did nothing," Holt said.');
  assert.equal(quote(b, 'I did nothing')?.speakerName, 'Anna Holt');
});

test('coordination: "Lind met with the Harbour Council and Ilse Marr said …" does not give Marr’s words to Lind', () => {
  // The name layer reads "Harbour Council and Ilse Marr" as one body; the fragment rule then went
  // past "said" to the sentence opener. No speaker rather than the wrong one.
  const a = read('Oskar Lind met with the Harbour Council and Ilse Marr said the levy was "a tax on the poor."');
  assert.notEqual(quote(a, 'a tax on')?.speakerName, 'Oskar Lind');
  // The opener's own verbs still give the opener ("met … and said").
  const b = read('Oskar Lind met with the Harbour Council and said the levy was "a tax on the poor."');
  assert.equal(quote(b, 'a tax on')?.speakerName, 'Oskar Lind');
  const c = read('Oskar Lind met with the Harbour Council, and Ilse Marr said the levy was "a tax on the poor."');
  assert.equal(quote(c, 'a tax on')?.speakerName, 'Ilse Marr');
});

test('colon: a fronted adverbial clause of any length is passed over to the main clause that the colon ends', () => {
  // The introductory phrases the subject search passes are short (80 characters); a fronted
  // "When …" clause with its own subject and verb runs longer, and the colon rule found nobody.
  const a = read('When Greta Holm suggested that the ferry company would sue the town for breaking the harbour deal, Ilse Marr fired back forcefully: “If they sue us, they will lose.”');
  assert.equal(quote(a, 'If they sue us')?.speakerName, 'Ilse Marr');
});
