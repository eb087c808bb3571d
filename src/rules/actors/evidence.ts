/**
 * Evidence (DATA ONLY) for a chain of capitalized mentions that no lexicon, suffix, tag, title or role
 * typed: such a chain is an actor only with evidence, never by default ("the Teen Choice Awards",
 * "Psychology", "Sunset Over Kells" are not organizations). Evidence from the name itself and its
 * context ("the firm X", "Leonhard X") are rows of the typing table (src/rules/actors/typing.ts);
 * evidence from any mention of the chain is CHAIN_ROWS here. Word lists below feed both.
 */
import { type Rule, table } from '../../engine/rule.js';
import type { ActorType } from '../../schema/doc.js';
import { ROLE_LINKS as CLAUSE_ROLE_LINKS } from '../clauses/rows.js';
import { RECALL_CHAIN_ROWS } from './recall.js';
import { wordRows, type Basis, type WordRow } from './types.js';

/** The type a chain row gives, and what its mentions then rest on. */
export interface ChainThen {
  type: ActorType;
  basis: Basis;
  /** the words the row matched, the name among them, are an alias of the actor ("Varkosh rebels") */
  alias?: boolean;
}

const person: ChainThen = { type: 'person', basis: 'shape' };
const org: ChainThen = { type: 'organization', basis: 'shape' };

/**
 * Chain evidence: tested on every mention of a chain whose mentions were all typed by default
 * (`actors.org.default`); the first row that holds for one of them types the chain, else it is dropped
 * (`actors.chain.no-evidence`). `@name` predicates: src/extract/actors/evidence.ts.
 */
export const CHAIN_ROWS: readonly Rule<ChainThen>[] = [
  {
    id: 'actors.unknown.person-list', match: '[@personLinked .*]', then: { type: 'person', basis: 'list' },
    example: 'Leonhard Quaspel and Tarnavik wrote the paper.', counter: 'Leonhard Quaspel met in Tarnavik to write the paper.',
  },
  {
    id: 'actors.unknown.person-acts', match: '[@personTagged .*] (#PastTense|#PresentTense)', unless: ['[.+] #Copula'], then: person,
    example: 'Byron received his early education at home.', counter: 'Byron is a small town.',
  },
  {
    id: 'actors.unknown.who', match: '[.+] , who', then: person,
    example: 'He sent the score to Simrock, who published it.', counter: 'He sent the score to Simrock, which published it.',
  },
  {
    id: 'actors.unknown.which', match: '[.+] , which .* , %act-verb%', then: org,
    example: 'The United Steelworkers, which fought the sale, said it would sue.', counter: 'The Arctic Tern, which migrates south, is rare.',
  },
  {
    id: 'actors.unknown.acquired', match: '%acquire-verb% [.+]', then: org,
    example: 'Quillon Systems agreed to buy Harbor Cells in May.', counter: 'Quillon Systems agreed to visit Harbor Cells in May.',
  },
  {
    id: 'actors.unknown.speaks', match: '[.+] %act-verb%', then: org,
    example: 'Zentrix said profits rose.', counter: 'Zentrix profits rose.', unless: ['[.+] , %act-verb%'],
  },
  {
    id: 'actors.unknown.owner', match: '[.* @poss] (#Adjective|#Value|#Noun)? (#Adjective|#Noun)? %owned-noun%', then: org,
    example: "According to Quorvex's lawyer, the contract was valid.", counter: "At Quorvex's direction, the contract was signed.",
    note: 'a name that owns what a body has (its staff, its statements, its shares): not any noun ("Quaspelton\'s streets", "the Earth\'s climate", "for Zorbo\'s sake")',
  },
  {
    id: 'actors.unknown.kin', match: '[.* @poss] (#Adjective|#Value)? %kin-noun%', then: person,
    example: "Quaspel's father ran the mill until 1990.", counter: "Quaspel's mill ran until 1990.",
  },
  {
    id: 'actors.unknown.role-of', match: '(%person-noun%|%title-word%) %role-link% [.+]', then: org,
    example: 'She was a manager at Ardwell for years.', counter: 'She was a manager in Ardwell for years.',
  },
  {
    id: 'actors.unknown.org-staff', match: '[.+] %staff-noun%', then: org,
    example: 'Sales rose last week, according to a Quorvex spokesperson.', counter: 'She walked past Quorvex, and a spokesperson waved.',
  },
];

export const CHAIN_TABLE = table<ChainThen>('actors.chain', 'actors', [...CHAIN_ROWS, ...RECALL_CHAIN_ROWS]);

/** Verbs right after a name that show it acts ("Zentrix said", "the Harlow Initiative announced"). */
export const ACT_VERBS: readonly WordRow[] = wordRows(
  'act-verb',
  'said says told announced reported added confirmed declined agreed warned argued denied noted stated wrote tweeted posted interviewed appointed sued ruled published released launched hired acquired signed promised claimed insisted admitted explained urged asked rejected approved refused',
  'Zentrix said profits rose',
);

/** Lower-case nouns for organizations and their products: "the firm X", "X, the largest rail operator". */
export const ORG_NOUNS: readonly WordRow[] = [
  ...wordRows('org-noun', 'company companies firm firms startup start-up conglomerate corporation business maker manufacturer producer retailer retailers supermarket supermarkets grocer grocers chain carrier airline operator provider developer lender bank insurer fund union association agency organization organisation charity foundation institute university college club team label studio', 'the firm Vance Orlo Abogados'),
  ...wordRows('org-noun', 'app platform service website site brand assistant chatbot marketplace', 'Lumo Market, the discount shopping app,'),
];

/** Words right after the head noun of an appositive (", the largest rail operator in the country", ", a related organization to X"). */
export const APPOSITIVE_STOPS: readonly WordRow[] = wordRows('appositive-stop', 'in of that which who with for based to by at from on', 'Velmora Freight, the largest rail operator in the country,');

/** Verbs right before a name that make it a company being bought ("agreed to buy Harbor Cells"). */
export const ACQUIRE_VERBS: readonly WordRow[] = wordRows('acquire-verb', 'buy buys bought buying acquire acquires acquired acquiring purchase purchased', 'Quillon Systems agreed to buy Harbor Cells');

/** Nouns for an organization's people right after its name ("a Quorvex spokesperson", "Quorvex executives"). */
export const STAFF_NOUNS: readonly WordRow[] = wordRows('staff-noun', 'spokesperson spokespersons spokesman spokeswoman spokespeople executive executives employee employees staff staffer staffers official officials shareholders member members', 'according to a Quorvex spokesperson');

/**
 * What a body has, right after its possessive name ("Quorvex's lawyer", "Quorvex's annual report"): its people,
 * its word and its papers, its money and its goods. Places and ideas own other things ("Quaspelton's streets",
 * "the Earth's climate", "for Zorbo's sake"). Hand-kept from the staff and saying nouns above and common business nouns.
 */
export const OWNED_NOUNS: readonly WordRow[] = [
  ...wordRows('owned-noun', 'lawyer lawyers attorney attorneys counsel adviser advisers advisor advisors aide aides spokesperson spokesman spokeswoman spokespeople executive executives chief chiefs ceo chairman chairwoman president director directors board members member staff employees workers officials leadership leader leaders founder founders owner owners shareholders investors customers users', "Quorvex's lawyer"),
  ...wordRows('owned-noun', 'report reports statement statements announcement website site account app platform data survey poll study analysis investigation review audit findings filing filings records policy policies rules guidelines decision ruling plan proposal offer bid deal strategy budget', "Quorvex's report"),
  ...wordRows('owned-noun', 'allies supporters critics rivals opponents', "Quorvex's critics"),
  ...wordRows('owned-noun', 'shares stock profits profit revenue revenues sales earnings losses debt assets products product brand services headquarters offices office stores plants factories subsidiary subsidiaries unit units', "Quorvex's shares"),
];

/** What a person has, right after the possessive name ("Quaspel's campaign", "Quaspel's father"): kin, life and career, words. */
export const KIN_NOUNS: readonly WordRow[] = wordRows(
  'kin-noun',
  'campaign candidacy career life death funeral family wife husband father mother son sons daughter daughters brother sister parents children friends remarks comments views position positions record speech critique',
  "Quaspel's campaign",
);

/**
 * Prepositions after a role noun that link it to an organization ("a manager at Ardwell", "the editor of X"):
 * the clause layer's role links (one list, src/rules/clauses/rows.ts) plus "with" ("a lawyer with Ardwell").
 */
export const ROLE_LINKS: readonly WordRow[] = wordRows('role-link', [...CLAUSE_ROLE_LINKS, 'with'].join(' '), 'a manager at Ardwell');

/** Lower-case nouns for people that, right before a name, make it a person ("the grammarian X", "his friend X"). */
export const PERSON_NOUNS: readonly WordRow[] = [
  ...wordRows('person-noun', 'friend friends brother brothers sister sisters wife husband son sons daughter daughters father mother uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother widow fiancé fiancée partner', 'his friend Quaspel'),
  ...wordRows('person-noun', 'classmate colleague colleagues student students pupil pupils teacher teachers mentor tutor professor disciple successor predecessor rival rivals opponent teammate teammates', 'her classmate Quaspel'),
  ...wordRows('person-noun', 'composer composers artist artists architect architects painter painters sculptor poet poets playwright novelist novelists actor actors actress actresses singer singers rapper rappers musician musicians conductor dancer comedian director directors producer photographer designer', 'the composer Quaspel'),
  ...wordRows('person-noun', 'player players pitcher catcher outfielder striker goalkeeper coach manager athlete swimmer boxer champion', 'the pitcher Quaspel'),
  ...wordRows('person-noun', 'mathematician mathematicians physicist physicists chemist biologist scientist scientists philosopher philosophers linguist linguists grammarian historian theologian economist engineer inventor explorer astronomer scholar scholars', 'the grammarian Quaspel'),
  ...wordRows('person-noun', 'emperor empress king queen prince princess tsar tsarina sultan pharaoh general bishop monk nun priest saint apostle prophet', 'the emperor Quaspel'),
  ...wordRows('person-noun', 'man woman boy girl lady gentleman child', 'the woman Quaspel'),
  ...wordRows('person-noun', 'laureate founder founders owner owners publisher mayor lawyer judge justice defendant plaintiff petitioner respondent', 'the founder Quaspel'),
];
