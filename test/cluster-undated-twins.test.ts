/**
 * Undated twins (clusterer.ts `burstUndated`): two events of one kind — two deadly falls on one
 * mountain — where one event's reports carry no date. The kernel cannot act and no year is written,
 * and the reports share the kind's words (the mountain, the ridge, a climber's fall), enough for
 * `join`; each event's reports are far more alike among themselves (the victim, the town, the ice
 * cave) than like the other's, so a group without event days is held to the burst cohesion test
 * against a dated group, and the two stay apart. Undated reports of the *same* event, as alike to
 * the dated reports as those are to each other, still join them; groups of headlines only are not
 * held to the test (a few shared words, whichever outlet: their cohesion is wording). Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from '../src/cluster/clusterer.js';

/** A fall on Mount Harl in May 2031, dated reports. */
const dated = [
  'A British climber, Tom Ashby, 52, died after falling 300 metres from the Keel ridge of Mount Harl, police in Orsk said.\nHis guide raised the alarm from the summit plateau and a helicopter recovered the body.',
  'Tom Ashby, a 52-year-old British climber, was killed in a 300-metre fall from the Keel ridge on Mount Harl, Orsk police said.\nA helicopter recovered his body after his guide called for help from the summit plateau.',
  'Police in Orsk named the British climber killed on Mount Harl as Tom Ashby, 52.\nHe fell 300 metres from the Keel ridge; his guide alerted rescuers from the summit plateau and a helicopter recovered him.',
];

/** Another fall on the same mountain, another year, reports without any date. */
const undated = [
  'A Veldorian doctor, Ilse Marrow, is feared dead after falling from the Keel ridge of Mount Harl while climbing with her brother Piet.\nPiet Marrow survived two nights in an ice cave before a search team from Brannock reached him.',
  'Piet Marrow spent two nights in an ice cave on Mount Harl after watching his sister Ilse, a doctor from Veldoria, fall from the Keel ridge.\nThe Brannock search team that found him said there was no hope for her.',
  'Colleagues paid tribute to Ilse Marrow, the Veldorian doctor presumed dead after a fall on Mount Harl.\nHer brother Piet was rescued by a Brannock search team after two nights sheltering in an ice cave.',
];

/** The May 2031 fall again, reported by outlets whose records carry no date. */
const undatedSame = [
  'British climber Tom Ashby, 52, died in a 300-metre fall from the Keel ridge of Mount Harl, Orsk police said.\nHis guide called for help from the summit plateau and a helicopter recovered the body.',
  'Orsk police said Tom Ashby, a British climber aged 52, was killed falling 300 metres from Mount Harl’s Keel ridge.\nA helicopter recovered him after his guide raised the alarm from the summit plateau.',
];

/** Unrelated reports, so that idf is not flat. */
const fillers = [
  'The Brannock city orchestra opened its winter season with a new symphony by a young composer.\nTickets sold out within hours, the concert hall said.',
  'A rare white heron was spotted nesting in the Tallow marshes, birdwatchers reported.\nRangers closed two footpaths to protect the nest.',
  'The Corvin museum will return a bronze mask to the island it was taken from a century ago.\nCurators said the loan agreement took three years to negotiate.',
  'Farmers in the Elsmere valley began the grape harvest two weeks early after a hot summer.\nWinemakers expect a smaller but sweeter vintage.',
  'A ferry ran aground off Pellan Point in thick fog; all passengers were taken ashore safely.\nThe coastguard is investigating the cause.',
  'Engineers finished the new footbridge over the Amsel river after eighteen months of work.\nCyclists and walkers can use it from Monday.',
  'The national chess championship was won by a sixteen-year-old from Darrow in a final-round upset.\nShe is the youngest champion in the tournament’s history.',
  'A fire destroyed a timber warehouse in the Quarry district overnight; no one was hurt.\nFirefighters worked until dawn to stop it spreading.',
  'The Hollin library will stay open until midnight during exam season, the university announced.\nStudents had petitioned for longer hours.',
  'Astronomers at the Merrow observatory photographed a comet passing close to the sun.\nIt will be visible to the naked eye next month.',
  'A bakery in Fennick won the regional prize for its rye bread for the third year running.\nThe owner credits a starter kept alive since 1962.',
  'Heavy snow closed the mountain pass between Ardle and Stroma for the first time this winter.\nSnowploughs are expected to reopen it by Friday.',
];
const background = fillers.map((text, i) => ({ id: `f${i}`, text, published: `2031-04-${String(10 + i).padStart(2, '0')}` }));

type Doc = { id: string; text: string; published?: string };
function run(burstUndated: boolean, docs: Doc[]): StoryClusterer {
  const c = new StoryClusterer({ duplicate: 1.01, burstUndated });
  for (const d of [...background, ...docs]) c.add(d);
  c.settle();
  return c;
}

const twins: Doc[] = [...dated.map((text, i) => ({ id: `d${i}`, text, published: '2031-05-01' })), ...undated.map((text, i) => ({ id: `u${i}`, text }))];

test('an undated event and a dated event of the same kind stay two stories', () => {
  const c = run(true, twins);
  for (const i of [1, 2]) assert.equal(c.storyOf(`d${i}`), c.storyOf('d0'));
  for (const i of [1, 2]) assert.equal(c.storyOf(`u${i}`), c.storyOf('u0'));
  assert.notEqual(c.storyOf('u0'), c.storyOf('d0'));
});

test('without the rule the shared mountain and fall join them (what the rule is for)', () => {
  const c = run(false, twins);
  assert.equal(c.storyOf('u0'), c.storyOf('d0'));
});

test('undated reports of the same event, as alike as its dated reports, still join them', () => {
  const c = run(true, [...twins.slice(0, 3), ...undatedSame.map((text, i) => ({ id: `s${i}`, text }))]);
  for (const i of [0, 1]) assert.equal(c.storyOf(`s${i}`), c.storyOf('d0'));
});

test('two groups of headlines only, one with dated addresses, are not held to it (their cohesion is wording, not the event)', () => {
  const c = new StoryClusterer({ duplicate: 1.01 });
  for (const [i, text] of fillers.map((f) => f.split('\n')[0]).entries()) c.add({ id: `f${i}`, text, published: `2031-04-${String(10 + i).padStart(2, '0')}` });
  const dated = ['Veldoria central bank raises interest rates to fight inflation', 'Veldoria central bank raises interest rates to fight rising inflation'];
  const undatedHeadlines = ['Veldoria rate rise hits mortgage holders hard', 'Veldoria rate rise hits mortgage holders hard, lenders say'];
  dated.forEach((text, i) => c.add({ id: `h${i}`, text, url: `https://news.example/2031/05/0${1 + i}/item` }));
  undatedHeadlines.forEach((text, i) => c.add({ id: `n${i}`, text }));
  c.settle();
  assert.equal(c.storyOf('h1'), c.storyOf('h0'));
  assert.equal(c.storyOf('n0'), c.storyOf('h0'));
  assert.equal(c.storyOf('n1'), c.storyOf('h0'));
});
