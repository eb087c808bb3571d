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

/**
 * "Pilots say X, and the union has sued the port, saying ...": a verb joined to the frame before (after
 * "and", or a participle after a comma) whose host clause has a subject of its own after that frame (its
 * cue and source; `@frameEnd` holds on the frame's last token) reports for that subject (the clause
 * layer's), not for the frame before. The capture is the host clause's subject phrase, the range ends at
 * its verb (a subject read after the verb is no host). A lone pronoun is left to the frame before's chain.
 */
export const JOINED_HOST = table('attribution.joined-host', 'cues', [
  {
    id: 'frame.joined.host-clause',
    match: '@frameEnd .* [.+]',
    unless: ['[#Pronoun]'],
    then: 'host' as const,
    example: 'Protest groups say the ferry fees are unfair, and the pilots union has sued the port, saying they break the law.',
    counter: 'Protest groups say the ferry fees are unfair, saying they break the law.',
  },
  {
    id: 'frame.joined.host-before-report',
    match: '[.+] .+ @frameSource',
    unless: ['[#Pronoun]'],
    then: 'host' as const,
    note: 'a verb joined by "and"/"but" whose host clause\'s subject stands before the source of the frame before (`@frameSource` holds on its first token, for joined verbs only): that frame is a report inside the host\'s content or a subordinate clause ("complained Roe had attacked her and questioned ...", "put off deciding whether the trust could question X but said ..."), the joined verb reports for the host\'s subject',
    example: 'Mara Voss complained that Dan Roe had attacked her and questioned why the clerk stayed silent.',
    counter: 'Mara Voss praised the plan and said it would help the port.',
  },
]);

/**
 * "Voss said Roe had warned the pilots that ...": a report whose source stands inside the content of a plain
 * report before it (`@plainCue` holds on the last token of a plain verb of saying whose source precedes
 * it) is part of that report: one claim. Not after "and", "but", "while", "though", a comma and "when", or
 * "to which" ("of which", ...): a clause of its own ("Ryan saying X and Voss calling it Y", "Roe said X, to
 * which Lazar replied: ..."). The capture is the first token of the nested report's source.
 */
export const NESTED_REPORT = table('attribution.nested-report', 'cues', [
  {
    id: 'frame.nested',
    match: '@plainCue .* [.]',
    unless: ['(and|but|while|whereas|though|although) [.]', ', when [.]', '(to|of|at|with|for) which [.]'],
    then: 'nested' as const,
    note: 'a "when" clause after a comma, and a relative clause led by a preposition and "which", answer or recall the report, they are not its content: "Roe said the vote was fair, to which Lazar replied: ...", "Roe said the plan was new, when Lazar had proposed it in May"',
    example: 'Ann Roe said Bo Lazar had warned the pilots that the port would close.',
    counter: 'Ann Roe said the port would close, and Bo Lazar warned that the pilots would strike.',
  },
]);

/**
 * "The pilots warned the port would close, Ann Roe said.": a final report whose content precedes its
 * named source owns the sentence; a report whose cue lies inside that content (`@owned` holds on the
 * tokens of the content) makes no claim of its own. The capture is that inner report's cue.
 */
export const TRAILING_OWNER = table('attribution.trailing-owner', 'cues', [
  {
    id: 'frame.trailing-owner',
    match: '[@owned+]',
    then: 'owned' as const,
    example: 'The pilots warned the port would close in May, Ann Roe said.',
    counter: 'The pilots warned the port would close in May, and Ann Roe said the ferries would stop.',
  },
]);

/**
 * "Voss said the budget was sound, arguing that the cut was too deep": the participle of a verb of saying
 * after a comma, followed by "that", reports a content of its own for the same source (a second claim), as
 * ", adding that" does; without "that" (", arguing the cut was too deep", ", warning of delays") it gives
 * the first report's reason and stays one claim. The capture is the participle cue.
 */
export const OWN_PARTICIPLE_REPORT = table('attribution.own-participle-report', 'cues', [
  {
    id: 'frame.participle.own-report',
    match: '[.+] that',
    then: 'own-report' as const,
    example: 'Harbor master Rui Castelo said the dredging was late, warning that the larger ferries could run aground by June.',
    counter: 'Harbor master Rui Castelo said the dredging was late, warning of delays for the larger ferries.',
  },
  {
    id: 'frame.participle.own-quote',
    match: '[.+] ,? "',
    then: 'own-report' as const,
    example: 'Ines Okafor said the clinic had run out of vaccine, explaining, "The order was lost at the port in March."',
    counter: 'Ines Okafor said the clinic had run out of vaccine, explaining the delay to the parents.',
  },
]);

/**
 * "Tom Hale said the ferry was late and asked the port to refund him", "said X, arguing Y", "Voss issued a
 * statement saying ...": a verb that joins the frame before it (frame-links.ts: coordinated,
 * statementContent) and makes no claim of its own although its cue makes claims: one claim, the frame
 * before's. A claim verb joined by "and" ("said X and called Y a Z") makes its own claim unless it makes a
 * request or is a verb of expecting or believing ("said the firm was losing money and expected a loss").
 * Decided where the join is decided; the trace records it under this id on the joined cue (a row without a
 * pattern: the test is in code).
 */
export const ONE_CLAIM_WITH_PREVIOUS = {
  id: 'frame.one-claim-with-previous',
  example: 'Tom Hale said the ferry was late and asked the port to refund him.',
  counter: 'Tom Hale said the ferry was late and called the delay a disgrace.',
} as const;

/**
 * A cue whose frame found no source phrase (and no verb of saying to stand for an unknown one) makes no
 * frame: "Condemning the fees was easy." The row records the rejection; the capture is the cue.
 */
export const NO_SOURCE = table('attribution.no-source', 'cues', [
  {
    id: 'frame.no-source',
    match: '[.+]',
    then: 'no-source' as const,
    example: 'Condemning the ferry fees was easy.',
    counter: 'Ann Roe condemned the ferry fees.',
  },
]);
