/**
 * An unnamed person described by a name and a person head: "a New York judge", "Former Ledger chairman",
 * "Voss's lawyer". The phrase (qualifiers kept, "a" dropped) is the source when no name follows it.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { GROUP_QUALIFIERS } from '../../rules/attribution/sources.js';
import { DEFINITE_ARTICLES } from '../../rules/attribution/described.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { roleHolds } from './described.js';
import { PHRASE_ROLE_HEADS, RELATION_HEADS } from '../../rules/attribution/phrase-sources.js';
import { ref, type SourceRef } from './source-ref.js';
import { spanDescription } from './describe.js';
import { isBoundary, isCapitalized, isPossessive, word } from './tokens.js';

/** The name run is tokens [k, j); the head is token j. Null when token j is no person head. */
export function rolePhrase(doc: ParsedDoc, k: number, j: number, end: number): SourceRef | null {
  const toks = doc.tokens;
  const last = toks[j - 1]!;
  const head = toks[j];
  if (!head || j >= end || isCapitalized(head) || isPossessive(head) || isBoundary(doc, last, head)) return null;
  const heads = isPossessive(last) ? RELATION_HEADS : PHRASE_ROLE_HEADS;
  if (!heads.has(word(head))) return null;
  let b = k;
  while (b > 0 && GROUP_QUALIFIERS.has(toks[b - 1]!.normal) && !isBoundary(doc, toks[b - 1]!, toks[b]!)) b--;
  const det = b > 0 && !isBoundary(doc, toks[b - 1]!, toks[b]!) ? toks[b - 1]!.normal : '';
  if (DEFINITE_ARTICLES.has(det) && !isPossessive(last)) return ref(doc, 'role', head, head);
  const out = ref(doc, 'group', toks[b]!, head);
  out.phrase = spanDescription(doc, toks[b]!, head);
  return out;
}

/**
 * "The chief executive of Acme Corp.", "the mayor of Lyon", "the head of the union": a definite role with
 * a post-modifier (the phrase [first, end), its head at `head`; row sources.role.post-modified) stands for
 * the person holding it. The reference is the role's head word (the chains link it to the person the text
 * gives that title) and carries the whole description, "the" dropped, as its phrase: the source when no
 * one is linked. Not the body that ends the phrase ("of Acme Corp" before).
 */
export function roleDescription(doc: ParsedDoc, first: number, end: number, head: number, trace: Trace = NO_TRACE): SourceRef | null {
  if (!roleHolds(doc, first, end, head, trace)) return null;
  const out = ref(doc, 'role', doc.tokens[head]!, doc.tokens[head]!);
  out.phrase = spanDescription(doc, doc.tokens[first + 1]!, doc.tokens[end - 1]!);
  return out;
}
