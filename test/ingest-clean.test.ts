/**
 * Cleaning rules on fixtures written for the purpose: furniture goes with a reason and a line
 * number, story sentences that merely look like furniture stay, Markdown becomes plain text,
 * hard-wrapped paragraphs are joined back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../src/ingest/clean.js';
import { plainLine } from '../src/ingest/markdown.js';

const PAGE = [
  'Skip to navigation', //                                                    1
  'Home', //                                                                  2
  'Opinion', //                                                               3
  '', //                                                                      4
  'Ferry strike ends after three weeks', //                                   5
  '', //                                                                      6
  'By Jane Doe and John Roe, AFP', //                                         7
  'Published: 3 March 2026 14:05 CET', //                                    8
  '', //                                                                      9
  'The ferry strike ended on Tuesday after unions and the operator agreed a new pay deal.', // 10
  '', //                                                                      11
  'Share', //                                                                 12
  'Facebook Twitter WhatsApp', //                                             13
  '', //                                                                      14
  'Advertisement', //                                                         15
  '', //                                                                      16
  'The deal raises wages by 6 percent over two years, the union said.', //  17
  '', //                                                                      18
  'Read also: How the strike began', //                                       19
  '', //                                                                      20
  'Watch: Video of the vote', //                                              21
  '02:31', //                                                                 22
  '', //                                                                      23
  'Sign up for our Morning Brief newsletter', //                              24
  '', //                                                                      25
  'Ferries are expected to run normally from Thursday.', //                 26
  '', //                                                                      27
  'Most read', //                                                             28
  'Port reopens after fire', //                                               29
  'Minister resigns over audit', //                                           30
  '', //                                                                      31
  'Reporting by Jane Doe; Editing by Max Mustermann', //                      32
  '', //                                                                      33
  '© 2026 Example Post. All rights reserved.', //                            34
].join('\n');

test('a page: furniture removed with reasons and line numbers, story kept, metadata read', () => {
  const r = cleanText(PAGE);
  assert.deepEqual(r.text.split('\n\n'), [
    'The ferry strike ended on Tuesday after unions and the operator agreed a new pay deal.',
    'The deal raises wages by 6 percent over two years, the union said.',
    'Ferries are expected to run normally from Thursday.',
  ]);
  const reasonAt = (line: number): string => r.removed.find((x) => x.line === line)?.reason ?? '(kept)';
  assert.match(reasonAt(1), /navigation/);
  assert.match(reasonAt(2), /section label/);
  assert.match(reasonAt(5), /headline \(kept as title\)/);
  assert.match(reasonAt(7), /byline/);
  assert.match(reasonAt(8), /dateline/);
  assert.match(reasonAt(12), /share buttons/);
  assert.match(reasonAt(13), /share buttons/);
  assert.match(reasonAt(15), /advertisement/);
  assert.match(reasonAt(19), /related-article teaser/);
  assert.match(reasonAt(21), /related|video title/);
  assert.match(reasonAt(22), /video duration/);
  assert.match(reasonAt(24), /newsletter/);
  assert.match(reasonAt(28), /related/);
  assert.match(reasonAt(29), /related/);
  assert.match(reasonAt(30), /related/);
  assert.match(reasonAt(32), /reporting credit/);
  assert.match(reasonAt(34), /copyright/);
  // Every non-blank line is accounted for.
  const lines = PAGE.split('\n');
  const keptLines = [10, 17, 26];
  lines.forEach((l, i) => {
    if (l.trim() && !keptLines.includes(i + 1)) assert.notEqual(reasonAt(i + 1), '(kept)', `line ${i + 1}`);
  });
  assert.equal(r.facts.title, 'Ferry strike ends after three weeks');
  assert.equal(r.facts.published, '2026-03-03T14:05+01:00');
  assert.deepEqual(r.facts.authors, ['Jane Doe', 'John Roe']); // not the editor
  assert.deepEqual(r.facts.agencies, ['AFP']);
  assert.deepEqual(r.facts.outletClues.map((c) => c.name), ['Example Post']);
});

test('story sentences that look like furniture are kept', () => {
  const story = [
    'Harbour workers return as strike ends',
    '',
    'Copyright lawyers said the ruling would change how port archives are kept.',
    '',
    'Subscribers to the ferry pass will get refunds, the operator said.',
    '',
    'The newsletter of the dock workers union was leaked to reporters on Monday.',
    '',
    'Related talks will be held in the capital next week.',
    '',
    'Edited by hand, the inspection records showed the warehouse had been checked twice.',
    '',
    'Published on 3 March 2020, the report found the quay unsafe for heavy trucks.',
    '',
    'The fire broke out on February 9, 2026.',
    '',
    'Officials are still counting the damage to the east quay',
    '',
    '"Why now?" the mayor asked reporters.',
    '',
    'Skip the formalities, the minister told the union, and sign the deal.',
    '',
    'Read more than 200 pages of the audit and the pattern is clear, the auditor said.',
    '',
    'Advertisement revenue at the port authority fell by a third.',
    '',
    'Share prices of the operator rose 4 percent.',
    '',
    'He declined.',
  ].join('\n');
  const r = cleanText(story);
  const paragraphs = r.text.split('\n\n');
  const expected = story.split('\n').filter((l) => l.trim()).slice(1);
  assert.deepEqual(paragraphs, expected);
  assert.deepEqual(r.removed.map((x) => x.reason), ['headline (kept as title)']);
});

test('a plain article with no header or footer passes through unchanged', () => {
  const body = 'The port reopened on Friday.\n\nShips queued overnight to enter the harbour.\n\nThe operator apologised for the delays.';
  const r = cleanText(body);
  assert.equal(r.text, body);
  assert.deepEqual(r.removed, []);
  assert.equal(r.facts.title, null);
});

test('a short first paragraph that ends with a full stop is story, not a headline', () => {
  const r = cleanText('Fire hit the port.\n\nTwelve people were killed, officials said.');
  assert.equal(r.text, 'Fire hit the port.\n\nTwelve people were killed, officials said.');
  assert.equal(r.facts.title, null);
});

test('Markdown becomes plain text; link addresses are reported, in-page links are not', () => {
  const md = [
    '# The port *reopens*',
    '',
    'The **harbour** reopened on [Friday](https://example.org/friday) after _three_ days, said <https://example.org/port>.',
    '',
    '> "We are ready," the harbour master said.',
    '',
    '- Ferries resume at 6 a.m.',
    '- Cargo ships follow on Saturday.',
    '',
    'See the [full timeline](#) of the closure, which cost the city \\*millions\\*.',
    '',
    '![A ship at the quay](/img/ship.jpg)',
    '',
    'The file_name_here and 5 * 3 * 2 stay as they are.',
    '',
    '---',
  ].join('\n');
  const r = cleanText(md);
  assert.deepEqual(r.text.split('\n\n'), [
    'The harbour reopened on Friday after three days, said https://example.org/port.',
    '"We are ready," the harbour master said.',
    'Ferries resume at 6 a.m.',
    'Cargo ships follow on Saturday.',
    'See the full timeline of the closure, which cost the city *millions*.',
    'The file_name_here and 5 * 3 * 2 stay as they are.',
  ]);
  assert.equal(r.facts.title, 'The port reopens');
  assert.ok(r.removed.some((x) => x.text === 'https://example.org/friday' && x.line === 3 && /link address/.test(x.reason)));
  assert.ok(r.removed.some((x) => /image/.test(x.reason) && x.line === 12));
  assert.ok(r.removed.some((x) => /horizontal rule/.test(x.reason) && x.line === 16));
  assert.ok(!r.removed.some((x) => x.text === '#'));
});

test('hard-wrapped paragraphs are joined back; one-paragraph-per-line text is not', () => {
  const wrapped = [
    'The fire started shortly before eleven at night in a storage hall next',
    'to the passenger quays and spread to two fishing boats moored alongside',
    'before firefighters brought it under control in the early hours.',
    '',
    'Officials said the cause was not yet known, and that an inquiry would',
    'report within a month.',
  ].join('\n');
  const r = cleanText(wrapped);
  assert.deepEqual(r.text.split('\n\n'), [
    'The fire started shortly before eleven at night in a storage hall next to the passenger quays and spread to two fishing boats moored alongside before firefighters brought it under control in the early hours.',
    'Officials said the cause was not yet known, and that an inquiry would report within a month.',
  ]);
  const lines = cleanText('First paragraph of the story ends here.\nSecond paragraph starts on the next line.');
  assert.deepEqual(lines.text.split('\n\n'), ['First paragraph of the story ends here.', 'Second paragraph starts on the next line.']);
});

test('captions and photo credits in their common forms', () => {
  const r = cleanText([
    'Port fire kills twelve',
    '',
    'Smoke over the harbour on Tuesday (Jane Roe/Pool/AFP)',
    '',
    'The fire broke out late on Monday, officials said.',
    '',
    'Harbour at dawn',
    'Smoke over the harbour at dawnImage: John Doe/REUTERS',
    '',
    'Firefighters worked through the night.',
    '',
    'Rescuers carry a stretcher at the quay.',
    '',
    '**Mira Sokol / EPA**',
    '',
    'The mayor visited the site on Tuesday.',
    '',
    'Photo: Ana Novak',
    '',
    'An inquiry has been ordered.',
  ].join('\n'));
  assert.deepEqual(r.text.split('\n\n'), [
    'The fire broke out late on Monday, officials said.',
    'Firefighters worked through the night.',
    'The mayor visited the site on Tuesday.',
    'An inquiry has been ordered.',
  ]);
  assert.deepEqual(r.facts.photoCredits, ['Jane Roe/Pool/AFP', 'John Doe/REUTERS', 'Mira Sokol / EPA', 'Ana Novak']);
  assert.deepEqual(r.facts.authors, []);
});

test('footer: sign-off, editor, bio, self-promotion and self-references', () => {
  const r = cleanText([
    'The port will reopen on Friday, the authority said.',
    '',
    'Ships queued overnight outside the breakwater.',
    '',
    '*Reuters and AP contributed reporting.*',
    '',
    'Edited by: Mark Feld, Anna Berg',
    '',
    '• Lena Kos can be reached at lkos@example-news.com.',
    '',
    'Lena Kos Covers shipping and the ports of the north.',
    '',
    'The Example News is an independent newsroom. To learn more about republishing this story, please fill out this form.',
    '',
    'More stories from The Example News',
  ].join('\n'));
  assert.deepEqual(r.text.split('\n\n'), ['The port will reopen on Friday, the authority said.', 'Ships queued overnight outside the breakwater.']);
  assert.deepEqual(r.facts.authors, ['Lena Kos']);
  assert.deepEqual(r.facts.agencies, ['Reuters', 'AP']);
  assert.deepEqual(r.facts.emailDomains, ['example-news.com']);
  assert.deepEqual(r.facts.outletClues.map((c) => c.name).sort(), ['The Example News', 'The Example News']);
  const reasons = r.removed.map((x) => x.reason);
  assert.ok(reasons.some((x) => /editor credit/.test(x)));
  assert.ok(reasons.some((x) => /author bio/.test(x)));
  assert.ok(reasons.some((x) => /self-promotion/.test(x)));
});

test('cleaned text never contains blank-line runs or untrimmed paragraphs', () => {
  const r = cleanText('\n\n  Title of a story here  \n\n\n\nFirst   paragraph with   extra spaces.\t\n\n\n\nSecond one.\r\n');
  assert.equal(r.text, 'First paragraph with extra spaces.\n\nSecond one.');
  for (const p of r.text.split('\n\n')) assert.equal(p, p.trim());
});

test('plainLine flags: heading, list item, emphasised, link-only', () => {
  assert.equal(plainLine('## A heading ##').heading, 2);
  assert.equal(plainLine('1. Skip to content').listItem, true);
  assert.equal(plainLine('1. Skip to content').text, 'Skip to content');
  assert.equal(plainLine('**Jane Doe / AFP**').emphasised, true);
  assert.equal(plainLine('**Bold** start and **end**').emphasised, false);
  assert.equal(plainLine('[World](/world)').linkOnly, true);
});

test('entities, invisible characters and decomposed letters are normalised in the text', () => {
  const r = cleanText('Fish &amp; chips at the quay cost &#8364;5 &mdash; up from &pound;3.\n\nThe har\u00adbour\u200b master, Jose\u0301 Duarte, said &bogus; stays.');
  assert.equal(r.text, 'Fish & chips at the quay cost €5 — up from £3.\n\nThe harbour master, José Duarte, said &bogus; stays.');
  assert.ok(r.text.includes('Jos\u00e9'));
});

test('the last paragraph of a story is not taken for self-promotion', () => {
  for (const last of ['Few residents subscribe to the ferry pass, the operator said.', 'Protesters said they would follow our lead, the union wrote.', 'The full report of the inspectors can be read online.']) {
    const r = cleanText(`The port reopened on Friday.\n\n${last}`);
    assert.equal(r.text, `The port reopened on Friday.\n\n${last}`);
  }
  const promo = cleanText('The port reopened on Friday.\n\nYou can also subscribe to this newsletter here and follow us on social media.');
  assert.equal(promo.text, 'The port reopened on Friday.');
});

test('timestamps, reading times and BBC-style picture lines', () => {
  const r = cleanText([
    'World',
    '3 hours ago',
    '',
    'Port reopens after the fire',
    '',
    '5 min read',
    '',
    'Image source, Getty Images',
    'Image caption, Ferries queue outside the harbour on Friday',
    '',
    'The port reopened on Friday, officials said.',
    '',
    'Listen to this article',
    '',
    'Ships queued overnight.',
  ].join('\n'));
  assert.equal(r.text, 'The port reopened on Friday, officials said.\n\nShips queued overnight.');
  assert.equal(r.facts.title, 'Port reopens after the fire');
  assert.equal(r.facts.published, null);
  assert.deepEqual(r.facts.photoCredits, ['Getty Images']);
  const reasons = r.removed.map((x) => x.reason);
  assert.ok(reasons.includes('relative timestamp (not a publication date)'));
  assert.ok(reasons.includes('reading time or audio player'));
  // Story sentences with the same words stay.
  const story = cleanText('Three hours ago the fire was still burning, a witness said.\n\nReading time for the report is short: 4 minutes, the editor said.');
  assert.equal(story.removed.length, 0);
});
