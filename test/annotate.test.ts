/**
 * The annotate stage on small hand-written fixtures: one group per layer, plus the stand-off
 * invariant on every fixture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { checkSpans } from './helpers/spans.js';

function article(text: string, published: string | null = '2025-10-15'): Article {
  return { id: 't', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] };
}

const all: AnnotatedArticle[] = [];
function read(text: string, published: string | null = '2025-10-15'): AnnotatedArticle {
  const a = annotate(article(text, published));
  all.push(a);
  return a;
}
const sentencesOf = (a: AnnotatedArticle): string[] => a.sentences.map((s) => a.text.slice(s.start, s.end));
const mention = (a: AnnotatedArticle, name: string) => a.mentions.find((m) => m.text === name);
const time = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t);
const qty = (a: AnnotatedArticle, t: string) => a.quantities.find((x) => x.text === t);

// ---------------------------------------------------------------- sentences

test('sentences: abbreviations, initials and "No. 5" do not end a sentence', () => {
  const a = read('Mr. Smith met Dr. Jones and Gen. Lee in the U.S. capital. George W. Bush was No. 5 on the list. It rained.');
  assert.deepEqual(sentencesOf(a), [
    'Mr. Smith met Dr. Jones and Gen. Lee in the U.S. capital.',
    'George W. Bush was No. 5 on the list.',
    'It rained.',
  ]);
});

test('sentences: a quote ending in a comma continues; one ending in a full stop ends', () => {
  const a = read('“We will rebuild the harbour,” the mayor said. “Work starts soon.” She left. "Why?" he asked.');
  assert.deepEqual(sentencesOf(a), ['“We will rebuild the harbour,” the mayor said.', '“Work starts soon.”', 'She left.', '"Why?" he asked.']);
});

test('sentences: headings without final punctuation and paragraph breaks end sentences', () => {
  const a = read('Harbour fire destroys warehouse\nMarch 3, 2024\n\nThe fire began at night and\nspread to two sheds.\n\nNo one was hurt');
  assert.deepEqual(sentencesOf(a), ['Harbour fire destroys warehouse', 'March 3, 2024', 'The fire began at night and\nspread to two sheds.', 'No one was hurt']);
});

test('sentences: the U.S. before a sentence opener ends the sentence', () => {
  const a = read('The envoy flew to the U.S. The talks began on Monday.');
  assert.equal(a.sentences.length, 2);
});

test('sentences: an abbreviation before a capitalised name word is no boundary; before an opener it is', () => {
  const a = read(
    'The appeal went to the U.S. Court of Appeals for the Fourth Circuit. Officers in Glenmarsh (Md.) Township found the van. ' +
      'The firm moved to Tolland, Conn. Analysts were surprised. It sold Brackwell Co. Grain Division to a rival. Staff left Tarvey Inc. The board met.',
  );
  assert.deepEqual(sentencesOf(a), [
    'The appeal went to the U.S. Court of Appeals for the Fourth Circuit.',
    'Officers in Glenmarsh (Md.) Township found the van.',
    'The firm moved to Tolland, Conn.',
    'Analysts were surprised.',
    'It sold Brackwell Co. Grain Division to a rival.',
    'Staff left Tarvey Inc.',
    'The board met.',
  ]);
});

test('sentences: a state abbreviation in brackets never ends a sentence, a full sentence in brackets does', () => {
  const a = read('A judge in Renfield (Pa.) County ruled. (The clerk declined to comment.) Lawyers appealed.');
  assert.deepEqual(sentencesOf(a), ['A judge in Renfield (Pa.) County ruled.', '(The clerk declined to comment.)', 'Lawyers appealed.']);
});

// ---------------------------------------------------------------- mentions

test('mentions: titles and roles are split from names', () => {
  const a = read(
    'Syrian President Ahmed al-Sharaa met Mr. Putin. Russian Foreign Minister Sergei Lavrov spoke, and Kremlin spokesman Dmitry Peskov agreed. ' +
      "Syria's interim President Ahmad al-Sharaa arrived. The former President Bashar al-Assad fled.",
  );
  const cases: Array<[string, string | null]> = [
    ['Ahmed al-Sharaa', 'Syrian President'],
    ['Putin', 'Mr.'],
    ['Sergei Lavrov', 'Russian Foreign Minister'],
    ['Dmitry Peskov', 'Kremlin spokesman'],
    ['Ahmad al-Sharaa', "Syria's interim President"],
    ['Bashar al-Assad', 'former President'],
  ];
  for (const [name, role] of cases) {
    const m = mention(a, name);
    assert.ok(m, `mention ${name}`);
    assert.equal(m.type, 'person', name);
    assert.equal(m.role?.text ?? null, role, name);
  }
  assert.equal(mention(a, 'Kremlin')?.type, 'organization');
  assert.equal(mention(a, 'Syria')?.type, 'place');
});

test('mentions: possessives, sentence-initial words and headline capitals', () => {
  const a = read(
    "Leader Meets With Putin in First Visit Since Assad's Overthrow\n\nDespite the talks, Assad's allies left. Since then Putin has said little about the visit, the first since the overthrow.",
  );
  const names = a.mentions.map((m) => m.text);
  assert.ok(names.includes('Assad'));
  assert.ok(!names.some((n) => /Despite|Since|Meets|With|First|Visit|Overthrow/.test(n)), names.join(', '));
  assert.equal(mention(a, 'Putin')?.type, 'person'); // from the body's "Putin has said"
});

test('mentions: appositive roles and sentence-initial role words', () => {
  const a = read(
    'The opposition leader, Teodor Brannik, spoke. Khalvar\'s mayor, Lena Varga, agreed. The ports office was shut.\n\n' +
      'Ports Minister Arben Demiraj visited. Veteran harbour master Youssef Demiri stayed.',
  );
  assert.equal(mention(a, 'Teodor Brannik')?.role?.text, 'opposition leader');
  assert.equal(mention(a, 'Lena Varga')?.role?.text, "Khalvar's mayor");
  assert.equal(mention(a, 'Arben Demiraj')?.role?.text, 'Ports Minister');
  assert.equal(mention(a, 'Youssef Demiri')?.role?.text, 'Veteran harbour master');
  assert.ok(!a.mentions.some((m) => m.text === 'Veteran'));
});

test('mentions: places by lexicon and by context, organizations by suffix', () => {
  const a = read(
    'The ministry sent aid to Qardaha province and to a naval base in Baniyas. The Defence Ministry said the Free Patriotic Party and the ' +
      'Daily Courier News disagreed. Troops stayed in Zorava and Kelmir.',
  );
  assert.equal(mention(a, 'Qardaha')?.type, 'place');
  assert.equal(mention(a, 'Baniyas')?.type, 'place');
  assert.equal(mention(a, 'Zorava')?.type, 'place');
  assert.equal(mention(a, 'Kelmir')?.type, 'place');
  assert.equal(mention(a, 'Defence Ministry')?.type, 'organization');
  assert.equal(mention(a, 'Free Patriotic Party')?.type, 'organization');
  assert.equal(mention(a, 'Daily Courier News')?.type, 'organization');
});

test('mentions: a surname alone takes the type of the full name; particles stay inside names', () => {
  const a = read('Crown Prince Mohammed bin Salman met Jan van der Berg. Later bin Salman and Berg spoke. Okonkwo-Reyes said nothing.');
  assert.equal(mention(a, 'Mohammed bin Salman')?.role?.text, 'Crown Prince');
  assert.equal(mention(a, 'Jan van der Berg')?.type, 'person');
  assert.equal(mention(a, 'Berg')?.type, 'person');
  assert.equal(mention(a, 'Okonkwo-Reyes')?.type, 'person'); // "X said": a speaker
});

// ---------------------------------------------------------------- times

test('times: weekdays and months resolve to the most recent past occurrence', () => {
  // 2025-10-15 is a Wednesday.
  const a = read('The leaders met on Wednesday. Officials spoke on Monday. He was ousted last December and visited in February. Last year was hard, and last month too.');
  expectTimes(a, [
    ['Wednesday', '2025-10-15', 'day', true],
    ['Monday', '2025-10-13', 'day', true],
    ['last December', '2024-12', 'month', true],
    ['February', '2025-02', 'month', true],
    ['Last year', '2024', 'year', true],
    ['last month', '2025-09', 'month', true],
  ]);
});

test('times: future tense and "next" resolve forward', () => {
  const a = read('The minister will travel on Friday. The vote is set for next Tuesday. The summit is due to open in March.');
  assert.equal(time(a, 'Friday')?.value, '2025-10-17');
  assert.equal(time(a, 'next Tuesday')?.value, '2025-10-21');
  assert.equal(time(a, 'March')?.value, '2026-03');
});

test('times: a future verb after the expression does not make it future', () => {
  const a = read('Officials said on Friday that the council will meet next week.');
  assert.equal(time(a, 'Friday')?.value, '2025-10-10');
  assert.equal(time(a, 'next week')?.value, '2025-10-20');
});

test('times: possessive weekdays, weekends and numeric dates', () => {
  const a = read("Monday's vote came after last weekend, on 27/09/2013 and on 04/05/2013.");
  assert.equal(time(a, 'Monday')?.value, '2025-10-13');
  assert.deepEqual(pick(time(a, 'last weekend')), ['2025-10-06', 'week', true]);
  assert.equal(time(a, '27/09/2013')?.value, '2013-09-27');
  assert.deepEqual(pick(time(a, '04/05/2013')), [null, 'day', false]); // day or month first? not guessed
});

test('times: "stays closed until Friday" is ahead; "next to" is not a future cue', () => {
  const a = read('The terminal stays closed until Friday. The fire next to the quay burned until the early hours of Tuesday.');
  assert.equal(time(a, 'Friday')?.value, '2025-10-17');
  assert.equal(time(a, 'Tuesday')?.value, '2025-10-14');
});

test('times: absolute dates, weeks and unresolved relative dates', () => {
  const a = read('Rebels took the city in December 2014. It was signed on 15 October 2025, or October 15, 2025, and earlier this week. In the 1990s it was calm, as in March last year.');
  expectTimes(a, [
    ['December 2014', '2014-12', 'month', false],
    ['15 October 2025', '2025-10-15', 'day', false],
    ['October 15, 2025', '2025-10-15', 'day', false],
    ['earlier this week', '2025-10-13', 'week', true],
    ['the 1990s', '1990', 'decade', false],
    ['March last year', '2024-03', 'month', true],
  ]);
  const b = read('They met on Monday, in March 2020.', null);
  assert.equal(time(b, 'Monday')?.value, null);
  assert.equal(time(b, 'March 2020')?.value, '2020-03');
});

test('times: "May" the verb, "14-year" and durations are not dates', () => {
  const a = read('Talks may resume. The 14-year war lasted more than a decade. In May the talks resumed.');
  const dates = a.times.filter((t) => t.kind === 'date');
  assert.deepEqual(dates.map((t) => t.text), ['May']);
  assert.equal(dates[0].value, '2025-05');
  // The duration is a time expression of its own kind, with no calendar value.
  const d = time(a, 'more than a decade');
  assert.deepEqual([d?.kind, d?.timex, d?.value, d?.precision], ['duration', 'P10Y', null, null]);
  assert.ok(!a.times.some((t) => t.text.includes('14')));
});

// ---------------------------------------------------------------- quantities

test('quantities: ranges, vague amounts, durations, counts, money, percent, ordinals', () => {
  const a = read(
    'Estimates put civilian deaths in the range of 4,000 to 9,000. Tens of thousands of bodies were moved during the 14-year war. ' +
      'Two Russian military bases remain; two Russian military bases, the first official visit, more than a decade of conflict, ' +
      '$5 million in aid and 45% turnout.',
  );
  const r = qty(a, '4,000 to 9,000');
  assert.equal(r?.kind, 'range');
  assert.equal(r?.low, 4000);
  assert.equal(r?.high, 9000);
  const v = qty(a, 'Tens of thousands');
  assert.deepEqual([v?.kind, v?.low, v?.high, v?.unit], ['vague', 10000, 99999, 'bodies']);
  const d = qty(a, '14-year');
  assert.deepEqual([d?.kind, d?.value, d?.unit], ['duration', 14, 'year']);
  const c = qty(a, 'two');
  assert.deepEqual([c?.kind, c?.value, c?.unit], ['count', 2, 'Russian military bases']);
  assert.deepEqual([qty(a, 'first')?.kind, qty(a, 'first')?.value], ['ordinal', 1]);
  const dec = qty(a, 'more than a decade');
  assert.deepEqual([dec?.kind, dec?.value, dec?.low, dec?.high, dec?.unit], ['duration', null, 10, null, 'year']);
  assert.deepEqual([qty(a, '$5 million')?.kind, qty(a, '$5 million')?.value, qty(a, '$5 million')?.unit], ['money', 5e6, 'USD']);
  assert.deepEqual([qty(a, '45%')?.kind, qty(a, '45%')?.value], ['percent', 45]);
});

test('quantities: years, clock times, list numbers and URLs are not counted', () => {
  const a = read('1. Home\n\nPublished 07:36 PM in 2014 at https://example.com/2025/10/15/story-a90812 by one of the editors at 11 p.m.');
  assert.deepEqual(a.quantities.map((q) => q.text), []);
});

// ---------------------------------------------------------------- quotes

test('quotes: speakers after and before the quote, pronouns, descriptions and partial quotes', () => {
  const a = read(
    'Mayor Jane Holloway visited the port. “We will rebuild the harbour in a new way,” she said.\n\n' +
      '“It will take years.”\n\n' +
      'Captain Omar Haddad told reporters that the fire was “completely avoidable,” adding that crews were ready.\n\n' +
      'A city official told AFP that the "friendly relations" would last. "The sheds were empty," said Mr. Haddad.\n\n' +
      "Her promise to 'rebuild' the harbour was welcomed, according to a statement from the Harbour Board.",
  );
  const q = (t: string) => a.quotes.find((x) => x.text.startsWith(t));
  assert.equal(q('We will rebuild')?.speaker?.text, 'she');
  assert.equal(q('We will rebuild')?.speakerName, 'Jane Holloway');
  assert.equal(q('We will rebuild')?.partial, false);
  assert.equal(q('It will take years')?.speakerName, 'Jane Holloway'); // quote-only paragraph inherits
  assert.equal(q('completely avoidable')?.speaker?.text, 'Omar Haddad');
  assert.equal(q('completely avoidable')?.partial, true);
  assert.equal(q('friendly relations')?.speaker?.text, 'A city official');
  assert.equal(q('friendly relations')?.partial, true);
  assert.equal(q('The sheds were empty')?.speaker?.text, 'Haddad');
  assert.equal(q('The sheds were empty')?.speakerName, 'Omar Haddad');
  assert.equal(q('The sheds were empty')?.cue, 'said');
  assert.equal(q('rebuild')?.speakerName, 'Harbour Board');
});

test('quotes: a sentence after a closed quote attributes it only when it is just the attribution', () => {
  const a = read('“It is over.” Smith said that the deal was dead. “We won it all.” Jones said. “Fine by me.” Jones told reporters on Monday.');
  const q = (t: string) => a.quotes.find((x) => x.text.startsWith(t));
  assert.equal(q('It is over')?.speaker, null);
  assert.equal(q('It is over')?.partial, false);
  assert.equal(q('We won it all')?.speaker?.text, 'Jones');
  assert.equal(q('Fine by me')?.cue, 'told');
});

test('quotes: the subject of a coordinated reporting verb speaks', () => {
  const a = read('Ports Minister Arben Demiraj, a close ally of the premier, visited the site on Tuesday and said the inquiry would be "thorough and public".');
  assert.equal(a.quotes[0].speakerName, 'Arben Demiraj');
  assert.equal(a.quotes[0].partial, true);
});

test('quotes: a definite description resolves to the one person with that role', () => {
  const a = read('Mayor Lena Varga visited the quay. "We are safe and will rebuild," the mayor said. "We need more time," a minister said.');
  assert.equal(a.quotes[0].speaker?.text, 'the mayor');
  assert.equal(a.quotes[0].speakerName, 'Lena Varga');
  assert.equal(a.quotes[1].speaker?.text, 'a minister');
  assert.equal(a.quotes[1].speakerName, null);
});

test('quotes: a pronoun skips people the article titles as the other gender', () => {
  const a = read('Ms. Varga met Mr. Demiri on the quay. "We warned them three times," she said. "It was ignored," he said.');
  assert.equal(a.quotes[0].speakerName, 'Varga');
  assert.equal(a.quotes[1].speakerName, 'Demiri');
});

test('quotes: a whole-sentence quote right after an attributed one continues its speaker', () => {
  const a = read('“We wanted a new host,” Saints Head Coach Sean Payton said after the game. “We are still talking.” Critics disagreed with “the plan”.');
  assert.equal(a.quotes[1].speakerName, 'Sean Payton');
  assert.equal(a.quotes[2].speaker, null); // a partial quote in the reporter's words does not inherit
});

test('quotes: a full name is not merged with another person of the same surname', () => {
  const a = read('Tyler Hansbrough scored. “It was fitting,” said Gene Hansbrough, his father. “I am proud,” Hansbrough said.\n\nHansbrough scored again, and Tyler Hansbrough smiled.');
  assert.equal(a.quotes[0].speakerName, 'Gene Hansbrough');
  assert.equal(a.quotes[1].speakerName, 'Tyler Hansbrough'); // the surname alone: the most used full form
});

test('quotes: apostrophes are not quote marks; a quote may run over paragraphs', () => {
  const a = read(
    "Syria's leader and the ministers’ aides met. “We came to talk.\n\n“We will stay until it is done,” the minister said.\n\nThe 'redefine' plan’s critics left.",
  );
  assert.deepEqual(a.quotes.map((q) => q.text), ['We came to talk.\n\n“We will stay until it is done', 'redefine']);
  assert.equal(a.quotes[0].speaker?.text, 'the minister');
});

test('every span of every layer matches its text', () => {
  for (const a of all) checkSpans(a);
});

function expectTimes(a: AnnotatedArticle, rows: Array<[string, string | null, string, boolean]>): void {
  for (const [text, value, precision, relative] of rows) assert.deepEqual(pick(time(a, text)), [value, precision, relative], text);
}

function pick(t: { value: string | null; precision: string | null; relative: boolean } | undefined): unknown[] {
  assert.ok(t, 'time expression not found');
  return [t.value, t.precision, t.relative];
}
