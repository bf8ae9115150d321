/**
 * Bare surnames of a family (src/compare/entities/entities.ts): where a story names two people of
 * one surname, an office the article gives the bare surname ("President Varnell") that one of
 * them has never been given, though given another ("Sen. Marisa Varnell"), is not hers; and a
 * bare surname is the one person its paragraph names in full before it who is not introduced as
 * a relative ("One of her daughters, Mira Quillan,"), not the story's most mentioned namesake.
 * Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

const at = (arts: AnnotatedArticle[], m: { article: string; start: number; end: number }): string => `${m.article}:${arts.find((a) => a.id === m.article)!.text.slice(m.start, m.end)}@${m.start}`;

test('an office one namesake never holds keeps the bare surname from her', () => {
  const arts = [
    read('a1', 'President Varnell spoke in Dublin on Monday. First lady Marisa Ellert Varnell visited a school. Mrs. Varnell said the children were bright.'),
    read('a2', 'Sen. Marisa Varnell of New York said on Tuesday that she would run. Varnell, a Democrat, said the race would be hard.'),
    read('a3', 'Peter Varnell campaigned for his wife in Iowa. Varnell told voters she was ready.'),
  ];
  const ents = buildEntities(arts).entities;
  const her = ents.find((e) => e.name.startsWith('Marisa'));
  assert.ok(her, ents.map((e) => e.name).join(', '));
  const hers = her.mentions.map((m) => at(arts, m));
  // "President Varnell" is not the senator (her husband is never titled: it stays apart); her
  // "Mrs. Varnell" still is hers.
  assert.ok(!hers.includes('a1:Varnell@10'), hers.join('; '));
  assert.ok(hers.includes(`a1:Varnell@${arts[0].text.indexOf('Varnell said')}`), hers.join('; '));
  assert.ok(hers.includes(`a2:Varnell@${arts[1].text.indexOf('Varnell, a')}`), hers.join('; '));
});

test('with one person of the surname, any office of his will do', () => {
  const arts = [
    read('a1', 'Gov. Halvard Ostrek spoke in Tromso on Monday. President Ostrek said the port would reopen.'),
    read('a2', 'Halvard Ostrek visited the port on Tuesday. Ostrek said the work was done.'),
  ];
  const ents = buildEntities(arts).entities;
  const him = ents.find((e) => e.name === 'Halvard Ostrek');
  assert.ok(him, ents.map((e) => e.name).join(', '));
  assert.ok(him.mentions.some((m) => at(arts, m) === 'a1:Ostrek@57'), him.mentions.map((m) => at(arts, m)).join('; '));
});

test('a relative named in the paragraph leaves its bare surname to the paragraph’s other namesake', () => {
  const arts = [
    read('a1', 'Dorit Quillan, who ran the shelter with her husband, Edvard Quillan, for fifty years, died on Monday in Bergen.\n\nDorit Quillan was active in the shelter until days before her death. One of her daughters, Mira Quillan, works for the shelter in Oslo. Quillan is also survived by nine grandchildren.'),
    read('a2', 'Edvard Quillan built the shelter in 1956. Quillan said every child deserved a home. Quillan died in 1964.'),
    read('a3', 'Edvard Quillan opened the shelter with his wife. Quillan was a farmer.'),
  ];
  const ents = buildEntities(arts).entities;
  const dorit = ents.find((e) => e.name === 'Dorit Quillan');
  assert.ok(dorit, ents.map((e) => e.name).join(', '));
  const bare = arts[0].text.lastIndexOf('Quillan is');
  assert.ok(dorit.mentions.some((m) => m.article === 'a1' && m.start === bare), dorit.mentions.map((m) => at(arts, m)).join('; '));
  // Two people named in the paragraph, neither a relative, leave the surname open as before.
  const b = [read('b1', 'Mark Quillan and Tobin Quillan arrived on Monday. Quillan said the road was closed.'), read('b2', 'Mark Quillan said the road was closed. Quillan left. Quillan returned.')];
  const eb = buildEntities(b).entities;
  assert.ok(!eb.find((e) => e.name === 'Tobin Quillan')!.mentions.some((m) => m.article === 'b1' && m.start > 40));
});

test('a bare surname with an office of its own is compared by that office, not by all its article gives the surname', () => {
  const arts = [
    read('a1', 'Former President Pello Varnell and Sen. Marisa Varnell visited the Eastport harbour in 2006. President Varnell had funded its docks in 1998.\n\nYears later, Secretary Varnell returned to the harbour.'),
    read('a2', 'Pello Varnell praised the Eastport crews on Tuesday.'),
  ];
  const ents = buildEntities(arts).entities;
  const him = ents.find((e) => e.name.startsWith('Pello'));
  assert.ok(him, ents.map((e) => e.name).join(', '));
  const his = him.mentions.map((m) => at(arts, m));
  // His "President Varnell" is his; "Secretary Varnell", an office he never held, is not.
  assert.ok(his.includes(`a1:Varnell@${arts[0].text.indexOf('Varnell had')}`), his.join('; '));
  assert.ok(!his.includes(`a1:Varnell@${arts[0].text.indexOf('Varnell returned')}`), his.join('; '));
});
