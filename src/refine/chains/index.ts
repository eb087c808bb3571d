/**
 * Stage "chains": mentions and the chains they form. Named chains first (every actor, and every person
 * the name tags find), then every pronoun and definite description offered to the link rows
 * (src/rules/chains/links.ts) in text order: the first row that holds and finds an antecedent links it.
 * Each link is recorded in the trace under its row id (kind 'chain'), so --explain shows why "he" is
 * Mara Voss. Linear in tokens and mentions (searches are bounded).
 */
import type { Actor } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { holds } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/pattern.js';
import { LINK_LEXICONS, LINK_TABLE } from '../../rules/chains/links.js';
import { PRONOUN_FEATURES } from '../../rules/chains/features.js';
import { addActorNames, findPeople } from './people.js';
import { SEARCHES, type Scope } from './antecedents.js';
import { namedChains, type Subject } from './named.js';
import { makeHolder } from './holder.js';
import type { Clauses } from '../../extract/clauses/index.js';
import type { ChainMention, Chains, NameIndex } from './types.js';
import { lastStartingBefore, sentenceAt } from '../../parse/types.js';

export type { Chain, ChainMention, Chains, Gender, NameIndex } from './types.js';

const ENV: MatchEnv = { lexicons: LINK_LEXICONS };
const CANDIDATE_WORDS = new Set([...PRONOUN_FEATURES.keys(), ...[...LINK_LEXICONS.values()].flatMap((s) => [...s])]);

export function buildChains(doc: ParsedDoc, actors: readonly Actor[], clauses: Clauses = [], trace: Trace = NO_TRACE): Chains {
  const people = findPeople(doc);
  addActorNames(people, actors);
  const subjects = subjectHeads(doc, clauses);
  const { chains, byName, named, canonical, actorName } = namedChains(doc, people, actors, subjects);
  const names: NameIndex = { canonical, actorName, fullName: (w) => people.bySurname.get(w), titled: (t) => people.titles.get(t) ?? [] };
  const holder = makeHolder(doc, subjects, chains);
  const scope: Scope = { text: doc.text, sentence: (pos) => sentenceAt(doc, pos), names, actors, named, byName, canonical, holder, firstPerson: people.mentions[0]?.start ?? Infinity, linked: [], described: new Map(), quoted: (pos) => doc.tokens[lastStartingBefore(doc.tokens, pos + 1)]?.inQuote ?? false };
  const referring: ChainMention[] = [];
  const inside = covered(named);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (!CANDIDATE_WORDS.has(t.norm) || inside(t.start)) continue;
    const m = link(doc, i, scope, trace);
    if (m) referring.push(m);
  }
  const mentions = [...named, ...referring].sort((a, b) => a.start - b.start);
  const mentionAt = mentionLookup(mentions);
  return { mentions, named, chains, chainOf: (start, end) => mentionAt(start, end)?.chain ?? null, mentionAt, names };
}

/** Offer token i to the link rows; the mention (linked or not), or null when no row holds. */
function link(doc: ParsedDoc, i: number, scope: Scope, trace: Trace): ChainMention | null {
  const t = doc.tokens[i]!;
  const span = { first: i, end: i + 1 };
  const range = { first: doc.sentences[t.sentence]!.firstToken, end: doc.sentences[t.sentence]!.endToken };
  const features = PRONOUN_FEATURES.get(t.norm);
  const mention: ChainMention = {
    start: t.start, end: t.end, text: t.text, sentence: t.sentence, kind: features ? 'pronoun' : 'description',
    type: features?.type ?? null, gender: features?.gender ?? null, number: features?.number ?? null, subject: false, chain: null, rule: '',
  };
  let held = false;
  for (const row of LINK_TABLE.rows) {
    const match = holds(row, span, { doc, range, env: ENV });
    if (!match) continue;
    held = true;
    const chain = SEARCHES[row.then.by](scope, t.norm, t.start, row.then, match.first + 1);
    if (!chain) continue;
    mention.chain = chain;
    mention.rule = row.id;
    mention.type ??= chain.type;
    mention.pair = row.then.pair;
    chain.mentions.push(mention);
    if (features) joinPronoun(scope, mention, features.nominative);
    else scope.described.set(t.norm, mention);
    mention.subject = row.then.speaker ?? false;
    scope.linked.push(...(mention.subject ? [mention] : [])); // a subject description is an antecedent for the pronouns after it
    trace.add({ rule: row.id, stage: LINK_TABLE.stage, verdict: 'accept', start: t.start, end: t.end, kind: 'chain', text: `${t.text} = ${chain.name}` });
    return mention;
  }
  return held ? mention : null;
}

/** The clause layer's subjects per sentence: each head's offset and the phrase's offsets. */
function subjectHeads(doc: ParsedDoc, clauses: Clauses): Map<number, Subject[]> {
  const toks = doc.tokens;
  const out = new Map<number, Subject[]>();
  clauses.forEach((cs, s) => out.set(s, cs.flatMap((c) => (c.subject ? [{ head: toks[c.subject.head]!.start, start: toks[c.subject.first]!.start, end: toks[c.subject.end - 1]!.end }] : []))));
  return out;
}

/**
 * A linked pronoun is an antecedent for the pronouns after it ("She testified ... She told the court"):
 * a nominative one opening its sentence's mentions is the sentence's subject (the name after it is not),
 * and a person chain of unknown or guessed gender takes the pronoun's.
 */
function joinPronoun(scope: Scope, m: ChainMention, nominative: boolean): void {
  scope.linked.push(m);
  if (m.chain && m.gender !== null && (m.chain.gender === null || m.chain.guessed)) [m.chain.gender, m.chain.guessed] = [m.gender, false];
  if (!nominative) return;
  const k = lastStartingBefore(scope.named, m.start);
  const before = scope.named[k];
  m.subject = !(before && before.sentence === m.sentence && before.type === m.type);
  for (let j = k + 1; m.subject && j < scope.named.length && scope.named[j]!.sentence === m.sentence; j++) {
    if (scope.named[j]!.type === m.type) scope.named[j]!.subject = false;
  }
}

/** Is an offset inside one of the (sorted) named mentions? */
function covered(named: readonly ChainMention[]): (pos: number) => boolean {
  return (pos) => {
    const k = lastStartingBefore(named, pos + 1);
    for (let j = k; j >= 0 && j >= k - 4; j--) if (named[j]!.end > pos) return true;
    return false;
  };
}

/** The last mention overlapping [start, end) that has a chain. */
function mentionLookup(mentions: readonly ChainMention[]): (start: number, end: number) => ChainMention | null {
  return (start, end) => {
    for (let k = lastStartingBefore(mentions, end); k >= 0 && mentions[k]!.end > start - 200; k--) {
      const m = mentions[k]!;
      if (m.end > start && m.chain) return m;
    }
    return null;
  };
}
