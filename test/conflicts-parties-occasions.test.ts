/**
 * False cards on invented text (issue #10, session 20), each removed by its general cause: an
 * owner's other party against the owner ("Velmora's neighbours closed 12" / "Velmora closed 21",
 * parties.ts), two occasions of one kind of act told on days or in places that cannot be one
 * (occasions.ts), approximations whose spans nearly meet shown as sure ("Half" / "Some 62
 * percent", approximations.ts), and a card's title cut at the comma of "6,000" (aboutText). Each
 * test fails without the mechanism it names; the last assertions of each keep what must still be
 * raised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { aboutText } from '../src/compare/conflicts/conflicts.js';
import { ownerAgainstParty } from '../src/compare/conflicts/parties.js';
import { actPlaces } from '../src/compare/conflicts/occasions.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string | null, published: string | null, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Selen Monitor', 'Dravia Herald'];
const cards = (...texts: string[]): Conflict[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-02', t))).dossier.conflicts;
const numbers = (cs: Conflict[]): Array<{ values: string[]; confidence: string }> => cs.filter((c) => c.kind === 'number' || c.kind === 'quantity').map((c) => ({ values: c.claims.map((cl) => cl.value).sort(), confidence: c.confidence }));

test("an owner's other party is not the owner: \"Velmora's neighbours closed 12\" / \"Velmora closed 21\" is no card", () => {
  assert.equal(ownerAgainstParty("On Monday, Velmora's neighbours closed 12 border crossings.", 'On Monday, Velmora closed 21 border crossings.'), true);
  assert.equal(ownerAgainstParty("Tarsk's rivals raised 40 million crowns.", 'Tarsk raised 25 million crowns.'), true);
  // An organ of the owner is the owner acting; one party in both sentences is one party.
  assert.equal(ownerAgainstParty("On Monday, Velmora's government closed 12 border crossings.", 'On Monday, Velmora closed 21 border crossings.'), false);
  assert.equal(ownerAgainstParty("On Monday, Velmora's neighbours closed 12 border crossings.", "On Monday, Velmora's neighbours closed 21 border crossings."), false);
  for (const opening of ["Velmora's neighbours closed 12", 'On Monday, Velmora\'s neighbours closed 12']) {
    const story = cards(
      `${opening} border crossings as the refugee flow grew, officials said.`,
      `${opening.replace("Velmora's neighbours", 'Velmora').replace('12', '21')} border crossings as the refugee flow grew, officials said.`,
      `${opening.replace("Velmora's neighbours", 'Velmora').replace('12', '21')} border crossings as the refugee flow grew, the ministry said.`,
    );
    assert.deepEqual(numbers(story), [], opening);
  }
  // The owner's government against the owner: one actor, still a card.
  assert.deepEqual(
    numbers(
      cards(
        "On Monday, Velmora's government closed 12 border crossings as the refugee flow grew, officials said.",
        'On Monday, Velmora closed 21 border crossings as the refugee flow grew, officials said.',
        'On Monday, Velmora closed 21 border crossings as the refugee flow grew, the ministry said.',
      ),
    ),
    [{ values: ['12', '21'], confidence: 'high' }],
  );
});

test('two occasions of one kind of act, on days or in places that cannot be one, are no card', () => {
  // Two bombings dated Jan. 3 and Jan. 6: the other one is background.
  assert.deepEqual(
    numbers(
      cards(
        'The Jan. 3 bombing of the central market killed 12 people, police said.',
        'A bombing of the central market on Jan. 6 killed four people, police said.',
        'The Jan. 3 bombing of the central market killed 12 people, officials said.',
      ),
    ),
    [],
  );
  // Two bombings in two towns neither sentence shares.
  assert.deepEqual(
    numbers(
      cards(
        'A car bomb exploded at the central market in Karvik on Monday, killing 12 people, police said.',
        'A car bomb exploded at the central market in Dorsk on Monday, killing four people, police said.',
        'A car bomb exploded at the central market in Karvik on Monday, killing 12 people, officials said.',
      ),
    ),
    [],
  );
  // Both at once (the example).
  assert.deepEqual(
    numbers(
      cards(
        'The Jan. 3 bombing of a market in Karvik killed 12 people, police said. The group has claimed several attacks.',
        'Militants bombed a police station in Dorsk on Jan. 6, killing four people, police said. The group has claimed several attacks.',
        'The bombing in Karvik on Jan. 3 killed 12 people, police said.',
      ),
    ),
    [],
  );
  // Last year's toll is no side of this year's disagreement (a relative year dates an occasion).
  assert.deepEqual(
    numbers(
      cards(
        "Last year, floods in the province killed 120 people, the ministry said. This year's floods have killed 12.",
        "This year's floods in the province have killed 21 people so far, the ministry said.",
        "This year's floods in the province have killed 12 people, officials said.",
      ),
    ).map((c) => c.values),
    [['12', '21']],
  );
  // Places read by construction: not a time, not where something was said.
  assert.deepEqual(actPlaces('A bomb exploded in Karvik in January, officials told reporters in Geneva.'), ['Karvik']);
  // One occasion (same day, same place) told with two tolls: still a card.
  assert.deepEqual(
    numbers(
      cards(
        'The Jan. 3 bombing of the central market in Karvik killed 12 people, police said.',
        'The Jan. 3 bombing of the central market in Karvik killed 15 people, police said.',
        'The Jan. 3 bombing of the central market in Karvik killed 12 people, officials said.',
      ),
    ),
    [{ values: ['12', '15'], confidence: 'high' }],
  );
});

test('approximations whose spans nearly meet ("Half" / "Some 62 percent") are only a possible card', () => {
  assert.deepEqual(
    numbers(
      cards(
        "Half of the island's households lost power during the storm on Tuesday, the utility said.",
        "Some 62 percent of the island's households lost power during the storm on Tuesday, the utility said.",
        "About 62 percent of the island's households lost power during the storm on Tuesday, the utility said.",
      ),
    ),
    [{ values: ['About 62 percent', 'Half'], confidence: 'possible' }],
  );
  // Exact figures far apart stay sure.
  assert.deepEqual(
    numbers(
      cards(
        "A quarter of the island's households lost power during the storm on Tuesday, the utility said.",
        "Exactly 62 percent of the island's households lost power during the storm on Tuesday, the utility said.",
        "Exactly 62 percent of the island's households lost power during the storm on Tuesday, the grid operator said.",
      ),
    ),
    [{ values: ['62 percent', 'A quarter'], confidence: 'high' }],
  );
});

test('a card title is not cut at the comma inside a figure ("6,000")', () => {
  const t = 'The fire forced 6,000 residents from their homes on Tuesday night, officials said.';
  const at = t.indexOf('Tuesday');
  assert.equal(aboutText({ start: at, end: at + 7, sentence: { start: 0, text: t } }), 'The fire forced 6,000 residents from their homes on Tuesday night');
  const u = 'Officials said 12 people died when the blaze reached 1,200 homes near Harlow.';
  assert.equal(aboutText({ start: 15, end: 17, sentence: { start: 0, text: u } }), 'Officials said 12 people died when the blaze reached 1,200 homes near Harlow');
  // A real clause comma still ends the title.
  const v = 'After the storm passed, 300 people returned home on Friday, the mayor said.';
  const f = v.indexOf('300');
  assert.equal(aboutText({ start: f, end: f + 3, sentence: { start: 0, text: v } }), '300 people returned home on Friday');
});

test('figures each credited to its own source ("according to the rebels" / "according to the army") name no outlier and are only possible', () => {
  const story = buildDossier(
    [
      'At least 30 soldiers were killed in the attack on the garrison on Sunday, according to the rebels.',
      'At least 12 soldiers were killed in the attack on the garrison on Sunday, according to the army.',
      'At least 12 soldiers were killed in the attack on the garrison on Sunday, according to the defence ministry.',
    ].map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-02', t)),
  ).dossier.conflicts.filter((c) => c.kind === 'number');
  assert.equal(story.length, 1);
  assert.equal(story[0].confidence, 'possible');
  assert.deepEqual(story[0].outliers, []);
  assert.match(story[0].why, /credited to its own source \(“rebels” for “At least 30”/);
  // One source in both (or none named in particular): the card stays sure, with its outlier.
  const one = buildDossier(
    [
      'The blast killed 12 people and injured 40 others, the health ministry said on Monday.',
      'The blast killed 12 people and injured 41 others, the health ministry said on Monday.',
      'The blast killed 12 people and injured 41 others, the ministry said on Monday.',
    ].map((t, i) => article(`a${i + 1}`, OUTLETS[i], '2026-03-02', t)),
  ).dossier.conflicts.filter((c) => c.kind === 'number');
  assert.deepEqual(one.map((c) => [c.confidence, c.outliers]), [['high', ['a1']]]);
});

test("a relative's age (\"his 43-year-old wife\") is another person's than \"the 45-year-old suspect\"", () => {
  assert.deepEqual(
    numbers(
      cards(
        'The 45-year-old suspect was arrested at his home in Brell on Friday, police said.',
        'His 43-year-old wife was arrested at his home in Brell on Friday, police said.',
        'The 45-year-old suspect was arrested at his home in Brell on Friday, officers said.',
      ),
    ),
    [],
  );
  // One relation in both sentences is one person: still a card.
  assert.deepEqual(
    numbers(
      cards(
        'His 43-year-old wife was arrested at their home in Brell on Friday, police said.',
        'His 45-year-old wife was arrested at their home in Brell on Friday, police said.',
        'His 43-year-old wife was arrested at their home in Brell on Friday, officers said.',
      ),
    ),
    [{ values: ['43-year-old', '45-year-old'], confidence: 'high' }],
  );
});

test('figures of two kinds never disagree: a demand and an outcome, the size of a move and where it ended', () => {
  assert.deepEqual(
    numbers(
      cards(
        'Prosecutors had sought a sentence of 21 years for Oren Tal, who was convicted of fraud in March.',
        'The judge sentenced Oren Tal to 12 years in prison on Tuesday for the fraud he was convicted of in March.',
        'Judge Mara Ilse sentenced Oren Tal to 12 years in prison on Tuesday for fraud.',
      ),
    ),
    [],
  );
  assert.deepEqual(
    numbers(
      cards(
        'Unemployment in Marrow rose 5 percent last year, the statistics office said on Monday.',
        'Unemployment in Marrow rose to 12 percent last year, the statistics office said on Monday.',
        'Unemployment in Marrow rose to 12 percent last year, the office said on Monday.',
      ),
    ),
    [],
  );
  // Two outcomes, or two levels, still disagree.
  assert.deepEqual(
    numbers(
      cards(
        'The judge sentenced Oren Tal to 21 years in prison on Tuesday for the fraud he was convicted of in March.',
        'The judge sentenced Oren Tal to 12 years in prison on Tuesday for the fraud he was convicted of in March.',
        'The judge sentenced Oren Tal to 12 years in prison on Tuesday for fraud, court records show.',
      ),
    ).map((c) => c.values),
    [['12 years', '21 years']],
  );
  assert.deepEqual(
    numbers(
      cards(
        'Unemployment in Marrow rose to 9 percent last year, the statistics office said on Monday.',
        'Unemployment in Marrow rose to 12 percent last year, the statistics office said on Monday.',
        'Unemployment in Marrow rose to 12 percent last year, the office said on Monday.',
      ),
    ).map((c) => c.values),
    [['12 percent', '9 percent']],
  );
});

test('two dates under two verbs neither sentence shares date two acts ("proposed … in January" / "passed … on Thursday")', () => {
  const dates = (cs: Conflict[]): string[][] => cs.filter((c) => c.kind === 'date').map((c) => c.claims.map((cl) => cl.value).sort());
  assert.deepEqual(
    dates(
      cards(
        'The governor proposed a $14 billion budget for the schools in January, the paper reported.',
        'The Senate passed an $18 billion budget for the schools on Thursday, the paper reported.',
        'The Senate passed an $18 billion budget for the schools on Thursday, lawmakers said.',
      ),
    ),
    [],
  );
  // One act dated two ways is still a card.
  assert.deepEqual(
    dates(
      cards(
        'The Senate passed an $18 billion budget for the schools in January, the paper reported.',
        'The Senate passed an $18 billion budget for the schools in February, the paper reported.',
        'The Senate passed an $18 billion budget for the schools in February, lawmakers said.',
      ),
    ),
    [['February', 'January']],
  );
});

test('two measured things ("winds of 120" / "gusts of 150") or two scorers ("Orlen scored 12" / "Tarsk scored 21") are no card', () => {
  assert.deepEqual(
    numbers(
      cards(
        'The storm hit the coast near Marrow on Tuesday with winds of 120 km/h, forecasters said.',
        'The storm hit the coast near Marrow on Tuesday with gusts of 150 km/h, forecasters said.',
        'The storm hit the coast near Marrow on Tuesday with winds of 120 km/h, the weather office said.',
      ),
    ),
    [],
  );
  assert.deepEqual(
    numbers(
      cards(
        'Orlen scored 12 points in the final quarter to beat Tarsk on Sunday.',
        'Tarsk scored 21 points in the final quarter but lost to Orlen on Sunday.',
        'Orlen scored 12 points in the final quarter to beat Tarsk 88-80 on Sunday.',
      ),
    ),
    [],
  );
  // One measured thing, one scorer: still cards.
  assert.deepEqual(
    numbers(
      cards(
        'The storm hit the coast near Marrow on Tuesday with winds of 120 km/h, forecasters said.',
        'The storm hit the coast near Marrow on Tuesday with winds of 150 km/h, forecasters said.',
        'The storm hit the coast near Marrow on Tuesday with winds of 150 km/h, the weather office said.',
      ),
    ).map((c) => c.values),
    [['120 km/h', '150 km/h']],
  );
  assert.deepEqual(
    numbers(
      cards(
        'Orlen scored 12 points in the final quarter to beat Tarsk on Sunday.',
        'Orlen scored 21 points in the final quarter to beat Tarsk on Sunday.',
        'Orlen scored 21 points in the final quarter to beat Tarsk 88-80 on Sunday.',
      ),
    ).map((c) => c.values),
    [['12', '21']],
  );
});

test('a birthplace or a place of residence is not where the reported act happened', () => {
  const places = (cs: Conflict[]): string[][] => cs.filter((c) => c.kind === 'place').map((c) => c.claims.map((cl) => cl.value).sort());
  assert.deepEqual(
    places(
      cards(
        'Ilse Varo, who was born in Karvik in 1931, died on March 3 at her home, her family said.',
        'Ilse Varo died on March 3 at her home in Orlen, her family said. She was born in 1934.',
        'Ilse Varo died on March 3 at her home in Orlen, her publicist said.',
      ),
    ),
    [],
  );
  // Two places of the death itself still disagree.
  assert.deepEqual(
    places(
      cards(
        'Ilse Varo died on March 3 at her home in Karvik, her family said.',
        'Ilse Varo died on March 3 at her home in Orlen, her family said.',
        'Ilse Varo died on March 3 at her home in Orlen, her publicist said.',
      ),
    ),
    [['Karvik', 'Orlen']],
  );
});
