/**
 * Names aligned by their near words (claims/name-claims.ts, issue #10 recall): a lone name that
 * one outlet describes or frames with the same few words as the person the other outlets name
 * ("Rep. X, the chairman of the House panel on fisheries" / "said Rep. Y, chairman of the House
 * panel on fisheries") fills that person's slot in any construction; a class of people before the
 * name ("gold-medal rower X") and a speaker's description ("said the director, X") are no slot.
 * Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { findNameSlotConflicts } from '../src/compare/claims/name-claims.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

/** The name-slot stage alone on annotated articles. */
function slotCards(arts: Article[]): ReturnType<typeof findNameSlotConflicts> {
  const annotated = arts.map((a) => annotate(a));
  return findNameSlotConflicts(annotated, buildEntities(annotated), 0, new Map(arts.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }])));
}
const values = (cards: ReturnType<typeof findNameSlotConflicts>): string[][] => cards.map((c) => c.claims.map((cl) => cl.value));

test('the same description after a name, another lone name: a name conflict naming the lone outlet', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-03-04', '"The fleet cannot wait another season," said Rep. Aldous Penhallow, chairman of the House subcommittee on coastal fisheries and harbours. The bill would double the quota for small boats.'),
    article('a2', 'Coast Courier', '2026-03-04', '"We will find the money for the small boats," said Rep. Aldous Penhallow of Varn County, chairman of the House fisheries subcommittee. Penhallow spoke after the vote.'),
    article('a3', 'Brindle Times', '2026-03-04', 'Rep. Corwin Blakemore, the chairman of the House subcommittee on coastal fisheries, cautioned that the quota for small boats would not save the fleet.'),
  ]);
  const c = cards.find((x) => x.claims.some((cl) => cl.value === 'Corwin Blakemore'));
  assert.ok(c, `"Rep. Corwin Blakemore, the chairman of the House subcommittee on coastal fisheries" against Penhallow, described alike: ${JSON.stringify(values(cards))}`);
  assert.equal(c.confidence, 'possible');
  assert.deepEqual(c.outliers, ['a3']);
});

test('a class of people before two names ("gold-medal rower X") is no slot: two athletes', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-03-04', 'None of the home crews failed a test, but the biggest doping case of the regatta came in 2019 with gold-medal rower Ivo Tamminen testing positive for a banned stimulant.'),
    article('a2', 'Coast Courier', '2026-03-04', 'The regatta still remembers Ivo Tamminen, whose positive test for a banned stimulant cost him the 2019 title. Tamminen never raced again.'),
    article('a3', 'Brindle Times', '2026-03-04', 'Gold-medal rower Pekka Rautio drew a lifetime ban last year for testing positive for a banned stimulant at the regatta.'),
  ]);
  assert.deepEqual(values(cards), [], 'two gold-medal rowers of one story are two people');
});

test('a speaker described like the story\'s person ("said the director, X") is not compared', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-03-04', 'Margit Olenius, the director of the Varn harbour clinic, said the staff spent the day mourning the loss of their colleague.'),
    article('a2', 'Coast Courier', '2026-03-04', 'Margit Olenius, the director of the Varn harbour clinic, closed it for the day so that the staff could mourn their colleague.'),
    article('a3', 'Brindle Times', '2026-03-04', 'The staff spent the day mourning the loss of their colleague at the Varn harbour clinic, said the director, Runa Haldorsen.'),
  ]);
  assert.deepEqual(values(cards), [], 'whom an outlet quotes is no slot of the claim');
});

test('an indefinite description ("X, a professor of clinical medicine") is a class, not one person', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-03-04', 'The damage to the liver may not appear for years after the pills are taken, said Ottilie Brandvold, a professor of clinical medicine at the Varn medical school.'),
    article('a2', 'Coast Courier', '2026-03-04', 'Ottilie Brandvold warned that the damage to the liver may not appear for years. Brandvold has studied the pills since 2019.'),
    article('a3', 'Brindle Times', '2026-03-04', 'Sigurd Halloran, a professor of clinical medicine, cautioned that the damage to the liver was only probably linked to the pills.'),
  ]);
  assert.deepEqual(values(cards), [], 'two professors of clinical medicine are two people');
});

test('one title at two bodies ("director of security for the Varn schools" / "… the Brindle schools") is two people', () => {
  const cards = slotCards([
    article('a1', 'Harrow Ledger', '2026-03-04', 'Daniel Hartley, director of security for the Varn public schools, doubled the guards at every gate after the attack.'),
    article('a2', 'Coast Courier', '2026-03-04', 'Daniel Hartley doubled the guards at every school gate. Hartley spoke at the school board after the attack.'),
    article('a3', 'Brindle Times', '2026-03-04', 'Laura Whitfield, director of security for the Brindle public schools, doubled the guards at every gate after the attack.'),
  ]);
  assert.deepEqual(values(cards), [], 'the security directors of two school districts are two people');
});
