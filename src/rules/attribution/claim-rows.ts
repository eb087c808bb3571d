/**
 * How a sentence's frames become claims (DATA ONLY): rows of the claims stage (src/extract/claims/merge.ts).
 */
import { table } from '../../engine/rule.js';

/**
 * A fronted credit and a named speaker's report in its sentence: the candidate is the first token of the
 * speaker's source phrase; `@creditEnd` holds on the last token of the credit's source phrase. The speaker
 * right after the credit (across its comma) keeps the claim, the outlet its via (false); a report deeper inside
 * the credited content is the credit's (true: the outlet is the source). No row holding (the credit comes later) keeps
 * the speaker.
 */
export const CREDIT_SPEAKER = table<boolean>('claims.credit-speaker', 'claims', [
  {
    id: 'claims.credit.speaker-next',
    match: '@creditEnd [.]',
    then: false,
    example: 'According to the Daily Ledger, Mara Voss said the pier would close in May.',
    counter: 'According to the Daily Ledger, the ferry has sailed 300 times since Mara Voss said it was safe.',
  },
  {
    id: 'claims.credit.report-within',
    match: '@creditEnd .+ [.]',
    then: true,
    example: 'According to the Daily Ledger, the ferry has sailed 300 times since Mara Voss said it was safe.',
    counter: 'According to the Daily Ledger, Mara Voss said the pier would close in May.',
  },
]);

/**
 * An outlet the speaker told ("told the Ledger", "said in an interview with the Ledger") is the claim's via,
 * unless the speaker is unnamed and anonymous: then the outlet is the source. The candidate is the head (last
 * token) of the speaker's source phrase.
 */
export const OUTLET_SPEAKER = table<'outlet'>('claims.outlet-speaker', 'claims', [
  {
    id: 'claims.outlet.anonymous-speaker',
    match: '[%anonymous%]',
    then: 'outlet',
    example: 'A senior official told the Daily Ledger that the pier would close in May.',
    counter: 'A retired ferry pilot told the Daily Ledger that the pier would close in May.',
    note: '"Voss fans told the Ledger": a described group keeps its phrase, the outlet its via',
  },
]);
