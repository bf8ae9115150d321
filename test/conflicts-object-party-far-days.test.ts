/**
 * Two false cards on invented text found in session 20's final check (issue #10): an owner's
 * other party as the main verb's object ("arrested Marrek's editor, Tomas Hale, on Feb. 25" /
 * "arrested the blogger Ivo Marrek on Feb. 23", parties.ts objectItems), and figures of two acts
 * dated years apart where one date is read against publication ("In 2009 the council spent $3
 * million" / "spent $5 million … on Thursday", occasions.ts RELATIVE_SLACK_DAYS). Each test fails
 * without its mechanism; the last assertions keep what must still be raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { ownerAgainstParty } from '../src/compare/conflicts/parties.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-02-26', t))).dossier.conflicts;
const kinds = (cs: Conflict[]): string[] => cs.map((c) => `${c.kind}:${c.claims.map((cl) => cl.value).sort().join('/')}`);

test("an owner's other party as the object is not the owner: two arrests, no date card", () => {
  assert.equal(ownerAgainstParty("Police in Velmar also arrested Marrek's editor, Tomas Hale, on Feb. 25.", 'Police in Velmar arrested the blogger Ivo Marrek on Feb. 23.'), true);
  assert.equal(ownerAgainstParty("Police in Velmar arrested Marrek's lawyer on Feb. 25.", 'Police in Velmar arrested Marrek on Feb. 23.'), true);
  // One party in both objects stays one act.
  assert.equal(ownerAgainstParty('Police in Velmar arrested the blogger Ivo Marrek on Feb. 25.', 'Police in Velmar arrested Marrek on Feb. 23.'), false);
  const story = cards(
    'Police in Velmar arrested the blogger Ivo Marrek on Feb. 23 after a raid on his flat. Marrek runs a popular news site.',
    "Police in Velmar also arrested Marrek's editor, Tomas Hale, on Feb. 25 after a raid on his flat. Marrek runs a popular news site.",
    'Police in Velmar arrested the blogger Ivo Marrek on Feb. 23. Marrek runs a popular news site.',
  );
  assert.deepEqual(kinds(story).filter((k) => k.startsWith('date')), []);
  // The same man's arrest on two days is still a card.
  const real = cards(
    'Police in Velmar arrested the blogger Ivo Marrek on Feb. 23 after a raid on his flat. Marrek runs a popular news site.',
    'Police in Velmar arrested the blogger Ivo Marrek on Feb. 25 after a raid on his flat. Marrek runs a popular news site.',
    'Police in Velmar arrested the blogger Ivo Marrek on Feb. 23. Marrek runs a popular news site.',
  );
  assert.equal(kinds(real).filter((k) => k.startsWith('date')).length, 1);
});

test('figures of acts dated years apart are two acts, even when one date is read against publication', () => {
  const story = cards(
    'The council spent $5 million on the new harbour wall on Thursday, officials said. The mayor praised the work.',
    'In 2009 the council spent $3 million on the harbour wall, officials said. The mayor praised the work.',
    'The council spent $5 million on the harbour wall on Thursday. The mayor praised the work.',
  );
  assert.deepEqual(kinds(story).filter((k) => !k.startsWith('date')), []);
  // One act told "on Thursday" and "on Feb. 19" (the same day) keeps its figures compared.
  const real = cards(
    'The council spent $5 million on the new harbour wall on Thursday, officials said. The mayor praised the work.',
    'The council spent $3 million on the new harbour wall on Feb. 19, officials said. The mayor praised the work.',
    'The council spent $5 million on the new harbour wall on Thursday. The mayor praised the work.',
  );
  assert.equal(kinds(real).filter((k) => !k.startsWith('date')).length, 1);
});

test('amounts each for its own purpose are two things paid for, not one figure given two ways', () => {
  const story = cards(
    'The Orlen council approved a $14 billion budget for schools on Monday, officials said. The vote was 7 to 2.',
    'The Orlen council approved a $9 billion budget for roads on Monday, officials said. The vote was 7 to 2.',
    'The Orlen council approved a $14 billion budget for schools on Monday. The vote was 7 to 2.',
  );
  assert.deepEqual(kinds(story).filter((k) => !k.startsWith('date')), []);
  // One purpose in both, two amounts: still a card.
  const real = cards(
    'The Orlen council approved a $14 billion budget for schools on Monday, officials said. The vote was 7 to 2.',
    'The Orlen council approved a $9 billion budget for schools on Monday, officials said. The vote was 7 to 2.',
    'The Orlen council approved a $14 billion budget for schools on Monday. The vote was 7 to 2.',
  );
  assert.equal(kinds(real).filter((k) => !k.startsWith('date')).length, 1);
});
