/**
 * Story screening reads titles too (src/compare/facts/screen.ts): a reply or an opinion piece whose
 * excerpt never names what it answers names it in its title. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screen } from '../src/compare/facts/screen.js';
import type { Article } from '../src/core/schema.js';

const art = (id: string, outlet: string, title: string | null, text: string): Article =>
  ({ id, text, outlet, language: null, published: null, file: null, url: null, title, authors: [], agencies: [], removed: [] }) as unknown as Article;

const first = art(
  'a1',
  'Harbour Ledger',
  'Mirela Odvan Scolds The Quillon Over Its Column on Two Flood Photographers',
  'Mirela Odvan took to social media on Friday to criticise the magazine she helped found for a column about two photographers who covered the Tamsel floods. ' +
    '“The Quillon is now singling out two young photographers,” Odvan wrote. “Editors should be ashamed of this.” She was referring to a piece printed that morning by the magazine’s night editors.',
);
const reply = art(
  'a2',
  'Northgate Review',
  'Why We Still Need Photographers at the Floods. A Reply to The Quillon',
  'Anyone who spent last spring away from their screens would hardly have known how much damage the rivers did across the valley, town after town, week after week. ' +
    'Readers who kept to the big evening bulletins saw little of the broken bridges and the empty shops, and the pictures that reached them came from a handful of people with cameras.',
);

test('two articles whose texts share little but whose titles name the same publication: no "different stories" warning', () => {
  const s = screen([first, reply]);
  assert.ok(!s.warnings.some((w) => /different stories/.test(w)), s.warnings.join(' | '));
  // Without the titles the texts alone share almost nothing: the warning the title prevents.
  const bare = screen([{ ...first, title: null }, { ...reply, title: null }]);
  assert.ok(bare.warnings.some((w) => /different stories/.test(w)), 'the fixture must need its titles');
});

test('a title of other words never makes the screen set aside an article it kept on its text', () => {
  const text = 'Flood water broke through the river wall at Tamsel on Tuesday night and flooded the lower town before dawn, officials of the Tamsel council said.';
  const arts = [art('a1', 'Herald', 'Tamsel flood', text), art('a2', 'Courier', 'Night of water', text), art('a3', 'Monitor', 'A town counts its losses after the storm broke', text)];
  assert.deepEqual(screen(arts).excluded, []);
});
