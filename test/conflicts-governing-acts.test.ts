/**
 * Figures governed by two acts (issue #10, session 22; governing-acts.ts): two verbs of no one act,
 * neither written in the other sentence ("vetoed a $12 billion bill" / "signed a $9 billion
 * bill"; "fined … $5 million" / "ordered … to pay $12 million in restitution") make the card only
 * possible; a figure of a relative clause's background act ("who served 5 years in prison") against
 * the reported act's ("was sentenced to 12 years") is no card. Invented text; each test fails
 * without the mechanism it names, and the last assertions keep what must still be raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-04', t))).dossier.conflicts;
const shown = (cs: Conflict[]): Array<{ values: string[]; confidence: string }> => cs.map((c) => ({ values: c.claims.map((cl) => cl.value).sort(), confidence: c.confidence }));
/** Three reports, the first one's sentence against the second's, which the third repeats with another ending. */
const story = (one: string, two: string): Conflict[] => cards(one, two, two.replace(/[^,]*\.$/, ' a spokesman said.'));

test('figures of two unrelated acts are only possible, and say why', () => {
  const veto = story('Governor Hale vetoed a $12 billion spending bill on Monday, officials said.', 'Governor Hale signed a $9 billion spending bill on Monday, officials said.');
  assert.deepEqual(shown(veto), [{ values: ['$12 billion', '$9 billion'], confidence: 'possible' }]);
  assert.match(veto[0].why, /may be two acts/);
  assert.deepEqual(shown(story('Regulators fined Korvel Bank $5 million on Monday over the failures, officials said.', 'Regulators ordered Korvel Bank to pay $12 million in restitution on Monday over the failures, officials said.')), [{ values: ['$12 million', '$5 million'], confidence: 'possible' }]);
  // A share as a noun's modifier: two offers, perhaps.
  assert.deepEqual(shown(story('The union welcomed a 6 percent pay offer from Karvik hospitals on Monday, officials said.', 'The union rejected an 8 percent pay offer from Karvik hospitals on Monday, officials said.')), [{ values: ['6 percent', '8 percent'], confidence: 'possible' }]);
  assert.deepEqual(shown(story("Vensel won 52 percent of the vote in Sunday's runoff, officials said.", "Vensel received 48 percent of the vote in Sunday's runoff, officials said.")), [{ values: ['48 percent', '52 percent'], confidence: 'high' }]);
  // One act on both sides stays sure, and so does a figure that is the act's own measure told
  // with two verbs WordNet does not join ("bought" / "acquired", "killed" / "left … dead").
  assert.deepEqual(shown(story('Korvel bought Tarsk for $3 billion on Monday, officials said.', 'Korvel acquired Tarsk for $4 billion on Monday, officials said.')), [{ values: ['$3 billion', '$4 billion'], confidence: 'high' }]);
  assert.deepEqual(shown(story('The blast killed 12 people at the Tarn refinery on Monday, officials said.', 'The blast left 15 people dead at the Tarn refinery on Monday, officials said.')), [{ values: ['12', '15'], confidence: 'high' }]);
  assert.deepEqual(shown(story('Governor Hale vetoed a $12 billion spending bill on Monday, officials said.', 'Governor Hale vetoed a $9 billion spending bill on Monday, officials said.')), [{ values: ['$12 billion', '$9 billion'], confidence: 'high' }]);
  assert.deepEqual(shown(story('Regulators fined Korvel Bank $5 million on Monday over the failures, officials said.', 'Regulators fined Korvel Bank $12 million on Monday over the failures, officials said.')), [{ values: ['$12 million', '$5 million'], confidence: 'high' }]);
});

test("a relative clause's background act is no card against the reported act", () => {
  assert.deepEqual(shown(story('Marrek, who served 5 years in prison, was sentenced again on Monday, officials said.', 'Marrek was sentenced to 12 years in prison on Monday, officials said.')), []);
  assert.deepEqual(shown(story('Marrek was sentenced to 5 years in prison on Monday, officials said.', 'Marrek was sentenced to 12 years in prison on Monday, officials said.')), [{ values: ['12 years', '5 years'], confidence: 'high' }]);
});

test("a chain's site in another place backs no side of a place card (one-site.ts)", () => {
  const O = ['Kestrel News', 'Vellmar Post', 'Selen Monitor', 'Orbit Wire'];
  const cs = buildDossier(
    [
      'The injured workers were taken to Marel Health Systems in Karvik on Monday, officials said.',
      'The injured workers were taken to Marel Health Systems in Dorsk on Monday, officials said.',
      'The blast at the Tarn refinery injured 14 workers on Monday, the company said.',
      'Marel Health Systems, a hospital chain, opened Marel Health Systems in Dorsk last year, its director said.',
    ].map((t, i) => article(`a${i + 1}`, O[i], '2026-03-04', t)),
  ).dossier.conflicts.filter((c) => c.kind === 'place');
  assert.ok(cs.length > 0);
  for (const c of cs) assert.deepEqual(c.outliers, []);
});

test("dates of one doer's two unrelated verbs are only possible (occasions.ts otherVerbsOfDates)", () => {
  const cs = story('The dock union welcomed the harbour deal on Monday, officials said.', 'The dock union opposed the harbour deal on Tuesday, officials said.');
  assert.deepEqual(shown(cs), [{ values: ['Monday', 'Tuesday'], confidence: 'possible' }]);
  assert.match(cs[0].why, /two different verbs/);
  assert.deepEqual(shown(story('The dock union signed the harbour deal on Monday, officials said.', 'The dock union signed the harbour deal on Tuesday, officials said.')), [{ values: ['Monday', 'Tuesday'], confidence: 'high' }]);
});
