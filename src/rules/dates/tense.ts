/**
 * Tense cues (DATA ONLY) used to choose between the last and the next occurrence of a bare weekday,
 * month or season. News defaults to the past; these words point the other way.
 */
export interface TenseCue {
  id: string;
  words: string[];
  example: string;
}

/** Words near a date that make it the coming one. */
export const FUTURE_CUES: TenseCue = {
  id: 'tense.future',
  words: [
    'will', "'ll", 'shall', 'wo', 'going', 'expected', 'expects', 'scheduled', 'slated', 'due', 'plans', 'planned',
    'planning', 'plan', 'poised', 'upcoming', 'intends', 'aims', 'set', 'deadline', 'expire', 'expires', 'ahead',
    'postponed', 'delayed', 'rescheduled', 'adjourned', 'must', 'next',
  ],
  example: 'The vote is scheduled for Thursday.',
};

/** Prepositions right before a date that lean to the future unless a past verb says otherwise. */
export const FUTURE_PREPOSITIONS: TenseCue = {
  id: 'tense.future-prep',
  words: ['until', 'till', 'through', 'by', 'before'],
  example: 'The talks run through June.',
};

/** Prepositions right before a date that fix it in the past. */
export const PAST_PREPOSITIONS: TenseCue = {
  id: 'tense.past-prep',
  words: ['since', 'ago'],
  example: 'Prices have risen since March.',
};

/** Finite past auxiliaries. */
export const PAST_AUXILIARIES: TenseCue = {
  id: 'tense.past-aux',
  words: ['was', 'were', 'had', 'did', "didn't", 'wasn', 'weren'],
  example: 'The deal was signed on Friday.',
};

/** Words after which a past participle is passive or perfect, not a finite past verb. */
export const PARTICIPLE_HOSTS: TenseCue = {
  id: 'tense.participle-host',
  words: ['be', 'been', 'being', 'is', 'are', 'am', 'get', 'gets', 'got', 'has', 'have', "isn't", "aren't", 'not', 'to'],
  example: 'The deal is expected to be consummated on Thursday.',
};

/** Conjunctions that open a conditional clause: the date in it is a coming one. */
export const CONDITIONAL_CUES: TenseCue = {
  id: 'tense.conditional',
  words: ['if', 'unless'],
  example: 'The seat opens if the party wins in November.',
};
