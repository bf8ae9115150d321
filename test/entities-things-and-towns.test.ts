/**
 * Names of things and towns read by their construction (src/annotate/mentions.ts,
 * src/compare/entities/entities.ts): a classifying noun right before a name ("the comet X",
 * "Jupiter's moon X", "the film X"), an apposition closed by a participle phrase ("X, a comet
 * discovered in …"), a given name after an article ("won the Oscar") that is no person and no
 * first name of the boy the story names in full, and the constructions only a settlement fills
 * ("residents of X", "X's mayor", "X, a town of …"). Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

const typeOf = (a: AnnotatedArticle, name: string, from = 0): string | undefined => a.mentions.find((m) => m.text === name && m.start >= from)?.type;
const list = (a: AnnotatedArticle): string => a.mentions.map((m) => `${m.text}/${m.type}`).join(', ');

test('a classifying noun right before a name says it is no person', () => {
  const t = 'Astronomers said on Tuesday that the comet Vestrand will pass close to the Earth next month. Vestrand was first seen in January.';
  const a = read('a1', t);
  assert.notEqual(typeOf(a, 'Vestrand'), 'person', list(a));
  assert.notEqual(typeOf(a, 'Vestrand', t.indexOf('Vestrand was')), 'person', list(a));
  // A noun of places and natural objects after a possessive overrides a body's type too, in the
  // name's other mentions as well.
  const t2 = "The probe reached Jupiter's moon Orvane in 1996. Orvane is the most volcanic body in the solar system, said Mara Lint, a scientist.";
  const b = read('a2', t2);
  assert.equal(typeOf(b, 'Orvane'), 'place', list(b));
  assert.equal(typeOf(b, 'Orvane', t2.indexOf('Orvane is')), 'place', list(b));
  assert.equal(typeOf(b, 'Mara Lint'), 'person', list(b));
});

test('a verb between a subject and a name is no classifying noun', () => {
  // "little" and "remains" are nouns too, but here a verb's object and a verb: the names stay people.
  const t = 'Ivo Marrek, 9, watched from the quay. The men passed little Ivo between boats. Ivo said he was not afraid.';
  const a = read('a1', t);
  assert.equal(typeOf(a, 'Ivo', t.indexOf('Ivo between')), 'person', list(a));
  assert.equal(typeOf(a, 'Ivo', t.indexOf('Ivo said')), 'person', list(a));
  const t2 = "The Harbour Corps was founded by President Marrek in 1961. The Harbour Corps remains Marrek's proudest work, said Lena Ost. Marrek's plan was popular.";
  const b = read('a2', t2);
  assert.equal(typeOf(b, 'Marrek', t2.indexOf("Marrek's proudest")), 'person', list(b));
});

test('an apposition closed by a participle phrase names what the name is', () => {
  const t = 'The town held a parade on Wednesday after the movie won a prize. Vestrand, a comet discovered in January, was visible over the bay. Tomas Grez said the parade drew 3,000 people.';
  const a = read('a1', t);
  assert.notEqual(typeOf(a, 'Vestrand'), 'person', list(a));
  // A participle that premodifies the real head ("a town planning official") closes nothing.
  const t2 = 'Halvard Mensk, a town planning official, said the bay was closed. Mensk said boats were moved.';
  const b = read('a2', t2);
  assert.equal(typeOf(b, 'Halvard Mensk'), 'person', list(b));
});

test('a given name after an article is a thing named after someone, not the boy of the story', () => {
  const t1 =
    'Oscar Munoz, 9, watched the ceremony at the cinema on Sunday. The film, shot in the town last year, won the Oscar for best foreign film. Oscar said he wanted to make films too. His mother said the Oscar ceremony ended late.';
  const t2 = 'Oscar Munoz, a nine-year-old, watched the film win an Oscar. The boy said he would be an actor. Oscar had not slept, his mother said.';
  const a1 = read('a1', t1);
  const a2 = read('a2', t2);
  assert.notEqual(typeOf(a1, 'Oscar', t1.indexOf('the Oscar for')), 'person', list(a1));
  assert.notEqual(typeOf(a2, 'Oscar', t2.indexOf('an Oscar')), 'person', list(a2));
  const { entities } = buildEntities([a1, a2]);
  const boy = entities.find((e) => e.name === 'Oscar Munoz');
  assert.ok(boy, entities.map((e) => e.name).join(', '));
  const at = (a: string, pos: number): boolean => boy.mentions.some((m) => m.article === a && m.start === pos);
  // The boy keeps his own lone first name ("Oscar said he …") …
  assert.ok(at('a1', t1.indexOf('Oscar said')), JSON.stringify(boy.mentions));
  assert.ok(at('a2', t2.indexOf('Oscar had')), JSON.stringify(boy.mentions));
  // … and never the award's.
  assert.ok(!at('a1', t1.indexOf('Oscar for')), JSON.stringify(boy.mentions));
  assert.ok(!at('a1', t1.indexOf('Oscar ceremony')), JSON.stringify(boy.mentions));
  assert.ok(!at('a2', t2.indexOf('Oscar.')), JSON.stringify(boy.mentions));
});

test('a surname after an article stays its person', () => {
  // "the Pelham campaign": a surname premodifying a noun is that person, whom the article names.
  const t = 'Marta Pelham announced her bid on Monday. The Pelham campaign said it raised $2 million. Pelham said she would win.';
  const a = read('a1', t);
  assert.equal(typeOf(a, 'Pelham', t.indexOf('Pelham campaign')), 'person', list(a));
});

test('constructions only a settlement fills make a town a place, in all its mentions', () => {
  const t =
    "The waves came at night. Many residents of Talcuvano said they had no warning. Talcuvano's mayor said 200 homes were lost, and Talcuvano asked for help. Costanilla, a fishing town of 46,000, lost its bridge.";
  const a = read('a1', t);
  for (const pos of [t.indexOf('Talcuvano said'), t.indexOf("Talcuvano's"), t.indexOf('Talcuvano asked')]) {
    const m = a.mentions.find((x) => x.start === pos);
    assert.equal(m?.type, 'place', `${pos}: ${list(a)}`);
  }
  assert.equal(typeOf(a, 'Costanilla'), 'place', list(a));
  // The second of two coordinated settlements too.
  const t2 = 'Residents of Pelluvar and nearby Curanda said the sea rose fast.';
  const b = read('a2', t2);
  assert.equal(typeOf(b, 'Curanda'), 'place', list(b));
  // Never a person the article names in full ("Mayor of …" is no settlement noun for a person).
  const t3 = 'Ilse Varga, the city planner, spoke on Monday. Supporters of Varga said the plan was sound. Varga said residents of the port agreed.';
  const c = read('a3', t3);
  assert.equal(typeOf(c, 'Varga', t3.indexOf('Varga said')), 'person', list(c));
});

test('a name after a classifying noun that its own verb follows is a contact clause’s subject, a person', () => {
  // "the house Moreau sold": an irregular past after the name is the verb of a relative clause
  // with no "that"; the noun classifies what the person sold.
  const t = 'Moreau said the tax was fair. It was the house Moreau sold in 1990 that drew attention.';
  const a = read('a1', t);
  assert.equal(typeOf(a, 'Moreau'), 'person', list(a));
  assert.equal(typeOf(a, 'Moreau', t.indexOf('Moreau sold')), 'person', list(a));
  // A noun of time heads such a clause as its usual construction ("the night X was elected").
  const t2 = 'Moreau said the tax was fair. On the night Moreau was elected, crowds gathered.';
  const b = read('a2', t2);
  assert.equal(typeOf(b, 'Moreau'), 'person', list(b));
  assert.equal(typeOf(b, 'Moreau', t2.indexOf('Moreau was')), 'person', list(b));
});

test('a settlement noun inside a phrase describing a person does not make the person a town', () => {
  const t = 'Desta, a teacher in the city where she grew up, spoke at the rally. “We are tired,” said Desta.';
  const a = read('a1', t);
  assert.notEqual(typeOf(a, 'Desta'), 'place', list(a));
  assert.notEqual(typeOf(a, 'Desta', t.indexOf('said Desta') + 5), 'place', list(a));
  const t2 = 'Mandela, a leader in the town of Qunu, was honoured on Sunday.';
  const b = read('a2', t2);
  assert.notEqual(typeOf(b, 'Mandela'), 'place', list(b));
});
