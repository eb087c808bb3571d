/**
 * The source noun phrase of an attribution: a name run, a pronoun, a role ("the secretary") or a
 * group ("officials", "a Ledger spokesperson"). Reads tokens only; linear in the phrase length.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import {
  AFFILIATION_LINKS, CLAUSE_OPENERS, DESCRIBED_GROUP_HEADS, DOCUMENT_NOUNS, GOVERNED_HEADS, GOVERNED_LINKS, GROUP_LINKS, GROUP_NOUNS, GROUP_QUALIFIERS, INSTITUTION_NOUNS, NAME_ARTICLES_BACK, NAME_CONNECTORS_BACK, PLACE_DESCRIPTOR_PARTICIPLES, PRONOUNS, ROLE_NOUNS, SOURCE_LEAD_PARTICLES, SOURCE_OPENERS, TITLE_WORDS,
} from '../../rules/attribution/sources.js';
import { HEAD_QUANTIFIERS, PHRASE_GROUP_HEADS } from '../../rules/attribution/phrase-sources.js';
import { DEFINITE_ARTICLES, DEFINITE_COUNTS } from '../../rules/attribution/described.js';
import { NAME_HONORIFICS, SKIPPED_LEAD_WORDS } from '../../rules/attribution/function-words.js';
import { group } from './group.js';
import { rolePhrase } from './role-phrase.js';
import { nameRun, ref, type SourceRef } from './source-ref.js';
import { isBoundary, isCapitalized, isCapitalizedFunctionWord, isNameLike, isPossessive, word } from './tokens.js';
import { DOUBLE_OPENING_CHARS } from '../../parse/quote-marks.js';

const AFTER_OPENING = new RegExp(`[${DOUBLE_OPENING_CHARS}]\\s*$`, 'u');

export { nameRun } from './source-ref.js';
export type { SourceKind, SourceRef } from './source-ref.js';

/**
 * The first source candidate in tokens [i, end): leading clause openers, determiners, adjectives and
 * lower-case titles are skipped; the next word must start the source, else null.
 */
export function headCandidate(doc: ParsedDoc, i: number, end: number): SourceRef | null {
  const toks = doc.tokens;
  let k = i;
  while (k < end) {
    const t = toks[k]!;
    const w = word(t);
    const particle = SOURCE_LEAD_PARTICLES.has(w) && k + 1 < end && isNameLike(toks[k + 1]!);
    if (placeDescriptor(doc, k, end)) {
      k += 2; // "the Ohio-based Harbor Group": where the body is, not its name
      continue;
    }
    const skip = !particle && (CLAUSE_OPENERS.has(w) || SOURCE_OPENERS.has(w) || SKIPPED_LEAD_WORDS.has(w) || (!isCapitalized(t) && t.tags.has('Adjective')) || (isCapitalizedFunctionWord(t) && !PRONOUNS.has(w)));
    if (!skip) break;
    k++;
  }
  if (k >= end) return null;
  const t = toks[k]!;
  const w = word(t);
  if (PRONOUNS.has(w)) return ref(doc, 'pronoun', t, t);
  const nextTok = toks[k + 1];
  if (SOURCE_LEAD_PARTICLES.has(w) && nextTok && k + 1 < end && isNameLike(nextTok) && !isBoundary(doc, t, nextTok)) {
    const named = fromName(doc, k + 1, end);
    return named && named.kind === 'name' ? { ...named, start: t.start, text: doc.text.slice(t.start, named.end) } : named;
  }
  const quantified = k > i && HEAD_QUANTIFIERS.has(toks[k - 1]!.normal) && PHRASE_GROUP_HEADS.has(w) && !isBoundary(doc, toks[k - 1]!, t);
  if (quantified && !(toks[k + 1] && k + 1 < end && isCapitalized(toks[k + 1]!) && !isBoundary(doc, t, toks[k + 1]!))) return group(doc, k, end, null); // "Some Democrats"
  const sentenceFirst = k === doc.sentences[t.sentence]!.firstToken || AFTER_OPENING.test(doc.text.slice(Math.max(0, t.start - 2), t.start));
  if (isNameLike(t, sentenceFirst)) {
    return fromName(doc, k, end);
  }
  const governed = governedName(doc, k, end);
  if (governed) return governed;
  if ((ROLE_NOUNS.has(w) && !GROUP_NOUNS.has(w)) || (INSTITUTION_NOUNS.has(w) && definiteBefore(doc, i, k))) return laterName(doc, k, end) ?? ref(doc, 'role', t, t); // "according to current governor Tom Reyes": the name, not a role the chains give someone else
  if (GROUP_NOUNS.has(w)) return laterName(doc, k, end) ?? laterName(doc, k + 1, end) ?? group(doc, k, end, null); // "said analyst Ann Roe", "said study author Ann Roe": the name, not the title or the study
  for (let g = k + 1; g < Math.min(end, k + 4); g++) {
    const u = toks[g]!;
    if (isCapitalized(u) || u.tags.has('Verb') || u.tags.has('Preposition') || isBoundary(doc, toks[g - 1]!, u)) break;
    if (GROUP_NOUNS.has(word(u))) return group(doc, g, end, null);
  }
  return null;
}

/** Tokens k, k + 1 are a capitalized place, a hyphen and a place participle ("Ohio-based"), with a word of the phrase after them. */
function placeDescriptor(doc: ParsedDoc, k: number, end: number): boolean {
  const toks = doc.tokens;
  return k + 2 < end && isCapitalized(toks[k]!) && doc.text.slice(toks[k]!.end, toks[k + 1]!.start) === '-' && PLACE_DESCRIPTOR_PARTICIPLES.has(toks[k + 1]!.normal) && !isBoundary(doc, toks[k + 1]!, toks[k + 2]!);
}

/**
 * "the government of Kenya said", "the authorities of the Democratic Republic of Congo": the country named after
 * the head and its link (not a person: "the government of President Roe" is no source of its own here).
 */
function governedName(doc: ParsedDoc, k: number, end: number): SourceRef | null {
  const toks = doc.tokens;
  if (!GOVERNED_HEADS.has(word(toks[k]!)) || k + 2 >= end || !GOVERNED_LINKS.has(toks[k + 1]!.normal)) return null;
  const m = DEFINITE_ARTICLES.has(toks[k + 2]!.normal) ? k + 3 : k + 2;
  if (m >= end || !isNameLike(toks[m]!)) return null;
  for (let x = k; x < m; x++) if (isBoundary(doc, toks[x]!, toks[x + 1]!)) return null;
  const j = nameRun(doc, m, end);
  const person = toks.slice(m, j).some((t) => PERSON_TAGS.some((g) => t.tags.has(g)));
  return j > m && !person && !isPossessive(toks[j - 1]!) ? ref(doc, 'name', toks[m]!, toks[j - 1]!) : null;
}

/** A capitalized run: a name, a role ("The President"), or a group with a modifier ("Ledger officials"). */
function fromName(doc: ParsedDoc, k: number, end: number): SourceRef | null {
  const toks = doc.tokens;
  const j = nameRun(doc, k, end);
  if (j <= k) return null; // no name starts at k
  const first = toks[k]!;
  const last = toks[j - 1]!;
  const words = toks.slice(k, j).map(word);
  const later = laterName(doc, j, end);
  if (later) return later;
  const honorific = NAME_HONORIFICS.has(words[0]!) && words.length > 1;
  const grp = j === k + 1 && !isPossessive(last) ? laterGroup(doc, j, end) : -1;
  if (grp >= 0 && !PERSON_TAGS.some((g) => first.tags.has(g))) return group(doc, grp, end, grp === j ? ref(doc, 'name', first, last) : null);
  if (!honorific && words.every((w) => TITLE_WORDS.has(w))) return ref(doc, 'role', first, last);
  const next = toks[j];
  if (j === k + 1 && GROUP_NOUNS.has(words[0]!)) return group(doc, k, end, null);
  const person = rolePhrase(doc, k, j, end);
  if (person) return person;
  if (isPossessive(last) && next && j < end && DOCUMENT_NOUNS.has(word(next))) return ref(doc, 'name', first, last);
  if (isPossessive(last) && next && j < end && !isCapitalized(next) && !GROUP_NOUNS.has(word(next))) return null;
  if (j < end && next && !isPossessive(last) && GROUP_NOUNS.has(word(next)) && !isBoundary(doc, last, next)) {
    return group(doc, j, end, ref(doc, 'name', first, last));
  }
  return ref(doc, 'name', first, last);
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'Honorific'];

/** A lower-case group noun within three words after a one-word run: "Administration officials", "Foreign policy analysts". */
function laterGroup(doc: ParsedDoc, j: number, end: number): number {
  const toks = doc.tokens;
  for (let g = j; g < Math.min(end, j + 3); g++) {
    const u = toks[g]!;
    const verb = u.tags.has('Verb') && !GROUP_QUALIFIERS.has(u.normal);
    if (isCapitalized(u) || verb || u.tags.has('Preposition') || isBoundary(doc, toks[g - 1]!, u)) return -1;
    if (GROUP_NOUNS.has(word(u))) return g;
  }
  return -1;
}

/** "Democratic nominee Ann Roe", "Acme lawyer Bo Li": a lower-case title after a run, then the person's name. */
function laterName(doc: ParsedDoc, j: number, end: number): SourceRef | null {
  const toks = doc.tokens;
  let m = j;
  while (m < Math.min(end, j + 3) && !isCapitalized(toks[m]!) && (TITLE_WORDS.has(word(toks[m]!)) || ROLE_NOUNS.has(word(toks[m]!)) || toks[m]!.tags.has('Actor'))) {
    if (m > 0 && isBoundary(doc, toks[m - 1]!, toks[m]!)) return null; // a source phrase opening the text has no token before it
    m++;
  }
  if (m === j || m >= end || !isNameLike(toks[m]!) || isBoundary(doc, toks[m - 1]!, toks[m]!)) return null;
  return fromName(doc, m, end);
}

/** The name run that ends right before `e` ("... Trump lawyer Ann Roe said"), or null. */
export function nameEndingAt(doc: ParsedDoc, start: number, e: number): SourceRef | null {
  const toks = doc.tokens;
  const last = toks[e - 1];
  const hyphenated = last !== undefined && e - 2 >= start && doc.text.slice(toks[e - 2]!.end, last.start) === '-' && isNameLike(toks[e - 2]!);
  if (!last || !(isNameLike(last) || hyphenated) || isPossessive(last) || PRONOUNS.has(word(last))) return null;
  let k = e - 1;
  while (k > start) {
    const p = toks[k - 1]!;
    const hyphen = doc.text.slice(p.end, toks[k]!.start) === '-';
    const back = (n: number): Token | undefined => (k - n >= start ? toks[k - n] : undefined);
    const linked = (t: Token | undefined): boolean => t !== undefined && isNameLike(t);
    const connector = NAME_CONNECTORS_BACK.has(p.normal) && !isBoundary(doc, toks[k - 2] ?? p, p) && ((linked(back(2)) && !NAME_ARTICLES_BACK.has(p.normal)) || (NAME_CONNECTORS_BACK.has(back(2)?.normal ?? '') && linked(back(3))));
    if (isBoundary(doc, p, toks[k]!) || isPossessive(p) || !(hyphen || isNameLike(p) || connector)) break;
    k--;
  }
  while (k < e - 1 && !isNameLike(toks[k]!)) k++;
  if (k - 2 >= start && GROUP_LINKS.has(toks[k - 1]!.normal) && !AFFILIATION_LINKS.has(toks[k - 1]!.normal) && DESCRIBED_GROUP_HEADS.has(word(toks[k - 2]!)) && !isBoundary(doc, toks[k - 2]!, toks[k - 1]!)) return group(doc, k - 2, e, null); // "supporters in Congress"
  const particle = k > start ? toks[k - 1]! : null;
  if (particle && SOURCE_LEAD_PARTICLES.has(particle.normal) && !isBoundary(doc, particle, toks[k]!)) return ref(doc, 'name', particle, last); // "De Vries said"
  const run = fromName(doc, k, e);
  if (!run || run.kind !== 'name' || run.end >= last.end) return run;
  const words = toks.slice(k, e).map(word);
  return words.every((w) => TITLE_WORDS.has(w)) ? run : ref(doc, 'name', toks[k]!, last);
}

/** "the company", "the two companies": a definite article right before head k, or before one number word. */
function definiteBefore(doc: ParsedDoc, i: number, k: number): boolean {
  const toks = doc.tokens;
  if (k > i && DEFINITE_ARTICLES.has(toks[k - 1]!.normal)) return true;
  return k - 1 > i && DEFINITE_ARTICLES.has(toks[k - 2]!.normal) && DEFINITE_COUNTS.has(toks[k - 1]!.normal);
}
