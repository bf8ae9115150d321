/**
 * Nested and second-hand attribution (src/annotate/quotes.ts), on invented sentences: whose words
 * the marks record when one person reports another's speech.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('nested: the one heard speaking in a recording says the words, not the analyst who cites it', () => {
  const a = read('Media analyst Gerald Pike faulted the station for cutting part of a frantic emergency call in which a woman is heard saying: "They are trying to stab us, get here now!"');
  const q = quote(a, 'They are trying');
  assert.equal(q?.speaker?.text, 'a woman');
  assert.equal(q?.speakerName, null);
});

test('nested: direct speech inside reported speech is the inner speaker’s', () => {
  const a = read('Gerald Pike said Mira Castell told the dispatcher "there is a man with a gun."');
  assert.equal(quote(a, 'there is a man')?.speakerName, 'Mira Castell');
});

test('nested: a named person’s act of speech inside an outer report is that person’s, through the outer reporter', () => {
  // Session 26: the quote in the complement of a finished act of speaking or naming of a named
  // person ("Marr called the plan “…”") records that person's words; the outer speaker only
  // relays them (the quote's via), as with "according to". It had been the outer reporter's.
  const a = read('Tomas Brekke said that Ilse Marr called the harbour plan "a disaster" on Tuesday.\n\nGerald Pike said Mira Castell told the dispatcher that there was "a man with a gun."\n\nVera Dunmore said Oskar Lind had described the levy as “a tax on the poor.”\n\nPiet Voss said that Greta Holm warned that the town would face “years of debt.”');
  for (const [start, speaker, via] of [
    ['a disaster', 'Ilse Marr', 'Tomas Brekke'],
    ['a man with', 'Mira Castell', 'Gerald Pike'],
    ['a tax on', 'Oskar Lind', 'Vera Dunmore'],
    ['years of debt', 'Greta Holm', 'Piet Voss'],
  ]) {
    const q = quote(a, start);
    assert.equal(q?.speakerName, speaker, start);
    assert.equal(q?.via?.text, via, start);
  }
});

test('nested: a forecast, a pronoun or a call to act in the outer report keeps the outer speaker', () => {
  // "will say": the outer speaker's forecast, not a reported act; "he" is most often the outer
  // speaker himself; "called on members to be …" is a call to act, not a naming.
  const a = read('Tomas Brekke said voters will say “no thanks” to the levy.\n\nGerald Pike said he told the board that the plan was “dead on arrival.”\n\nRep. Tomas Verhoef said Ilse Marr called on members to be “closely coordinated.”');
  assert.equal(quote(a, 'no thanks')?.speakerName, 'Tomas Brekke');
  assert.equal(quote(a, 'dead on')?.speakerName, 'Gerald Pike');
  assert.equal(quote(a, 'closely')?.speakerName, 'Tomas Verhoef');
});

test('nested: a quote past the inner act of speech, in a clause of its own, stays the outer speaker’s', () => {
  // Only the inner verb's own complement holds the inner person's words: after "and that", a
  // relative or a "but" clause the words may be the outer reporter's own verdict, and crediting
  // them to the inner person would make one outlet's "Marr called it “a disaster”"-like speaker
  // out of a sentence that never has Marr say it.
  const a = read('Tomas Brekke said that Ilse Marr announced the harbour plan last week and that it was "a disaster" for the town.\n\nGerald Pike said that Mira Castell asked the board to approve the levy, which was "a tax on the poor."\n\nVera Dunmore said Oskar Lind denounced the ferry deal last year but that it had since proved "a great success."');
  assert.equal(quote(a, 'a disaster')?.speakerName, 'Tomas Brekke');
  assert.equal(quote(a, 'a tax on')?.speakerName, 'Gerald Pike');
  assert.equal(quote(a, 'a great success')?.speakerName, 'Vera Dunmore');
});

test('nested: a denied or doubted inner act of speech gives the inner person no words', () => {
  // "Brekke denied that Marr called the plan “a disaster”": the sentence says Marr did not say it.
  const a = read('Tomas Brekke denied that Ilse Marr called the harbour plan "a disaster."\n\nGerald Pike said it was untrue that Mira Castell described the levy as "a tax on the poor."\n\nVera Dunmore asked whether Oskar Lind had called the ferry deal "a great success."');
  assert.notEqual(quote(a, 'a disaster')?.speakerName, 'Ilse Marr');
  assert.notEqual(quote(a, 'a tax on')?.speakerName, 'Mira Castell');
  assert.notEqual(quote(a, 'a great success')?.speakerName, 'Oskar Lind');
});

test('nested: "according to" a report keeps the speaker and records the report as via', () => {
  const a = read('“The harbour deal is dead,” Oskar Lind said, according to a transcript of the broadcast. “We start again.”');
  const q = quote(a, 'The harbour deal');
  assert.equal(q?.speakerName, 'Oskar Lind');
  assert.equal(q?.via?.text, 'a transcript of the broadcast');
  // The quote that continues the speaker comes through the same report.
  assert.equal(quote(a, 'We start again')?.via?.text, 'a transcript of the broadcast');
});

test('nested: a report credited at the sentence end or opening it is the via', () => {
  const a = read('“Nobody asked the fishermen,” said Vera Dunmore, a union organiser, reports the Harbour Gazette.\n\nAccording to pool reports, Oskar Lind said the plan was “finished.”');
  assert.equal(quote(a, 'Nobody asked')?.via?.text, 'the Harbour Gazette');
  assert.equal(quote(a, 'Nobody asked')?.speakerName, 'Vera Dunmore');
  assert.equal(quote(a, 'finished')?.via?.text, 'pool reports');
});

test('nested: "according to" the speaker, or no second-hand source, leaves via null', () => {
  const a = read('The ferry is late “every single day,” according to Vera Dunmore.\n\n“We will rebuild,” Oskar Lind said on Monday.');
  assert.equal(quote(a, 'every single day')?.via ?? null, null);
  assert.equal(quote(a, 'We will rebuild')?.via ?? null, null);
});

test('speech time: the attribution dates the speech, not a date inside the reported clause', () => {
  const a = read('Mira Castell said on Monday: “Today we begin the work.”\n\n“We will rebuild,” Oskar Lind said in a statement on Wednesday. “Tonight we rest.”\n\nVera Dunmore said the vote in May was “rigged from the start.”\n\nOn Friday, Ilse Marr told reporters: “Last night was hard.”');
  assert.equal(quote(a, 'Today we begin')?.spokenAt?.text, 'Monday');
  assert.equal(quote(a, 'We will rebuild')?.spokenAt?.text, 'Wednesday');
  // A quote that continues the speaker keeps the time of the speech.
  assert.equal(quote(a, 'Tonight we rest')?.spokenAt?.text, 'Wednesday');
  assert.equal(quote(a, 'rigged')?.spokenAt ?? null, null);
  assert.equal(quote(a, 'Last night')?.spokenAt?.text, 'Friday');
  // The span is one of the article's time expressions.
  const t = quote(a, 'Today we begin')!.spokenAt!;
  assert.ok(a.times.some((x) => x.start === t.start && x.end === t.end));
});

test('titles: "Speaker of the House Rep. Name" is the subject, not the object of "of"', () => {
  const a = read('Tuesday on the radio, while discussing a post featuring a star likened to a badge, Speaker of the House Rep. Vera Dunmore (R-WI) said “the images have no place in a campaign.”');
  assert.equal(quote(a, 'the images')?.speakerName, 'Vera Dunmore');
});

test('fragments: a sentence closed by its own attribution does not give the fragment to its subject', () => {
  const a = read('Oskar Lind also retaliated against some of the workers and created a “toxic” and hostile climate at the harbour office, prosecutors said.\n\nVera Dunmore created a “hostile” climate at the ferry office.');
  assert.equal(quote(a, 'toxic')?.speaker ?? null, null);
  // Without such an attribution the subject still speaks for the fragment.
  assert.equal(quote(a, 'hostile')?.speakerName, 'Vera Dunmore');
});

test('bare plurals: "…,” officials said" names a described group of sources', () => {
  const a = read('“The port is closed,” officials said Tuesday.\n\nThe fire left two people dead and “many more” hurt, officials said.');
  assert.equal(quote(a, 'The port is closed')?.speaker?.text, 'officials');
  assert.equal(quote(a, 'The port is closed')?.speakerKind, 'description');
  assert.equal(quote(a, 'many more')?.speaker?.text, 'officials');
});
