/**
 * Entity typing and spelling defects found by the last reading of unseen stories, each
 * reproduced on invented text (src/annotate/mentions.ts, src/compare/entities/entities.ts):
 * a number-led company name cut at its number and typed a person; a surname before "the …
 * administration" typed a body; characters of fiction typed bodies or split from their
 * surnames; one company's name spelled three ways not shown as variants of one entity.
 * Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

/** The mention whose text starts at the first occurrence of `at`. */
function mentionAt(a: AnnotatedArticle, at: string): { text: string; type: string } | undefined {
  const i = a.text.indexOf(at);
  return a.mentions.find((m) => m.start <= i && i < m.end);
}

/** The entity holding the first occurrence of `text` in article `id`. */
function entityOf(arts: AnnotatedArticle[], id: string, text: string) {
  const ents = buildEntities(arts);
  const a = arts.find((x) => x.id === id)!;
  const start = a.text.indexOf(text);
  const e = ents.get(ents.at(id, start, start + text.length) ?? '');
  assert.ok(e, `no entity for ${text}`);
  return e;
}

test('a name opened by an ordinal keeps it and is no person', () => {
  const a = read('a1', '31st Orbit Pictures said on Monday that its next film will open in May. Thirty-First Orbit Pictures has spent $90 million, an analyst said. The 9th Circuit heard the case.');
  assert.deepEqual(mentionAt(a, '31st Orbit'), { ...mentionAt(a, '31st Orbit'), text: '31st Orbit Pictures' });
  const fox = read('a2', 'Nineteenth Meridian Fox said on Monday the film opens in May. The studio 19th Meridian Fox declined to comment.');
  const m1 = mentionAt(fox, 'Nineteenth Meridian');
  const m2 = mentionAt(fox, '19th Meridian');
  assert.equal(m1?.text, 'Nineteenth Meridian Fox');
  assert.equal(m2?.text, '19th Meridian Fox');
  assert.notEqual(m1?.type, 'person');
  assert.notEqual(m2?.type, 'person');
  // An edition's number stays out: the meeting or the known body is one whatever the number.
  const ed = read('a4', 'Leaders met at the 9th Coral Sea Economic Summit on Friday. He spoke at the 81st United Nations...');
  assert.equal(mentionAt(ed, 'Coral Sea')?.text, 'Coral Sea Economic Summit');
  assert.equal(mentionAt(ed, 'United Nations')?.text, 'United Nations');
  // A date's ordinal stays out ("May 5th Ortiz …" dates the clause).
  const d = read('a3', 'On May 5th Lena Ortiz resigned.');
  assert.equal(mentionAt(d, 'Lena')?.text, 'Lena Ortiz');
});

test('a number spelled or in digits is one name across reports, shown as a spelling variant', () => {
  const arts = [
    read('a1', 'Nineteenth Meridian Fox said on Monday that its film will open in May, the studio said.'),
    read('a2', 'The studio 19th Meridian Fox said Monday the film opens in May.'),
    read('a3', 'Executives at 19th Meridian-Fox said the film would open in May.'),
  ];
  const e = entityOf(arts, 'a2', '19th Meridian Fox');
  assert.equal(e.type, 'organization');
  const forms = e.aliases.map((al) => al.text).sort();
  assert.deepEqual(forms, ['19th Meridian Fox', '19th Meridian-Fox', 'Nineteenth Meridian Fox']);
  assert.ok(e.aliases.filter((al) => al.text !== e.name).every((al) => al.variant), JSON.stringify(e.aliases));
});

test('a surname before "administration" is the person, and joins the person another report names', () => {
  const a = read('a1', 'The Harrow administration has not commented, and a Harrow campaign spokesman declined to comment.');
  assert.equal(mentionAt(a, 'Harrow administration')?.type, 'person');
  assert.equal(mentionAt(a, 'Harrow campaign')?.type, 'person');
  const arts = [a, read('a2', 'President Dale Harrow signed the order on Monday. Harrow said it would stand.')];
  const e = entityOf(arts, 'a1', 'Harrow administration');
  assert.equal(e.name, 'Dale Harrow');
  assert.equal(e.type, 'person');
  // A pair of names is two people, not one ("the Harrow-Pell administration").
  const pair = read('a4', 'Officials of the Harrow-Pell administration said so. Harrow said it would stand.');
  assert.notEqual(mentionAt(pair, 'Harrow-Pell')?.type, 'person');
  // A body the lexicon knows keeps its type.
  const k = read('a3', 'Officials said the Kremlin administration had no comment.');
  assert.notEqual(mentionAt(k, 'Kremlin')?.type, 'person');
});

test('a character of fiction is a person: a cast role, and a full name whose surname is a person', () => {
  const a = read('a1', "Tavo Quennel is a boy on a desert moon. Rika Danner portrays Tavo Quennel in the film. Orrin's apprentice Tavo wins a pod race.");
  assert.equal(mentionAt(a, 'Tavo Quennel is')?.type, 'person');
  // The lone first name of that person is the person too, not a body.
  assert.equal(mentionAt(a, 'Tavo wins')?.type, 'person');
  const b = read('a2', 'In the film, Elara Voss chases the pirate Dax Morrow across the outer rings. Morrow returns as the villain.');
  assert.equal(mentionAt(b, 'Dax Morrow')?.type, 'person');
  const e = entityOf([b], 'a2', 'Morrow returns');
  assert.deepEqual(e.aliases.map((al) => al.text).sort(), ['Dax Morrow', 'Morrow']);
  // Not a common noun the article writes in lower case ("Permit 26" read as a person alone).
  const p = read('a3', 'The agency issued Nationwide Permit 26 last year. Until now, Permit 26 had allowed the Corps to grant a permit quickly. Nationwide Permit rules changed.');
  assert.notEqual(mentionAt(p, 'Nationwide Permit')?.type, 'person');
});

test('one company written as one word, in camel case and as two words is one entity, every other form a variant', () => {
  const arts = [
    read('a1', 'Quillfilm said on Monday that the new film will open in May. Quillfilm spent $115 million on it, the company said.'),
    read('a2', 'QuillFilm announced Monday that the new film will open in May. A QuillFilm spokesman said the budget was $115 million.'),
    read('a3', 'Quill Film said Monday its new film will open in May, with a budget of $115 million.'),
  ];
  const e = entityOf(arts, 'a3', 'Quill Film');
  assert.equal(e.type, 'organization');
  // Named by a form written as one word, not by the compound written apart.
  assert.ok(!/\s/.test(e.name), e.name);
  assert.deepEqual(e.aliases.map((al) => al.text).sort(), ['Quill Film', 'QuillFilm', 'Quillfilm']);
  assert.ok(e.aliases.filter((al) => al.text !== e.name).every((al) => al.variant), JSON.stringify(e.aliases));
  // A name that is one name word after its particle ("El Varo") is no compound written apart.
  const el = [read('a5', 'Defendant El Varo appeared in court on Monday. El Varo denied the charges.'), read('a6', 'Varo denied the charges, his lawyer said. Varo was calm.')];
  assert.equal(entityOf(el, 'a5', 'El Varo').name, 'El Varo');
  // Two different names never meet so: a person "Dana Quill" is not "Quillfilm".
  const p = [arts[0], read('a4', 'Dana Quill said the film opens in May.')];
  assert.equal(entityOf(p, 'a4', 'Dana Quill').aliases.length, 1);
});

test('a subject and its past verb before a name are no epithet of the name; an adjective in -ed still is', async () => {
  const { buildFraming } = await import('../src/compare/entities/framing.js');
  const labels = (text: string): string[] => {
    const a = read('a1', text);
    return buildFraming([a], buildEntities([a])).flatMap((f) => f.labels.map((l) => `${l.kind}:${l.label}`));
  };
  const got = labels('Marco Tellini owns the ferry line. When a pay dispute forced Tellini to halt the ferries in May, the crews walked out. The hostile bid gave Tellini a headache.');
  assert.ok(!got.some((l) => l.startsWith('epithet:')), got.join(' | '));
  const kept = labels('The vote was close, the disgraced Marco Tellini said on Tuesday.');
  assert.ok(kept.some((l) => l.startsWith('epithet:') && l.includes('disgraced')), kept.join(' | '));
});

test('a company named with and without its designator, and by its first word, is one entity; a foundation is not the company', () => {
  const arts = [
    read('a1', 'Prospective investor Orvane Pacific Airways wants the payroll cut. A regional manager of Orvane said the company would decide soon.'),
    read('a2', 'The carrier is negotiating with Orvane Pacific, which could buy up to 40 percent of it.'),
  ];
  const e = entityOf(arts, 'a2', 'Orvane Pacific');
  assert.deepEqual(e.aliases.map((al) => al.text).sort(), ['Orvane', 'Orvane Pacific', 'Orvane Pacific Airways']);
  const f = [
    read('a3', 'The Brisk Foundation gave $2 million to the school, a spokesman said.'),
    read('a4', 'Brisk said its sales rose. The Brisk Foundation is separate, the company said.'),
  ];
  assert.ok(!entityOf(f, 'a3', 'Brisk Foundation').aliases.some((al) => al.text === 'Brisk'));
});

test('a given name after an ordinal is a placing in a ranked list: the person stays a person', () => {
  const a = read('a5', 'The harbour swim ended: 1st Abner Brennick, 2nd Adalberto Tarrow, 3rd Nineteenth Meridian Fox.');
  const lena = mentionAt(a, 'Abner');
  assert.equal(lena?.text, 'Abner Brennick');
  assert.equal(lena?.type, 'person');
  const marta = mentionAt(a, 'Adalberto');
  assert.equal(marta?.type, 'person');
});

test('a word the article writes as a place elsewhere is no surname before "administration"', () => {
  const a = read('a6', 'The Velmarin administration said on Monday that the ceasefire held. Velmarin forces left the border town of Ostrava on Tuesday, and fighting went on in Velmarin.');
  // (Each lone mention elsewhere keeps the tagger's own reading; the tenure rule adds no surname.)
  assert.notEqual(mentionAt(a, 'Velmarin administration')?.type, 'person');
  const b = read('a7', 'The Ostmark administration said the truce held. Ostmark forces left the town on Tuesday.');
  assert.notEqual(mentionAt(b, 'Ostmark administration')?.type, 'person');
});
