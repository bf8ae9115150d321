/**
 * Place and name conflicts inside one fact (src/compare/conflicts/slots.ts), on invented, hand-annotated
 * reports of a fictional grain-silo fire: a different town or a different office-holder for the
 * same slot is flagged with the spans of each side; spelling variants, an article that names both
 * places, and a town against its country are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict, Dossier as DossierT } from '../src/core/dossier-schema.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';
import { roleKey } from '../src/compare/conflicts/slots.js';
import { renderDossier } from '../src/render/dossier.js';
import { annotated, assertSpansValid } from './helpers/dossier-fixtures.js';

const passThrough = (a: Article): AnnotatedArticle => a as AnnotatedArticle;
const build = (arts: AnnotatedArticle[]): DossierT => buildDossier(arts, { annotate: passThrough }).dossier;
const slotConflicts = (d: DossierT): Conflict[] => d.conflicts.filter((c) => c.kind === 'place' || c.kind === 'name');

type M = [surface: string, type: 'person' | 'place' | 'organization' | 'other', role?: string, nth?: number];

/** One report: the fire sentence (with its place), the role sentence, the arrest sentence, and extra lines. */
function report(id: string, place: string, master: string, suspect: string, extra = '', extraMentions: M[] = [], opening = 'A fire tore through'): AnnotatedArticle {
  const text =
    `${opening} the grain silo at the river port in ${place} late on Sunday, killing four workers.\n\n` +
    `The port's harbour master, ${master}, said the silo had failed an inspection in the spring.\n\n` +
    `Police said ${suspect} was arrested on Monday over the fire at the silo.` +
    (extra ? `\n\n${extra}` : '');
  return annotated({
    id,
    outlet: `Outlet ${id}`,
    published: '2026-05-12',
    text,
    mentions: [[place, 'place'], [master, 'person', "port's harbour master"], [suspect, 'person'], ...extraMentions],
  });
}

/** A second, independently worded report of the fire (a word-for-word copy would count once). */
const reworded = (id: string, place: string, master: string, suspect: string): AnnotatedArticle => report(id, place, master, suspect, '', [], 'Flames swept across');

test('a different town for the same event is a place conflict, citing each side and naming the lone outlet', () => {
  const d = build([report('a1', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), reworded('a2', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), report('a3', 'Dornick', 'Ilse Varo', 'Tomas Brenner')]);
  assertSpansValid(d);
  const places = d.conflicts.filter((c) => c.kind === 'place');
  assert.equal(places.length, 1);
  const c = places[0];
  assert.deepEqual(c.claims.map((cl) => [cl.value, cl.articles]), [['Velmora', ['a1', 'a2']], ['Dornick', ['a3']]]);
  assert.deepEqual(c.outliers, ['a3']);
  const text = new Map(d.articles.map((a) => [a.id, a.text]));
  for (const cl of c.claims) for (const s of cl.spans) assert.equal(text.get(s.article)!.slice(s.start, s.end), cl.value);
  // The conflict sits in the fact that reports the fire, and its words come from that sentence.
  const fact = d.facts.find((f) => f.id === c.facts[0])!;
  assert.match(fact.text, /grain silo/);
  assert.deepEqual(fact.support, ['a1', 'a2', 'a3']);
  assert.match(c.about, /Velmora/);
  // Nothing else disagrees here.
  assert.equal(slotConflicts(d).length, 1);
  assert.equal(c.confidence, 'high');
  assert.match(c.why, /fact f\d+/);
});

test('wire copies count once: two copies of one report against an independent third name no outlier; a third copy of the same text that changed the place is named (conflicts.ts departingCopy)', () => {
  const d = build([report('a1', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), report('a2', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), reworded('a3', 'Dornick', 'Ilse Varo', 'Tomas Brenner')]);
  const places = d.conflicts.filter((c) => c.kind === 'place');
  assert.equal(places.length, 1);
  assert.deepEqual(places[0].outliers, []);
  const copied = build([report('a1', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), report('a2', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), report('a3', 'Dornick', 'Ilse Varo', 'Tomas Brenner')]);
  assert.deepEqual(copied.conflicts.filter((c) => c.kind === 'place').map((c) => c.outliers), [['a3']]);
});

test('the same office held by different people, and the same arrest of different people, are name conflicts', () => {
  const d = build([report('a1', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), report('a2', 'Velmora', 'Anton Reyes', 'Karel Mosk')]);
  assertSpansValid(d);
  const names = d.conflicts.filter((c) => c.kind === 'name');
  assert.deepEqual(names.map((c) => c.claims.map((cl) => cl.value)), [['Ilse Varo', 'Anton Reyes'], ['Tomas Brenner', 'Karel Mosk']]);
  assert.match(names[0].about, /harbour master/);
  assert.match(names[1].about, /arrested/);
  // Two outlets, one each: nobody is singled out.
  for (const c of names) assert.deepEqual(c.outliers, []);
  const a2 = d.articles.find((a) => a.id === 'a2')!.text;
  const reyes = names[0].claims[1].spans[0];
  assert.equal(a2.slice(reyes.start, reyes.end), 'Anton Reyes');
});

test('spelling variants of one town or one person are never a conflict', () => {
  const d = build([report('a1', 'Khalmora', 'Yusuf Demir', 'Sergei Volkov'), report('a2', 'Halmora', 'Youssef Demir', 'Sergey Volkov')]);
  assertSpansValid(d);
  assert.deepEqual(slotConflicts(d), []);
  // They are one entity each, which is why.
  assert.ok(d.entities.some((e) => e.aliases.map((a) => a.text).sort().join('|') === 'Halmora|Khalmora'));
});

test('an article that names both places, or both people, adds detail and is not contradicting', () => {
  const d = build([
    report('a1', 'Velmora', 'Ilse Varo', 'Tomas Brenner'),
    report('a2', 'Dornick', 'Anton Reyes', 'Karel Mosk', 'Dornick lies on the river road out of Velmora; Ilse Varo and Tomas Brenner were also questioned.', [
      ['Velmora', 'place', undefined, 0],
      ['Ilse Varo', 'person', undefined, 0],
      ['Tomas Brenner', 'person', undefined, 0],
    ]),
  ]);
  assertSpansValid(d);
  // At most a possible conflict: both places are known to the article that sets the fire in Dornick.
  assert.deepEqual(slotConflicts(d).filter((c) => c.confidence === 'high'), []);
});

test('a town against its country, or a region, is not a place conflict (containment cannot be ruled out)', () => {
  const country = build([report('a1', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), report('a2', 'Portugal', 'Ilse Varo', 'Tomas Brenner')]);
  assert.deepEqual(slotConflicts(country), []);
  // A known city against a name the lexicon does not know that the story writes as one of its
  // districts ("the Belvarra district"): the city and its district (places-apart.ts).
  const district = build([report('a1', 'Lisbon', 'Ilse Varo', 'Tomas Brenner'), report('a2', 'Belvarra', 'Ilse Varo', 'Tomas Brenner', 'Smoke hung over the Belvarra district.', [['Belvarra', 'place', undefined, 1]])]);
  assert.deepEqual(slotConflicts(district), []);
  // Never marked as a part of a city, it may be another town: a possible card only (session 20).
  const town = build([report('a1', 'Lisbon', 'Ilse Varo', 'Tomas Brenner'), report('a2', 'Belvarra', 'Ilse Varo', 'Tomas Brenner')]);
  assert.deepEqual(slotConflicts(town).map((c) => [c.confidence, c.claims.map((cl) => cl.value).sort()]), [['possible', ['Belvarra', 'Lisbon']]]);
  // Two known cities are comparable.
  const cities = build([report('a1', 'Lisbon', 'Ilse Varo', 'Tomas Brenner'), report('a2', 'Porto', 'Ilse Varo', 'Tomas Brenner')]);
  assert.deepEqual(slotConflicts(cities).map((c) => c.claims.map((cl) => cl.value)), [['Lisbon', 'Porto']]);
});

test('offices compare without epithets and honorifics, but a deputy is not the office-holder', () => {
  assert.equal(roleKey('Veteran harbour master'), 'harbour master');
  assert.equal(roleKey('harbour master'), 'harbour master');
  assert.equal(roleKey('Mr.'), null);
  assert.notEqual(roleKey('Deputy Mayor'), roleKey('Mayor'));
  assert.notEqual(roleKey('Syrian President'), roleKey('Russian President'));
  // Roles many hold at once, or relative to someone, are no single office.
  assert.equal(roleKey('his sister'), null);
  assert.equal(roleKey('police spokesman'), null);
});

test('place and name conflicts render in text and Markdown like the other conflicts', () => {
  const d = build([report('a1', 'Velmora', 'Ilse Varo', 'Tomas Brenner'), reworded('a2', 'Velmora', 'Anton Reyes', 'Tomas Brenner'), report('a3', 'Dornick', 'Ilse Varo', 'Tomas Brenner')]);
  const txt = renderDossier(d, 'text');
  assert.match(txt, /place — about: “[^”]*Velmora[^”]*”/);
  assert.match(txt, /“Dornick”.*likely outlier/);
  assert.match(txt, /name — about: “port's harbour master/);
  const md = renderDossier(d, 'markdown');
  assert.match(md, /### c\d+: place — /);
  assert.match(md, /- “Dornick” .*\*\*likely outlier\*\*/);
});

/** Three reports of one ferry crossing, hand-annotated: a route sentence and a vote sentence each. */
function crossing(id: string, from: string, winner: string, words = 'The ferry sailing', vote = 'With most ballots counted'): AnnotatedArticle {
  const text =
    `${words} from ${from} to Velmora sank on Sunday off the coast of the cape, killing all 31 people on board.\n\n` +
    `${vote}, ${winner} appeared to have won the harbour board vote against the union candidate.`;
  return annotated({ id, outlet: `Outlet ${id}`, published: '2026-05-12', text, mentions: [[from, 'place'], ['Velmora', 'place'], [winner, 'person']] });
}

test('a route\'s origin and the subject of the same verb are slots: "from X to Y", "X appeared to have won"', () => {
  const d = build([
    crossing('a1', 'New Dornick', 'Ilse Varo'),
    crossing('a2', 'New Dornick', 'Ilse Varo', 'Early reports said the old vessel bound', 'In early returns from the port wards'),
    crossing('a3', 'New Halvik', 'Anton Reyes', 'The boat travelling', 'By late evening, after a long count'),
  ]);
  assertSpansValid(d);
  const got = slotConflicts(d).map((c) => [c.kind, c.claims.map((cl) => cl.value), c.outliers]);
  // "New" opens both names: it does not make them one place.
  assert.deepEqual(got, [
    ['place', ['New Dornick', 'New Halvik'], ['a3']],
    ['name', ['Ilse Varo', 'Anton Reyes'], ['a3']],
  ]);
  const place = slotConflicts(d).find((c) => c.kind === 'place')!;
  assert.match(place.why, /where it came from/);
});

test('the subject of a reporting verb, or a name inside another noun phrase ("the son of X appeared"), fills no agent slot', () => {
  const said = (id: string, who: string): AnnotatedArticle =>
    annotated({ id, outlet: `Outlet ${id}`, published: '2026-05-12', text: `After the ferry sank off the cape on Sunday, ${who} said the harbour board would meet on Monday to review the crossing.`, mentions: [[who, 'person']] });
  assert.deepEqual(slotConflicts(build([said('a1', 'Ilse Varo'), said('a2', 'Anton Reyes')])), []);
  const object = (id: string, who: string): AnnotatedArticle =>
    annotated({ id, outlet: `Outlet ${id}`, published: '2026-05-12', text: `On Sunday, the son of ${who} appeared at the cape to thank the crew of the ferry that sank off the point.`, mentions: [[who, 'person']] });
  assert.deepEqual(slotConflicts(build([object('a1', 'Ilse Varo'), object('a2', 'Anton Reyes')])).filter((c) => /who appear/.test(c.why)), []);
});
