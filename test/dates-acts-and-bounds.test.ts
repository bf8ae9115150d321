/**
 * Dates of one act told in other constructions (session 19, issue #10/#11), on invented text:
 * - a named event's date against the date of the act its noun names ("the Sept. 3 crash" /
 *   "crashed Sept. 2"): a possible date conflict (conflicts.ts namedAgainstAct);
 * - a month with its day written is not widened to the day before (claims.ts MONTH_AND_DAY):
 *   "crashed Sept. 3" / "crashed Sept. 2" disagree;
 * - "by" a date against a later date of the done act ("By late Wednesday night, X had suspended"
 *   / "suspended on Thursday"): a possible conflict; a date before the bound agrees
 *   (claims.ts byBoundAgainstDate), and a fronted date with its modifiers ("Late on Wednesday, …")
 *   dates its whole sentence (claims.ts FRONTED_DATE_MODIFIERS).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string, published = '1998-09-10'): Article =>
  ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

const dateConflicts = (articles: Article[]) => buildDossier(articles).dossier.conflicts.filter((c) => c.kind === 'date');

test("a named event's date against another report's date of the act is a possible date conflict", () => {
  const all = dateConflicts([
    article('a1', 'Vellmar Post', 'Investigators said Tuesday that wiring in the cockpit of the Kestrel Air jet may have caused the Sept. 3 crash that took 229 lives off the Velmora coast.'),
    article('a2', 'Kestrel News', 'Kestrel Air Flight 111 crashed Sept. 2 off the Velmora coast, killing all 229 people aboard, and investigators are studying wiring in the cockpit.'),
    article('a3', 'Selen Monitor', 'The Kestrel Air jet crashed Sept. 2 off the Velmora coast, killing all 229 people on board; investigators are now looking at cockpit wiring.'),
  ]);
  assert.equal(all.length, 1, JSON.stringify(all));
  assert.deepEqual(all[0].claims.map((c) => c.normalized).sort(), ['1998-09-02', '1998-09-03']);
  assert.equal(all[0].confidence, 'possible');
});

test("a named event weeks from the act's date is another occurrence, not a disagreement", () => {
  const all = dateConflicts([
    article('a1', 'Vellmar Post', 'Investigators said Tuesday that wiring in the cockpit of the Kestrel Air jet may have caused the Aug. 10 crash that took 229 lives off the Velmora coast.'),
    article('a2', 'Kestrel News', 'The Kestrel Air jet crashed Sept. 2 off the Velmora coast, killing all 229 people on board; investigators are now looking at cockpit wiring.'),
  ]);
  assert.equal(all.length, 0, JSON.stringify(all));
});

test('two days of the month a day apart for one act disagree (a written day is not widened to the day before)', () => {
  const all = dateConflicts([
    article('a1', 'Vellmar Post', 'The Kestrel Air jet crashed Sept. 3 off the Velmora coast, killing all 229 people on board.'),
    article('a2', 'Kestrel News', 'The Kestrel Air jet crashed Sept. 2 off the Velmora coast, killing all 229 people on board.'),
  ]);
  assert.equal(all.length, 1, JSON.stringify(all));
  assert.deepEqual(all[0].claims.map((c) => c.normalized).sort(), ['1998-09-02', '1998-09-03']);
});

test('"by" a day against a later day of the done act is a possible conflict; a day before it agrees', () => {
  const by = 'By late Wednesday night, Tallow had suspended the account of the Velmora mayor over a string of posts urging violence.';
  const later = dateConflicts([
    article('b1', 'Vellmar Post', 'Tallow, the social network, suspended the account of the Velmora mayor on Thursday after a string of posts urging violence.', '2026-01-09'),
    article('b2', 'Kestrel News', by, '2026-01-09'),
  ]);
  assert.equal(later.length, 1, JSON.stringify(later));
  assert.equal(later[0].confidence, 'possible');
  assert.deepEqual(later[0].claims.map((c) => c.normalized).sort(), ['2026-01-07', '2026-01-08']);
  const earlier = dateConflicts([
    article('b1', 'Vellmar Post', 'Tallow, the social network, suspended the account of the Velmora mayor on Tuesday after a string of posts urging violence.', '2026-01-09'),
    article('b2', 'Kestrel News', by, '2026-01-09'),
  ]);
  assert.equal(earlier.length, 0, JSON.stringify(earlier));
});

test('a fronted date with its modifiers ("Late on Wednesday, …") dates its whole sentence', () => {
  const all = dateConflicts([
    article('b1', 'Vellmar Post', 'Tallow, the social network, suspended the account of the Velmora mayor on Thursday after a string of posts urging violence.', '2026-01-09'),
    article('b2', 'Kestrel News', 'Late on Wednesday, Tallow suspended the account of the Velmora mayor over a string of posts urging violence.', '2026-01-09'),
  ]);
  assert.equal(all.length, 1, JSON.stringify(all));
  assert.deepEqual(all[0].claims.map((c) => c.normalized).sort(), ['2026-01-07', '2026-01-08']);
});

// Review (session 19): an act dated after the "by" report was published is a repeat or a
// continuation it could not have told of (claims.ts byBoundAgainstDate), not another date of it.
test('"by" a day against a day after the "by" report was published is no conflict', () => {
  const all = dateConflicts([
    article('e1', 'Vellmar Post', 'By Tuesday, authorities had evacuated residents from the flooded villages along the Velmora river.', '2026-01-07'),
    article('e2', 'Kestrel News', 'Authorities evacuated residents from the flooded villages along the Velmora river on Thursday as the water rose again.', '2026-01-09'),
  ]);
  assert.equal(all.length, 0, JSON.stringify(all));
});
