/**
 * Session 28's entity junk (issues #11/#12): an outlet's possessive glued to its reporter's name
 * ("CNN's Elle Reeve" read as one body; src/annotate/mentions.ts splitPossessedPersons), a stock
 * ticker read as a name of its own ("(NYSE: PFE)"; findMentions), and a quote credited to a person
 * whose name only premodifies the speaker ("the Biden administration said"; src/compare/quotes.ts
 * speakerOf). Invented names and sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

const article = (id: string, text: string): Article =>
  ({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] }) as unknown as Article;
const read = (id: string, text: string): AnnotatedArticle => annotate(article(id, text));
const mentions = (text: string): string[] => read('x', text).mentions.map((m) => `${m.type}:${m.text}`);

test("an outlet's possessive before its reporter's name: two names, the reporter a person", () => {
  const m = mentions("Kestrel Radio's Marta Solvik reported from the harbour on Monday. Solvik said the smoke was still rising.");
  assert.ok(m.includes('person:Marta Solvik'), m.join(' | '));
  assert.ok(!m.some((x) => /['’]s Marta/.test(x)), m.join(' | '));
  const t = mentions('KRN’s Ilse Varnholm asked the minister about the ferry. Varnholm said he did not answer.');
  assert.ok(t.includes('person:Ilse Varnholm'), t.join(' | '));
  // A side named by its number is one name, whoever owns it ("Kelvar's XI", a cricket team).
  const xi = mentions("May 15 v Northam (at Brenholm). Kelvar's XI won. Kelvar is a county.");
  assert.ok(xi.some((x) => x.endsWith(":Kelvar's XI")), xi.join(' | '));
  // A body's division after a possessive is no person: its words hold an organization head.
  const d = mentions("The opinion came from the Justice Department's Office of Legal Counsel on Friday.");
  assert.ok(!d.some((x) => x.startsWith('person:')), d.join(' | '));
});

test('a stock ticker after its exchange is no name', () => {
  const m = mentions('Shares of Halvar Shipping (NYSE: HVSX) fell 4 percent on Monday, while Nordline (Nasdaq: NRDL) rose.');
  assert.ok(!m.some((x) => /HVSX|NRDL/.test(x)), m.join(' | '));
  assert.ok(m.some((x) => x.endsWith(':Halvar Shipping')), m.join(' | '));
});

test("a quote of the Varga administration is not credited to Lena Varga", () => {
  const a1 = read('a1', 'President Lena Varga visited the harbour on Monday.\n\n"We will rebuild the terminal within a year," the Varga administration said in a statement.');
  const a2 = read('a2', 'President Lena Varga toured the burned terminal on Monday and promised help.');
  const { dossier } = buildDossier([a1, a2]);
  const varga = dossier.entities.find((e) => e.name.includes('Varga'));
  assert.ok(varga && varga.type === 'person');
  const q = dossier.quotes.find((x) => x.text.startsWith('We will rebuild'));
  assert.ok(q, 'the quote is found');
  assert.equal(q.speakerText, 'the Varga administration');
  assert.equal(q.speaker, null);
});
