/**
 * Described sources (DATA ONLY, lower case; the rows of tables sources.described and sources.role): a subject phrase that opens with one of these words
 * keeps its phrase as the source ("Another voter said", "Most economists expect"); one headed by an
 * anonymous-sourcing noun and naming no one stays null, as the output contract says.
 */
import { table, type Rule } from '../../engine/rule.js';
import { LONE_QUANTIFIERS, RELEASE_NOUNS, ROLE_LINKS } from '../clauses/rows.js';
import { ANONYMOUS_POST_WORDS, DEFINITE_OPENERS, PHRASE_ROLE_HEADS } from './phrase-sources.js';
import { DEFINITE_ARTICLES as DEFINITE_ARTICLE_ROWS } from '../actors/function-words.js';
import { AFFILIATION_LINKS, GROUP_LINKS, GROUP_QUALIFIERS, PRONOUNS, ROLE_NOUNS, set, TITLE_WORDS } from './sources.js';

/** Words that open a described (indefinite or quantified) subject: "a bartender", "some 22 percent", "few people". */
export const DESCRIBED_OPENERS = set(`
  a an another other some many most few several all both each every one two three four five six seven eight nine ten
  dozens hundreds thousands millions numerous more less half majority minority nearly almost about roughly only just
  at mere
`);

/**
 * Quantifiers that stand alone for their speakers: "another said", "most say", "others argue". The clause
 * layer's lone subjects, plus the ones that head a phrase but float after a subject ("both", "all": "they all
 * said") and "half" ("half of voters say").
 */
export const STANDALONE_QUANTIFIERS: ReadonlySet<string> = new Set([...LONE_QUANTIFIERS, 'both', 'all', 'half']);

/** Openers that make a singular head a described speaker: "a bartender said", "one former executive said", "another voter said". */
export const INDEFINITE_OPENERS = set('a an one another each every no');

/** The article that makes a role with a post-modifier a definite description: "the mayor of Lyon". */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(DEFINITE_ARTICLE_ROWS.map((r) => r.word)); // one row for the whole project: src/rules/actors/function-words.ts

/** Number words that may stand between a definite article and its head: "the two companies", "the three agencies". */
export const DEFINITE_COUNTS = set('two three both');

/** Links that give a role its post-modifier (one list, the clause layer's): "the mayor of Lyon", "the lawyer for the family". */
export { ROLE_LINKS };

/** Articles a described phrase drops: "a bartender in Dayton" -> "bartender in Dayton" ("the" makes it definite). */
export const DROPPED_ARTICLES = set('a an');

/** Clause-initial words before a subject phrase: "But another voter said", "And most economists say". */
export const NP_LEADS = set('and but so yet still even then also now');

/** Anonymous-sourcing heads (SCHEMA: source null unless the phrase names a person or a body). */
export const ANONYMOUS_HEADS = set(`
  official officials source sources aide aides insider insiders staffer staffers adviser advisers advisor advisors
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen
`);

/** Heads made anonymous by an anonymous post-modifier that names no one (SCHEMA: "person or people when familiar with, briefed on, close to ... follow"). */
export const ANONYMOUS_PERSON_HEADS = set('person people persons');

/** Heads that speak for the body or person modifying them ("Acme officials", "Avalonian regulators"): the modifier is the source, not the description. */
export const OFFICIAL_HEADS = set('officials diplomats negotiators authorities regulators prosecutors ministers lawyers attorneys spokespeople representatives');

/** Works that speak for whoever made them: "The report, published by the Harbor Institute, found" credits the institute. */
export const WORK_NOUNS = set('report study poll survey analysis review article book memo audit investigation examination paper');

/** The word that names a work's maker in its aside: "published by the Harbor Institute". */
export const MAKER_LINKS = set('by');

/** What a `sources.described` row decides about a subject phrase: it keeps its phrase as the source (true), or it names no one (false). */
export type DescribedTake = boolean;

/** A member of a party or a political camp ("a Democrat", "one Republican"): a party word names no one (SCHEMA), so a member described by a post-modifier is a described source. */
export const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set(['democrat', 'republican', 'conservative', 'liberal', 'libertarian', 'progressive', 'independent', 'socialist']);

/** The word sets the described-source rows name (`%name%`). */
export const DESCRIBED_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['anonymous', ANONYMOUS_HEADS],
  ['anonymous-post', ANONYMOUS_POST_WORDS],
  ['anonymous-person', ANONYMOUS_PERSON_HEADS],
  ['definite', DEFINITE_OPENERS],
  ['release', RELEASE_NOUNS],
  ['standalone', STANDALONE_QUANTIFIERS],
  ['indefinite', INDEFINITE_OPENERS],
  ['definite-article', DEFINITE_ARTICLES],
  ['role-head', new Set([...TITLE_WORDS, ...ROLE_NOUNS, ...PHRASE_ROLE_HEADS])],
  ['role-link', ROLE_LINKS],
  ['opener', DESCRIBED_OPENERS],
  ['pronoun', new Set(PRONOUNS.keys())],
  ['group-link', GROUP_LINKS],
  ['affiliation', AFFILIATION_LINKS],
  ['party-member', PARTY_MEMBER_NOUNS],
  /** listed descriptors before a head that compromise may read as nouns ("one senior Democrat") */
  ['group-qualifier', GROUP_QUALIFIERS],
]);

/** Tags of a head that names who by itself or says when: never a described phrase. */
const NAMING = '[(#Pronoun|#Person|#Honorific|@name)]';

/**
 * A subject phrase that describes its speakers without naming them keeps the phrase as its source
 * (SCHEMA: described, non-anonymous sources), whatever its opener. Rows see the phrase (the range) and
 * its head (the candidate); the first that holds decides, and none holding names no one. `@name`: a
 * head capitalized as a name, not only as its sentence's first word.
 */
const DESCRIBED_ROWS: readonly Rule<DescribedTake>[] = [
  {
    id: 'sources.described.not-definite', match: '^ %definite% .* [.]', then: false,
    note: 'a definite or possessed description is anaphoric: "the critics said" points back, the chains resolve it',
    example: '"The pier will hold," said the critics.', counter: '"The pier will hold," said some critics.',
  },
  {
    id: 'sources.described.not-release', match: '[%release%]', then: false,
    note: 'a release speaks for whoever issued it, left to the readers that find the issuer',
    example: '"We stand firm," said a statement from the union.', counter: '"We stand firm," said a delegate from the union.',
  },
  {
    id: 'sources.described.anonymous-named', match: '^ %indefinite% .* {@name !#Demonym !%party-member%} .* [%anonymous%]', then: true,
    note: 'one anonymous-sourcing head after a name that says whom it speaks for ("one Roe campaign source", "an Acme insider"): the phrase names a person or a body, so it is no anonymous source (SCHEMA) and the whole phrase, "a" dropped, is the source, as "a Roe campaign adviser" already is; a party or nation word names no one ("a Republican source" stays null); a second example from another text: "The deal is dead," one Harbor Board insider said.',
    example: '"The mayor sets the rules," one Roe campaign source said.', counter: '"The mayor sets the rules," one campaign source said.',
  },
  {
    id: 'sources.described.anonymous-familiar-named', match: '^ %indefinite% %anonymous% [%anonymous-post%] . the? @name', then: true,
    note: 'an anonymous-sourcing head whose post-modifier names someone right after its preposition ("a source familiar with Roe\'s plans", "another aide close to Governor Hale"): the phrase names its person, so the whole phrase is the source, as "a person close to Mayor Ann Roe" already is (sources.described.familiar-named); a second example from another text: "We will appeal," said an aide close to Governor Bo Hale.',
    example: 'Another source familiar with Roe\'s thinking said, "She will try to be friendlier with the council."', counter: 'Another source familiar with the talks said, "She will try to be friendlier with the council."',
  },
  {
    id: 'sources.described.not-anonymous', match: '[%anonymous%]', then: false,
    note: 'anonymous sourcing ("a senior official", "aides") names no one: source null, as the contract says',
    example: '"We stand firm," said a senior official.', counter: '"We stand firm," said a senior engineer.',
  },
  {
    id: 'sources.described.not-anonymous-modifier', match: '%anonymous% .* [.]', then: false,
    example: '"We stand firm," said an official close to the talks.', counter: '"We stand firm," said an engineer at the port.',
  },
  {
    id: 'sources.described.party-member', match: '^ %indefinite% (#Adjective|%group-qualifier%)* %party-member% [%anonymous-post%] .+', then: true,
    note: 'one member of a party with an anonymous post-modifier ("said a Republican close to the mayor", "said one Labour member briefed on the deal"): the whole phrase, as the same phrase before its verb already is; a party word alone names no one, and a party member is no anonymous "person familiar with"',
    example: '"The bridge can wait," said a Republican close to the mayor.', counter: '"The bridge can wait," said a person close to the mayor.',
  },
  {
    id: 'sources.described.not-familiar', match: '%anonymous-person% [%anonymous-post%]', unless: ['[%anonymous-post%] .* @name'], then: false,
    note: '"people familiar with the talks", "a person briefed on it": anonymous by their post-modifier, unless it names someone ("a person close to Mayor Ann Roe"); other heads stay described ("a Democrat familiar with the talks")',
    example: '"We stand firm," said a person familiar with the talks.', counter: '"We stand firm," said a person close to Mayor Ann Roe.',
  },
  {
    id: 'sources.described.familiar-named', match: '%anonymous-person% [%anonymous-post%] . the? @name', then: true,
    note: 'the post-modifier names someone right after its preposition ("a person close to Mayor Ann Roe", "one person familiar with Acme\'s bid", "close to the Hendersons"): no anonymous source, the whole phrase is the source, as the contract says; a name later in a clause of its own ("familiar with the matter who spoke to the Ledger") names only the outlet; a second example from another text: "The bid was never serious," said one person familiar with the Hale family\'s plans.',
    example: '"We stand firm," said a person close to Mayor Ann Roe.', counter: '"We stand firm," said a person familiar with the talks who spoke to the Ledger.',
  },
  {
    id: 'sources.described.not-familiar-after', match: '[.] .* %anonymous-person% %anonymous-post%', unless: ['[.] .* %anonymous-post% .* @name'], then: false,
    example: '"We stand firm," said a driver for people familiar with the talks.', counter: '"We stand firm," said a driver for people from the harbor.',
  },
  {
    id: 'sources.described.counted', match: '#Value [(#Noun|#Value|%standalone%)]', unless: [NAMING, '[@poss]'], then: true,
    note: 'a counted head: "Twenty-four percent said", "About a quarter said" (a fraction, a date too)',
    example: 'Twenty-four percent said they would vote for the plan.', counter: 'Several voters said they would vote for the plan.',
  },
  {
    id: 'sources.described.plural', match: '[(#Plural|#Value|%standalone%)]', unless: [NAMING, '[#Date]', '[@poss]'], then: true,
    note: 'a plural, a number or a lone quantifier: "neighbors said", "One in five say", "another says" (police, protesters and the like are group sources already)',
    example: 'The bridge was closed for hours, neighbors said.', counter: 'The bridge was closed for hours, Avalon said.',
  },
  {
    id: 'sources.described.indefinite', match: '^ %indefinite% .* [(#Noun|#Value|%standalone%)]', unless: [NAMING, '[#Date]', '[@poss]'], then: true,
    note: 'a singular head with "a", "one", "another": "said one former executive" (not "Acme\'s engagement suggests")',
    example: '"We lost the vote," said one former executive.', counter: '"We lost the vote," said the former executive.',
  },
];

export const DESCRIBED_TABLE = table('sources.described', 'cues', DESCRIBED_ROWS);

/**
 * "The chief executive of Acme Corp.", "the mayor of Lyon": a definite role with a post-modifier stands for
 * the person holding it (the chains link the role word to its holder; the description is the source when
 * no one is linked). Never the body that ends it.
 */
const ROLE_ROWS: readonly Rule<'role'>[] = [
  {
    id: 'sources.role.post-modified', match: '^ %definite-article% .* [%role-head%] %role-link% .', unless: ['[@cap]'], then: 'role',
    example: 'The mayor of Lyon told reporters the city was ready.', counter: 'The mayor told reporters the city was ready.',
  },
];

export const ROLE_TABLE = table('sources.role', 'cues', ROLE_ROWS);

/**
 * A subject phrase right before its verb group, read on its own ("Another voter said", "A new national poll
 * suggests", "Some 22 percent said", "Voss's close friends say"): the first row that holds decides; none
 * holding names no one. Rows see the phrase (the range, clause openers "and", "but" skipped) and its last
 * word (the candidate). `@digit` (opens with a digit) or `@percent` (ends with "%"): a count; `@name-poss`: a
 * capitalized possessive ("Voss's").
 */
const SUBJECT_ROWS: readonly Rule<DescribedTake>[] = [
  {
    id: 'sources.subject.not-pronoun', match: '^ %pronoun% .* [.]', then: false,
    note: 'a phrase a pronoun opens ("his close friends") is the chains\' to resolve',
    example: 'His close friends said the plan would fail.', counter: 'Some close friends said the plan would fail.',
  },
  {
    id: 'sources.subject.not-anonymous', match: '[%anonymous%]', then: false,
    note: 'anonymous sourcing ("a senior official", "a spokesman for the ministry"): the group readers resolve its body, or none',
    example: 'A senior official said the plan would fail.', counter: 'A senior engineer said the plan would fail.',
  },
  {
    id: 'sources.subject.not-anonymous-modifier', match: '%anonymous% .* [.]', then: false,
    example: 'An official close to the talks said the plan would fail.', counter: 'An engineer close to the port said the plan would fail.',
  },
  {
    id: 'sources.subject.not-familiar', match: '%anonymous-person% [%anonymous-post%]', then: false,
    example: 'Two people familiar said the plan would fail.', counter: 'Two people locally said the plan would fail.',
  },
  {
    id: 'sources.subject.not-familiar-after', match: '%anonymous-person% %anonymous-post% .* [.]', unless: ['%anonymous-post% .* @name .* [.]', '%anonymous-post% .* [@name]'], then: false,
    note: 'anonymous by the post-modifier of "person"/"people", unless it names someone ("Two people close to Mayor Ann Roe"); other heads stay described ("Two Democrats familiar with the talks")',
    example: 'Two people familiar with the talks said the plan would fail.', counter: 'Two people close to Mayor Ann Roe said the plan would fail.',
  },
  {
    id: 'sources.subject.quantified-name', match: '^ %opener% [@cap] $', unless: ['[(@poss|#Person|#Organization|#Place)]'], then: true,
    note: 'a quantifier before one capitalized plural keeps the whole phrase: "Other Republicans", "Some Americans" (a name after it, "Some Avalon Democrats", is the name readers\')',
    example: 'Other Republicans said the plan would fail.', counter: 'Other Avalon Republicans said the plan would fail.',
  },
  {
    id: 'sources.subject.plural-post-modified', match: '^ #Plural %group-link% .* [.]', unless: ['^ (@name|%pronoun%) .* [.]', '[(%pronoun%|@poss)]', '^ #Plural %affiliation% .* @cap .* [.]', '^ #Plural %affiliation% .* [@cap]'], then: true,
    note: 'a plural head opening the subject with a post-modifier ("Proponents of the new bill", "Partisans on both sides"), capitalized only as the sentence\'s first word, is a described group, not the name "Proponents"; staff "at"/"from"/"with" a named body speak for the body ("Scientists from Harbor University")',
    example: 'Proponents of the new bill said the plan would fail.', counter: 'Proponents said the plan would fail.',
  },
  {
    id: 'sources.subject.not-name', match: '[(@cap|@poss|%pronoun%)]', then: false,
    note: 'a name or a pronoun heads it ("Two Avalon Democrats", "some of them"): the name and pronoun readers take it',
    example: 'Two Avalon Democrats said the plan would fail.', counter: 'Some voters said the plan would fail.',
  },
  {
    id: 'sources.subject.not-time-span', match: '^ (just|only|barely)? (#Value|a|few|several|mere)* #Duration (before|after|ago|earlier|later) .* [.]', then: false,
    note: 'a span of time before or after an event ("days before the summit", "two weeks after the vote") dates a clause, it never speaks',
    example: 'The timing of the vote, just days before the harbor summit, suggests careful planning.', counter: 'Some forty residents of the harbor district said the plan would fail.',
  },
  {
    id: 'sources.subject.owned-release', match: '^ @name-poss [%release%]', then: false,
    note: 'a named owner\'s release ("Voss\'s statement", "the mayor\'s letter" is not: no name) speaks for its owner, whom the owner readers find; a described owner keeps the phrase. A second text: "Lind\'s letter said the levy was \"a tax on the poor.\""',
    example: 'Voss\'s statement said the pier was "unsafe for anyone."', counter: 'Voss\'s close friends said the pier was "unsafe for anyone."',
  },
  {
    id: 'sources.subject.described', match: '^ (%opener%|@digit|@name-poss) .* [(#Noun|@digit|@percent)]', then: true,
    note: 'an indefinite or quantified opener, a number or an owner ("Another voter", "Some 22 percent", "Voss\'s close friends") makes a described source',
    example: 'Another voter said the plan would fail.', counter: 'The voter said the plan would fail.',
  },
];

export const SUBJECT_TABLE = table('sources.subject', 'cues', SUBJECT_ROWS);

/** How a described source phrase widens to its left: from the row's first word (a quantity it is part of), or from the qualifiers of a conjunct joined to it (`qualifiers`). */
export interface Widening {
  qualifiers: boolean;
}

/**
 * A described phrase found at its head ("economists", "some lawmakers") widens to the whole noun phrase it
 * ends: a quantity or collective it is "of" ("a wide array of economists", "Seventy-four percent of
 * registered voters") and a plural conjunct joined by "and" ("many experts and some lawmakers", "Politicians
 * and even some technologists"). Read by the sources stage (resolve.ts) at the token right before the phrase;
 * the first row that holds decides. A name, a pronoun or a possessive never widens it.
 */
const WIDEN_ROWS: readonly Rule<Widening>[] = [
  {
    id: 'sources.widen.partitive', match: '(%opener%|#Value) (#Adjective|#Value)* (#Noun|#Value) [of]', unless: ['@cap [of]', '@poss [of]', '#Pronoun [of]'], then: { qualifiers: false },
    note: 'a counted or collective head before "of" is part of the source: "a broad range of analysts", "Sixty-two percent of renters"',
    example: 'A broad range of analysts say the levy failed.', counter: 'The chief of the economists said the plan failed.',
  },
  {
    id: 'sources.widen.at-least', match: 'at [(least|most)]', unless: ['at (least|most) [.] (@cap|#Pronoun)'], then: { qualifiers: false },
    note: 'a bound before a quantity is part of the described source: "At least half of the nurses", "at most a third of voters"',
    example: 'At least half of the nurses say the ward is unsafe.', counter: 'At last, half of the nurses say the ward is unsafe.',
  },
  {
    id: 'sources.widen.at-least-a', match: 'at (least|most) [(a|an)]', then: { qualifiers: false },
    note: 'the same bound before "a dozen", "a third" (the article is part of the quantity here)',
    example: 'At least a dozen farmers told the board that the dam leaks.', counter: 'A dozen farmers told the board that the dam leaks.',
  },
  {
    id: 'sources.widen.as-many-as', match: 'as (many|much|few) [as]', then: { qualifiers: false },
    note: '"as many as a third of the growers", "as few as 12 members": the bound is part of the described source',
    example: 'As many as 35 percent of the riders say the fares are too high.', counter: 'Riders say the fares are as high as ever.',
  },
  {
    id: 'sources.widen.all-but', match: '^ all [but]', then: { qualifiers: false },
    note: '"All but two of the members said": the exception is part of the described source, which opens the sentence',
    example: 'All but two of the council members said the dam leaks.', counter: 'Two of the council members said the dam leaks.',
  },
  {
    id: 'sources.widen.conjunct', match: '#Plural [and]', unless: ['(#Pronoun|#Person|@poss) [and]', ', [and]'], then: { qualifiers: true },
    note: 'a plural conjunct before "and" joins the group: "several nurses and some doctors say"; not the last item of a comma list ("the tunnels, and experts say")',
    example: 'Several nurses and some doctors say the ward is unsafe.', counter: 'Tom Baker and some doctors say the ward is unsafe.',
  },
  {
    id: 'sources.widen.name-and-others', match: '@cap [and] (other|others)', unless: ['@poss [and]'], then: { qualifiers: true },
    note: 'a name joined to "others" or "other" people is one group with them, the name first: "Lena Park and others say", "Brill and other engineers argue"; never "others" alone',
    example: 'Lena Park and others say the ward is unsafe.', counter: 'Lena Park and some doctors say the ward is unsafe.',
  },
  {
    id: 'sources.widen.conjunct-even', match: '#Plural and [even]', unless: ['(#Pronoun|#Person|@poss) and [even]'], then: { qualifiers: true },
    example: 'Politicians and even some scientists say the plan failed.', counter: 'Tom Baker and even some scientists say the plan failed.',
  },
];

export const WIDEN_TABLE = table('sources.widen', 'sources', WIDEN_ROWS);

/**
 * A description followed by an appositive name gives the name (SCHEMA, PolNeAR's convention): '"...," said
 * the ambassador at the time, John Herbst.' Read by the sources stage (resolve.ts) at the description's
 * last word; the name is the person named right after the comma.
 */
const APPOSITIVE_ROWS: readonly Rule<true>[] = [
  {
    id: 'sources.appositive.person-end', match: '[.] , #Honorific? #Person+ $', unless: ['[(#Person|@poss)] ,'], then: true,
    note: 'a description, a comma, then a person\'s name ending the sentence: the name is the source, not the description',
    example: '"We stand firm," said the ambassador at the time, John Herbst.', counter: '"We stand firm," said the ambassador at the time, in a statement.',
  },
  {
    id: 'sources.appositive.person-aside', match: '[.] , #Honorific? #Person+ ,', unless: ['[(#Person|@poss)] ,'], then: true,
    note: 'the name set off by commas ("A spokesman for the port, John Varga, said"); never the subject of the content after a credit ("According to exit polls, John Varga had a lead")',
    example: '"We stand firm," said a spokesman for the port, John Varga, on Monday.', counter: 'According to exit polls, John Varga had a narrow lead.',
  },
];

export const APPOSITIVE_TABLE = table('sources.appositive', 'sources', APPOSITIVE_ROWS);
