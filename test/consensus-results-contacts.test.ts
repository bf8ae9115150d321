/**
 * A shared fact never cites two results of one kind (facts/figures.ts talliesDiffer: two scores
 * or tallies with none in common are two games or votes), and a note to readers on how to reach
 * the writer is no fact at all (facts/facts.ts contactNote).
 * Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { contactNote } from '../src/compare/facts/facts.js';
import { talliesDiffer, talliesOf } from '../src/compare/facts/figures.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: null, file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);

/** Whether some fact cites both a sentence containing `p` and one containing `q`. */
const together = (d: Dossier, p: string, q: string): boolean =>
  d.facts.some((f) => f.sentences.some((s) => textOf(d, s).includes(p)) && f.sentences.some((s) => textOf(d, s).includes(q)));

test('two results with no score in common are two games, not one shared fact', () => {
  const fans = ' Fans celebrated in the streets of Velmora until dawn.';
  const d = buildDossier([
    art('a', 'Courier', `In the end, the Hawks held on to their 20-13 lead, winning the game and securing a spot in the playoffs.${fans}`),
    art('b', 'Ledger', `The Harbour Hawks will be making their third straight playoff appearance after securing that spot with a 31-24 win over the Dalvik Rams last night.${fans}`),
  ]).dossier;
  assert.ok(!together(d, '20-13', '31-24'), 'a 20-13 game is not a 31-24 game');
  const e = buildDossier([
    art('a', 'Courier', `The Hawks beat the Rams 3-1 to win the harbour cup on Sunday.${fans}`),
    art('b', 'Ledger', `The Hawks won the harbour cup on Sunday, beating the Rams 2-0.${fans}`),
  ]).dossier;
  assert.ok(!together(e, '3-1', '2-0'), 'a 3-1 final is not a 2-0 final');
  // The same result told by both is one fact.
  const f = buildDossier([
    art('a', 'Courier', `The Hawks beat the Rams 3-1 to win the harbour cup on Sunday.${fans}`),
    art('b', 'Ledger', `The Hawks won the harbour cup on Sunday, beating the Rams 3-1.${fans}`),
  ]).dossier;
  assert.ok(together(f, 'beat the Rams 3-1', 'beating the Rams 3-1'));
});

test('a result is a pair that does not ascend; ranges, seasons and codes are not', () => {
  assert.deepEqual(talliesOf('voted 252-175 to pass it'), ['252-175']);
  assert.deepEqual(talliesOf('a 5-4 ruling'), ['5-4']);
  assert.deepEqual(talliesOf('aged 18-24'), []);
  assert.deepEqual(talliesOf('in the 1997-98 school year'), []);
  assert.deepEqual(talliesOf('Box 2378, Velmora 02107-2378'), []);
  assert.ok(talliesDiffer('won 3-1 at home', 'won 2-0 at home'));
  assert.ok(!talliesDiffer('won 3-1 at home', 'the 3-1 win at home'));
  assert.ok(!talliesDiffer('won 3-1 at home', 'won at home'));
  // A standing is no result: a record in parentheses, or the record a game brings a team to.
  assert.deepEqual(talliesOf('The Hawks (11-4) won 27-17 and the Rams fell to 9-6.'), ['27-17']);
  assert.ok(!talliesDiffer('The Hawks (11-4) clinched a berth.', 'The Hawks clinched a berth with a 27-17 win.'));
});

test('notes to readers on how to reach the writer are no shared fact', () => {
  assert.ok(contactNote('She can be reached at The Velmora Courier, Velmora 02107, or by e-mail at desk(at)courier.example.'));
  assert.ok(!contactNote('The hackers reached the company through its website.'));
  // A report of e-mails sent is a fact, the address and "sent" notwithstanding.
  assert.ok(!contactNote('The hackers sent e-mails from support@velmorabank.example to 4,000 customers on Monday.'));
  assert.ok(contactNote('Comments may be sent to The Harbour Page, Velmora, or by e-mail to harbour(at)courier.example.'));
  assert.ok(contactNote('Write to the desk at desk@courier.example.'));
  const d = buildDossier([
    art('a', 'Courier', 'The council approved the new harbour budget on Monday after a long debate. She can be reached at The Velmora Courier, Harbour Road, Velmora, or by e-mail at desk(at)courier.example.'),
    art('b', 'Ledger', 'The council approved the new harbour budget on Monday after a long debate. Comments may be sent to The Harbour Page, c/o The Velmora Courier, Velmora, or by e-mail to harbour(at)courier.example.'),
  ]).dossier;
  assert.ok(!together(d, 'can be reached', 'Comments may be sent'));
  assert.ok(!d.facts.some((f) => f.sentences.some((s) => textOf(d, s).includes('can be reached'))), 'the note is no fact, shared or exclusive');
  assert.ok(together(d, 'The council approved', 'The council approved'));
});

test('a report of e-mails sent, with their address, is still a shared fact', () => {
  const d = buildDossier([
    art('a', 'Courier', 'The hackers sent e-mails from support@velmorabank.example to 4,000 customers on Monday. The bank warned customers not to open the link.'),
    art('b', 'Ledger', 'The hackers sent e-mails from support@velmorabank.example to about 4,000 customers on Monday. Police are investigating the attack.'),
  ]).dossier;
  assert.ok(d.facts.some((f) => ['a', 'b'].every((id) => f.sentences.some((s) => s.article === id && textOf(d, s).includes('The hackers sent')))), 'one fact cites both outlets');
});
