/**
 * Noun phrases over compromise's tags, read from either end: the phrase that ends right before a verb
 * group (its subject) or starts right after one (an inverted subject). A phrase may carry a post-
 * modifier through a preposition ("the director of the agency", "55 percent of voters"); its head is
 * the last word before the first preposition: the name's last word ("Acme press secretary Lee Wong"
 * -> Wong), else the head noun ("the Reyes campaign" -> campaign, "the talks with Voss" -> talks).
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { isBoundary } from '../../refine/attribution/tokens.js';
import type { Headed } from './types.js';
import { CLAUSE_PHRASE_TAILS, CLAUSE_POST_MODIFIERS, COMPARATIVES, COMPARISON_LINKS, LONE_QUANTIFIERS, NAME_JOINERS, NUMBER_LEADS, PHRASE_COORDINATORS, POST_MODIFIER_LINKS, PREDETERMINERS, QUANTITY_HEADS, QUANTITY_LINKS, RELATIVE_PRONOUNS, ROLE_LINKS } from '../../rules/clauses/rows.js';
import { NAME_LINKS as NAME_LINK_ROWS, ROLE_ARTICLES } from '../../rules/actors/words.js';
import { decide, sentenceRange, type DecideContext, type MatchEnv } from '../../engine/index.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';

/** The phrase rows' word sets (src/rules/clauses/rows.ts: clauses.post-modifiers, .phrase-tails, .phrase-stops). */
export const PHRASE_ENV: MatchEnv = { lexicons: new Map([['role-link', ROLE_LINKS], ['relative', RELATIVE_PRONOUNS]]) };

/** How a phrase row is asked about token i (its sentence the range; the deciding row traced). */
export const phraseContext = (doc: ParsedDoc, i: number, trace: Trace): DecideContext => ({ doc, range: sentenceRange(doc, doc.tokens[i]!.sentence), env: PHRASE_ENV, trace, kind: 'clause' });

const DETERMINER_TAGS = ['Determiner'];
const NOMINAL_TAGS = ['Noun', 'ProperNoun', 'Adjective', 'Value', 'Cardinal', 'Acronym', 'Possessive', 'Honorific'];
/** The articles (the actors' role articles: the, a, an): a determiner where the tagger reads none; a name's inner word ('Committee for a Fair Budget'). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(ROLE_ARTICLES.map((r) => r.word)); // the, a, an

const isDeterminer = (t: Token): boolean => DETERMINER_TAGS.some((g) => t.tags.has(g)) || NAME_ARTICLES.has(t.normal);
const isPronoun = (t: Token): boolean => t.tags.has('Pronoun');
/** A word that can sit inside a noun phrase: a noun, name, adjective, number, possessive; a capitalized word. */
export function isNominal(t: Token, prev?: Token, next?: Token): boolean {
  if (isPronoun(t) && !t.poss) return false;
  if (prev && inCompound(t, prev, next)) return true;
  if (prev && participleModifier(t, prev, next)) return true;
  if (prev?.poss && t.tags.has('Gerund') && !t.cap) return true; // "familiar with Roe's thinking": a possessed -ing form is a noun, as the verb groups read it
  if (t.tags.has('Verb') && !t.cap && !t.tags.has('Noun')) return false;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('QuestionWord')) return false;
  return t.cap || NOMINAL_TAGS.some((g) => t.tags.has(g)) || /^\d|-\p{Lu}/u.test(t.text); // "el-Sisi"
}

/** The head of [first, end): the last word before the first linking preposition. */
export function headOf(doc: ParsedDoc, first: number, end: number): number {
  const toks = doc.tokens;
  if (titledName(toks, first, end)) return end - 1; // "Acme Center for Health medical anthropologist Ann Roe": Roe
  for (let k = first + 1; k < end; k++) {
    if (!POST_MODIFIER_LINKS.has(toks[k]!.normal) || toks[k]!.cap || nameOf(toks, k, end)) continue;
    if (quantityOf(toks, k, end)) return headOf(doc, k + 1, end); // "a number of senators": the senators
    return toks[k - 1]!.cap && nameAfterBody(toks, k + 1, end) ? end - 1 : k - 1; // "U.S. Ambassador to the United Nations Ann Roe": Roe
  }
  return end - 1;
}

/** A capitalized title's post-modifier ends with a person's name of two words or more right after the body's name: "[to the Harbor Council] Ann Roe". */
function nameAfterBody(toks: readonly Token[], from: number, end: number): boolean {
  let k = end;
  while (k > from && toks[k - 1]!.cap && PERSON_TAGS.some((g) => toks[k - 1]!.tags.has(g))) k--;
  return end - k >= 2 && k > from && toks[k - 1]!.cap && !PERSON_TAGS.some((g) => toks[k - 1]!.tags.has(g));
}

/** The phrase ends with a person's name after a lower-case title or role word: "... medical anthropologist Ann Roe". */
function titledName(toks: readonly Token[], first: number, end: number): boolean {
  let k = end;
  while (k > first && toks[k - 1]!.cap && PERSON_TAGS.some((g) => toks[k - 1]!.tags.has(g))) k--;
  return k < end && k > first && !toks[k - 1]!.cap && toks[k - 1]!.tags.has('Noun') && !POST_MODIFIER_LINKS.has(toks[k - 1]!.normal);
}

/** "one [of] the advisers", "a number [of] senators": a quantity head before "of" with more words after it. */
export const quantityOf = (toks: readonly Token[], k: number, end: number): boolean => QUANTITY_LINKS.has(toks[k]!.normal) && k + 1 < end && QUANTITY_HEADS.has(toks[k - 1]!.normal);

/** Lower-case words inside an organization's name: "Council of India", "Committee for a Fair Budget". */
const NAME_LINKS: ReadonlySet<string> = new Set(NAME_LINK_ROWS.map((r) => r.word)); // of, for, on: the actors' name links

/** "Council of India", "Committee for a Fair Budget": a link between capitalized words of a name that is no person's. */
function nameOf(toks: readonly Token[], k: number, end: number): boolean {
  const before = toks[k - 1]!;
  const after = toks[k + 1];
  return NAME_LINKS.has(toks[k]!.normal) && before.cap && !PERSON_TAGS.some((g) => before.tags.has(g)) && after !== undefined && k + 1 < end && (after.cap || NAME_ARTICLES.has(after.normal)) && toks.slice(k + 1, end).every((t) => t.cap || POST_MODIFIER_LINKS.has(t.normal) || NAME_ARTICLES.has(t.normal));
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** The noun phrase that ends at token end-1, not reaching before `floor`; a lone pronoun is one too. */
export function phraseEndingAt(doc: ParsedDoc, floor: number, end: number, trace: Trace = NO_TRACE): Headed | null {
  const toks = doc.tokens;
  if (end <= floor) return null;
  const last = toks[end - 1]!;
  if (last.tags.has('Reflexive') && end - 1 > floor && !isBoundary(doc, toks[end - 2]!, last)) return phraseEndingAt(doc, floor, end - 1, trace); // "Clinton herself signaled": the phrase the reflexive stresses
  const lone = (isPronoun(last) && !last.poss) || LONE_QUANTIFIERS.has(last.normal);
  const plain = !lone && isNominal(last, toks[end - 2], toks[end]);
  const tail = !plain && end - 2 >= floor && decide(CLAUSE_PHRASE_TAILS, { first: end - 1, end }, phraseContext(doc, end - 1, trace)) !== null; // "three-fourths of [them] say", "of those [polled] say"
  if (lone && !tail) return { first: end - 1, end, head: end - 1 }; // "another says"
  if (!plain && !tail) return null;
  let k = end - 1; // the phrase's first token so far
  while (k > floor && !isBoundary(doc, toks[k - 1]!, toks[k]!)) {
    const p = toks[k - 1]!;
    if (isDeterminer(toks[k]!) && !linkBefore(doc, floor, k) && joinedModifier(doc, floor, k) < 0 && !(toks[k]!.tags.has('Value') && NUMBER_LEADS.has(p.normal))) break; // a determiner opens its phrase, save a number's ("Nearly [a] third")
    if (p.tags.has('Date') && p.cap && !p.tags.has('Value') && toks[k]!.cap && !toks[k]!.tags.has('Date')) break; // "On Friday Ann Roe said": the date is no part of the name
    if (isNominal(p, toks[k - 2], toks[k]) || isDeterminer(p) || ((p.poss || p.tags.has('Possessive')) && isPronoun(p))) k--; // "Ann Roe in [her] speech"
    else if (NAME_JOINERS.has(p.normal) && toks[k]!.cap && k - 2 >= floor && toks[k - 2]!.cap && !isBoundary(doc, toks[k - 2]!, p)) k -= 2; // "Citizenship and Immigration Services"
    else if (linkBefore(doc, floor, k)) k -= 2; // "director of [the agency]"
    else if (COMPARISON_LINKS.has(p.normal) && k - 2 >= floor && COMPARATIVES.has(toks[k - 2]!.normal)) k -= 2; // "More than six in 10"
    else if (NUMBER_LEADS.has(p.normal) && toks[k]!.tags.has('Value')) k--; // "About 9 percent"
    else if (joinedModifier(doc, floor, k) >= 0) k = joinedModifier(doc, floor, k); // "experts on Korea and [nuclear arms]"
    else break;
  }
  if (k + 1 < end && RELATIVE_PRONOUNS.has(toks[k]!.normal) && (last.tags.has('Plural') || LONE_QUANTIFIERS.has(toks[k + 1]!.normal))) k++; // "crowds [that] opponents have likened": a relative pronoun, no determiner of a plural
  if (k - 1 >= floor && PREDETERMINERS.has(toks[k - 1]!.normal) && isDeterminer(toks[k]!) && !isBoundary(doc, toks[k - 1]!, toks[k]!)) k--; // "all the economists"
  return { first: k, end, head: headOf(doc, k, end) };
}

/** A linking preposition at k-1 with a noun before it: "director [of] the agency". */
function linkBefore(doc: ParsedDoc, floor: number, k: number): boolean {
  const toks = doc.tokens;
  if (k - 2 < floor) return false;
  const p = toks[k - 1]!;
  const n = toks[k - 2]!;
  return POST_MODIFIER_LINKS.has(p.normal) && !p.cap && isNominal(n, toks[k - 3], p) && !isDeterminer(n) && !isBoundary(doc, n, p) && !isBoundary(doc, p, toks[k]!);
}

const MAX_MODIFIER = 8;

/**
 * "observers in Ohio and [around the country]", "experts on Korea and [arms control]": an "and" (with a
 * preposition after it) that joins a second object to a post-modifier; the noun before that modifier's
 * preposition, else -1.
 */
function joinedModifier(doc: ParsedDoc, floor: number, k: number): number {
  const toks = doc.tokens;
  let j = k - 1;
  if (j > floor && toks[j]!.tags.has('Preposition') && !toks[j]!.cap) j--;
  if (j <= floor || !PHRASE_COORDINATORS.has(toks[j]!.normal) || isBoundary(doc, toks[j]!, toks[j + 1]!)) return -1;
  for (let m = j - 1; m > floor && m >= j - MAX_MODIFIER; m--) {
    if (isBoundary(doc, toks[m]!, toks[m + 1]!)) return -1;
    const n = toks[m - 1]!;
    if (POST_MODIFIER_LINKS.has(toks[m]!.normal) && !toks[m]!.cap && isNominal(n, toks[m - 2], toks[m]) && !isDeterminer(n) && !isBoundary(doc, n, toks[m]!)) return m - 1;
  }
  return -1;
}

/** The noun phrase that starts at token i (determiners, titles and adjectives in front), ending before `limit`. */
export function phraseStartingAt(doc: ParsedDoc, i: number, limit: number, trace: Trace = NO_TRACE): Headed | null {
  const toks = doc.tokens;
  if (i >= limit) return null;
  const t0 = toks[i]!;
  const owner = possessivePronoun(t0, toks[i + 1], limit > i + 1); // "said his campaign manager, Bo Li": the phrase the pronoun opens
  if (isPronoun(t0) && !t0.poss && !owner) return { first: i, end: i + 1, head: i };
  let k = i;
  while (k < limit && (k === i || !isBoundary(doc, toks[k - 1]!, toks[k]!))) {
    const t = toks[k]!;
    const joined = k > i && NAME_JOINERS.has(t.normal) && toks[k - 1]!.cap && k + 1 < limit && toks[k + 1]!.cap; // "Gov. and Committee Chairman Ed Rendell"
    if (!(joined || isNominal(t, toks[k - 1], toks[k + 1]) || (k === i && (isDeterminer(t) || owner)) || (k > i && t.poss))) break;
    k++;
  }
  if (k === i || (k === i + 1 && isDeterminer(t0) && !LONE_QUANTIFIERS.has(t0.normal))) return null; // '"...," tweeted another.'
  return withPostModifier(doc, { first: i, end: k, head: headOf(doc, i, k) }, limit, trace);
}

/** A head read rightwards takes its post-modifier by the rows of clauses.post-modifiers: '"...," said a pilot [for one of the ferry lines]'. */
function withPostModifier(doc: ParsedDoc, np: Headed, limit: number, trace: Trace): Headed {
  const toks = doc.tokens;
  const link = toks[np.end];
  const linked = link !== undefined && np.end + 1 < limit && !isBoundary(doc, toks[np.end - 1]!, link) && !isBoundary(doc, link, toks[np.end + 1]!) && decide(CLAUSE_POST_MODIFIERS, { first: np.end - 1, end: np.end }, phraseContext(doc, np.end - 1, trace)) !== null;
  const object = linked ? phraseStartingAt(doc, np.end + 1, limit, trace) : null;
  return object ? { first: np.first, end: object.end, head: headOf(doc, np.first, object.end) } : np;
}

/** A possessive pronoun ("his", "their") right before a noun of its phrase, not a pronoun of its own. */
function possessivePronoun(t: Token, next: Token | undefined, inRange: boolean): boolean {
  return inRange && next !== undefined && isPronoun(t) && t.tags.has('Possessive') && next.sentence === t.sentence && !isPronoun(next) && isNominal(next);
}

/**
 * A base-form verb right after a singular name is a noun of a compound, not its verb (a singular subject
 * would take "campaigns"): "the Reyes campaign said", "Acme campaign manager Lee Wong".
 */
export function inCompound(t: Token, prev: Token, next: Token | undefined): boolean {
  const goesOn = next !== undefined && next.sentence === t.sentence && !next.tags.has('Determiner') && !next.tags.has('Pronoun') && (next.tags.has('Noun') || next.tags.has('Verb') || next.tags.has('Preposition')); // "campaign manager", "campaign said", "campaign on Monday"
  return goesOn && !t.cap && prev.cap && !prev.tags.has('Plural') && !prev.tags.has('Pronoun') && !prev.first && !prev.poss && t.tags.has('Infinitive') && !t.tags.has('PastTense') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && t.sentence === prev.sentence;
}

/**
 * A past participle between an article or a number and the noun it describes is an adjective of the
 * phrase, not a verb: "a disappointed supporter", "one unaligned Ohio strategist". After a number the
 * word after it must be singular, an adjective or a name ("Two opposed cuts" keeps its verb).
 */
export function participleModifier(t: Token, prev: Token, next: Token | undefined): boolean {
  if (t.cap || !t.tags.has('PastTense') || t.tags.has('Auxiliary') || t.tags.has('Copula') || !next || next.sentence !== t.sentence || prev.sentence !== t.sentence) return false;
  if (next.tags.has('Pronoun') || next.tags.has('Determiner') || next.tags.has('Preposition') || next.tags.has('Verb') && !next.tags.has('Noun')) return false;
  const counted = prev.tags.has('Cardinal') && !prev.tags.has('Plural') && (next.tags.has('Singular') || next.tags.has('Adjective') || next.cap) && !next.tags.has('Plural');
  return (isDeterminer(prev) || counted) && (next.tags.has('Noun') || next.tags.has('Adjective') || next.cap);
}

