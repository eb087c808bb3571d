/**
 * Word sets the deadline rows read (DATA ONLY): `%name%` in src/rules/deadlines/rows.ts. General
 * English vocabulary of administrative and news text; no story-specific words.
 */
export const DEADLINE_WORDS: Record<string, readonly string[]> = {
  /** spans of time that close, end or run out: "the comment period will close on", "polls close at" */
  window: [
    'period', 'window', 'clock', 'countdown', 'review', 'consultation', 'registration', 're-registration', 'enrollment',
    'enrolment', 'application', 'applications', 'sign-up', 'signup', 'bidding', 'nominations', 'polls', 'voting',
    'moratorium', 'reprieve', 'truce', 'ceasefire', 'waiver', 'exemption', 'extension', 'pause', 'designation',
    'lease', 'contract', 'agreement', 'permit', 'license', 'licence', 'authorization', 'authority', 'funding', 'offer',
    'program', 'programme', 'benefits', 'coverage', 'subsidy', 'subsidies', 'credit', 'support', 'warranty', 'relief', 'term',
    'franchise', 'mandate', 'visa', 'patent', 'charter', 'concession', 'ban',
    'session', 'emergency', 'lockdown', 'curfew', 'restrictions', 'measures', 'suspension', 'closure',
  ],
  /** verbs by which such a span ran out (past): "the franchise expired on Monday" */
  'window-expired': ['expired', 'lapsed'],
  /** what holds someone or a case until a court's return date: "released on bail until", "adjourned the case until" */
  'court-hold': ['bail', 'custody', 'remanded', 'adjourned', 'adjourns', 'adjourn', 'bailed'],
  /** what is owed by a date: "due to be paid on", "due to be submitted by" */
  'due-action': ['paid', 'repaid', 'made', 'submitted', 'filed', 'completed', 'delivered', 'returned', 'settled', 'decided', 'implemented', 'lifted', 'removed', 'handed'],
  /** negations before "until": "will not reconvene until", "won't take effect until" */
  negation: ['not', 'never', "won't", "wouldn't", "can't", 'cannot', "don't", "doesn't", "shan't", "isn't", "aren't"],
  /** verbs of an end that is scheduled: "is due to retire in 2033", "is set to expire on" */
  'end-verb': ['retire', 'expire', 'end', 'close', 'lapse', 'shut', 'sunset', 'terminate', 'wind', 'phase', 'run'],
  /** verbs that hold something for a span: "put the rule on hold for 90 days", "paused ... for 60 days" */
  hold: ['hold', 'pause', 'paused', 'pauses', 'suspend', 'suspended', 'suspends', 'freeze', 'froze', 'frozen', 'halt', 'halted', 'halts', 'delay', 'delayed', 'delays', 'extend', 'extended', 'extends', 'extending'],
  /** verbs by which such a span runs out (present or bare: the past "closed" is a fact, not a deadline) */
  'window-end': ['close', 'closes', 'end', 'ends', 'expire', 'expires', 'lapse', 'lapses', 'conclude', 'concludes'],
  /** words that keep something in force up to a date: "valid through", "remain closed until", "allows ... until" */
  'in-force': [
    'valid', 'effective', 'good', 'closed', 'suspended', 'remain', 'remains', 'extended', 'extending', 'extend', 'extends',
    'enforce', 'enforced', 'enforcing', 'enforcement', 'allow', 'allows', 'allowed', 'permit', 'permits', 'permitted', 'authorize',
    'authorizes', 'authorized', 'moratorium', 'ban', 'bans', 'banned', 'pause', 'paused', 'freeze', 'frozen', 'exempt',
    'exemption', 'waiver', 'fund', 'funds', 'funding', 'postponing', 'postponed', 'postpone', 'postpones', 'deferred',
    'bail', 'remanded', 'stay', 'stays', 'shut', 'grounded', 'blocked', 'barred', 'halted',
  ],
  /** verbs that open an enforced or effective span "from X through Y" */
  'span-start': ['enforce', 'enforced', 'enforcing', 'enforcement', 'effective', 'closed', 'close', 'closes', 'suspended', 'extending', 'extended', 'valid'],
  /** labels of a due date followed by a colon: "New Comment Date: January 22", "New tax deadline: July 31" */
  'date-label': ['comment', 'comments', 'reply', 'due', 'compliance', 'effective', 'expiration', 'expiry', 'filing', 'application', 'registration', 'closing', 'response'],
  /** verbs that move a due date: "delays the applicability date from July 1 to October 1" */
  move: [
    'delay', 'delays', 'delayed', 'delaying', 'extend', 'extends', 'extended', 'extending', 'postpone', 'postpones', 'postponed',
    'postponing', 'move', 'moves', 'moved', 'moving', 'push', 'pushes', 'pushed', 'pushing', 'reschedule', 'rescheduled', 'defer', 'defers', 'deferred',
  ],
  /** restrictive measures that start on a date: "a curfew will be imposed from Tuesday" */
  measure: [
    'lockdown', 'lockdowns', 'curfew', 'curfews', 'restrictions', 'ban', 'bans', 'quarantine', 'quarantines', 'blockade', 'embargo',
    'sanctions', 'rationing', 'closure', 'closures', 'controls', 'checks', 'emergency', 'shutdown',
  ],
  /** what an obligation or prohibition starting on a date becomes: "mandatory from June 15", "from June 15 ... becomes compulsory" */
  required: ['mandatory', 'compulsory', 'obligatory', 'required', 'banned', 'prohibited', 'illegal', 'forbidden', 'enforced'],
  /** imperative verbs of a notice that opens its sentence: "Submit comments by May 2" */
  imperative: ['submit', 'file', 'send', 'apply', 'register', 'complete', 'return', 'mail', 'enroll', 'respond', 'pay', 'renew', 'request', 'postmark', 'sign'],
  /** a court's next date that custody or bail runs until: "held in custody until his next court date on May 2" */
  hearing: ['hearing', 'appearance', 'trial', 'sentencing', 'arraignment', 'date'],
  /** what a body or a service does again after a pause: "will not reconvene prior to April 20" */
  resume: ['reconvene', 'resume', 'return', 'reopen', 'restart', 'start', 'begin'],
  /** verbs of a forecast quantity after "will": "exports will reach a record by June" is no deadline */
  forecast: [
    'reach', 'reached', 'hit', 'exceed', 'exceeded', 'surpass', 'surpassed', 'top', 'topped', 'double', 'doubled', 'triple',
    'tripled', 'rise', 'risen', 'fall', 'fallen', 'grow', 'grown', 'increase', 'increased', 'decrease', 'decreased', 'decline',
    'declined', 'drop', 'dropped', 'climb', 'climbed', 'peak', 'peaked', 'weaken', 'weakened', 'strengthen', 'strengthened',
    'slow', 'slowed', 'recover', 'recovered', 'improve', 'improved', 'worsen', 'worsened', 'total', 'number', 'cost', 'kill',
  ],
  /**
   * words that make a later "within N days" a limit to act in even when the sentence narrates the past: an
   * infinitive, a modal, an order ("ordered Missouri to file ... within 21 days", "said it would answer within a week")
   */
  'forward-words': [
    'to', 'will', 'would', 'shall', 'should', 'must', 'can', 'could', 'may', 'might', "won't", "wouldn't", 'has', 'have',
    'required', 'require', 'requires', 'ordered', 'orders', 'order', 'demanded', 'demands', 'asked', 'told', 'gave', 'given',
    'give', 'gives', 'allowed', 'allow', 'allows', 'deadline', 'ultimatum', 'unless', 'if',
  ],
  /** nouns and verbs of a forecast or an estimate of an outcome: "the forecast is for ... within 24 hours" */
  'forecast-noun': ['forecast', 'forecasts', 'forecaster', 'forecasters', 'prediction', 'predictions', 'predicted', 'predicts', 'predict', 'chance', 'chances', 'odds', 'likelihood', 'probability'],
  /** scheduled votes a date may name: "before the Oct. 3 election", "provinces holding primaries on June 4" */
  'event-day': ['election', 'elections', 'primary', 'primaries', 'caucus', 'caucuses', 'contest', 'contests', 'referendum', 'runoff', 'vote', 'election-day'],
  /** words that name the kind of a scheduled vote between its date and the vote: "the May 2 special general election" */
  'vote-kind': ['special', 'general', 'presidential', 'parliamentary', 'legislative', 'municipal', 'local', 'national', 'state', 'primary', 'runoff', 'snap', 'early'],
  /** the sanction that follows acting after a date: "who stay after November 1 will be deported" */
  sanction: ['fined', 'penalized', 'penalised', 'punished', 'arrested', 'prosecuted', 'charged', 'deported', 'expelled', 'jailed', 'liable', 'detained', 'removed'],
  /** verbs by which an office takes in applications or bids during a window: "will accept applications from May 3 to June 30" */
  accept: ['accept', 'accepts', 'accepting', 'take', 'takes', 'taking', 'receive', 'receives', 'receiving'],
  /** what such a window takes in */
  submission: [
    'application', 'applications', 'nomination', 'nominations', 'bid', 'bids', 'proposal', 'proposals', 'submission', 'submissions',
    'entry', 'entries', 'request', 'requests', 'claim', 'claims', 'registration', 'registrations', 'enrollment', 'enrollments', 'comment', 'comments',
  ],
  /** posts a person may stay in until a date: "she will remain chief executive until June" */
  role: [
    'president', 'chairman', 'chairwoman', 'chair', 'chief', 'executive', 'ceo', 'director', 'leader', 'head', 'minister', 'governor',
    'mayor', 'member', 'manager', 'coach', 'captain', 'secretary', 'commissioner', 'editor', 'ambassador', 'speaker', 'adviser', 'advisor',
  ],
  /** scheduled events whose moved day is a schedule: "the news conferences have moved to Thursday" */
  'moved-event': [
    'launch', 'launches', 'liftoff', 'briefing', 'briefings', 'conference', 'conferences', 'ceremony', 'ceremonies', 'concert', 'concerts',
    'match', 'game', 'premiere', 'festival', 'parade', 'show', 'flight', 'landing', 'spacewalk',
  ],
  /** incidents a date may name: "the May 3-9 floods", "the Dec. 2 attack" */
  incident: [
    'storm', 'storms', 'tornado', 'tornadoes', 'flood', 'floods', 'flooding', 'fire', 'fires', 'wildfire', 'wildfires', 'earthquake',
    'earthquakes', 'hurricane', 'disaster', 'disasters', 'attack', 'attacks', 'explosion', 'blast', 'landslide', 'landslides', 'mudslides', 'winds',
  ],
  /** verbs of a failure to act in a condition: "will quit the truce on Friday if the army fails to pull back" */
  'fail-words': ['fails', 'fail', 'failed', 'refuses', 'refuse', 'refused'],
  /** labels that name a limit in a line of a list of dates: "May 4: Last day to apply", "Oct. 9 — Bid deadline" */
  'list-due': ['deadline', 'deadlines', 'cutoff', 'cut-off', 'due', 'ends', 'closes', 'expires'],
  /** labels that name a window in such a line: "Nov. 4 to Jan. 20: Signup Period" */
  'list-window': ['period', 'signup', 'sign-up', 'enrollment', 'enrolment', 'registration', 're-registration', 'window', 'nominations', 'applications', 'bidding'],
  /** labels that name the start of something in such a line: "May 5: First day to apply", "signup begins" */
  'list-start': ['first', 'begins', 'began', 'begin', 'opens', 'opened', 'starts', 'started', 'tba'],
  /** what an "N days left" or "N away" window is about */
  'left-words': ['left', 'remaining', 'remain'],
};
