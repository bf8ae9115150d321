/**
 * Entity defects of session 17's unseen reading, reproduced on invented text (src/annotate/
 * mentions.ts, src/compare/entities/entities.ts, src/compare/entities/framing.ts): a place in a capitals
 * dateline typed a body; a place typed a person by one report and a place by another; a domain
 * noun before a title shown as an epithet. Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../src/compare/entities/entities.js';
import { buildFraming } from '../src/compare/entities/framing.js';
import { entityAt, read } from './helpers/entities.js';

test('a place in a capitals dateline is a place', () => {
  const a = read('a1', 'MARREN BAY — Firefighters contained a brush fire on Sunday.\n\nHALVERTON (AP) — The county closed two roads.');
  const at = (w: string) => a.mentions.find((m) => m.start === a.text.indexOf(w));
  assert.equal(at('MARREN BAY')?.type, 'place');
  assert.equal(at('HALVERTON')?.type, 'place');
  // (A Reuters headline's topic line goes on in capitals: no dateline.)
  const h = read('h1', 'MARREN BAY - RESULTS FOR THE YEAR\n\nThe company reported a profit.');
  assert.notEqual(h.mentions.find((m) => m.start === 0)?.type, 'place');
  // (A capitals credit is no dateline place: "AP" stays the agency.)
  const b = read('b1', 'AP — Firefighters contained a brush fire on Sunday.');
  assert.notEqual(b.mentions.find((m) => m.text === 'AP')?.type, 'place');
});

test('a name typed a person in one report and a place in another, with nothing showing a person, is the place', () => {
  const arts = [
    read('a1', 'He spent his last years there, and later visited Dunmore Springs, according to relatives.'),
    read('a2', 'Officials in Dunmore Springs declined to comment on Monday.'),
  ];
  const ents = buildEntities(arts);
  const id = entityAt(ents, arts, 'a2', 'Dunmore Springs');
  assert.ok(id);
  const e = ents.get(id)!;
  // Only meaningful when the tagger did type the first a person, as it does today.
  const first = arts[0].mentions.find((m) => m.text === 'Dunmore Springs');
  if (first?.type === 'person' && e.articles.length === 2) assert.equal(e.type, 'place');
  else assert.notEqual(e.type, 'person');
});

test('a domain noun before a title is no epithet of the person', () => {
  const arts = [
    read('a1', 'The inmate died on Monday, prison spokeswoman Lena Marsh said. Marsh said an inquiry had begun.'),
    read('a2', 'The inmate died on Monday, said Lena Marsh, a spokeswoman for the prison.'),
  ];
  const rows = buildFraming(arts, buildEntities(arts));
  const marsh = rows.find((f) => f.name === 'Lena Marsh');
  assert.ok(!marsh || !marsh.labels.some((l) => l.label === 'prison'), JSON.stringify(marsh?.labels));
});

test('a lone first word of the person its article named in full, typed a body by the tagger, is that person; not a town after a comma', () => {
  const a = read('a1', 'Agency chief Tekle Amanuel Berhe spoke to reporters on Monday. Tekle cited his experience as a laboratory technician. The lab is in Harlow Vale, Tekle.');
  // The tagger types such a lone word a body in some documents (AllSides dev 5859): as it did.
  const at = (nth: number) => {
    let i = a.text.indexOf('Tekle');
    for (let k = 0; k < nth; k++) i = a.text.indexOf('Tekle', i + 1);
    return i;
  };
  const mentions = a.mentions
    .filter((m) => m.start !== at(1) && m.start !== at(2))
    .concat([
      { start: at(1), end: at(1) + 5, text: 'Tekle', type: 'organization' as const, role: null },
      { start: at(2), end: at(2) + 5, text: 'Tekle', type: 'organization' as const, role: null },
    ])
    .sort((x, y) => x.start - y.start);
  const arts = [{ ...a, mentions }];
  const ents = buildEntities(arts);
  const him = ents.at('a1', at(0), at(0) + 5);
  assert.ok(him);
  assert.equal(ents.at('a1', at(1), at(1) + 5), him);
  assert.notEqual(ents.at('a1', at(2), at(2) + 5), him);
});

test('a name the story writes with a company designator is that company where another report writes it bare', () => {
  const arts = [
    read('a1', 'Harlan Voss said on Tuesday it would cut the price of its insulin pens by half.'),
    read('a2', 'Harlan Voss and Co. said it would cut prices from next month.'),
    read('a3', 'The drug was approved in 2019, Dr. Mira Voss said on Tuesday.'),
  ];
  const ents = buildEntities(arts);
  const company = entityAt(ents, arts, 'a2', 'Harlan Voss and Co.');
  assert.ok(company);
  assert.equal(entityAt(ents, arts, 'a1', 'Harlan Voss'), company);
  assert.equal(ents.get(company)!.type, 'organization');
  assert.notEqual(entityAt(ents, arts, 'a3', 'Mira Voss'), company);
});

test('"and Co." after a lone surname is the man and his circle, not a company', () => {
  const a = read('a1', 'The report praised the work of Dr. Mira Voss. Critics say Voss and Co. have ignored the data.');
  const m = a.mentions.find((x) => x.start === a.text.indexOf('Voss and'));
  assert.ok(!m || (m.text === 'Voss' && m.type !== 'organization'), JSON.stringify(m));
});

test("a town named like a person of its report stays the town: its dateline and its police (session 23's unseen reading)", () => {
  // Invented: the spokesman shares the town's name.
  const arts = [
    read('a1', 'TARLOWE, N.J. (AP) — A police officer was shot and wounded early Saturday in Tarlowe, police said.\n\n"He is in stable condition," said police spokesman Dell Tarlowe. Tarlowe said the officer was hit in the leg.'),
    read('a2', 'TARLOWE, N.J. — A Tarlowe police officer was wounded by gunfire on Saturday morning.\n\nPolice spokesman Dell Tarlowe said the officer was expected to recover. Tarlowe declined to name the officer.'),
  ];
  const ents = buildEntities(arts);
  const person = entityAt(ents, arts, 'a1', 'Dell Tarlowe');
  assert.ok(person);
  assert.equal(ents.get(person)!.type, 'person');
  // The datelines and "Tarlowe police" are the town, not the spokesman.
  for (const [id, text] of [['a1', 'TARLOWE'], ['a2', 'TARLOWE'], ['a2', 'Tarlowe police']] as const) {
    const e = entityAt(ents, arts, id, text.split(' ')[0]);
    assert.ok(e, `${text} in ${id}`);
    assert.notEqual(e, person, `${text} in ${id}`);
    assert.equal(ents.get(e!)!.type, 'place', `${text} in ${id}`);
  }
  const police = arts[1].mentions.find((m) => m.start === arts[1].text.indexOf('Tarlowe police'));
  assert.equal(police?.type, 'place');
  // The bare surname after the spokesman's full name is still the spokesman.
  assert.equal(entityAt(ents, arts, 'a1', 'Tarlowe said'.split(' ')[0], 2), person);
});

test('a person named before a police compound that another noun heads stays the person ("the Velder police plan")', () => {
  // Invented: "police" is no place cue where a policy or event noun heads the compound; the
  // person's later bare surname must not become a place by one sense per discourse.
  const a = read('a1', 'Senator Mara Velder spoke on Tuesday. Critics said the Velder police plan was weak. Velder said on Wednesday that she would defend it.\n\nA Dornholt police officer was hurt, and Dornholt police said a man was held.');
  const at = (w: string) => a.mentions.find((m) => m.start === a.text.indexOf(w));
  assert.notEqual(at('Velder police plan')?.type, 'place');
  assert.equal(at('Velder said')?.type, 'person');
  // "police" heading its phrase, or a member of the force after it, still makes the town.
  assert.notEqual(at('Dornholt police officer')?.type, 'person');
  assert.equal(at('Dornholt police said')?.type, 'place');
});
