/**
 * Claims of quotations that no frame reports but whose speaker a quote row read from the clause
 * that reports them ('The crowd cheered, and then Ann Roe went on: "We will win."', '"Not this year,"
 * Ann Roe shrugged.'): one claim each, its source the quotation's speaker (one decision makes both),
 * its cue the clause's verb (or the dash of a credit line), its text the quotation's sentences. A quotation a claim already covers
 * makes none.
 */
import type { Claim } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { sentenceAt } from '../../parse/types.js';
import type { QuoteReport } from '../quotes/index.js';

export function reportedClaims(doc: ParsedDoc, reports: readonly QuoteReport[], claims: readonly Claim[]): Claim[] {
  return reports
    .filter(({ quote: q }) => !claims.some((c) => c.start <= q.start && q.end <= c.end))
    .map(({ quote: q, cueStart, cueEnd }) => {
      const first = doc.sentences[q.sentence]!;
      const last = doc.sentences[sentenceAt(doc, Math.max(q.start, q.end - 1))]!;
      const { start } = first;
      const { end } = last;
      return { text: doc.text.slice(start, end), source: q.speaker, sourceId: null, via: null, viaId: null, cue: doc.text.slice(cueStart, cueEnd), cueStart, cueEnd, start, end, sentence: q.sentence, rule: q.speakerRule! };
    });
}
