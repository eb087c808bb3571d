/**
 * The shared pieces of a source phrase: the SourceRef type and the capitalized name run.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import type { Description } from './describe.js';
import { PRONOUNS, SOURCE_INNER_PARTICLES, SOURCE_NAME_LINKS, SOURCE_NAME_PARTICLES, SOURCE_OF_HEADS } from '../../rules/attribution/sources.js';
import { isBoundary, isCapitalized, isNameLike, isPossessive } from './tokens.js';
import { elidedParticle } from '../../extract/actors/wordsets.js';
import { documentPart } from '../../extract/actors/documents.js';

export type SourceKind = 'name' | 'pronoun' | 'role' | 'group';

export interface SourceRef {
  kind: SourceKind;
  start: number;
  end: number;
  text: string;
  /** for a group with a proper-name modifier ("a Ledger spokesperson"): the modifier */
  modifier?: { start: number; end: number; text: string };
  /** for a group with qualifiers ("foreign policy analysts"): the description, a source when nothing resolves */
  description?: Description;
  /** for an unnamed group ("many lawmakers", "a source"): the phrase, the source when nothing else is found */
  phrase?: Description;
  /** the modifier is the body named after a link ("officials in X"): a place there speaks for no one */
  linked?: boolean;
  /** for "a WHO official in Hanoi": the name modifier before the head, when the linked body replaced it */
  named?: { start: number; end: number; text: string };
  /** for "a spokesperson for the company": the body named by a definite description, resolved like "the company said" */
  owner?: SourceRef;
}

/** Lower-case particles inside a source's name (the lexicon SOURCE_NAME_PARTICLES: the actors' name particles, "of", "&"). */
export const PARTICLES: ReadonlySet<string> = SOURCE_NAME_PARTICLES;

export function ref(doc: ParsedDoc, kind: SourceKind, a: Token, b: Token): SourceRef {
  return { kind, start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) };
}

/** A particle that opens no name ("of", "&") stays inside one only after an organization word: "Bank of Avalon", "University of Avalon". */
const orgOf = (t: Token): boolean => t.tags.has('Organization') || SOURCE_OF_HEADS.has(t.normal);

/** A run of capitalized tokens (with name particles) from index i, stopping at a possessive or a boundary. */
export function nameRun(doc: ParsedDoc, i: number, end: number): number {
  const toks = doc.tokens;
  let j = i;
  while (j < end) {
    const t = toks[j]!;
    if (j > i && j + 2 < end && elidedParticle(doc.text, t, toks[j + 1]!) && isCapitalized(toks[j + 2]!) && !isBoundary(doc, toks[j - 1]!, t)) {
      j += 2; // "Sophie in 't Doe": a particle and its elided article inside the name
      continue;
    }
    if (j === i && j + 1 < end && isCapitalized(t) && doc.text.slice(t.end, toks[j + 1]!.start) === ' ' && documentPart(t.text, toks[j + 1]!.text)) return j + 2; // "Article 33 affirms": a numbered part of a document, whole
    const hyphen = j > i && doc.text.slice(toks[j - 1]!.end, t.start) === '-';
    const nextCap = j + 1 < end && !isBoundary(doc, t, toks[j + 1]!) && (isCapitalized(toks[j + 1]!) || (j > i && SOURCE_INNER_PARTICLES.has(t.normal) && SOURCE_INNER_PARTICLES.has(toks[j + 1]!.normal) && j + 2 < end && isCapitalized(toks[j + 2]!))); // "van den Kell": a particle before another
    const inner = j > i && nextCap && !isBoundary(doc, toks[j - 1]!, t);
    const ok = hyphen || (j === i ? isNameLike(t) : isCapitalized(t)) || (inner && SOURCE_INNER_PARTICLES.has(t.normal)) || (inner && PARTICLES.has(t.normal) && orgOf(toks[j - 1]!)) || (inner && SOURCE_NAME_LINKS.has(t.normal));
    if (!ok || (j > i && PRONOUNS.has(t.normal))) break;
    j++;
    if (isPossessive(t) || (j < end && isBoundary(doc, t, toks[j]!))) break;
  }
  return j;
}
