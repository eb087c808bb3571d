/** Row types of the actor lexicons (DATA ONLY). Every row has an `id` and an `example`. */
import type { ActorType } from '../../schema/doc.js';

/** A named entity known in advance: a country, an outlet, a government body. */
export interface EntityRow {
  id: string;
  /** canonical name (the fullest usual form) */
  name: string;
  type: ActorType;
  /** other surface forms that name the same actor (short forms, abbreviations) */
  aliases: string[];
  example: string;
  /**
   * short forms other outlets share ("the Times": The New York Times, The Times of London): they name this
   * one only in an article that also uses its name or an alias of its own (src/extract/actors/shared-alias.ts)
   */
  shared?: string[];
}

/** A country: its names, and the words that stand for its government. */
export interface CountryRow {
  id: string;
  name: string;
  aliases: string[];
  /** capital cities, used as metonyms for the government ("Beijing said") */
  capitals: string[];
  /** demonyms: "the Chinese government" names the country */
  demonyms: string[];
  example: string;
}

/** A title or role word that may precede a name or head an appositive. */
export interface TitleRow {
  id: string;
  /** the words of the title, lower case ("treasury secretary", "sen.") */
  title: string;
  /** a title that alone makes the following name a person */
  person: boolean;
  gender?: 'male' | 'female';
  /** the plural of a multi-word title, written out ("prime ministers"); none where the plural is not the title's */
  plural?: string;
  example: string;
}

/** A word or phrase pattern: a suffix, a cue, a stop word. */
export interface WordRow {
  id: string;
  word: string;
  example: string;
}

/** A seat that stands for an actor when it acts ("Brussels said" = the European Union). */
export interface SeatRow {
  id: string;
  /** the place name as written */
  seat: string;
  /** the actor it stands for: a lexicon key ("organization:eu", "country:uk") */
  key: string;
  example: string;
}

/** A short or variant form of a title and the office it names ("sen." -> "senator"). */
export interface TitleFormRow {
  id: string;
  form: string;
  office: string;
  example: string;
}

/** Rows from a space-separated word list ("new_york" is "new york"): one row per word, ids `${id}:${word}`. */
export const wordRows = (id: string, list: string, example: string): WordRow[] =>
  list.split(' ').map((word) => ({ id: `${id}:${word}`, word: word.replace(/_/g, ' '), example }));

/**
 * What a mention rests on, for the passes after scanning (merging, evidence, naming) to read instead of
 * its rule id: `guess` (typed by default), `shape` (typed by the shape of its name alone), `tags`
 * (compromise's person tags), `tagged` (its place or organization tags), `list` (a person by being listed beside one), `suffix` (an institution or
 * outlet word ends it), `show` (a show title), `seat` / `capital` (a lexicon seat or capital), `relative`
 * (a person found as another's relative), `repeat` (a later repeat of a name), `role-noun` ("the company"), `other` (anything else).
 */
export type Basis = 'guess' | 'shape' | 'tags' | 'tagged' | 'list' | 'suffix' | 'show' | 'seat' | 'capital' | 'relative' | 'repeat' | 'role-noun' | 'other';
