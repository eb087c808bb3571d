/**
 * Chains without evidence are not actors (issue 16). Evidence from a name's own shape (a first name,
 * initials, words that are no common English words, a brand's inner capital)
 * is tested here for the typing rows (src/rules/actors/typing.ts); evidence from any mention of a chain
 * whose mentions were all typed by default is the chain table (CHAIN_TABLE in src/rules/actors/evidence.ts):
 * the first row that holds for one of its mentions types the chain, else the chain is dropped.
 */
import { decide, type Decision, sentenceRange } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/pattern.js';
import type { TokenPredicate } from '../../engine/predicates.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import type { ParsedDoc } from '../../parse/types.js';
import { ACQUIRE_VERBS, ACT_VERBS, CHAIN_TABLE, type ChainThen, KIN_NOUNS, OWNED_NOUNS, PERSON_NOUNS, ROLE_LINKS, STAFF_NOUNS } from '../../rules/actors/evidence.js';
import { ARMED_KINDS, ARMED_NOUNS, GROUP_NOUNS, SAYING_NOUNS } from '../../rules/actors/recall.js';
import { sportIn } from './sport.js';
import { TITLES } from '../../rules/actors/titles.js';
import type { WordRow } from '../../rules/actors/types.js';
import { commonWord, firstNameGender } from './english.js';
import { removeGroups, type Group } from './group.js';
import type { Candidate, Word } from './types.js';
import { bare, NAME_HEAD } from './wordsets.js';

type Span = Pick<Candidate, 'from' | 'to' | 'start' | 'end'>;

const set = (rows: readonly WordRow[]): ReadonlySet<string> => new Set(rows.map((r) => r.word));
const ACT_VERB = set(ACT_VERBS);
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O')/u;
const INITIAL = /^\p{Lu}\.$/u;
const HEAD = (w: Word): boolean => NAME_HEAD.has(bare(w));
const span = (words: readonly Word[], a: number, b: number): Span => ({ from: a, to: b, start: words[a]!.start, end: words[b - 1]!.end });

/** Tests of the run [m.from, m.to) by name; the typing rows and the chain rows name them. */
const TESTS: Record<string, (text: string, words: readonly Word[], m: Span) => boolean> = {
  /** "Leonhard Quaspel": two to four words, the first a known first name, the last no institution head, not both common words. */
  firstName: (_t, words, m) => {
    const ws = words.slice(m.from, m.to);
    const [first, last] = [ws[0]!, ws.at(-1)!];
    if (ws.length < 2 || ws.length > 4 || firstNameGender(first.text) === null || HEAD(last) || !/^\p{Lu}\p{Ll}/u.test(last.text)) return false;
    return !(commonWord(first.text) && commonWord(last.text));
  },
  /** "W. T. Quaspel": initials before a capitalized word. */
  initials: (_t, words, m) => {
    const ws = words.slice(m.from, m.to);
    return ws.length >= 2 && INITIAL.test(ws[0]!.text) && /^\p{Lu}\p{Ll}/u.test(ws.at(-1)!.text) && !HEAD(ws.at(-1)!);
  },
  /** "Veszko Tarnavik", "Ngata Oru Tavake Lomu": two to four words, none of them a common English word. */
  foreignName: (_t, words, m) => {
    const ws = words.slice(m.from, m.to);
    return ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !commonWord(w.text));
  },
  /** "ZentraPay", "WeChat": a brand written with an inner capital (not a Mc/Mac/De/O' surname). */
  camelCase: (_t, words, m) => words.slice(m.from, m.to).some((w) => CAMEL.test(w.text) && !NAME_PREFIX.test(w.text)),
};

/** Does the named test hold for the run [a, b)? */
export function evidenceTest(name: string, text: string, words: readonly Word[], a: number, b: number): boolean {
  return TESTS[name]!(text, words, span(words, a, b));
}

/** Mention a right before mention b, with only ", ", " and " or " & " between them. */
const LINK_GAP = 6;

function linked(text: string, a: Span, b: Span): boolean {
  return a.end < b.start && b.start - a.end <= LINK_GAP && /^(?:,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)$/u.test(text.slice(a.end, b.start));
}

const CHAIN_LEXICONS = new Map<string, ReadonlySet<string>>([
  ['act-verb', ACT_VERB], ['acquire-verb', set(ACQUIRE_VERBS)], ['person-noun', set(PERSON_NOUNS)], ['role-link', set(ROLE_LINKS)], ['staff-noun', set(STAFF_NOUNS)], ['owned-noun', set(OWNED_NOUNS)], ['kin-noun', set(KIN_NOUNS)],
  ['title-word', new Set(TITLES.filter((t) => !t.title.includes(' ')).map((t) => t.title))], ['saying-noun', set(SAYING_NOUNS)], ['armed-noun', set(ARMED_NOUNS)], ['armed-kind', set(ARMED_KINDS)], ['group-noun', set(GROUP_NOUNS)],
]);

export const PLURAL_NAME = /^\p{Lu}\p{Ll}+s$/u;

/** "the Doeville Marauders" in a sentence about a season, a league or a game: a capitalized plural there names a team. */
export const teamWord: TokenPredicate = (d, k, range) => PLURAL_NAME.test(d.tokens[k]!.text) && sportIn(d, range);

/** The same in a paragraph about sport (Word.sport, read once per document), for a name that opens with a city ("later joined the Denver Indians"). */
export const teamWordNear = (words: readonly Word[], a: number): TokenPredicate => (d, k) => PLURAL_NAME.test(d.tokens[k]!.text) && words[a]!.sport;

/** Every member with its group, by start and by end offset: the mentions that can be `linked` to one are found in a few look-ups. */
interface Neighbours {
  byStart: Map<number, Array<[Candidate, Group]>>;
  byEnd: Map<number, Array<[Candidate, Group]>>;
}

function neighbours(groups: readonly Group[]): Neighbours {
  const nb: Neighbours = { byStart: new Map(), byEnd: new Map() };
  const put = (map: Map<number, Array<[Candidate, Group]>>, at: number, entry: [Candidate, Group]) => {
    const list = map.get(at);
    if (list) list.push(entry);
    else map.set(at, [entry]);
  };
  for (const g of groups) for (const x of g.members) {
    put(nb.byStart, x.start, [x, g]);
    put(nb.byEnd, x.end, [x, g]);
  }
  return nb;
}

/** A sure person's mention (not itself a list guess) linked to m, before or after it (read live: groups become sure as chains are typed). */
function personLinkedTo(text: string, nb: Neighbours, m: Candidate): boolean {
  const ok = ([x, g]: [Candidate, Group]) => g.type === 'person' && g.sure && x.sure && x.basis !== 'list';
  for (let at = m.start - LINK_GAP; at < m.start; at++) for (const e of nb.byEnd.get(at) ?? []) if (ok(e) && linked(text, e[0], m)) return true;
  for (let at = m.end + 1; at <= m.end + LINK_GAP; at++) for (const e of nb.byStart.get(at) ?? []) if (ok(e) && linked(text, m, e[0])) return true;
  return false;
}

function chainEnv(text: string, words: readonly Word[], nb: Neighbours, m: Candidate): MatchEnv {
  const personLinked: TokenPredicate = () => personLinkedTo(text, nb, m);
  const personTagged: TokenPredicate = () => m.basis === 'tags';
  return { lexicons: CHAIN_LEXICONS, predicates: new Map([['personLinked', personLinked], ['personTagged', personTagged], ['teamWord', teamWord]]) };
}

/** Does the group need evidence (nothing but default typings)? */
const unproven = (g: Group): boolean => !g.key && !g.sure && g.members.every((m) => !m.sure && (m.basis === 'guess' || m.basis === 'tags'));

/** Type every chain without evidence by the chain rows, or drop it (recorded as `actors.chain.no-evidence`). */
export function requireEvidence(doc: ParsedDoc, words: readonly Word[], groups: Group[], trace: Trace = NO_TRACE): void {
  const drop = new Set<Group>();
  const nb = neighbours(groups);
  for (const g of groups) {
    if (!unproven(g)) continue;
    let found: Decision<ChainThen> | null = null;
    for (const m of g.members) {
      const cx = { doc, range: sentenceRange(doc, words[m.from]!.sentence), env: chainEnv(doc.text, words, nb, m), trace, kind: 'actor' };
      found = decide(CHAIN_TABLE, { first: words[m.from]!.token, end: words[m.to - 1]!.token + 1 }, cx);
      if (found) break;
    }
    if (!found) {
      drop.add(g);
      for (const m of g.members) for (const e of m.typing ?? []) trace.add(e);
      for (const m of g.members) trace.add({ rule: 'actors.chain.no-evidence', stage: 'actors', verdict: 'reject', start: m.start, end: m.end, kind: 'actor', text: m.text });
      continue;
    }
    // a name compromise tags as a person's stays a person; a default guess takes the row's type
    if (g.type !== 'person') g.type = found.value.type;
    g.sure = true;
    if (found.value.alias) g.longer = [doc.text.slice(doc.tokens[found.match.first]!.start, doc.tokens[found.match.end - 1]!.end)];
    for (const m of g.members) {
      [m.type, m.sure] = [g.type, true];
      if (m.basis === 'guess') [m.rule, m.basis] = [found.rule, found.value.basis];
    }
  }
  removeGroups(groups, drop);
}
