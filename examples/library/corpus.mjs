// Corpus mode as a library: store articles in a SQLite corpus, cluster them into stories, list
// the stories and search the text. node examples/library/corpus.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestCorpus, openStore } from 'parallax-dossier';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-example-'));
const store = await openStore(path.join(dir, 'corpus.db'));
try {
  const story = fileURLToPath(new URL('../harbour-fire/', import.meta.url));
  const summary = await ingestCorpus(store, [story], { onError: (e) => console.error(`${e.input}: ${e.reason}`) });
  console.log(`stored ${summary.new} new articles in ${summary.stories} stories`);
  for (const s of await store.listStories()) console.log(`${s.id}: ${s.articles} articles, ${s.outlets.length} outlets — ${s.headline ?? '(no headline)'}`);
  const hits = await store.search('warehouse');
  console.log(`"warehouse" found in ${hits.length} articles`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
