/**
 * Appositions and relative clauses around a speaker (src/annotate/quotes.ts), on invented text:
 * a name inside a relative clause between the subject and its verb is not the subject; a name
 * in apposition after a described speaker names that speaker; a possessive opens a described
 * speaker after an inverted verb ("said his lawyer").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('a name in apposition inside a relative clause is not the subject of the verb after the clause', () => {
  const a = read('Tom Slinker, whose latest company, Quaydata, sells maps to ferry firms, said the harbour master was “a start-up kind of guy.”');
  assert.notEqual(quote(a, 'a start-up')?.speakerName, 'Quaydata');
  assert.equal(quote(a, 'a start-up')?.speakerName, 'Tom Slinker');
});

test('the verb of the relative clause itself keeps its own subject', () => {
  const a = read('The harbour board set the fare at nine dollars, which Greta Holm called “a disgrace,” blaming the ferry company.');
  assert.equal(quote(a, 'a disgrace')?.speakerName, 'Greta Holm');
  const b = read('Following the lead of two rival lines, which have kept their crews, Quayline promised the drivers that they would keep their routes as a “fully independent service.”');
  assert.equal(quote(b, 'fully independent')?.speaker?.text, 'Quayline');
});

test('a name in apposition after a described speaker names the speaker', () => {
  const a = read('“It may have been his first attempt,” said his best friend, Bruce Turry.');
  assert.equal(quote(a, 'It may have')?.speakerName, 'Bruce Turry');
  const b = read('“It may have been his first attempt,” said the ferry union’s president, Bruce Turry, who lives nearby.');
  assert.equal(quote(b, 'It may have')?.speakerName, 'Bruce Turry');
  const c = read('“It may have been his first attempt,” said a neighbour, Bruce Turry.');
  assert.equal(quote(c, 'It may have')?.speakerName, 'Bruce Turry');
});

test('a possessive opens a described speaker after an inverted verb, not the verb\'s object', () => {
  const a = read('“We will appeal the ruling,” said his lawyer.');
  assert.equal(quote(a, 'We will appeal')?.speaker?.text, 'his lawyer');
  const b = read('Mr. Scott, who has called the plan “racially toxic,” portrayed his own party’s nominee as a passing storm.');
  assert.notEqual(quote(b, 'racially toxic')?.speaker?.text, 'his own party');
});

test('a participle after a fragment quoted at the end of its clause is the clause subject\'s', () => {
  const a = read('Tom Kerpen needled the harbour “reporter,” saying, “A reporter who posts on request!”');
  assert.equal(quote(a, 'A reporter who')?.speakerName, 'Tom Kerpen');
  const b = read('Greta Holm mocked the board\'s "plan", telling the crowd, "Nobody will ride that ferry."');
  assert.equal(quote(b, 'Nobody will ride')?.speakerName, 'Greta Holm');
});

test('the subject slot after a quote ending in a comma holds the speaker whatever the head noun', () => {
  const cases: Array<[string, string]> = [
    ['“The fares are far too high,” this ferry look-alike declared in Harbour City.', 'this ferry look-alike'],
    ['“The fares are far too high,” his two brothers said.', 'his two brothers'],
    ['“The fares are far too high,” these critics say.', 'these critics'],
    ['“The fares are far too high,” federal prosecutors wrote in seeking a longer sentence.', 'federal prosecutors'],
    ['“The fares are far too high,” the two write.', 'the two'],
  ];
  for (const [text, speaker] of cases) assert.equal(quote(read(text), 'The fares')?.speaker?.text, speaker, text);
});

test('a noun of speech with its possessor before a colon gives the possessor the words after it', () => {
  const a = read('Tom Ruiz runs the harbour board. Ruiz’s response: “The fares are too high.”');
  assert.equal(quote(a, 'The fares')?.speakerName, 'Tom Ruiz');
  const b = read('Tom Ruiz runs the harbour board. Ruiz\'s message to the mayor was simple: “The fares are too high.”');
  assert.equal(quote(b, 'The fares')?.speakerName, 'Tom Ruiz');
  // A possessed noun that is no speech is not enough ("The mayor's plan: …" names no speaker).
  const c = read('The board met. The mayor\'s plan: “The fares are too high.”');
  assert.equal(quote(c, 'The fares')?.speaker ?? null, null);
});

test('a name in apposition after a described subject before the verb is the speaker', () => {
  const a = read('Tom Ruiz runs the harbour board. A Ruiz spokeswoman, Hope Vance, said the fares were “far too high.”');
  assert.equal(quote(a, 'far too high')?.speakerName, 'Hope Vance');
});

test('a relative clause after a name says what that person said, not the main verb\'s subject', () => {
  const pre = 'Tom Ruiz and Ann Lee debated the ferry plan. ';
  assert.equal(quote(read(pre + 'Ruiz attacked Lee, who said the plan was “a disgrace.”'), 'a disgrace')?.speakerName, 'Ann Lee');
  assert.equal(quote(read(pre + 'Lee responded to Ruiz, who had called her “reckless.”'), 'reckless')?.speakerName, 'Tom Ruiz');
  assert.equal(quote(read(pre + '“It is a disgrace,” Lee said of Ruiz, who had called the plan “a success.”'), 'a success')?.speakerName, 'Tom Ruiz');
});

test('"X mocked Y for saying …": the gerund after "for" is the object\'s speech, not the mocker\'s', () => {
  const pre = 'Tom Ruiz and Ann Lee debated the ferry plan. ';
  assert.equal(quote(read(pre + 'Ruiz mocked Lee for saying she would “fight for the riders.”'), 'fight for')?.speakerName, 'Ann Lee');
  assert.equal(quote(read(pre + 'Lee slammed Ruiz for calling the crews “lazy.”'), 'lazy')?.speakerName, 'Tom Ruiz');
});

test('a verb after a fragment quoted in the subject\'s relative clause is the subject\'s, not inverted', () => {
  const a = read('Tom Ruiz and Ann Lee debated the ferry plan. Lee, whom Ruiz has called “reckless,” said the plan was “a disgrace.”');
  assert.equal(quote(a, 'reckless')?.speakerName, 'Tom Ruiz');
  assert.equal(quote(a, 'a disgrace')?.speakerName, 'Ann Lee');
  // The inverted attribution after a quote that opens the sentence still reads.
  const b = read('“The fares are too high,” said Greta Holm, the harbour master, “and nobody rides.”');
  assert.equal(quote(b, 'and nobody')?.speakerName, 'Greta Holm');
});

test('the infinitive of a subject-control predicate shares the sentence\'s subject', () => {
  const pre = 'Tom Ruiz runs the harbour board. ';
  assert.equal(quote(read(pre + 'Ruiz is expected to say, “The fares are a scandal.”'), 'The fares')?.speakerName, 'Tom Ruiz');
  assert.equal(quote(read(pre + 'Ruiz is expected to say that the fares are “a scandal.”'), 'a scandal')?.speakerName, 'Tom Ruiz');
});

test('a pair of dashes encloses a parenthetical that ends no clause', () => {
  const pre = 'Tom Ruiz runs the harbour board. ';
  assert.equal(quote(read(pre + 'Ruiz — who chairs the board — said the fares were “fair.”'), 'fair')?.speakerName, 'Tom Ruiz');
  assert.equal(quote(read(pre + 'Ruiz said — and Ann Lee agreed — that the fares were “fair.”'), 'fair')?.speakerName, 'Tom Ruiz');
});
