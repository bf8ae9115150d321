/**
 * src/core/regex.ts: compiling a pattern ahead (compiledOnce) never changes what it matches, and
 * matchesOf gives exactly the matches of String.prototype.matchAll.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compiledOnce, matchesOf } from '../src/core/regex.js';

const plain = (ms: Iterable<RegExpMatchArray>): unknown[] => [...ms].map((m) => ({ at: m.index, groups: [...m], named: m.groups }));

test('compiledOnce returns the pattern itself, its lastIndex put back, matching as before', () => {
  const sticky = /\p{Lu}\p{Ll}+/uy;
  sticky.lastIndex = 4;
  assert.equal(compiledOnce(sticky), sticky);
  assert.equal(sticky.lastIndex, 4);
  assert.equal(sticky.exec('the Ferry sank')?.[0], 'Ferry');
  const global = /\d+/g;
  assert.equal(compiledOnce(global).lastIndex, 0);
  assert.deepEqual('a 12 b 345 c 6’'.match(global), ['12', '345', '6']);
  // A second call finds it done and changes nothing.
  global.lastIndex = 2;
  assert.equal(compiledOnce(global).lastIndex, 2);
});

test('matchesOf gives the matches of matchAll: groups, positions, empty matches, astral letters', () => {
  const cases: Array<[RegExp, string]> = [
    [/\b(?<art>[Aa]n?|[Tt]he)\s+(\p{Lu}[\p{L}\p{N}-]*)/gu, 'The Fokker 50 and a Boeing 737, the “Ferry” — an MD-11.'],
    [/x*/g, 'axxbx'],
    [/\p{L}*/gu, 'a𝒜b 😀 c'],
    [/(?:)/gu, '😀x'],
    [/nothing/g, 'no match here'],
  ];
  for (const [re, text] of cases) {
    const fresh = new RegExp(re.source, re.flags);
    assert.deepEqual(plain(matchesOf(re, text)), plain(text.matchAll(fresh)), `${re} on ${text}`);
    assert.equal(re.lastIndex, 0);
    // Twice in a row: the same answer (no state left behind).
    assert.deepEqual(plain(matchesOf(re, text)), plain(text.matchAll(fresh)));
  }
  assert.throws(() => matchesOf(/a/, 'a'), TypeError);
});
