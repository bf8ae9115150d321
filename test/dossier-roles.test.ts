/**
 * Who holds which title (src/compare/conflicts/roles.ts), on invented reports run through the real
 * annotator: one office given to different people across articles is a `name` conflict even when
 * the sentences were not aligned as one fact; offices of different countries, former holders,
 * indefinite appositives and offices many people hold are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict, Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';
import { qualifierFit, readOffice } from '../src/compare/conflicts/roles.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const roleConflicts = (d: Dossier): Conflict[] => d.conflicts.filter((c) => c.kind === 'name' && /^who is the/.test(c.about));

test('an office is read in its construction: qualifier, office, former holders and shared titles', () => {
  assert.deepEqual(readOffice('British Prime Minister')?.office, 'prime minister');
  assert.deepEqual([...readOffice('British Prime Minister')!.qualifier], ['united kingdom']);
  assert.deepEqual([...readOffice("the U.K.'s Prime Minister")!.qualifier], ['united kingdom']);
  assert.equal(readOffice('chief prosecutor of the Velmoran war crimes tribunal')?.office, 'chief prosecutor');
  assert.equal(readOffice('CEO')?.office, 'chief executive officer');
  assert.equal(readOffice('former Colombian President'), null);
  assert.equal(readOffice('then-President'), null);
  assert.equal(readOffice('deputy mayor'), null);
  assert.equal(readOffice('Senator'), null);
  assert.equal(readOffice('spokesman for the ministry'), null);
  const fit = (a: string, b: string): string => qualifierFit(readOffice(a)!.qualifier, readOffice(b)!.qualifier);
  assert.equal(fit("The tribunal's chief prosecutor", 'chief prosecutor of the Velmoran war crimes tribunal'), 'same');
  assert.equal(fit('Egyptian President', 'Syrian President'), 'different');
  assert.equal(fit('President', 'Syrian President'), 'weak');
  assert.equal(fit('executive director of the Harbour Shelter Alliance', 'executive director of the Harbour Housing Alliance'), 'different');
});

test('one office given to two people across outlets is a name conflict, with the lone outlet named', () => {
  const a1 = art('a1', 'Daily Ardel', "Tomas Brenner, the Velmoran Prime Minister, opened the new grain terminal at the port on Tuesday. The terminal cost 40 million crowns and took three years to build.");
  const a2 = art('a2', 'Harbour Post', "Velmoran Prime Minister Tomas Brenner cut the ribbon at the grain terminal on Tuesday, calling it a turning point for the port. Farmers welcomed the project.");
  const a3 = art('a3', 'Coast News', "The grain terminal was opened on Tuesday by Velmoran Prime Minister Ilse Varo, who praised the dock workers. Ships will begin loading next week.");
  const d = buildDossier([a1, a2, a3]).dossier;
  // When the fact alignment puts a2's and a3's sentences in one fact, the slot rule (slots.ts)
  // raises this before roles.ts, which then skips the pair: either way, one conflict on the office.
  const roles = d.conflicts.filter((c) => c.kind === 'name' && /prime minister/.test(c.why));
  assert.equal(roles.length, 1, JSON.stringify(d.conflicts.map((c) => [c.kind, c.about, c.claims.map((x) => x.value)])));
  const c = roles[0];
  assert.deepEqual(c.claims.map((cl) => [cl.value, cl.articles]), [['Tomas Brenner', ['a1', 'a2']], ['Ilse Varo', ['a3']]]);
  assert.deepEqual(c.outliers, ['a3']);
  assert.equal(c.confidence, 'high');
  assert.match(c.why, /prime minister/);
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  for (const cl of c.claims) for (const s of cl.spans) assert.equal(text.get(s.article)!.slice(s.start, s.end), cl.value);
});

test('different countries, former holders and an article naming both holders raise nothing', () => {
  const a1 = art('a1', 'Daily Ardel', 'Velmoran Prime Minister Tomas Brenner met Dornish Prime Minister Ilse Varo at the port on Tuesday to sign the grain agreement.');
  const a2 = art('a2', 'Harbour Post', 'Former Velmoran Prime Minister Kai Lund, who signed the first grain agreement, attended the ceremony at the port on Tuesday.');
  const a3 = art('a3', 'Coast News', 'Dornish Prime Minister Ilse Varo signed the grain agreement at the port on Tuesday with her Velmoran counterpart.');
  const d = buildDossier([a1, a2, a3]).dossier;
  assert.deepEqual(roleConflicts(d), []);
});

test('titles read past news conventions: "with" the employer, a party-and-state tag, where the person is from', () => {
  assert.equal(readOffice('chief technology officer with the security firm Qarvan Inc.')?.office, 'chief technology officer');
  assert.equal(qualifierFit(readOffice('chief technology officer with the security firm Qarvan Inc.')!.qualifier, readOffice('chief technology officer of Qarvan')!.qualifier), 'same');
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The flaw is being exploited in targeted attacks, said Tomas Brenner, chief technology officer with the security firm Qarvan Inc.'),
    art('a2', 'Harbour Post', 'Patches will follow next week, according to Tomas Brenner, chief technology officer of Qarvan.'),
    art('a3', 'Coast News', 'The attack is very targeted and limited to one region, according to Ilse Varo, chief technology officer of Qarvan.'),
  ]).dossier;
  assert.deepEqual(roleConflicts(d).map((c) => c.claims.map((cl) => cl.value).sort()), [['Ilse Varo', 'Tomas Brenner']]);
  const tagged = buildDossier([
    art('a1', 'Daily Ardel', 'Rep. Tomas Brenner, R-N.Y., chairman of the House housing subcommittee, opposed the bill on Tuesday.'),
    art('a2', 'Harbour Post', 'Rep. Tomas Brenner of Long Island, chairman of the House housing subcommittee, voted against the bill.'),
    art('a3', 'Coast News', 'Rep. Ilse Varo, (R-NY.), the chairman of the House housing subcommittee, warned that more money was not the answer.'),
  ]).dossier;
  assert.deepEqual(roleConflicts(tagged).map((c) => c.claims.map((cl) => cl.value).sort()), [['Ilse Varo', 'Tomas Brenner']]);
});

test('a chairman of one chamber\'s committee and of the other\'s are two offices; a bare "the committee" names no body', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'Senate Appropriations Committee Chairman Tomas Brenner said the spending bill would pass. Mira Okafor, chairman of the House Appropriations Committee, disagreed with the budget office.'),
    art('a2', 'Harbour Post', '"There is movement," said Okafor, the chairman of the appropriations committee, on the spending bill.'),
    art('a3', 'Coast News', 'Peter Vostrik, the committee\'s chairman, said the tax bill would sail through the House and the Senate.'),
  ]).dossier;
  assert.deepEqual(roleConflicts(d).map((c) => c.claims.map((cl) => cl.value)), []);
});


test('a bare "President" is not an organisation\'s president whose body its sentence never names', () => {
  // Invented, after a real DUC 2006 topic: "President X" in two outlets' reports against a
  // laboratory's president named once raised a possible "who is the President" card.
  const at = (id: string, outlet: string, text: string, published: string): Article => ({ ...art(id, outlet, text), published }) as Article;
  const d = buildDossier([
    at('a1', 'Harbour Post', 'Last month, 200 scientists signed a letter urging President Tomas Brenner to lower the Velmora river to save salmon runs.', '2026-04-19'),
    at('a2', 'Daily Ardel', '"The idea is to document what fish experience," said Ilse Varo, president of Kestrel Research Laboratory Inc. in Holden. The salmon runs of the Velmora river are falling.', '2026-04-21'),
    at('a3', 'Daily Ardel', 'A conservation fund that President Tomas Brenner will propose Monday includes $100 million to preserve salmon in the Velmora river.', '2027-02-04'),
  ]).dossier;
  assert.deepEqual(roleConflicts(d).map((c) => c.about), []);
});
