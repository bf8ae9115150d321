/** SortedLines: lookup by binary search over a sorted "KEY REST" table's characters (src/compare/words/sorted-lines.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SortedLines } from '../src/compare/words/sorted-lines.js';
import { PRIOR_STEMS } from '../src/compare/words/word-prior.js';

test('every key of a small table is found with its rest; keys between, before and after are not', () => {
  const lines = ['apple 1', 'apples 2 3', 'b', 'banana 4', 'cherry', 'date 5 6 7'];
  const table = new SortedLines(lines.join('\n'));
  assert.equal(table.get('apple'), '1');
  assert.equal(table.get('apples'), '2 3');
  assert.equal(table.get('b'), '');
  assert.equal(table.get('banana'), '4');
  assert.equal(table.get('cherry'), '');
  assert.equal(table.get('date'), '5 6 7');
  for (const miss of ['', 'a', 'appl', 'applesauce', 'ba', 'bananas', 'c', 'zebra', 'apple 1']) assert.equal(table.get(miss), null, miss);
  assert.equal(new SortedLines('only').get('only'), '');
  assert.equal(new SortedLines('only').get('other'), null);
});

test('the word prior: every one of its lines is found by its key, as parsing it would give', () => {
  const parsed = PRIOR_STEMS.split('\n').map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)] as const);
  const table = new SortedLines(PRIOR_STEMS);
  for (const [k, rest] of parsed) assert.equal(table.get(k), rest, k);
  assert.equal(table.get(parsed[0][0].slice(0, -1) || '!'), null);
});

test('a key asked again is answered from memory, without another binary search (issue #16, start-up)', () => {
  const table = new SortedLines(['kilo 1', 'lima 2', 'mike 3', 'november 4', 'oscar 5'].join('\n'));
  // The search scans the text with indexOf/lastIndexOf; count those calls around each lookup.
  const scans = (f: () => unknown): number => {
    const idx = String.prototype.indexOf;
    const last = String.prototype.lastIndexOf;
    let n = 0;
    String.prototype.indexOf = function (this: string, ...a: Parameters<typeof idx>) { n++; return idx.apply(this, a); };
    String.prototype.lastIndexOf = function (this: string, ...a: Parameters<typeof last>) { n++; return last.apply(this, a); };
    try {
      f();
    } finally {
      String.prototype.indexOf = idx;
      String.prototype.lastIndexOf = last;
    }
    return n;
  };
  assert.ok(scans(() => assert.equal(table.get('mike'), '3')) > 0);
  assert.equal(scans(() => assert.equal(table.get('mike'), '3')), 0);
  // A missing key is remembered too.
  assert.ok(scans(() => assert.equal(table.get('papa'), null)) > 0);
  assert.equal(scans(() => assert.equal(table.get('papa'), null)), 0);
});

test('past its bound the memo starts again and every answer stays right', () => {
  const keys = Array.from({ length: 60_000 }, (_, i) => `k${String(i).padStart(5, '0')}`);
  const table = new SortedLines(keys.map((k, i) => `${k} ${i}`).join('\n'));
  for (let round = 0; round < 2; round++) for (let i = 0; i < keys.length; i++) assert.equal(table.get(keys[i]), String(i));
  assert.equal(table.get('k99999'), null);
  assert.equal(table.get(keys[0]), '0');
});

test('the memo holds at most its bound: a key asked before 60,000 others is searched again (a long-running server stays bounded)', () => {
  // Review of session 30: the bound (MEMO_MAX, 50,000) is what keeps `parallax serve`'s memory
  // flat; past it the memo is emptied, so the first key is no longer remembered. Counted as in
  // the test above, by the scans a lookup makes.
  const keys = Array.from({ length: 60_000 }, (_, i) => `q${String(i).padStart(5, '0')}`);
  const table = new SortedLines(keys.map((k, i) => `${k} ${i}`).join('\n'));
  for (let i = 0; i < keys.length; i++) table.get(keys[i]);
  const idx = String.prototype.indexOf;
  let n = 0;
  String.prototype.indexOf = function (this: string, ...a: Parameters<typeof idx>) { n++; return idx.apply(this, a); };
  try {
    assert.equal(table.get(keys[0]), '0');
  } finally {
    String.prototype.indexOf = idx;
  }
  assert.ok(n > 0, 'the first key was still remembered after 60,000 others');
});
