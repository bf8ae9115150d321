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

const SYNDICATED = [
  'Harbour pilots in Halvar have asked for a second tug after the fire, the port authority said on Tuesday.', // 1
  '', // 2
  'The authority will decide next month, its chairman said. Residents may call the port hotline at 1-800-555-0142.', // 3
  '', // 4
  '(Mira Okafor is a free-lance writer based in Halvar.)', // 5
  '', // 6
  'For information about subscribing to "Harbour Week," call 800-555-0199 to connect to an Example Syndicate sales executive near you.', // 7
  '', // 8
  '--Europe and Asia: A. VANDERLEE in Ostend at 32-55-01-99; fax, 32-55-01-98.', // 9
  '', // 10
  'The day news editor is Pat Ilves, 404-555-0188, pilves(at)example.com.', // 11
  '', // 12
  'Thank you.', // 13
  '', // 14
  '_ The Example Times Syndicate.', // 15
].join('\n');

test("a news service's trailer after a syndicated story goes; the story, its hotline number included, stays", () => {
  const r = cleanText(SYNDICATED);
  const gone = new Map(r.removed.map((x) => [x.line, x.reason]));
  for (const line of [5, 7, 9, 11, 13, 15]) assert.ok(gone.has(line), `line ${line} removed: ${SYNDICATED.split('\n')[line - 1]}`);
  assert.ok(!gone.has(1) && !gone.has(3), 'story lines stay');
  assert.ok(r.text.includes('port hotline at 1-800-555-0142'), 'a public hotline number in the story stays');
  assert.match(gone.get(5)!, /writer's note/);
  assert.match(gone.get(9)!, /contact or sales/);
  // The same hotline sentence as the story's last line stays too: "call … hotline" is not a service's line.
  const last = cleanText('A fire closed the ferry terminal on Monday, the port said.\n\nResidents who smell smoke are asked to call the toll-free hotline at 1-888-555-0110.');
  assert.ok(last.text.includes('toll-free hotline'), 'a hotline sentence closing a story stays');
});

test('a news service budget is not an article; a story with a dateline and a bracket stays', () => {
  const budget = [
    'These feature stories are moving today to clients of the Example News Service.',
    '',
    'INTERNATIONAL',
    '',
    'PORT-FIRE _ HALVAR, Dalvenia _ Harbour pilots ask for a second tug after the warehouse fire. (Okafor, Example Courier). 30. MOVED',
    '',
    'TUG-COLUMN _ A columnist asks who pays for the new tugs. (Example Courier). 8.',
    '',
    'For questions, please call the desk at 404-555-0100.',
  ].join('\n');
  const r = cleanText(budget);
  assert.equal(r.text.trim(), '', 'nothing of a budget is left as article text');
  assert.ok(r.removed.some((x) => /budget entry/.test(x.reason)));
  const story = cleanText('HALVAR, Dalvenia _ A fire swept through a warehouse on Monday (the second this year).\n\nThe port reopened on Tuesday.');
  assert.ok(story.text.startsWith('HALVAR, Dalvenia _ A fire swept'), 'a dateline paragraph ending in a bracket is story');
  for (const s of ['MIAMI _ The boy\'s father arrived on Friday (his third trip).', 'PORT-FIRE is what the desk called the story, an editor said (in jest).']) {
    assert.equal(wireBoilerplate(s, s.split(/\s+/).length), null, s);
  }
});

test("a syndicated header: the sales note and the writer's note go, the byline with its distribution note names the author", () => {
  const r = cleanText([
    '(To publish this article, contact an Example Syndicate sales representative at 732-555-0180.)',
    '',
    '(Mira Okafor is a senior writer for Example Weekly.)',
    '',
    'By MIRA OKAFOR (Distributed by Example Special Features)',
    '',
    'Harbour pilots in Halvar have asked for a second tug after the fire, the port authority said on Tuesday.',
  ].join('\n'));
  assert.ok(r.text.startsWith('Harbour pilots'), r.text);
  assert.equal(r.facts.title, null, 'no credit line is taken for the headline');
  assert.equal(r.facts.authors.length, 1, `one author: ${r.facts.authors.join(', ')}`);
  assert.match(r.facts.authors[0], /okafor/i);
});

test('desk initials glued after the last sentence go; the sentence stays', () => {
  const r = cleanText('HALVAR, Dalvenia (AP) _ A fire swept through a warehouse on Monday.\n\nFirst results are not expected until Saturday. sf/vj');
  assert.ok(r.text.endsWith('until Saturday.'), r.text);
  assert.ok(r.removed.some((x) => x.text === 'sf/vj' && /desk initials/.test(x.reason)));
  const keep = cleanText('The port said the ferry would run on Friday. Either and/or neither was said.');
  assert.ok(keep.text.includes('and/or neither'), 'a sentence with a slash is not desk initials');
});
