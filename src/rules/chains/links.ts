/**
 * How a referring expression joins a chain (DATA ONLY). The chains stage (src/refine/chains) offers
 * every third-person pronoun and every definite description whose head is listed here to these rows,
 * in order; the first row that holds AND finds an antecedent of the kind its `then` names links the
 * mention to that antecedent's chain (recorded in the trace under the row's id). A row that holds but
 * finds nothing lets the next one try. `then.by` names the antecedent search:
 *   nearest  the nearest chain of one of `types` and agreeing gender, within reach, sentence subjects first
 *   previous the one person named as a subject in the sentence before, its gender agreeing or only guessed
 *            from a first name ("Nikita Orlov spoke. He said": a pronoun opening a sentence continues its speaker)
 *   pair     the first of the nearest two people joined by "and" ("Tom Reyes and Dan Pell ... They said")
 *   title    the person last given that title ("Treasury Secretary Mara Voss" ... "the secretary")
 *   body     the body named with the head word most often before ("the Ministry of Health" ... "the ministry")
 *   main     the actor of `type` named most often before ("Samoa ... the government": the country)
 *   role     the actor whose role names the head ("Mara Voss, the mayor," ... "the mayor")
 *   named    the body last named whose name holds the head ("the Harbor Foundation" ... "the foundation")
 *   again    the chain the last description with the same head joined, within reach ("the network" ... "the network")
 *   latest   the actor of `type` last named, within reach ("the newspaper": an outlet; "the company": a business)
 *   holder   no one: the description is a new participant, the person holding the role it describes, named by its
 *            phrase ("A spokesman for the council said ... he said"); only a clause's subject; with `alone`, only
 *            where no person is named before it
 */
import { type Rule, table } from '../../engine/rule.js';
import type { ActorType } from '../../schema/doc.js';
import { INSTITUTION_NOUNS, ROLE_NOUNS, SPOKES_NOUNS, set } from '../attribution/sources.js';
import { ROLE_LINKS } from '../attribution/described.js';
import { PERSON_TITLE_WORDS } from './features.js';
import { ANY_ORG_NOUNS, COMPANY_NOUNS, INSTITUTION_NAME_WORDS, MEDIA_NOUNS } from '../attribution/phrase-sources.js';

export type LinkBy = 'nearest' | 'pair' | 'previous' | 'title' | 'body' | 'main' | 'role' | 'named' | 'again' | 'latest' | 'holder';

export interface Link {
  by: LinkBy;
  /** the type the antecedent must have (`nearest`: any of `types`) */
  type?: ActorType;
  types?: ReadonlySet<ActorType>;
  /** agreement the antecedent must meet: a person's gender */
  gender?: 'm' | 'f';
  /** a business: an organization whose name holds no institution word ("Senate Harbor Committee" is none) */
  business?: boolean;
  /** the mention stands for a pair named before ("both officers"): a source phrase of its own gives way to it */
  pair?: boolean;
  /** the mention is a clause's subject: an antecedent for the pronouns after it, as a name is */
  speaker?: boolean;
  /** holder: only where no person is named before the mention (else a definite role may be an epithet of one) */
  alone?: boolean;
}

/** Actor types that are bodies a description can name ("the ministry", "the bureau"): everything but a person. */
export const BODY_TYPES: ReadonlySet<ActorType> = new Set(['organization', 'media', 'country', 'place']);
/** Actor types "it" can stand for as a source: an organization, an outlet, a country ("Acme ... It said"). */
const SPEAKING_BODIES: ReadonlySet<ActorType> = new Set(['organization', 'media', 'country']);
const PERSON: ReadonlySet<ActorType> = new Set(['person']);
const ORGANIZATION: ReadonlySet<ActorType> = new Set(['organization']);

/** Title words that only modify a title or a name ("former", "deputy", "Sen."): never the head of a referring description. */
const TITLE_MODIFIERS = set(`
  mr mrs ms miss mx dr prof sir dame lord lady rev father sister brother vice prime state treasury defense defence
  foreign interior commerce deputy assistant former then acting interim incoming outgoing presidential democratic
  republican gop independent house senate majority minority chief lt col maj capt adm sgt cmdr gen sen sens rep reps gov
  rev. mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. maj. capt. adm. sgt. prof.
`);

/** Person heads a description can refer by: every role noun and title word that heads a title ("the aide", "the senator"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...[...PERSON_TITLE_WORDS].filter((w) => !TITLE_MODIFIERS.has(w))]);

/** The word sets the rows name (`%name%`). */
export const LINK_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['title-head', TITLE_HEADS],
  ['any-head', new Set([...TITLE_HEADS, ...INSTITUTION_NOUNS])],
  ['institution-word', INSTITUTION_NAME_WORDS],
  ['institution-noun', INSTITUTION_NOUNS],
  ['media-noun', MEDIA_NOUNS],
  ['broadcaster-noun', new Set(['network', 'broadcaster', 'channel', 'station'])],
  ['company-noun', COMPANY_NOUNS],
  ['org-noun', ANY_ORG_NOUNS],
  /** plural person heads that "both" or "the two" make a pair of people named before ("both officers", "the two women") */
  ['pair-head', set('men women officers candidates senators lawmakers leaders executives brothers sisters partners defendants suspects')],
  /** "the think tank": a compound whose head alone names no body */
  ['think-tank', set('tank tanks')],
  /** a study and the people who made it ("the study", "the research", "the researchers"): they speak for the body that ran it */
  ['research-noun', set('study research researchers scientists team authors')],
  /** the words that join a role to what it is a role of ("the mayor of Lyon", "a spokeswoman for the ministry") */
  ['role-link', ROLE_LINKS],
  /** the people who speak for someone else ("the spokeswoman"): no continuation of the person named before */
  ['spokes', SPOKES_NOUNS],
]);

/** An indefinite head refers to no one named ("a company said"); a modifier does ("a ministry spokesman"). */
const INDEFINITE = ['(a|an|another|any|every|each|no) #Adjective? [.] !#Noun', '(a|an|another|any|every|each|no) #Adjective? [.] $'];

export const LINK_ROWS: readonly Rule<Link>[] = [
  {
    id: 'chains.link.he', match: '[(he|him|his)]', then: { by: 'nearest', types: PERSON, gender: 'm' },
    example: 'Tom Reyes spoke on Monday. He said the plan had failed.',
    counter: 'Maria Reyes spoke on Monday. He said the plan had failed.',
  },
  {
    id: 'chains.link.she', match: '[(she|her|hers)]', then: { by: 'nearest', types: PERSON, gender: 'f' },
    example: 'Maria Reyes spoke on Monday. She said the plan had failed.',
    counter: 'Tom Reyes spoke on Monday. She said the plan had failed.',
  },
  {
    id: 'chains.link.speaker-continues', match: '^ [(he|she)]', then: { by: 'previous', types: PERSON },
    example: 'Nikita Orlov told reporters the plan had failed. He said the vote would be delayed.',
    counter: 'Ms. Nikita Orlov told reporters the plan had failed. He said the vote would be delayed.',
  },
  {
    id: 'chains.link.it', match: '[(it|its)]', then: { by: 'nearest', types: SPEAKING_BODIES },
    example: 'Acme Corp. cut 200 jobs on Monday. It said the plan had failed.',
    counter: 'Tom Reyes cut 200 jobs on Monday. It said the plan had failed.',
  },
  {
    id: 'chains.link.they-pair', match: '[(they|their|them)]', then: { by: 'pair' },
    example: 'Tom Reyes and Dan Pell lost the appeal. They said the plan had failed.',
    counter: 'Tom Reyes met Dan Pell after the appeal. They said the plan had failed.',
  },
  {
    id: 'chains.link.they-org', match: '[(they|their|them)]', then: { by: 'nearest', types: ORGANIZATION },
    example: 'Acme Corp. cut 200 jobs on Monday. They said the plan had failed.',
    counter: 'Tom Reyes cut 200 jobs on Monday. They said the plan had failed.',
  },
  {
    id: 'chains.link.both', match: '(both|the two) [%pair-head%]', then: { by: 'pair', pair: true },
    example: 'Prosecutors charged Tom Quill and Dan Rook in May. Both officers said they would appeal.',
    counter: 'Prosecutors charged Tom Quill in May. Both officers said they would appeal.',
  },
  {
    id: 'chains.link.title', match: '[%title-head%]', unless: INDEFINITE, then: { by: 'title' },
    example: 'Sen. Tom Reyes spoke. Later the senator said the plan had failed.',
    counter: 'Gov. Tom Reyes spoke. Later the senator said the plan had failed.',
  },
  {
    id: 'chains.link.body', match: '[%institution-word%]', unless: INDEFINITE, then: { by: 'body' },
    example: 'The Ministry of Health met on Monday. The ministry said the plan had failed.',
    counter: 'Acme Corp. met on Monday. The ministry said the plan had failed.',
  },
  {
    id: 'chains.link.government', match: '[government]', unless: INDEFINITE, then: { by: 'main', type: 'country' },
    example: 'Samoa declared an emergency in November. The government said 128 teams took part.',
    counter: 'Acme Corp. declared an emergency in November. The government said 128 teams took part.',
  },
  {
    id: 'chains.link.role', match: '[%title-head%]', unless: INDEFINITE, then: { by: 'role' },
    example: 'Mara Voss, the mayor of Dunmore, spoke. The mayor said the plan had failed.',
    counter: 'Mara Voss spoke in Dunmore. The mayor said the plan had failed.',
  },
  {
    id: 'chains.link.role-continues', match: '^ the (@cap|#Adjective|#Value|#Noun)? (@cap|#Adjective|#Value|#Noun)? [%title-head%]', unless: ['[.] %role-link%', '[%spokes%]'], then: { by: 'previous', types: PERSON },
    note: 'a sentence that opens with a definite role no one was given ("The Avalon University professor added") continues the one person the sentence before has as its subject, as an opening pronoun does (not where its own sentence names that person); a role with its own "of"/"for" phrase may be a new participant, and a spokesman speaks for someone else',
    example: 'Mara Voss runs the harbor lab. The professor said the reef was recovering.',
    counter: 'Mara Voss and Tom Reyes run the harbor lab. The professor said the reef was recovering.',
  },
  {
    id: 'chains.link.holder', match: '(a|an) #Adjective? [%title-head%] %role-link%', then: { by: 'holder', speaker: true },
    note: 'a role introduced with "a" is a new participant, named by its phrase: a pronoun after it is that phrase, not a person named before; "the former secretary of state" may be an epithet of someone named, so a definite role is not',
    example: 'Tom Reyes lost the vote. A spokeswoman for the council told reporters the budget was short. "We will not give up," she said.',
    counter: 'Tom Reyes lost the vote. The spokeswoman for the council told reporters the budget was short. "We will not give up," she said.',
  },
  {
    id: 'chains.link.holder-alone', match: 'the #Adjective? [%title-head%] %role-link%', then: { by: 'holder', speaker: true, alone: true },
    note: 'a definite role is a participant of its own only where no person is named before it: else it may be an epithet of one ("the former secretary of state")',
    example: 'The mayor of Lyon told reporters the budget was short. "We will not give up," he said.',
    counter: 'Tom Reyes lost the vote. The mayor of Lyon told reporters the budget was short. "We will not give up," he said.',
  },
  {
    id: 'chains.link.same-head', match: '[(%media-noun%|%broadcaster-noun%|%company-noun%|%org-noun%)]', unless: INDEFINITE, then: { by: 'again' },
    note: 'a running description keeps its referent: a body named in passing between two mentions of "the network" is not the network',
    example: 'Harbor Broadcasting Corp. lost its licence. The network appealed. The Senate Harbor Committee met and Tide Media Corp. bid. The network said it would fight.',
    counter: 'Harbor Broadcasting Corp. lost its licence. Tide Media Corp. bid. The network said it would fight.',
  },
  {
    id: 'chains.link.outlet', match: '[%media-noun%]', unless: INDEFINITE, then: { by: 'latest', type: 'media' },
    example: 'The Harbor Ledger reported the deal. The newspaper said the plan had failed.',
    counter: 'Acme Corp. announced the deal. The newspaper said the plan had failed.',
  },
  {
    id: 'chains.link.broadcaster-org', match: '[%broadcaster-noun%]', unless: INDEFINITE, then: { by: 'latest', type: 'organization', business: true },
    example: 'Regulators fined Harbor Broadcasting Corp. on Monday. The network said it would appeal.',
    counter: 'Regulators fined Tom Reyes on Monday. The network said it would appeal.',
  },
  {
    id: 'chains.link.named', match: '[%any-head%]', unless: INDEFINITE, then: { by: 'named' },
    example: 'The Harbor Foundation met on Monday. The foundation said the plan had failed.',
    counter: 'The Harbor Trust met on Monday. The foundation said the plan had failed.',
  },
  {
    id: 'chains.link.think-tank', match: 'think [%think-tank%]', unless: INDEFINITE, then: { by: 'latest', type: 'organization' },
    example: 'The Harbor Center for Drug Policy studied the trade. The think tank argued that the rule would fail.',
    counter: 'Mara Voss studied the trade. The think tank argued that the rule would fail.',
  },
  {
    id: 'chains.link.research', match: 'the [%research-noun%]', then: { by: 'main', type: 'organization' },
    note: 'a study, its team or its authors named by a definite description speak for the body that ran it: the body most named before it, the first named on a tie ("researchers from the Kells Institute compared records from the Harbor Weather Service ... the study found" is the institute, not the later-named source of its data); an indefinite one ("a study") is new',
    example: 'Researchers from the Kells Institute tracked 90 whales. According to the study, most of them swam north.',
    counter: 'Mara Voss tracked 90 whales. According to the study, most of them swam north.',
  },
  {
    id: 'chains.link.research-compound', match: 'the research [(paper|%research-noun%)]', then: { by: 'main', type: 'organization' },
    note: 'the same study named by a compound ("the research paper", "the research team"): its head speaks for the body that ran it, as "the study" does ("the paper" alone is a newspaper\'s)',
    example: 'Researchers from the Kells Institute tracked 90 whales. The research paper noted that most of them swam north.',
    counter: 'Researchers from the Kells Institute tracked 90 whales. A research paper noted that most of them swam north.',
  },
  {
    id: 'chains.link.company', match: '[%company-noun%]', unless: INDEFINITE, then: { by: 'latest', type: 'organization', business: true },
    example: 'Acme Corp. cut 200 jobs. The company said the plan had failed.',
    counter: 'The Senate Harbor Committee met. The company said the plan had failed.',
  },
  {
    id: 'chains.link.org', match: '[%org-noun%]', unless: INDEFINITE, then: { by: 'latest', type: 'organization' },
    example: 'The Harbor Traders Council met. The group said the plan had failed.',
    counter: 'Mara Voss met traders. The group said the plan had failed.',
  },
];

export const LINK_TABLE = table('chains.link', 'chains', LINK_ROWS);
