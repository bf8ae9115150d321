/**
 * An update the later report tells itself (claims/told-figures.ts, conflicts/told-updates.ts;
 * issue #10, session 24's unseen reading: "about 15,000" / "about 90,000" new vouchers two months
 * apart, a false card): the later report writes the earlier report's figure as an earlier state
 * ("raised to 90,000 from 15,000", "rose from 15,000 to 90,000", "up from 15,000") in a sentence
 * that yields no claim of that figure, so only its own figures show it knows both values. Shown as
 * an evolution with its times, never a card. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const EARLIER = 'Congress gave the housing agency about 15,000 new vouchers for poor families in Dravia, officials said on Monday.';
const LATER = 'Congress gave the housing agency about 90,000 new vouchers for poor families in Dravia, officials said on Monday.';
const story = (earlier: string, later: string, laterPublished = '2026-03-12') => buildDossier([article('a1', 'Vellmar Post', '2026-01-10', earlier), article('a2', 'Kestrel News', laterPublished, later)]).dossier;
const numbers = (d: ReturnType<typeof story>) => d.conflicts.filter((c) => c.kind === 'number').map((c) => c.claims.map((cl) => cl.normalized).sort());

for (const told of ['The number of new vouchers was raised to 90,000 from 15,000 during the talks.', 'The number of new vouchers rose from 15,000 to 90,000 during the talks.', 'Up from 15,000, the number of new vouchers is the largest in years.']) {
  test(`the later report tells the change itself: an update, not a card (${told.slice(0, 40)}…)`, () => {
    const d = story(EARLIER, `${LATER} ${told}`);
    assert.deepEqual(numbers(d), [], JSON.stringify(numbers(d)));
    assert.deepEqual(d.updates.map((u) => u.values.map((v) => [v.normalized, v.published])), [[['15000', '2026-01-10'], ['90000', '2026-03-12']]]);
  });
}

test('without the earlier figure told in the later report, the card stays', () => {
  assert.deepEqual(numbers(story(EARLIER, `${LATER} The number of new vouchers is the largest in years.`)), [['15000', '90000']]);
});

test('the earlier report cannot tell a later figure: the card stays', () => {
  // Here the report writing "raised to 90,000 from 15,000" is the earlier one: it knows nothing of
  // the other's, so its 90,000 against the later 15,000 stays a card.
  const d = buildDossier([article('a1', 'Vellmar Post', '2026-03-12', EARLIER), article('a2', 'Kestrel News', '2026-01-10', `${LATER} The number of new vouchers was raised to 90,000 from 15,000 during the talks.`)]).dossier;
  assert.deepEqual(numbers(d), [['15000', '90000']]);
});
