/** Internal types of the actors extractor. */
import type { TraceEvent } from '../../engine/trace.js';
import type { ActorType } from '../../schema/doc.js';
import type { Basis } from '../../rules/actors/types.js';

export type { Basis };

/** A word: a token split at hyphens, without its possessive ending. Offsets into the input. */
export interface Word {
  i: number;
  /** index of the parsed token this word is (part of) */
  token: number;
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  tags: ReadonlySet<string>;
  /** starts with a capital (or is CamelCase like "eBay") */
  cap: boolean;
  /** the token ended in 's / ’s / s' */
  poss: boolean;
  /** first word of a sentence, or right after an opening quote, bracket or colon */
  first: boolean;
  /** in a headline paragraph */
  headline: boolean;
  /** inside a quoted title ("Face the Nation") */
  title: boolean;
  /** the previous word was joined to this one by a hyphen */
  hyphen: boolean;
  /** in a paragraph that speaks of sport (sport.ts) */
  sport: boolean;
  /** a month word that is a surname here ("Teodora May": rows of actors.month-surname) */
  monthSurname: boolean;
}


/** One proposed mention of an actor, before merging. */
export interface Candidate {
  /** word range [from, to) */
  from: number;
  to: number;
  /** character offsets of the mention */
  start: number;
  end: number;
  text: string;
  type: ActorType;
  rule: string;
  basis: Basis;
  /** lexicon key ("country:us", "media:nyt") when the lexicon named it */
  key: string | null;
  /** canonical name from the lexicon, if any */
  canonical: string | null;
  role: string | null;
  /** is a person name (words as written), used for surname merging */
  person: boolean;
  gender: 'male' | 'female' | null;
  /** false when the type is only a default guess */
  sure: boolean;
  /** the name with its title as written ("Treasury Secretary Jane Doe"), for titled persons */
  titled: string | null;
  /** a short form other outlets share ("the Times"): whose it is, shared-alias.ts decides */
  shared?: true | undefined;
  /** "Tomas and Mara Quaspel": the surname a lone given name shares with the name after "and" (shared.ts) */
  sharedSurname?: string;
  /** the trace events of the typing decision, recorded once the mention's final rule is known */
  typing?: readonly TraceEvent[];
}
