/**
 * Cross-article ledger rules (DATA ONLY): how names are keyed, how deadline `what` texts become
 * content words, and when two deadlines are about the same thing. Each row: id, value, example.
 */

/** Name keys: how two actor names from different articles are folded before they are compared (after lower-casing). */
export const NAME_FOLDS: { id: string; from: RegExp; to: string; example: string }[] = [
  { id: 'ledger.name.quotes', from: /[\u2018\u2019\u201B`]/g, to: "'", example: 'O\u2019Neill = O\'Neill' },
  { id: 'ledger.name.possessive', from: /'s?$/, to: '', example: "Acme's = Acme" },
  { id: 'ledger.name.dots', from: /\./g, to: '', example: 'U.N. = UN' },
  { id: 'ledger.name.space', from: /\s+/g, to: ' ', example: 'Ana  Ruiz = Ana Ruiz' },
  { id: 'ledger.name.the', from: /^the /, to: '', example: 'the Senate = Senate' },
  { id: 'ledger.name.middle-initial', from: /(?<=^\S+) [a-z](?= \S)/, to: '', example: 'Ana M. Ruiz = Ana Ruiz' },
];

/**
 * Two full names (two words or more each) are never merged unless the words of one are all in the
 * other: "Ana Ruiz" ~ "Ana Maria Ruiz", but not "Ana Ruiz" ~ "Luis Ruiz", whatever aliases they share.
 */
export const NAME_CONFLICT = { id: 'ledger.name.conflict', minWords: 2, example: 'Ana Ruiz ≠ Luis Ruiz; Ana Ruiz = Ana Maria Ruiz' } as const;

/** Words that carry no topic in a deadline's `what` (function words, deadline vocabulary, auxiliaries). */
export const THREAD_STOPWORDS = {
  id: 'ledger.thread.stopwords',
  example: '"must submit the plan by Friday" -> {submit, plan}',
  words: `a about above after again against all also an and any are as at be been before being below between
both but by can could did do does doing down during each either else ever few for from further had has have
having he her here hers him his how i if in into is it its itself just may me might more most must my neither
no nor not now of off on once only or other our out over own per same shall she should so some such than that
the their them then there these they this those through to too under until up upon very was we were what when
where which while who whom why will with within would yet you your
deadline deadlines due date dates day days week weeks month months year years time deadline's
required require requires requirement ordered order orders given give gives set sets face faces facing
new final latest earlier later next last extended extension extend extends moved pushed back
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`,
} as const;

/** Suffixes stripped so that word forms meet ("divestiture" = "divest", "plans" = "plan"), longest first. */
export const THREAD_SUFFIXES = [
  { id: 'ledger.stem.itures', suffix: 'itures', example: 'divestitures -> divest' },
  { id: 'ledger.stem.iture', suffix: 'iture', example: 'divestiture -> divest' },
  { id: 'ledger.stem.ments', suffix: 'ments', example: 'agreements -> agree' },
  { id: 'ledger.stem.ment', suffix: 'ment', example: 'divestment -> divest' },
  { id: 'ledger.stem.ations', suffix: 'ations', example: 'negotiations -> negoti' },
  { id: 'ledger.stem.ation', suffix: 'ation', example: 'negotiation -> negoti' },
  { id: 'ledger.stem.ings', suffix: 'ings', example: 'filings -> fil' },
  { id: 'ledger.stem.ing', suffix: 'ing', example: 'filing -> fil' },
  { id: 'ledger.stem.ions', suffix: 'ions', example: 'submissions -> submiss' },
  { id: 'ledger.stem.ion', suffix: 'ion', example: 'submission -> submiss' },
  { id: 'ledger.stem.ed', suffix: 'ed', example: 'banned -> ban' },
  { id: 'ledger.stem.es', suffix: 'es', example: 'taxes -> tax' },
  { id: 'ledger.stem.s', suffix: 's', example: 'plans -> plan' },
  { id: 'ledger.stem.e', suffix: 'e', example: 'sale -> sal, sales -> sal' },
] as const;

/** A stem keeps at least this many letters. */
export const MIN_STEM = { id: 'ledger.stem.min', value: 3, example: 'bus stays bus' } as const;

/** When a deadline joins an earlier deadline's thread (features: content-word stems and actor ids). */
export const THREAD_MATCH = {
  id: 'ledger.thread.match',
  /** at least this many shared features */
  minShared: 2,
  /** at least one of them a content word (actors alone do not make a topic) */
  minSharedWords: 1,
  /** shared / size of the smaller feature set */
  minOverlap: 0.5,
  /** a feature found in more than this many deadlines is too common to propose candidates */
  maxPosting: 500,
  example: '"sell its water unit" ~ "complete the sale of the water unit" (water, unit, sal)',
} as const;

/** The words kept around a plain date as "what it refers to". */
export const DATE_CONTEXT = { id: 'ledger.date.context', chars: 160, example: '…the hearing on March 3 was postponed…' } as const;

/** A deadline whose `what` has fewer content words than this is matched on its whole sentence too. */
export const THREAD_FALLBACK = {
  id: 'ledger.thread.sentence-fallback',
  minWords: 2,
  example: '"the March 31 deadline set by the board" (what: "set by the board") -> words of the sentence',
} as const;
