/**
 * Long bodies' names with lower-case words inside ("Advisory Committee on …", "Centers for … and
 * …", "Food and Drug Administration") stay one organization after tagging (joinOrgParts in
 * src/annotate/mentions.ts), and "G7"/"G-7" are one entity (matchForm in
 * src/compare/entities/entities.ts). Invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(id: string, text: string): AnnotatedArticle {
  return annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });
}
const names = (a: AnnotatedArticle): string[] => a.mentions.map((m) => m.text);

test('a committee named "on" something is one organization, not two', () => {
  const a = read('a', "The vote came from the Halder Board's Advisory Committee on Brine Safety Practices on Monday.");
  assert.ok(names(a).includes('Advisory Committee on Brine Safety Practices'), names(a).join(' | '));
  assert.ok(!names(a).includes('Brine Safety Practices'));
});

test('"… Institutes for … and …" keeps its last part after "and"; "Centers" and its complement are one', () => {
  const a = read('a', 'A panel at the Institutes for Mineral Research and Prevention on Thursday backed the plan.');
  const m = a.mentions.find((x) => x.text === 'Institutes for Mineral Research and Prevention');
  assert.equal(m?.type, 'organization', names(a).join(' | '));
  const b = read('b', 'Officials at the Centers for Salt Control and Prevention said on Thursday the wells were safe.');
  assert.deepEqual(names(b), ['Centers for Salt Control and Prevention']);
});

test('a last word after "and" that the tagger left out of every name joins the body', () => {
  const a = read('a', 'Losses grew, according to Institutes for Mineral Research and Prevention data seen by the paper.');
  assert.ok(names(a).includes('Institutes for Mineral Research and Prevention'), names(a).join(' | '));
});

test('a common word joined by "and"" to a body\'s name is part of it', () => {
  const a = read('a', 'Norvex Pharma requested Food and Drug Administration approval of its pill on Friday.');
  assert.ok(names(a).includes('Food and Drug Administration'), names(a).join(' | '));
  assert.ok(!names(a).includes('Food'));
});

test('"G7" and "G-7" are one entity', () => {
  const ents = buildEntities([read('a', 'Leaders of the G7 met in Ostrel on Monday.'), read('b', 'The G-7 leaders met in Ostrel on Monday.')]);
  const g = ents.entities.filter((e) => e.aliases.some((x) => /^G-?7$/.test(x.text)));
  assert.equal(g.length, 1, g.map((e) => e.name).join(' | '));
});

test('one body spelled differently by two reports, each pairing it with the same initials, is one entity', () => {
  const t1 = 'The Centers for Brine Safety and Prevention (CBS) closed the wells on Monday. The CBS said the water was unsafe.';
  const t2 = 'The Center for Brines Safety (CBS) ordered the wells shut. The CBS gave no date for reopening.';
  const ents = buildEntities([read('a', t1), read('b', t2)]);
  const i1 = t1.indexOf('Centers');
  const i2 = t2.indexOf('Center');
  const e1 = ents.at('a', i1, i1 + 'Centers for Brine Safety and Prevention'.length);
  assert.ok(e1);
  assert.equal(ents.at('b', i2, i2 + 'Center for Brines Safety'.length), e1, ents.entities.map((e) => `${e.name} [${e.aliases.map((x) => x.text).join(', ')}]`).join(' | '));
});

test('two different bodies that share initials stay apart', () => {
  const t1 = 'The Council for Brine Safety (CBS) closed the wells. The CBS gave no date.';
  const t2 = 'The Corvel Broadcasting System (CBS) filmed the wells. The CBS aired it.';
  const ents = buildEntities([read('a', t1), read('b', t2)]);
  const bodies = ents.entities.filter((e) => e.aliases.some((x) => x.text === 'Council for Brine Safety' || x.text === 'Corvel Broadcasting System'));
  assert.equal(bodies.length, 2);
});

test('"Committee on X" and "Committee for X" are one body; its shortened name in its own article is that body', () => {
  const t1 = "The Halder Board's Advisory Committee on Brine Safety Practices voted on Monday. Members of the Advisory Committee said the vote was close.";
  const t2 = 'Kell fired the Halder Board’s Advisory Committee for Brine Safety Practices on Friday. The Advisory Committee had met twice.';
  const ents = buildEntities([read('a', t1), read('b', t2)]);
  const at = (id: string, t: string, s: string, from = 0): string | null => {
    const i = t.indexOf(s, from);
    return ents.at(id, i, i + s.length);
  };
  const body = at('a', t1, 'Advisory Committee on Brine Safety Practices');
  assert.ok(body);
  assert.equal(at('b', t2, 'Advisory Committee for Brine Safety Practices'), body, 'the preposition differs');
  assert.equal(at('a', t1, 'Advisory Committee', t1.indexOf('Members')), body, 'the shortened name');
  assert.match(ents.get(body)?.name ?? '', /^Advisory Committee (?:on|for) Brine Safety Practices$/, 'named by its long name');
});
