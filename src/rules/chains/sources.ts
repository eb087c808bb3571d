/**
 * How a source phrase that ends on a name resolves when the name is not the source (DATA ONLY). The
 * sources stage (src/refine/attribution/resolve.ts) offers the last token of a name source phrase to
 * these rows; the first row that holds decides, and the source is the phrase from the source's start
 * through the row's whole match ("Mrs. Voss's campaign said": the campaign, named by its phrase as
 * SCHEMA does for groups, not Mrs. Voss). Recorded in the trace under the row's id.
 */
import { type Rule, table } from '../../engine/rule.js';
import { OWNED_WORK_HEADS, PHRASE_ORG_HEADS } from '../attribution/phrase-sources.js';
import { set } from '../attribution/sources.js';

/** What a row decides: the source is its own phrase, through the end of the match. */
export interface PhraseSource {
  take: 'phrase';
}

/** The word sets the rows name (`%name%`). */
export const SOURCE_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['org-head', PHRASE_ORG_HEADS],
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
