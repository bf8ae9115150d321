/**
 * Screening (src/compare/facts/screen.ts) on real stories: how often an article that reports the same
 * event is wrongly set aside as "a different story", and how often an article about another event
 * is caught. Skipped, with a message, when ../shared is absent.
 *
 *  - Kept: every story of ../shared/bench/stories/ allsides (left/centre/right versions of one
 *    story), duc2003 and multiling2011 (one event each) with three articles or more is screened as
 *    it stands; any article excluded is an error. Stories are split by a hash of their id into a
 *    dev half (rules were chosen looking at its errors only) and a held-out half.
 *  - Caught: ECB+ dev stories (articles grouped by subtopic, at most ten) plus one article of
 *    another topic, or of the other event of the same topic (a similar event); the intruder
 *    should be set aside and nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '../src/compare/facts/screen.js';
import type { Article } from '../src/core/schema.js';
import { SKIP_NO_SHARED, sharedDir } from '../test/helpers/shared.js';
import { readEcbPlus } from './data.js';
import { isReserved } from './reserved.js';

interface StoryRecord {
  id: string;
  story: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
}

/** FNV-1a hash of a string: the dev / held-out split of stories. */
export function storyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Whether a story belongs to the held-out half (fixed by its id). */
export function heldOut(corpus: string, story: string): boolean {
  return storyHash(`${corpus}/${story}`) % 2 === 1;
}

export function article(id: string, text: string, outlet: string | null = null, title: string | null = null): Article {
  return { id, text, outlet, language: null, published: null, file: null, url: null, title, authors: [], agencies: [], removed: [] } as unknown as Article;
}

export function readStories(shared: string, corpus: string): Map<string, StoryRecord[]> {
  const byStory = new Map<string, StoryRecord[]>();
  for (const line of readFileSync(path.join(shared, 'bench', 'stories', `${corpus}.jsonl`), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as StoryRecord;
    const list = byStory.get(r.story) ?? [];
    list.push(r);
    byStory.set(r.story, list);
  }
  return byStory;
}

/**
 * The stories of one half (`heldOutPart`: the held-out half, else the dev half) with at least
 * `minArticles` records, in hash order (ties by id): samples are read from it in a fixed order.
 */
export function storiesOfPart(shared: string, corpus: string, heldOutPart: boolean, minArticles: number): Array<[string, StoryRecord[]]> {
  return [...readStories(shared, corpus)]
    .filter(([story, recs]) => recs.length >= minArticles && heldOut(corpus, story) === heldOutPart)
    .sort((a, b) => storyHash(a[0]) - storyHash(b[0]) || (a[0] < b[0] ? -1 : 1));
}

/**
 * The AllSides three-outlet stories of one half that the labelled benches read (exclusives, lede):
 * stories numbered from PARALLAX_UNSEEN_FROM (6000) on are left for unseen readings; at most
 * `limit`, in storiesOfPart's order.
 */
export function allsidesBenchStories(shared: string, heldOutPart: boolean, limit: number): Array<[string, StoryRecord[]]> {
  const unseenFrom = Number(process.env.PARALLAX_UNSEEN_FROM ?? 6000);
  return storiesOfPart(shared, 'allsides', heldOutPart, 3)
    .filter(([story]) => !(Number(story) >= unseenFrom))
    .slice(0, limit);
}

/** AllSides stories kept for the final unseen reading: never printed (docs/dossier.md). */
function reserved(corpus: string, story: string): boolean {
  return isReserved(corpus, story);
}

export async function run(): Promise<Record<string, unknown> | null> {
  const shared = sharedDir();
  if (!shared) {
    process.stdout.write(`skipped: ${SKIP_NO_SHARED}\n`);
    return null;
  }
  const out: Record<string, unknown> = {};
  for (const corpus of ['allsides', 'duc2003', 'multiling2011']) {
    // `scattered`: no two articles linked, so nothing is set aside but the whole story is warned
    // to be "reports of different stories" — as wrong as a lost article on these stories.
    const part = { dev: { stories: 0, lost: 0, articles: 0, excluded: 0, scattered: 0 }, held_out: { stories: 0, lost: 0, articles: 0, excluded: 0, scattered: 0 } };
    // Two-article stories: screening cannot tell which one is off-topic and only warns that they
    // may be reports of different stories; every such warning on these one-event pairs is false.
    const pairs = { dev: { stories: 0, warned: 0 }, held_out: { stories: 0, warned: 0 } };
    for (const [story, recs] of readStories(shared, corpus)) {
      if (recs.length === 2) {
        const q = heldOut(corpus, story) ? pairs.held_out : pairs.dev;
        const s = screen(recs.map((r) => article(r.id, r.text, r.outlet ?? null, r.title ?? null)));
        q.stories++;
        if (s.warnings.some((w) => /different stories/.test(w))) {
          q.warned++;
          if (process.env.PARALLAX_SHOW === '1' && q === pairs.dev && !reserved(corpus, story)) process.stdout.write(`  ${corpus} ${story}: pair warned\n`);
        }
      }
      if (recs.length < 3) continue;
      const p = heldOut(corpus, story) ? part.held_out : part.dev;
      const s = screen(recs.map((r) => article(r.id, r.text, r.outlet ?? null, r.title ?? null)));
      const lost = s.excluded.filter((e) => /different story/.test(e.reason)).length;
      p.stories++;
      p.articles += recs.length;
      p.excluded += lost;
      if (lost) p.lost++;
      if (s.warnings.some((w) => /may be reports of different stories/.test(w))) {
        p.scattered++;
        if (process.env.PARALLAX_SHOW === '1' && p === part.dev && !reserved(corpus, story)) process.stdout.write(`  ${corpus} ${story}: scattered\n`);
      }
      if (lost && process.env.PARALLAX_SHOW === '1' && p === part.dev && !reserved(corpus, story)) process.stdout.write(`  ${corpus} ${story}: ${s.excluded.map((e) => e.article).join(', ')}\n`);
    }
    out[corpus] = { ...part, pairs };
    process.stdout.write(`${corpus.padEnd(14)} stories losing an article: dev ${part.dev.lost}/${part.dev.stories}, held out ${part.held_out.lost}/${part.held_out.stories} (articles excluded: ${part.dev.excluded}/${part.dev.articles}, ${part.held_out.excluded}/${part.held_out.articles}); stories warned as scattered: dev ${part.dev.scattered}, held out ${part.held_out.scattered}\n`);
    if (pairs.dev.stories + pairs.held_out.stories) process.stdout.write(`${''.padEnd(14)} two-article stories warned "different stories": dev ${pairs.dev.warned}/${pairs.dev.stories}, held out ${pairs.held_out.warned}/${pairs.held_out.stories}\n`);
  }
  // ECB+: intruders.
  const ecb = readEcbPlus(shared);
  const bySub = new Map<string, typeof ecb>();
  for (const r of ecb) bySub.set(r.subtopic, [...(bySub.get(r.subtopic) ?? []), r]);
  const subs = [...bySub.keys()].sort();
  const res = { clean_articles: 0, clean_wrongly_excluded: 0, other_topic: 0, other_topic_caught: 0, same_topic: 0, same_topic_caught: 0 };
  for (const sub of subs) {
    const members = bySub.get(sub)!.slice(0, 10);
    const topic = members[0].topic;
    const other = ecb.find((r) => r.topic !== topic && storyHash(r.id + sub) % 7 === 0) ?? ecb.find((r) => r.topic !== topic)!;
    const sibling = ecb.find((r) => r.topic === topic && r.subtopic !== sub);
    const base = members.map((r) => article(r.id, r.text));
    const clean = screen(base);
    res.clean_articles += base.length;
    res.clean_wrongly_excluded += clean.excluded.length;
    const a = screen([...base, article(`x-${other.id}`, other.text)]);
    res.other_topic++;
    if (a.excluded.some((e) => e.article === `x-${other.id}`)) res.other_topic_caught++;
    if (sibling) {
      const b = screen([...base, article(`x-${sibling.id}`, sibling.text)]);
      res.same_topic++;
      if (b.excluded.some((e) => e.article === `x-${sibling.id}`)) res.same_topic_caught++;
    }
  }
  out.ecbplus = res;
  process.stdout.write(`ecbplus        clean stories: ${res.clean_wrongly_excluded}/${res.clean_articles} articles wrongly set aside; intruder of another topic caught ${res.other_topic_caught}/${res.other_topic}; of the same topic (a similar event) ${res.same_topic_caught}/${res.same_topic}\n`);
  return out;
}
