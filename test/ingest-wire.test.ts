/**
 * Wire-service boilerplate (src/ingest/wire.ts) on invented wire copy: notes to editors, pick-up
 * markers, control words, desk initials, slugs, distribution notes, "On the Net:" link blocks
 * and e-mail sign-offs go with a reason; story sentences that start or end like them stay; the
 * wire dateline's credit is read in its several punctuations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../src/ingest/clean.js';
import { parseByline, wireDateline } from '../src/ingest/credits.js';
import { wireBoilerplate } from '../src/ingest/wire.js';

const COPY = [
  'Eds: UPDATES with casualty figures; AP Photo HAL101', // 1
  '', // 2
  'HALVAR, Dalvenia (AP) _ A fire swept through a warehouse at the ferry terminal of Halvar on Monday, killing four dock workers.', // 3
  '', // 4
  'Editors at the Halvar Courier said the port had been warned twice about the warehouse.', // 5
  '', // 6
  '(BEGIN OPTIONAL TRIM)', // 7
  '', // 8
  'The terminal reopened on Tuesday morning, a spokesman for the port authority said.', // 9
  '', // 10
  '(END OPTIONAL TRIM)', // 11
  '', // 12
  'The warehouse, 4th graf pvs', // 13
  '', // 14
  '(MORE)', // 15
  '', // 16
  'More ferries will run from Thursday, the operator said.', // 17
  '', // 18
  '------', // 19
  '', // 20
  'On the Net:', // 21
  '', // 22
  'Dalvenia port authority: http://www.ports.example.dv', // 23
  '', // 24
  'Halvar fire brigade _ https://fire.example.dv/news', // 25
  '', // 26
  'Jane Roe\'s e-mail address is jroe(at)example.com', // 27
  '', // 28
  'ENDIT', // 29
  '', // 30
  '(ab/cd)', // 31
].join('\n');

test('wire copy: editorial notes, markers, control lines and link blocks go; the story stays', () => {
  const r = cleanText(COPY);
  const gone = new Map(r.removed.map((x) => [x.line, x.reason]));
  for (const line of [1, 7, 11, 13, 15, 19, 21, 23, 25, 27, 29, 31]) assert.ok(gone.has(line), `line ${line} removed: ${COPY.split('\n')[line - 1]}`);
  for (const kept of ['HALVAR, Dalvenia (AP) _ A fire swept', 'Editors at the Halvar Courier said', 'The terminal reopened on Tuesday', 'More ferries will run from Thursday']) assert.ok(r.text.includes(kept), `kept: ${kept}`);
  assert.match(gone.get(1)!, /note to editors/);
  assert.match(gone.get(13)!, /pick-up marker/);
  assert.match(gone.get(23)!, /web link/);
  assert.deepEqual(r.facts.agencies, ['AP'], 'the "(AP) _" dateline credits AP');
  assert.deepEqual(r.facts.authors, ['Jane Roe'], 'the e-mail sign-off names the author');
  assert.ok(!/http/.test(r.text), 'no web address left in the text');
});

test('wire boilerplate: story sentences that look like it are not', () => {
  for (const s of [
    'Editors said the paper would correct the story.',
    'More than 40 people were hurt.',
    'The end came quickly for the ferry company.',
    'Police said the graffiti on the wall was new.',
    'The distribution of aid began on Friday.',
    'Online sales rose 4 percent, the company said.',
  ]) assert.equal(wireBoilerplate(s, s.split(/\s+/).length), null, s);
  for (const s of ['Chile said, graf 3 pvs', 'Yaakov Sela, former, 5th graf pvs.', 'The plane, 5th graf pvs. (gm)', 'Troops massed, pick up 4th graf pvs', 'XXXX END OF STORY', 'OPTIONAL TRIM FOLLOWS', '(Distributed by Example Special Features)', 'For Use By Clients of the Example News Service', 'BC-PORT-FIRE-2NDTAKE-XYZ', 'XYZ-03-04-26 1412EST', 'EDITOR\'S NOTE: This story contains language some may find offensive.']) {
    assert.ok(wireBoilerplate(s, s.split(/\s+/).length), s);
  }
});

test('wire credits: datelines in their punctuations and bylines with a desk', () => {
  assert.equal(wireDateline('HALVAR, Dalvenia (AP) _ A fire …'), 'AP');
  assert.equal(wireDateline('HALVAR (AP) -- A fire …'), 'AP');
  assert.equal(wireDateline('OSTEL, Aug. 23 (Xinhua) -- The …'), 'Xinhua');
  assert.equal(wireDateline('BRIN, March 3 (Reuters) - The …'), 'Reuters');
  assert.equal(wireDateline('HALVAR (AP) — The …'), 'AP');
  assert.equal(wireDateline('NATO (AP) said …'), null);
  assert.deepEqual(parseByline('By JANE DOE Associated Press Writer'), { authors: ['JANE DOE'], agencies: ['AP'] });
  assert.deepEqual(parseByline('By Jane Doe, AP Science Writer'), { authors: ['Jane Doe'], agencies: ['AP'] });
  assert.deepEqual(parseByline('By KATE ROE Example Ridder Newspapers'), { authors: ['KATE ROE'], agencies: [] });
});

test('a pick-up marker or an "enditem" trailer glued after the last sentence goes; the sentences stay', () => {
  const glued = [
    'HALVAR, Dalvenia (AP) _ The ferry terminal reopened on Tuesday after the fire. The warehouse, 3rd graf, pvs',
    '',
    'The operator said more ferries would run from Thursday. "No ferry, 5th graf, 1st Ld-Writethru',
    '',
    'The port handled fewer ships this year. The report also, 12th graf 12 pvs',
    '',
    'Halvar imports most of its fuel by sea. enditem =03141026 =03141022 NNNN 18:27 18:27 g # XYZ',
  ].join('\n');
  const r = cleanText(glued);
  assert.doesNotMatch(r.text, /graf|pvs|Writethru|enditem|NNNN/);
  for (const s of ['reopened on Tuesday after the fire.', 'from Thursday.', 'fewer ships this year.', 'fuel by sea.']) assert.ok(r.text.includes(s), s);
  assert.equal(r.removed.filter((x) => /wire service/.test(x.reason)).length, 4);
  // Prose that mentions a paragraph or ends in a short capitalised phrase stays.
  const prose = 'The editor cut the third paragraph. The Warehouse Fire Inquiry, he said.';
  assert.equal(cleanText(prose).text, prose);
});
