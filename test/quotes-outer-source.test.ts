/**
 * The two levels of a nested attribution (issue #11, session 29; invented text): the annotator
 * records the outer source (`via`) of "“…,” Marr said at a press conference, according to the
 * Harbour Post" also when the quote's "?" ended the sentence, and of "…,” he told Ilse Marr,
 * according to officials with knowledge of the meeting" ("he" is no word of "the"); and a speaker
 * card does not set the inner speaker one outlet names against the outer source another credits;
 * a gendered noun in the apposition after a name ("Piet Voss, her husband,") tells its sex; and
 * "he" going on after "He said …" is no outer source of his own words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2026-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('outer source: "according to X" after an attribution that follows a quote ending in "?"', () => {
  const a = read('Ilse Marr spoke at the harbour forum on Sunday. “Is this a priority for them because it is an election year, or because they believe in it?” Marr said at a press conference, according to the Harbour Post. The council meets again in May.');
  const q = quote(a, 'Is this a priority');
  assert.equal(q?.speaker?.text, 'Marr');
  assert.equal(q?.via?.text, 'the Harbour Post');
});

test('outer source: a pronoun speaker is matched as a word, not as a part of "the"', () => {
  const a = read('Oskar Lind has continued to needle his critics. “You have been very critical of me,” he told Ilse Marr, according to officials with knowledge of the meeting.');
  assert.equal(quote(a, 'You have been')?.via?.text, 'officials with knowledge of the meeting');
});

test('outer source: a reporter\'s own next sentence after a quote with its speaker before it is no attribution', () => {
  const a = read('Ilse Marr asked the council: “Is the levy fair to the harbour families?” According to the Harbour Post, the council voted it down.');
  assert.equal(quote(a, 'Is the levy')?.via ?? null, null);
});

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-04T10:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const speakerCards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'speaker')
    .map((c) => c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / '));

const Q = '"We will rebuild every single home that was lost in this terrible storm, and we will start this week,"';

test('a speaker card does not compare an inner speaker with the outer source of the same report', () => {
  // Two outlets have the minister's words through her deputy; a third credits them to the deputy
  // who relayed them. Not two people claimed to have said one thing: the levels of one report.
  const inner = `${Q} Interior Minister Anna Varga said at a meeting with mayors, according to Deputy Interior Minister Tomas Holm.`;
  assert.deepEqual(speakerCards([inner, inner.replace('at a meeting with mayors', 'on Monday'), `${Q} Deputy Interior Minister Tomas Holm said on Monday.`]), []);
  // Nor is the group of those quotes flagged as naming different speakers.
  const d = buildDossier([inner, inner.replace('at a meeting with mayors', 'on Monday'), `${Q} Deputy Interior Minister Tomas Holm said on Monday.`].map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier;
  assert.deepEqual(d.quoteGroups.map((g) => g.speakerDisagreement), [false]);
  // A named speaker with no nesting still is.
  const named = `${Q} Interior Minister Anna Varga said at a meeting with mayors.`;
  const e = buildDossier([named, `${Q} Deputy Interior Minister Tomas Holm said on Monday.`].map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News'][i], t))).dossier;
  assert.deepEqual(e.quoteGroups.map((g) => g.speakerDisagreement), [true]);
});

test('one statement given to another named person with no nesting is still a card', () => {
  const named = `${Q} Interior Minister Anna Varga said at a meeting with mayors.`;
  assert.deepEqual(speakerCards([named, named.replace('at a meeting with mayors', 'on Monday'), `${Q} Deputy Interior Minister Tomas Holm said on Monday.`]), ['Anna Varga:a1,a2 / Tomas Holm:a3']);
});

test('"he"/"she": a gendered role noun in the apposition after a name gives its sex', () => {
  // "Piet" is in no given-name list: without the apposition the husband, the subject of the
  // sentence before the quote, was taken for "she".
  const a = read('Ms. Dunmore said the levy was unfair. Piet Voss, her husband, agreed. “It will ruin the families,” she said.');
  assert.equal(quote(a, 'It will ruin')?.speakerName, 'Dunmore');
  const b = read('Mr. Holm said the levy was unfair. Kim Voss, a spokeswoman for the council, agreed. “It will ruin the families,” he said.');
  assert.equal(quote(b, 'It will ruin')?.speakerName, 'Holm');
});

test('"he"/"she": a role noun at the end of a list the name opens is no apposition of the name', () => {
  // "her husband" is a third person: read as Voss's apposition it made Voss a man, and "she" went
  // past Voss, the subject just before the quote, to Brandt.
  const a = read('Kim Voss, Lena Brandt and her husband, who run the ferry, met the council on Monday. Voss opposed the levy. “It will ruin the families,” she said.');
  assert.equal(quote(a, 'It will ruin')?.speakerName, 'Kim Voss');
});

test('outer source: a credit after a comma written inside the closing mark ("…,” the Post first reported)', () => {
  const a = read('Pastor Oskar Holm, who leads a church in Vellmar, attacked the scouts on Monday’s installment of his weekly radio show, “Hours with Holm,” the Harbour Post first reported.');
  assert.equal(quote(a, 'Hours with Holm')?.via?.text, 'the Harbour Post');
});

test('outer source: the same pronoun speaking on is no outer source of its own words', () => {
  // "He said …, and when asked …, he said, “…”": one man going on, not a report through someone.
  const a = read('Oskar Lind was asked about it during the debate. He said he had not seen the clash in Vellmar, and when asked whether he was encouraging the crowd, he said, “I hope not.”');
  const q = quote(a, 'I hope not');
  assert.equal(q?.speaker?.text, 'he');
  assert.equal(q?.via ?? null, null);
});
