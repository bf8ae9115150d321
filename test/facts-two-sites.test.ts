/**
 * Two sites in one role are two facts, however a site is typed (issue #12, ecbmix: two
 * hit-and-runs of one kind joined): the entity layer types a hospital by its name's words, so
 * "HCMC" is an organisation and "Mount Keel Hospital" a place (by "Mount"), and participantClash,
 * which compared only participants of one type, let "was pronounced dead at HCMC" / "… at Mount
 * Keel Hospital" stand as one shared fact. A site and its initials stay one ("HCMC" / "Hennepin
 * County Medical Center"). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const LEAD_A = 'A driver struck a woman crossing Harbour Road in Velmora on Friday night and fled.\n\n';
const LEAD_B = 'Police in Velmora are looking for a driver who hit a pedestrian on Friday night.\n\n';

const sharedDeath = (a: string, b: string): string[] =>
  buildDossier([article('a1', 'Daily A', `${LEAD_A}${a}\n\nPolice asked witnesses to call.`), article('a2', 'Daily B', `${LEAD_B}${b}\n\nThe car was found later.`)])
    .dossier.facts.filter((f) => f.support.length > 1 && /pronounced dead/.test(f.text))
    .map((f) => f.text);

test('a body and a site typed as a place, in one role, are two participants', () => {
  assert.deepEqual(sharedDeath('The woman was pronounced dead at HCMC.', 'The unidentified woman was pronounced dead at Mount Keel Hospital.'), []);
  assert.deepEqual(sharedDeath('The woman was pronounced dead at Dorsk Medical Center.', 'The unidentified woman was pronounced dead at Mount Keel Hospital.'), []);
});

test('a site and its initials are one participant', () => {
  assert.equal(sharedDeath('The woman was pronounced dead at HCMC.', 'The unidentified woman was pronounced dead at Hennepin County Medical Center.').length, 1);
});
