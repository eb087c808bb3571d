/** An attribution cue found in a sentence (shared by cue spotting, its guards and the frames). */
export type CueKind = 'verb' | 'credit' | 'noun';

export interface Cue {
  kind: CueKind;
  rule: string;
  claim: boolean;
  /** a verb of saying: a claim even when its subject is unknown */
  speech: boolean;
  /** token range [first, end) of the cue words */
  first: number;
  end: number;
}

