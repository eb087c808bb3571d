/**
 * Abbreviations for sentence splitting (DATA ONLY). Lower-case, without the final period.
 * Each table says how a period after the word behaves.
 */

/** Titles and other words that never end a sentence: "Sen. Warren", "Mr. Obama", "No. 1". */
export const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'reps', 'gov', 'lt', 'gen', 'col', 'maj', 'capt', 'cmdr',
  'sgt', 'adm', 'pres', 'sec', 'supt', 'rev', 'fr', 'hon', 'amb', 'atty', 'insp', 'cpl', 'pvt', 'messrs',
  'mme', 'mlle', 'st', 'mt', 'ft', 'vs', 'v', 'no', 'nos', 'vol', 'pp', 'p', 'fig', 'art', 'approx', 'ca',
  'e.g', 'i.e', 'cf', 'est', 'dept', 'univ', 'assn', 'gov\'t',
]);

/** Abbreviations that are not final only before a number ("No. 1", "p. 12"); checked before NEVER_FINAL. */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(['no', 'nos', 'p', 'pp', 'vol', 'art', 'fig', 'ch', 'sec']);

/**
 * Abbreviations that may end a sentence: they end one only when the next word is a usual
 * sentence opener ("... Apple Inc. The company"), not before a name ("U.S. President", "Jan. 20").
 */
export const MAYBE_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'al', 'esq',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'n.y', 'l.a', 'ph.d', 'b.c', 'a.d',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Words that usually open a sentence, used after a MAYBE_FINAL abbreviation. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'if',
  'when', 'while', 'after', 'before', 'as', 'for', 'with', 'by', 'from', 'to', 'since', 'although',
  'though', 'meanwhile', 'however', 'still', 'also', 'some', 'many', 'most', 'no', 'not', 'what',
  'why', 'how', 'who', 'where', 'officials', 'critics', 'analysts',
]);
