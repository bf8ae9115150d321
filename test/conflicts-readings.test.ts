/**
 * Contradictions missed and false cards read on real stories (issue #10, session 15, branch
 * `cards`), reproduced on invented articles: amounts written with a currency prefix ("e80
 * million", "EUR 85 million"), a rate read as one value ("1 out of 500" against "5 of every
 * 10,000"), a number naming one of a series ("Flight 717") that is no quantity and no tie between
 * two events, a round lower bound read with its cap ("more than 700,000" against "a million"), one
 * person given two offices of one body, and the arrest of a fugitive told as "captured" by one
 * outlet and "arrested" by another. Each test fails without the mechanism it names; the last
 * assertions of each keep what must stay silent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { findQuantities } from '../src/annotate/quantities.js';
import { tokenize } from '../src/annotate/tokens.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor', 'Dravia Herald'];
const dated = (...arts: Array<[string | null, string]>): Conflict[] => buildDossier(arts.map(([p, t], i) => article(`a${i + 1}`, OUTLETS[i], p, t))).dossier.conflicts;
const values = (cs: Conflict[], kinds: string[]): string[][] => cs.filter((c) => kinds.includes(c.kind)).map((c) => c.claims.map((cl) => cl.value).sort());
const NUM = ['number', 'quantity'];
const quantities = (text: string) => findQuantities(text, tokenize(text), []);

test('an amount written after a currency code or a lost euro sign ("e80 million", "EUR 85 million") is money', () => {
  const qs = quantities('Thieves took e80 million, or EUR 85 million, or €85m; the E80 motorway and the e5 square are no amounts.');
  assert.deepEqual(qs.map((q) => [q.text, q.kind, q.value, q.unit]), [
    ['e80 million', 'money', 80e6, 'EUR'],
    ['EUR 85 million', 'money', 85e6, 'EUR'],
    ['€85m', 'money', 85e6, 'EUR'],
  ]);
  const cs = dated(
    ['2026-05-01', 'Thieves stole jewels worth e80 million from the Castel gallery in Varno on Tuesday.'],
    ['2026-05-01', 'Thieves stole jewels worth 85 million euros from the Castel gallery in Varno on Tuesday.'],
  );
  assert.deepEqual(values(cs, NUM), [['85 million euros', 'e80 million']]);
});

test('a rate ("1 out of 500", "5 of every 10,000", "one in 50") is one value, compared as a rate and never part by part', () => {
  const qs = quantities('About 1 out of 500 children, 5 of every 10,000 adults, one in 50 voters; 15 of the 19 passengers; 3 in 10 days.');
  assert.deepEqual(qs.filter((q) => q.kind === 'percent').map((q) => [q.text, q.value]), [
    ['About 1 out of 500', 0.2],
    ['5 of every 10,000', 0.05],
    ['one in 50', 2],
  ]);
  // "15 of the 19" (a known set) and "3 in 10 days" (a stretch of time) are no rates.
  assert.deepEqual(qs.filter((q) => q.kind !== 'percent').map((q) => q.text), ['15', '19', '3', '10 days']);
  const differ = dated(
    ['2026-05-01', 'About 1 out of 500 children in Belmora is born with the defect, the study found.'],
    ['2026-05-01', 'About 5 of every 10,000 children in Belmora are born with the defect, the study found.'],
  );
  assert.deepEqual(values(differ, NUM), [['About 1 out of 500', 'About 5 of every 10,000']]);
  const agree = dated(
    ['2026-05-01', 'One out of 500 children in Belmora is born with the defect, the study found.'],
    ['2026-05-01', '20 of every 10,000 children in Belmora are born with the defect, the study found.'],
  );
  assert.deepEqual(values(agree, NUM), []);
});

test('a number naming one of a series ("Flight 717", "No. 1", "Chapter 11") is no quantity', () => {
  const qs = quantities('Corvel Air Flight 717 left on flight 990 with 212 people; the No. 1 seed filed for Chapter 11 at Gate 12.');
  assert.deepEqual(qs.map((q) => q.text), ['212']);
});

test('two dates under two verbs whose clauses share only an identifier ("flight 717") date two events', () => {
  const cs = dated(
    ['2026-05-04', 'Investigators of the Tarrin safety board recovered the second recorder of flight 717 on Sunday.'],
    ['2026-05-04', 'The Tarrin safety board said flight 717 left Dovren on Wednesday night.'],
  );
  assert.deepEqual(values(cs, ['date']), []);
  const figure = dated(
    ['2026-05-04', 'Investigators recovered the second recorder of Corvel Air Flight 717 on Sunday, officials said.'],
    ['2026-05-04', 'Corvel Air Flight 717 left Dovren on Wednesday night with 212 people aboard, officials said.'],
  );
  assert.deepEqual(values(figure, ['date']), []);
  // The same event words still disagree.
  const same = dated(
    ['2026-05-04', 'Corvel Air Flight 717 crashed into the sea on Wednesday night, officials said.'],
    ['2026-05-04', 'Corvel Air Flight 717 crashed into the sea on Thursday night, officials said.'],
  );
  assert.deepEqual(values(same, ['date']), [['Thursday night', 'Wednesday night']]);
});

test('a round lower bound is capped by the next figure at its step: "more than 700,000" against "a million" is a possible conflict', () => {
  const cs = dated(
    ['2026-05-01', 'Health officials said more than 700,000 children in Belmora have lost parents to the fever.'],
    ['2026-05-03', 'Health officials said a million children in Belmora have lost parents to the fever.'],
  );
  const card = cs.filter((c) => NUM.includes(c.kind));
  assert.deepEqual(card.map((c) => [c.confidence, c.claims.map((cl) => cl.value).sort()]), [['possible', ['a million', 'more than 700,000']]]);
  // Within the cap, and a confirmed minimum ("at least"), agree.
  const within = dated(
    ['2026-05-01', 'Health officials said more than 700,000 children in Belmora have lost parents to the fever.'],
    ['2026-05-01', 'Health officials said 760,000 children in Belmora have lost parents to the fever.'],
  );
  assert.deepEqual(values(within, NUM), []);
  const least = dated(
    ['2026-05-01', 'Health officials said at least 700,000 children in Belmora have lost parents to the fever.'],
    ['2026-05-01', 'Health officials said a million children in Belmora have lost parents to the fever.'],
  );
  assert.deepEqual(values(least, NUM), []);
});

test('one person given two offices of one body by two reports of one day is a possible conflict', () => {
  const two = dated(
    ['2026-05-01', 'Tomas Reller, president of the Orvin Family Council, said the ruling was a victory.'],
    ['2026-05-01', 'Tomas Reller, executive director of the Orvin Family Council, said the ruling was a victory.'],
  );
  const cards = two.filter((c) => c.kind === 'name');
  assert.deepEqual(cards.map((c) => [c.confidence, c.claims.map((cl) => cl.value).sort()]), [['possible', ['executive director of the Orvin Family Council', 'president of the Orvin Family Council']]]);
  // Silent: the story names the two offices together; offices often held together; two bodies; a month apart.
  const silent = [
    dated(
      ['2026-05-01', 'Tomas Reller, president of the Orvin Family Council, said the ruling was a victory.'],
      ['2026-05-01', 'Tomas Reller, executive director of the Orvin Family Council, said the ruling was a victory. The council’s president and executive director is paid well.'],
    ),
    dated(['2026-05-01', 'Tomas Reller, chairman of Orvin Foods, said the deal was done.'], ['2026-05-01', 'Tomas Reller, chief executive of Orvin Foods, said the deal was done.']),
    dated(
      ['2026-05-01', 'Tomas Reller, president of the Orvin Family Council, said the ruling was a victory.'],
      ['2026-05-01', 'Tomas Reller, executive director of the Center for Kestrel Studies, said the ruling was a victory.'],
    ),
    dated(
      ['2026-05-01', 'Tomas Reller, president of the Orvin Family Council, said the ruling was a victory.'],
      ['2026-06-01', 'Tomas Reller, executive director of the Orvin Family Council, said the ruling was a victory.'],
    ),
  ];
  assert.deepEqual(silent.map((cs) => values(cs, ['name'])), [[], [], [], []]);
});

test('a chief executive and an executive director of one body are one post named two ways, no conflict', () => {
  // Invented: the head of an association's staff is its "chief executive officer" in one report and
  // its "executive director" in the next day's (read on an unseen DUC 2006 story).
  const cs = dated(
    ['2026-05-01', 'Lena Varro, the Kestrel Booksellers Guild’s chief executive officer, said sales rose.'],
    ['2026-05-02', 'Lena Varro, executive director of the Kestrel Booksellers Guild, said sales rose.'],
  );
  assert.deepEqual(values(cs, ['name']), []);
  // A president and an executive director of one body are still two offices (the test above).
});

test('a fugitive "captured last month" and "arrested on Nov. 12" is one arrest dated two ways', () => {
  const cs = dated(
    ['2026-11-25', 'The rebel leader Doran Vesk was captured last month in Ketria and faces trial.'],
    ['2026-11-26', 'The rebel leader Doran Vesk was arrested on Nov. 12 in Ketria and faces trial.'],
  );
  assert.deepEqual(values(cs, ['date']), [['Nov. 12', 'last month']]);
  // "Last month" of a December report is November: it agrees.
  const agree = dated(
    ['2026-12-03', 'The rebel leader Doran Vesk was captured last month in Ketria and faces trial.'],
    ['2026-12-04', 'The rebel leader Doran Vesk was arrested on Nov. 12 in Ketria and faces trial.'],
  );
  assert.deepEqual(values(agree, ['date']), []);
});
