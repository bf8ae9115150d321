/**
 * Story screening keeps an article that names the story's own anchor (src/compare/facts/screen.ts
 * storyAnchors): an opinion piece about the same ceremony in other words shares few words with the
 * reports but names the one rare name they all share. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screen } from '../src/compare/facts/screen.js';
import type { Article } from '../src/core/schema.js';

const art = (id: string, outlet: string, title: string | null, text: string): Article =>
  ({ id, text, outlet, language: null, published: null, file: null, url: null, title, authors: [], agencies: [], removed: [] }) as unknown as Article;

const reportA = art(
  'a1',
  'Harbour Ledger',
  'Quiet film wins big at the Veldmarks',
  'A quiet film about a ferry crossing won the top award at the Veldmarks on Sunday night, beating two costly studio epics. ' +
    'The ferry drama also took awards for its score and its lead actor, who thanked the crew of the real ferry in a short speech. ' +
    'Hosts joked about the length of the ceremony in Calvast, which ran nearly four hours.',
);
const reportB = art(
  'a2',
  'Northgate Courier',
  'Ferry drama sweeps Veldmarks as studio epics go home empty-handed',
  'The ferry drama swept the Veldmarks on Sunday night, winning the top award along with the prizes for score and lead actor. ' +
    'Two studio epics that had led the nominations went home empty-handed, and the ceremony ran nearly four hours.',
);
const opinion = art(
  'a3',
  'Upland Review',
  'Nobody watches anymore',
  'Last night proved again that the Veldmarks matter mostly to the people inside the hall. ' +
    'Viewers at home have drifted toward streaming, younger audiences shrug, and the speeches still drag on past midnight while advertisers wonder why they pay. ' +
    'My neighbours, lifelong devotees of glamour and gossip, switched over to a cooking contest before the first envelope was opened. ' +
    'Broadcasters blame fragmented attention; critics blame self-congratulation; accountants blame shrinking budgets for publicity. ' +
    'Whatever the culprit, prestige that needs a marathon telecast to announce itself has already lost the argument with its public.',
);

test('an opinion piece naming the one rare name the reports share is kept although it shares few words with them', () => {
  const s = screen([reportA, reportB, opinion]);
  assert.deepEqual(s.excluded, [], s.warnings.join(' | '));
  assert.deepEqual(s.keep, ['a1', 'a2', 'a3']);
});

test('an article of another story that names none of the reports\' shared names is still left out, and the warning says what it shares', () => {
  const other = art(
    'a3',
    'Upland Review',
    'Tamsel council votes to close the old bridge',
    'The Tamsel council voted on Tuesday to close the old stone bridge to lorries after engineers found cracks in two of its arches. ' +
      'Shopkeepers in the lower town said the detour would cost them custom through the winter.',
  );
  const s = screen([reportA, reportB, other]);
  assert.deepEqual(s.keep, ['a1', 'a2']);
  // Two articles: both are named, with what they share.
  const pair = screen([reportA, other]);
  assert.ok(pair.warnings.some((w) => /a1 \(Harbour Ledger\) and a3 \(Upland Review\) share no rare name and few distinctive words/.test(w)), pair.warnings.join(' | '));
  assert.match(s.excluded[0].reason, /shares no rare name and few distinctive words/);
  // Naming one rare name of the reports but not the one they all share: it is still out, and the
  // warning names what it shares instead of claiming it shares "almost no names".
  const mention = art('a3', 'Upland Review', other.title, `${other.text} Inspectors from Calvast will return in spring.`);
  const m = screen([reportA, reportB, mention]);
  assert.deepEqual(m.keep, ['a1', 'a2']);
  assert.match(m.excluded[0].reason, /of their rare names it mentions only Calvast, not Veldmarks, which all of them name/);
  assert.doesNotMatch(m.excluded[0].reason, /almost no names/);
});
