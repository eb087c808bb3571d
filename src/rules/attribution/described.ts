/**
 * Described sources (DATA ONLY, lower case): a subject phrase that opens with one of these words
 * keeps its phrase as the source ("Another voter said", "Most economists expect"); one headed by an
 * anonymous-sourcing noun and naming no one stays null, as the output contract says.
 */
import { LONE_QUANTIFIERS } from '../clauses/rows.js';
import { set } from './sources.js';

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
export const DEFINITE_ARTICLES = set('the');

/** Links that give a role its post-modifier: "the mayor of Lyon", "the lawyer for the family", "the head at Acme". */
export const ROLE_LINKS = set('of for at from');

/** Clause-initial words before a subject phrase: "But another voter said", "And most economists say". */
export const NP_LEADS = set('and but so yet still even then also now');

/** Anonymous-sourcing heads (SCHEMA: source null unless the phrase names a person or a body). */
export const ANONYMOUS_HEADS = set(`
  official officials source sources aide aides insider insiders staffer staffers adviser advisers advisor advisors
  spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen
`);

/** Heads that speak for the body or person modifying them ("Acme officials", "Avalonian regulators"): the modifier is the source, not the description. */
export const OFFICIAL_HEADS = set('officials diplomats negotiators authorities regulators prosecutors ministers lawyers attorneys spokespeople representatives');

/** Works that speak for whoever made them: "The report, published by the Harbor Institute, found" credits the institute. */
export const WORK_NOUNS = set('report study poll survey analysis review article book memo audit investigation examination paper');

/** The word that names a work's maker in its aside: "published by the Harbor Institute". */
export const MAKER_LINKS = set('by');
