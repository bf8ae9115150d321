/**
 * Values read as what they are (issue #10, the fact-checker's missed contradictions, reproduced on
 * invented articles): a time of day is a value of its own; a part of a total counts what its total
 * counts; a round figure against a finer one is at most a possible conflict; two institutions of
 * one kind in one slot are two places.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { writtenGrain } from '../src/compare/claims/claims.js';
import { differentActs, eventHead } from '../src/compare/timeline.js';
import { qualifierFit, readOffice } from '../src/compare/conflicts/roles.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor'];
const story = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-05', t))).dossier.conflicts;
const values = (c: Conflict): string[] => c.claims.map((cl) => cl.value).sort();

test('two clock times for one event are a time conflict, the lone one named against two outlets', () => {
  const cs = story(
    'The cargo plane went down near the village of Orlen at 1:43 a.m. on Thursday, the aviation authority said. All four crew members were rescued by fishermen.',
    'Fishermen rescued all four crew after the cargo plane went down near the village of Orlen at 1:43 a.m. Thursday, according to the aviation authority, which opened an inquiry.',
    'The cargo plane went down near the village of Orlen at 1:47 a.m. on Thursday, the aviation authority said in a statement. Its four crew members survived.',
  );
  const c = cs.find((x) => x.kind === 'time');
  assert.ok(c, 'a time conflict');
  assert.deepEqual(values(c), ['1:43 a.m.', '1:47 a.m.']);
  assert.equal(c.confidence, 'high');
  assert.deepEqual(c.outliers, ['a3']);
});

test('a round clock time may be a finer one rounded; "about" a round time is no conflict; zones are not mixed', () => {
  const base = (t: string): string => `The cargo plane went down near the village of Orlen ${t} on Thursday, the aviation authority said.`;
  assert.equal(story(base('at 3:33 a.m.'), base('at 3:30 a.m.')).filter((x) => x.kind === 'time').length, 0);
  assert.equal(story(base('at 1:40 a.m.'), base('at 1:43 a.m.')).filter((x) => x.kind === 'time').length, 1, '1:43 rounds to 1:45, not 1:40');
  assert.equal(story(base('at 1:47 a.m.'), base('at about 2 a.m.')).filter((x) => x.kind === 'time').length, 0);
  assert.equal(story(base('at 1:43 a.m. local time'), base('at 6:43 a.m. GMT')).filter((x) => x.kind === 'time').length, 0);
});

test('durations after an event and counts of seconds disagree as figures', () => {
  const after = story(
    'The pilot reported an engine fire 30 minutes after takeoff from Vellmar and turned back toward the airport, investigators said.',
    'Investigators said the pilot reported an engine fire 40 minutes after takeoff from Vellmar and turned back toward the airport.',
  );
  assert.ok(after.some((x) => (x.kind === 'quantity' || x.kind === 'number') && values(x).join() === '30 minutes,40 minutes'));
  const secs = story(
    'The recording shows the alarm sounded for 36 seconds before the engines stopped, the safety board said in its report.',
    'The alarm sounded for 40 seconds before the engines stopped, according to the recording described in the safety board report.',
  );
  const c = secs.find((x) => values(x).join() === '36,40');
  assert.ok(c, '36 against 40 seconds');
  assert.equal(c.confidence, 'high', 'one trailing zero is not a rounding');
});

test('a part of a total counts what the total counts: "214 of 400 candidates" against "167 of 396"', () => {
  const cs = story(
    'Election officials said 214 of 400 candidates had been disqualified from the parliamentary vote in Dravia by the review council.',
    'The review council disqualified 167 of 396 candidates from the parliamentary vote in Dravia, election officials said.',
  );
  const parts = cs.find((x) => values(x).join() === '167,214');
  assert.ok(parts, 'the parts are compared');
  assert.equal(parts.confidence, 'high');
  const totals = cs.find((x) => values(x).join() === '396,400');
  assert.ok(totals, 'the totals are compared');
  assert.equal(totals.confidence, 'possible', '400 may be 396 rounded');
});

test('a round figure against a finer one is possible; beyond its rounding it is confident', () => {
  const voters = story(
    'A total of 38.5 million voters are registered for the presidential election in Dravia, the electoral commission said on Friday.',
    'The electoral commission said 38 million voters are registered for the presidential election in Dravia.',
  );
  const v = voters.find((x) => values(x).join() === '38 million,38.5 million');
  assert.ok(v, '38 million against 38.5 million');
  assert.equal(v.confidence, 'possible');
  assert.match(v.why, /round figure/);
  const toll = (n: string): string => `The earthquake that struck the Dravian coast on Monday killed ${n} people, the interior ministry said.`;
  const two = story(toll('3,197'), toll('3,000'));
  assert.deepEqual(two.filter((x) => x.kind === 'number').map((x) => x.confidence), ['possible']);
  const three = story(toll('3,197'), toll('3,000'), toll('4,000'));
  const c = three.find((x) => x.kind === 'number');
  assert.ok(c);
  assert.equal(c.confidence, 'high', '4,000 is beyond the rounding of 3,197');
});

test('the step a figure is written to', () => {
  assert.equal(writtenGrain('3,000', false), 1000);
  assert.equal(writtenGrain('3,197', false), 0);
  assert.equal(writtenGrain('40', false), 0);
  assert.equal(writtenGrain('38', true), 1);
  assert.equal(writtenGrain('38.5', true), 0.1);
  assert.equal(writtenGrain('three', false), 0);
});

test('two hospitals as where one person was treated are a place conflict; a short form of one name is not', () => {
  const cs = story(
    'Senator Ilse Varga was treated at London Bridge Hospital after she collapsed during a speech on Tuesday, her office said.',
    'Senator Ilse Varga spent the night at London Bridge Hospital after collapsing during a speech in Vellmar on Tuesday, her spokesman said.',
    'Senator Ilse Varga was treated at the London Clinic after she collapsed during a speech on Tuesday, her office said.',
  );
  const c = cs.find((x) => x.kind === 'place');
  assert.ok(c, 'a place conflict');
  assert.deepEqual(values(c), ['London Bridge Hospital', 'London Clinic']);
  const same = story(
    'Senator Ilse Varga was treated at the Royal London Hospital after she collapsed during a speech on Tuesday, her office said.',
    'Senator Ilse Varga was treated at the London Hospital after she collapsed during a speech on Tuesday, her office said.',
  );
  assert.equal(same.filter((x) => x.kind === 'place').length, 0);
});

test('figures without a noun of their own are read in their construction: percent signs, ages, hyphened units, "up to"', () => {
  const pct = story(
    'Microsoft said the number of infected computers was rising at a rate of 80% a day, according to its security team in Vellmar.',
    'The number of infected computers was rising at a rate of 60 percent a day, Microsoft said, citing its security team in Vellmar.',
  );
  assert.ok(pct.some((x) => values(x).join() === '60 percent,80%'), 'a percent sign is a percent');
  const age = story(
    'The actress Ilse Varga, who starred in a string of musical films, died on Thursday in Vellmar at the age of 61, her spokesman said.',
    'Ilse Varga, the 71-year-old actress who starred in a string of musical films, died on Thursday in Vellmar, her spokesman said.',
  );
  assert.ok(age.some((x) => values(x).sort().join() === '61,71-year-old'), 'an age against an age');
  const board = story(
    "The state's 20-member elected board of education is split evenly between moderates and conservatives, officials in Vellmar said.",
    "Officials in Vellmar said the state's 10-member elected board of education is split evenly between moderates and conservatives.",
  );
  assert.ok(board.some((x) => values(x).join() === '10,20'), 'a hyphened noun is what is counted');
  const upTo = story(
    'Marek Dolan faces up to 25 years in prison if he is convicted of taking bribes at the harbour of Vellmar, prosecutors said.',
    'Prosecutors said Marek Dolan faces up to 15 years in prison if convicted of taking bribes at the harbour of Vellmar.',
  );
  assert.ok(upTo.some((x) => values(x).join() === 'up to 15 years,up to 25 years'), 'two upper bounds far apart');
});

test('a figure the sentence rejects ("not 12 percent") anchors no date conflict', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-11', 'The last pension rise in Dravia, a 15 percent rise, came in October. Officials at the time promised a 12 percent increase in February.'),
    article('a2', 'Kestrel News', '2026-03-14', 'Ilse Varga promised earlier this week that pensions would be increased by the same 20 percent, not 12 percent as earlier planned.'),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'date').length, 0);
});

test('two place names a letter or two apart are a possible conflict, never a sure one: they may be one place spelled two ways', () => {
  const found = story(
    'The stolen paintings were shipped to Austria on Monday, the museum said. Police have arrested two guards.',
    'The stolen paintings were shipped to Austria on Monday, the museum said in a statement.',
    'The stolen paintings were shipped to Australia on Monday, the museum said. The insurer has offered a reward.',
  );
  const place = found.filter((c) => c.kind === 'place');
  assert.equal(place.length, 1, JSON.stringify(found.map((c) => [c.kind, values(c)])));
  assert.deepEqual(values(place[0]), ['Australia', 'Austria']);
  assert.equal(place[0].confidence, 'possible');
  assert.match(place[0].why, /spelled two ways/);
  // Names far apart stay sure.
  const far = story(
    'The stolen paintings were shipped to Austria on Monday, the museum said. Police have arrested two guards.',
    'The stolen paintings were shipped to Austria on Monday, the museum said in a statement.',
    'The stolen paintings were shipped to Portugal on Monday, the museum said. The insurer has offered a reward.',
  ).filter((c) => c.kind === 'place');
  assert.equal(far.length, 1);
  assert.equal(far[0].confidence, 'high');
});

test('a spelling a letter or two off in an article that writes the other spelling itself is that article\'s slip, not a conflict', () => {
  // Session 18 reading (a DUC 2006 story): "Elain's great-uncle" in an article that writes
  // "Elian" seventeen times was a possible name card against the other outlets' "Elian".
  const found = story(
    'The stolen paintings were shipped to Austria on Monday, the museum said. Police have arrested two guards.',
    'The stolen paintings were shipped to Austria on Monday, the museum said in a statement.',
    'The stolen paintings were shipped to Australia on Monday, the museum said. Police in Austria have questioned the driver, and the insurer in Austria has offered a reward.',
  );
  assert.deepEqual(found.filter((c) => c.kind === 'place').map(values), []);
});

test('two people coordinated as one subject ("X and Russian President Y will meet") are the two who act, not two versions of one name', () => {
  const found = story(
    'President Marek Olsen will meet President Ivan K.',
    'President Marek Olsen and Russian President Ivan Petrov will meet in Geneva, Switzerland, on June 16 for their first in-person summit, the palace announced on Tuesday.',
    'President Marek Olsen will meet face to face with Russian President Ivan Petrov for the first time next month.',
  );
  assert.deepEqual(found.filter((c) => c.kind === 'name').map(values), []);
});

test('a fact never cites an outlet whose sentence gives another exact figure ("killed 11" is not supported by "killed 10")', () => {
  const d = buildDossier([
    article('a1', OUTLETS[0], '2026-03-05', 'The blast outside the embassy in Velmor killed 11 people and wounded 70, police said.'),
    article('a2', OUTLETS[1], '2026-03-05', 'The blast outside the embassy in Velmor killed 11 people and wounded 70, police said on Saturday.'),
    article('a3', OUTLETS[2], '2026-03-05', 'The blast outside the embassy in Velmor killed 10 people and wounded 70, police said.'),
  ]).dossier;
  const cited = d.facts.map((f) => [...new Set(f.sentences.map((s) => s.article))].sort());
  assert.ok(!cited.some((arts) => arts.includes('a1') && arts.includes('a3')), JSON.stringify(cited));
  // A hedged figure stays compatible with a near exact one: "more than 40" and "43" may be one report.
  const h = buildDossier([
    article('a1', OUTLETS[0], '2026-03-05', 'The fire at the Velmor depot injured more than 40 workers on Monday, the fire service said.'),
    article('a2', OUTLETS[1], '2026-03-05', 'The fire at the Velmor depot injured 43 workers on Monday, the fire service said.'),
  ]).dossier;
  assert.ok(h.facts.some((f) => new Set(f.sentences.map((s) => s.article)).size === 2), JSON.stringify(h.facts.map((f) => f.text)));
});

test('two dates of two different acts are not compared: "appointed envoy in July" / "the envoy resigned Thursday" are two', () => {
  const head = (text: string, expr: string) => eventHead(text, text.indexOf(expr), text.indexOf(expr) + expr.length);
  const appointed = head('The diplomat, Mara Quell, was appointed special envoy to Velmora in July, weeks after the raid.', 'July');
  const resigned = head('Special Envoy for Velmora Mara Quell resigned Thursday, saying she could not defend it.', 'Thursday');
  assert.equal(differentActs(appointed, resigned), true, 'appointed and resigned are two acts');
  const crashed = head('The cargo plane crashed on Monday near the harbour.', 'Monday');
  const crashed2 = head('The cargo plane crashed on Tuesday near the harbour, officials said.', 'Tuesday');
  assert.equal(differentActs(crashed, crashed2), false);
  const arrested = head('Two dissidents were arrested Monday night in police raids.', 'Monday');
  const arrests = head('The arrests of the two dissidents at their homes Wednesday night were the sharpest action yet.', 'Wednesday');
  assert.equal(differentActs(arrested, arrests), false, 'an arrest told by a verb and by a noun is one kind of event');
});

test('an organisation named with a capitalised function word keeps it: "president of Justice for All" is not the Criminal Justice Policy Foundation\'s', () => {
  const a = readOffice('president of Justice for All')!;
  const b = readOffice('president of the Criminal Justice Policy Foundation in Washington')!;
  assert.equal(qualifierFit(a.qualifier, b.qualifier), 'different');
  // A name told more or less fully is still one body.
  assert.equal(qualifierFit(readOffice('chairman of Bank of America')!.qualifier, readOffice('chairman of the Bank of America Corporation')!.qualifier), 'same');
});
