/**
 * Another name for the actor just named (DATA ONLY): "X (born 1986), better known as Y", "the Islamic
 * State, also known as ISIS or ISIL". The capture is the later name; `then` says where the name it
 * joins stands: right before the cue (`before-cue`: only a comma and bracketed asides between them) or
 * right before the capture in a list of such names (`listed`: "also known as Y and Z"), or right before
 * the bracket that opens with the cue (`bracket`: "Mara Vess (born Mara Quell; 1986)").
 * Applied by src/extract/actors/known-as.ts.
 */
import { type Rule, table } from '../../engine/rule.js';
import { wordRows, type WordRow } from './types.js';

export type AliasThen = 'before-cue' | 'listed' | 'bracket';

export const ALIAS_ROWS: readonly Rule<AliasThen>[] = [
  {
    id: 'actors.alias.known-as', match: '%known-adverb% known (as|by (his|her|its|their) %alias-noun%+ as?) the? [@cap .*]', then: 'before-cue',
    example: 'Mara Quell (born 1986), better known by her pen name Mara Vess, wrote plays. Vess died in 2020.',
    counter: 'Mara Quell (born 1986), better known for her plays, met Ana Vess. Vess died in 2020.',
    note: 'the same actor under a second name: one actor per participant',
  },
  {
    id: 'actors.alias.known-as-list', match: '%known-adverb% known as the? @cap+ (and|or) the? [@cap .*]', then: 'listed',
    example: 'The Doeland Front, also known as the DF or Quell Army, said it would fight.',
    counter: 'The Doeland Front, also known as the DF, met the Quell Army, which said it would fight.',
    note: 'each further name of the list joins the name before it, which the first row joined',
  },
  {
    id: 'actors.alias.pen-name-of', match: '(was|is) (the|a|her|his|its) %alias-noun%+ (of|for) (the|a)? (.? (%person-noun%|#Actor))? [.+]', then: 'before-cue',
    example: 'Sela Orvik (1901 - 1958) was a pen name of the author Mara Quell, who wrote songs.',
    counter: 'Ichiko Vess (1872 - 1896) was a friend of the author Mara Quell, who wrote plays.',
  },
  {
    id: 'actors.alias.born-as', match: '(born|née|nee) [@cap .*]', then: 'bracket',
    example: 'Mara Vess (born Mara Quell; 1986) is a writer.',
    counter: 'Mara Vess (born in Kells in 1986) met Ana Quell, a writer.',
  },
];

export const ALIAS_TABLE = table<AliasThen>('actors.alias', 'actors', ALIAS_ROWS);

/**
 * What may stand between the earlier name and where the row's match starts (`before-cue`, `bracket`; asides
 * in brackets removed first), or between two listed names (`listed`: from the earlier name to the capture).
 */
export const ALIAS_GAPS: Readonly<Record<AliasThen, { gap: RegExp; fromCue: boolean }>> = {
  'before-cue': { gap: /^\s*,?\s*$/u, fromCue: true },
  listed: { gap: /^\s*(?:,|,?\s*(?:and|or))\s*(?:the\s+)?$/u, fromCue: false },
  bracket: { gap: /^\s*\(\s*$/u, fromCue: true },
};

/** Asides skipped between a name and its cue: dates in brackets, reference marks ("(born 1986 [1] [2])"). */
export const ALIAS_ASIDES = /\([^()]{0,200}\)|\[[^\]]{0,20}\]/gu;

/** Adverbs of "known as" that introduce another name ("also known as", "better known as"). */
export const KNOWN_ADVERBS: readonly WordRow[] = wordRows('known-adverb', 'also better otherwise popularly commonly formerly affectionately simply', 'also known as');

/** What a second name is called ("better known by her pen name X"). */
export const ALIAS_NOUNS: readonly WordRow[] = wordRows('alias-noun', 'pseudonym pen name stage nickname moniker alias acronym abbreviation initials', 'better known by her pseudonym X');
