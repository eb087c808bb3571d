/**
 * Words that name a source by its own phrase or point back to an organization (DATA ONLY, lower case):
 * "many lawmakers", "a Harbor County judge", "Hale's lawyer", "the company".
 */
import { set } from './sources.js';

/**
 * Unnamed group heads that name their source by the phrase itself when nothing more specific is found:
 * "critics said" -> "critics", "many lawmakers say" -> "many lawmakers"; documents too, as written
 * ("according to exit polls" -> "exit polls", "official data suggest" -> "official data").
 * A definite phrase ("the critics", "these officials") is anaphoric and stays null. Anonymous sources
 * ("officials said", "sources familiar with the matter", "people briefed on the talks") are NOT here:
 * their source is null, as the product's contract says (an official or source named by a body,
 * "Avalon officials", still resolves to that body elsewhere).
 */
export const PHRASE_GROUP_HEADS = set(`
  spokesman spokeswoman spokesperson representative representatives others everyone
  critic critics expert experts analyst analysts observer observers lawmakers lawmaker legislators
  supporters opponents advocates economists investors diplomats executives researchers scientists residents voters
  witnesses activists leaders members member aides aide advisers advisors adviser advisor strategists prosecutors journalists reporters
  lawyers attorneys negotiators regulators authorities scholars historians academics pollsters developers employees workers doctors
  police protesters demonstrators rebels militants fighters troops soldiers forces insurgents
  democrats republicans conservatives liberals progressives media
  poll polls survey surveys study studies report reports data
`);

/**
 * Person heads after a name that make an unnamed person ("a New York judge", "a former Ledger chairman"):
 * the phrase is the source. With "the" it is a role resolved to the person given that title.
 */
export const PHRASE_ROLE_HEADS = set(`
  judge justice chairman chairwoman chair member lawyer attorney adviser advisor aide economist analyst strategist
  professor critic lawmaker senator candidate nominee director executive founder prosecutor officer staffer veteran
  resident voter donor activist leader president premier chancellor minister governor mayor ambassador
`);

/** Heads after a possessive that name another person ("Voss's lawyer"): the phrase, not the possessor, is the source. */
export const RELATION_HEADS = set('lawyer lawyers attorney attorneys adviser advisers advisor advisors aide aides');

/** Heads whose name modifier is part of the source's own name: "the Voss administration", "the Reyes campaign", "the UN refugee agency" are not Voss, Reyes, the UN. */
export const PHRASE_ORG_HEADS = set('administration campaign agency ministry');
/**
 * Bodies a place or a parent body names before them that speak as themselves: "the Tarsk hospital", "the
 * Veloran embassy", "the Brill fire service", "the United Nations refugee agency" are not Tarsk, Veloran,
 * Brill, the United Nations (row sources.phrase.named-body).
 */
export const PHRASE_BODY_HEADS = set('hospital embassy consulate agency movement service');

/**
 * Works an owner produces: a possessive name before one (past up to two lower-case qualifiers) is its
 * source ("Acme Corp.'s annual report said", "the Harbor Institute's latest survey shows"), as the
 * producer of "a Ledger poll" is.
 */
export const OWNED_WORK_HEADS = set('report reports poll polls survey surveys study studies analysis data statistics figures estimates tally count');

/** Quantifiers a phrase source keeps in front ("several former staff", "few people"); "a", "an" are dropped. */
export const PHRASE_QUANTIFIERS = set('many some several few most all both other another one two three four five six seven eight nine ten dozens hundreds numerous');

/**
 * Heads that are a phrase source only after a quantifier ("few people", "many people say"); bare
 * "people" and "people familiar with / briefed on / close to ..." stay anonymous (null).
 */
export const QUANTIFIED_PHRASE_HEADS = set('people');
export const HEAD_QUANTIFIERS = set('many some several few most');
export const ANONYMOUS_POST_WORDS = set('familiar briefed close knowledgeable involved');

/** Determiners that make a phrase anaphoric ("the critics"): no phrase source. */
export const DEFINITE_OPENERS = set('the this that these those his her its their our my your such');

/**
 * Heads that stand for a business named earlier ("the company said", "the two firms disclosed"): the
 * organization last mentioned before them, unless its name is an institution's ("Senate Harbor Committee").
 */
export const COMPANY_NOUNS = set('company companies firm firms startup carmaker automaker chipmaker maker retailer lender insurer operator manufacturer');

/** Heads that stand for the news outlet named earlier ("..., the newspaper said" after "The Harbor Ledger reported"). */
export const MEDIA_NOUNS = set('newspaper paper broadcaster outlet magazine network daily');

/** Heads that stand for any organization named earlier ("the group said" after "the Harbor Traders Council"). */
export const ANY_ORG_NOUNS = set('group organization organisation coalition alliance association force');

/** Words in an organization's name that make it an institution, not a business: no antecedent for "the company". */
export const INSTITUTION_NAME_WORDS = set(`
  committee commission council board ministry department agency bureau authority administration congress senate house
  parliament court government party union assembly office service services institute university association federation
`);

/**
 * Group heads a name modifier or an owner after a link speaks for: "a Ledger poll", "a statement by
 * the ministry", "the Reyes campaign" (bodies, works and spokespeople).
 */
export const OWNED_GROUP_HEADS = set(`
  campaign company firm agency ministry department report reports poll polls survey surveys study studies
  statement analysis data coverage administration government spokesman spokeswoman spokesperson representative
`);

/** Officials named by their government or body: "Avalonian officials", "Treasury officials" stand for it. */
export const MODIFIED_OFFICIAL_HEADS = set('officials official diplomats negotiators authorities regulators prosecutors ministers');

/** Links from a group head to the body that owns it: "a spokesman for the Ledger", "a statement by the ministry". */
export const GROUP_OWNER_LINKS = set('for at from by of in');
