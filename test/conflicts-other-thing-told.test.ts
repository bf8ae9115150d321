/**
 * Two things that strike alike are timed apart (issue #10, session 23; conflicts/
 * moments-of-acts.ts otherThingTold): "A magnitude 6.1 earthquake struck … at 3:15 a.m." and "A
 * strong aftershock struck … at 5:40 a.m., hours after the main quake …" time two shocks, one
 * sentence naming the other's subject as another thing; they gave a sure time card. One thing
 * timed two ways under two nouns of one synset ("the quake" / "the earthquake") is still a card,
 * and so are two head nouns that may name one thing when neither sentence names the other's
 * ("an earthquake" / "a tremor"). The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-10T18:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const timeCards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], `${t}\n\nEmergency teams were checking bridges and schools, the regional governor said.`))).dossier.conflicts
    .filter((c) => c.kind === 'time')
    .map((c) => c.claims.map((cl) => cl.value).join(' / '));

test('an earthquake and an aftershock that struck at two times are no time card', () => {
  assert.deepEqual(
    timeCards([
      'A magnitude 6.1 earthquake struck the Velmora coast at 3:15 a.m. on Tuesday, damaging dozens of homes, officials said.',
      'A strong aftershock struck the Velmora coast at 5:40 a.m. on Tuesday, hours after the main quake damaged dozens of homes, officials said.',
      'An earthquake of magnitude 6.1 struck the Velmora coast early on Tuesday, damaging dozens of homes, officials said.',
    ]),
    [],
  );
});

test('one quake timed two ways under "quake" and "earthquake" is still a time card', () => {
  assert.equal(
    timeCards([
      'A magnitude 6.1 earthquake struck the Velmora coast at 3:15 a.m. on Tuesday, damaging dozens of homes, officials said.',
      'A magnitude 6.1 quake struck the Velmora coast at 5:40 a.m. on Tuesday, damaging dozens of homes, officials said.',
    ]).length,
    1,
  );
});

test('two subjects timed apart, neither sentence naming the other\'s, are still a time card', () => {
  // "tremor" may be the quake itself told in another word: nothing in either sentence says two.
  assert.equal(
    timeCards([
      'A magnitude 6.1 earthquake struck the Velmora coast at 3:15 a.m. on Tuesday, damaging dozens of homes, officials said.',
      'A strong tremor struck the Velmora coast at 5:40 a.m. on Tuesday, damaging dozens of homes, officials said.',
    ]).length,
    1,
  );
});
