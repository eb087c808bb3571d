/**
 * Credit phrases and attribution nouns (DATA ONLY). Matched on token normal forms.
 * A credit phrase is followed by its source ("according to The Daily Ledger").
 * An attribution noun follows a possessor and precedes its content ("Voss's assurance that...").
 */
import { table } from '../../engine/rule.js';
import { REPORTING_VERBS } from './verbs.js';

export interface PhraseCue {
  id: string;
  words: string[];
  example: string;
  /** the credit stands without a named source: "according to a person familiar with the talks" */
  bare?: boolean;
}

const p = (id: string, words: string, example: string, bare = false): PhraseCue => ({ id: `credit.${id}`, words: words.split(' '), example, ...(bare ? { bare } : {}) });

export const CREDIT_PHRASES: readonly PhraseCue[] = [
  p('according-to', 'according to', 'The mill will close, according to The Daily Ledger.', true),
  p('as-reported-by', 'as reported by', 'Talks stalled, as reported by the Ledger.'),
  p('as-first-reported-by', 'as first reported by', 'The firm was sold, as first reported by the Ledger.'),
  p('reported-by', 'reported by', 'The sale, first reported by the Ledger, closed.'),
  p('as-noted-in', 'as noted in', 'A deal is near, as noted in the Ledger.'),
  p('as-noted-by', 'as noted by', 'A deal is near, as noted by Voss.'),
  p('as-hinted-by', 'as hinted by', 'A deal, as hinted by Voss, is near.'),
  p('as-stated-by', 'as stated by', 'Costs rose, as stated by the agency.'),
  p('as-described-by', 'as described by', 'The plan, as described by Voss, is bold.'),
  p('as-stated-in', 'as stated in', 'Costs rose, as stated in the Ledger.'),
  p('as-reported-in', 'as reported in', 'Costs rose, as reported in the Ledger.'),
  p('as-described-in', 'as described in', 'The plan, as described in the Ledger, is bold.'),
  p('as-detailed-in', 'as detailed in', 'The swap, as detailed in the Ledger, helps.'),
  p('as-outlined-in', 'as outlined in', 'The plan, as outlined in the memo, is bold.'),
  p('per', 'per', 'Costs rose 4%, per the Ledger.'),
  p('detailed-in-coverage-from', 'detailed in coverage from', 'This trade, detailed in coverage from the Ledger, helps.'),
  p('detailed-in', 'detailed in', 'The swap, detailed in the Ledger, helps.'),
  p('echoed-in-reports-from', 'echoed in reports from', 'Audits are needed, a point echoed in reports from the Ledger.'),
  p('echoed-by', 'echoed by', 'Audits are needed, a view echoed by the Ledger.'),
  p('reported-in', 'reported in', 'The sale, reported in the Ledger, closed.'),
  p('in-the-words-of', 'in the words of', 'It was, in the words of Voss, a disaster.'),
  p('cited-by', 'cited by', 'The data, cited by the Ledger, show a drop.'),
  p('confirmations-in', 'confirmations in', 'Hopes grew with confirmations in the Ledger, where Voss said so.'),
  p('reports-in', 'reports in', 'Hopes grew with reports in the Ledger, where Voss said so.'),
  p('coverage-from', 'coverage from', 'The swap, according to coverage from the Ledger, helps.'),
  p('reporting-by', 'reporting by', 'The mill will close, based on reporting by the Ledger.'),
];

/**
 * A reporting verb in the passive with its agent after "by" ("was described by the bishops' conference as
 * ...", "was claimed by the rebels", "were announced by the ministry"): the cue the passive rejection drops
 * becomes a credit through "by", its source the agent (as "reported by the Ledger"). Applied only to a verb
 * cue that a passive row rejected (cue-rejections.ts `byAgent`).
 */
export const PASSIVE_CREDIT_LEXICONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  /** what "by" names when it is no agent: a means ("by email"), a manner ("by hand", "by law", "by default"), a degree ("by far") */
  ['means-nouns', new Set(['email', 'e-mail', 'phone', 'telephone', 'mail', 'letter', 'fax', 'text', 'video', 'hand', 'law', 'far', 'then', 'now', 'default', 'chance', 'mistake', 'accident', 'name', 'majority'])],
  ['percent', new Set(['percent', 'per', '%'])],
  /** every form of a verb of saying proper (VerbCue.speech: "announced", "confirmed", "claimed", "reported") */
  ['speech-forms', new Set(REPORTING_VERBS.filter((v) => v.speech).flatMap((v) => v.forms.filter((f) => !f.includes(' '))))],
]);
/** the agent after "by" (its second capture: the credit runs through it) */
const AGENT = '#Adverb? [by] (#Determiner|@poss|@cap|#Noun|#Adjective|#Value)';
const NO_AGENT = ['[.+] #Adverb? by (#Date|#Duration|#Value? %percent%|%means-nouns%)'];
export const PASSIVE_CREDITS = table<true>('attribution.passive-credits', 'cues', [
  {
    id: 'credit.passive-by', match: `[%speech-forms%] ${AGENT}`, unless: NO_AGENT, then: true,
    example: 'The closure was announced by the port authority on Friday.',
    counter: 'The closure was announced by email to every tenant on Friday.',
    note: 'a verb of saying: the agent is the source; "by email", "by phone", "by 5 percent", "by Friday" name a means, an amount or a time, not the agent',
  },
  {
    id: 'credit.passive-by-as', match: `[.+] ${AGENT} .? .? .? .? .? as`, unless: NO_AGENT, then: true,
    example: 'The old bridge was described by the county engineers as a hazard to heavy trucks.',
    counter: 'The old bridge was criticized by the county engineers after the flood.',
    note: 'any reporting verb with a characterization after "as" ("described by X as", "dismissed by X as"); without one, a passive verb of stance or deed ("was criticized by", "were attacked by") reports no content',
  },
]);

export interface NounCue {
  id: string;
  nouns: string[];
  example: string;
  /** a noun of opinion that reports only framed as "in/from POSSESSOR NOUN," before its clause (cue.reject.noun-unframed) */
  framed?: boolean;
}

/** Attribution nouns: the cue needs a possessor before it and "that", "of" or ":" after it. */
export const ATTRIBUTION_NOUNS: readonly NounCue[] = [
  { id: 'noun.view', nouns: ['view', 'opinion', 'estimation', 'judgment', 'judgement'], example: 'In her view, the port will never turn a profit.', framed: true },
  { id: 'noun.confirmation', nouns: ['confirmation'], example: "Voss's confirmation that the sides were close" },
  { id: 'noun.assurance', nouns: ['assurance', 'assurances'], example: 'his assurance of a final deal' },
  { id: 'noun.statement', nouns: ['statement', 'statements'], example: "Voss's statement that he would resign" },
  { id: 'noun.claim', nouns: ['claim', 'claims', 'assertion', 'assertions', 'contention'], example: "Voss's claim that the vote was rigged" },
  { id: 'noun.warning', nouns: ['warning', 'warnings'], example: "Voss's warning that costs would rise" },
  { id: 'noun.announcement', nouns: ['announcement'], example: "Voss's announcement that the firm would close" },
  { id: 'noun.insistence', nouns: ['insistence'], example: "Voss's insistence that she was right" },
  { id: 'noun.argument', nouns: ['argument', 'arguments'], example: "Voss's argument that rates must fall" },
  { id: 'noun.prediction', nouns: ['prediction', 'predictions', 'forecast'], example: "Voss's prediction that prices would rise" },
  { id: 'noun.admission', nouns: ['admission', 'acknowledgment', 'acknowledgement'], example: "Voss's admission that he lied" },
  { id: 'noun.promise', nouns: ['promise', 'promises', 'pledge', 'vow'], example: "Voss's promise that taxes would fall" },
  { id: 'noun.suggestion', nouns: ['suggestion', 'allegation', 'allegations', 'accusation'], example: "Voss's suggestion that the vote be delayed" },
  { id: 'noun.remarks', nouns: ['remarks', 'comments', 'comment', 'words'], example: "Voss's remarks that the plan was dead" },
];

/** Words that may follow an attribution noun to introduce its content. */
/** The nouns of opinion that report only framed ("In his view, ..."): the word set %framed-nouns% of the cue rejections. */
export const FRAMED_NOUNS: ReadonlySet<string> = new Set(ATTRIBUTION_NOUNS.filter((n) => n.framed).flatMap((n) => n.nouns));
export const NOUN_CONTENT_OPENERS = new Set(['that', 'of', 'about']);

/** What a frame's cue must be for an outlet link to follow it (typed fields of the frame, src/refine/attribution/frame-base.ts). */
export interface OutletCue {
  kind: 'verb' | 'credit';
  /** a verb of saying proper ("said", "warned", "confirmed") */
  speech?: boolean;
  /** a verb naming its hearer ("told") */
  addressee?: boolean;
  /** a credit standing without a named source ("according to") */
  bare?: boolean;
}

export interface OutletLink {
  id: string;
  /** the cue the link follows */
  cue: OutletCue;
  /** the words between the cue and the outlet's name, lower case, matched from the cue's end */
  pattern: RegExp;
  example: string;
}

/**
 * An outlet that carried a speaker's words, named right after the cue: it is the claim's `via`, and
 * its source when the speaker is unnamed ("A third official told the Ledger ..." -> the Ledger).
 */
export const OUTLET_LINKS: readonly OutletLink[] = [
  { id: 'outlet.told', cue: { kind: 'verb', addressee: true }, pattern: /^\s+(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:[a-z-]+\s+){0,3}$/u, example: 'Voss told state broadcaster Ledger TV that talks had stalled.' },
  { id: 'outlet.interview-with', cue: { kind: 'verb', speech: true }, pattern: /^[\s,]+(?:\w+\s+){0,3}?(?:in|during)\s+an?\s+(?:[a-z-]+\s+){0,2}interview\s+(?:with|on)\s+(?:[Tt]he\s+)?$/u, example: 'Voss said in an interview with the Ledger that talks had stalled.' },
  { id: 'outlet.unnamed-spoke-to', cue: { kind: 'credit', bare: true }, pattern: /^\s+(?:an?|one|two|three|several)\s+(?:[a-z-]+\s+){1,6}?who\s+(?:spoke|talked)\s+(?:to|with)\s+(?:[Tt]he\s+)?$/u, example: 'The mill will close, according to a person familiar with the talks who spoke to the Ledger.' },
  { id: 'outlet.said-on', cue: { kind: 'verb', speech: true }, pattern: /^[\s,]+(?:\w+\s+){0,2}?(?:on|to)\s+(?:[Tt]he\s+)?$/u, example: 'An aide said on Ledger TV that talks had stalled.' },
];

export interface ClauseSplit {
  id: string;
  /** an engine pattern whose capture is the words that open a second reported clause of the same cue */
  match: string;
  unless?: readonly string[];
  then: 'split';
  example: string;
  counter?: string;
}

/**
 * A second reported clause of one cue is a second claim: "Voss said that A and that B" -> A; B.
 * Most of our gold sets count two claims there (PolNeAR counts one): a missed claim costs recall,
 * an extra one only precision, and recall is what the product must not lose. "that" followed by a verb,
 * a preposition or an adverb, or contracted ("that's"), is a pronoun ("and that is a loss", "but that of the
 * port"), no second clause.
 */
export const CLAUSE_SPLITS: readonly ClauseSplit[] = [
  { id: 'split.and-that', match: '[and that] !(#Verb|#Preposition|#Adverb)', unless: ['[and @poss]'], then: 'split', example: 'Voss said that the mill would close and that 40 jobs would go.', counter: 'Voss said the mill would close and that is a loss for the town.' },
  { id: 'split.but-that', match: '[but that] !(#Verb|#Preposition|#Adverb)', unless: ['[but @poss]'], then: 'split', example: 'Voss said that the mill would close but that no jobs would go.', counter: 'Voss said the mill would close, but that of the port would stay open.' },
];

/** What a row of attribution.credit-description makes of a credit's description: the name readers go first (the phrase when they find no one), or the reduced clause's subject is the source (no phrase). */
export type CreditTake = 'names-first' | 'subject';

/**
 * A credit's indefinite or bare description that names no one keeps its phrase as the source ("according
 * to a recent survey of harbor pilots"), read as a described subject is (describedPhrase). These rows see the
 * phrase (the candidate: the credit's words up to the next boundary or quotation) and reject the readings
 * where someone else is the source. `@postModifier`: a token that opens a noun's post-modifier (a preposition,
 * verb, conjunction, question word, determiner or pronoun: "poll [of] voters", "data [released] Friday").
 */
export const CREDIT_DESCRIPTION = table<CreditTake>('attribution.credit-description', 'cues', [
  {
    id: 'credit-description.producer',
    match: '. .* @cap .*',
    then: 'names-first',
    example: 'Fees doubled last year, according to a poll by the Harbor Institute.',
    counter: 'Fees doubled last year, according to a recent poll of harbor pilots.',
    note: 'a capitalized word after the first may name the producer ("a poll by the Harbor Institute"): the name readers give the source; when they find no one ("a memo sent Friday by the port\'s auditor", "an email from the chair of the Dock Union"), the described phrase is',
  },
  {
    id: 'credit-description.reduced-clause',
    match: '. !@postModifier* (#Determiner|#Pronoun) .*',
    then: 'subject',
    example: 'Fees doubled last year, according to a notice the bureau posted.',
    counter: 'Fees doubled last year, according to a notice posted on the door.',
    note: 'a determiner or pronoun right after the head opens a reduced relative clause ("a notice the bureau posted"): its subject is the source',
  },
]);
