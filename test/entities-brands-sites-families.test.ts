/**
 * Entity types and merges the last reading of unseen stories got wrong, each reproduced on
 * invented text (src/compare/entities/entities.ts, src/annotate/mentions.ts): a maker's name
 * joined to a person of its report who shares it as a given name; a company's initials read off
 * its legal designator ("GMC" as "General Motors Corp."); a site named for its place typed a
 * person by its first word ("Abu … prison"). Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../src/compare/entities/entities.js';
import { entityAt, read } from './helpers/entities.js';

test('a maker named alone is not the person of its report who shares the name as a given name', () => {
  const arts = [
    read('a1', 'Mercedes Okonta, a spokeswoman for the road safety agency, said the sedans were unsafe. Mercedes recalled 40,000 vehicles on Monday after the agency\'s report.'),
    read('a2', 'Mercedes recalled 40,000 sedans over faulty airbags, the carmaker said on Monday.'),
  ];
  const ents = buildEntities(arts);
  const person = entityAt(ents, arts, 'a1', 'Mercedes Okonta');
  const maker = entityAt(ents, arts, 'a2', 'Mercedes');
  assert.ok(person && maker);
  assert.notEqual(entityAt(ents, arts, 'a1', 'Mercedes recalled'), person);
  assert.equal(entityAt(ents, arts, 'a1', 'Mercedes recalled'), maker);
  assert.equal(ents.get(maker)!.type, 'organization');
  // The mention itself is the maker's where the tagger reads it so ("Shares of Mercedes fell"),
  // not turned into the person by its given name.
  const shares = read('c1', 'Mercedes Okonta, a spokeswoman for the road safety agency, said the sedans were unsafe. Shares of Mercedes fell 3 percent on Monday.');
  const at = shares.text.indexOf('Mercedes fell');
  assert.notEqual(shares.mentions.find((m) => m.start <= at && at < m.end)?.type, 'person');
  // (A given name that is no maker's still names its person: "Eamon said" after "Eamon Varsky".)
  const named = [read('b1', 'Eamon Varsky, 19, was rescued from the river on Sunday. Eamon said he had been swimming alone.')];
  const e2 = buildEntities(named);
  assert.equal(entityAt(e2, named, 'b1', 'Eamon said'), entityAt(e2, named, 'b1', 'Eamon Varsky'));
});

test('a given name the vectors place among brands is still its person where it speaks as one', () => {
  // "Levi" sits near "company" and "brand" in the word vectors (a maker of jeans), but "Levi said"
  // and "Levi told reporters that he …" after "Levi Marsh" are the man: left apart, his quote
  // under "Levi" and another outlet's under "Marsh" made a false different-speakers card.
  const arts = [read('a1', 'Levi Marsh, a fisherman from Eastport, spent two days adrift. Levi told reporters on Monday that he survived on rainwater. "I prayed every night," Levi said.')];
  const ents = buildEntities(arts);
  const person = entityAt(ents, arts, 'a1', 'Levi Marsh');
  assert.equal(entityAt(ents, arts, 'a1', 'Levi told'), person);
  assert.equal(entityAt(ents, arts, 'a1', 'Levi said'), person);
});

test('initials that spell a company\'s legal designator are not the company without a pairing', () => {
  const arts = [
    read('a1', 'Halvard Steel Corp. said on Tuesday it would cut 5,000 jobs. Halvard Steel shares fell 3 percent.'),
    read('a2', 'HSC will stop making the Ranger pickup at its plant, the brand said. HSC dealers were told on Monday.'),
  ];
  const ents = buildEntities(arts);
  assert.notEqual(entityAt(ents, arts, 'a2', 'HSC will'), entityAt(ents, arts, 'a1', 'Halvard Steel Corp.'));
  // Initials of the name itself still join it ("HSW" of "Halvard Steel Works Corp.").
  const works = [
    read('b1', 'Halvard Steel Works Corp. said on Tuesday it would cut 5,000 jobs.'),
    read('b2', 'HSW will close its mill in the valley, the company said.'),
  ];
  const e2 = buildEntities(works);
  assert.equal(entityAt(e2, works, 'b2', 'HSW'), entityAt(e2, works, 'b1', 'Halvard Steel Works Corp.'));
  // And a report that pairs the designator's initials itself joins them.
  const paired = [read('c1', 'Halvard Steel Corp. (HSC) cut 5,000 jobs on Tuesday. HSC shares fell.')];
  const e3 = buildEntities(paired);
  assert.equal(entityAt(e3, paired, 'c1', 'HSC shares'), entityAt(e3, paired, 'c1', 'Halvard Steel Corp.'));
});

test('a site named for its place is a place, not a person read off its first word', () => {
  const arts = [
    read('a1', 'Guards abused detainees at Abu Kharim prison in 2004, investigators said. The Abu Kharim scandal shook the ministry.'),
    read('a2', 'Photos from Abu Kharim showed detainees being abused. Abu Kharim lies west of the capital.'),
  ];
  const ents = buildEntities(arts);
  const id = entityAt(ents, arts, 'a2', 'Abu Kharim');
  assert.ok(id);
  assert.equal(entityAt(ents, arts, 'a1', 'Abu Kharim'), id);
  assert.equal(ents.get(id)!.type, 'place');
  // A name with a title stays the person it names, a site noun after another of its mentions notwithstanding.
  const titled = [read('b1', 'Gen. Abu Kharim visited the troops on Monday. Abu Kharim prison guards met him.')];
  const e2 = buildEntities(titled);
  const gen = entityAt(e2, titled, 'b1', 'Abu Kharim');
  assert.ok(gen);
  assert.equal(e2.get(gen)!.type, 'person');
});

test('an airport named for the person the story is about leaves the person a person', () => {
  // "His plane landed at Omar Valdan airport": the site's noun after one mention typed the whole
  // entity a place, the dead leader with it; "Omar Valdan died …. His …" shows the person.
  const arts = [read('a1', 'Mourners lined the road on Monday as the body of Omar Valdan was flown home. Omar Valdan died in a clinic abroad on Friday at the age of 81. His plane landed at Omar Valdan airport shortly after noon.')];
  const ents = buildEntities(arts);
  const id = entityAt(ents, arts, 'a1', 'Omar Valdan died');
  assert.ok(id);
  assert.equal(ents.get(id)!.type, 'person');
});
