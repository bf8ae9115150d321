/**
 * Quote attribution (src/annotate/quotes.ts) and speaker resolution (src/annotate/speakers.ts)
 * on invented sentences: the previous sentence's speaker, learned reporting verbs, descriptive
 * speakers, "he"/"she" by sex and by who the text is about, and the cases left unresolved.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { Paragraphs } from '../src/annotate/quote-marks.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string): AnnotatedArticle {
  return annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const quote = (a: AnnotatedArticle, start: string) => a.quotes.find((q) => q.text.startsWith(start));

test('speakers: a quote after the sentence naming its speaker continues that speaker', () => {
  const a = read('Mira Castell, the family’s lawyer, said on Monday that the appeal would go ahead. “The ruling ignores the evidence.”');
  const q = quote(a, 'The ruling');
  assert.equal(q?.speakerName, 'Mira Castell');
  assert.equal(q?.speakerKind, 'name');
  assert.equal(q?.partial, false);
});

test('speakers: the same holds for a quote-only paragraph after an attribution', () => {
  const a = read('Harbour chief Oskar Lind told reporters the cranes were safe.\n\n“We checked every one of them twice.”');
  assert.equal(quote(a, 'We checked')?.speakerName, 'Oskar Lind');
});

test('speakers: a sentence of the reporter between two quotes breaks the chain', () => {
  const a = read('“We will rebuild,” Oskar Lind said. The ferry resumed service on Tuesday. “Tickets are free this week.”');
  assert.equal(quote(a, 'We will rebuild')?.speakerName, 'Oskar Lind');
  assert.equal(quote(a, 'Tickets')?.speaker, null);
});

test('speakers: reporting verbs beyond the common ones, learned from attribution cues', () => {
  const a = read('“The budget is a fantasy,” Vera Dunmore reiterated. “Nobody believes it,” Vera Dunmore shouted.');
  assert.equal(quote(a, 'The budget')?.speakerName, 'Vera Dunmore');
  assert.equal(quote(a, 'The budget')?.cue, 'reiterated');
  assert.equal(quote(a, 'Nobody')?.cue, 'shouted');
});

test('speakers: descriptive speakers are descriptions, not names', () => {
  const a = read('“The coalition is finished,” the influential daily wrote on its front page.');
  const q = a.quotes[0];
  assert.equal(q.speaker?.text, 'the influential daily');
  assert.equal(q.speakerKind, 'description');
  assert.equal(q.speakerName, null);
});

test('speakers: a name that modifies a description is not its speaker', () => {
  const a = read('Senator Ilse Marr spoke first. “The vote is Tuesday,” a Marr campaign spokesman said.');
  const q = quote(a, 'The vote');
  assert.equal(q?.speaker?.text, 'a Marr campaign spokesman');
  assert.equal(q?.speakerName, null);
});

test('speakers: "he" skips a woman named nearer, by given name', () => {
  const a = read('David Moreau introduced Karen Olsen at the dock. “Thank you all for coming,” he said.');
  assert.equal(a.quotes[0].speakerName, 'David Moreau');
  assert.equal(a.quotes[0].speakerKind, 'pronoun');
  const b = read('David Moreau introduced Karen Olsen at the dock. “Thank you all for coming,” she said.');
  assert.equal(b.quotes[0].speakerName, 'Karen Olsen');
});

test('speakers: "he" is the person the text is about, the subject, not the nearest name', () => {
  const a = read('Paul Grant met Tom Hale on Friday. Grant later criticised the budget of Hale. “It is a disgrace,” he said.');
  assert.equal(a.quotes[0].speakerName, 'Paul Grant');
});

test('speakers: "he" with two candidates and no subject among them stays unresolved', () => {
  const a = read('The plan was backed by Tom Hale and Paul Grant. “It works,” he said.');
  assert.equal(a.quotes[0].speaker?.text, 'he');
  assert.equal(a.quotes[0].speakerName, null);
});

test('speakers: the sex of an untitled name can come from the pronoun the article uses for it', () => {
  const a = read('Sasha Quill said she would stay on. Tom Hale thanked Sasha Quill. “It was my duty,” she said.');
  assert.equal(a.quotes[0].speakerName, 'Sasha Quill');
});

test('speakers: an attribution inside quoted words is the quoted person’s own', () => {
  const a = read('“When I said, ‘No deal,’ I meant it,” Lars Berg said.');
  assert.equal(quote(a, 'When I said')?.speakerName, 'Lars Berg');
  // Outlets that write double quotes as two apostrophes: those pair as double marks, and the
  // inner single quote stays part of the outer one.
  const b = read("''When I said, 'No deal,' I meant it,'' Lars Berg said. ''It's all over now.''");
  assert.equal(quote(b, 'When I said')?.speakerName, 'Lars Berg');
  assert.equal(quote(b, 'When I said')?.text, "When I said, 'No deal,' I meant it");
  assert.equal(quote(b, 'No deal'), undefined);
  assert.equal(quote(b, 'It')?.text, "It's all over now.");
  assert.equal(quote(b, 'It')?.attribution, 'context');
  for (const q of b.quotes) assert.equal(b.text.slice(q.start, q.end), q.text);
});

test('speakers: a participle takes the subject of the verb it follows', () => {
  const a = read('Council member Rhea Stone defended the plan, saying, “The harbour needs it.”');
  assert.equal(a.quotes[0].speakerName, 'Rhea Stone');
  const b = read('The mayor spoke near the docks, where about fifty protesters had gathered, chanting “No more cuts.”');
  assert.equal(b.quotes[0].speaker, null);
});

test('speakers: a naming verb before a quote names a thing', () => {
  const a = read('A resident set up a website called “Leave Port Ardel” on Sunday.');
  assert.equal(a.quotes[0].speaker, null);
});

test('speakers: the same input gives the same quotes', () => {
  const t = 'Paul Grant met Tom Hale on Friday. “It is a disgrace,” he said. “We will appeal.”';
  assert.equal(JSON.stringify(read(t).quotes), JSON.stringify(read(t).quotes));
});

test('speakers: attribution says whether the quote’s own sentence names the speaker, by name, pronoun or description, or the context does', () => {
  const a = read('“The dam will hold,” said Ilsa Varnholt. “We inspected it twice.” The engineer left. “Water levels are falling,” she said. “Nobody is at risk,” a county official said.');
  assert.equal(quote(a, 'The dam')?.attribution, 'named');
  const carried = quote(a, 'We inspected');
  assert.equal(carried?.speakerName, 'Ilsa Varnholt');
  assert.equal(carried?.speakerKind, 'name', 'the kind of the speaker as written in the sentence before');
  assert.equal(carried?.attribution, 'context', 'but not named in its own sentence');
  assert.equal(quote(a, 'Water levels')?.attribution, 'pronoun');
  assert.equal(quote(a, 'Nobody')?.attribution, 'described');
  for (const q of a.quotes) if (!q.speaker) assert.equal(q.attribution, null);
});

test('speakers: the phrase in the attribution slot is the speaker whatever its head', () => {
  const a = read('“The levee is sound,” Harbour Board engineer Tomas Reyk said. “We will reopen,” said veteran pilot Ada Morrow. “Fares will rise,” said one ferry captain. “Nobody warned us,” the dockers’ delegate said.');
  assert.equal(quote(a, 'The levee')?.speakerName, 'Tomas Reyk');
  assert.equal(quote(a, 'We will reopen')?.speakerName, 'Ada Morrow');
  assert.equal(quote(a, 'Fares')?.speaker?.text, 'one ferry captain');
  assert.equal(quote(a, 'Nobody')?.speaker?.text, 'the dockers’ delegate');
});

test('speakers: no attribution from the next sentence for a fragment, across a paragraph, or from an object', () => {
  const a = read('The mayor called the plan “absurd.” Residents seemed calm.\n\n“We are ready.”\n\nVera Holm paused, then explained the route. Lars Odd, who put the cost “in the millions,” described the damage as serious.');
  assert.equal(quote(a, 'absurd')?.speaker?.text, 'The mayor');
  assert.notEqual(quote(a, 'We are ready')?.speakerName, 'Vera Holm');
  assert.notEqual(quote(a, 'in the millions')?.speaker?.text, 'the damage', '“described the damage as” names an object');
});

test('speakers: a colon introduces the words of the clause’s subject, or of the name opening a headline', () => {
  const a = read('Ilsa Varnholt: Dam Repairs ‘Will Take Years’\n\nThe harbour master leaned in and boomed: “Nobody sails tonight.”\n\nThe timing does not surprise pollster Ada Morrow: “Voters punish delays.”');
  assert.equal(quote(a, 'Will Take')?.speakerName, 'Ilsa Varnholt');
  assert.equal(quote(a, 'Nobody sails')?.speaker?.text, 'The harbour master');
  assert.equal(quote(a, 'Voters')?.speaker, null, 'the object before the colon is not the subject');
});

test('speakers: progressives, -ing forms of reporting verbs, introductory phrases and bare quantifiers', () => {
  const a = read('Mayor Tomas Reyk is telling residents that the levee is “perfectly sound.” Speaking in Ostby, Harbour Board chair Vera Holm rejected the plan, telling reporters it was “a fantasy.” Another said, “We were never asked.”');
  assert.equal(quote(a, 'perfectly')?.speakerName, 'Tomas Reyk');
  assert.equal(quote(a, 'a fantasy')?.speakerName, 'Vera Holm');
  assert.equal(quote(a, 'We were never')?.speaker?.text, 'Another');
});

test('speakers: a fronted adverbial clause does not give the quote its speaker', () => {
  const a = read('When Tomas Reyk suggested the port would close, Vera Holm fired back: “It will not close while I am here.”');
  assert.equal(quote(a, 'It will not')?.speakerName, 'Vera Holm');
});

test('speakers: the verb of a relative clause that ended before the quote does not attribute it', () => {
  const a = read('Vera Holm insisted that councillors who refused to fund the levee were “reckless.”');
  assert.notEqual(quote(a, 'reckless')?.speaker?.text, 'councillors');
});

test('speakers: after a quote ending in a comma, a speaker and any verb closing the sentence attribute it', () => {
  const a = read('“The levee will hold until spring,” Vera Holm concludes. “Nobody believes that,” the angry harbour master retaliated. “Tax cuts never work,” Ada Morrow of the Ostby Institute wrote recently.');
  assert.equal(quote(a, 'The levee')?.speakerName, 'Vera Holm');
  assert.equal(quote(a, 'Nobody')?.speaker?.text, 'the angry harbour master');
  assert.equal(quote(a, 'Tax cuts')?.speakerName, 'Ada Morrow');
});

test('speakers: a participle after a comma is the sentence subject’s, through an introductory phrase and a prepositional phrase', () => {
  const a = read('In a long press conference, Oskar Lind went after Vera Dunmore, calling her “a total stiff.”');
  assert.equal(quote(a, 'a total stiff')?.speakerName, 'Oskar Lind');
  // A participle after a relative clause stays unattributed: the protesters chant.
  const b = read('Vera Dunmore spoke near the harbour, where about fifty protesters had gathered, chanting “Lock the gates.”');
  assert.equal(quote(b, 'Lock the gates')?.speaker, null);
});

test('speakers: a naming verb with a name or pronoun subject attributes; a noun called something does not', () => {
  const a = read('The harbour board approved the plan, which Oskar Lind called “a disgrace.” A website called “Harbour Watch” followed the vote.');
  assert.equal(quote(a, 'a disgrace')?.speakerName, 'Oskar Lind');
  assert.equal(quote(a, 'Harbour Watch')?.speaker, null);
});

test('speakers: a fragment in a clause whose subject is a name opening the sentence is that name’s', () => {
  const a = read('Vera Dunmore also bemoaned the “broken promises” of the harbour board.');
  assert.equal(quote(a, 'broken promises')?.speakerName, 'Vera Dunmore');
  // Another name between the subject and the fragment: nobody.
  const b = read('Vera Dunmore met Oskar Lind to discuss his “reckless plan” on Monday.');
  assert.equal(quote(b, 'reckless plan')?.speaker, null);
});

test('speakers: long appositions, determiner subjects and lower-case speaker slots', () => {
  const a = read('Mira Castell, a harbour pilot who has worked the port for thirty years, the last ten as its chief, said the cranes were “a danger.”');
  assert.equal(quote(a, 'a danger')?.speakerName, 'Mira Castell');
  const b = read('The former pollster said, “Nobody believes the harbour figures any more.”');
  assert.equal(quote(b, 'Nobody believes')?.speaker?.text, 'The former pollster');
  const c = read('The harbour closed early.\n\n“There is some nagging concern about the cranes,” harbour spokeswoman Mira Castell said.');
  assert.equal(quote(c, 'There is some')?.speakerName, 'Mira Castell');
  const d = read('The harbour closed early.\n\n“He was going to make the name known,” as his father dreamed, Oskar Lind said.');
  assert.notEqual(quote(d, 'He was going')?.speaker?.text, 'as his father');
});

test('speakers: after ! or ? a lower-case speaker goes on the sentence; an adjunct may follow the verb', () => {
  const a = read('The ferry left late.\n\n“Power to the people!” the group shouted from the quay.\n\n“If you ask one more question, I may have to leave,” Vera Dunmore quipped in reference to the chair.');
  assert.equal(quote(a, 'Power to')?.speaker?.text, 'the group');
  assert.equal(quote(a, 'If you ask')?.speakerName, 'Vera Dunmore');
});

test('speakers: a short quote that ends its sentence continues the previous speaker', () => {
  const a = read('“I feel very good about our chances,” Oskar Lind said. “Very good.”');
  assert.equal(quote(a, 'Very good')?.speakerName, 'Oskar Lind');
});

test('speakers: ", and that" keeps the complement clauses under one reporting verb', () => {
  const a = read('Vera Dunmore said the plan was flawed, and that the board faced a “slam-dunk” defeat.');
  assert.equal(quote(a, 'slam-dunk')?.speakerName, 'Vera Dunmore');
});

test('speakers: a coordinated verb shares the subject after a short introductory phrase, abbreviations too', () => {
  const a = read('Asked on Monday whether Mr. Lind would stay, Mrs. Castell shook her head and said, “No, he will not.”');
  assert.equal(quote(a, 'No, he')?.speaker?.text, 'Castell');
  const b = read('Eight years ago, she backed Oskar Lind over Vera Dunmore and said, “The harbour needs him.”');
  assert.equal(quote(b, 'The harbour needs')?.speaker?.text, 'she');
});

test('speakers: a quoted title in the attribution does not break the chain', () => {
  // "Cuban" is a demonym to the name layer: the title after it gets no speaker of its own.
  const a = read('“It is too early,” said Cuban, who is also a host on the TV show “Harbour Nights.” “It depends on many things.”');
  assert.equal(quote(a, 'Harbour Nights')?.speaker, null);
  assert.equal(quote(a, 'It depends')?.speaker?.text, 'Cuban');
  assert.equal(quote(a, 'It depends')?.attribution, 'context');
});

test('speakers: an attribution the sentence splitter cut off after "?”" carries its speaker on', () => {
  const a = read('“Would the wall be negotiable?” Oren Valdt pressed. “Maybe some people could stay.”');
  assert.equal(quote(a, 'Would the wall')?.speakerName, 'Oren Valdt');
  assert.equal(quote(a, 'Maybe some')?.speakerName, 'Oren Valdt');
});

test('speakers: "As X put it:", frequency adverbs, modals and inverted verbs of any kind', () => {
  const a = read(
    'As the harbour master put it: “The cranes are safe.”\n\n“It is clear,” Ilse Marr often says.\n\n“Nothing prepares you for this,” Oren Valdt will say.\n\n“This is fantastic!” beamed Vera Dunmore of Ostrel, who came early.\n\n“Our method works,” Vera Dunmore is quoted as saying.',
  );
  assert.equal(quote(a, 'The cranes')?.speaker?.text, 'the harbour master');
  assert.equal(quote(a, 'It is clear')?.speakerName, 'Ilse Marr');
  assert.equal(quote(a, 'Nothing prepares')?.speakerName, 'Oren Valdt');
  assert.equal(quote(a, 'This is fantastic')?.speakerName, 'Vera Dunmore');
  assert.equal(quote(a, 'This is fantastic')?.cue, 'beamed');
  assert.equal(quote(a, 'Our method')?.speakerName, 'Vera Dunmore');
  // A bare "as" clause that reports nothing is no attribution.
  assert.equal(read('As the war dragged on, “victory” seemed far away.').quotes[0].speaker, null);
});

test('speakers: the subject of a framing verb, an absolute participle, a long apposition, a party tag', () => {
  const a = read(
    'Maria Valdt groused to a crowd in Ostrel that the ministry “does not treat me properly.”\n\nThe bill passed, with Ilse Marr calling it a “harbour menu.”\n\nVera Dunmore, during a town hall meeting in Columbus, Ohio, said she was “going to rebuild the docks.”\n\nGov. Anton Kessel (R-OH), said, “I am getting ready.”\n\nThen he cut into the mayor, calling him a “stiff” and worse.',
  );
  assert.equal(quote(a, 'does not treat')?.speakerName, 'Maria Valdt');
  assert.equal(quote(a, 'harbour menu')?.speakerName, 'Ilse Marr');
  assert.equal(quote(a, 'going to rebuild')?.speakerName, 'Vera Dunmore');
  assert.equal(quote(a, 'I am getting')?.speakerName, 'Anton Kessel');
  assert.equal(quote(a, 'stiff')?.speaker?.text, 'he');
  // Another person in the complement clause is what the framing subject's report is about
  // (session 25; before, left alone): the words are the subject's.
  assert.equal(read('Maria Valdt groused that Ilse Marr “never listens.”').quotes[0].speakerName, 'Maria Valdt');
});

test('speakers: "X said:" after a quote introduces the next quote and leaves the chain whole', () => {
  const a = read('“We are refugees,” Mina Alawee said. “We are not smugglers.” Karim Zahed said: “The fire was the work of vandals.”');
  assert.equal(quote(a, 'We are not')?.speakerName, 'Mina Alawee');
  assert.equal(quote(a, 'The fire')?.speakerName, 'Karim Zahed');
});

test('speakers: the plural present of a learned past tense reports ("they argue"), and the learned tables can be swapped and restored', async () => {
  const { setLearnedLexicon } = await import('../src/annotate/quotes.js');
  const text = 'Two senators wrote to the agency on Friday. The senators argue that “there is precedent for prosecution.”';
  assert.equal(quote(read(text), 'there is precedent')?.speaker?.text, 'The senators');
  setLearnedLexicon({ verbs: [], heads: [] });
  try {
    // "argue" is in no hand list: without the learned table the quote has no speaker.
    assert.equal(quote(read(text), 'there is precedent')?.speaker ?? null, null);
  } finally {
    setLearnedLexicon(null);
  }
  assert.equal(quote(read(text), 'there is precedent')?.speaker?.text, 'The senators');
});

test('speakers: a quote in the complement of an outer reporting verb is the outer speaker’s', () => {
  const a = read(
    'Rep. Tomas Verhoef said Ilse Marr called on members to be “closely coordinated.”\n\nMaria Valdt said she expected that voters would say “no” to the levy.\n\nOskar Lind praised the plan, which Ilse Marr called “a harbour for all.”\n\nThe board seeks a ban on what it calls “reckless dredging.”',
  );
  assert.equal(quote(a, 'closely coordinated')?.speakerName, 'Tomas Verhoef');
  assert.equal(quote(a, 'no')?.speakerName, 'Maria Valdt');
  // A relative clause is no complement: the words are its own subject's.
  assert.equal(quote(a, 'a harbour for all')?.speakerName, 'Ilse Marr');
  // A free relative ("what it calls") is the outer clause's object, not its complement.
  assert.equal(quote(a, 'reckless dredging')?.speaker?.text, 'it');
});

test('speakers: a poll’s share of respondents is nobody’s speech; a pronoun after an inverted verb opens the reported clause', () => {
  const a = read('In the new survey, 25 percent of likely voters say they would “definitely not support” the levy.\n\nJust 3 percent of self-described “moderates” said they would vote for the Greens.');
  assert.equal(quote(a, 'definitely not')?.speaker, null);
  assert.equal(quote(a, 'moderates')?.speaker, null);
});

test('speakers: a definite description opening the sentence speaks for a fragment in its clause', () => {
  const a = read('The harbour campaign projects that “a levy of a fraction of a percent” would raise millions.');
  assert.equal(quote(a, 'a levy')?.speaker?.text, 'The harbour campaign');
});

test('speakers: the second part of an interrupted quotation keeps the first part’s speaker, whatever the verb', () => {
  const a = read('“The way I see it,” Vera Dunmore elaborated, “nobody ever doubted the pilots.”\n\n“We will rebuild,” Oskar Lind said, though he said, “not this year.”');
  assert.equal(quote(a, 'nobody ever')?.speakerName, 'Vera Dunmore');
  // An attribution of its own between the parts wins.
  assert.equal(quote(a, 'not this year')?.speaker?.text, 'he');
});

test('speakers: "he" after a sentence whose subject is a described person is that unnamed person, not the named one further back', () => {
  const a = read('Mayor Tom Reed defended the budget on Monday.\n\nA spokesman for the mayor said the cuts were needed. “We will not cut services,” he said.');
  const q = quote(a, 'We will not');
  assert.equal(q?.speaker?.text, 'he');
  assert.equal(q?.speakerName, null);
  // A role one person holds names that person; a described person of the other sex is passed over.
  const b = read('Mayor Tom Reed met the union leaders on Monday. The mayor said the talks went well. “He listened to everyone,” he said.');
  assert.equal(quote(b, 'He listened')?.speakerName, 'Tom Reed');
  const c = read('Mayor Tom Reed met the union leaders on Monday. A spokeswoman said the talks went well. “We listened to everyone,” he said.');
  assert.equal(quote(c, 'We listened')?.speakerName, 'Tom Reed');
  // A name in apposition to the description is the subject.
  const d = read('Mayor Tom Reed defended the budget.\n\nA spokesman for the mayor, Jim Hale, said the plan was sound. “We will not cut services,” he said.');
  assert.equal(quote(d, 'We will not')?.speakerName, 'Jim Hale');
  // A possessive description with a name of the other sex in apposition does not stop the search.
  const e = read('Bernie Sanders thanked supporters. His opponent, Hilda Marsh, won Georgia. He told the crowd that “the people who know me best” gave him a victory.');
  assert.equal(quote(e, 'the people who')?.speakerName, 'Bernie Sanders');
});

test('speakers: a quote after a sentence about a person, without a reporting verb, is that person’s', () => {
  // The sentence before sets up its subject; the quote that follows gives their words.
  const a = read('“We will hold the line,” Harlan Voss said.\n\nVoss is upbeat about the harbour’s chances in the spring vote.\n\n“Not only can we win, we are the ones with the best chance.”');
  assert.equal(quote(a, 'Not only')?.speakerName, 'Harlan Voss');
  assert.equal(quote(a, 'Not only')?.attribution, 'context');
  // A colon ending the paragraph before, with no reporting verb: "released the following statement:".
  const b = read('When the ferry sank, Mayor Greta Mills released the following statement:\n\n“We grieve with the families of the crew.”');
  assert.equal(quote(b, 'We grieve')?.speakerName, 'Greta Mills');
  // A sentence whose subject is no person breaks the chain as before.
  const c = read('“We will rebuild,” Oskar Lind said. The ferry resumed service on Tuesday. “Tickets are free this week.”');
  assert.equal(quote(c, 'Tickets')?.speaker, null);
});

test('speakers: a clock time written "p. m." does not end the sentence, so the next quote keeps its speaker', () => {
  const a = read('Harbour chief Oskar Lind spoke to reporters at 10 a. m. Monday. “We checked every crane twice.”');
  assert.equal(a.sentences.length, 2);
  assert.equal(quote(a, 'We checked')?.speakerName, 'Oskar Lind');
  // Before a sentence opener the spaced form ends the sentence, as "p.m." does.
  const b = read('Polls closed at 8 p. m. The count began at once.');
  assert.equal(b.sentences.length, 2);
});

test('speakers: a fragment in a list of fragments keeps the first one’s speaker; a relative clause between breaks it', () => {
  const a = read('Harlan Voss pledged “cooperation” toward shared goals, a “deep and sincere” bond, and a “close and honest relationship.”');
  assert.equal(quote(a, 'deep and sincere')?.speakerName, 'Harlan Voss');
  assert.equal(quote(a, 'close and honest')?.speakerName, 'Harlan Voss');
  const b = read('Greta Mills praised the “bold plan,” which critics called “reckless.”');
  assert.equal(quote(b, 'bold plan')?.speakerName, 'Greta Mills');
  assert.notEqual(quote(b, 'reckless')?.speakerName, 'Greta Mills');
});

test('speakers: a fronted prepositional phrase ("By the end of the day, …") is passed over to find the subject', () => {
  const a = read('By the end of the day, Harlan Voss was forced into damage control and said that his words had been “misconstrued.”');
  assert.equal(quote(a, 'misconstrued')?.speakerName, 'Harlan Voss');
});

test('speakers: after a quote that opens its sentence with a comma, an irregular past or a verb before "and" is the attribution', () => {
  const a = read('“The fact is plain,” the letter read.');
  assert.equal(quote(a, 'The fact')?.speaker?.text, 'the letter');
  const b = read('“Go back to the docks,” Harlan Voss barked and a guard escorted him out.');
  assert.equal(quote(b, 'Go back')?.speakerName, 'Harlan Voss');
  assert.equal(quote(b, 'Go back')?.cue, 'barked');
});

test('speakers: an organization opening the clause a colon ends speaks the quote after the colon', () => {
  const a = read('After a week of hearings, Dunmore Council was conclusive in its findings: “The cranes failed because nobody checked them.”');
  assert.equal(quote(a, 'The cranes failed')?.speakerKind, 'name');
  assert.equal(quote(a, 'The cranes failed')?.speaker?.text, 'Dunmore Council');
  // With an article before the organization's name.
  const b = read('After a week of hearings, the Dunmore Harbour Board was conclusive in its findings: “The cranes failed because nobody checked them.”');
  assert.equal(quote(b, 'The cranes failed')?.speaker?.text, 'Dunmore Harbour Board');
});

test('speakers: "read" inverted in the attribution slot gives the document; elsewhere it reports nothing', () => {
  const a = read('“The vote forced a change,” read the email. “And with every vote we grow.”');
  assert.equal(quote(a, 'The vote forced')?.speaker?.text, 'the email');
  assert.equal(quote(a, 'And with every')?.speaker?.text, 'the email');
  const b = read('Greta Mills read the report on the “harbour plan” aloud.');
  assert.equal(quote(b, 'harbour plan')?.cue === 'read', false);
});

test('speakers: "he" is the subject after an introductory phrase, not a name inside that phrase', () => {
  // Both men: the sex does not decide; the subject of the sentence the pronoun stands in does.
  const a = read('Oskar Lind spoke first on Monday. After meeting Oskar Lind, Tomas Brandt said he would back the mayor, whom he called “a careful man.”');
  assert.equal(quote(a, 'a careful man')?.speakerName, 'Tomas Brandt');
});

test('speakers: a short "with" phrase before a colon is a manner adjunct, not a clause of its own', () => {
  const a = read('Rita Moss responded pointedly, with a smile: “It can happen at any age.”');
  assert.equal(quote(a, 'It can happen')?.speakerName, 'Rita Moss');
  // An absolute clause with its own subject and participle still speaks for itself.
  const b = read('The mayor paused, with Greta Mills calling out: “It can happen at any age.”');
  assert.equal(quote(b, 'It can happen')?.speakerName, 'Greta Mills');
});

test('speakers: a sentence opened by a bare reporting participle continues the previous speaker', () => {
  const a = read('Tomas Brandt said the harbour report “was not good.” Adding, “Now the real work begins.”');
  assert.equal(quote(a, 'Now the real work')?.speakerName, 'Tomas Brandt');
  // Any other participle gives no speaker.
  const b = read('Tomas Brandt said the harbour report “was not good.” Sleeping, “Now the real work begins.”');
  assert.equal(quote(b, 'Now the real work')?.speaker, null);
});

test('speakers: a quote after a short introductory phrase goes on with the previous speaker', () => {
  const a = read('“It is an enormous moment,” said Tom Bryne, a harbour strategist. Unless the ferry stops soon, “it will be very hard to stop the plan.”');
  assert.equal(quote(a, 'it will be very hard')?.speakerName, 'Tom Bryne');
  // A phrase that names someone else, or a lead that opens with a noun (a subject of its own), does not.
  const b = read('“It is an enormous moment,” said Tom Bryne. After Greta Mills spoke, “it will be very hard to stop the plan.”');
  assert.equal(quote(b, 'it will be very hard')?.speaker, null);
  // (Since session 21 "chanted" is a reporting verb: the crowd is the speaker, still not Bryne.)
  const c = read('“It is an enormous moment,” said Tom Bryne. The crowd chanted, “Stop the ferry.”');
  assert.notEqual(quote(c, 'Stop the ferry')?.speakerName, 'Tom Bryne');
  assert.equal(quote(c, 'Stop the ferry')?.speaker?.text, 'The crowd');
});

test('speakers: in an article with one paragraph per line, an attribution does not reach into the next line', () => {
  const lines = ['Harbour council meets on pier repairs.', 'The council met on Monday to discuss the storm damage.', '“We will rebuild the pier,” said Tom Bryne, the harbour chief. “Every plank of it.”', 'Greta Mills said Mayor Ortiz wanted a review of the ferry timetable before any vote.', 'The vote is on Friday.'];
  const a = read(lines.join('\n'));
  assert.equal(quote(a, 'Every plank')?.speakerName, 'Tom Bryne');
  // Blank lines between paragraphs: the same reading.
  assert.equal(quote(read(lines.join('\n\n')), 'Every plank')?.speakerName, 'Tom Bryne');
});

test('paragraphs: one paragraph per line only when line breaks end sentences; hard-wrapped text keeps blank lines', () => {
  const perLine = 'The council met on Monday.\nThe pier was closed.\nThe ferry ran late.\nThe vote is on Friday.';
  const p = new Paragraphs(perLine);
  assert.notEqual(p.indexOf(perLine.indexOf('The pier')), p.indexOf(perLine.indexOf('The ferry')));
  const wrapped = 'The council met on Monday to discuss\nthe storm damage, and the pier was\nclosed until further notice by the\nharbour chief.\n\nThe vote is on Friday.';
  const w = new Paragraphs(wrapped);
  assert.equal(w.indexOf(wrapped.indexOf('the storm')), w.indexOf(wrapped.indexOf('harbour chief')));
  assert.notEqual(w.indexOf(wrapped.indexOf('harbour chief')), w.indexOf(wrapped.indexOf('The vote')));
});

test('speakers: a speaker phrase that ends in a name is that person, unless a preposition puts the name out of the head', () => {
  const a = read('The port reopened. “It does not matter who runs,” Ferry for All organizing director Greta Mills told Radio 6. “We will vote.”');
  assert.equal(quote(a, 'It does not matter')?.speakerName, 'Greta Mills');
  assert.equal(quote(a, 'We will vote')?.speakerName, 'Greta Mills');
  const b = read('The port reopened. “It does not matter who runs,” a spokesman for Greta Mills said.');
  assert.equal(quote(b, 'It does not matter')?.speakerName, null);
});
