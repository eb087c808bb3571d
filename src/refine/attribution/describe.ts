/**
 * The description of a group source: qualifiers before the head ("foreign policy analysts",
 * "McConnell aides", "top black lawmakers") and a post-modifier that names something ("experts on
 * North Avalon", "officials at the Harbor Authority"). A bare head ("officials", "many critics",
 * "observers in the county") has no description: its source stays null.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { CLAUSE_OPENERS, DESCRIBED_GROUP_HEADS, GROUP_NOUNS, GROUP_LINKS, GROUP_QUALIFIERS, PRONOUNS, SOURCE_OPENERS } from '../../rules/attribution/sources.js';
import { ANONYMOUS_POST_WORDS, DEFINITE_OPENERS, HEAD_QUANTIFIERS, PHRASE_GROUP_HEADS, PHRASE_QUANTIFIERS, QUANTIFIED_PHRASE_HEADS } from '../../rules/attribution/phrase-sources.js';
import { RELATIVE_PRONOUNS } from '../../rules/clauses/rows.js';
import { DEFINITE_ARTICLES } from '../../rules/attribution/described.js';
import { QUALIFIER_JOINERS, WRITER_CLAUSE_ENDS, WRITER_PRONOUNS } from '../../rules/attribution/function-words.js';
import { isBoundary, isCapitalized, isPossessive, word } from './tokens.js';

export interface Description {
  start: number;
  end: number;
  text: string;
}

/** The description spanning tokens `from` .. `last`, its text with whitespace runs folded to one space. */
export function spanDescription(doc: ParsedDoc, from: Token, last: Token): Description {
  return { start: from.start, end: last.end, text: doc.text.slice(from.start, last.end).replace(/\s+/gu, ' ') };
}

const MAX_BEFORE = 5;
const MAX_AFTER = 9;

/** Words that never qualify a group head: source and clause openers, pronouns ("many", "while", "their"). */
const NEVER_QUALIFIERS: ReadonlySet<string> = new Set([...SOURCE_OPENERS, ...CLAUSE_OPENERS, ...PRONOUNS.keys()]);
/** Listed descriptors and group nouns ("senior", "campaign aides"). */
const LISTED_QUALIFIERS: ReadonlySet<string> = new Set([...GROUP_QUALIFIERS, ...GROUP_NOUNS]);

/** A word that can qualify a group head: an adjective, a noun, a name, or a listed descriptor. */
function qualifies(t: Token): boolean {
  const w = word(t);
  if (NEVER_QUALIFIERS.has(w) || isPossessive(t) || /^\d/u.test(t.text)) return false;
  if (LISTED_QUALIFIERS.has(w) || isCapitalized(t)) return true;
  if (['Verb', 'Preposition', 'Determiner', 'Adverb', 'Conjunction', 'Value', 'Pronoun', 'Modal', 'Copula', 'QuestionWord'].some((g) => t.tags.has(g))) return false;
  return t.tags.has('Adjective') || t.tags.has('Noun');
}

/** First token of the qualifiers before head k (k itself when there are none); "and" joins two qualifiers. */
export function qualifierStart(doc: ParsedDoc, k: number, floor: number): number {
  const toks = doc.tokens;
  let b = k;
  while (b > floor && k - b < MAX_BEFORE) {
    const p = toks[b - 1]!;
    if (isBoundary(doc, p, toks[b]!)) break;
    if (qualifies(p)) b--;
    else if (QUALIFIER_JOINERS.has(p.normal) && b - 1 > floor && b < k && qualifies(toks[b - 2]!) && !isBoundary(doc, toks[b - 2]!, p)) b -= 2;
    else break;
  }
  return b;
}

/** "developers and supporters in Congress": a group head joined by "and" before the qualifiers; its start, else q. */
function coordinatedStart(doc: ParsedDoc, q: number, floor: number): number {
  const toks = doc.tokens;
  const and = toks[q - 1];
  const head = toks[q - 2];
  if (!and || !head || q - 2 < floor || !QUALIFIER_JOINERS.has(and.normal) || !DESCRIBED_GROUP_HEADS.has(word(head)) || isPossessive(head)) return q;
  if (isBoundary(doc, head, and) || isBoundary(doc, and, toks[q]!)) return q;
  return qualifierStart(doc, q - 2, floor);
}

/** End (exclusive token index) of a post-modifier after head k that names something, else k + 1. */
function postModifierEnd(doc: ParsedDoc, k: number, end: number): { end: number; names: boolean } {
  const toks = doc.tokens;
  const link = toks[k + 1];
  if (!link || k + 2 >= end || !GROUP_LINKS.has(link.normal) || isBoundary(doc, toks[k]!, link)) return { end: k + 1, names: false };
  let e = k + 2;
  let names = false;
  while (e < end && e - k <= MAX_AFTER) {
    const t = toks[e]!;
    if (isBoundary(doc, toks[e - 1]!, t) || (t.tags.has('Verb') && !isCapitalized(t)) || RELATIVE_PRONOUNS.has(t.normal)) break;
    if (['Date', 'Month', 'WeekDay', 'Value'].some((g) => t.tags.has(g))) break; // "prosecutors in April" 
    if (isCapitalized(t)) names = true;
    e++;
  }
  return e === k + 2 ? { end: k + 1, names: false } : { end: e, names };
}

/** The description of the group headed by token k, or undefined when the head is bare. */
export function describeGroup(doc: ParsedDoc, k: number, floor: number, end: number): Description | undefined {
  const toks = doc.tokens;
  const head = toks[k]!;
  if (!DESCRIBED_GROUP_HEADS.has(word(head)) || isPossessive(head)) return undefined;
  const q = coordinatedStart(doc, qualifierStart(doc, k, floor), floor);
  const post = postModifierEnd(doc, k, end);
  if (q === k && !post.names) return undefined;
  const b = withQuantifiers(doc, q, floor);
  return spanDescription(doc, toks[b]!, toks[post.end - 1]!);
}

/**
 * The phrase of an unnamed group used as its own source: quantifiers and qualifiers kept, "a"/"an"
 * dropped ("several former staff", "critics", "a source" -> "source"); undefined when definite ("the critics").
 */
export function phraseGroup(doc: ParsedDoc, k: number, floor: number, end: number): Description | undefined {
  const toks = doc.tokens;
  const head = toks[k]!;
  if (!(PHRASE_GROUP_HEADS.has(word(head)) || quantifiedHead(doc, k, floor, end)) || isPossessive(head)) return undefined;
  let b = withQuantifiers(doc, qualifierStart(doc, k, floor), floor);
  const rel = speakerRelative(doc, k, end);
  const post = rel > 0 ? { end: rel } : postModifierEnd(doc, k, end);
  const before = b > floor && !isBoundary(doc, toks[b - 1]!, toks[b]!) ? toks[b - 1]! : undefined;
  if (before && rel > 0 && DEFINITE_ARTICLES.has(before.normal)) b = withQuantifiers(doc, b - 1, floor); // "all the experts I spoke to"
  else if (before && (DEFINITE_OPENERS.has(before.normal) || isPossessive(before)) && !(DEFINITE_ARTICLES.has(before.normal) && post.end > k + 1)) return undefined; // "the critics" points back; "the exit polls in Ohio" is identified by its post-modifier
  return spanDescription(doc, toks[b]!, toks[post.end - 1]!);
}

/** "few people", "many people": a quantified head that is not anonymous sourcing ("people familiar with ..."). */
function quantifiedHead(doc: ParsedDoc, k: number, floor: number, end: number): boolean {
  const toks = doc.tokens;
  const q = toks[k - 1];
  const next = toks[k + 1];
  if (!QUANTIFIED_PHRASE_HEADS.has(word(toks[k]!)) || !q || k - 1 < floor || !HEAD_QUANTIFIERS.has(q.normal) || isBoundary(doc, q, toks[k]!)) return false;
  return !(next && k + 1 < end && ANONYMOUS_POST_WORDS.has(next.normal));
}

/** Quantifiers kept in front of a group phrase: "several former staff", "few people". */
export function withQuantifiers(doc: ParsedDoc, b: number, floor: number): number {
  const toks = doc.tokens;
  while (b > floor && !isBoundary(doc, toks[b - 1]!, toks[b]!) && PHRASE_QUANTIFIERS.has(toks[b - 1]!.normal)) b--;
  return b;
}

/** "experts I interviewed", "the people we spoke to": a restrictive clause with the writer as subject; its end, else 0. */
function speakerRelative(doc: ParsedDoc, k: number, end: number): number {
  const toks = doc.tokens;
  const p = toks[k + 1];
  const v = toks[k + 2];
  if (!p || !v || k + 2 >= end || !WRITER_PRONOUNS.has(p.normal) || !v.tags.has('Verb') || isBoundary(doc, toks[k]!, p)) return 0;
  const to = toks[k + 3];
  return to && k + 3 < end && WRITER_CLAUSE_ENDS.has(to.normal) && !isBoundary(doc, v, to) ? k + 4 : k + 3;
}
