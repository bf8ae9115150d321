/**
 * Exclusives shown with the nearest statement of every other outlet (issue #12), on invented
 * text: an article in which the retrieval found nothing for an exclusive (no sentence shares
 * enough rare words with it) is read whole in a story of few reports, so the reader still sees
 * that outlet's closest statement and why it is not the same; an article with nothing in common
 * with the exclusive shows nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, file: `${id}.txt`, outlet, url: null, title: null, published: '2026-05-08', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

const LEDE_1 = 'The Dalvenian navy seized two fishing trawlers off Korsa on Monday.';
const LEDE_2 = 'Dalvenian sailors boarded two trawlers near Korsa on Monday and towed them to port.';
const OWN_1 = 'Opposition deputies in parliament called the raid a provocation by the government.';
const OWN_2 = "The foreign ministry of Vostra protested against the raid and summoned the government's envoy.";

function nearestTexts(articles: Article[], exclusive: string): string[] {
  const { dossier: d } = buildDossier(articles);
  const text = (s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
  const f = d.facts.find((x) => text(x.source) === exclusive);
  assert.ok(f, 'the sentence is a fact');
  const e = d.coverage.exclusives.find((x) => x.facts.includes(f.id));
  assert.ok(e, `${exclusive} is listed as an exclusive`);
  return (e.nearest ?? []).filter((n) => n.fact === f.id).map((n) => `${text(n.sentence)} — ${n.reason}`);
}

test("an exclusive shows the other outlet's nearest statement though the retrieval found none", () => {
  const near = nearestTexts([art('n1', 'North Post', `${LEDE_1} ${OWN_1}`), art('n2', 'South Ledger', `${LEDE_2} ${OWN_2}`)], OWN_1);
  assert.equal(near.length, 1, near.join('\n'));
  assert.ok(near[0].startsWith(OWN_2), near[0]);
  assert.match(near[0], /does not say “opposition”/);
});

test('an outlet with nothing in common with the exclusive shows no nearest statement', () => {
  const near = nearestTexts(
    [art('n1', 'North Post', `${LEDE_1} ${OWN_1}`), art('n2', 'South Ledger', `${LEDE_2} Vostra summoned its envoy over the incident.`)],
    OWN_1,
  );
  assert.deepEqual(near, []);
});
