/**
 * Direction rows (DATA ONLY, engine syntax): adverbs and prepositions that fix which way a bare weekday,
 * month or yearless date points, before any verb tense votes ("Earlier on Friday" is the past Friday
 * even in "will"; "as early as Tuesday" the next one). The capture `[.+]` is the date. `DIRECTION_FALLBACK`
 * speaks only when no tense cue does ("Campaigns are preparing for the November vote").
 */
import { table, type Rule } from '../../engine/rule.js';

export type Way = 'past' | 'future';

const rows: Rule<Way>[] = [
  {
    id: 'dates.direction.earlier-on', match: '(earlier|previously) (on|this|that|last)? [.+]', then: 'past',
    example: 'Earlier on Friday, the minister said she will resign.',
    counter: 'The minister said she will resign on Friday.',
  },
  {
    id: 'dates.direction.as-early-as', match: 'as (early|soon) as [.+]', then: 'future',
    example: 'The committee could vote as early as Tuesday.',
    counter: 'The committee voted on Tuesday.',
  },
  {
    id: 'dates.direction.not-until-past', match: "(didn't|wasn't|weren't|hadn't|did not|was not|were not|had not|never) .* (until|till) [.+]", then: 'past',
    example: 'He did not return until February 13, his aide said.',
    counter: 'He will not return until February 13.',
  },
  {
    id: 'dates.direction.moved-to', match: '(extend|extends|extended|delay|delays|delayed|postpone|postpones|postponed|push|pushes|pushed|reschedule|reschedules|rescheduled|move|moves|moved|defer|defers|deferred) .? .? .? .? (back|forward|up)? (to|until|till|through|for) [.+]', then: 'future',
    note: 'the new date of a moved event or limit lies ahead even when the move is told in the past ("was extended until June 30")',
    example: 'The state of emergency was extended until June 30, and the trial was moved to September.',
    counter: 'The state of emergency was declared on June 30.',
  },
  {
    id: 'dates.direction.ordered-starting', match: '(ordered|orders|order|must|required|requires) .* (starting|beginning) [.+]', then: 'future',
    note: 'an order or an obligation that starts on a weekday or a date starts ahead of it even when the order is told in the past',
    example: 'The mayor ordered all bars to close at 10 p.m. starting Monday.',
    counter: 'Starting Monday, sales fell sharply.',
  },
  {
    id: 'dates.direction.was-expected-to', match: '(was|were) (expected|scheduled|set|due|slated|supposed) to . .? (on|in|by|at)? [.+]', then: 'past',
    note: 'a plan told in the past ("was due to close on March 9, but ...") points back, like its verb',
    example: 'The ferry route was due to close on March 9, but the council kept it open for a month.',
    counter: 'The ferry route is due to close on March 9.',
  },
  {
    id: 'dates.direction.deadline-ahead', match: '(the|a|an|its|their|this) (self-imposed|new|final|hard|formal|original)? [.+] (deadline|deadlines|cutoff|ultimatum)', then: 'future',
    unless: ['(missed|miss|misses|missing|passed|met|meet|beat|blew|ignored|after|since) .* [.+]', '[.+] (deadline|deadlines|cutoff|ultimatum) (passed|expired|lapsed|came)'],
    note: 'a weekday or a date that names a deadline ("held to the Friday deadline") is the coming one even when the sentence is told in the past; a deadline missed or passed is not',
    example: 'The union said its members still aimed for the Friday deadline.',
    counter: 'The union said its members missed the Friday deadline.',
  },
  {
    id: 'dates.direction.was-to-weekday', match: '(was|were) to . .? (on|at)? [(late|early)? #WeekDay]', then: 'past',
    note: 'a weekday on which something "was to" happen, told in a report ("the permit was to lapse on Tuesday", "the board was to gather Thursday") lies in the week just told, as with "was due to" (dates.direction.was-expected-to); a month ("the lease was to run out in May") is left to the other cues',
    example: 'Crews kept digging as the permit was to lapse on Tuesday.',
    counter: 'Crews keep digging, and the permit is to lapse on Tuesday; the lease was to run out in May.',
  },
  {
    id: 'dates.direction.last-day-ahead', match: '^[.+] ,? (also|now|still)? (is|will be) (also|now)? (the|your|their|its) (last|final) (day|date|chance|opportunity)', then: 'future',
    note: 'a weekday that opens a sentence as the last day or chance to act ("Wednesday is the last day to sign up") is the coming one: the present copula gives no tense vote, and news defaults to the past',
    example: 'Wednesday is the last day to sign up for the bus pass.',
    counter: 'Wednesday was the last day to sign up for the bus pass.',
  },
];

export const DIRECTION_ROWS = table('dates.direction', 'dates', rows);

const fallback: Rule<Way>[] = [
  {
    id: 'dates.direction.event-ahead', match: 'the [.+] %event%', then: 'future',
    example: 'Campaigns are preparing for the November vote.',
    counter: 'Campaigns lost the November vote.',
  },
  {
    id: 'dates.direction.end-of-life-ahead', match: '(end of (life|support|service)|end-of-life|end-of-support) (on|in)? [.+]', then: 'future',
    example: 'The operating system reaches end of life on October 14.',
    counter: 'The operating system reached end of life on October 14.',
  },
  {
    id: 'dates.direction.present-ahead', match: '(#Noun|#Pronoun) {#PresentTense #Verb !#Auxiliary !#Gerund !%same-form-past%} .? .? .? .? [.+]', then: 'future',
    note: 'a subject and a verb in the present a few words before the date, with no past or future cue near it, look ahead ("officials depart Friday", "forecasters predict landfall Saturday"): news tells finished events in the past tense. Not after a preposition ("by reports on Saturday"), not a verb whose past is spelled alike ("read out on May 2")',
    example: 'The ferry crews resume normal service on Sunday.',
    counter: 'The ferry crews resumed normal service on Sunday.',
  },
];

export const DIRECTION_FALLBACK = table('dates.direction-fallback', 'dates', fallback);

/** Event nouns a bare month or weekday may modify ("the November vote"): the event is ahead unless a tense says otherwise. */
export const EVENT_NOUNS = [
  'vote', 'votes', 'election', 'elections', 'ballot', 'referendum', 'primary', 'runoff', 'summit', 'meeting', 'hearing',
  'hearings', 'conference', 'talks', 'launch', 'deadline', 'auction', 'sale', 'trial', 'session', 'convention', 'race',
];

/**
 * Tense votes of "effect"/"force" and "due" (DATA ONLY): the capture is the one token whose vote they fix
 * while the tense of a date's clause is read word by word (src/extract/dates/tense.ts). "took effect",
 * "went into force", "has taken effect" are past facts, "comes into force" points ahead, "was due" is past.
 */
const effect: Rule<Way>[] = [
  {
    id: 'dates.tense.was-due', match: '(was|were) [due]', then: 'past',
    example: 'The payment was due in March, the lender said.', counter: 'The payment is due in March, the lender said.',
  },
  {
    id: 'dates.tense.effect-past', match: '%past-effect% %effect-bridge%? [(effect|force)]', then: 'past',
    example: 'The ban took effect in January.', counter: 'The ban takes effect in January.',
  },
  {
    id: 'dates.tense.effect-ahead', match: '%nonpast-effect% %effect-bridge%? [(effect|force)]', then: 'future',
    example: 'The rules come into force in February.', counter: 'The rules came into force in February.',
  },
];

export const EFFECT_VOTES = table('dates.tense-effect', 'dates', effect);

/** Words that may stand between the verb and "effect" ("went into effect", "took full effect"). */
export const EFFECT_BRIDGES = ['into', 'full', 'legal', 'partial', 'immediate'];
