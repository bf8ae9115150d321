/**
 * Who "he", "she" and "the president" are, and what a fragment ending its sentence takes from the
 * next one (src/annotate/speakers.ts, src/annotate/quotes.ts), on invented text. Each case was a
 * wrong or missing speaker found on real news (PolNeAR dev, AllSides dev stories).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('a fragment that closes its sentence takes no speaker from the next sentence', () => {
  const a = read('The ferry board is stepping up its effort to rid the harbour of "congestion." On Thursday, harbour master Greta Holm singled out a dozen trawlers and asked the board to move them.');
  const q = quote(a, 'congestion');
  assert.equal(q?.speaker ?? null, null);
});

test('an attribution after more of the reporter\'s words in the same sentence still counts', () => {
  const a = read('The ferries "will run on time this winter," just as they did last year, Greta Holm said.');
  assert.equal(quote(a, 'will run on time')?.speakerName, 'Greta Holm');
});

test('"she" after an indefinite person brought in after a subject of unknown sex is nobody', () => {
  const a = read('Mayor Varga snapped at a reporter at the end of the briefing after she asked why he was "confident" the ferries would run.');
  const q = quote(a, 'confident');
  assert.equal(q?.speakerName ?? null, null);
});

test('an apposition of the subject brings in nobody new', () => {
  const a = read('Councillor Dorn of Eastport, a ferry supporter, said the fares were high, and then he called them "a scandal for every family."');
  assert.match(quote(a, 'a scandal')?.speakerName ?? '', /Dorn/);
});

test('a pronoun inside quoted words does not make the sentence about that pronoun', () => {
  const a = read('Greta Holm runs the harbour.\n\n"The board said she would resign," Violet said.\n\n"People were calm," she said.');
  assert.equal(quote(a, 'People were calm')?.speakerName, 'Violet');
});

test('a sentence opened by the same pronoun carries its chain one paragraph further back', () => {
  const a = read('Mayor Tomas Varga apologised on Wednesday after snapping at a reporter.\n\nAsked why he was "confident" that the ferries would run by Ms. Holm, Mr Varga appeared agitated.\n\n"What do you do all the time?" he asked.');
  assert.equal(quote(a, 'What do you do')?.speakerName, 'Tomas Varga');
});

test('a title on a shared surname tells the sex ("Mrs. Marsh" is not "he")', () => {
  const a = read('Tom Marsh and Hilda Marsh run the ferry.\n\nMrs. Marsh would do well to listen, said a harbour pilot.\n\n"It is late," he said.');
  assert.notEqual(quote(a, 'It is late')?.speakerName, 'Marsh');
  assert.notEqual(quote(a, 'It is late')?.speakerName, 'Hilda Marsh');
});

test('"the president" is the one person titled bare "President", not "Eastland President …"', () => {
  const a = read('President Tomas Varga met Eastland President Ivo Kral on Wednesday.\n\n"We agreed on the ferries," the president said.');
  assert.equal(quote(a, 'We agreed')?.speakerName, 'Tomas Varga');
});

test('an apposition with commas of its own between the name and its verb', () => {
  const a = read('"The ferries were always late," Mr. Dorn, now 81 and retired in Eastport, Mass., said by telephone this week.');
  assert.match(quote(a, 'The ferries were')?.speakerName ?? '', /Dorn/);
  const b = read('"The plan is sound," Greta Holm, deputy harbour master for ferries, docks, and moorings, said on Tuesday.');
  assert.equal(quote(b, 'The plan is sound')?.speakerName, 'Greta Holm');
});

test('a headline "Title Name: …" gives the quote to the name before the colon, the title\'s period notwithstanding', () => {
  const a = read('Dr. Greta Holm: Mayor Varga ‘Not Fit To Run The Harbour.’\n\nHarbour physician Dr. Greta Holm said on Sunday the mayor was unfit.');
  assert.equal(quote(a, 'Not Fit')?.speakerName, 'Greta Holm');
});

test('the agent of a passive verb of asking speaks the question after it', () => {
  const a = read('Mayor Varga was asked by host Ivo Kral, who backs the ferry plan but has dismissed the budget, "Will the ferries run on time this winter?"');
  assert.equal(quote(a, 'Will the ferries')?.speakerName, 'Ivo Kral');
});

test('a nickname in quotes inside a name followed by a long clause is nobody\'s speech', () => {
  const a = read('Samir “Sammy” Dorn, a legal resident of the island, waited days and nights with his family outside the ferry terminal in Eastport, Maine, hoping to board.');
  assert.equal(quote(a, 'Sammy')?.speaker ?? null, null);
});

test('"as X put it" credits the quote after it mid-sentence and across an apposition', () => {
  const a = read('Varga owed his election to, as harbour master Greta Holm put it, an "extreme makeover" of the port.');
  assert.equal(quote(a, 'extreme makeover')?.speakerName, 'Greta Holm');
  const b = read('As Ivo Kral, professor of law at Eastport, put it, "The board should remember the ferries."');
  assert.equal(quote(b, 'The board should')?.speakerName, 'Ivo Kral');
});

test('a digest credit "HEADLINE - Name: “…”" gives the quote to the name between the dash and the colon', () => {
  const a = read('FERRY RIDERSHIP FALLS AS FARES RISE - Greta Holm: “Fewer people take the ferry when it costs more.”');
  assert.equal(quote(a, 'Fewer people')?.speakerName, 'Greta Holm');
});

test('a participle after a comma shares an indefinite or possessive described subject', () => {
  const a = read('A Varga campaign official later walked back the comments, saying that Varga "did not have a particular ferry in mind."');
  assert.equal(a.quotes[0]?.speaker?.text, 'A Varga campaign official');
  const b = read('Holm\'s campaign shrugged off the mayor\'s comments, telling reporters, "Nobody has ever asked for that."');
  assert.equal(b.quotes[0]?.speaker?.text, 'Holm\'s campaign');
  const c = read('His chief aide doubled down on the attacks, saying, "She is experienced on paper."');
  assert.equal(c.quotes[0]?.speaker?.text, 'His chief aide');
});

test('a demonstrative opens a described speaker ("this source told the Post")', () => {
  const a = read('"The crews do not like him," this source told the Eastport Herald.');
  assert.equal(a.quotes[0]?.speaker?.text, 'this source');
});

test('an amount in the speaker phrase of the attribution slot ("Fight for $15 organizing director …")', () => {
  const a = read('"They care about two things," Ferries for $5 organizing director Greta Holm told the Eastport Herald.');
  assert.equal(a.quotes[0]?.speakerName, 'Greta Holm');
});

test('a name that ends a slot phrase heads it, unless it is the object of a preposition in it', () => {
  const a = read('"We welcome the riders," said master of ceremonies Greta Holm, a pilot who moved to Eastport decades ago.');
  assert.equal(a.quotes[0]?.speaker?.text, 'Greta Holm');
  const b = read('"The mayor has no plan," said a spokesman for Harbour Master Greta Holm.');
  assert.notEqual(b.quotes[0]?.speakerName, 'Greta Holm');
});

test('a "?" inside the marks followed by a lower-case attribution keeps the sentence going', () => {
  const a = read('Crowds waited at the barricades. "Is there a girl with red hair who is hurt?" an older, heavyset woman said tearfully, trying to push past the police.');
  assert.match(quote(a, 'Is there a girl')?.speaker?.text ?? '', /woman/);
});
