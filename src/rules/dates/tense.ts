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
    'postponed', 'delayed', 'rescheduled', 'adjourned', 'must', 'next', 'likely', 'unlikely', 'cutoff', 'cut-off', 'cutoffs', 'deadlines',
    'effect', 'forthcoming', 'ends', 'lapses', 'closes', 'begins', 'starts', 'resumes', 'opens', 'convenes', 'sunsets', 'runs',
    'sunset', 'kicks',
  ],
  example: 'The vote is scheduled for Thursday.',
};

/**
 * Verbs that, before "effect"/"force" ("into" may stand between), make "took effect" a past fact: the
 * future cue "effect" speaks only after a non-past form ("takes effect", "will take effect").
 */
export const PAST_EFFECT_VERBS: TenseCue = {
  id: 'tense.past-effect',
  words: ['took', 'went', 'came', 'taken', 'gone', 'entered', 'kicked'],
  example: 'The ban took effect in January.',
};

/** Non-past verbs before "effect"/"force" that point ahead ("the rules come into force in May"). */
export const NONPAST_EFFECT_VERBS: TenseCue = {
  id: 'tense.nonpast-effect',
  words: ['take', 'takes', 'taking', 'go', 'goes', 'going', 'come', 'comes', 'coming', 'enter', 'enters'],
  example: 'The rules come into force in February.',
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

/** Words right after a date's span that fix it in the past ("a week ago": the span read back from now). */
export const PAST_POSTPOSITIONS: TenseCue = {
  id: 'tense.past-after',
  words: ['ago'],
  example: 'The mill shut two weeks ago.',
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

/** Modals that do not point ahead by themselves: "could"/"may" leave the date's direction to other words. */
export const WEAK_MODALS: TenseCue = {
  id: 'tense.weak-modal',
  words: ['may', 'might', 'could', 'can'],
  example: 'The ferry could have sailed on Monday.',
};

/** Be-forms that, right before "to", point ahead: "is to take over", "were to win". */
export const BE_TO_FORMS: TenseCue = {
  id: 'tense.be-to',
  words: ['is', 'are', 'am', 'was', 'were'],
  example: 'The mayor is to sign the bill on Friday.',
};

/** Conjunctions that open a conditional clause: the date in it is a coming one. */
export const CONDITIONAL_CUES: TenseCue = {
  id: 'tense.conditional',
  words: ['if', 'unless'],
  example: 'The seat opens if the party wins in November.',
};

/** Past forms of common verbs that the tagger sometimes misses ("told" read as an adjective). */
export const PAST_FORMS: TenseCue = {
  id: 'tense.past-form',
  words: [
    'said', 'told', 'wrote', 'spoke', 'announced', 'met', 'took', 'gave', 'began', 'won', 'sent', 'became', 'disclosed',
    'went', 'expired', 'lapsed', 'ended',
  ],
  example: 'Ana Ruiz told reporters on Monday that the plan would fail.',
};

/**
 * Verbs whose present and past forms are spelled alike ("read", "set", "cut"): the English irregular verbs
 * with one form for base and past, from any grammar's table. A present-looking form of one of them does
 * not show that a clause is told in the present ("the message read out on May 2").
 */
export const SAME_FORM_PAST: TenseCue = {
  id: 'tense.same-form-past',
  words: [
    'bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put', 'quit', 'read',
    'rid', 'set', 'shed', 'shut', 'split', 'spread', 'thrust', 'upset', 'wed', 'beat', 'reset', 'offset', 'outbid',
    'input', 'output', 'recast', 'reread', 'overspread', 'undercut', 'telecast', 'podcast', 'preset', 'sublet',
  ],
  example: 'The statement read out on Monday set the date for the vote.',
};

/**
 * Words that open another clause: the tense beyond them is another clause's ("told staff on Monday
 * that the rule would fail": "would" does not speak for Monday).
 */
export const CLAUSE_OPENERS: TenseCue = {
  id: 'tense.clause-opener',
  words: ['that', 'which', 'who', 'whom', 'whose', 'because', 'although', 'though', 'whereas', 'whether', 'according', 'but'],
  example: 'The firm said on Monday that it would appeal.',
};

/**
 * Future verbs that, anywhere earlier in the sentence, keep a yearless date of the next six months
 * ahead even when its own clause reads as past ("will file the rule, which was drafted, on June 1").
 */
export const FUTURE_VERBS: TenseCue = {
  id: 'tense.future-verb',
  words: ['will', "'ll", 'shall', 'wo', 'must', 'scheduled', 'slated', 'expected', 'due', 'likely', 'going'],
  example: 'The agency will publish the rule it drafted on June 1.',
};

/** Past verbs that grant time: with "until" or "by" after them the date is still ahead ("gave them until May 1"). */
export const GRANT_VERBS: TenseCue = {
  id: 'tense.grant',
  words: ['gave', 'granted', 'allowed', 'extended', 'pushed', 'moved', 'set', 'told', 'ordered', 'asked', 'directed', 'instructed', 'released', 'bailed', 'remanded', 'adjourned'],
  example: 'The court gave the firm until May 1 to respond.',
};
