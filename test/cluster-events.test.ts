import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/clusterer.js';
import { threadsOfSnapshot } from '../src/cluster/index.js';
import { clusterDocOf } from '../src/cluster/doc.js';
import { leadDate, prepareDoc } from '../src/cluster/features.js';
import { buildArticle } from '../src/ingest/article.js';
import { parseHTML } from 'linkedom';
import { createWebServer, listen } from '../src/web/server.js';
import { MemoryStore } from './helpers/memory-store.js';

// Invented fixtures only.
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

test('event dates: publication, else URL, else the first lines’ own full date; background years are not the event’s', () => {
  assert.deepEqual(leadDate('Thursday, December 11, 2008\nPrediction: Rovers will sign Vance'), { day: day(2008, 12, 11), year: 2008 });
  assert.deepEqual(leadDate('Actress dies at 91\n10: 10 AM PDT 6 / 6 / 2013\nThe swimmer starred'), { day: day(2013, 6, 6), year: 2013 });
  assert.deepEqual(leadDate('Published 3 March 2024 by the desk'), { day: day(2024, 3, 3), year: 2024 });
  assert.deepEqual(leadDate('The March 2013 flood was the worst in a decade'), { day: null, year: 2013 });
  // A bare year in the lead is as often background as the event's: not taken.
  assert.deepEqual(leadDate('Police reopened the 1995 murder of a Marlow shopkeeper'), { day: null, year: null });

  const text = 'Police in Marlow arrested a striker on Saturday, officials said.\nHe was released on bail.';
  assert.equal(prepareDoc({ id: 'a', text, published: '2021-03-01', header: ['March 5, 2020'] }).day, day(2021, 3, 1));
  assert.equal(prepareDoc({ id: 'b', text, url: 'https://x.example/2021/03/02/arrest', header: ['March 5, 2020'] }).day, day(2021, 3, 2));
  const lead = prepareDoc({ id: 'c', text, header: ['MARLOW, March 5, 2020'] });
  assert.equal(lead.day, day(2020, 3, 5));
  assert.equal(lead.year, 2020);
  // A dated article's year is its date's, whatever years its text names…
  const dated = prepareDoc({ id: 'd', text: text + '\nThe club was founded in 1978 and relegated in 2025.', published: '2021-03-01' });
  assert.equal(dated.year, 2021);
  assert.ok(dated.terms.has('y:1978'));
  // …an undated one's is guessed as the latest year it names (background years are earlier).
  assert.equal(prepareDoc({ id: 'e', text: text + '\nThe club was founded in 1978 and relegated in 1995.' }).year, 1995);
  assert.equal(prepareDoc({ id: 'f', text }).year, null);
});

test('names: Title-Case headlines, initialisms and the outlet’s own house names', () => {
  const p = prepareDoc({
    id: 't',
    title: 'Striker Vows Comeback After Marlow Arrest',
    text: 'On Sunday, Teo Vance said he would fight the charge in Marlow.\nA Kestrel News Poll found most fans backed him, U.S. scouts said.',
    outlet: 'Kestrel News',
  });
  assert.ok(!p.terms.has('e:vows') && !p.terms.has('e:comeback'), 'Title-Case headline words are not names');
  assert.ok(p.terms.has('e:marlow'), 'a headline word the body capitalises mid-sentence stays a name');
  assert.ok(p.terms.has('e:teo vance'));
  // Session 30: one name, written without its dots, as "US" is (features.ts `nameKey`).
  assert.ok(p.terms.has('e:us') && !p.terms.has('e:u') && !p.terms.has('e:s'), '"U.S." is one name');
  assert.ok(![...p.terms.keys()].some((k) => k.startsWith('e:') && k.includes('kestrel news')), "the outlet's own poll is not a name");
  // A sentence dense with names is not a Title-Case line.
  const q = prepareDoc({ id: 'q', text: 'Officials said Governor Ilse Marrow visited Port Emrys on Tuesday.' });
  assert.ok(q.terms.has('e:ilse marrow') && q.terms.has('e:port emrys'));
});

test('a headline-only record is an article whose text is its headline, flagged, and clustered on it', () => {
  const a = buildArticle({ source: 'feed.xml:3', format: 'text', content: '', meta: { title: 'Marlow Rovers striker Teo Vance arrested after crash', outlet: 'Kestrel News' } }, 'h1');
  assert.equal(a.text, 'Marlow Rovers striker Teo Vance arrested after crash');
  assert.equal(a.headlineOnly, true);
  const doc = clusterDocOf(a);
  assert.equal(doc.title, null, 'the headline is read once');
  assert.ok(prepareDoc(doc).terms.has('e:teo vance'));
  // An article with a body carries no flag at all (byte-identical output for everything else).
  const b = buildArticle({ source: 'x.txt', format: 'text', content: 'Teo Vance was arrested in Marlow on Saturday, police said.', meta: { title: 'Arrest' } }, 'b1');
  assert.ok(!('headlineOnly' in b));
  // Nothing at all is still nothing.
  const c = buildArticle({ source: 'y.txt', format: 'text', content: '', meta: {} }, 'c1');
  assert.equal(c.text, '');
});

test('threads: stories of the same people far apart are one thread; another arrest is not in it', () => {
  const arrest = 'Marlow Rovers striker Teo Vance was arrested on suspicion of drunk driving on the Harwick bridge, police said.\nVance was released on bail.';
  const c = new StoryClusterer({ join: 0.25, merge: 0.25, duplicate: 1.01 });
  c.add({ id: 'v1', text: arrest, published: '2021-03-01' });
  c.add({ id: 'v2', text: arrest.replace('police said', 'officers said'), published: '2021-03-02' });
  // Six years on, the same man's second arrest is another story (the time kernel ends a story within months)…
  const again = c.add({ id: 'v3', text: 'Marlow Rovers striker Teo Vance was arrested again on the Harwick bridge, police said.\nVance denies drunk driving.', published: '2027-09-01' });
  const other = c.add({ id: 'o1', text: 'Ostby United defender Gil Okafor was arrested on suspicion of drunk driving on the Leda road, police said.\nOkafor was released on bail.', published: '2027-09-02' });
  c.settle();
  assert.equal(c.storyOf('v2'), 'v1');
  assert.equal(again.story, 'v3');
  assert.notEqual(other.story, again.story);
  // …but the two are one thread (rare shared names), and the other club's arrest is in none.
  assert.deepEqual(c.threads(), [{ id: 'v1', stories: ['v1', 'v3'] }]);
  // What `parallax stories` reads: the threads of the saved snapshot.
  assert.deepEqual(
    [...threadsOfSnapshot(c.snapshot())],
    [
      ['v1', { id: 'v1', stories: 2 }],
      ['v3', { id: 'v1', stories: 2 }],
    ],
  );
});

test('threads: a story that touches another subject does not chain two threads together (each story keeps its strongest links)', () => {
  // Two subjects followed over years (invented): a harbour dispute and a library closure, one story
  // each time; one harbour story also mentions the library, at the thread threshold with its stories.
  const harbour = (first: boolean): string =>
    `Kestrel Bay harbour dredging dispute flares again. The Kestrel Bay port board and the Kestrel Bay fishermen's union clashed over dredging the harbour channel. Harbour master Ida Brenn said dredging would resume${first ? '. The port board met in the Ostby central library reading rooms, where the Ostby council sits and where the library closure vote was held' : ''}.`;
  const library = 'Ostby library closure vote. The Ostby council voted again on closing the Ostby central library and its reading rooms. Librarian Omar Felt said the library would fight the closure.';
  const run = (threadLinks: number, threadCohesion?: number): Array<{ id: string; stories: string[] }> => {
    const c = new StoryClusterer({ join: 0.25, merge: 0.25, duplicate: 1.01, threadLinks, ...(threadCohesion === undefined ? {} : { threadCohesion }) });
    [2011, 2014, 2017, 2020].forEach((y, i) => {
      c.add({ id: `a${i}`, text: harbour(i === 0), published: `${y}-03-01` });
      c.add({ id: `b${i}`, text: library, published: `${y}-06-01` });
    });
    c.settle();
    assert.equal(c.stories().length, 8);
    return c.threads();
  };
  // Every link at the threshold, single link (no thread cohesion): the one story chains the two
  // subjects into one thread (thread cohesion alone also parts them: cluster-thread-cohesion.test)…
  assert.deepEqual(run(Infinity, 0), [{ id: 'a0', stories: ['a0', 'b0', 'a1', 'b1', 'a2', 'b2', 'a3', 'b3'] }]);
  // …each story's two strongest links only (the default): one thread per subject.
  assert.deepEqual(run(2), [
    { id: 'a0', stories: ['a0', 'a1', 'a2', 'a3'] },
    { id: 'b0', stories: ['b0', 'b1', 'b2', 'b3'] },
  ]);
});

test('the web stories list names each story’s thread (from the clusterer’s saved state)', async () => {
  const arrest = 'Marlow Rovers striker Teo Vance was arrested on suspicion of drunk driving on the Harwick bridge, police said.\nVance was released on bail.';
  const c = new StoryClusterer({ join: 0.25, merge: 0.25, duplicate: 1.01 });
  c.add({ id: 'v1', text: arrest, published: '2021-03-01' });
  c.add({ id: 'v2', text: arrest.replace('police said', 'officers said'), published: '2021-03-02' });
  c.add({ id: 'v3', text: 'Marlow Rovers striker Teo Vance was arrested again on the Harwick bridge, police said.\nVance denies drunk driving.', published: '2027-09-01' });
  c.add({ id: 'o1', text: 'Ostby United defender Gil Okafor was arrested on suspicion of drunk driving on the Leda road, police said.\nOkafor was released on bail.', published: '2027-09-02' });
  c.settle();
  const art = (id: string, published: string) => ({ ...buildArticle({ source: `${id}.txt`, format: 'text', content: 'Text.', meta: { title: `Headline ${id}`, published } }, id) });
  const store = Object.assign(new MemoryStore(new Map([['v1', [art('v1', '2021-03-01')]], ['v3', [art('v3', '2027-09-01')]], ['o1', [art('o1', '2027-09-02')]]])), {
    loadClusterState: async () => ({ snapshot: c.snapshot(), watermark: 4 }),
  });
  const server = createWebServer({ store, buildDossier: () => { throw new Error('no dossier here'); }, annotate: () => { throw new Error('no annotation here'); } });
  const url = await listen(server, 0);
  try {
    const doc = parseHTML(await (await fetch(url)).text()).document;
    const rows = Array.from(doc.querySelectorAll('table.stories tbody tr th')).map((th) => th.textContent);
    assert.deepEqual(rows, ['Headline v1Thread of 2 stories (this is the first)', 'Headline v3Thread of 2 stories (first: story v1)', 'Headline o1']);
    assert.ok(doc.querySelector('table.stories a[href="/stories/v1"]'));
  } finally {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
});
