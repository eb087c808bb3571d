/**
 * Evidence rows (DATA ONLY) for a chain of capitalized mentions that no lexicon, suffix, tag, title or
 * role typed: such a chain is an actor only with evidence, never by default ("the Teen Choice Awards",
 * "Psychology", "Sunset Over Kells" are not organizations). Ordered: the first row that holds decides;
 * `reject` when none does. `match` names a predicate of src/extract/actors/evidence.ts.
 */
import type { ActorType } from '../../schema/doc.js';
import { wordRows, type WordRow } from './types.js';

export interface EvidenceRow {
  id: string;
  match: string;
  /**
   * `context`: tested on the run in its sentence before compromise's tags type it ("the firm X");
   * `name`: after them, on the run alone; `chain`: on every mention of a chain that has no evidence yet
   */
  scope: 'context' | 'name' | 'chain';
  then: ActorType;
  example: string;
  counter: string;
}

export const EVIDENCE_ROWS: readonly EvidenceRow[] = [
  {
    id: 'actors.unknown.camel-case', scope: 'context', match: '@camelCase', then: 'organization',
    example: 'Users left ZentraPay in March.', counter: 'Users left McCallum in March.',
  },
  {
    id: 'actors.unknown.org-noun', scope: 'context', match: '@orgNoun', then: 'organization',
    example: 'She works at the firm Vance Orlo Abogados.', counter: 'She works with the lawyer Vance Orlo.',
  },
  {
    id: 'actors.unknown.org-appositive', scope: 'context', match: '@orgAppositive', then: 'organization',
    example: 'Velmora Freight, the largest rail operator in the country, cut jobs.', counter: 'Velmora Freight, the largest rail line in the country, cut jobs.',
  },
  {
    id: 'actors.unknown.person-noun', scope: 'context', match: '@personNoun', then: 'person',
    example: 'He met the composer Quaspel in the spring.', counter: 'He met the Quaspel Festival in the spring.',
  },
  {
    id: 'actors.unknown.first-name', scope: 'name', match: '@firstName', then: 'person',
    example: 'The prize went to Leonhard Quaspel in 1738.', counter: 'The prize went to Sunset Over Kells in 1738.',
  },
  {
    id: 'actors.unknown.initials', scope: 'name', match: '@initials', then: 'person',
    example: 'He was described by W. T. Quaspel as the ablest.', counter: 'He was described in the T. Rex exhibit as the ablest.',
  },
  {
    id: 'actors.unknown.foreign-name', scope: 'name', match: '@foreignName', then: 'person',
    example: 'She studied with Veszko Tarnavik in the spring.', counter: 'She studied the Drama Series in the spring.',
  },
  {
    id: 'actors.unknown.person-list', scope: 'chain', match: '@personList', then: 'person',
    example: 'Works by Maria Ostrowski and Tarnavik were shown.', counter: 'Works by Maria Ostrowski in Tarnavik were shown.',
  },
  {
    id: 'actors.unknown.who', scope: 'chain', match: '@whoAfter', then: 'person',
    example: 'He sent it to Simrock, who published it.', counter: 'He sent it to Simrock, which published it.',
  },
  {
    id: 'actors.unknown.which', scope: 'chain', match: '@whichAfter', then: 'organization',
    example: 'The United Steelworkers, which fought the sale, said no.', counter: 'The Arctic Tern, which migrates south, is rare.',
  },
  {
    id: 'actors.unknown.acquired', scope: 'chain', match: '@acquired', then: 'organization',
    example: 'Quillon Systems agreed to buy Harbor Cells in May.', counter: 'Quillon Systems agreed to visit Harbor Cells in May.',
  },
  {
    id: 'actors.unknown.speaks', scope: 'chain', match: '@actsAfter', then: 'organization',
    example: 'Zentrix said profits rose.', counter: 'Zentrix profits rose.',
  },
  {
    id: 'actors.unknown.owner', scope: 'chain', match: '@ownsNoun', then: 'organization',
    example: "According to Quorvex's lawyer, the contract was valid.", counter: "According to Quorvex's Lawyer Weekly, the contract was valid.",
  },
  {
    id: 'actors.unknown.role-of', scope: 'chain', match: '@roleOf', then: 'organization',
    example: 'A manager at Ardwell said more cuts were coming.', counter: 'A manager in Ardwell said more cuts were coming.',
  },
];

/** Verbs right after a name that show it acts ("Zentrix said", "the Harlow Initiative announced"). */
export const ACT_VERBS: readonly WordRow[] = wordRows(
  'act-verb',
  'said says told announced reported added confirmed declined agreed warned argued denied noted stated wrote tweeted posted interviewed appointed sued ruled published released launched hired acquired signed promised claimed insisted admitted explained urged asked rejected approved refused',
  'Zentrix said profits rose',
);

/** Lower-case nouns for organizations and their products: "the firm X", "X, the largest rail operator". */
export const ORG_NOUNS: readonly WordRow[] = [
  ...wordRows('org-noun', 'company companies firm firms startup start-up conglomerate corporation business maker manufacturer producer retailer chain carrier airline operator provider developer lender bank insurer fund union association agency organization organisation charity foundation institute university college club team label studio', 'the firm Vance Orlo Abogados'),
  ...wordRows('org-noun', 'app platform service website site brand assistant chatbot marketplace', 'Lumo Market, the discount shopping app,'),
];

/** Verbs right before a name that make it a company being bought ("agreed to buy Harbor Cells"). */
export const ACQUIRE_VERBS: readonly WordRow[] = wordRows('acquire-verb', 'buy buys bought buying acquire acquires acquired acquiring purchase purchased', 'Quillon Systems agreed to buy Harbor Cells');

/** Prepositions after a role noun that link it to an organization ("a manager at Ardwell", "the editor of X"). */
export const ROLE_LINKS: readonly WordRow[] = wordRows('role-link', 'at of for with from', 'a manager at Ardwell');

/** Lower-case nouns for people that, right before a name, make it a person ("the grammarian X", "his friend X"). */
export const PERSON_NOUNS: readonly WordRow[] = [
  ...wordRows('person-noun', 'friend friends brother brothers sister sisters wife husband son sons daughter daughters father mother uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother widow fiancé fiancée partner', 'his friend Quaspel'),
  ...wordRows('person-noun', 'classmate colleague colleagues student students pupil pupils teacher teachers mentor tutor professor disciple successor predecessor rival rivals opponent teammate teammates', 'her classmate Quaspel'),
  ...wordRows('person-noun', 'composer composers artist artists architect architects painter painters sculptor poet poets playwright novelist novelists actor actors actress actresses singer singers rapper rappers musician musicians conductor dancer comedian director directors producer photographer designer', 'the composer Quaspel'),
  ...wordRows('person-noun', 'player players pitcher catcher outfielder striker goalkeeper coach manager athlete swimmer boxer champion', 'the pitcher Quaspel'),
  ...wordRows('person-noun', 'mathematician mathematicians physicist physicists chemist biologist scientist scientists philosopher philosophers linguist linguists grammarian historian theologian economist engineer inventor explorer astronomer scholar scholars', 'the grammarian Quaspel'),
  ...wordRows('person-noun', 'emperor empress king queen prince princess tsar tsarina sultan pharaoh general bishop monk nun priest saint apostle prophet', 'the emperor Quaspel'),
  ...wordRows('person-noun', 'laureate founder founders owner owners publisher mayor lawyer judge justice defendant plaintiff petitioner respondent', 'the founder Quaspel'),
];
