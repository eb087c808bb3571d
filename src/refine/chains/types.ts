/**
 * The chains stage's output: every mention of a participant (a name) and every expression that can
 * refer to one (a pronoun, a definite description), each with type, gender and number, and the chains
 * they are linked into. Actors are the named chains; people the name tags find but the actor list
 * lacks are chains too (type person, no actor).
 */
import type { Actor, ActorType } from '../../schema/doc.js';

export type Gender = 'm' | 'f' | null;
export type MentionKind = 'name' | 'pronoun' | 'description';

export interface ChainMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  kind: MentionKind;
  /** what it can refer to: a type, or null when the word does not say */
  type: ActorType | null;
  gender: Gender;
  number: 'sg' | 'pl' | null;
  /** a name that is the first of its kind (person / other) in its sentence: a likely subject */
  subject: boolean;
  /** a name in a sentence whose clause subjects (the clause layer) are other words: no subject ("Speaking to Ann Roe, he said") */
  object?: boolean;
  /** a description that stands for a pair named before ("both officers" after "Tom Quill and Dan Rook") */
  pair?: boolean;
  /** the chain it belongs to, null when no row linked it */
  chain: Chain | null;
  /** the rule that made it a mention of its chain: the actor mention's rule, or a chains.link row */
  rule: string;
}

export interface Chain {
  /** the canonical name: the actor's name, else the fullest form of the person's name */
  name: string;
  type: ActorType;
  gender: Gender;
  /** its gender is a first name's guess ("Nikita" tagged female): no honorific or linked pronoun said it */
  guessed: boolean;
  /** the actor it stands for, null for a person only the name tags found or a role no name was given for */
  actor: Actor | null;
  /** a role no name was given for ("the mayor of Dunmore"), named by its phrase: the chains.link.holder row made it */
  holder?: boolean;
  mentions: ChainMention[];
}

export interface Chains {
  /** every mention, named and referring, in text order */
  mentions: ChainMention[];
  /** the named mentions (actors' mentions and the names the tags found), in text order */
  named: readonly ChainMention[];
  chains: Chain[];
  /** the chain of the last mention overlapping [start, end) that has one (the head of a phrase), or null */
  chainOf(start: number, end: number): Chain | null;
  /** the last mention overlapping [start, end) that has a chain (its rule says which row linked it), or null */
  mentionAt(start: number, end: number): ChainMention | null;
  /** name look-ups over the chains' names: name cleaning reads them */
  names: NameIndex;
}

/** Look-ups over the chains' names: the one name-form map (src/refine/chains/named.ts). */
export interface NameIndex {
  /** the canonical name of a name form: the actor's name for its name or an alias, else the form itself */
  canonical(name: string): string;
  /** the actor's name for one of its names or aliases (case, "the" and curly apostrophes aside), or undefined */
  actorName(form: string): string | undefined;
  /** the full name a person's surname (lower case) stands for in this text, or undefined */
  fullName(surname: string): string | undefined;
  /** each person a title word introduced, [offset, full name] in text order */
  titled(title: string): ReadonlyArray<readonly [number, string]>;
}
