/**
 * One actor per participant: a name introduced as another name of the actor just named ("X (born 1986),
 * better known as Y"; "the Islamic State, also known as ISIS or ISIL") joins that actor's group. The rows
 * (ALIAS_TABLE, src/rules/actors/aliases.ts) find the later name; the name it joins is the mention right
 * before the cue with only a comma and bracketed asides between them, or, in a list, the name before it.
 */
import { decide, sentenceRange } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/pattern.js';
import type { Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { ALIAS_ASIDES, ALIAS_GAPS, ALIAS_NOUNS, ALIAS_TABLE, KNOWN_ADVERBS } from '../../rules/actors/aliases.js';
import { PERSON_NOUNS } from '../../rules/actors/evidence.js';
import type { WordRow } from '../../rules/actors/types.js';
import { addMember, type Group } from './group.js';
import type { Candidate, Word } from './types.js';

const set = (rows: readonly WordRow[]): ReadonlySet<string> => new Set(rows.flatMap((r) => r.word.split(' ')));
const ENV: MatchEnv = { lexicons: new Map([['known-adverb', set(KNOWN_ADVERBS)], ['alias-noun', set(ALIAS_NOUNS)], ['person-noun', set(PERSON_NOUNS)]]) };

export function mergeKnownAs(doc: ParsedDoc, words: readonly Word[], groups: Group[], trace: Trace): void {
  const owner = new Map<Candidate, Group>(groups.flatMap((g) => g.members.map((m) => [m, g] as const)));
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  const into = new Map<Group, Group>();
  const find = (g: Group): Group => {
    const host = into.get(g);
    return host ? find(host) : g;
  };
  mentions.forEach((m, k) => {
    const sentence = words[m.from]!.sentence;
    const cx = { doc, range: sentenceRange(doc, sentence), env: ENV, trace, kind: 'actor' };
    const d = decide(ALIAS_TABLE, { first: words[m.from]!.token, end: words[m.to - 1]!.token + 1 }, cx);
    const prev = d ? mentions.slice(0, k).reverse().find((p) => find(owner.get(p)!) !== find(owner.get(m)!)) : undefined;
    const how = d ? ALIAS_GAPS[d.value] : null;
    const cue = how?.fromCue ? doc.tokens[d!.match.first]!.start : m.start;
    const gap = prev && words[prev.from]!.sentence === sentence ? doc.text.slice(prev.end, cue).replace(ALIAS_ASIDES, '') : null;
    for (const _ of gap !== null && how!.gap.test(gap) ? [0] : []) join(find(owner.get(prev!)!), find(owner.get(m)!), into);
  });
  groups.splice(0, groups.length, ...groups.filter((g) => into.get(g) === undefined));
}

function join(host: Group, g: Group, into: Map<Group, Group>): void {
  for (const m of g.members) addMember(host, m);
  host.sure ||= g.sure;
  into.set(g, host);
}
