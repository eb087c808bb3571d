/**
 * How the frames of one sentence lend each other a source (DATA ONLY): rows read by
 * src/refine/attribution/frames.ts, each recorded in the trace when it decides.
 */
import { table } from '../../engine/rule.js';
import { ANONYMOUS_HEADS } from './described.js';

/**
 * "Citing the storm, the agency urged ...", "In describing the plan, Voss said ...": a participle opening
 * its sentence (after a preposition at most) and closed by a comma (or by the close of a quotation it
 * ends with) reports for the subject of the main
 * clause after that comma; the frames stage lends it that clause's source. The capture is the cue.
 */
export const FRONTED_PARTICIPLE = table('attribution.fronted-participle', 'cues', [
  {
    id: 'frame.fronted-participle',
    match: '^ #Preposition? [#Gerund] .+ , .',
    then: 'fronted' as const,
    example: 'Citing the storm, Ann Lee warned that the port would close.',
    counter: 'Citing the storm was a mistake, said Ann Lee.',
  },
  {
    id: 'frame.fronted-participle-quote',
    match: '^ #Preposition? [#Gerund] !@hasComma* " !(@inQuote|#Verb)',
    then: 'fronted' as const,
    example: 'Calling the levy a "tax on thrift" the union leader urged members to vote no.',
    counter: 'Calling the levy a "tax on thrift" was a mistake.',
  },
]);

/** Heads of cited people that make "X, citing ..., reported" one report (anonymous sourcing, after the rules' ANONYMOUS_HEADS, and "people"). */
export const CITED_PEOPLE: ReadonlySet<string> = new Set([...ANONYMOUS_HEADS, 'people', 'person']);

/**
 * "The Ledger, citing two aides, reported ...": a citing participle (a cue whose participle may name the
 * report's source) in the aside between a report's source and its verb, whose first five words after it
 * hold a cited-people head (CITED_PEOPLE, lexicon `cited`), names the report's source: one claim, as
 * ", citing" after the verb. The capture is the participle; the range ends before the report's verb.
 */
export const CITED_ASIDE = table('attribution.cited-aside', 'cues', [
  {
    id: 'frame.cited-aside',
    match: '[.+] .? .? .? .? %cited%',
    then: 'one-report' as const,
    example: 'The Harbor Ledger, citing two senior officials, reported that the port would close.',
    counter: 'The Harbor Ledger, citing data from the census, reported that the port would close.',
  },
]);
