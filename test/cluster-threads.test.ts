/**
 * Threads (clusterer.ts `threads`): a story is looked up, and its thread candidates ranked, by the
 * features that carry the mixed similarity (content words, weighted 0.88), not by the features
 * strongest within their own channel (a story's few names). Here a follow-up two years later shares
 * the first story's topic words and its (many) names, and thirteen earlier stories on other
 * subjects share only those names: ranked per channel, both stories' lookups hit the names, the
 * thirteen older stories fill the twelve candidate places, and the follow-up was never scored.
 * Invented text (made-up words and names).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/clusterer.js';

const SYL = ['ba', 'ke', 'lo', 'mu', 'ri', 'sa', 'te', 'vi', 'no', 'du', 'fe', 'go'];
/** The k-th invented word: three syllables, distinct for distinct k < 1728. */
const word = (k: number): string => SYL[k % 12] + SYL[Math.floor(k / 12) % 12] + SYL[Math.floor(k / 144) % 12] + 'n';
const cap = (w: string): string => w[0].toUpperCase() + w.slice(1);

/** Fourteen invented people, named mid-sentence (so their capitals count as names). */
const people = Array.from({ length: 14 }, (_, i) => `${cap(word(1000 + 2 * i))} ${cap(word(1001 + 2 * i))}`);
const roll = `Present were ${people.slice(0, 7).join(', ')} and others.\nAlso there were ${people.slice(7).join(', ')} and more.`;

/** Sentences of eight content words each from words [from, from + n). */
function body(from: number, n: number): string {
  const words = Array.from({ length: n }, (_, i) => word(from + i));
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 8) out.push(words.slice(i, i + 8).join(' ') + '.');
  return out.join(' ');
}

function clusterer(): StoryClusterer {
  const c = new StoryClusterer({ duplicate: 1.01 });
  // Thirteen stories on other subjects with the same people, half a year apart, created first.
  for (let i = 0; i < 13; i++) {
    const day = new Date(Date.UTC(2030, 0, 1) + i * 180 * 86_400_000).toISOString().slice(0, 10);
    c.add({ id: `other${i}`, text: `${roll}\n${body(100 + 60 * i, 80)}`, published: day });
  }
  // The first story and its follow-up two years later: the same topic words (60 of 80; the topic's
  // key words, 21–40, said twice in each), the same people.
  c.add({ id: 'first', text: `${roll}\n${body(1, 80)} ${body(21, 20)}`, published: '2037-03-01' });
  c.add({ id: 'later', text: `${roll}\n${body(21, 80)} ${body(21, 20)}`, published: '2039-03-01' });
  c.settle();
  return c;
}

test('a follow-up that shares the topic words is linked into a thread despite many stories sharing its names', () => {
  const c = clusterer();
  assert.notEqual(c.storyOf('later'), c.storyOf('first'), 'two years apart: two stories');
  const thread = c.threads().find((t) => t.stories.includes(c.storyOf('first')!));
  assert.ok(thread, 'the first story is in a thread');
  assert.ok(thread.stories.includes(c.storyOf('later')!), 'with its follow-up');
  // The stories that share only the names are not linked to it.
  for (let i = 0; i < 13; i++) assert.ok(!thread.stories.includes(c.storyOf(`other${i}`)!));
});
