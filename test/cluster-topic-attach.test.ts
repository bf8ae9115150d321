/**
 * Lone reports of a topic-sized set (clusterer.ts `topicAttach`): in a re-clustered set large enough
 * for the topic discount, one event dominates (a club's signing of a goalkeeper, eight reports)
 * beside another of its kind (the same club's signing of a striker). The discount lowers what most
 * of the set shares — here mostly the dominant event's own words — so a short round-up item that
 * reports the signing among other news keeps too little to pass the set's bar and was left a story
 * of its own. The discount is for telling the events apart: the item now joins the group both the
 * discounted and the plain similarities rank first, when its plain similarity passes `join`; the
 * two signings stay apart. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer, type ClusterParams } from '../src/cluster/clusterer.js';

/** The goalkeeper's signing: the event that dominates the set. */
const A = [
 'The Kessel Rovers signed goalkeeper Anton Brask from Halden United on a four-year contract, the club said.\nBrask, 27, passed his medical in Kessel on Tuesday.',
 'Goalkeeper Anton Brask has joined Kessel Rovers from Halden United on a four-year deal.\nThe 27-year-old passed a medical at the Kessel training ground.',
 'Kessel Rovers completed the signing of Halden United goalkeeper Anton Brask, 27, who agreed a four-year contract.\nManager Ivo Lund called Brask the best young keeper in the league.',
 'Anton Brask left Halden United for Kessel Rovers, signing a four-year contract after a medical on Tuesday.\nHalden fans had hoped the goalkeeper would stay.',
 'Halden United sold goalkeeper Anton Brask to Kessel Rovers; the 27-year-old signed a four-year deal.\nKessel manager Ivo Lund said Brask would start on Saturday.',
 'Kessel Rovers have a new number one: Anton Brask, signed from Halden United on a four-year contract.\nBrask, 27, said he was proud to join Ivo Lund’s squad.',
 'The transfer of goalkeeper Anton Brask from Halden United to Kessel Rovers is complete, with a four-year contract.\nLund praised the 27-year-old’s reflexes.',
 'Kessel Rovers unveiled Anton Brask, their goalkeeper signed from Halden United, on a four-year contract.\nThe 27-year-old trained with the squad for the first time on Tuesday.',
];
/** The striker's signing: another event of the same kind. */
const B = [
 'Kessel Rovers signed striker Marco Tesk from Vardo City on a two-year contract, the club said.\nTesk, 31, scored nineteen goals for Vardo last season.',
 'Striker Marco Tesk has joined Kessel Rovers from Vardo City on a two-year deal.\nThe 31-year-old scored nineteen goals last season.',
 'Kessel Rovers completed the signing of Vardo City striker Marco Tesk, 31, on a two-year contract.\nTesk’s nineteen goals made him Vardo’s top scorer.',
 'Marco Tesk left Vardo City for Kessel Rovers, signing a two-year contract.\nVardo fans said goodbye to their nineteen-goal striker.',
];
/** A round-up item: the goalkeeper's signing in one sentence among other news. */
const roundUp =
  'Sports in brief: Kessel Rovers signed goalkeeper Anton Brask from Halden United. In tennis, Mila Orr won the Pellan Open in three sets. The Darrow marathon was moved to October because of roadworks.';

/** Unrelated reports, so that idf is not flat. */
const fillers = ['The Brannock city orchestra opened its winter season with a new symphony by a young composer.\nTickets sold out within hours, the concert hall said.',
  'A rare white heron was spotted nesting in the Tallow marshes, birdwatchers reported.\nRangers closed two footpaths to protect the nest.',
  'The Corvin museum will return a bronze mask to the island it was taken from a century ago.\nCurators said the loan agreement took three years to negotiate.',
  'Farmers in the Elsmere valley began the grape harvest two weeks early after a hot summer.\nWinemakers expect a smaller but sweeter vintage.',
  'A ferry ran aground off Pellan Point in thick fog; all passengers were taken ashore safely.\nThe coastguard is investigating the cause.',
  'Engineers finished the new footbridge over the Amsel river after eighteen months of work.\nCyclists and walkers can use it from Monday.'];

/** Thresholds for a 19-article stream (the set is topic-sized from 12 articles); the rest defaults. */
const SET: Partial<ClusterParams> = { duplicate: 1.01, topicMin: 12, join: 0.2, merge: 0.2, topicJoin: 0.2 };

function stories(p: Partial<ClusterParams>): string[] {
  const c = new StoryClusterer({ ...SET, ...p });
  fillers.forEach((text, i) => c.add({ id: `f${i}`, text }));
  A.forEach((text, i) => c.add({ id: `a${i}`, text }));
  B.forEach((text, i) => c.add({ id: `b${i}`, text }));
  c.add({ id: 'z', text: roundUp });
  c.settle();
  return c
    .stories()
    .filter((s) => !s.id.startsWith('f'))
    .map((s) => s.articles.join(' '));
}

test('topic attach: a round-up item of the dominant event joins it; the two events of the kind stay apart', () => {
  // Before: the discount left the item alone, a story of one report…
  assert.deepEqual(stories({ topicAttach: false }), ['a0 a1 a2 a3 a4 a5 a6 a7', 'b0 b1 b2 b3', 'z']);
  // …now it joins the goalkeeper's signing, and the striker's signing is still its own story.
  assert.deepEqual(stories({}), ['a0 a1 a2 a3 a4 a5 a6 a7 z', 'b0 b1 b2 b3']);
});

test('topic attach: a lone report is still held to the plain bar', () => {
  // With a bar the item's plain similarity does not reach, it stays alone, as before.
  assert.deepEqual(stories({ join: 0.25, merge: 0.25, topicJoin: 0.25 }), ['a0 a1 a2 a3 a4 a5 a6 a7', 'b0 b1 b2 b3', 'z']);
});
