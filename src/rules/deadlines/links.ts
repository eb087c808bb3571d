/**
 * How a deadline is linked (DATA ONLY): who is bound by it, and which earlier due date it replaces.
 * Each row: id, the words it reads, an example.
 */

/** Actor types that can be bound by a deadline (a place cannot). */
export const BOUND_TYPES = { id: 'deadlines.who.types', types: ['person', 'organization', 'country', 'media'], example: 'Harlan Energy must file its plan by May 1, the ministry said.', counter: 'Ana Ruiz said that landlords must register by May 1.' };

/**
 * Cue words of rows whose bound party is the object of a give/grant verb, so the actor nearest the date
 * is the one bound ("the court gave Velto until May 1": Velto, not the court).
 */
export const GRANT_CUE = { id: 'deadlines.who.grantee', pattern: '\\b(?:give|gives|gave|given|giving|grant|grants|granted|allow|allows|allowed)\\b', example: 'The Federal Trade Commission gave Harlan Energy until May 1 to respond.' };

/** Words that say a due date was moved: the deadline they govern replaces an earlier one. */
export const MOVE_WORDS = {
  id: 'deadlines.moved.words',
  pattern: '\\b(?:extend|extends|extended|extending|extension|push|pushes|pushed|pushing|delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|move|moves|moved|moving|reschedule|rescheduled|defer|deferred|defers|push back|pushed back|bring forward|brought forward|moved up)\\b',
  example: 'The deadline, originally April 1, was extended to May 15',
};

/** How many sentences back an earlier due date may be stated for a move to link to it. */
export const MOVE_REACH = {
  id: 'deadlines.moved.reach', sentences: 4, example: 'Firms must file by April 1. On Monday, regulators pushed the deadline back to May 15.',
  counter: 'Firms must file by April 1. Banks must report by May 15.',
};

/**
 * An earlier date of the same sentence is the replaced one when it is a deadline itself ("the June 1
 * deadline was extended to July 1") or when these words stand before it ("postponed from June 1 to July 1").
 */
export const OLD_DATE_BEFORE = {
  id: 'deadlines.moved.old-date',
  pattern: '\\b(?:from|originally|initially|previously|formerly|original|old|prior|earlier)\\s+(?:(?:set|scheduled|slated|due)\\s+(?:for\\s+|on\\s+)?)?(?:the\\s+)?$',
  example: 'The vote was postponed from June 1 to July 1.',
  counter: 'On Monday, regulators extended the deadline to May 15.',
};

/**
 * What may stand between a duration and the start it counts from: "120 days from the date of publication",
 * "30 days after", "within 60 days of". A date item right after it is the start; else the reference date.
 */
export const DUE_FROM = {
  id: 'deadlines.due.from',
  pattern: '^\\s+(?:from|after|of|following)\\s+(?:the\\s+)?(?:(?:date|day)\\s+(?:of\\s+)?)?',
  example: 'The agency will act no later than 120 days from the date of publication of this notice.',
  counter: 'The strike lasted 120 days.',
};

/**
 * A later or earlier mention of a deadline's day is the same deadline ("claims are due by May 1 ... May 1 is
 * also the last day for appeals"): a date item with the same whole-day value as a deadline of the document
 * takes that deadline's what, who and cue. Only a calendar day written out, in both: a month or a year names
 * too much, and "tomorrow" or a weekday read from another sentence's time may be another day.
 */
export const SAME_DAY = {
  id: 'deadlines.coref.same-day',
  example: 'Applications are due by May 1. Note that May 1 falls on a Sunday.',
  counter: 'Applications are due by May 1. Sales rose in May.',
  /** date rules whose text names a calendar day (month and day): "tomorrow", a weekday or a clock time may name another day in another sentence */
  dateRules: ['date.month-day-year', 'date.day-month-year'],
};

/**
 * A yearless day that heads a line of a list of dates (rows with `coming`) is a coming day: more than two
 * weeks before the reference date, it moves to the next year ("Feb. 12: Last day of the signup" in a
 * December notice is February of the next year).
 */
export const COMING_DAY = {
  id: 'deadlines.year.coming',
  example: 'County office dates (notice of December 2, 2031). Feb. 12: Last day of the pasture signup.',
  counter: 'County office dates (notice of December 2, 2031). Nov. 28: Last day of the hay signup.',
};
