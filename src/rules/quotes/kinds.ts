/**
 * Quote kinds (DATA ONLY): words before a quotation that make it a title or a scare quote.
 * A title also needs Title Case ("Meet the Voters"); a scare quote is a short term nobody is said
 * to have said.
 */
import { DOCUMENT_HEADS, TITLE_CASE_SMALL_WORDS } from '../actors/words.js';
import { table, type Rule } from '../../engine/rule.js';

export interface KindCue {
  id: string;
  /** lower-case words, matched against the words just before the opening mark */
  before: string[];
  /** what a Title Case quotation after them is (a title when not given) */
  kind?: 'title' | 'scare';
  example: string;
}

/**
 * Words before a Title Case quotation, tried in order on the last word and the one before it: a title
 * ("on", "titled", a work noun: 'a song called "Day after Day"'), else a name given to something that
 * is no work ('the army named it "Operation Clear Sky"', 'a course called "Learning Together"'): a
 * scare quote, not a title, and no one's words.
 */
export const TITLE_CUES: readonly KindCue[] = [
  { id: 'title.on-program', before: ['on', 'in'], example: 'she said on Channel 9\'s "Morning Desk."' },
  { id: 'title.titled', before: ['titled', 'entitled'], example: 'a memo titled "Plan B for Rivers"' },
  { id: 'title.work', before: ['book', 'film', 'movie', 'show', 'program', 'programme', 'series', 'song', 'album', 'novel', 'documentary', 'podcast', 'column', 'op-ed', 'article', 'essay', 'report', 'play', 'episode', 'bill', 'act', 'campaign', 'slogan', 'hashtag', 'memoir', 'poem', 'magazine', 'newsletter', 'segment', 'study', 'paper', 'letter', 'memo', 'speech', 'headline', 'ad', 'advertisement', 'exhibit', 'documentary', 'platform', 'plan', 'initiative', 'program'], example: 'his book "Rivers of Gold"' },
  { id: 'scare.named', before: ['called', 'named', 'dubbed', 'nicknamed'], kind: 'scare', example: 'the army named it "Operation Clear Sky"' },
];

/** A Title Case quotation after "the" whose last word is a document head (the actors' DOCUMENT_HEADS) names a law or document. */
export const TITLE_BY_HEAD = {
  id: 'title.document-head',
  before: new Set(['the']),
  heads: new Set(DOCUMENT_HEADS.map((r) => r.word)),
  example: 'the senator backed the "Clean Ports Rule" last year',
};

/** Words before a quotation that mark a scare quote. */
export const SCARE_CUES: readonly KindCue[] = [
  { id: 'scare.so-called', before: ['so-called', 'supposed', 'alleged', 'self-described', 'self-styled'], example: 'the so-called "reform"' },
];

/**
 * Short words that stay lower case in Title Case: "Meet the Voters", "Day after Day": the actors'
 * headline list (TITLE_CASE_SMALL_WORDS, one lexicon for the notion) and the longer prepositions,
 * conjunctions and "is" a quoted work title also leaves lower case.
 */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([...TITLE_CASE_SMALL_WORDS.map((r) => r.word), ...'vs. from is nor but after into onto over upon via per'.split(' ')]);

/** A quotation of at most this many words, with no speaker, is a scare quote. */
export const SCARE_MAX_WORDS = 4;

/** Words that give a thing its name ("a process called", "were nicknamed"). */
const NAMING = '(called|named|dubbed|nicknamed|labeled|labelled|branded)';

/**
 * A quotation that is the name a thing is given, no one's words (DATA ONLY; the candidate is the
 * quotation's words, the range its sentence; src/extract/quotes/kind.ts applies them after the
 * Title Case cues above): right after a naming participle with no subject of its own before it (a
 * noun it describes, an adverb, a passive auxiliary: "a process called", "commonly called", "were
 * nicknamed"), or after "known as" / "identified as". A pronoun or a name right before the verb is its
 * subject ("what he called", "what the Ledger called", "Ann Roe, the mayor, called"), and "by Ann Roe" after the
 * quotation names its agent: those words are that person's, a statement.
 */
const naming: Rule<'scare'>[] = [
  {
    id: 'quotes.naming.participle', match: `${NAMING} the? [.+]`, unless: [`(#Pronoun|@cap) ${NAMING} the? [.+]`, `, ${NAMING} the? [.+]`, `(what|which) . .? .? .? .? ${NAMING} the? [.+]`, `${NAMING} the? [.+] by`], then: 'scare',
    example: 'Ann Roe moved people out of danger zones, a process called "extraction." She did it for years.',
    counter: 'Ann Roe said the levy was what she called "a plain robbery of the fishermen." She left.',
    note: 'the participle names the noun before it, "the" may stand between ("the port was called the "gateway" of the coast"); with its own subject before it ("she called", "what one critic has dubbed", an aside closing before it: "Ann Roe, the mayor, called") or an agent after the quotation ("has been called "x" by Ann Roe") the words are that person\'s',
  },
  {
    id: 'quotes.naming.known-as', match: '(known|identified) (only|simply|publicly|online|locally)? as [.+]', then: 'scare',
    example: 'Harbor guards questioned a dock worker, identified only as "K. Lund," on Friday.',
    counter: 'Harbor guards questioned a dock worker on Friday, Ann Roe said: "K. Lund was seen there."',
  },
  {
    id: 'quotes.naming.mention', match: '(the|a) #Adjective? (word|term|phrase|expression|designation|label|acronym|hashtag|nickname|moniker) [.+]', unless: ['@inQuote [.+]'], then: 'scare',
    example: 'Although the word "gale" only tells how strong the wind is, the Harbor Board closed the pier.',
    counter: 'Although the word from the Harbor Board was "gale," Ann Roe kept the pier open.',
    note: 'a quotation that a noun for words introduces right before it is mentioned, not said: the word itself, no one\'s statement; inside a quotation it stays part of the speaker\'s words',
  },
  {
    id: 'quotes.naming.nickname', match: '#Person [@cap @cap?] @cap', unless: ['[.* @hasComma]'], then: 'scare',
    example: 'The ferry was built by shipwright Tomas "Tommy" Lindqvist in 1952.',
    counter: 'Shipwright Tomas Lindqvist told Anna "Welcome" as the ferry left in 1952.',
    note: 'a capitalized word or two in quotation marks between the parts of a person\'s name is the nickname the person goes by ("Marta "Mimi" Olsen"), no one\'s words; a quotation ending in a comma there is a Title Case headline\'s words ("Roe ‘Defies Belief,’ Needs ...")',
  },
];

export const QUOTE_NAMING = table('quotes.naming', 'quotes', naming);
