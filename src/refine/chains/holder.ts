/**
 * A role no name was given for is a participant of its own: "A spokesman for the city council said ...
 * 'We will not give up,' he said" -> the spokesman for the city council. The link row chains.link.holder
 * offers a role after "a" that heads a clause's subject (the clause layer); its chain is named by the
 * subject phrase, the article dropped, through the first comma ("a spokesman for the council, who ...,").
 */
import { lastStartingBefore, type ParsedDoc } from '../../parse/types.js';
import { HEAD_GENDER } from '../../rules/chains/features.js';
import { spanDescription } from '../attribution/describe.js';
import { isBoundary } from '../attribution/tokens.js';
import type { Subject } from './named.js';
import type { Chain } from './types.js';

/** The chain of the role headed at offset `pos` (its phrase from token `from`), or null when it heads no clause subject. */
export type HolderFinder = (pos: number, head: string, from: number) => Chain | null;

export function makeHolder(doc: ParsedDoc, subjects: ReadonlyMap<number, readonly Subject[]>, chains: Chain[]): HolderFinder {
  const toks = doc.tokens;
  const holder = (name: string, head: string): Chain => {
    const chain: Chain = { name, type: 'person', gender: HEAD_GENDER.get(head) ?? null, guessed: false, actor: null, mentions: [], holder: true };
    chains.push(chain);
    return chain;
  };
  return (pos, head, from) => {
    const k = lastStartingBefore(toks, pos + 1);
    const subject = subjects.get(toks[k]!.sentence)?.find((x) => x.head === pos);
    let last = k;
    while (subject && last + 1 < toks.length && toks[last + 1]!.end <= subject.end && !isBoundary(doc, toks[last]!, toks[last + 1]!)) last++;
    return subject ? holder(spanDescription(doc, toks[from]!, toks[last]!).text, head) : null;
  };
}
