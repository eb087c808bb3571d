/**
 * Words that shape a source noun phrase (DATA ONLY, lower case, normal forms).
 */
import { INNER_NAME_PARTICLES, NAME_PARTICLES } from '../actors/words.js';

/** A lexicon set from a whitespace-separated word list. */
export const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Lower-case words inside a source's name run: the actors' name particles ("Maria de la Roe", "Abu bin
 * Roe"), plus "of" (kept only after an organization word, SOURCE_OF_HEADS) and "&" ("Parekh & Lowe").
 */
export const SOURCE_NAME_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES.map((r) => r.word), 'of', '&']);

/** Particles that may open a source's name ("De Vries", "van der Berg": the actors' name particles); "of" and "&" only join inside one ("the city [of Nice]" is no name "of Nice"). */
/** Particles that go on inside a source's name between capitalized words: the actors' name particles, those that never open one too ("Erik ten Roe"). */
export const SOURCE_INNER_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES.map((r) => r.word));

export const SOURCE_LEAD_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES.filter((r) => !INNER_NAME_PARTICLES.includes(r)).map((r) => r.word));

/** Words after which "of" stays inside a source's name: "Bank of Avalon", "University of Avalon", "City of Lyon". */
export const SOURCE_OF_HEADS = set(`
  bank university department ministry secretary college institute school board office bureau council committee
  house chamber league association federation union church court city state republic kingdom museum
`);

/** Lower-case links inside a source's name: "Committee for a Fair Budget", "Citizenship and Immigration Services", "Ann Roe and Bo Li". */
export const SOURCE_NAME_LINKS = set('for and &');

/** Lower-case words inside a name read backwards from its last word: "Committee for a Fair Budget", "Ann Roe and Bo Li". */
export const NAME_CONNECTORS_BACK = set('of for and the a on de van von &');

/** Of NAME_CONNECTORS_BACK, the articles: inside a name only after another connector ("Bank of the Ozarks", "Committee for a Fair Budget"), never right after a name word ("the only Amendment the Founding Fathers wrote" is two phrases). */
export const NAME_ARTICLES_BACK = set('the a');

/** Titles and honorifics dropped from the front of a name: "Treasury Secretary Mara Voss" -> "Mara Voss". */
export const TITLE_WORDS = set(`
  mr mrs ms miss mx dr prof sir dame lord lady rev father sister brother
  president vice prime minister secretary treasury state defense defence foreign interior commerce
  senator senators sen sens rep reps representative representatives congressman congresswoman gov governor mayor judge justice
  chairman chairwoman chair ceo cfo coo chief executive director commissioner ambassador deputy assistant
  attorney general gen lt col maj capt adm sgt cmdr speaker leader house senate majority minority whip
  spokesman spokeswoman spokesperson former then acting interim incoming outgoing candidate nominee
  presidential democratic republican gop independent king queen prince princess pope emperor chancellor
  premier sheikh founder co-founder cofounder anchor host professor economist analyst strategist adviser advisor
  aide pollster lawmaker officer official manager head coach commander inspector council
  author co-author co-chair co-director co-host co-leader
  rev. mr. mrs. ms. dr. sen. rep. gov. gen. lt. col. maj. capt. adm. sgt. prof.
`);

/** Honorifics that tell a person's gender. */
export const MALE_HONORIFICS = set('mr mr. sir lord king prince father brother mister');
export const FEMALE_HONORIFICS = set('mrs mrs. ms ms. miss dame lady queen princess sister madam');

/** Third-person pronouns a source can be, with gender (m, f) or n (plural / neuter). */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n'> = new Map([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'],
  ['they', 'n'], ['their', 'n'], ['it', 'n'], ['its', 'n'], ['we', 'n'], ['i', 'n'], ['our', 'n'], ['my', 'n'], ['you', 'n'], ['your', 'n'],
]);

/** Unnamed or generic sources: "officials said", "analysts point out". Source is null for these. */
export const GROUP_NOUNS = set(`
  official officials source sources analyst analysts critic critics expert experts observer observers
  aide aides adviser advisor insider insiders people person supporters opponents advocates economists investors traders brokers
  lawmakers legislators diplomats executives researchers scientists residents voters witnesses
  activists leaders members staffers advisers advisors strategists insiders others many some
  spokesman spokeswoman spokesperson representative representatives someone anyone nobody everyone
  administration government campaign company firm agency ministry department report reports study studies poll polls survey surveys
  statement analysis data coverage
  prosecutors journalists reporters groups organizations officers lawyers attorneys negotiators regulators
  authorities scholars historians academics pollsters developers employees workers doctors media
  police protesters demonstrators rebels militants fighters troops soldiers forces insurgents
`);

/**
 * Group heads that a qualifier turns into a named group ("foreign policy analysts", "McConnell aides",
 * "officials at the Harbor Authority"): the description is the source. Bare ("officials") stays null.
 */
export const DESCRIBED_GROUP_HEADS = set(`
  official officials analyst analysts critic critics expert experts observer observers aide aides insiders
  supporters opponents advocates economists investors lawmakers legislators diplomats executives researchers
  scientists residents voters witnesses activists leaders members member staffers advisers advisors strategists
  prosecutors journalists reporters groups organizations officers lawyers attorneys negotiators regulators
  authorities scholars historians academics pollsters developers employees workers doctors
  police protesters demonstrators rebels militants fighters troops soldiers forces insurgents
`);

/** Lower-case qualifiers a group description keeps even when tagged as verbs: "top aides", "elected officials". */
export const GROUP_QUALIFIERS = set('top senior elected retired former leading local federal state foreign exit');

/** Prepositions that open a group's post-modifier when it names something: "experts on North Avalon". */
export const GROUP_LINKS = set('in at on from to for with of');

/** Heads that stand for the country named after their link: "the government of Kenya said" is Kenya. */
export const GOVERNED_HEADS = set('government authorities administration regime');

/** The link between such a head and its country: "the government of Kenya", "the authorities of the Netherlands". */
export const GOVERNED_LINKS = set('of');

/** Links that make a group the staff of the body named after it ("analysts at Hollin Bank" stand for the bank). */
export const AFFILIATION_LINKS = set('at from with');

/** Role nouns that stand for a person named elsewhere ("the secretary said"). */
export const ROLE_NOUNS = set(`
  president secretary senator governor mayor minister chancellor premier chairman chairwoman chair
  ceo director commissioner ambassador judge justice spokesman spokeswoman spokesperson candidate nominee
  leader founder prosecutor attorney congressman congresswoman lawmaker general
`);

/** Words a speaker spokesperson phrase uses: "a Ledger spokesperson" stands for the Ledger. */
export const SPOKES_NOUNS = set('spokesman spokeswoman spokesperson representative');

/** Determiners and quantifiers that may open a source phrase: "many Democrats", "the secretary". */
export const SOURCE_OPENERS = set('the a an many some several most other two three four both all few more these those');

/** Institutions named by a definite description ("the bureau said"): resolved to the actor the text names so. */
export const INSTITUTION_NOUNS = set(`
  department ministry bureau agency company firm group council committee court administration government
  campaign bank commission office board union party embassy regulator watchdog coalition alliance institute university foundation force
  companies firms newspaper paper broadcaster outlet magazine network
`);

/** Words that may stand between a source and its verb: "Voss has also said". */
export const SUBJECT_GAP_WORDS = set(`
  has have had will would could should may might can did does do is was also then later again
  previously repeatedly recently reportedly publicly privately further once never long already
  now still often always just first last earlier separately similarly likewise even
  not n't quickly flatly firmly explicitly openly frequently initially immediately subsequently
`);

/**
 * The participle of a place descriptor joined by a hyphen to the place before a name ("the Britain-based
 * Syrian Observatory for Human Rights said", "the Ohio-based Harbor Group said"): where the body is, no part
 * of its name; a source phrase skips the place and the participle ("the Ohio-based group" is a group).
 */
export const PLACE_DESCRIPTOR_PARTICIPLES = set('based headquartered');

/** Clause openers skipped before a source: "while Voss said", "where he described". */
export const CLAUSE_OPENERS = set('and but while where when as though although because since so however yet which who whom led by with after before if');

/** Words that join a main clause to what came before; its subject follows them ("And then Voss went on the attack, saying"). */
export const CLAUSE_COORDINATORS = set('and but so yet then also still now');

/** Words that make a comma piece parenthetical ("Voss, the secretary, said"): it is skipped. */
export const PARENTHETICAL_OPENERS = set('the a an as who which whose according in on at for of from during after before speaking writing citing');

/** A comma piece like "R-Ky." or "Democrat of Ohio" after a name: party and state, skipped. */
export const PARTY_STATE = /^\(?(?:[RDI]-[A-Z][\w.-]*|(?:Democrat|Republican|Independent)\s+of\s+\p{Lu})/u;

/** Words that open a comma piece that is never the subject: "X, as reported by Y, said". */
export const ASIDE_OPENERS = set('as according per citing unlike like despite first originally later previously');

/** Things a person's words come in: "Voss's letter says" credits Voss. */
export const DOCUMENT_NOUNS = set('letter memo filing note post tweet statement remarks comments commentary office team lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson campaign aides brief report');

/** Be-verbs: "is said to", "was expected" are passive, not attributions. */
export const BE_VERBS = set('is are was were be been being am');

/** Capitalized function words that never start a name ("In 1998, ...", "The ..."). */
export const NEVER_NAMES = set('in on at for from by with of to the a an and but or as if when while after before during since until this that these those there here it its what which who how why where');

/** A cue right after one of these is an adjective or a noun: "the proposed plan", "his comments". */
export const DETERMINERS = set('the a an no any this that these those its his her their our my your');
