/**
 * Coordinated reported clauses: "Voss said that A and that B" holds two claims with the same source
 * and cue. The second claim's text runs from its "that" to the end of the first claim.
 */
import type { Claim } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { CLAUSE_SPLITS } from '../../rules/attribution/phrases.js';

export function splitCoordinated(doc: ParsedDoc, c: Claim): Claim[] {
  const toks = doc.tokens;
  const sent = doc.sentences[c.sentence]!;
  for (let k = sent.firstToken; k < sent.endToken; k++) {
    const t = toks[k]!;
    if (t.start < (c.cueEnd ?? c.start) || t.end > c.end) continue;
    const row = CLAUSE_SPLITS.find((r) => r.words.every((w, n) => toks[k + n]?.normal === w) && k + r.words.length < sent.endToken);
    if (!row) continue;
    const start = toks[k + row.words.length - 1]!.start;
    return [c, { ...c, start, text: doc.text.slice(start, c.end), rule: `${c.rule}+${row.id}` }];
  }
  return [c];
}
