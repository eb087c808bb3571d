/**
 * Chains without evidence are not actors. A group whose mentions were all typed only by default (a
 * capitalized run that no lexicon, suffix, tag, title or role claimed) is kept when one of the evidence
 * rows of src/rules/actors/evidence.ts holds for one of its mentions, typed as that row says, and is
 * dropped otherwise. The predicates below are the rows' `match` names.
 */
import { ACQUIRE_VERBS, ACT_VERBS, ORG_NOUNS, EVIDENCE_ROWS, type EvidenceRow, PERSON_NOUNS, ROLE_LINKS } from '../../rules/actors/evidence.js';
import { TITLES } from '../../rules/actors/titles.js';
import type { Group } from './group.js';
import { commonWord, firstNameGender } from './english.js';
import type { Candidate, Word } from './types.js';
import { bare, ORG_HEAD, ORG_SUFFIX, MEDIA_SUFFIX } from './wordsets.js';

type Span = Pick<Candidate, 'from' | 'to' | 'start' | 'end'>;

interface Ctx {
  text: string;
  words: readonly Word[];
  groups: readonly Group[];
  /** the mention being decided (word range and offsets) */
  m: Span;
}

const PERSON_NOUN = new Set(PERSON_NOUNS.map((r) => r.word));
const ACT_VERB = new Set(ACT_VERBS.map((r) => r.word));
const ORG_NOUN = new Set(ORG_NOUNS.map((r) => r.word));
const CAMEL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|O')/u;
const ACQUIRE_VERB = new Set(ACQUIRE_VERBS.map((r) => r.word));
const ROLE_LINK = new Set(ROLE_LINKS.map((r) => r.word));
const ROLE_NOUN = new Set([...PERSON_NOUN, ...TITLES.filter((t) => !t.title.includes(' ')).map((t) => t.title)]);
const sameSentence = (a: Word | undefined, b: Word): a is Word => !!a && a.sentence === b.sentence;
const INITIAL = /^\p{Lu}\.$/u;
const HEAD = (w: Word): boolean => ORG_SUFFIX.has(bare(w)) || ORG_HEAD.has(bare(w)) || MEDIA_SUFFIX.has(bare(w));
const nameWords = (c: Ctx): Word[] => c.words.slice(c.m.from, c.m.to);

const PREDICATES: Record<string, (c: Ctx) => boolean> = {
  /** "Leonhard Quaspel": two to four words, the first a known first name, the last no institution head. */
  '@firstName': (c) => {
    const ws = nameWords(c);
    const [first, last] = [ws[0]!, ws.at(-1)!];
    if (ws.length < 2 || ws.length > 4 || firstNameGender(first.text) === null || HEAD(last) || !/^\p{Lu}\p{Ll}/u.test(last.text)) return false;
    return !(commonWord(first.text) && commonWord(last.text));
  },
  /** "W. T. Quaspel": initials before a capitalized word. */
  '@initials': (c) => {
    const ws = nameWords(c);
    return ws.length >= 2 && INITIAL.test(ws[0]!.text) && /^\p{Lu}\p{Ll}/u.test(ws.at(-1)!.text) && !HEAD(ws.at(-1)!);
  },
  /** "Veszko Tarnavik": two or three words, none of them a common English word. */
  '@foreignName': (c) => {
    const ws = nameWords(c);
    return ws.length >= 2 && ws.length <= 3 && ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !commonWord(w.text));
  },
  /** "the composer Quaspel", "his friend Quaspel": a lower-case person noun right before the name. */
  '@personNoun': (c) => {
    const prev = c.words[c.m.from - 1];
    return !!prev && prev.sentence === c.words[c.m.from]!.sentence && PERSON_NOUN.has(prev.lower) && /^[ \t]+$/u.test(c.text.slice(prev.end, c.m.start));
  },
  /** "Maria Ostrowski and Tarnavik": joined by "and" or a comma to a person's mention. */
  '@personList': (c) => c.groups.some((g) => g.type === 'person' && g.sure && g.members.some((x) => x.sure && x.rule !== 'actors.unknown.person-list' && (linked(c.text, x, c.m) || linked(c.text, c.m, x)))),
  /** "ZentraPay", "WeChat": a brand written with an inner capital (not a Mc/Mac/De/O' surname). */
  '@camelCase': (c) => nameWords(c).some((w) => CAMEL.test(w.text) && !NAME_PREFIX.test(w.text)),
  /** "the firm X", "its parent company, X": an organization noun right before the name. */
  '@orgNoun': (c) => {
    const first = c.words[c.m.from]!;
    const prev = c.words[c.m.from - 1];
    return sameSentence(prev, first) && ORG_NOUN.has(prev.lower) && /^,?[ \t]+$/u.test(c.text.slice(prev.end, c.m.start));
  },
  /** "X, the largest rail operator in the country,": an appositive headed by an organization noun. */
  '@orgAppositive': (c) => appositiveHead(c) !== null && ORG_NOUN.has(appositiveHead(c)!),
  /** "Simrock, who": a relative "who" right after the name. */
  '@whoAfter': (c) => relativeAfter(c) === 'who',
  /** "the Steelworkers, which": a relative "which" right after the name. */
  '@whichAfter': (c) => relativeAfter(c) === 'which' && actsLater(c),
  /** "Zentrix said", "Zentrix has": an acting verb right after the name, nothing between. */
  '@actsAfter': (c) => {
    const next = c.words[c.m.to];
    return sameSentence(next, c.words[c.m.to - 1]!) && ACT_VERB.has(next.lower) && /^[ \t]+$/u.test(c.text.slice(c.m.end, next.start));
  },
  /** "agreed to buy Harbor Cells": an acquisition verb right before the name. */
  '@acquired': (c) => {
    const prev = c.words[c.m.from - 1];
    return sameSentence(prev, c.words[c.m.from]!) && ACQUIRE_VERB.has(prev.lower) && /^[ \t]+$/u.test(c.text.slice(prev.end, c.m.start));
  },
  /** "Quorvex's lawyer": the name's possessive before a lower-case noun. */
  '@ownsNoun': (c) => {
    const last = c.words[c.m.to - 1]!;
    const next = c.words[c.m.to];
    return last.poss && sameSentence(next, last) && !next.cap && next.tags.has('Noun');
  },
  /** "a manager at Ardwell", "a professor of X": a role noun and a linking preposition right before the name. */
  '@roleOf': (c) => {
    const first = c.words[c.m.from]!;
    const link = c.words[c.m.from - 1];
    const role = c.words[c.m.from - 2];
    return sameSentence(link, first) && sameSentence(role, first) && ROLE_LINK.has(link.lower) && ROLE_NOUN.has(role.lower);
  },
};

/** An acting verb after a comma later in the sentence: the clause the name is the subject of ("X, which ..., said"). */
function actsLater(c: Ctx): boolean {
  const s = c.words[c.m.to - 1]!.sentence;
  for (let k = c.m.to + 1; k < c.words.length && c.words[k]!.sentence === s; k++) {
    if (ACT_VERB.has(c.words[k]!.lower) && /,[ \t]*$/u.test(c.text.slice(c.words[k - 1]!.start, c.words[k]!.start))) return true;
  }
  return false;
}

/** The relative pronoun after ", " right after the name, if any. */
function relativeAfter(c: Ctx): string | null {
  const next = c.words[c.m.to];
  return sameSentence(next, c.words[c.m.to - 1]!) && /^,[ \t]+$/u.test(c.text.slice(c.m.end, next.start)) ? next.lower : null;
}

const MAX_APPOSITIVE = 8;

/** The last lower-case noun of an appositive ", (the|a|an) ... NOUN" before a comma, "in"/"of"/"that" or the sentence end. */
function appositiveHead(c: Ctx): string | null {
  const last = c.words[c.m.to - 1]!;
  let k = c.m.to;
  if (!sameSentence(c.words[k], last) || !/^,[ \t]+$/u.test(c.text.slice(c.m.end, c.words[k]!.start))) return null;
  if (!['the', 'a', 'an'].includes(c.words[k]!.lower)) return null;
  let head: string | null = null;
  for (k++; k < c.words.length && k - c.m.to <= MAX_APPOSITIVE && c.words[k]!.sentence === last.sentence; k++) {
    const w = c.words[k]!;
    if (['in', 'of', 'that', 'which', 'who', 'with', 'for', 'based'].includes(w.lower)) break;
    if (!w.cap && w.tags.has('Noun')) head = w.lower;
    if (/^[ \t]*[,;.)]/u.test(c.text.slice(w.end, w.end + 2))) break;
  }
  return head;
}

/** The first evidence row of the scope that holds for the run [a, b), or null. */
export function nameEvidence(text: string, words: readonly Word[], a: number, b: number, scope: 'context' | 'name'): EvidenceRow | null {
  const m = { from: a, to: b, start: words[a]!.start, end: words[b - 1]!.end };
  return EVIDENCE_ROWS.find((r) => r.scope === scope && PREDICATES[r.match]!({ text, words, groups: [], m })) ?? null;
}

/** Mention a right before mention b, with only ", ", " and " or " & " between them. */
function linked(text: string, a: Span, b: Span): boolean {
  return a.end < b.start && b.start - a.end <= 6 && /^(?:,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)$/u.test(text.slice(a.end, b.start));
}

/** Does the group need evidence (nothing but default typings)? */
const unproven = (g: Group): boolean => !g.key && g.core.length === 0 && !g.sure && g.members.every((m) => !m.sure && m.rule === 'actors.org.default');

export function requireEvidence(text: string, words: readonly Word[], groups: Group[]): void {
  const drop = new Set<Group>();
  for (const g of groups) {
    if (!unproven(g)) continue;
    const row = EVIDENCE_ROWS.find((r) => r.scope === 'chain' && g.members.some((m) => PREDICATES[r.match]!({ text, words, groups, m })));
    if (!row) {
      drop.add(g);
      continue;
    }
    g.type = row.then;
    g.sure = true;
    for (const m of g.members) [m.type, m.rule, m.sure] = [row.then, m.rule === 'actors.org.default' ? row.id : m.rule, true];
  }
  if (drop.size > 0) groups.splice(0, groups.length, ...groups.filter((g) => !drop.has(g)));
}
