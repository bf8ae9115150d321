/**
 * Links carried only by a story's background (invented articles, real annotator; issue #12,
 * facts/background-links.ts): two sentences that share two people's names with the titles and
 * appositions that always come with them, and the story's recurring words, but state different
 * things (a wish to keep them out / their win), are not one fact; two reports of one thing the
 * same person did, with the same apposition, still are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { StoryBackground, withoutDescriptions } from '../src/compare/facts/background-links.js';
import { alignFacts } from '../src/compare/facts/facts.js';
import { Affinity } from '../src/compare/match/affinity.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, text: string): Article {
  return { id, text, outlet: id, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

// Five reports of a guild's election whose every report keeps coming back to its two camps.
const FILLER = [
  'The moderates and the hardliners fought over the guild vote for weeks.',
  'Hardliners want the guild to keep its old charter, and moderates want a new one.',
  'Many moderates stayed home, and the hardliners turned out in force.',
  'The hardliners now hold most seats, while the moderates hold few.',
];

function story(a: string, b: string): Article[] {
  const out: Article[] = [];
  for (let k = 0; k < 5; k++) {
    const lines = [`The guild of Varnholt elected a new council on day ${k + 3} of the fair.`, ...FILLER.map((f) => f.replace('weeks', `${k + 2} weeks`))];
    if (k === 1) lines.splice(2, 0, a);
    if (k === 3) lines.splice(2, 0, b);
    out.push(art(`r${k}`, lines.join(' ')));
  }
  return out;
}

function together(articles: Article[], x: string, y: string, backgroundLinks?: boolean): boolean {
  const annotated = articles.map((a) => annotate(a));
  const al = alignFacts(annotated, buildEntities(annotated), backgroundLinks === undefined ? {} : { backgroundLinks });
  const f = al.facts.find((c) => c.members.some((m) => m.text.includes(x)));
  return !!f && f.members.some((m) => m.text.includes(y));
}

test('an apposition and a title before a name are blanked, offsets kept; a relative clause, a fronted place and a verb before a name are not', () => {
  const t = 'Moderates want to keep Corvin Ashgrove, head of the river court, out of office.';
  const w = withoutDescriptions(t);
  assert.equal(w.text.length, t.length);
  assert.ok(!w.text.includes('head of the river court') && w.text.includes('Corvin Ashgrove') && w.text.includes('out of office'), w.text);
  assert.deepEqual(w.described, ['Corvin Ashgrove']);
  const title = withoutDescriptions('The opposition leader, Teodor Brannik, said the inquiry should be run by the assembly.');
  assert.ok(!title.text.includes('opposition leader') && title.text.includes('said the inquiry'), title.text);
  for (const kept of [
    'Brannik, who has long accused the city of neglecting the port, called the fire a crime.',
    'In Paris, police arrested 12 people, officials said.',
    'Maxwell read the statement as Adadi Rajab looked on.',
    'The fire started in Halvar, killing 12.',
    'He coached for ten seasons in the top West German league.',
  ]) assert.equal(withoutDescriptions(kept).text, kept);
  // What follows a name's comma is its predicate when it opens with a verb form.
  const said = withoutDescriptions('Jon Vark, was reportedly arrested in Karvik, police said.');
  assert.ok(said.text.includes('was reportedly arrested in Karvik'), said.text);
});

test('a story\'s recurring word and a described name are background; the claim is what is left', () => {
  const a = 'Moderates want to keep hardliners such as Corvin Ashgrove, head of the river court, out of office.';
  const b = 'Among the hardliners who won were Corvin Ashgrove, head of the river court.';
  const texts = story(a, b).flatMap((x) => x.text.split(/(?<=\.) /));
  const arts = story(a, b).flatMap((x) => x.text.split(/(?<=\.) /).map(() => x.id));
  const bg = new StoryBackground(texts, new Affinity(texts).keyed, arts);
  const c = bg.claimOf(texts.indexOf(a), texts.indexOf(b));
  assert.deepEqual(c.claim, []);
  assert.equal(c.describedName, true);
});

test('two statements sharing only described names and the story\'s words are not one fact', () => {
  for (const [a, b] of [
    ['Moderates hope voters will keep hardliners such as Corvin Ashgrove, head of the river court, and Mael Tessary, head of the lantern board, out of office.', 'Hardliners who won include Corvin Ashgrove, head of the river court, and Mael Tessary, head of the lantern board.'],
    ['Moderates want to keep hardliners such as Corvin Ashgrove, head of the river court, out of the council.', 'Among the hardliners who won were Corvin Ashgrove, head of the river court.'],
  ]) {
    assert.ok(together(story(a, b), a, b, false), `joined without the check: ${a}`);
    assert.ok(!together(story(a, b), a, b), `two statements: ${a} / ${b}`);
  }
});

test('two reports of one act of a described person are still one fact', () => {
  const c = 'Corvin Ashgrove, head of the river court, resigned from the guild council on Friday after the count.';
  const d = 'Corvin Ashgrove, head of the powerful river court, resigned from the council on Friday.';
  assert.ok(together(story(c, d), c, d));
});

test('a verb both sentences predicate is the claim, however often the story tells it', () => {
  // Four reports of one escape: "escaped" is in every sentence, yet two reports of the escape
  // by a described man (", 49,") state one thing.
  const a = 'Jon Vark, 49, escaped from the prison van near Karvik.';
  const b = 'Jon Vark, 49, escaped when guards moved him from Karvik.';
  const texts: string[] = [];
  const arts: string[] = [];
  for (let k = 0; k < 4; k++) {
    for (const t of [`An inmate escaped on day ${k + 2}.`, `Guards said the man escaped before dawn ${k + 3} times.`, `Nobody knows how he escaped, officer ${k} said.`]) {
      texts.push(t);
      arts.push(`r${k}`);
    }
  }
  texts.push(a, b);
  arts.push('r0', 'r1');
  const bg = new StoryBackground(texts, new Affinity(texts).keyed, arts);
  const c = bg.claimOf(texts.indexOf(a), texts.indexOf(b));
  assert.equal(c.describedName, true);
  assert.ok(c.claim.length > 0, `claim: ${c.claim.join(',')}`);
});

test('the subject and verb of a main clause after a fronted phrase are no title', () => {
  // "police caught" before a name after a comma is the clause's subject and irregular verb, the
  // claim itself: nothing is blanked and the name is not described.
  for (const t of ['After the fire, police caught Jon Vark near the Karvik pier.', 'On day 3, rebels shot Jon Vark near Karvik.']) {
    const w = withoutDescriptions(t);
    assert.equal(w.text, t);
    assert.deepEqual(w.described, []);
  }
  // A title after a comma still is one.
  assert.deepEqual(withoutDescriptions('The fire spread fast, opposition leader Teodor Brannik told reporters.').described, ['Teodor Brannik']);
});

test('a phrase opening with a preposition after a name is no apposition', () => {
  // ", with 52 percent of the vote" holds the claim's figure; ", after a long career," is an adverbial.
  for (const t of ['The winner of the guild vote was Jon Vark, with 52 percent of the vote.', 'Jon Vark, after a long career, retired from the river court on Monday.']) {
    const w = withoutDescriptions(t);
    assert.equal(w.text, t);
    assert.deepEqual(w.described, []);
  }
});
