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

/**
 * One sentence, several claims: does a claim end at the last clause break (a comma, semicolon or dash) before
 * the next claim's frame (src/extract/claims/partition.ts)? The candidate is the token right after that break;
 * `@cueEnd` holds on the last token of this claim's cue. With no break between them, the next frame sits
 * inside this claim's content ("The Ledger reported the mayor said ...") and the claim runs on.
 */
export const CLAIM_PARTITION = table<true>('claims.partition', 'claims', [
  {
    id: 'claims.partition.clause-break',
    match: '@cueEnd .* (,|;|—) [.]',
    unless: ['@cueEnd that .* , [!#Conjunction]', '^ as .* @cueEnd , [.]', '@cueEnd .* — [.] .* —'],
    then: true,
    example: 'Most pilots said yes, but the owners say the port is unsafe.',
    counter: 'The Harbor Ledger reported that Mayor Dana Voss said the port would stay open.',
    note: '"When asked about X, | Voss said Y", "Tom Hale, who said A, | told reporters B": the words of the next frame are its claim\'s alone. Unless: a content clause opened by "that" runs on over an adjunct\'s comma ("revealed that in March, Voss admitted ..."); a fronted "As the Ledger reported," credits the clause after it',
  },
]);
