/**
 * Coordinated reported clauses: "Voss said that A and that B" holds two claims with the same source
 * and cue. The second claim's text runs from its "that" to the end of the first claim.
 */
import type { Claim } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { CLAUSE_SPLITS } from '../../rules/attribution/phrases.js';
import { compile, matchAt, type TokenRange } from '../../engine/index.js';
import { holds } from '../../engine/decide.js';

export function splitCoordinated(doc: ParsedDoc, c: Claim): Claim[] {
  const toks = doc.tokens;
  const sent = doc.sentences[c.sentence]!;
  const range = { first: sent.firstToken, end: sent.endToken };
  for (let k = sent.firstToken; k < sent.endToken; k++) {
    const t = toks[k]!;
    if (t.start < (c.cueEnd ?? c.start) || t.end > c.end || t.inQuote) continue; // "and that" inside a quotation is what was said
    const hit = splitAt(doc, k, range);
    if (!hit) continue;
    const start = toks[hit.end - 1]!.start;
    return [c, { ...c, start, text: doc.text.slice(start, c.end), rule: `${c.rule}+${hit.id}` }];
  }
  return [c];
}

/** The first split row (CLAUSE_SPLITS) matching at token k: its id and the end of its capture. */
function splitAt(doc: ParsedDoc, k: number, range: TokenRange): { id: string; end: number } | null {
  for (const r of CLAUSE_SPLITS) {
    const span = matchAt(doc, compile(r.match), k, range)?.groups[0];
    if (span && holds(r, span, { doc, range })) return { id: r.id, end: span.end };
  }
  return null;
}
