/**
 * Names read by their construction (src/annotate/mentions.ts, src/compare/entities/entities.ts):
 * a person's name with a lower-case particle inside is one name ("… Lula da Silva"), a court
 * case's "X v. Y" is one name and no person, a storm named with its classifier ("Hurricane X")
 * is no person in any of its mentions, a lone name the article places is a place throughout
 * ("left Lesbos … Lesbos has received"), a title after a close classifier of works ("the film X")
 * is no body, and "X state" is another place than the bare "X". Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

const list = (a: AnnotatedArticle): string => a.mentions.map((m) => `${m.text}/${m.type}`).join(', ');
const typesOf = (a: AnnotatedArticle, name: string): string[] => a.mentions.filter((m) => m.text === name).map((m) => m.type);

test('a name particle the tagger cut at stays inside the person’s name', () => {
  const a = read('a1', 'Vellandian President Renato Ivo Lula da Marra said on Monday the plan would go ahead. Da Marra spoke in the capital.');
  assert.ok(a.mentions.some((m) => m.text === 'Renato Ivo Lula da Marra' && m.type === 'person'), list(a));
  // Across articles: the bare surname of the president's own article is his, not the other
  // Marra's whom a second article introduces in full.
  const b = read('a2', 'Police said Gilvan Osmar da Marra, 40, was arrested on Tuesday. Mr. Marra denied the charges. Marra was released later.');
  const c = read('a3', 'Renato Ivo Lula da Marra met union leaders on Wednesday. "We are ready," da Marra said.');
  const ents = buildEntities([a, b, c]).entities;
  const president = ents.find((e) => e.name === 'Renato Ivo Lula da Marra');
  const other = ents.find((e) => e.name === 'Gilvan Osmar da Marra');
  assert.ok(president && other, ents.map((e) => e.name).join(', '));
  assert.ok(president.mentions.some((m) => m.article === 'a3' && c.text.slice(m.start, m.end) === 'Marra'), JSON.stringify(president.mentions));
  assert.ok(other.mentions.every((m) => m.article === 'a2'), JSON.stringify(other.mentions));
});

test('a court case named "X v. Y" is one name and no person', () => {
  const a = read('a1', 'The justices overturned Harlow v. Brenner on Friday, ending a right recognised in 1973. Lena Ost, a lawyer, said the ruling was expected.');
  assert.deepEqual(typesOf(a, 'Harlow v. Brenner'), ['other'], list(a));
  assert.ok(!a.mentions.some((m) => m.text === 'Brenner' || m.text === 'Harlow'), list(a));
  // Not "vs." (AP style writes it for games: two teams).
  const b = read('a2', 'Fans watched Vellmark vs. Osterby on Sunday.');
  assert.ok(!b.mentions.some((m) => /vs\./.test(m.text)), list(b));
});

test('a storm named with its classifier is no person in any of its mentions', () => {
  const t = 'The island was hit by Hurricane Maria in 2017. Maria killed hundreds as the hurricane crossed it, said Anton Grez, an official.';
  const a = read('a1', t);
  assert.ok(a.mentions.filter((m) => /Maria/.test(m.text)).length === 2, list(a));
  assert.ok(a.mentions.filter((m) => /Maria/.test(m.text)).every((m) => m.type === 'other'), list(a));
  assert.deepEqual(typesOf(a, 'Anton Grez'), ['person'], list(a));
  // A given name that is also an everyday noun opens a person's name ("Grace", "Chase").
  // Nor a nickname before a surname ("Wolf Blitzer", "Magic Johnson").
  const c = read('a3', 'Wolf Brantley, a television host, said on Monday the storm was over. Magic Johnson said so too.');
  assert.equal(typesOf(c, 'Wolf Brantley')[0], 'person', list(c));
  assert.equal(typesOf(c, 'Magic Johnson')[0], 'person', list(c));
  const b = read('a2', 'Chase Vellan and Grace Ostrow arrived on Monday. Vellan said the storm was over.');
  assert.notEqual(typesOf(b, 'Grace Ostrow')[0], 'other', list(b));
  assert.notEqual(typesOf(b, 'Chase Vellan')[0], 'other', list(b));
});

test('a lone name the article places is the place throughout', () => {
  const t = 'The ferry left Velmos on Monday. Velmos has received 5,000 migrants this year, officials said.';
  const a = read('a1', t);
  assert.deepEqual(typesOf(a, 'Velmos'), ['place', 'place'], list(a));
  // "the island of X" places the name like "the town of X".
  const b = read('a2', 'Rescuers reached the isle of Marvena. Marvena has received 5,000 migrants this year.');
  assert.deepEqual(typesOf(b, 'Marvena'), ['place', 'place'], list(b));
  // A person the article names in full keeps the bare surname ("in Houston" and "Marcus Houston").
  const c = read('a3', 'Marcus Velmont was born in Velmont. Velmont said he would return.');
  assert.equal(typesOf(c, 'Velmont').at(-1), 'person', list(c));
});

test('a close classifier of works makes a title no body in any of its mentions', () => {
  const a = read('a1', 'Critics praised the film Vestria. Vestria was shot in Chile, said Ana Ruiz.');
  assert.deepEqual(typesOf(a, 'Vestria'), ['other', 'other'], list(a));
  // A classifier of groups leaves the body ("the company X").
  const b = read('a2', 'Analysts praised the company Vellmark. Vellmark employs 900 people.');
  assert.notEqual(typesOf(b, 'Vellmark')[0], 'other', list(b));
});

test('"X state" is another place than the bare name', () => {
  const a = read('a1', 'Officials in Velmont said on Monday that the fires in Velmont state had burned 100,000 acres.');
  const b = read('a2', 'Velmont officials sent aid to the fires, which burned in Velmont state for a week.');
  const ents = buildEntities([a, b]).entities;
  const withState = ents.filter((e) => e.mentions.some((m) => (m.article === 'a1' ? a.text : b.text).slice(m.end, m.end + 1) === '' || /state$/.test((m.article === 'a1' ? a.text : b.text).slice(m.start, m.end))));
  const bare = ents.find((e) => e.mentions.some((m) => m.article === 'a1' && a.text.slice(m.start, m.end) === 'Velmont'));
  assert.ok(bare, ents.map((e) => e.name).join(', '));
  assert.ok(!bare.mentions.some((m) => /state$/.test((m.article === 'a1' ? a.text : b.text).slice(m.start, m.end))), JSON.stringify(bare.mentions));
  assert.ok(withState.length >= 1, ents.map((e) => e.name).join(', '));
});

test('a classifier noun before a given name is no storm where the article shows a person of that name', () => {
  // A person whose first name is a noun of things ("Storm", "Sky"): a title and an age show her.
  const a = read('a1', 'Actress Storm Morgan attended the premiere on Monday. Morgan said the storm of attention was welcome. Storm Morgan, 19, wore a red dress.');
  assert.deepEqual(typesOf(a, 'Storm Morgan'), ['person', 'person'], list(a));
  assert.deepEqual(typesOf(a, 'Morgan'), ['person'], list(a));
  // A storm and a resident who shares its name: the storm's mention is the storm, the resident's
  // bare given name ("Maria said she") stays hers.
  const b = read('a2', 'Hurricane Maria struck the island in 2017. Maria Ortega, a nurse, said the hurricane destroyed her home. Maria said she lost everything.');
  assert.deepEqual(typesOf(b, 'Maria'), ['other', 'person'], list(b));
  // Without such a person the bare name is still the storm throughout.
  const c = read('a3', 'Hurricane Maria struck the island in 2017, and the hurricane left thousands without power. Officials said Maria was the worst storm in a century.');
  assert.deepEqual(typesOf(c, 'Maria'), ['other', 'other'], list(c));
});

test('"X state" before the noun it modifies ("state officials") is the bare place, not another one', () => {
  const a = read('a1', 'Velmont state officials said 12 people died in the floods in Velmont on Monday.');
  const b = read('a2', 'Officials in Velmont said 21 people died. The Velmont state legislature met on Tuesday.');
  const ents = buildEntities([a, b]).entities.filter((e) => e.type === 'place');
  assert.deepEqual(ents.map((e) => e.name), ['Velmont'], JSON.stringify(ents.map((e) => [e.name, e.mentions.length])));
  assert.equal(ents[0].mentions.length, 4);
});
