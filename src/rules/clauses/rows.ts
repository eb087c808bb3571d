/**
 * The clause layer's construction rows (DATA ONLY, engine syntax; src/extract/clauses applies them).
 * ORDER decides where a verb group's subject stands (the capture is the verb group); ASIDES decides
 * what a comma piece between a subject and its verb is (the capture is the piece): skipped, or the
 * subject's name itself ("One of the authors, Ann Roe, said").
 */
import { table, type Rule } from '../../engine/rule.js';

/** Where a verb group's subject stands (src/extract/clauses/types.ts explains each). */
export type SubjectOrder = 'before' | 'inverted' | 'participle' | 'absolute' | 'coordinated';

/** An order row's value: where the subject stands, or 'issued': a participle that reports the statement or filing its main clause issued (the subject is the issuer's, as for 'participle'). */
export type OrderValue = SubjectOrder | 'issued';

const order: Rule<OrderValue>[] = [
  { id: 'clause.order.absolute', match: 'with (#Determiner|#Possessive|#Noun|@cap|#Adjective|#Value|of)+ [#Adverb? @ing]', unless: [', [#Adverb? @ing]', '— [#Adverb? @ing]'], note: 'a comma or a dash before the -ing closes the "with" phrase: "celebrated with supporters, declaring" (or "— declaring") is a participle of the main clause', then: 'absolute', example: 'The plan passed, with spokesman Dan Reyes saying the vote was fair.', counter: 'The plan passed, and spokesman Dan Reyes said the vote was fair.' },
  { id: 'clause.order.release-comma', match: '%release% (#Date|#Value|%date-tail%)* , [#Adverb? @ing #Particle?]', then: 'issued', example: 'Ann Roe issued a statement on Friday, saying the plan would fail.', counter: 'Ann Roe left the hearing on Friday, saying the plan would fail.', note: 'a participle after the statement and its date, past a comma, still reports the statement: the main clause\'s subject' },
  { id: 'clause.order.participle', match: '(,|—) [(#Adverb|#Negative)* @ing]', then: 'participle', note: 'a dash opens the participle as a comma does ("rejected the charge — saying the league left first")', example: 'Ann Roe attacked the plan, saying it would fail.', counter: 'Ann Roe attacked the plan and said it would fail.' },
  { id: 'clause.order.participle-prep', match: '(by|while|before|after|when|without|in|despite|from|since) [(#Adverb|#Negative)* @ing]', unless: ['by [adding]'], note: '"by adding X" is mostly "by including X", no report', then: 'participle', example: 'Ann Roe ended the debate by saying the plan would fail.', counter: 'Ann Roe ended the debate by the river and said the plan would fail.' },
  { id: 'clause.order.release', match: '%release% [#Adverb? @ing #Particle?]', then: 'issued', example: 'Ann Roe issued a statement saying the plan would fail.', counter: 'The statement was clear and Ann Roe said the plan would fail.', note: 'a statement or ad "saying" speaks for whoever issued it: the main clause\'s subject' },
  {
    id: 'clause.order.issued-participle', match: '#Verb (#Adverb|#Particle)? (#Determiner|#Possessive|#Adjective|#Value|#Noun|@cap)* %issued% (#Date|#Value|%date-tail%)* (to (#Determiner|#Possessive|#Adjective|#Noun|@cap)+)? (#Date|#Value|%date-tail%)* [#Adverb? @ing #Particle?]', then: 'issued',
    note: 'a participle after the object a verb issues, with a date or a recipient between ("filed a lawsuit in 2019 alleging", "sent a message to members saying") speaks for the issuer: the main clause\'s subject; with no verb before the noun, the noun is the subject itself ("A lawsuit alleging fraud was filed")',
    example: 'Bo Lazar filed a lawsuit in 2019 alleging that the port had cheated its pilots.', counter: 'A lawsuit alleging that the port had cheated its pilots was filed in 2019.',
  },
  {
    id: 'clause.order.issued-in-participle', match: '#Verb (#Adverb|#Particle)? #Pronoun? (in|on|via) (#Determiner|#Possessive|#Adjective|#Value|#Noun|@cap)* %issued% (#Date|#Value|%date-tail%)* (to (#Determiner|#Possessive|#Adjective|#Noun|@cap)+)? (#Date|#Value|%date-tail%)* [#Adverb? @ing #Particle?]', then: 'issued',
    note: 'a participle after the statement a verb speaks through, its recipient between ("wrote in a statement to the Ledger explaining", "put it in a memo to staff explaining") reports that statement: the main clause\'s subject, not the recipient',
    example: 'Ann Roe wrote in a letter to the harbor board explaining that the pier would close in May.', counter: 'Ann Roe wrote about a letter to the harbor board explaining that the pier would close in May.',
  },
  { id: 'clause.order.coordinated', match: '(and|but|yet|or) [.+]', then: 'coordinated', example: 'Ann Roe rubbed her chin and then said the plan would fail.', counter: 'Ann Roe and Bo Li said the plan would fail.', note: 'a verb group joined to the one before it shares its subject (the main clause\'s)' },
  {
    id: 'clause.order.asked-by', match: '^ (when|if|once)? [asked] by', then: 'inverted',
    note: 'a fronted question put by someone ("When asked by X about Y, Z said"): the asker, named after "by", is the subject of "asked"; the main clause keeps its own',
    example: 'When asked by host Tom Hale about the fees, Mara Voss said they would rise.', counter: 'When asked about the fees, Mara Voss said they would rise.',
  },
  { id: 'clause.order.inverted-quote', match: '" [.+]', unless: ['#Possessive @cap+ " [.+]', ', {#Gerund !@inQuote} !@hasComma* . " [.+]', '" [.+] that', '@cap , {!@cap !#Verb !@inQuote} {!#Verb !@inQuote}* " @inQuote+ " [.+]'], note: 'a quoted title after a possessive ("host of Avalon TV\'s \"Morning Ann,\" said") closes no quotation: the verb keeps its subject before; nor does a quoted title closing a verbless appositive after a name ("Ann Kerr, star of the drama \"Harbor,\" thanked", "Bo Li, author of \"Tides,\" said"); nor does a quotation a participle aside quotes ("Bo Li, citing \"the cost,\" said"); nor a quoted nickname before a verb and its "that" ("the hacker known as \"Ghost,\" stated that"): an inverted verb has its subject, never "that", next', then: 'inverted', example: '"We will win," said spokesman Josh Patel.', counter: '"We will win," Josh Patel said.' },
  { id: 'clause.order.inverted-first', match: '^ [.+] !@lower', then: 'inverted', example: 'Said Ann Roe: "We will win."', counter: 'Ann Roe said: "We will win."' },
];

/**
 * Which earlier clause of the sentence a participle (", saying ...") hangs on: the first main clause, or a
 * later one these rows admit, the last that holds (the capture is the later clause: its subject and verb group).
 */
const hosts: Rule<'host'>[] = [
  {
    id: 'clause.host.comma-joined', match: ', (and|but|yet) [.+]', then: 'host',
    note: 'a main clause joined after a comma ends the clause before it: the participle after it is its own ("say X, and the union sued, saying"); without the comma the joined clause may be the content of a report before it',
    example: 'Protest groups say the rules are unfair, and the union has sued the city, saying they violate free speech.',
    counter: 'Ann Roe said the plan failed and the firm lost money, adding that the board would meet.',
  },
  {
    id: 'clause.host.closing-report', match: '(,|") [.+] , #Adverb? @ing', then: 'host',
    note: 'a report between commas right before the participle is the clause it hangs on: "X left early, Nefzi said, adding ..."',
    example: 'The pier was closed for a week, Ann Roe said, adding that the ferries would wait.',
    counter: 'The pier was closed for a week, adding to the delays, Ann Roe said.',
  },
];

/** A clause that is the content of a report right before it ("said he welcomed it and added"): no host for a joined verb or a participle (the capture is the clause: its subject and verb group). */
const complements: Rule<'content'>[] = [
  {
    id: 'clause.complement.reported', match: '%reporting% (#Date|#Adverb)* that? [.+]', unless: [', [.+]', '— [.+]'], then: 'content',
    note: 'a verb joined after the content of a report shares the reporter\'s subject, not the content\'s; a comma or dash before the clause ends the report ("to host the contest Tuesday, Bush referred")',
    example: 'In a long interview last year, Bo Lazar said he welcomed the move and added, "I will plead guilty."',
    counter: 'Bo Lazar welcomed the move and added, "I will plead guilty."',
  },
];

/** A joined verb group that reports (a reporting verb with no auxiliary first): a report's content is no host for it (the capture is the verb group). */
const joinedReports: Rule<'report'>[] = [
  {
    id: 'clause.joined.report', match: '[(%reporting%|!%aux% .* %reporting%)] (that|, .|: .|" .)', then: 'report',
    note: '"said he welcomed X and added that", "went on to say, \'...\'" join the reporter (a report with its content: "that", a comma, a colon or a quotation); "says it would cut X but would later add Y" (an auxiliary first) and "said he has not held X and never called a donor" continue the content',
    example: 'Bo Lazar said he welcomed the move and added that he would plead guilty.',
    counter: 'The center says it would cut revenue but would later add jobs.',
  },
];

/** skip: the piece hangs on the phrase before it; name: the piece is the subject's name; open: a relative clause, skipped with every later piece up to the verb (its own commas: "who lives outside the capital, Lisbon,"). */
type Aside = 'skip' | 'name' | 'open';

const asides: Rule<Aside>[] = [
  { id: 'clause.aside.whose-name', match: 'whose !@hasComma* . , [@cap+]', then: 'skip', note: 'a name set off inside a "whose" clause is the owned thing\'s, not the subject\'s', example: 'Bo Li, whose latest firm, Paradata, sells maps to ports, said the pier would close.', counter: 'One of the founders of the firm, Bo Li, said the pier would close.' },
  { id: 'clause.aside.whose-predicate', match: 'whose .+ , [(%aux%|#Verb) .*]', then: 'skip', note: 'the predicate of a "whose" clause cut by an appositive ("whose hometown, Miami, is projected to ...")', example: 'Bo Li, whose hometown, Dayton, is expected to flood by 2040, argues that the levy will fail.', counter: 'Bo Li, whose hometown is Dayton, argues that the levy will fail.' },
  { id: 'clause.aside.name-of-appositive', match: '^ (#Person|#Organization|#ProperNoun)+ , (the|a|an|his|her|its|their) .+ , [@cap+]', then: 'skip', note: 'a name after the description of the opening name is what the description ends with ("Ann Roe, the editor of the city\'s paper, the Harbor Ledger, said"): the opening name is the subject', example: "Ann Roe, the editor of the port's weekly paper, Harbor Tidings, said the pier would close.", counter: 'Earlier Tuesday, his campaign manager, Bo Weaver, said the pier would close.' },
  { id: 'clause.aside.relative', match: '[(who|which|whose|whom) .*]', then: 'open', note: 'a relative clause runs on to the verb over its own commas: "Tom Hale, who was to fly to Dayton, Ohio, on Friday, said" is Hale\'s, not Ohio\'s', example: 'Mia Ortiz, who chairs the panel and has long opposed the plan, said it would fail.', counter: 'Mia Ortiz chairs the panel and said the plan would fail.' },
  { id: 'clause.aside.bracket', match: '[@bracketed .*]', then: 'skip', example: 'Sen. Ann Roe (D-Ohio) said the plan would fail.', counter: 'Sen. Ann Roe of Ohio said the plan would fail.' },
  { id: 'clause.aside.age', match: '[#Value]', then: 'skip', example: 'Ann Roe, 67, said the plan would fail.', counter: 'Ann Roe said 67 plans would fail.' },
  { id: 'clause.aside.party', match: '[(@partyState|(democrat|republican|independent) of) .*]', then: 'skip', example: 'Ann Roe, R-Ohio, said the plan would fail.', counter: 'Ann Roe of Ohio said the plan would fail.' },
  { id: 'clause.aside.state', match: '(of|in|from|near) @cap+ , [@cap @cap?]', unless: ['#Date , [.+]', '[#FirstName @cap]'], note: 'a fronted "In May," or "In Dayton," before a person\'s name ("In May, Ann Roe, a nurse, told X") is no city and state: the name is the subject', then: 'skip', example: 'Ann Roe, 30, of Dayton, Ohio, who was polled, said the plan would fail.', counter: 'Ann Roe of Dayton said the plan would fail.' },
  { id: 'clause.aside.name', match: '@lower , [@cap+]', then: 'name', example: 'One of the authors of the report, Ann Roe, said the plan would fail.', counter: 'Ann Roe, one of the authors of the report, said the plan would fail.' },
  { id: 'clause.aside.determiner', match: '[(the|a|an|his|her|its|their|another|one|both|then|now) .*]', unless: ['[!(#Verb|#Preposition)* #FirstName @cap]', '[!(#Verb|#Preposition)* %title% #Person+]'], note: 'a name after a preposition is no name of the subject: "Ann Roe, a spokesman for Mrs. Voss," is an aside', then: 'skip', example: 'Ann Roe, the ministry spokeswoman, said the plan would fail.', counter: 'In Ohio, the reporter Ann Lee, who covered the race, said the plan would fail.' },
  { id: 'clause.aside.possessive', match: '[#Possessive .+]', then: 'skip', example: "Ann Roe, Acme's lawyer, said the plan would fail.", counter: "Acme's lawyer said the plan would fail." },
  { id: 'clause.aside.name-possessive', match: '[@cap+ @poss .+]', then: 'skip', note: 'a description opened by a possessive name of several words ("Bo Lazar\'s lawyer", "Mr. Voss\'s former campaign manager"): the name before it is the subject, as with a one-word owner; a second example from another text: "Bo Li, Mayor Ann Roe\'s press secretary, told reporters the pier would close."', example: "Ann Roe, Bo Lazar's longtime lawyer, said the plan would fail.", counter: "Bo Lazar's longtime lawyer said the plan would fail." },
  { id: 'clause.aside.title', match: '[%title% .*]', unless: ['[%title%+ @cap+]'], then: 'skip', example: 'Brent Ames III, founder of the Harbor Council, said the plan would fail.', counter: 'The founder of the Harbor Council said the plan would fail.' },
  { id: 'clause.aside.role-of', match: '@cap , [@lower? #Singular (of|for|at) .+]', then: 'skip', note: 'a role held somewhere, after a name: "Bo Li, dean of the law school,"', example: 'Dan Reyes, senior adviser for Pacific trade at the Harbor Council, said the plan would fail.', counter: 'In Ohio, members of the panel said the plan would fail.' },
  {
    id: 'clause.aside.as-opening', match: '^ (#Conjunction|#Adverb)? [as @cap+]', then: 'name',
    note: 'a fronted "as" clause whose name an appositive follows ("But, as Ines Varga, the club\'s treasurer, said:"): nothing but a conjunction stands before it, so it is no aside of an earlier subject; the name after "as" is the subject of the verb; a second example from another text: "But, as Mayor Ann Roe, who ran the port for years, said: \"The ferries come first.\""',
    example: 'But, as Ines Varga, the club\'s treasurer, said: "We can pay the rent until June."', counter: 'Ines Varga, as the club\'s treasurer, wrote it plainly: "We can pay the rent until June."',
  },
  { id: 'clause.aside.preposition', match: ', [(#Preposition|according|as|per|like|unlike|citing|along) .*]', then: 'skip', example: 'Ann Roe, in a statement on Monday, said the plan would fail.', counter: 'In a statement on Monday Ann Roe said the plan would fail.' },
  { id: 'clause.aside.subordinate-participle', match: '[(when|while|if|once|after|before|though|although|until) (#Gerund|#PastTense|#Participle) .*]', then: 'skip', note: 'a reduced subordinate clause after the subject ("when reached by phone", "while speaking in Dayton") is skipped like a participle: its agent after "by" is no subject', example: 'Bo Li, when reached by the Harbor Ledger, said the pier would close.', counter: 'When Bo Li reached the harbor, he said the pier would close.' },
  { id: 'clause.aside.time', match: '[(just|only|barely|some|about|nearly)? (#Value|a|few|several|mere)* #Duration (before|after|ago|earlier|later) .*]', then: 'skip', note: 'a span of time before or after an event, between commas, dates the clause ("The ruling, two weeks after the vote, drew ...", "The timing, just days before the summit, suggests ..."): no subject', example: 'Ann Roe, two weeks after the vote, said the plan would fail.', counter: 'Two weeks after the vote, Ann Roe said the plan would fail.' },
  { id: 'clause.aside.participle', match: '[(#Gerund|#PastTense|#Participle) .*]', then: 'skip', example: 'Ann Roe, speaking to reporters, said the plan would fail.', counter: 'Ann Roe spoke to reporters and said the plan would fail.' },
  { id: 'clause.aside.reflexive', match: '[(himself|herself|themselves|itself) .+]', then: 'skip', note: 'an emphatic reflexive opens a description of the name before it ("himself a harbor pilot", "herself a nurse")', example: 'Bo Li, himself a harbor pilot, said the plan would fail.', counter: 'Bo Li said the plan would fail himself.' },
  { id: 'clause.aside.also', match: '[(also|too|likewise) .+]', then: 'skip', note: 'a piece opened by "also" adds to the name before it ("also a pilot", "also of Dayton", "also FEMA")', example: 'Bo Li, also a harbor pilot, said the plan would fail.', counter: 'Bo Li also said the plan would fail.' },
  { id: 'clause.aside.adverb', match: '[(#Adverb|however|meanwhile|though|too)+]', then: 'skip', example: 'Ann Roe, however, said the plan would fail.', counter: 'Ann Roe however said the plan would fail.' },
];

/**
 * A comma piece right before the verb with no comma to close it, that still hangs on the phrase before it
 * (the capture is the piece): newswriters drop the second comma of "in Munich, Germany,". The subject is
 * the phrase before the place's preposition, when that phrase opens its clause (src/extract/clauses/subject.ts).
 */
const placeTails: Rule<'skip'>[] = [
  {
    id: 'clause.place-tail.city-country', match: '(#Noun|@cap) (in|of|from|near|outside) @cap+ , [(#Country|#Region|#City)+]', unless: ['#Date , [.+]', '[#FirstName .*]'], then: 'skip',
    note: 'a city and its country or state after a body\'s name: the body is the subject, not the country; a fronted "In Dayton, Ohio said" has no phrase before the preposition and keeps the country',
    example: 'The Regional Water Board in Porto, Portugal confirmed that the reservoir was safe.', counter: 'After the talks in Paris, Portugal confirmed that the reservoir was safe.',
  },
];

/** Words between a subject and its verb group that belong to neither: "Ann Roe on Friday said" (the capture is the gap). */
const gaps: Rule<'skip'>[] = [
  { id: 'clause.gap.ago', match: '!(#Preposition|#Determiner) [(less|more|than|about|nearly|some|a|an|#Value|#Date)+ ago] #Verb', unless: ['[.+] #Gerund'], then: 'skip', example: 'The council less than a month ago said the plan would fail.', counter: 'Two weeks ago the agency said the plan would fail.' },
  { id: 'clause.gap.during', match: '@cap [during (a|an|the|#Possessive)? (#Adjective|#Value)* (#Noun|#Date)+] #Verb', unless: ['[.+] #Gerund'], then: 'skip', note: 'a "during" phrase between a name and its verb dates the clause ("Ann Roe during a town hall said"): it belongs to neither', example: 'Ann Roe during a town hall said the plan would fail.', counter: 'During a town hall Ann Roe said the plan would fail.' },
  { id: 'clause.gap.date', match: '!(#Preposition|#Determiner) [(just|only|also)? (on|last|this|early|late|earlier|later)? #Date+] #Verb', unless: ['[#Date+] #Date', '[.+] #Gerund'], then: 'skip', example: 'Ann Roe on Friday said the plan would fail.', counter: 'On Friday Ann Roe said the plan would fail.' },
];

/** Words that stay inside a verb group though the tagger reads them otherwise: "can now say", "has also said". */
export const VERB_ADVERBS: ReadonlySet<string> = new Set(['now', 'also', 'still', 'then', 'later', 'again', 'once', 'never', 'already', 'often', 'always', 'just', 'even', 'last', 'long', 'first', 'nevertheless', 'nonetheless', 'earlier']);

/** Auxiliaries and modals, whatever the tagger says when an adverb splits them from their verb ("has even claimed"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** Things issued that "say" for their issuer: "issued a statement saying". */
export const RELEASE_NOUNS: ReadonlySet<string> = new Set(['statement', 'release', 'letter', 'memo', 'note', 'post', 'tweet', 'ad', 'video', 'filing', 'email', 'message']);

/** Things a verb issues or makes that "say" for whoever issued them, with a date or a recipient before the participle ("filed a lawsuit in 2019 alleging", "fired back a response saying"): the release nouns and documents, filings and replies. */
export const ISSUED_NOUNS: ReadonlySet<string> = new Set([...RELEASE_NOUNS, 'resolution', 'lawsuit', 'suit', 'complaint', 'petition', 'response', 'reply', 'report', 'website', 'op-ed', 'editorial', 'column', 'announcement', 'advertisement', 'commercial', 'cover', 'article', 'proposal', 'motion']);

/** Words before a number that belong to its phrase: "About 9 percent said". */
export const NUMBER_LEADS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'roughly', 'some', 'only', 'over', 'under', 'around', 'approximately', 'just']);

/** Words before a determiner that belong to its phrase: "all the economists", "both the parties", "half the voters". */
export const PREDETERMINERS: ReadonlySet<string> = new Set(['all', 'both', 'half']);

/** Words before "than" that open a quantity subject: "More than seven in 10 said". */
export const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'greater']);

/** Quantity heads whose phrase names its members after "of": "one of the advisers", "a number of senators", "dozens of voters". */
export const QUANTITY_HEADS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'all', 'several', 'few', 'none', 'each', 'both', 'any', 'number', 'group', 'handful', 'majority', 'minority', 'dozens', 'hundreds', 'thousands', 'millions', 'scores', 'half', 'couple', 'lot', 'lots', 'host', 'series', 'pair', 'trio', 'team', 'coalition', 'bunch', 'percent', 'quarter', 'third']);

/** Links that give a role or a lower-case head its post-modifier: "the mayor of Lyon", "the lawyer for the family", "the head at Acme". */
export const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from']);

/** Prepositions that join a post-modifier to a noun in a subject phrase ("director of", "experts at", "talks with"). */
export const POST_MODIFIER_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'to', 'on']);

/** The infinitive marker: a verb after it goes on with the verb group before ("tried to argue", "went on to say"). */
export const INFINITIVE_MARKERS: ReadonlySet<string> = new Set(['to']);

/** The preposition of a participle's agent ("emails combed through by Vox suggest"): the participle is a reduced clause, its subject the phrase before. */
export const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(['by']);

/** Of RELATIVE_PRONOUNS, the one that opens no relative clause after a comma ("the group that said", never "the group, that said"). */
export const RESTRICTIVE_RELATIVES: ReadonlySet<string> = new Set(['that']);

/** The link after a quantity head that names its members ("one of the advisers", "dozens of voters"). */
export const QUANTITY_LINKS: ReadonlySet<string> = new Set(['of']);

/** The word after a comparative that opens a quantity subject ("More than six in 10 said"). */
export const COMPARISON_LINKS: ReadonlySet<string> = new Set(['than']);

/** Conjunctions that join two noun phrases into one subject ("the mayor and the chief"). */
export const PHRASE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Words that open a clause though the tagger reads them as prepositions: "after Ann Roe said", "which he said". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['which', 'that', 'who', 'whom', 'how', 'why', 'whether', 'after', 'before', 'since', 'until', 'as', 'while', 'when', 'because', 'although', 'though', 'if', 'once', 'whereas']);

/** Pronouns that are objects, never an inverted subject: "called her". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'them', 'us', 'me', 'it', 'you']);

/** Relative pronouns that open a clause after a noun phrase ("the mayor, who ..."): a subject phrase or a description ends before them. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Quantifiers that stand alone as a subject ("another says", "most say", "some argue"); "all", "both" float after their subject ("they all said") and are no subject alone. */
export const LONE_QUANTIFIERS: ReadonlySet<string> = new Set(['another', 'others', 'most', 'many', 'some', 'several', 'few', 'none']);

/** Words of a date-only tail after a participle ("a report released last year found", "records released on Friday night revealed"). */
export const DATE_TAIL_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'early', 'late', 'earlier', 'later', 'morning', 'afternoon', 'evening', 'night']);

/** Relative pronouns the tagger may read as determiners ("Democrats who watched"): a verb follows them, never a noun. */
export const WH_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whom']);

/** Words that join two capitalized names into one phrase ("Citizenship and Immigration Services", "Gov. and Committee Chairman Ann Roe"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['and', '&']);

/** Prepositions and subordinators that end a subject phrase read leftwards from its verb ("in Ohio", "after the vote", "while ..."). */
export const SUBJECT_PHRASE_STOPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'while', 'when']);

/**
 * What opens a sentence before its first clause and is no part of it: a dateline ("PARIS (AP) —", "DAYTON,
 * Ohio —", "WASHINGTON, March 3, 2031 (Agency) -"). The one definition of a dateline: the actors stage reads
 * the same row, its inner capture being the dateline's place ("PARIS", "DAYTON").
 */
export const DATELINE_ROW: Rule<'skip'> = {
  id: 'clause.opening.dateline', match: '^ [[@upper+] (, (@cap|#Date|#Value)+)* @cap?] —', then: 'skip',
  note: 'a dateline is never a subject: "PARIS (AP) — The talks stalled, said Tom Hale" is Hale\'s; a state, a date and an agency may follow the place',
  example: 'PORT ALDER, March 3, 2031 (Agency) - The talks stalled, said Tom Hale, the union leader.', counter: 'NATO said the talks stalled — and then resumed.',
};
const openings: Rule<'skip'>[] = [DATELINE_ROW];

/** What the noun-phrase reader takes beyond a phrase's plain words (src/extract/clauses/noun-phrase.ts). */
export type PhraseStep = 'post-modifier' | 'tail' | 'stop';

const postModifiers: Rule<PhraseStep>[] = [
  {
    id: 'clause.phrase.post-modifier', match: '[!@cap] (%role-link%|to|with) .', then: 'post-modifier',
    note: 'a lower-case head read rightwards (an inverted subject) takes its post-modifier; a name ends its phrase ("said Ann Roe of Acme" is Ann Roe)',
    example: '"The tide is turning," said a pilot for one of the ferry lines.', counter: '"The tide is turning," said Ann Roe of the Harbor Council.',
  },
  {
    id: 'clause.phrase.participle-post-modifier', match: '[(involved|briefed)] (in|on) .', then: 'post-modifier',
    note: 'a participle that describes a person ("involved in", "briefed on", read as an adjective by retag.participle.post-modifier) takes its object into the phrase, as "close to" does',
    example: '"The tide is turning," said one pilot involved in the strike.', counter: '"The tide is turning," said one pilot involved.',
  },
];

const tails: Rule<PhraseStep>[] = [
  {
    id: 'clause.phrase.partitive-pronoun', match: '(#Noun|#Value|#Adjective) of [#Pronoun]', then: 'tail',
    note: 'a pronoun closing a partitive is no subject of its own: "three-fourths of them tell" is the whole phrase\'s',
    example: 'Nearly three-fourths of them tell pollsters the pier is safe.', counter: 'Nearly all sailors like them tell pollsters the pier is safe.',
  },
  {
    id: 'clause.phrase.those-participle', match: 'those [#PastTense]', then: 'tail',
    note: 'a bare participle after "those" describes them inside the phrase: "of those polled say"',
    example: 'Forty-two percent of those polled say the pier is safe.', counter: 'Forty-two percent of those sailors say the pier is safe.',
  },
];

const stops: Rule<PhraseStep>[] = [
  {
    id: 'clause.phrase.relative-stop', match: '[.] %relative%', then: 'stop',
    note: 'a relative clause after an inverted subject ends the subject phrase',
    example: '"We lost the vote," said one former pilot who asked not to be named.', counter: '"We lost the vote," said one former pilot, smiling.',
  },
];

/**
 * A description after an inverted verb that names its person with a naming participle ("said a guard named
 * Tom Hale", "said the night manager known as Rick"): the name is the subject, as after an appositive comma
 * (src/extract/clauses/subject.ts, inverted). The capture is the description's last word; the match ends at
 * the name's first word.
 */
const namedAfter: Rule<'named'>[] = [
  {
    id: 'clause.named.participle', match: '[!@cap] (named|nicknamed) @cap', then: 'named',
    example: '"We never closed the gate," said a guard named Tom Hale.', counter: '"We never closed the gate," said a guard who named Tom Hale.',
  },
  {
    id: 'clause.named.known-as', match: '[!@cap] (known|identified) only? as @cap', then: 'named',
    note: 'a person known or identified by a name ("the station chief known as Rick"): that name',
    example: '"The dock will reopen," said the night manager known as Rick.', counter: '"The dock will reopen," said the night manager, known as a careful man.',
  },
  {
    id: 'clause.named.calling-self', match: '[!@cap] (calling|identifying) (himself|herself|themselves) as? @cap', then: 'named',
    note: 'a writer who gives a name ("a user calling himself Pedro Pan"): that name',
    example: '"Nobody listens to us," wrote a woman calling herself Ana Lopez.', counter: '"Nobody listens to us," wrote a woman calling her sister.',
  },
];

/**
 * An inverted subject that closes its sentence with a person's name after a comma, behind a description
 * the phrase reader stops in (a comma inside a place name, an acronym in brackets): the name speaks, as
 * "said the agency's director, Ann Roe" does. The capture is the name; only nominal words stand before it.
 */
const invertedNames: Rule<'name'>[] = [
  {
    id: 'clause.inverted.closing-name', match: '^ (#Noun|#Adjective|#ProperNoun|#Acronym|#Possessive|#Value|#Determiner|of|for|at)+ , [{@cap !#Verb} {@cap !#Verb}+] $',
    unless: ['^ .+ , .+ , .+ , [.+] $', '^ .* #Person .* , [.+] $', '^ #Determiner .+ , [.+] $'],
    then: 'name',
    note: 'a comma inside a place name ("Riverton, Idaho\'s mayor") or a bracketed acronym ("Water Board (WB) Chair") ends the phrase reader\'s description early; the closing name after the last comma is the speaker. No list ("and"), no verb, no person, at most two commas before the name; a description opened by a determiner is the appositive rows\' ("said the harbor chief at the time, Ann Roe")',
    example: '"The river is rising," said Port Alder, Oregon\'s harbor master, Lena Voss.',
    counter: '"The river is rising," said Lena Voss, Port Alder\'s harbor master.',
  },
];

/**
 * A participle opening its sentence, with only prepositions, subordinators or adverbs before it (the capture is
 * its verb group's first word): with no subject of its own it takes its main clause's (src/extract/clauses/index.ts).
 */
const fronted: Rule<'participle'>[] = [
  {
    id: 'clause.fronted.participle', match: '^ (#Preposition|#Conjunction|#Adverb)* [(#Gerund|having|being)]', then: 'participle',
    note: 'the tagger marks a main verb\'s -ing form #Gerund ("After selling the farm, Bo Lazar moved"), but "having" and "being" before a participle as auxiliaries ("Having sold the farm, Bo Lazar moved", "Despite being warned, ...")',
    example: 'Having sold the farm last spring, Bo Lazar said the town had changed.',
    counter: 'Bo Lazar sold the farm last spring, saying the town had changed.',
  },
];

export const CLAUSE_ORDER = table('clauses.order', 'clauses', order);
export const CLAUSE_OPENINGS = table('clauses.openings', 'clauses', openings);
export const CLAUSE_FRONTED = table('clauses.fronted', 'clauses', fronted);
export const CLAUSE_COMPLEMENTS = table('clauses.complements', 'clauses', complements);
export const CLAUSE_JOINED_REPORTS = table('clauses.joined-reports', 'clauses', joinedReports);
export const CLAUSE_HOSTS = table('clauses.participle-hosts', 'clauses', hosts);
export const CLAUSE_ASIDES = table('clauses.asides', 'clauses', asides);
export const CLAUSE_GAPS = table('clauses.gaps', 'clauses', gaps);
export const CLAUSE_PLACE_TAILS = table('clauses.place-tails', 'clauses', placeTails);
export const CLAUSE_POST_MODIFIERS = table('clauses.post-modifiers', 'clauses', postModifiers);
export const CLAUSE_PHRASE_TAILS = table('clauses.phrase-tails', 'clauses', tails);
export const CLAUSE_PHRASE_STOPS = table('clauses.phrase-stops', 'clauses', stops);
export const CLAUSE_NAMED_AFTER = table('clauses.named-after', 'clauses', namedAfter);
export const CLAUSE_INVERTED_NAMES = table('clauses.inverted-names', 'clauses', invertedNames);
