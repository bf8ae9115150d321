/**
 * The day of one named person's death (conflicts/once-acts.ts, filed by the claim index): a person
 * dies once, so two reports' days of it are one slot's values, even as weekdays that reports with
 * no publication date leave unresolved, and whatever place each report gives (issue #10, session
 * 24: "died Friday" / "died Thursday" of one man, a real miss of an unseen reading). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import type { ClaimItem } from '../src/compare/claims/claims.js';
import { deathOf } from '../src/compare/conflicts/once-acts.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: null, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (a: string, b: string) => buildDossier([article('a1', 'Vellmar Post', a), article('a2', 'Kestrel News', b)]).dossier;
const dates = (d: ReturnType<typeof story>): string[][] => d.conflicts.filter((c) => c.kind === 'date').map((c) => c.claims.map((cl) => cl.value).sort());

const tribute = 'Harbour workers in Karvik paid tribute to the former union leader on Saturday, laying flowers at the dock gates.';
const other = 'Harold Brenner, 91, died Thursday after a long illness in Dravia.';

test('two weekdays of one named man\'s death in undated reports are a conflict', () => {
  const d = story(`Harold Brenner led the dock strikes of the 1970s and later served two terms in parliament. Brenner died Friday in Karvik, his grandson said.`, `${tribute} ${other}`);
  assert.deepEqual(dates(d), [['Friday', 'Thursday']], JSON.stringify(dates(d)));
});

test('two weekdays of one named man\'s death told in unaligned sentences are a possible conflict', () => {
  const d = story(
    `Harold Brenner led the dock strikes of the 1970s and later served two terms in parliament. Brenner died Friday in Karvik, his grandson said.`,
    `${tribute} The union said its founder Harold Brenner, who led the strikes of 1971 and never forgave the shipping lines, passed away on Thursday in a Dravia hospital.`,
  );
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c, JSON.stringify(dates(d)));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['Friday', 'Thursday']);
  assert.equal(c.confidence, 'possible');
});

test('the death of another person named by his name is no day of his death', () => {
  // The widow of the man, and a possessor's relative: another person died.
  const widow = story(`Harold Brenner led the dock strikes of the 1970s and later served two terms in parliament. The widow of Brenner died Friday in Karvik, his grandson said.`, `${tribute} ${other}`);
  assert.deepEqual(dates(widow), [], JSON.stringify(dates(widow)));
  const wife = story(`Harold Brenner led the dock strikes of the 1970s and later served two terms in parliament. Brenner's wife died Friday in Karvik, his grandson said.`, `${tribute} ${other}`);
  assert.deepEqual(dates(wife), [], JSON.stringify(dates(wife)));
});

/** A date claim of `sentence`'s weekday `day`, naming person p1 (the fields deathOf reads). */
const dateClaim = (sentence: string, day: string): ClaimItem => {
  const start = sentence.indexOf(day);
  return { kind: 'date', precision: 'day', statement: false, attributive: false, bound: false, hedged: false, direction: 'past', persons: new Set(['p1']), start, end: start + day.length, sentence: { start: 0, end: sentence.length, text: sentence } } as unknown as ClaimItem;
};
const nameOf = (id: string): string | null => (id === 'p1' ? 'Harold Brenner' : null);

test('the date of another act in the clause of the death, or of another person\'s death, is not the day of his death', () => {
  assert.equal(deathOf(dateClaim('Brenner died Friday in Karvik, his grandson said.', 'Friday'), nameOf), 'p1');
  assert.equal(deathOf(dateClaim('Harold Brenner, the former union leader, died on Friday in Karvik.', 'Friday'), nameOf), 'p1');
  assert.equal(deathOf(dateClaim('On Friday, Harold Brenner died in Karvik.', 'Friday'), nameOf), 'p1');
  // Another act's date, another act after the verb, another person's death.
  assert.equal(deathOf(dateClaim('Brenner died after he fell at his home on Tuesday, his grandson said.', 'Tuesday'), nameOf), null);
  assert.equal(deathOf(dateClaim('Brenner died and was buried Friday in Karvik.', 'Friday'), nameOf), null);
  assert.equal(deathOf(dateClaim('The widow of Harold Brenner died Friday in Karvik.', 'Friday'), nameOf), null);
  assert.equal(deathOf(dateClaim('Brenner’s wife died Friday in Karvik.', 'Friday'), nameOf), null);
  // The name as the object of another verb: the one who died is another ("the gunman who shot
  // Brenner died Thursday"), unless the verb reports the death ("officials confirmed Brenner died").
  assert.equal(deathOf(dateClaim('The gunman who shot Harold Brenner died Thursday in a standoff with police.', 'Thursday'), nameOf), null);
  assert.equal(deathOf(dateClaim('A man accused of attacking Brenner died Thursday in custody.', 'Thursday'), nameOf), null);
  assert.equal(deathOf(dateClaim('Officials confirmed Harold Brenner died Thursday in Karvik.', 'Thursday'), nameOf), 'p1');
  assert.equal(deathOf(dateClaim('His grandson said that Brenner died Thursday in Karvik.', 'Thursday'), nameOf), 'p1');
  // A plan is no day of a death that happened.
  assert.equal(deathOf({ ...dateClaim('Brenner died Friday in Karvik.', 'Friday'), hedged: true } as ClaimItem, nameOf), null);
});

test('one weekday of one man\'s death in both reports is no conflict', () => {
  const d = story(`Harold Brenner led the dock strikes of the 1970s and later served two terms in parliament. Brenner died Thursday in Karvik, his grandson said.`, `${tribute} ${other}`);
  assert.deepEqual(dates(d), [], JSON.stringify(dates(d)));
});

test('a named man\'s death against the death of the man who shot him, told by his name, is no conflict', () => {
  const d = story(
    'Flags flew at half-staff across Welburn for a state trooper. Trooper Dale Hensley died Friday at Mercy General, surrounded by his wife and two daughters.',
    'A two-day manhunt ended in a farmhouse east of Welburn. The gunman who shot Trooper Dale Hensley died Thursday in a standoff with police, investigators said.',
  );
  assert.deepEqual(dates(d), [], JSON.stringify(dates(d)));
});
