/**
 * False alarms on real stories (issue #10, precision of conflict cards), reproduced on invented
 * articles: each test fails without the mechanism it names and keeps the real disagreement of the
 * same shape.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { differentActs, eventHead } from '../src/compare/timeline.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const story = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-05', t))).dossier.conflicts;
const dates = (cs: Conflict[]): string[][] => cs.filter((c) => c.kind === 'date').map((c) => c.claims.map((cl) => cl.value).sort());

test('a year inside a noun phrase after its premodifiers ("one of his top 2019 campaign donors") names the campaign, not the act', () => {
  const cs = story(
    'Orlo Brandt, a shipping magnate who is a close friend of former Governor Tamsin Rell, was arrested Tuesday morning in Dravia on charges of acting as an unregistered agent of Velmora.\n\nBrandt was chairman of Rell’s 2020 inaugural committee.',
    'Orlo Brandt, a close friend of former Governor Tamsin Rell and one of her top 2019 campaign donors, was arrested in Dravia on Tuesday morning on charges of acting as an unregistered agent of Velmora.',
    'Orlo Brandt, who led the inaugural committee for former Governor Tamsin Rell in 2020, was arrested and charged Tuesday with acting as an unregistered agent of Velmora.',
  );
  assert.deepEqual(dates(cs), [], JSON.stringify(dates(cs)));
  // The same year as the date of the act itself still disagrees.
  const real = story(
    'Orlo Brandt, who led the inaugural committee for former Governor Tamsin Rell in 2020, was arrested and charged Tuesday with acting as an unregistered agent of Velmora.',
    'Orlo Brandt, who led the inaugural committee for former Governor Tamsin Rell in 2019, was arrested and charged on Tuesday with acting as an unregistered agent of Velmora.',
  );
  assert.deepEqual(dates(real), [['2019', '2020']]);
  // A day after a noun is the verb's adverbial, not a premodifier: "sent a letter today asking"
  // dates the sending, and still disagrees with "sent letters last Friday".
  const letters = story("In a related move, 900 marine biologists and two scientific societies representing some 12,000 scientists sent separate letters last Friday to the Fisheries Ministry urging it to overturn the new quota rules.", "Last Friday, 900 marine biologists and two scientific societies representing some 12,000 scientists sent separate letters to the Fisheries Ministry urging it to overturn the new quota rules.", "The Coral Council and the Reef Society, two scientific societies representing some 12,000 scientists, also sent a letter today urging the Fisheries Ministry to overturn the new quota rules.");
  assert.deepEqual(dates(letters), [['Last Friday', 'today']]);
});

test('an act reported done ("released Wednesday") and one still pending ("will reach retirees next year") are not one date', () => {
  // The third outlet's sentence carries a stray weekday ("for the average retired Wednesday", a
  // slip of the kind real copy has): read as a past act, it met the pending "next year".
  const cs = story(
    'Next year’s pension adjustment will be 4.2%, the Dravian Pension Agency said Wednesday. The increase will translate to an addition of $61 to retirees’ average monthly benefit next year, bringing the amount to $1,540, the agency estimates.',
    'The adjustment, as it’s commonly called, amounts to $61 a month for the average retired worker, according to estimates released Wednesday by the Dravian Pension Agency.',
    "The Dravian Pension Agency said Wednesday that next year's adjustment will be 4.2%. That amounts to a monthly increase of $61 for the average retired Wednesday, bringing the amount to $1,540, the agency said.",
  );
  assert.deepEqual(dates(cs), [], JSON.stringify(dates(cs)));
});

test('a date in a relative clause under another verb is that participant\'s own act ("the committee, which first requested them two years ago")', () => {
  const cs = story(
    'The Interior Ministry on Friday said the Land Registry must turn over former Governor Tamsin Rell’s long-sought property records to the opposition-led Budget Oversight Committee.',
    'The Interior Ministry told the Land Registry that it "must" turn over former Governor Tamsin Rell\'s property records to the Budget Oversight Committee, which first requested them more than two years ago.',
    'The Interior Ministry ordered the Land Registry to turn over former Governor Tamsin Rell’s property records to the opposition-controlled Budget Oversight Committee Friday.',
  );
  assert.deepEqual(dates(cs), [], JSON.stringify(dates(cs)));
  const head = (text: string, expr: string) => eventHead(text, text.indexOf(expr), text.indexOf(expr) + expr.length);
  // One verb in both clauses is one act, relative clause or not: still compared.
  const who = head('Orlo Brandt, who was detained Tuesday in Dravia, faces seven counts.', 'Tuesday');
  const main = head('Orlo Brandt was detained Wednesday in Dravia on seven counts.', 'Wednesday');
  assert.equal(who.relative, true);
  assert.equal(differentActs(who, main), false);
  const asked = head('The files went to the committee, which asked for them in 2019.', '2019');
  const handed = head('The ministry handed over the files to the committee in 2021.', '2021');
  assert.equal(differentActs(asked, handed), true);
});

test('an article naming the office of another body ("the Dravian president … against Velmoran President Hald") knows two holders: a bare "President Korrel" elsewhere is no conflict', () => {
  const texts = ["Dravia will not bow to pressure and nobody can force it to accept the path Velmora has laid out for the self-governing island, President Anja Korrel said Sunday as the island celebrated its founding day amid tensions with Velmora.", "The Dravian president stood firm against Velmoran President Tomas Hald in a speech Sunday and said the island would not “bow to pressure” from Velmora, as it celebrated its founding day amid tensions.", "Fireworks lit the sky over the Dravian capital on Sunday as thousands gathered for the founding day parade."];
  const names = (cs: Conflict[]): string[][] => cs.filter((c) => c.kind === 'name').map((c) => c.claims.map((cl) => cl.value).sort());
  assert.deepEqual(names(story(...texts)), [], JSON.stringify(names(story(...texts))));
  // Without that second office named, the bare title and the qualified one stay a possible card.
  const alone = story(texts[0], texts[1].replace('The Dravian president stood firm', 'The island stood firm'), texts[2]);
  assert.deepEqual(names(alone), [['Anja Korrel', 'Tomas Hald']]);
});
