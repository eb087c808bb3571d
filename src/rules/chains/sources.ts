/**
 * How a source phrase that ends on a name resolves when the name is not the source (DATA ONLY). The
 * sources stage (src/refine/attribution/resolve.ts) offers the last token of a name source phrase to
 * these rows; the first row that holds decides, and the source is the phrase from the source's start
 * through the row's whole match ("Mrs. Voss's campaign said": the campaign, named by its phrase as
 * SCHEMA does for groups, not Mrs. Voss). Recorded in the trace under the row's id.
 */
import { type Rule, table } from '../../engine/rule.js';
import { MODIFIED_OFFICIAL_HEADS, OWNED_WORK_HEADS, PHRASE_BODY_HEADS, PHRASE_ORG_HEADS } from '../attribution/phrase-sources.js';
import { set } from '../attribution/sources.js';

/** What a row decides: the source is its own phrase, through the end of the match. */
export interface PhraseSource {
  take: 'phrase';
}

/** The word sets the rows name (`%name%`). */
export const SOURCE_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['org-head', PHRASE_ORG_HEADS],
  ['body-head', PHRASE_BODY_HEADS],
  /** the staff a campaign speaks through: "Voss's campaign manager" */
  ['staff-head', set('manager managers chairman chairwoman chair spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors staff staffers')],
]);

export const SOURCE_PHRASE_ROWS: readonly Rule<PhraseSource>[] = [
  {
    id: 'sources.phrase.possessed-org', match: '[@poss] %org-head% %staff-head%?', then: { take: 'phrase' },
    note: 'a person\'s campaign or administration (and its manager, its spokesman) speaks as itself: "Voss\'s campaign said" is the campaign, not Voss; a named campaign ("the Voss campaign") is a group source already',
    example: 'Dana Whitlow’s campaign said the advertisement was false.',
    counter: 'Dana Whitlow’s lawyer said the advertisement was false.',
  },
  {
    id: 'sources.phrase.named-body', match: '[{@cap !@poss @spaced}] {@lower #Noun !%body-head% @spaced}? %body-head%', then: { take: 'phrase' },
    note: 'a body a place or a parent body names before it speaks as itself: "the Tarsk hospital said" is the hospital, not Tarsk (one lower-case qualifier may stand between: "the Brill fire service")',
    example: 'Two climbers were hurt, the Kelvale hospital said on Sunday.',
    counter: 'Two climbers from Kelvale were hurt, the hospital said on Sunday.',
  },
  {
    id: 'sources.phrase.capitalized-adjective', match: '^ #Adjective? [#Adjective] .? #Noun+', unless: ['[(#ProperNoun|#Demonym|#Person|#Organization|#Place)]'], then: { take: 'phrase' },
    note: 'a plain adjective opening the sentence is capitalized, not a name: "Corporate lobbyists said" is the lobbyists, never "Corporate"',
    example: "Corporate lobbyists' warning that the rule would cost jobs went unheeded.", // a verb's subject ("Corporate lobbyists said") is the clause layer's description already
    counter: 'Kestrel Mining said the rule would cost jobs.',
  },
];

export const SOURCE_PHRASE_TABLE = table('sources.phrase', 'sources', SOURCE_PHRASE_ROWS);

/**
 * What a thing a possessive name owns is as a source (DATA ONLY): its owner or its own phrase. Both paths
 * that meet one read these rows at the possessive token, so they agree: a credit naming no source phrase
 * ("according to Voss's memoir", src/refine/attribution/owner.ts) and a group headed by a work ("Acme's
 * annual report said", src/refine/attribution/group.ts). The first row that holds decides; recorded in the
 * trace under its id. A capitalized thing ("WHO's Tedros", "the WHO's Emergency Use Listing") is neither.
 */
export interface OwnedSource {
  /** true: the possessive name's actor; false: the phrase, from the owner's name through the row's match */
  owner: boolean;
}

export const OWNED_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['owned-work', OWNED_WORK_HEADS]]);

export const OWNED_ROWS: readonly Rule<OwnedSource>[] = [
  {
    id: 'sources.owned.work', match: '[@poss] @lower? @lower? %owned-work%', then: { owner: true },
    note: 'a work an owner produces (a report, a poll, statistics) speaks for it, as the producer of "a Ledger poll" does',
    example: 'The Harbor Institute polled 900 voters. According to the Harbor Institute’s latest survey, most voters back the plan.',
    counter: 'Mara Voss wrote a memoir in 2015. According to Voss’s memoir, the mill closed in 1998.',
  },
  {
    id: 'sources.owned.thing', match: '[@poss] #Adjective? #Noun', unless: ['[@poss] #Adjective? @cap'], then: { owner: false },
    note: 'any other thing keeps its phrase ("according to Voss’s memoir" is "Voss’s memoir", as "Voss’s memoir says" is): a memoir or an account is not its owner speaking',
    example: 'Mara Voss wrote a memoir in 2015. According to Voss’s memoir, the mill closed in 1998.',
    counter: 'The Harbor Institute polled 900 voters. According to the Harbor Institute’s latest survey, most voters back the plan.',
  },
];

export const OWNED_TABLE = table('sources.owned', 'sources', OWNED_ROWS);

/**
 * Who a work heading a group source speaks for (DATA ONLY): read at the work's head word by the sources
 * stage (src/refine/attribution/resolve.ts). A maker named after "by" or "from" (past a participle and a
 * date: "a report released Friday by the Harbor Institute", "a report Tuesday from KXLT") is the source;
 * any other post-modifier names the work's sample, place or topic ("a recent poll of Ohio voters", "exit
 * polls in New Hampshire"), so the work keeps its phrase and no name in it is the source. The first row
 * that holds decides; recorded in the trace under its id. SCHEMA: a document accepts its description and
 * its named producer.
 */
export interface WorkMaker {
  /** true: the name after the maker link; false: the work's own phrase */
  maker: boolean;
}

/** Works whose maker the rows of `sources.work-maker` read: the owned works, a statement, coverage. */
export const WORK_HEADS: ReadonlySet<string> = new Set([...OWNED_WORK_HEADS, 'statement', 'coverage']);

export const WORK_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['work', WORK_HEADS],
  ['maker-link', set('by from')],
  ['work-link', set('of in on for to at among with about')],
  ['date-link', set('on in last this earlier')],
]);

export const WORK_MAKER_ROWS: readonly Rule<WorkMaker>[] = [
  {
    id: 'sources.work-maker.by', match: '[%work%] (#PastTense|#Participle)? %date-link%? (#Date|#Value)? (#Date|#Value)? %maker-link% the? @lower? @lower? @lower? @cap', then: { maker: true },
    note: 'a work whose maker follows "by"/"from" speaks for its maker, past a participle, a date and up to three words describing the maker ("a report released Friday by the Harbor Institute", "a study by economists Ann Roe and Bo Li", "a report from the coastal fisheries watchdog Sealine")',
    example: 'The pier is unsafe, according to a report released Friday by the Harbor Institute.',
    counter: 'The pier is unsafe, according to a report released Friday by county engineers.',
  },
  {
    id: 'sources.work-maker.by-after-sample', match: '[%work%] %work-link% @cap+ #Noun? %maker-link% the? @lower? @lower? @cap', then: { maker: true },
    note: 'a maker after a named sample: "an analysis of Harbor Board data by Ledgerworks" is Ledgerworks',
    example: 'Fees doubled, according to an analysis of Harbor Board data by Ledgerworks.',
    counter: 'Fees doubled, according to an analysis of Harbor Board data.',
  },
  {
    id: 'sources.work-maker.in-publication', match: '[%work%] (#PastTense|#Participle)? in the {@cap !#Country !#Demonym}', then: { maker: true },
    note: 'a work in a named publication speaks for it ("a report in the Nikkei", "a study published in the Doeville Journal of Geology"); a place after "in" stays the sample ("exit polls in the United States")',
    example: 'The mill will close, according to a report in the Doeville Ledger.',
    counter: 'The plan is popular, according to exit polls in the United States.',
  },
  {
    id: 'sources.work-maker.sample', match: '[%work%] %work-link%', then: { maker: false },
    note: 'any other link names what the work is of or where ("a recent poll of Ohio voters", "exit polls in New Hampshire"): the work keeps its phrase, never the place or the sample',
    example: 'The plan is popular, according to a recent poll of Ohio voters.',
    counter: 'The plan is popular, according to a recent poll by the Harbor Institute.',
  },
];

export const WORK_MAKER_TABLE = table('sources.work-maker', 'sources', WORK_MAKER_ROWS);

/**
 * A work with no maker of its own that points back to one the article introduced (DATA ONLY): read at the
 * work's head word by the sources stage (src/refine/attribution/resolve.ts) when no maker follows it. A
 * definite work ("the report", "this study") speaks for the maker of the nearest earlier work of the same head
 * word whose maker the rows of `sources.work-maker` name ("a report from the Harbor Institute ... The report
 * said"; "the study" is not the "data from" the agency the study used); with none before it, it stays null.
 * An indefinite one ("a second report") is another work.
 */
export interface WorkBack {
  back: boolean;
}

/** How many sentences back a definite work looks for the work it points to. */
export const WORK_BACK_SENTENCES = 10;

export const WORK_BACK_ROWS: readonly Rule<WorkBack>[] = [
  {
    id: 'sources.work-back.definite', match: '(the|this|that) @lower? [%work%]', then: { back: true },
    note: 'a definite work points back to the work introduced with its maker: "The report said" after "a report from the Harbor Institute" is the Harbor Institute',
    example: 'A report from the Harbor Institute came out in May. The report said the pier was unsafe.',
    counter: 'A report from the Harbor Institute came out in May. A second report said the pier was unsafe.',
  },
];

export const WORK_BACK_TABLE = table('sources.work-back', 'sources', WORK_BACK_ROWS);

/**
 * Researchers who report a work the sentence opens with (DATA ONLY): read at a group source's head word by the
 * sources stage (src/refine/attribution/resolve.ts). "In one study from the Harbor Institute, scientists
 * report ..." speaks for the work's maker, as "the study said" would; the staff are the work's
 * authors. The maker is read by the rows of `sources.work-maker`; a work with no maker leaves the phrase.
 */
export interface WorkFrame {
  frame: boolean;
}

export const WORK_FRAME_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['work', WORK_HEADS],
  ['research-staff', set('researchers scientists authors')],
]);

export const WORK_FRAME_ROWS: readonly Rule<WorkFrame>[] = [
  {
    id: 'sources.work-frame.research-staff', match: '^ in .* %work% .* , [%research-staff%]', then: { frame: true },
    note: 'researchers after a fronted work ("In a study released by X, scientists report") speak for the work\'s maker',
    example: 'In one study from the Harbor Institute, scientists report the reef is shrinking.',
    counter: 'After a new study came out on Monday, scientists said the reef is shrinking.',
  },
];

export const WORK_FRAME_TABLE = table('sources.work-frame', 'sources', WORK_FRAME_ROWS);

/**
 * Officials named by their nation's adjective (DATA ONLY): read at a group source's head word by the sources
 * stage (src/refine/attribution/resolve.ts). "Indonesian authorities said" speaks for the country the actors
 * joined the phrase to (SCHEMA: a country is a nation or its government), when the whole phrase is a mention
 * of a country actor; "the Turkish government" keeps its phrase (a government is named as written).
 */
export interface NationOfficials {
  country: boolean;
}

export const NATION_OFFICIALS_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['officials', MODIFIED_OFFICIAL_HEADS]]);

export const NATION_OFFICIALS_ROWS: readonly Rule<NationOfficials>[] = [
  {
    id: 'sources.nation-officials.country', match: '@cap [%officials%]', then: { country: true },
    note: 'officials or authorities named by a nation\'s adjective speak for its country: "Indonesian authorities said" is Indonesia, once the actors made the phrase one of its names',
    example: 'Police in Indonesia held three men on Sunday. The men had planned an attack on a market, Indonesian authorities said.',
    counter: 'Police in Indonesia held three men on Sunday. The men had planned an attack on a market, local authorities said.',
  },
];

export const NATION_OFFICIALS_TABLE = table('sources.nation-officials', 'sources', NATION_OFFICIALS_ROWS);

/**
 * A force named with the place it serves (DATA ONLY): read at a group source's head word by the sources stage
 * (src/refine/attribution/resolve.ts). "Police in Kelvale said" is the police, as "police said" is: the
 * capitalized place after "in" tells where the force serves; it is neither a body of its own nor the force's
 * name, so the source is the head word alone (one source per force, as the bare word gives). Heads outside the
 * lexicon keep their phrase ("authorities in Doeland", "residents in Kelvale": who they are depends on the place).
 */
export interface LocatedForce {
  bare: boolean;
}

export const LOCATED_FORCE_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  /** forces one command speaks for: the police, an armed group */
  ['force', set('police rebels militants insurgents')],
]);

export const LOCATED_FORCE_ROWS: readonly Rule<LocatedForce>[] = [
  {
    id: 'sources.located-force.in-place', match: '[%force%] in the? @cap', then: { bare: true },
    note: 'a police force or an armed group followed by "in" and a capitalized place speaks as the force: "police in Kelvale said" and "rebels in the Doeland hills said" are the police and the rebels, never the place',
    example: 'Two men were held overnight, police in Kelvale said on Sunday. The rebels in the North Doeland hills said the truce was over.',
    counter: 'Residents in Kelvale said the water was unsafe.',
  },
];

export const LOCATED_FORCE_TABLE = table('sources.located-force', 'sources', LOCATED_FORCE_ROWS);
