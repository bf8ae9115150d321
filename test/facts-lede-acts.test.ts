/**
 * Ledes linked by the story's background alone (invented articles, real annotator; issue #12,
 * facts/lede-acts.ts): in a story that runs over weeks, the opening sentences of its reports share
 * the organisation's name, the event's date and the story's event noun whatever each reports, so
 * two ledes of different acts ("completed the registration of candidates" / "scheduled a sitting
 * to sum up the results"; prosecutors' remarks on one accused / the indictment of another man)
 * are not one fact; two ledes that tell one act in other words still are.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { StoryBackground } from '../src/compare/facts/background-links.js';
import { alignFacts } from '../src/compare/facts/facts.js';
import { ledesShareAct } from '../src/compare/facts/lede-acts.js';
import { Affinity } from '../src/compare/match/affinity.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, text: string): Article {
  return { id, text, outlet: id, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

/**
 * One article per lede, each followed by the story's background sentences; every other article
 * words the last one with `alt` for its last word (reports copied word for word are one wire's,
 * whose links count apart).
 */
function story(ledes: string[], background: string[], alt: string): Article[] {
  const odd = [...background.slice(0, -1), background[background.length - 1]!.replace(/\w+\.$/, `${alt}.`)];
  return ledes.map((l, k) => art(`r${k}`, [l, ...(k % 2 ? background : odd)].join(' ')));
}

function together(articles: Article[], x: string, y: string, ledeActs?: boolean): boolean {
  const annotated = articles.map((a) => annotate(a));
  const al = alignFacts(annotated, buildEntities(annotated), ledeActs === undefined ? {} : { ledeActs });
  const f = al.facts.find((c) => c.members.some((m) => m.text === x));
  return !!f && f.members.some((m) => m.text === y);
}

const ELECTION = [
  'The Varnholt Election Board completed the registration of candidates for the May 12 guild election.',
  'The Varnholt Election Board scheduled a sitting for Thursday to sum up the official results of the May 12 guild election.',
  'The Varnholt Election Board officially announced that Corvin Ashgrove was elected head of the guild in the May 12 guild election.',
  'Voters in Varnholt go to the polls on May 12 to choose the head of the guild.',
];
const ELECTION_BACKGROUND = [
  'The guild election drew a large turnout across Varnholt.',
  'Candidates for the guild election campaigned in every district of Varnholt.',
  'The election board said the guild election was calm.',
];

test('ledes of one board\'s different acts that share its name, the date and the election are not one fact', () => {
  const arts = story(ELECTION, ELECTION_BACKGROUND, 'orderly');
  for (const [x, y] of [
    [ELECTION[0]!, ELECTION[1]!],
    [ELECTION[0]!, ELECTION[2]!],
  ]) {
    assert.ok(together(arts, x, y, false), `joined without the check: ${x} / ${y}`);
    assert.ok(!together(arts, x, y), `two acts: ${x} / ${y}`);
  }
});

test('a lede of prosecutors\' remarks on one accused does not share the act of the indictment of another man in the same bombing', () => {
  const ledes = [
    'Prosecutors said on Monday that Terrin Lachlow helped plan the bombing of the Varnholt courthouse, the federal court in Varnholt heard.',
    'A federal grand jury in Varnholt returned an indictment on Thursday against Oren Vask in the bombing of the Varnholt courthouse.',
  ];
  const texts = [...ledes];
  const arts = ['r0', 'r1'];
  // Four reports of a trial in a federal court that keep coming back to the bombing, the
  // courthouse and the federal case.
  for (let k = 0; k < 4; k++) {
    for (const t of ['The bombing of the federal courthouse in Varnholt was the worst attack in the region.', 'Survivors of the courthouse bombing met at the federal courthouse.', 'The federal case over the courthouse bombing still haunts the federal staff.']) {
      texts.push(t);
      arts.push(`r${k}`);
    }
  }
  const bg = new StoryBackground(texts, new Affinity(texts).keyed, arts);
  const claim = bg.claimOf(0, 1).claim;
  assert.equal(ledesShareAct(readAct(ledes[0]!), readAct(ledes[1]!), claim, 0.5, bg), false, `claim: ${claim.join(',')}`);
  // The same remarks told by another outlet share the act (said … helped plan / told … helped plan).
  const other = 'Federal prosecutors told the court in Varnholt that Terrin Lachlow helped plan the courthouse bombing.';
  const t2 = [ledes[0]!, other, ...texts.slice(2)];
  const bg2 = new StoryBackground(t2, new Affinity(t2).keyed, arts);
  assert.equal(ledesShareAct(readAct(ledes[0]!), readAct(other), bg2.claimOf(0, 1).claim, 0.5, bg2), true);
});

test('two ledes that tell one act in other words stay one fact', () => {
  // One named actor's act by the lemmas' vectors ("ignored pressure to step aside" / "is
  // resisting calls to resign"), with a word of what it is about shared ("political").
  const ledes = [
    'Mayor Ilse Brandt of Varnholt ignored growing pressure to step aside on Monday as her closest political associates deserted her.',
    'Varnholt Mayor Ilse Brandt is resisting calls to resign as her political allies melt away over the harbour scandal.',
    'Ilse Brandt, the mayor of Varnholt, said on Monday she would not quit over the harbour scandal.',
    'The harbour scandal has shaken Varnholt city hall for weeks.',
  ];
  const arts = story(ledes, [
    'The harbour scandal began when auditors found missing harbour funds at Varnholt city hall.',
    'Brandt denies any role in the harbour scandal, and the mayor says the harbour funds were spent lawfully.',
    'The harbour scandal has cost the mayor support, and the scandal dominates Varnholt politics.',
  ], 'life');
  assert.ok(together(arts, ledes[0]!, ledes[1]!));
  // One act named outright in both ledes (the lemma), the rest the story's background.
  const fire = [
    'Police arrested Jon Vark on Friday over the fire at the Varnholt ferry terminal.',
    'Jon Vark was arrested by police in Varnholt on Friday over the ferry terminal fire.',
    'The ferry terminal fire in Varnholt burned for two days.',
    'Firefighters in Varnholt fought the ferry terminal fire through the night.',
  ];
  const fireArts = story(fire, [
    'The ferry terminal fire destroyed the Varnholt ferry terminal.',
    'The ferry terminal fire was the worst fire in Varnholt for years.',
    'The ferry terminal in Varnholt stays closed after the fire.',
  ], 'blaze');
  assert.ok(together(fireArts, fire[0]!, fire[1]!));
});
