/**
 * Names compared as the name slot of one claim (claims/name-claims.ts, issue #10 recall): a
 * person one outlet alone names, once, in the slot other outlets fill with the story's person —
 * the same act in the same role, the same thing of a titled person, the object of the same noun
 * and preposition — is a possible name conflict, with the lone outlet as the outlier when two
 * outlets agree against it. Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { findNameSlotConflicts } from '../src/compare/claims/name-claims.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const names = (d: ReturnType<typeof buildDossier>['dossier']): string => JSON.stringify(d.conflicts.map((c) => [c.kind, c.claims.map((cl) => cl.value), c.outliers]));

test('the same act in the same role, another lone name: a name conflict naming the lone outlet', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Harrow Ledger', '2026-05-02', 'A driver struck three cyclists on the Varn road on Friday night. Tomas Ekvall, 41, of Brindle, was pulled over a few blocks away by officers, who say he refused to leave his van. Ekvall was charged with vehicular homicide.'),
    article('a2', 'Coast Courier', '2026-05-02', 'Three cyclists were hit on the Varn road on Friday night. Officers had to use a stun gun on Tomas Ekvall to get him out of his van a few blocks away. Ekvall, of Brindle, was charged on Saturday.'),
    article('a3', 'Brindle Times', '2026-05-02', 'Three cyclists died on the Varn road on Friday night. Officers pulled Dunmore over a few blocks away and say they had to use a stun gun to get him out of the van. Tomas Ekvall was charged with vehicular homicide on Saturday.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'name' && x.claims.some((cl) => cl.value === 'Dunmore'));
  assert.ok(c, `"Officers pulled Dunmore over" against "Ekvall … was pulled over" is a name conflict: ${names(d)}`);
  assert.equal(c.confidence, 'possible');
  assert.deepEqual(c.outliers, ['a3']);
});

test('the thing a person has ("the X administration"), another lone name: a name conflict', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Harrow Ledger', '2026-02-02', 'The wetlands rule change was one of several late Halvorsen administration actions that weakened the Marsh Protection Act, according to a group of ecologists. President Halvorsen signed it in March.'),
    article('a2', 'Coast Courier', '2026-02-02', 'Ecologists said the Halvorsen administration rushed the wetlands rule change to keep the Marsh Protection Act from being used against new ports.'),
    article('a3', 'Brindle Times', '2026-02-02', 'One reason for the wetlands rule change was concern by the Tresk administration that the Marsh Protection Act might be used against new ports.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'name' && x.claims.some((cl) => cl.value === 'Tresk'));
  assert.ok(c, `"the Tresk administration" against "the Halvorsen administration" is a name conflict: ${names(d)}`);
  assert.deepEqual(c.outliers, ['a3']);
});

/** The name-slot stage alone on annotated articles (other name stages have their own tests). */
function slotCards(arts: Article[]): ReturnType<typeof findNameSlotConflicts> {
  const annotated = arts.map((a) => annotate(a));
  return findNameSlotConflicts(annotated, buildEntities(annotated), 0, new Map(arts.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }])));
}

test('a second person next to the story\'s one ("also", "a separate") is no substitute', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-09-01', 'A 30-member mission headed by Senator Ilse Borgmann will arrive in Tavria next week to observe the general election.'),
    article('a2', 'Coast Courier', '2026-09-01', 'A mission headed by Senator Ilse Borgmann will observe the general election in Tavria next week.'),
    article('a3', 'Brindle Times', '2026-09-01', 'Also expected in Tavria is a separate observer mission headed by Senator Oskar Lindqvist to watch the general election next week.'),
  ]);
  assert.deepEqual(cards.map((c) => c.claims.map((cl) => cl.value)), [], 'a separate mission\'s head is another person');
});

test('a former holder of the title is no substitute for the holder', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-09-01', 'A 30-member mission headed by Senator Ilse Borgmann will arrive in Tavria next week to observe the general election.'),
    article('a2', 'Coast Courier', '2026-09-01', 'A mission headed by Senator Ilse Borgmann will observe the general election in Tavria next week.'),
    article('a3', 'Brindle Times', '2026-09-01', 'Expected in Tavria is an observer mission headed by former Premier Oskar Lindqvist to watch the general election next week.'),
  ]);
  assert.deepEqual(cards.map((c) => c.claims.map((cl) => cl.value)), [], 'a former premier is not the senator');
});

test('a lone name written twice in its one sentence is still a slip, though its article names the other person elsewhere', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-04-01', 'The harbour scandal ultimately led to the resignation of Governor Ansel Halvorsen in 2019. Halvorsen now lives abroad.'),
    article('a2', 'Coast Courier', '2026-04-01', 'The harbour scandal led to the 2019 resignation of Governor Ansel Halvorsen, who denied any wrongdoing.'),
    article('a3', 'Brindle Times', '2026-04-01', 'Auditors were blocked by the Tresk administration, and the harbour scandal ultimately led to the resignation of Governor Tresk in 2019. Halvorsen later wrote a memoir.'),
  ]);
  const c = cards.find((x) => x.claims.some((cl) => cl.value === 'Tresk'));
  assert.ok(c, `"the resignation of Governor Tresk" against "… of Governor Ansel Halvorsen": ${JSON.stringify(cards.map((x) => x.claims.map((cl) => cl.value)))}`);
  assert.deepEqual(c.outliers, ['a3']);
});

test('two lines of figures counting one thing ("16 points" / "20 points") are two players, not one slot', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-01-10', 'Brannock finished with 20 points and nine rebounds as Eastvale beat Corley 88-71.'),
    article('a2', 'Coast Courier', '2026-01-10', 'Ty Brannock finished the game with 20 points and nine rebounds for Eastvale, which pulled away after a 20-2 run.'),
    article('a3', 'Brindle Times', '2026-01-10', 'Ty Brannock led Eastvale again. Oduya finished with 16 points and nine rebounds, scoring 14 in a 20-2 run for Corley.'),
  ]);
  assert.deepEqual(cards.map((c) => c.claims.map((cl) => cl.value)), [], 'Oduya\'s own line is no substitute for Brannock');
});

test('a possessed thing qualified otherwise ("X\'s record for catches" / "Y\'s record of 4,051 yards") is another thing', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-01-10', 'Pell set the rookie record for passing yards in a season, breaking Dace Morrow\'s record set a year ago.'),
    article('a2', 'Coast Courier', '2026-01-10', 'Pell broke Dace Morrow\'s record of 4,051 passing yards in the second quarter of the rookie season finale.'),
    article('a3', 'Brindle Times', '2026-01-10', 'Pell had a big season. His tight end eclipsed Lon Harker\'s franchise record for catches by a rookie tight end in one season, set a year ago.'),
  ]);
  assert.deepEqual(cards.map((c) => c.claims.map((cl) => cl.value)), [], 'a record for catches is not the passing record');
});
