/** The clause layer: verb groups and their subjects, one construction per case, each with a near miss. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/parse/index.js';
import { clauseAt, findClauses } from '../../../src/extract/clauses/index.js';
import { analyze } from '../../../src/pipeline.js';

/** The verb group, its subject phrase, the subject's head word and its order, for the verb at `verb` (a word of the text). */
function clauseFor(text: string, verb: string): { group: string; subject: string | null; head: string | null; order: string; phrase: string | null; issued: boolean } {
  const doc = parse(text);
  const clauses = findClauses(doc);
  const t = doc.tokens.find((x) => x.normal === verb);
  if (!t) throw new Error(`no token ${verb}`);
  const c = clauseAt(clauses, doc, t.index);
  if (!c) throw new Error(`no clause at ${verb}`);
  const span = (a: number, b: number): string => text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
  return { group: span(c.verb.first, c.verb.end), subject: c.subject ? span(c.subject.first, c.subject.end) : null, head: c.subject ? doc.tokens[c.subject.head]!.text : null, order: c.order, phrase: c.phraseStart === null ? null : span(c.phraseStart, c.verb.first), issued: c.issued };
}

describe('verb groups', () => {
  it('keeps auxiliaries, adverbs and negation with the verb', () => {
    expect(clauseFor('Ann Roe has repeatedly said the plan failed.', 'said').group).toBe('has repeatedly said');
    expect(clauseFor('Ann Roe would not say where she was.', 'say').group).toBe('would not say');
  });
  it('chains through "to" and a particle', () => {
    expect(clauseFor('Ann Roe tried to argue that the plan failed.', 'argue').group).toBe('tried to argue');
    expect(clauseFor('Ann Roe went on to say that the plan failed.', 'say').group).toBe('went on to say');
    expect(clauseFor('Ann Roe tried the soup and said it was cold.', 'said').group).toBe('said'); // near miss: no chain
  });
  it('reads a reporting form the tagger calls a noun as a verb, not one after a determiner', () => {
    expect(clauseFor('The vote passed, with spokesman Dan Reyes saying it was fair.', 'saying').group).toBe('saying');
    expect(() => clauseFor('The report was long.', 'report')).toThrow(/no clause/u);
  });
});

describe('a participle takes the main clause subject', () => {
  it('not a fronted subordinate clause\'s', () => {
    expect(clauseFor('While most of the pilots wanted a longer pier, Ann Roe backed the short one, saying the cost was too high.', 'saying').subject).toBe('Ann Roe');
    expect(clauseFor('After the harbor storms, Ann Roe ordered new gates, calling the old ones unsafe.', 'calling').subject).toBe('Ann Roe');
    expect(clauseFor('Most of the pilots wanted a longer pier, saying the short one was unsafe.', 'saying').subject).toBe('Most of the pilots'); // near miss: no subordinator, the first clause is the main one
  });
  it('the nearest main clause joined after a comma, or a report closing before it (clauses.participle-hosts)', () => {
    expect(clauseFor('Pilots say the fees are unfair, and the union has sued the port, saying they break the law.', 'saying').subject).toBe('the union');
    expect(clauseFor('The ferry left at noon, Ann Roe said, adding that the pier was safe.', 'adding').subject).toBe('Ann Roe');
    expect(clauseFor('Ann Roe said the pier failed and the port lost money, adding that it would close.', 'adding').subject).toBe('Ann Roe'); // near miss: no comma, the joined clause is the report's content
  });
  it('after an object the verb issues, a date or a recipient between (clause.order.issued-participle)', () => {
    expect(clauseFor('Ann Roe released a statement Thursday night condemning the closure.', 'condemning')).toMatchObject({ subject: 'Ann Roe', order: 'participle' });
    expect(clauseFor('The union sent out a text message to members saying the strike was over.', 'saying')).toMatchObject({ subject: 'The union', order: 'participle' });
    expect(clauseFor('A lawsuit alleging that the port cheated was filed in 2019.', 'alleging')).toMatchObject({ subject: 'A lawsuit', order: 'before' }); // near miss: no verb issues it, the noun is the subject
  });
  it('after the statement a verb speaks through, its recipient between (clause.order.issued-in-participle)', () => {
    expect(clauseFor('Mara Voss wrote in a statement to the Ledger explaining why she left.', 'explaining')).toMatchObject({ subject: 'Mara Voss', order: 'participle' });
    expect(clauseFor('Tom Hale put it in his memo to the crew explaining the merger.', 'explaining')).toMatchObject({ subject: 'Tom Hale', order: 'participle' });
    expect(clauseFor('Mara Voss wrote about a letter to the Ledger explaining why she left.', 'explaining').order).toBe('before'); // near miss: "about" a letter, not through it
  });
  it('not a "with" phrase closed by a comma', () => {
    expect(clauseFor('Ann Roe celebrated in Dayton with supporters, declaring it a great day.', 'declaring')).toMatchObject({ subject: 'Ann Roe', order: 'participle' });
    expect(clauseFor('The pier reopened, with Ann Roe declaring it safe.', 'declaring')).toMatchObject({ subject: 'Ann Roe', order: 'absolute' }); // near miss: no comma
  });
});

describe('a bare reporting verb joined after a report joins the reporter (clauses.complements)', () => {
  it('not the subject of the report\'s content', () => {
    expect(clauseFor('Bo Lazar said he welcomed the move and added that he would plead guilty.', 'added').subject).toBe('Bo Lazar');
    expect(clauseFor('Bo Lazar said the pier was unsafe but added that it would reopen.', 'added').subject).toBe('Bo Lazar');
    expect(clauseFor('The center says it would cut revenue but would later add jobs.', 'add').subject).toBe('it'); // near miss: an auxiliary continues the content
  });
});

describe('subjects before the verb', () => {
  it('skips an aside that holds a quoted title', () => {
    expect(clauseFor('Sen. Ann Roe, who wrote the "Clean Ports Act" in May, told reporters it would pass.', 'told')).toMatchObject({ subject: 'Sen. Ann Roe', head: 'Roe' });
  });
  it('skips a "who" aside and keeps the name', () => {
    expect(clauseFor('Mia Ortiz, who chairs the panel and has long opposed the plan, said it would fail.', 'said')).toMatchObject({ subject: 'Mia Ortiz', head: 'Ortiz', order: 'before' });
  });
  it('skips a relative clause over its own commas up to the verb, back to an antecedent that can speak (clause.aside.relative)', () => {
    expect(clauseFor('Tom Hale, who was to fly to Dayton, Ohio, on Friday to open the plant, said the rules were fair.', 'said').subject).toBe('Tom Hale');
    expect(clauseFor('Ana Ruiz, who lives just outside the capital, Lisbon, said prices had doubled.', 'said').subject).toBe('Ana Ruiz');
    expect(clauseFor('In Dayton, which has lost 300 jobs, Mayor Ann Roe, a Democrat, said the plant would reopen.', 'said').subject).toBe('Mayor Ann Roe'); // near miss: the antecedent is governed by "in"
  });
  it('reads no city and state in a fronted date or place before a person\'s name (clause.aside.state)', () => {
    expect(clauseFor('In July, Sammy Orr, vice chairman of Halden Apparel, told the Harbor Ledger that sales fell.', 'told').subject).toBe('Sammy Orr');
    expect(clauseFor('In Dayton, Ann Roe, a nurse, said the clinic would close.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('Ann Roe, 30, of Dayton, Ohio, who was polled, said no.', 'said').subject).toBe('Ann Roe'); // near miss: a city and its state
  });
  it('hangs a city and its country with no closing comma on the phrase before the preposition (clause.place-tail.city-country)', () => {
    expect(clauseFor('The Harbor Water Board in Porto, Portugal confirmed that the reservoir was safe.', 'confirmed').subject).toBe('The Harbor Water Board in Porto');
    expect(clauseFor('Officials in Nairobi, Kenya said the roads were flooded.', 'said').subject).toBe('Officials in Nairobi');
    expect(clauseFor('After the talks in Paris, France said the deal was dead.', 'said').subject).toBe('France'); // near miss: the phrase before the preposition is governed by "After"
  });
  it('skips a piece opened by "also" (clause.aside.also)', () => {
    expect(clauseFor('His wife Nadia Ortiz, also CIA, said the plan would fail.', 'said').subject).toBe('His wife Nadia Ortiz');
    expect(clauseFor('Tom Hale, also of Dayton, said the levy failed.', 'said').subject).toBe('Tom Hale');
    expect(clauseFor('Tom Hale also said the levy failed.', 'said').subject).toBe('Tom Hale'); // near miss: no piece
  });
  it('skips appositives, ages and brackets', () => {
    expect(clauseFor('Ann Roe, the ministry spokeswoman, said no.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('Ann Roe, 67, a nurse, said no.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('Sen. Ann Roe (D-Ohio) said no.', 'said').subject).toBe('Sen. Ann Roe');
    expect(clauseFor('Ann Roe, 30, of Dayton, Ohio, who was polled, said no.', 'said').subject).toBe('Ann Roe');
  });
  it('takes the name before a relative clause no comma closes ("who is chairman of X said")', () => {
    expect(clauseFor('Ann Roe, who is chairman of Harbor First said the pier would close.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('Ann Roe, who was a judge said the pier would close.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('The trust, which is a charity said the pier would close.', 'said').subject).not.toBe('The trust'); // near miss: no name opens the clause
  });
  it('takes the name after a fronted "as" that only a conjunction precedes, past its appositive (clause.aside.as-opening)', () => {
    expect(analyze('But, as Ines Varga, the club\'s treasurer, said: "We can pay the rent until June."').quotes.map((q) => q.speaker)).toEqual(['Ines Varga']);
    expect(clauseFor('Ines Varga, as the club\'s treasurer, wrote it plainly.', 'wrote').subject).toBe('Ines Varga'); // near miss: an aside of the subject before it
  });
  it('takes the name a description set off by one comma follows, and the name before a bracketed description', () => {
    expect(clauseFor('Eric Moss, a spokesman for the valley farmers union said the offer had expired.', 'said').subject).toBe('Eric Moss');
    expect(clauseFor('Gail Byrd, a former officer for Governor Dan Reyes has written a book.', 'written').subject).toBe('Gail Byrd');
    expect(clauseFor('Nora Quist, the harbor commissioner for fisheries (HCF), reacted coldly.', 'reacted').subject).toBe('Nora Quist');
    expect(clauseFor('After meeting Eric Moss, a spokesman for the union said the offer had expired.', 'said').subject).toBe('a spokesman for the union'); // near miss: the name is an object
    expect(clauseFor('Late on Sunday, the Harbor Defense Forces (HDF) announced a deal.', 'announced').subject).toBe('the Harbor Defense Forces'); // near miss: no name before the comma
    expect(clauseFor('Meanwhile, a spokesman for the union said the offer had expired.', 'said').subject).toBe('a spokesman for the union'); // near miss: an adverb, no name
    expect(clauseFor('Lars Meyer, a former harbor governor who argued that the fees were high, left in May.', 'argued')).toMatchObject({ subject: 'Lars Meyer', order: 'before' });
    expect(clauseFor('Lars Meyer met a former harbor governor who argued that the fees were high.', 'argued').subject).toBe('a former harbor governor'); // near miss: no comma, the relative clause is the object's
  });
  it('skips a reduced subordinate clause ("when reached by X") and a participle aside that quotes ("citing \"...,\"") (clause.aside.subordinate-participle, clause.order.inverted-quote)', () => {
    expect(clauseFor('Bo Li, when reached by the Harbor Ledger, said the pier would close.', 'said').subject).toBe('Bo Li');
    expect(clauseFor("Bo Li, citing ''the cost of the dredging,'' said the pier would close.", 'said')).toMatchObject({ subject: 'Bo Li', order: 'before' });
    expect(clauseFor('"The pier is old, sinking and unsafe," said Bo Li.', 'said')).toMatchObject({ subject: 'Bo Li', order: 'inverted' }); // near miss: the participle is inside the quotation
  });
  it('skips a name inside a "whose" clause and the clause\'s predicate, and a name ending the opening name\'s description', () => {
    expect(clauseFor('Bo Li, whose latest firm, Paradata, sells maps to ports, said the pier would close.', 'said').subject).toBe('Bo Li');
    expect(clauseFor('Bo Li, whose hometown, Dayton, is expected to flood by 2040, argues that the levy will fail.', 'argues').subject).toBe('Bo Li');
    expect(clauseFor("Ann Roe, the editor of the port's weekly paper, Harbor Tidings, said the pier would close.", 'said').subject).toBe('Ann Roe');
    expect(clauseFor('Earlier Tuesday, his campaign manager, Bo Weaver, said the pier would close.', 'said').subject).toBe('Bo Weaver'); // near miss: no name opens the sentence
  });
  it('takes the name of an appositive after a description', () => {
    expect(clauseFor('One of the authors of the report, Ann Roe, said no.', 'said')).toMatchObject({ subject: 'Ann Roe', head: 'Roe' });
    expect(clauseFor('One of the authors of the report, Ann Roe, said no.', 'said').phrase).toBe('One of the authors of the report, Ann Roe'); // the whole subject phrase starts at the description
    expect(clauseFor('Ann Roe, one of the authors of the report, said no.', 'said').phrase).toBe('Ann Roe, one of the authors of the report'); // near miss: an aside after the name
    expect(clauseFor('Ann Roe, one of the authors of the report, said no.', 'said').subject).toBe('Ann Roe'); // near miss: the name comes first
  });
  it('reads fronted clauses and keeps the subject of each clause', () => {
    expect(clauseFor('Asked about the vote, the senator said no.', 'said').subject).toBe('the senator');
    expect(clauseFor('In Ohio, the reporter Ann Lee, who covered the race, described the count.', 'described')).toMatchObject({ subject: 'the reporter Ann Lee', head: 'Lee' });
    expect(clauseFor('When the mayor said no, the governor responded.', 'said').subject).toBe('the mayor');
    expect(clauseFor('When the mayor said no, the governor responded.', 'responded').subject).toBe('the governor');
    expect(clauseFor('In Ohio, voters were calm.', 'were').subject).toBe('voters');
  });
  it('finds the head: the name after a title, the noun before a preposition', () => {
    expect(clauseFor('Acme press secretary Lee Wong said no.', 'said').head).toBe('Wong');
    expect(clauseFor('The talks with Ann Roe suggest a deal.', 'suggest')).toMatchObject({ subject: 'The talks with Ann Roe', head: 'talks' });
    expect(clauseFor('The Harbor Council of Ohio said no.', 'said').head).toBe('Ohio');
    expect(clauseFor('British Ambassador to the United States Jane Hollis said no.', 'said').head).toBe('Hollis');
    expect(clauseFor('The wife of President Tom Reyes said no.', 'said').head).toBe('wife'); // near miss: a lower-case head, the name is its post-modifier's
  });
  it('reads a base-form verb after a singular name as a compound noun, not the verb', () => {
    expect(clauseFor('The Reyes campaign said no.', 'said')).toMatchObject({ subject: 'The Reyes campaign', head: 'campaign' });
    expect(clauseFor('"No," said Acme campaign manager Lee Wong in a statement.', 'said')).toMatchObject({ subject: 'Acme campaign manager Lee Wong', head: 'Wong' });
    expect(clauseFor('The Reyes campaign on Monday said no.', 'said')).toMatchObject({ subject: 'The Reyes campaign', head: 'campaign' });
    expect(clauseFor('The talks with Ann Roe suggest a deal.', 'suggest').group).toBe('suggest'); // near miss: a verb with its object
  });
  it('skips a date between the subject and its verb, and a date before a name', () => {
    expect(clauseFor('Ann Roe, who chairs the panel, on Tuesday called the plan reckless.', 'called').subject).toBe('Ann Roe');
    expect(clauseFor('The council less than a month ago said no.', 'said').subject).toBe('The council');
    expect(clauseFor('On Friday Ann Roe said no.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('At a 2014 Senate hearing he said no.', 'hearing').subject).toBeNull(); // near miss: a year is no date gap
  });
  it('reads quantities and comparatives as subjects', () => {
    expect(clauseFor('More than seven in 10 said no.', 'said')).toMatchObject({ subject: 'More than seven in 10' });
  });
  it('keeps adverbs the tagger misreads inside the verb group', () => {
    expect(clauseFor('And I can now say that the plan failed.', 'say')).toMatchObject({ group: 'can now say', subject: 'I' });
  });
  it('finds a subject after a conjunction or a subordinator inside a comma piece', () => {
    expect(clauseFor('Critics listened while Ann Roe, the former secretary, spoke.', 'spoke').subject).toBe('Ann Roe');
    expect(clauseFor('The deal failed, which he said was a shame.', 'said').subject).toBe('he');
    expect(clauseFor('"The count was wrong, he was late," Ann Roe, a pollster, said.', 'said').subject).toBe('Ann Roe');
  });
  it('does not skip an aside that holds a verb before a title and a name', () => {
    expect(clauseFor('Sen. Ann Roe, a Democrat who has long backed Mr. Li, acknowledged the risk.', 'acknowledged').subject).toBe('Sen. Ann Roe');
  });
  it('keeps an auxiliary with its verb across an adverb the tagger misreads', () => {
    expect(clauseFor('Rival candidates have long criticized the plan.', 'criticized')).toMatchObject({ group: 'have long criticized', subject: 'Rival candidates' });
    expect(clauseFor('Ann Roe has nevertheless called the vote unfair.', 'called')).toMatchObject({ group: 'has nevertheless called', subject: 'Ann Roe' });
    expect(clauseFor('Ann Roe praised the plan.', 'praised').group).toBe('praised'); // near miss: no auxiliary
  });
  it('heads a phrase that ends with a titled name on the name', () => {
    expect(clauseFor('Acme Center for Health medical anthropologist Ann Roe told the press it failed.', 'told').head).toBe('Roe');
  });
  it('splits two verbs in a row into two groups and reads a reduced relative clause', () => {
    expect(clauseFor('All the experts I asked said the plan would fail.', 'said')).toMatchObject({ group: 'said', subject: 'All the experts I asked', head: 'experts' }); // a predeterminer stays in its phrase
    expect(clauseFor('The experts said the plan would fail.', 'said').subject).toBe('The experts'); // near miss: no relative clause
    expect(clauseFor('Ann Roe went on to explain the plan.', 'explain')).toMatchObject({ group: 'went on to explain', subject: 'Ann Roe' });
  });
  it('reads a disagreeing singular head as no subject: the plural nouns ending its phrase are', () => {
    expect(clauseFor('That is a fraction of the 20 million voters say they want.', 'say').subject).toBe('voters');
    expect(clauseFor('A fraction of the voters says the plan failed.', 'says').subject).toBe('A fraction of the voters'); // near miss: singular verb, the phrase agrees
    expect(clauseFor('The voters say the plan failed.', 'say').subject).toBe('The voters'); // near miss: plural head
  });
  it('reads a quoted title after a possessive as part of an aside, not as a quotation that inverts the verb', () => {
    expect(clauseFor('Ann Roe, host of Avalon TV\'s "Morning Ann," suggested the plan would fail.', 'suggested')).toMatchObject({ subject: 'Ann Roe', order: 'before' });
    expect(clauseFor('"The plan will fail," said spokesman Josh Patel.', 'said')).toMatchObject({ subject: 'spokesman Josh Patel', order: 'inverted' }); // near miss: a quotation
  });
  it('reads a quoted nickname before a verb and its "that" as part of the subject, not as a quotation that inverts the verb', () => {
    expect(clauseFor('Ivo Brandt, the smuggler known as "the Heron," admitted that he had bribed the guards.', 'admitted')).toMatchObject({ subject: 'Ivo Brandt', order: 'before' });
    expect(clauseFor('"The guards were paid," admitted the smuggler Ivo Brandt.', 'admitted')).toMatchObject({ order: 'inverted' }); // near miss: a quotation, then the subject
  });
  it('walks over a possessive pronoun inside a post-modifier', () => {
    expect(clauseFor('Ann Roe in her first speech called the plan a failure.', 'called')).toMatchObject({ subject: 'Ann Roe in her first speech', head: 'Roe' });
  });
  it('keeps a predeterminer in its phrase', () => {
    expect(clauseFor('Both the parties said the plan failed.', 'said').subject).toBe('Both the parties');
    expect(clauseFor('In the end the parties said the plan failed.', 'said').subject).toBe('the parties'); // near miss: no predeterminer
  });
  it('reads the subject of a bare participle before the verb', () => {
    expect(clauseFor('A study published in 2019 found that the plan failed.', 'found').subject).toBe('A study');
    expect(clauseFor('Ann Roe said praise would not help.', 'praise').subject).toBeNull(); // near miss: nothing between the two verbs
  });
  it('reads a person named after a fronted phrase without a comma', () => {
    expect(clauseFor('In a radio interview Ann Roe declared that the plan failed.', 'declared').subject).toBe('Ann Roe');
    expect(clauseFor('In a radio interview with Ann Roe the plan was called a failure.', 'called').subject).toBe('the plan'); // near miss: the name is the object
  });
  it('heads a quantified phrase by its members and joins coordinated objects of a modifier', () => {
    expect(clauseFor('A number of senators said no.', 'said')).toMatchObject({ subject: 'A number of senators', head: 'senators' });
    expect(clauseFor('The director of the agency said no.', 'said').head).toBe('director'); // near miss: no quantity
    expect(clauseFor('Experts on Korea and nuclear weapons said no.', 'said')).toMatchObject({ subject: 'Experts on Korea and nuclear weapons', head: 'Experts' });
    expect(clauseFor('The Committee for a Fair Budget reported a gap.', 'reported').head).toBe('Budget');
  });
  it('gives a relative pronoun its antecedent', () => {
    expect(clauseFor('It came from the bureau, which said the count was wrong.', 'said').subject).toBe('the bureau');
    expect(clauseFor('He backed the senator who said no.', 'said').subject).toBe('the senator');
  });
});

describe('inverted, participle and absolute subjects', () => {
  it('reads the phrase after an inverted verb, the name after a described one', () => {
    expect(clauseFor('"We won," said spokesman Josh Patel.', 'said')).toMatchObject({ subject: 'spokesman Josh Patel', head: 'Patel', order: 'inverted' });
    expect(clauseFor('"We won," added his spokesman Josh Patel, speaking to reporters.', 'added')).toMatchObject({ subject: 'his spokesman Josh Patel', head: 'Patel', order: 'inverted' }); // a possessive pronoun opens the phrase
    expect(clauseFor('"We won," added he, speaking to reporters.', 'added')).toMatchObject({ subject: 'he', head: 'he', order: 'inverted' }); // near miss: a pronoun of its own
    expect(clauseFor('"We won," said the agency\'s director, Ann Roe.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('"We won," Josh Patel said.', 'said')).toMatchObject({ subject: 'Josh Patel', order: 'before' });
    expect(clauseFor('The count was wrong, said Ann Roe.', 'said')).toMatchObject({ subject: 'Ann Roe', order: 'inverted' });
    expect(clauseFor('The count was wrong, said Ann Roe, and praised the Navy for its help.', 'praised').subject).toBe('Ann Roe'); // coordinated with the inverted clause
    expect(clauseFor('It is the first time a mayor has made it an issue, said Ann Roe, a pollster.', 'said')).toMatchObject({ subject: 'Ann Roe', order: 'inverted' });
    expect(clauseFor('He mocked the plan, called her reckless and left.', 'called').subject).toBeNull(); // near miss: an object pronoun
    expect(clauseFor('"No," said former Ohio Gov. and Harbor Party Chairman Ann Roe.', 'said').head).toBe('Roe');
  });
  it('reads the name that closes an inverted subject behind a place with a comma or a bracketed acronym (clause.inverted.closing-name)', () => {
    expect(clauseFor('"We won," said Port Alder, Oregon\'s harbor master, Lena Voss.', 'said')).toMatchObject({ subject: 'Lena Voss', order: 'inverted' });
    expect(clauseFor('"Apply now," said Harbor Water Board (HWB) Director, Lena Voss.', 'said')).toMatchObject({ subject: 'Lena Voss', order: 'inverted' });
    expect(clauseFor('"We won," said Lena Voss, Port Alder\'s harbor master.', 'said').subject).toBe('Lena Voss'); // near miss: the name opens the phrase
    expect(clauseFor('"We won," said Lena Voss, Acme, Tom Hale.', 'said').subject).toBe('Lena Voss'); // near miss: a person before the last comma
  });
  it('reads a name after a verb that follows a comma before the comma piece, which a preposition governs (the comma piece stays for an object)', () => {
    expect(clauseFor('The mayor should build bridges to Mr. Reed, said Dana Orr, a former strategist.', 'said')).toMatchObject({ subject: 'Dana Orr', order: 'inverted' });
    expect(clauseFor('The harbor has sped the rise and reach of such rumors, said Dana Orr.', 'said')).toMatchObject({ subject: 'Dana Orr', order: 'inverted' });
    expect(clauseFor('The timing of the vote, only days before the summit, suggests careful planning.', 'suggests').subject).not.toBe('careful planning'); // near miss: a lower-case object
  });
  it('reads the name before an unclosed description that a possessive name opens ("Ann Roe, Acme\'s spokesperson told")', () => {
    expect(clauseFor('"We are ready," Tom Hale, Acme\'s spokesperson told reporters.', 'told').subject).toBe('Tom Hale');
    expect(clauseFor('Meanwhile, Acme\'s lawyer said the deal was off.', 'said').subject).toBe("Acme's lawyer"); // near miss: no name before the comma
    expect(clauseFor('After meeting Ann Roe, Acme\'s lawyer said the deal was off.', 'said').subject).toBe("Acme's lawyer"); // near miss: the name is an object
  });
  it('skips a description a possessive name of several words opens ("Ann Roe, Bo Lazar\'s lawyer, said") (clause.aside.name-possessive)', () => {
    expect(clauseFor("Lena Ortiz, Mayor Bo Lazar's former harbor master, said the pier was unsafe.", 'said').subject).toBe('Lena Ortiz');
    expect(clauseFor("Dan Reyes, Harbor Fund's chief counsel, faulted the board for the delay.", 'faulted').subject).toBe('Dan Reyes');
    expect(clauseFor("After the vote, Bo Lazar's former harbor master said the pier was unsafe.", 'said').subject).toBe("Bo Lazar's former harbor master"); // near miss: no name before the description
  });
  it('skips a span of time between commas (clause.aside.time)', () => {
    expect(clauseFor('Ann Roe, two weeks after the vote, said the plan would fail.', 'said').subject).toBe('Ann Roe');
    expect(clauseFor('The ferry board, just days before the summit, said the plan would fail.', 'said').subject).toBe('The ferry board');
  });
  it('gives a participle the subject of its clause', () => {
    expect(clauseFor('The governor attacked the plan, saying it would fail.', 'saying')).toMatchObject({ subject: 'The governor', order: 'participle' });
    expect(clauseFor('Ann Roe bristled at the claim that he was to blame, saying it was false.', 'saying').subject).toBe('Ann Roe'); // the main clause, not the nearest
    expect(clauseFor('The governor is saying it would fail.', 'saying').order).toBe('before'); // near miss: a progressive
  });
  it('gives a participle after a dash the subject of its clause, also past a "with" phrase (clause.order.participle, clause.order.absolute)', () => {
    expect(clauseFor('Mayor Ida Holm rejected the charge that the city broke its lease with the league — saying the league left first.', 'saying')).toMatchObject({ subject: 'Mayor Ida Holm', order: 'participle' });
    expect(clauseFor('The port board met on Monday — citing the storm as its reason.', 'citing')).toMatchObject({ subject: 'The port board', order: 'participle' });
    expect(clauseFor('The lease passed, with board member Ida Holm saying the league left first.', 'saying')).toMatchObject({ subject: 'board member Ida Holm', order: 'absolute' }); // near miss: no dash, the "with" phrase holds its own subject
  });
  it('gives a participle after a preposition and a coordinated verb the main clause\'s subject', () => {
    expect(clauseFor('Ann Roe ended the debate by saying it would fail.', 'saying')).toMatchObject({ subject: 'Ann Roe', order: 'participle' });
    expect(clauseFor('Ann Roe ended the debate by the river.', 'ended').order).toBe('before'); // near miss: no participle
    expect(clauseFor('Ann Roe has halted speeches since announcing her bid.', 'announcing')).toMatchObject({ subject: 'Ann Roe', order: 'participle' });
    expect(clauseFor('The coach scratched her head, and then said it would fail.', 'said')).toMatchObject({ subject: 'The coach', order: 'coordinated' });
    expect(clauseFor('The judge and the clerk said it would fail.', 'said').order).toBe('before'); // near miss: a coordinated subject
  });
  it('gives a verb joined inside a subordinate clause after the main one that clause\'s subject', () => {
    expect(clauseFor('There were sharper digs, such as when Tom Cruz knocked Ann Rubin on trade and called him a moderate.', 'called')).toMatchObject({ subject: 'Tom Cruz', order: 'coordinated' });
    expect(clauseFor('Although Tom Cruz knocked the plan, the mayor has praised it and called it fair.', 'called')).toMatchObject({ subject: 'the mayor', order: 'coordinated' }); // near miss: the main clause comes after the subordinate one
    expect(clauseFor('The center says it would cut revenue as investors sold but would later add jobs.', 'add').subject).toBe('it'); // the nearest main clause, not a subordinate one
  });
  it('gives a participle opening the sentence the subject after the comma that closes it', () => {
    expect(clauseFor('After saying the levy would fail, Rhea Dunn left the hall.', 'saying')).toMatchObject({ subject: 'Rhea Dunn', order: 'participle' });
    expect(clauseFor('Yet having announced that he would resign, Judge Omar Feld read his ruling.', 'announced')).toMatchObject({ subject: 'Judge Omar Feld', order: 'participle' });
    expect(clauseFor('Rhea Dunn, citing the cost, said the levy would fail.', 'citing').subject).not.toBe('the levy'); // near miss: an aside after the subject opens nothing
  });
  it('joins a verb to the open relative clause right before it: the antecedent speaks', () => {
    expect(clauseFor('Rhea Dunn, who backed the levy in May and said she would campaign for it, stayed home.', 'said').subject).toBe('Rhea Dunn');
    expect(clauseFor('Omar Feld praised Rhea Dunn, who backed the levy and said she would campaign for it.', 'said').subject).toBe('Rhea Dunn');
    expect(clauseFor('Omar Feld met Rhea Dunn, who was in town, and said the levy would pass.', 'said').subject).toBe('Omar Feld'); // near miss: a comma closes the relative clause
  });
  it('never hosts a joined verb or a participle on an object read with a participle ("met the crews of the ships hit in the storm and said")', () => {
    expect(clauseFor('Mayor Ines Varga met the crews of the two ferries damaged on Friday and said the port would reopen.', 'said')).toMatchObject({ subject: 'Mayor Ines Varga', order: 'coordinated' });
    expect(clauseFor('The pilots, who hold a majority in the harbor council, have blocked the new fees for years, saying they hurt small crews.', 'saying').subject).toBe('The pilots');
    expect(clauseFor('Ines Varga said Tom Brell lied and added that the fees would stay.', 'added').subject).toBe('Ines Varga'); // a report's content, the reporter joined
    expect(clauseFor('Many waved banners praising the mayor or mocking the council.', 'mocking').subject).toBe('banners'); // near miss: joined -ing verbs share their noun
  });
  it('reads the subject of an absolute clause', () => {
    expect(clauseFor('The plan passed, with spokesman Dan Reyes saying it was fair.', 'saying')).toMatchObject({ subject: 'spokesman Dan Reyes', order: 'absolute' });
    expect(clauseFor('The plan passed, with 40 percent of members saying it was fair.', 'saying')).toMatchObject({ subject: '40 percent of members', order: 'absolute' });
  });
  it('gives a release "saying" the subject of the clause that issued it', () => {
    expect(clauseFor('Ann Roe issued a statement saying the plan would fail.', 'saying')).toMatchObject({ subject: 'Ann Roe', order: 'participle' });
    expect(clauseFor('Ann Roe issued a statement saying the plan would fail.', 'saying').issued).toBe(true); // the participle reports the statement (attribution joins it to the statement's frame)
    expect(clauseFor('Ann Roe issued a statement on Friday, calling on the board to act.', 'calling').issued).toBe(true); // past its date and a comma; a phrasal participle
    expect(clauseFor('Ann Roe left the hearing on Friday, saying the plan would fail.', 'saying')).toMatchObject({ subject: 'Ann Roe', order: 'participle', issued: false }); // near miss: no statement issued
  });
});

describe('attribution reads the clause layer', () => {
  it('keeps a quantified group phrase whole', () => {
    expect(analyze('A number of Senators said the plan would fail.').claims.map((c) => c.source)).toEqual(['number of Senators']);
    expect(analyze('Dozens of residents said the plan would fail.').claims.map((c) => c.source)).toEqual(['Dozens of residents']);
    expect(analyze('Some of the officials said the plan would fail.').claims.map((c) => c.source)).toEqual([null]); // anonymous sourcing stays null
    expect(analyze('About 75 percent of Democrats said the plan would fail.').claims.map((c) => c.source)).toEqual(['About 75 percent of Democrats']);
  });
  it('credits the subject behind an appositive that holds another name', () => {
    const doc = analyze('Brent Ames, founder of the Harbor Council, said the plan would fail.');
    expect(doc.claims.map((c) => c.source)).toEqual(['Brent Ames']);
  });
  it('credits a participle opening the sentence to the subject after its comma', () => {
    expect(analyze('Having announced that he would resign, Judge Omar Feld read his ruling.').claims.map((c) => c.source)).toEqual(['Omar Feld']);
    expect(analyze('After saying the levy would fail, Rhea Dunn left the hall.').claims.map((c) => c.source)).toEqual(['Rhea Dunn']);
  });
  it('credits a participle to the subject of the main clause', () => {
    const doc = analyze('At a rally in Dayton, Ohio, on Monday, Sen. Ann Roe endorsed the plan, saying it would create jobs.');
    expect(doc.claims.map((c) => c.source)).toEqual(['Ann Roe']);
  });
  it('keeps a description whose capitalized word only modifies its plural head', () => {
    expect(analyze('Federal investigators have said the plan would fail.').claims.map((c) => c.source)).toEqual(['Federal investigators']);
    expect(analyze('Avalonian military commentators said the plan would fail.').claims.map((c) => c.source)).toEqual(['Avalonian military commentators']);
    expect(analyze('Quillon Systems issued a recall. Quillon Systems officials said the fault was rare.').claims.map((c) => c.source)).toEqual(['Quillon Systems']); // near miss: officials speak for their body
    expect(analyze('Democratic county chairs warned that turnout would fall.').claims.map((c) => c.source)).toEqual(['Democratic county chairs']); // a title word as a modifier, not a role
    expect(analyze('Republican senators said the plan would fail.').claims.map((c) => c.source)).toEqual(['Republican senators']);
    expect(analyze('Presidential hopefuls in both parties said the plan would fail.').claims.map((c) => c.source)).toEqual(['Presidential hopefuls in both parties']); // a post-modified head keeps its modifier
    expect(analyze('Democratic mayors from three counties said the toll was unfair.').claims.map((c) => c.source)).toEqual(['Democratic mayors from three counties']);
    expect(analyze('Ann Roe met the Republican. The Republican said the plan would fail.').claims.map((c) => c.source)).not.toEqual(['Republican']); // near miss: a lone title word is a role
  });
  it('credits staff at a named body to the body, and a work to the maker its aside names', () => {
    expect(analyze('Analysts at the brokerage Hollin Bank estimated that margins would fall.').claims.map((c) => c.source)).toEqual(['Hollin Bank']);
    expect(analyze('Supporters in Congress said the plan would fail.').claims.map((c) => c.source)).toEqual(['Supporters in Congress']); // near miss: "in" is no affiliation
    expect(analyze('The study, released on Monday by the Harbor Institute, found that margins would fall.').claims.map((c) => c.source)).toEqual(['Harbor Institute']);
    expect(analyze('The study, released on Monday, found that margins would fall.').claims.map((c) => c.source)).toEqual([null]); // near miss: no maker named
  });
  it('takes a lone capitalized subject opening the sentence as a name whatever the tagger says', () => {
    expect(analyze('Mara Hensly spoke first. Hensly also noted that the plan would fail.').claims.map((c) => c.source)).toEqual(['Mara Hensly']); // tagged as an adverb
    expect(analyze('Mara Hensly spoke first. It also noted that the plan would fail.').claims.map((c) => c.source)).toEqual([null]); // near miss: a pronoun
  });
  it('skips a role held somewhere, and a description whose name follows a preposition, as asides', () => {
    expect(analyze('Bo Li, dean of the Avalon College of Law, said the plan would fail.').claims.map((c) => c.source)).toEqual(['Bo Li']);
    expect(analyze('Ann Roe, a spokeswoman for Mrs. Voss, said the plan would fail.').claims.map((c) => c.source)).toEqual(['Ann Roe']);
  });
  it('credits a coordinated verb to the main clause and an adjacent pronoun to its chain', () => {
    expect(analyze('Ann Roe rubbed her chin and then said the plan would fail.').claims.map((c) => c.source)).toEqual(['Ann Roe']);
    expect(analyze('Ann Roe spoke first. She said the plan would fail.').claims.map((c) => c.source)).toEqual(['Ann Roe']);
  });
  it('credits the name after a described inverted subject', () => {
    const doc = analyze('"The plan will fail," said the agency\'s director, Ann Roe.');
    expect(doc.quotes.map((q) => q.speaker)).toEqual(['Ann Roe']);
  });
});

describe('openings that are no part of a clause', () => {
  it('never takes a dateline as a subject: the inverted name after the verb speaks', () => {
    expect(clauseFor('PARIS (AP) — The talks stalled, said Tom Hale, the union leader.', 'said')).toMatchObject({ subject: 'Tom Hale', order: 'inverted' });
    expect(clauseFor('DAYTON, Ohio — The talks stalled, Tom Hale said.', 'said').subject).toBe('Tom Hale');
    expect(clauseFor('PORT ALDER, March 3, 2031 (Agency) - The talks stalled, said Tom Hale, the union leader.', 'said').subject).toBe('Tom Hale');
    const claims = analyze('PARIS (AP) — The talks stalled, said Tom Hale, the union leader.\n\nMore text here.\n').claims;
    expect(claims.map((c) => c.source)).toEqual(['Tom Hale']);
  });
  it('near miss: an acronym opening a sentence without a dash stays its subject', () => {
    expect(clauseFor('NATO said the talks stalled — and then resumed.', 'said').subject).toBe('NATO');
  });
});
