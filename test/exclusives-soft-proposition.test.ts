/**
 * Exclusives that are true (issue #12), on invented text: one proposition told by two outlets with
 * two of its three parts in other words ("Sen. Marr defended her decision to vote against a
 * sweeping harbour bill" / "Marr announced her rejection of the Harbour Renewal Act": the act and
 * the patient by word vectors, the agent one name on both sides) is reported by each (facts.ts
 * REPORTED_SOFT), so neither is listed as one outlet's exclusive; another senator's rejection is
 * another statement, and both stay listed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { propositionsOf, sameProposition } from '../src/compare/words/propositions.js';
import { readAct } from '../src/compare/words/predicates.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, file: `${id}.txt`, outlet, url: null, title: null, published: '2026-05-08', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

/** The texts of every listed exclusive. */
function exclusives(texts: string[]): string[] {
  const { dossier: d } = buildDossier(texts.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  const textOf = (id: string): string => {
    const s = d.facts.find((f) => f.id === id)!.source;
    return d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
  };
  return d.coverage.exclusives.flatMap((e) => e.facts.map(textOf));
}

const LEFT =
  'Velmoran Sen. Ilse Marr on Sunday defended her decision to vote against a sweeping harbour bill and reiterated her opposition to ending the debate rules in the Senate. ' +
  'Dockworkers protested outside her office. Her party has a narrow majority. Fishing crews blocked the northern canal for an hour. The mayor called for calm.';
const RIGHT = (who: string): string =>
  `In an op-ed in the Velmoran Tribune-Post, the moderate ${who} announced her rejection of the Harbour Renewal Act, which is stalled in the Senate. ` +
  'The act would fund new cranes. Shipping firms lobbied for it. Rail unions stayed silent. Tourism fell sharply last winter.';

test('one proposition with its act and patient in other words is not an exclusive', () => {
  const ex = exclusives([LEFT, RIGHT('Marr')]);
  assert.ok(!ex.some((t) => /defended her decision/.test(t)), JSON.stringify(ex));
  assert.ok(!ex.some((t) => /announced her rejection/.test(t)), JSON.stringify(ex));
});

test("another senator's rejection stays an exclusive", () => {
  const ex = exclusives([LEFT, RIGHT('Dana Holt')]);
  assert.ok(ex.some((t) => /defended her decision/.test(t)), JSON.stringify(ex));
  assert.ok(ex.some((t) => /announced her rejection/.test(t)), JSON.stringify(ex));
});

test('two parts on word vectors only when the agent is one name on both sides', () => {
  const main = (t: string) => propositionsOf(t, readAct(t)).filter((p) => !p.relative)[0];
  const left = (who: string, its: string): string =>
    `${who} on Sunday defended ${its} decision to vote against a sweeping harbour bill and reiterated ${its} opposition to ending the debate rules in the Senate.`;
  const right = (who: string, its: string): string => `In an op-ed in the Velmoran Tribune-Post, the moderate ${who} announced ${its} rejection of the Harbour Renewal Act, which is stalled in the Senate.`;
  const named = [main(left('Velmoran Sen. Ilse Marr', 'her')), main(right('Marr', 'her'))];
  assert.ok(sameProposition(named[0], named[1], 0.5, [], [], 2));
  // One part on vectors is all the consensus links allow.
  assert.ok(!sameProposition(named[0], named[1], 0.5, [], [], 1));
  // A common-noun agent ("the country") is no anchor for two parts on vectors.
  const common = [main(left('The country', 'its')), main(right('country', 'its'))];
  assert.ok(!sameProposition(common[0], common[1], 0.5, [], [], 2));
});
