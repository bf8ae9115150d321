/**
 * A topic's base rate (invented articles, real annotator): among the hundreds of sentences of a
 * large collection on one recurring subject, two sentences sharing a few of the subject's own
 * words is what chance gives, not evidence of one claim (Affinity.chancePairs; facts.ts
 * TOPIC_CHANCE and TOPIC_CHANCE_WEAK). The same two sentences in a short story are one fact as
 * before, and in the large collection a pair sharing the claim's own words (a figure, a rare word)
 * still is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { alignFacts } from '../src/compare/facts/facts.js';
import { Affinity } from '../src/compare/match/affinity.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, text: string): Article {
  return { id, text, outlet: id, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

// A collection of many reports on one recurring subject, a marsh fever carried by midges: most of
// each report's sentences tell their own things (places, people, figures), and a few of the
// subject's words (midges, spraying, a plan considered) recur across many of them.
const PLACES = ['Orlen', 'Vesk', 'Tamber', 'Coldry', 'Husk', 'Pellow', 'Marnet', 'Quist', 'Randle', 'Sorrow', 'Tully', 'Ubbin', 'Varro'];
const WHO = ['farmers', 'nurses', 'teachers', 'ferrymen', 'millers', 'bakers', 'wardens', 'clerks', 'fishers', 'drivers', 'weavers', 'council'];
const DID = ['repaired', 'counted', 'painted', 'sold', 'moved', 'cleaned', 'loaded', 'opened', 'closed'];
const WHAT = ['boats', 'bridges', 'barns', 'carts', 'gates', 'wells', 'sheds', 'fences', 'mills', 'docks', 'stalls', 'roofs'];
// The subject's sentences: each one of its words (midges, spraying, a plan considered), about 40 of each in all.
const TOPIC = [
  (p: string, w: string, t: string) => `${p} ${w} saw midges near the ${t}.`,
  (p: string, w: string, t: string) => `${p} ${w} watched the spraying of the ${t}.`,
  (p: string, w: string, t: string) => `${p} ${w} will consider new ${t}.`,
];

function topicArticles(n: number, extra: Record<number, string>): Article[] {
  const out: Article[] = [];
  for (let a = 0; a < n; a++) {
    const lines: string[] = [];
    for (let k = 0; k < 24; k++) {
      const x = a * 24 + k;
      lines.push(`${PLACES[x % PLACES.length]} ${WHO[(x >> 1) % WHO.length]} ${DID[(x * 7) % DID.length]} ${(x % 40) + 2} ${WHAT[(x * 5) % WHAT.length]} last week.`);
    }
    if (a < 20) {
      for (let k = 0; k < 6; k++) {
        const x = a * 6 + k;
        lines.splice(2 + 3 * k, 0, TOPIC[k % 3](PLACES[(x * 5) % PLACES.length], WHO[(x * 7) % WHO.length], WHAT[x % WHAT.length]));
      }
    }
    if (extra[a]) lines.splice(3, 0, extra[a]);
    out.push(art(`r${a}`, lines.join(' ')));
  }
  return out;
}

function together(articles: Article[], x: string, y: string): boolean {
  const annotated = articles.map((a) => annotate(a));
  const al = alignFacts(annotated, buildEntities(annotated));
  const f = al.facts.find((c) => c.members.some((m) => m.text.includes(x)));
  return !!f && f.members.some((m) => m.text.includes(y));
}

// Two statements on the subject that share its words (a plan considered, spraying, midges) and
// little else: officials weighing spraying, and someone else weighing spraying from the air.
const A = 'The council will consider spraying for midges.';
const B = 'They will also consider spraying from the air, though only if more midges carry the fever.';

test('the base rate of a shared word set grows with the collection and the words it shares', () => {
  const small = new Affinity([A, B, 'The council met on Monday.']);
  const big = new Affinity([A, B, ...topicArticles(25, {}).flatMap((a) => a.text.split(/(?<=\.) /))]);
  assert.ok(small.chancePairs(0, 1) < 0, `a short story: ${small.chancePairs(0, 1)}`);
  assert.ok(big.chancePairs(0, 1) > small.chancePairs(0, 1) + 2, `a topic of ${big.texts.length} sentences: ${big.chancePairs(0, 1)}`);
});

test('in a large topic, two sentences sharing only the subject\'s words are not one fact; in a short story they are', () => {
  assert.ok(together([art('s1', `${A} The council met on Monday.`), art('s2', `${B} The mayor spoke on Friday.`)], A, B), 'a short story: one fact, as before');
  assert.ok(!together(topicArticles(25, { 4: A, 17: B }), A, B), 'among 25 reports on one subject: two statements on it');
});

test('in a large topic, two reports of one claim (its figure, its own words) are still one fact', () => {
  const x = 'The Coldry clinic treated 57 children for marsh fever after the flood.';
  const y = 'After the flood the Coldry clinic treated 57 children with the marsh fever.';
  assert.ok(together(topicArticles(25, { 4: x, 17: y }), x, y));
});
