/**
 * Sport: a sport word (SPORT_WORDS, src/rules/actors/recall.ts) in a sentence or a paragraph makes a
 * capitalized plural there a team's name ("the Doeville Marauders"). The paragraphs about sport are read
 * once per document, when the actors stage builds its words (Word.sport).
 */
import { compile, matchIn, type MatchEnv, type TokenRange } from '../../engine/pattern.js';
import type { ParsedDoc } from '../../parse/types.js';
import { SPORT_WORDS } from '../../rules/actors/recall.js';

const SPORT = compile('%sport-word%');
const SPORT_ENV: MatchEnv = { lexicons: new Map([['sport-word', new Set(SPORT_WORDS.map((r) => r.word))]]) };

/** Does a sport word stand in the token range (a sentence, a paragraph)? */
export const sportIn = (d: ParsedDoc, range: TokenRange): boolean => matchIn(d, SPORT, range, SPORT_ENV).length > 0;

/** The indexes of the paragraphs that speak of sport. */
export function sportParagraphs(d: ParsedDoc): ReadonlySet<number> {
  const range = (first: number, end: number): TokenRange => ({ first: d.sentences[first]!.firstToken, end: d.sentences[end - 1]!.endToken });
  return new Set(d.paragraphs.filter((p) => p.endSentence > p.firstSentence && sportIn(d, range(p.firstSentence, p.endSentence))).map((p) => p.index));
}
