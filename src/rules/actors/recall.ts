/**
 * Recall evidence (DATA ONLY): chain rows that type a chain of default-typed mentions as a person or an
 * organization from the words around one of its mentions (appended to CHAIN_ROWS in evidence.ts, so they
 * run after its rows). `%name%` word sets below; `@name` predicates: src/extract/actors/evidence.ts.
 */
import type { Rule } from '../../engine/rule.js';
import type { ActorType } from '../../schema/doc.js';
import { wordRows, type Basis, type WordRow } from './types.js';

interface ChainThen {
  type: ActorType;
  basis: Basis;
  alias?: boolean;
}

const person: ChainThen = { type: 'person', basis: 'shape' };
const org: ChainThen = { type: 'organization', basis: 'shape' };
/** The words the row matched, the name among them, are a longer form of it ("Varkosh rebels", "the rebel group Varkosh"). */
const orgAlias: ChainThen = { ...org, alias: true };

export const RECALL_CHAIN_ROWS: readonly Rule<ChainThen>[] = [
  {
    id: 'actors.unknown.quoted-author', match: '(%saying-noun% (from|by|of)|attributed to) [.+]', unless: ['[.+] @poss'], then: person,
    example: 'There is a famous line attributed to Quaspel about luck.',
    counter: 'There is a wonderful view from Quaspel over the bay.',
    note: 'the author of a quotation is a person ("a quote from Virgil", "the line of Vergil")',
  },
  {
    id: 'actors.unknown.self-named', match: '(name is|name was|named me) [.+]', then: person,
    example: 'People stop me and say, "Hi Dana, my name is Quaspel," and I nod.',
    counter: 'The name is Quaspel Bay on the old maps.',
  },
  {
    id: 'actors.unknown.with-me', match: '(me|i) and [.+]', unless: ['[(#Place|#Organization|#Pronoun)]'], then: person,
    example: 'Stone Arrow Gaming is basically me and Quaspel.',
    counter: 'Stone Arrow Gaming is basically me in Quaspel.',
    note: 'a name joined to the speaker ("me and Priya", "Tomas and I")',
  },
  {
    id: 'actors.unknown.and-me', match: '[.+] and i #Verb', unless: ['[(#Place|#Organization|#Pronoun)]'], then: person,
    example: 'Later Quaspel and I built it together.',
    counter: 'Later Quaspel and Harlow built it together.',
  },
  {
    id: 'actors.unknown.team', match: '[.* @teamWord]', unless: ['[.+] of'], then: org,
    example: 'He began the season against the Marauders before his injury.',
    counter: 'He began the day at the Marauders exhibit before his lunch.',
    note: 'a capitalized plural in a sentence about a season, a league or a game is a team',
  },
  {
    id: 'actors.unknown.armed-members', match: '[.+] %armed-noun%', unless: ['[.+] %armed-noun% (of|from)'], then: orgAlias,
    example: 'Villagers fled when Varkosh rebels shelled the road.',
    counter: 'Villagers fled when rebels shelled the Varkosh road.',
    note: 'a name before the word for its fighters ("X rebels", "X militias", "X fighters") names an armed group or movement',
  },
  {
    id: 'actors.unknown.armed-group', match: '%armed-kind% %group-noun% [.+]', then: orgAlias,
    example: 'The attack was blamed on the rebel group Varkosh by the army.',
    counter: 'The attack was blamed on the rebel group in Varkosh by the army.',
    note: 'the group named after its kind ("the rebel group X", "militant group X")',
  },
  {
    id: 'actors.unknown.has-acted', match: '[.+] (has|have|had) %act-verb%', then: org,
    example: 'The Ardwell Front have claimed the attack on the depot.',
    counter: 'The Ardwell Front in Kells has been quiet for a year.',
    note: 'a name that did something a body does, with an auxiliary between ("X have claimed responsibility", "X has announced")',
  },
  {
    id: 'actors.unknown.team-noun', match: '[.+] (team|squad|club)', unless: ['[.+] (team|squad|club) (of|for)'], then: org,
    example: 'We went to Kells as the Quaspel Gliders team that year.',
    counter: 'We went to Kells as the Quaspel Gliders and the team followed.',
  },
];

/** Nouns for what someone said or wrote: "a quote from X", "the line of X". */
export const SAYING_NOUNS: readonly WordRow[] = wordRows('saying-noun', 'quote quotes quotation quotations saying sayings maxim aphorism verse verses words', 'a quote from Quaspel');

/** Words of a sentence about sport: a capitalized plural in it names a team ("the season with the Doeville Marauders"). */
export const SPORT_WORDS: readonly WordRow[] = wordRows(
  'sport-word',
  'season seasons league leagues game games match matches affiliate affiliates playoff playoffs championship tournament inning innings pitcher roster draft drafted traded coach franchise stadium baseball football basketball hockey soccer cricket rugby fan fans loss defeat',
  'the season with the Doeville Marauders',
);

/** Words for the fighters of an armed group, right after its name ("Varkosh rebels", "the Tolvenna militias"). */
export const ARMED_NOUNS: readonly WordRow[] = wordRows('armed-noun', 'rebel rebels militant militants militia militias militiamen fighters insurgents insurgent guerrillas guerrilla jihadists paramilitaries', 'Varkosh rebels shelled the road');

/** Kinds of armed or political group before "group"/"movement" and its name ("the rebel group Varkosh"). */
export const ARMED_KINDS: readonly WordRow[] = wordRows('armed-kind', 'rebel rebels militant armed insurgent jihadist extremist terrorist separatist paramilitary guerrilla', 'the rebel group Varkosh');

/** Nouns for a group after its kind ("the rebel group Varkosh", "the separatist movement Tolvenna Front"). */
export const GROUP_NOUNS: readonly WordRow[] = wordRows('group-noun', 'group coalition movement organization organisation faction alliance', 'the rebel group Varkosh');
