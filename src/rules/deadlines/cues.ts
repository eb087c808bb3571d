/**
 * Deadline cues (DATA ONLY). A date (or a duration) is a deadline when one of these rows matches the
 * text just before it (`side: 'left'`, anchored at the date) or just after it (`side: 'right'`).
 * `when`: 'future' = only when the clause does not narrate the past ("had fallen by May" is no
 * deadline); 'always' = the cue alone suffices. `what`: where the due action is read: the clause
 * before the cue ('left') or the infinitive after the date ('right').
 */
export interface DeadlineCue {
  id: string;
  example: string;
  side: 'left' | 'right';
  /** which items the row applies to */
  kinds: Array<'date' | 'duration' | 'vague'>;
  when: 'future' | 'always';
  what: 'left' | 'right';
  pattern: string;
  /** a pattern on the text before the item that vetoes the row ("took 90 days to build") */
  unless?: string;
  /** a pattern the text after the item must also match (for a left row: "... until Jan. 1 to store it") */
  then?: string;
  /** the row also needs an obligation word somewhere in the sentence (OBLIGATION_WORDS) */
  obligation?: boolean;
}

/**
 * Words (matched case-sensitively, so names such as "Ban" do not count) that make "by <date>" an obligation rather than a forecast ("on track to reach 50,000 by
 * 2035" is no deadline; "must sell by May 1" is).
 */
export const OBLIGATION_WORDS = [
  'must', 'required', 'requires', 'require', 'requirement', 'has to', 'have to', 'had to', 'needs to', 'need to',
  'ordered', 'orders', 'order', 'mandate', 'mandated', 'mandates', 'mandating', 'deadline', 'ultimatum', 'ban',
  'banned', 'face', 'faces', 'facing', 'demand', 'demanded', 'demands', 'insist', 'insisted', 'insists',
  'insistence', 'forced', 'force', 'compel', 'compelled', 'obliged', 'obligated', 'comply', 'divest', 'divestiture',
  'submit', 'file', 'repay', 'pay', 'respond', 'due', 'penalty', 'penalties', 'fine', 'fines', 'sanctions', 'or else',
  'otherwise', 'unless', 'should', 'submitted', 'received', 'postmarked', 'enroll', 'apply', 'register', 'expected to', 'supposed to', 'agreed to', 'promised to', 'pledged to', 'vowed to',
  'committed to', 'aims to', 'plans to', 'law', 'legislation', 'rule', 'regulation', 'court',
  'told to', 'asked to', 'instructed to', 'directed to', 'instructs', 'instruct', 'directs', 'is to be', 'are to be', 'scheduled to', 'slated to', 'set to be',
  'asked', 'urged', 'called on', 'calls on', 'request that', 'requests that', 'requested that', 'target', 'goal',
  // a promise or a plan named by a noun: "Biden's promise to withdraw all forces by August 31", "his plans for a no-deal exit by October 31"
  'promise to', 'pledge to', 'plans for', 'plan for',
];

/** Nouns for a span of time that runs out: "a 45-day clock", "the grace period ends". */
const WINDOW_NOUNS = '(?:clock|window|countdown|grace period|review period|comment period|cooling-off period|period|review|consultation|inquiry|probe|hearings?|moratorium|reprieve|truce|ceasefire|waiver|exemption|extension)';
/** Verbs by which a window runs out ("will close", "wraps up"). */
const WINDOW_ENDS = '(?:ends|will end|closes|will close|is set to close|is due to close|runs out|will run out|expires|will expire|lapses|will lapse|wraps up|will wrap up|concludes|will conclude)';
/**
 * An obligation that governs a following "before"/"ahead of" ("must close well before May 28"); the obligation
 * itself points ahead, so no tense check ("said it expected to complete the deal before May 28"); "had to" is left out.
 */
const OBLIGED = '(?:must|has to|have to|needs? to|required to|ordered to|told to|asked to|instructed to|directed to|obliged to|obligated to|supposed to|expected to|promised to|pledged to|vowed to|agreed to|committed to)';
/**
 * What an "N-day ..." duration must name to be a window that runs out ("a 45-day clock"; not "a 10-day stay";
 * not "a one-year delay of the levy" either: how long something is put off, whose new date is told apart).
 */
const DURATION_WINDOWS = '(?:clock|window|countdown|deadline|ultimatum|review|moratorium|reprieve|truce|ceasefire|extension|pause|suspension|(?:grace|review|comment|cooling-off|waiting|notice|transition|compliance) period)';

/**
 * The nouns that name a deadline (one owner): rows deadline.noun-after ("a June 5 deadline", plural too) and
 * deadline.noun-before ("the cutoff is June 5") read them, and so does the reader of what is due after a date.
 */
const DEADLINE_NOUNS = ['deadline', 'cutoff', 'cut-off', 'ultimatum'];
const DEADLINE_NOUN = `(?:${DEADLINE_NOUNS.join('|')})`;
/**
 * A deadline noun, with up to three words before it, opening the text after a date ("deadline to sell", "filing
 * and payment deadlines for ..."): what is due is read past it (src/extract/deadlines/clause.ts clauseAfter).
 */
export const NOUN_AFTER_DATE = `^\\s*(?:[a-z-]+\\s+){0,3}?${DEADLINE_NOUN}s?\\b\\s*`;

/**
 * A lead-in right after a date, opened by "after", "from" or "following" and ending before a "to" (no comma,
 * semicolon or period in it): what is due starts at "to" (src/extract/deadlines/clause.ts clauseAfter drops it).
 */
export const LEAD_IN_BEFORE_TO = /^\s*(?:after|from|following)\s+[^.;,]{1,60}?\s+(?=to\s)/i;

/** The colon or dash between the day that heads a line of a list and its label ("May 4: Last day to file claims", "Oct. 9 — Bid deadline"). */
export const LIST_MARK_AFTER_DATE = /^\s*(?::|[\u2014\u2013]|\s-)\s*/;

/** A comma, then "to", right after a date ("by June 5, to file the forms"): the clause after it is what is due, not empty. */
export const COMMA_THEN_TO = /^,\s+to\s/;

/**
 * An obligation whose scope reaches a later "by <date>" in the same clause chain ("must identify the devices by
 * July 31 and have them removed by Oct. 30"): read on the text before the date; a past auxiliary or a new
 * contrastive clause in between ends the scope.
 */
export const OBLIGATION_SCOPE = `\\b${OBLIGED}\\s+(?![^.;]*?\\b(?:was|were|had|did|since|ago|but|while|whereas)\\b)[^.;]{0,140}$`;

export const DEADLINE_CUES: DeadlineCue[] = [
  {
    id: 'deadline.noun-after', example: 'faces a January 19 deadline to sell; the May 2 filing and payment deadlines also apply', side: 'right', kinds: ['date'], when: 'always', what: 'right',
    pattern: `^(?:'s)?(?:,\\s+|,?\\s+as\\s+(?:the|a|an)\\s+(?:[a-z-]+\\s+){0,2}?|[^\\S\\n]+(?:(?!(?:that|which|who|the|a|an|to|is|was|are|were|be|said|says|announced)\\s)["“]?[a-z-]+[^\\S\\n]+){0,3}?)(?<cue>${DEADLINE_NOUN}s?|due date|target date|expiration date|expiry date|compliance date|closing date|effective date|planned date|start date|implementation date)\\b`,
  },
  {
    id: 'deadline.noun-before', example: 'the deadline to sell is Sept. 17', side: 'left', kinds: ['date'], when: 'always', what: 'left',
    pattern: `\\b(?<cue>${DEADLINE_NOUN}|due date)\\b(?:(?:,\\s+(?:originally|initially|previously|now)\\b|[^.;,\\n]){0,60}?\\b(?:is|was|of|on|at|to|until|by|set for|falls on|moved to|pushed to|extended to)\\s+(?:now\\s+)?(?:the\\s+)?|,\\s+(?:originally|initially|previously|now)\\s+|(?:\\s+(?!(?:that|which|who)\\b)[a-z-]+){0,7}?\\s+(?:the\\s+)?)(?<!\\bfor\\s+(?:the\\s+)?)$`,
  },
  {
    id: 'deadline.date-noun-before', example: 'the effective date for the rule was July 13', side: 'left', kinds: ['date'], when: 'always', what: 'left',
    pattern: '\\b(?<cue>effective date|compliance date|applicability date|expiration date|expiry date)\\b[^.;\\n]{0,60}?\\b(?:is|was|will be|remains|of|on|to|until)\\s+(?:now\\s+)?(?:the\\s+)?$',
  },
  {
    id: 'deadline.extended', example: 'The regulator extended the filing window to June 19; growers can request an extension until November 30.', side: 'left', kinds: ['date'], when: 'always', what: 'left',
    pattern: '\\b(?<cue>(?:extend|extended|extends|extending|extension|push|pushed|pushes|pushing|delay|delayed|delays|delaying|postpone|postponed|postpones|postponing|reschedule|rescheduled|reschedules|rescheduling) [^.;]{0,110}?\\b(?:to|until|till|through)|(?:move|moved|moves|moving) [^.;]{0,40}?\\b(?:to|until|till)|(?:reschedule|rescheduled|reschedules|rescheduling) [^.;]{0,60}?\\bfor)\\s+$',
  },
  {
    id: 'deadline.takes-effect', example: 'the ban takes effect Sunday', side: 'left', kinds: ['date'], when: 'always', what: 'left',
    pattern: '\\b(?<cue>(?:take|takes|taking|go|goes|going|come|comes|enter|enters|entering) (?:fully |full )?(?:into )?(?:effect|force)|kicks? in|expires?|expiring|lapses?|runs? out|sunsets?|is due|are due|due|comes due|effective|must be (?!(?:after|before|over|about|around|for|in|on|at|by|from)\\b)\\w+|has to be \\w+)\\s+(?:on|at|by|in|from|as of|until)?\\s*(?:the\\s+)?$',
    unless: '\\b(?:became|was|were|been)\\s+effective\\s+(?:on|at|by|in|from|as of)?\\s*(?:the\\s+)?$|\\b(?:child|baby|pregnant|twins)\\b[^.;]{0,60}\\bdue\\s+(?:on|in|by)?\\s*(?:the\\s+)?$',
  },
  {
    id: 'deadline.window-ends', example: 'the review, which began Monday, will close on June 5', side: 'left', kinds: ['date'], when: 'always', what: 'left',
    pattern: `\\b(?<cue>${WINDOW_NOUNS}\\b(?:,\\s+which\\b)?[^.;,]{0,40}?(?:,\\s+)?\\b${WINDOW_ENDS})\\s+(?:on\\s+|at\\s+)?(?:the\\s+)?$`,
  },
  {
    id: 'deadline.obliged-before', example: 'Velto must close the deal well before May 28', side: 'left', kinds: ['date'], when: 'always', what: 'left',
    pattern: `\\b${OBLIGED}\\s+[^.;,]{0,60}?\\b(?<cue>(?:(?:well|just|shortly|long|comfortably)\\s+)?(?:before|ahead of|prior to))\\s+(?:the\\s+)?$`,
  },
  {
    id: 'deadline.appositive', example: 'must reply by June 8, the cutoff the regulator chose', side: 'right', kinds: ['date'], when: 'always', what: 'left',
    pattern: '^,\\s+(?:the|a|an|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?<cue>deadline|cutoff|cut-off|due date|target date)\\b',
  },
  {
    id: 'deadline.given-until', example: 'gave the agency until March 1 to publish its data', side: 'left', kinds: ['date'], when: 'always', what: 'right',
    pattern: "\\b(?<cue>(?:give|gives|gave|given|giving|grant|grants|granted)\\s+(?:[\\w'\u2019.-]+\\s+){1,6}?until)\\s+$",
  },
  {
    id: 'deadline.given-long-until', example: 'gives lenders that hold deposits of more than five million savers until Jan. 1 to comply', side: 'left', kinds: ['date'], when: 'always', what: 'right',
    pattern: "\\b(?<cue>(?:give|gives|gave|given|giving|grant|grants|granted)\\s+(?:[\\w'\u2019.-]+\\s+){7,16}?until)\\s+$",
    then: '^,?\\s+to\\s+(?!be\\b)[a-z]+',
  },
  {
    id: 'deadline.has-until', example: 'has until Friday to respond', side: 'left', kinds: ['date'], when: 'always', what: 'right',
    pattern: '\\b(?<cue>(?:has|have|had|given|give|gives|get|gets|got|granted) (?:(?:only|just|now|also|still|up) )?until)\\s+$',
  },
  {
    id: 'deadline.by', example: 'must divest by September 17 or face a ban', side: 'left', kinds: ['date'], when: 'future', what: 'left', obligation: true,
    pattern: '\\b(?<cue>by)\\s+(?:the\\s+|this\\s+)?$',
  },
  {
    id: 'deadline.if-not-by', example: 'may walk away if approvals are not obtained by Sept. 30', side: 'left', kinds: ['date'], when: 'future', what: 'left',
    pattern: "\\b(?:if|unless)\\b[^.;]{0,80}?(?:\\bnot|\\bcannot|n't|n\u2019t|\\bnever|\\bfails?|\\bfailed)\\b[^.;]{0,60}?\\b(?<cue>by|before|no later than)\\s+(?:the\\s+)?$",
  },
  {
    id: 'deadline.no-later-than', example: 'will file the report no later than June 30', side: 'left', kinds: ['date'], when: 'future', what: 'left',
    pattern: '\\b(?<cue>no later than|not later than)\\s+(?:the\\s+)?$',
  },
  {
    id: 'deadline.duration-window', example: 'opened a 45-day review period', side: 'right', kinds: ['duration'], when: 'always', what: 'right',
    pattern: `^\\s+(?:[a-z-]+\\s+)?(?<cue>${DURATION_WINDOWS})\\b`,
    unless: '\\b(?:over|during|for|across|throughout|in|after|past|last|previous|spent|spend|spends|took|lasted|served)\\s+(?:a|an|the|its|their)?\\s*$',
  },
  {
    id: 'deadline.within', example: 'must comply within 90 days', side: 'left', kinds: ['duration'], when: 'always', what: 'left',
    pattern: '\\b(?<cue>within|in the next|no more than|no later than|not later than|in no case)\\s+$',
  },
  {
    id: 'deadline.duration-from-to', example: 'buyers have 45 days after each shipment to file certificates', side: 'left', kinds: ['duration'], when: 'always', what: 'right',
    pattern: "\\b(?<cue>has|have|had|get|gets|got|given|give|gives|gave|giving|grant|grants|granted|allow|allows|allowed)\\s+(?:(?:only|just|now|also|still)\\s+)?(?:[\\w'\u2019.-]+\\s+){0,3}?$",
    then: '^\\s+(?:after|from|following)\\s+[^.;,]{1,60}?\\s+to\\s+(?!be\\b)[a-z]+',
  },
  {
    id: 'deadline.duration-to', example: 'gave the company 120 days to comply', side: 'right', kinds: ['duration'], when: 'always', what: 'right',
    pattern: '^\\s+(?<cue>(?:in which )?to)\\s+(?!(?:be|the|a|go|those|these|them|him|her|us|people|anyone|everyone|each|all)\\b)[a-z]+',
    // also an occasion named after a pronoun and a copula ("Today is a day to honour the founders", "It was a week to forget"): no span to act in
    unless: '\\b(?:took|take|takes|taking|spent|spend|spends|spending|needed|need|needs|lasted|last|lasts|waited|wait|after|for|only|just|over|hope|hopes|hoped)\\b[^.;]{0,30}$|\\b(?:it|this|that|today|tomorrow)(?:\\s+(?:is|was|will\\s+be|would\\s+be)|\\s*[\'\u2019]s)\\s+$',
  },
];

/** What follows if the deadline is missed: read anywhere in the deadline's sentence. */
export interface ConsequenceCue {
  id: string;
  example: string;
  pattern: string;
}

export const CONSEQUENCE_CUES: ConsequenceCue[] = [
  { id: 'consequence.or', example: 'Velto must sell its unit by May 1 or face a nationwide ban.', pattern: '\\b(?:or|or else|otherwise)\\s+(?<c>(?:face|faces|risk|risks|be|lose|loses|pay|see|have)\\s+[^,;.]{1,80})' },
  { id: 'consequence.if', example: 'The app could face a ban if a sale is not finalized by June 2.', pattern: '\\b(?:lead(?:ing|s)? to|result(?:ing|s)? in|fac(?:e|es|ing)|risk(?:s|ing)?)\\s+(?<c>[^,;.]{1,60}?)\\s+(?:if|unless)\\b' },
  { id: 'consequence.or-noun', example: 'The owners must agree to a sale or a ban by May 1.', pattern: '\\b(?:or|otherwise)\\s+(?<c>(?:a|an|the)\\s+(?:ban|fine|fines|penalty|penalties|shutdown|sanctions?|prohibition)\\b)' },
  { id: 'consequence.will', example: 'Velto must sell by May 1, after which the app will be banned.', pattern: '\\b(?:after which|at which point|or)\\s+(?<c>[^,;.]{0,40}\\bwill\\s+(?:be\\s+)?[^,;.]{1,60})' },
];
