/**
 * What a third-person pronoun says of its antecedent (DATA ONLY): type, gender, number. First and
 * second person ("I", "we", "you") refer to the speaker or the reader, never to a named participant.
 */
import type { ActorType } from '../../schema/doc.js';
import { FEMALE_HONORIFICS, MALE_HONORIFICS, ROLE_NOUNS, TITLE_WORDS, set } from '../attribution/sources.js';

/**
 * Titles of office the attribution lexicons (TITLE_WORDS) lack, common in news of any beat: clergy and police
 * ("archbishop Paul Vidal" ... "the archbishop said"). A person's title words are these and TITLE_WORDS.
 * "coach", "commander" and "inspector" are in TITLE_WORDS too, but PERSON_TITLES (below) reads this set with
 * ROLE_NOUNS, which lacks them: they stay here so "Inspector X ... the inspector said" keeps its person.
 */
export const MORE_TITLES: ReadonlySet<string> = set(`
  archbishop bishop cardinal pastor priest rabbi imam cleric patriarch monsignor
  sheriff inspector detective superintendent constable commander coach
`);
export const PERSON_TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...MORE_TITLES]);

export interface Features {
  type: ActorType | null;
  gender: 'm' | 'f' | null;
  number: 'sg' | 'pl';
  /** nominative: the pronoun can be a clause's subject ("he said"), not "him", "his" */
  nominative: boolean;
}

const M: Features = { type: 'person', gender: 'm', number: 'sg', nominative: false };
const F: Features = { type: 'person', gender: 'f', number: 'sg', nominative: false };
const N: Features = { type: null, gender: null, number: 'sg', nominative: false };
const PL: Features = { type: null, gender: null, number: 'pl', nominative: false };
const nom = (f: Features): Features => ({ ...f, nominative: true });

export const PRONOUN_FEATURES: ReadonlyMap<string, Features> = new Map([
  ['he', nom(M)], ['him', M], ['his', M], ['himself', M],
  ['she', nom(F)], ['her', F], ['hers', F], ['herself', F],
  ['it', nom(N)], ['its', N], ['itself', N],
  ['they', nom(PL)], ['them', PL], ['their', PL], ['theirs', PL], ['themselves', PL],
]);

/** Abbreviated titles and the role noun a later description uses: "Sen. Tom Reyes" ... "the senator". */
export const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['sen.', 'senator'], ['gov', 'governor'], ['gov.', 'governor'], ['gen', 'general'], ['gen.', 'general'],
  ['rep', 'congressman'], ['rep.', 'congressman'], ['pres', 'president'], ['pres.', 'president'], ['atty', 'attorney'], ['atty.', 'attorney'],
  ['congresswoman', 'congressman'], ['chairwoman', 'chairman'], ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'],
]);

/**
 * Further role nouns a title gives its holder: a head of state or government is "the leader" too
 * ("Avalonian Prime Minister Tom Reyes" ... "the Avalonian leader said").
 */
export const TITLE_ALSO: ReadonlyMap<string, readonly string[]> = new Map(
  [...set('president premier chancellor prime king queen emperor')].map((w): [string, readonly string[]] => [w, ['leader']]),
);

/** The gender a person head word states ("the spokeswoman for the ministry ... she"); other heads say none. */
export const HEAD_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[...set('spokeswoman chairwoman congresswoman councilwoman assemblywoman businesswoman anchorwoman policewoman sportswoman')].map((w): [string, 'f'] => [w, 'f']),
  ...[...set('spokesman chairman congressman councilman assemblyman businessman anchorman policeman sportsman')].map((w): [string, 'm'] => [w, 'm']),
]);

/** The gender an honorific states: "Mr.", "Sir" -> m; "Ms.", "Dame" -> f. */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[...MALE_HONORIFICS].map((w): [string, 'm'] => [w, 'm']),
  ...[...FEMALE_HONORIFICS].map((w): [string, 'f'] => [w, 'f']),
]);

/** Titles that make a capitalized run a person's name even without a name tag: role nouns and "Mr.", "Dr.", "Sen.", "Rep.", "Gov.". */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS, ...MORE_TITLES, ...['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov'].flatMap((w) => [w, `${w}.`]),
]);

/** Words that end a body's name and never a person's ("Justice Department", "Health Ministry"): a titled run ending so is no person. */
export const BODY_NAME_ENDS: ReadonlySet<string> = new Set(`
  department ministry agency bureau committee commission council authority administration government parliament
  institute university association federation
`.trim().split(/\s+/u));

