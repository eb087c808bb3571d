/**
 * The clause layer's result (read by attribution): per sentence, every verb group and the noun phrase
 * that is its subject. Token indices into `doc.tokens`; ranges are [first, end).
 */

/** A token range with its head token (the verb of a verb group, the head noun or name of a phrase). */
export interface Headed {
  first: number;
  end: number;
  head: number;
}

/**
 * Where the subject stands relative to its verb group:
 * - before: "Ann Roe, who chairs the panel, said" (asides skipped)
 * - inverted: '"...," said spokesman Josh Patel' / "said the agency's director, Ann Roe"
 * - participle: ", saying ..." (the subject of the clause it hangs on)
 * - absolute: "with spokesman Dan Reyes saying"
 * - coordinated: "... and then said" (the subject of the main clause)
 */
export type { SubjectOrder } from '../../rules/clauses/rows.js';
import type { SubjectOrder } from '../../rules/clauses/rows.js';

/**
 * How a subject was found: the phrase right before the verb (adjacent), in the comma piece before it
 * (comma-piece), behind skipped asides (behind-aside), an appositive name after a description
 * (appositive-name), a relative pronoun's antecedent (relative), a phrase with its reduced relative clause (reduced: "the experts I asked"), after the verb (inverted, inverted-
 * appositive), the main clause's (participle, coordinated), in an absolute clause (absolute); none.
 */
export type SubjectVia = 'adjacent' | 'coordinated' | 'reduced' | 'comma-piece' | 'behind-aside' | 'appositive-name' | 'relative' | 'inverted' | 'inverted-appositive' | 'participle' | 'absolute' | 'none';

export interface Clause {
  sentence: number;
  /** the verb group ("has repeatedly said", "tried to argue", "went on to say"); head: its last verb */
  verb: Headed;
  /** the subject phrase, its head the word that says who (a name's last word, else the head noun); null: none found */
  subject: Headed | null;
  /**
   * the first token of the subject's whole phrase: the description an appositive name follows ("[the
   * agency's director], Ann Roe, said"), else the subject's first token; null: no subject. Before the verb,
   * the subject's clause starts here (its asides run on to the verb).
   */
  phraseStart: number | null;
  order: SubjectOrder;
  /** a participle that reports the statement or filing its main clause issued ("issued a statement [saying]", "filed a lawsuit in May [alleging]"): rows valued 'issued' of clauses.order */
  issued: boolean;
  /** how the subject was found (recorded in the trace as `clause.subject.<via>`) */
  via: SubjectVia;
}

/** The clauses of every sentence, indexed by sentence. */
export type Clauses = ReadonlyArray<readonly Clause[]>;
