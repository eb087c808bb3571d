/**
 * An unnamed person described by a name and a person head: "a New York judge", "Former Ledger chairman",
 * "Voss's lawyer". The phrase (qualifiers kept, "a" dropped) is the source when no name follows it.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { GROUP_QUALIFIERS } from '../../rules/attribution/sources.js';
import { PHRASE_ROLE_HEADS, RELATION_HEADS } from '../../rules/attribution/phrase-sources.js';
import { ref, type SourceRef } from './source-ref.js';
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
  if (det === 'the' && !isPossessive(last)) return ref(doc, 'role', head, head);
  const out = ref(doc, 'group', toks[b]!, head);
  out.phrase = { start: out.start, end: out.end, text: out.text.replace(/\s+/gu, ' ') };
  return out;
}
