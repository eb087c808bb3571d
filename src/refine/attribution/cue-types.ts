/** An attribution cue found in a sentence (shared by cue spotting, its guards and the frames). */
export type CueKind = 'verb' | 'credit' | 'noun';

export interface Cue {
  kind: CueKind;
  rule: string;
  claim: boolean;
  /** a verb of saying: a claim even when its subject is unknown */
  speech: boolean;
  /** a plain verb of saying ("said", "told"): other reports may sit inside its content */
  plain: boolean;
  /** its participle after a report adds a claim of its own (", adding that", ", noting that") */
  continues: boolean;
  /** its participle may name the report's source, not a content (", citing two aides") */
  cites: boolean;
  /** a credit that stands without a named source ("according to a person familiar with ...") */
  bare: boolean;
  /** a verb that names its hearer as its object ("told the Ledger"): an outlet may be that hearer */
  addressee: boolean;
  /** a verb naming the statement its subject issued ("issued a statement"): a participle right after it reports that statement */
  document: boolean;
  /** a verb of expecting or believing: joined by "and" to a plain report it makes no report of its own (VerbCue.stance) */
  stance: boolean;
  /** token range [first, end) of the cue words */
  first: number;
  end: number;
}

