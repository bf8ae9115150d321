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

const quantities = (cs: Conflict[]): string[][] => cs.filter((c) => c.kind === 'quantity' || c.kind === 'number').map((c) => c.claims.map((cl) => cl.value).sort());

test('a sentence written with a fraction ("22 1/2 years") is one figure, 22.5 years, not "2 years" against "a 270-month sentence"', () => {
  const texts = [
    'Former Velmora police sergeant Orlo Brandt was sentenced to 22 1/2 years in prison on Friday afternoon for the killing of Tamsin Rell last spring.',
    'Former Velmora police sergeant Orlo Brandt received a 270-month prison sentence Friday for the killing of Tamsin Rell last spring.',
    'Orlo Brandt, a former Velmora police sergeant, was sentenced on Friday over the killing of Tamsin Rell, the court said.',
  ];
  assert.deepEqual(quantities(story(...texts)), [], JSON.stringify(quantities(story(...texts))));
  // Another sentence still disagrees with it.
  const real = story(texts[0], texts[1].replace('270-month', '300-month'), texts[2]);
  assert.deepEqual(quantities(real), [['22 1/2 years', '300-month']], JSON.stringify(quantities(real)));
});

test('the day a survey was released ("…, the ministry\'s survey showed on Wednesday") is a statement\'s date, not the month of an earlier figure', () => {
  const cs = story(
    "Employers in Dravia posted a record number of open positions for the second month in a row, pointing to lasting shortages as a revival in trade drives up demand for labour.\n\nThe number of vacant positions on the final day of March rose slightly to 4.1 million, the Dravian Labour Ministry’s Vacancy and Turnover Survey (VTS) showed on Wednesday.",
    "Vacancies stayed at a record level in March, more sign that workers are sought after as trade recovers from the floods.\n\nVacancies reached 4.1 million, according to the Labour Ministry, close to where they were a month before. They're about 30% above where they were in May 2024, just before the floods.\n\nWhile the March figures are little changed since February, vacancies fell in some trades such as shipping, farming and mining.",
    "Dravian employers posted a record number of open positions for the second month in a row as a quick revival in trade drives up demand for labour.\n\nThe number of vacant positions on the final day of March rose slightly to 4.11 million, from 4.09 million in February, the Labour Ministry said Wednesday. That is the most since the series began in December 2001. The figure first given for February, 4.3 million, was revised down.\n\nThe number of workers leaving their jobs fell in March from a record in February, but stays high."
  );
  assert.deepEqual(dates(cs), [], JSON.stringify(dates(cs)));
});

test('a wire dateline ("NAIROBI, Kenya (AP) _") is no context of the name after it: two visitors filed from one city are no name conflict', () => {
  const dossier = (texts: Array<[string, string]>): Conflict[] => buildDossier(texts.map(([published, text], i) => article(`a${i + 1}`, 'Associated Press', published, text))).dossier.conflicts;
  const lead = 'NAIROBI, Kenya (AP) _ Malawian President Anja Korrel arrived in Kenya on Monday after meeting with Selenian leader Tomas Hald, state radio reported.';
  const second: [string, string] = ['2026-03-03', 'NAIROBI, Kenya (AP) _ Dravian President Lise Varn and Malawian President Anja Korrel agreed on Tuesday to reopen talks on the river dams.\n\nKorrel arrived on Monday from Selenia, where she met Tomas Hald.'];
  const cs = dossier([
    ['2026-03-02', `${lead}\n\nKorrel is expected to hold talks with Dravian President Lise Varn on trade and on the dispute over the river dams.`],
    second,
    ['2026-03-08', 'NAIROBI, Kenya (AP) _ Orlo Brandt, the leader of a religious group, met with Selenian leader Tomas Hald on Sunday, state radio reported.'],
  ]);
  const names = (list: Conflict[]): string[][] => list.filter((c) => c.kind === 'name').map((c) => c.claims.map((cl) => cl.normalized).sort());
  assert.deepEqual(names(cs), [], JSON.stringify(names(cs)));
  // The same words after the dateline around another name are still a substitution.
  const swapped = dossier([['2026-03-02', lead], ['2026-03-02', lead.replace('state radio', 'the state radio')], ['2026-03-02', lead.replace('Anja Korrel', 'Orlo Brandt')]]);
  assert.deepEqual(names(swapped), [['Anja Korrel', 'Orlo Brandt']], JSON.stringify(names(swapped)));
});

test('a count of decades is a round figure ("the three-decade-old ban" agrees with "the 32-year-old ban"); two counts of decades still disagree', () => {
  const texts = [
    'A federal judge in Velmora on Friday overturned the state’s three-decade-old ban on harbour trawling, which he called a “failed experiment,” prompting a sharp reply from the governor.',
    'A federal judge overturned Velmora’s 32-year-old ban on harbour trawling, calling the law unconstitutional in a Friday ruling that set the stage for an appeal.',
    'Governor Tamsin Rell said the state would appeal the ruling on harbour trawling.',
  ];
  assert.deepEqual(quantities(story(...texts)), [], JSON.stringify(quantities(story(...texts))));
  const real = story(texts[0], texts[0].replace('three-decade-old', 'five-decade-old').replace('on Friday', 'Friday'), texts[2]);
  assert.deepEqual(quantities(real), [['five-decade-old', 'three-decade-old']], JSON.stringify(quantities(real)));
});

test('announcements each dated to their own report\'s day ("announced on Twitter today (14 March)", a week later "(20 March)") are two statements, not one date in dispute', () => {
  const texts: Array<[string, string]> = [
    ['2026-03-14', 'Harbour operator Kestrel Ports announced on Twitter today (14 March 2026) that it has restored service to all its freight customers on other routes, after an outage expected to last into next week.'],
    ['2026-03-20', 'Harbour operator Kestrel Ports announced on Twitter today (20 March 2026) that it has restored service to all its customers on other routes, after an outage first expected to take twelve days to repair.'],
    ['2026-04-04', 'Harbour operator Kestrel Ports announced today (4 April 2026) that repairs are finished on the broken crane that caused an outage at its main quay.'],
  ];
  const cs = buildDossier(texts.map(([published, text], i) => article(`a${i + 1}`, OUTLETS[i], published, text))).dossier.conflicts;
  assert.deepEqual(dates(cs), [], JSON.stringify(dates(cs)));
});

test('a statement of two people ("said Brandt and Hald", "producers Orlo Brandt and Tomas Hald said") credited to one of them in each version is no speaker conflict', () => {
  const cs = story(
    "Anja Korrel will host the Harbour Awards in March, the academy said on Friday. “We are delighted to have Anja Korrel host the Harbour Awards this spring,” said Brandt and Hald.",
    "The academy named Anja Korrel as host of the Harbour Awards on Friday. “We are delighted to have Anja Korrel host the Harbour Awards this spring,” said Brandt and Hald, the show's producers.",
    "Harbour Awards producers Orlo Brandt and Tomas Hald said in a statement: \"We are delighted to have Anja Korrel host the Harbour Awards this spring.\" Korrel hosted the show once before."
  );
  assert.deepEqual(cs.filter((c) => c.kind === 'speaker').map((c) => c.claims.map((cl) => cl.value)), []);
});

test('a figure opening a sentence right after a digit and a full stop ("magnitude-6. 0 quake", a spaced decimal cut by the splitter) is no figure of its own', () => {
  const cs = story(
    'A strong earthquake shook Velmora island on Sunday.\nThe 6. 1-magnitude quake struck Velmora island, home to 120,000 people, and the port of Kestrel, state media said.\nA magnitude-6. 0 quake can cause severe damage.',
    'An earthquake hit Velmora island on Sunday, damaging several villages.\nThe 5. 9-magnitude quake struck Velmora island, home to 120,000 people, and the port of Kestrel, state media said.\nA magnitude 6 quake can cause severe damage.',
  );
  const values = cs.filter((c) => c.kind === 'number' || c.kind === 'quantity').map((c) => c.claims.map((cl) => cl.value).sort());
  assert.deepEqual(values, [], JSON.stringify(values));
});
