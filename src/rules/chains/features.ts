/**
 * What a third-person pronoun says of its antecedent (DATA ONLY): type, gender, number. First and
 * second person ("I", "we", "you") refer to the speaker or the reader, never to a named participant.
 */
import type { ActorType } from '../../schema/doc.js';

export interface Features {
  type: ActorType | null;
  gender: 'm' | 'f' | null;
  number: 'sg' | 'pl';
}

const M: Features = { type: 'person', gender: 'm', number: 'sg' };
const F: Features = { type: 'person', gender: 'f', number: 'sg' };
const N: Features = { type: null, gender: null, number: 'sg' };
const PL: Features = { type: null, gender: null, number: 'pl' };

export const PRONOUN_FEATURES: ReadonlyMap<string, Features> = new Map([
  ['he', M], ['him', M], ['his', M], ['himself', M],
  ['she', F], ['her', F], ['hers', F], ['herself', F],
  ['it', N], ['its', N], ['itself', N],
  ['they', PL], ['them', PL], ['their', PL], ['theirs', PL], ['themselves', PL],
]);

/** Abbreviated titles and the role noun a later description uses: "Sen. Tom Reyes" ... "the senator". */
export const TITLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['sen.', 'senator'], ['gov', 'governor'], ['gov.', 'governor'], ['gen', 'general'], ['gen.', 'general'],
  ['rep', 'congressman'], ['rep.', 'congressman'], ['pres', 'president'], ['pres.', 'president'], ['atty', 'attorney'], ['atty.', 'attorney'],
  ['congresswoman', 'congressman'], ['chairwoman', 'chairman'], ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'],
]);
