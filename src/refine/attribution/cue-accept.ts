/**
 * Cue acceptance as an ordered list of rejection rows (src/rules/attribution/cue-rejections.ts):
 * the first row whose test holds rejects the match, and names itself; none holding accepts it.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { ALWAYS_VERB_FORMS, QUANTIFIER_SUBJECTS, INFINITIVE_CLAUSE_OPENERS, NOUN_TAGGED_VERB_FORMS, ORDER_VERBS, PROMPT_BEFORE_TO, UNREAL_BEFORE_TO } from '../../rules/attribution/verbs.js';
import { holds } from '../../engine/decide.js';
import { compile, matchSpan, type MatchEnv, type TokenPredicate } from '../../engine/index.js';
import { FRAMED_NOUNS, NOUN_CONTENT_OPENERS } from '../../rules/attribution/phrases.js';
import { BE_VERBS, DETERMINERS, GROUP_NOUNS, INSTITUTION_NOUNS, PRONOUNS, SUBJECT_GAP_WORDS, TITLE_WORDS } from '../../rules/attribution/sources.js';
import { CUE_REJECTIONS, type CueRejection, type CueRejectionName } from '../../rules/attribution/cue-rejections.js';
import { SUBJECT_PRONOUNS } from '../../rules/attribution/function-words.js';
import { INFINITIVE_MARKERS } from '../../rules/clauses/rows.js';
import type { Cue } from './cue-types.js';
import { nounPossessor } from './cue-guards.js';
import { isBoundary, isCapitalized, isPossessive, participleForm, word } from './tokens.js';

/** What a rejection test sees: the cue, its sentence's token range and the tokens around it. */
interface At {
  doc: ParsedDoc;
  cue: Cue;
  first: number;
  end: number;
}

type Test = (a: At) => boolean;

const tok = (a: At, k: number) => (k >= a.first && k < a.end ? a.doc.tokens[k] : undefined);
const head = (a: At) => a.doc.tokens[a.cue.first]!;
const commaBefore = (a: At): boolean => a.cue.first > a.first && /,/u.test(a.doc.text.slice(a.doc.tokens[a.cue.first - 1]!.end, head(a).start));
const verbCue = (a: At): boolean => a.cue.kind === 'verb';

/** The word before the cue past auxiliaries and adverbs ("has also said"), stopping at punctuation. */
function wordBefore(a: At): string {
  const toks = a.doc.tokens;
  let p = a.cue.first - 1;
  while (p >= a.first && SUBJECT_GAP_WORDS.has(word(toks[p]!)) && !BE_VERBS.has(toks[p]!.normal) && !isBoundary(a.doc, toks[p]!, toks[p + 1]!)) p--;
  if (p >= a.first && isBoundary(a.doc, toks[p]!, toks[p + 1]!)) return ''; // "'... are not,'' said X": the quote's words are no auxiliary
  return p >= a.first ? toks[p]!.normal : '';
}

function nounTagged(a: At): boolean {
  const t = head(a);
  if (t.tags.has('Verb') || !t.tags.has('Noun') || (a.cue.end - a.cue.first === 1 && ALWAYS_VERB_FORMS.has(t.normal))) return false;
  if (commaBefore(a) && participleForm(t)) return false; // ", writing that ...", ", telling her ...": a participle opens the piece
  const prev = tok(a, a.cue.first - 1);
  if (prev && !t.normal.endsWith('s') && !isBoundary(a.doc, prev, t) && (QUANTIFIER_SUBJECTS.has(prev.normal) || (prev.tags.has('Pronoun') && !PRONOUNS.has(prev.normal)))) return false; // "many argue", "three of them tell"
  const bare = prev !== undefined && !isPossessive(prev) && (isCapitalized(prev) || PRONOUNS.has(prev.normal));
  const modifier = DETERMINERS.has(tok(a, a.cue.first - 2)?.normal ?? '');
  return !bare || modifier || prev.tags.has('Determiner') || prev.tags.has('Demonym') || !NOUN_TAGGED_VERB_FORMS.has(t.normal);
}

/**
 * "tweeted on Friday to say he ...", "went on to call Hale \"a fraud\"": a reporting infinitive after a
 * word that makes nothing unreal (UNREAL_BEFORE_TO), with its content at hand (a clause, a colon, a quotation).
 */
function reportMade(a: At): boolean {
  const toks = a.doc.tokens;
  let to = a.cue.first - 1;
  while (to > a.first && !INFINITIVE_MARKERS.has(toks[to]!.normal)) to--;
  const before = tok(a, to - 1);
  if (!before || isBoundary(a.doc, before, toks[to]!) || UNREAL_BEFORE_TO.has(before.norm) || BE_VERBS.has(before.normal) || before.tags.has('Modal') || (before.tags.has('Adjective') && !PROMPT_BEFORE_TO.has(before.normal))) return false;
  const next = tok(a, a.cue.end);
  if (!next) return false;
  const gap = a.doc.text.slice(toks[a.cue.end - 1]!.end, next.start);
  if (/[:\u201c"]/u.test(gap) || INFINITIVE_CLAUSE_OPENERS.has(next.normal) || SUBJECT_PRONOUNS.has(next.normal)) return true;
  for (let k = a.cue.end; k < Math.min(a.end, a.cue.end + 4); k++) if (toks[k]!.inQuote) return true; // "to call Hale \"a fraud\""
  return false;
}

/**
 * A rejection row decided by its engine pattern (rows with `match` in CUE_REJECTIONS), for cues of one kind (verbs by default);
 * the stage lends the patterns its word sets and the "possessor" predicate.
 */
function byPattern(name: CueRejectionName, kind: Cue['kind'] = 'verb'): Test {
  const row = CUE_REJECTIONS[name] as CueRejection;
  const rule = { id: row.id, match: row.match!, unless: row.unless, then: true, example: row.example };
  return (a) => a.cue.kind === kind && holds(rule, { first: a.cue.first, end: a.cue.end }, { doc: a.doc, range: { first: a.first, end: a.end }, env: REJECTION_ENV }) !== null;
}

/** A possessive that is no pronoun's "'s" ("he's", "who's": has or is). */
const possessor: TokenPredicate = (doc, i) => doc.tokens[i]!.poss && !doc.tokens[i]!.tags.has('Pronoun') && !doc.tokens[i]!.tags.has('QuestionWord');

const REJECTION_ENV: MatchEnv = {
  lexicons: new Map([['determiners', DETERMINERS], ['orderVerbs', ORDER_VERBS], ['pronouns', new Set(PRONOUNS.keys())], ['titleWords', TITLE_WORDS], ['be', BE_VERBS], ['groupNouns', GROUP_NOUNS], ['institutionNouns', INSTITUTION_NOUNS], ['framed-nouns', FRAMED_NOUNS]]),
  predicates: new Map([['possessor', possessor]]),
};

/** The rows' tests, in the order they are tried. */
const TESTS: ReadonlyArray<readonly [CueRejectionName, Test]> = [
  ['inQuote', (a) => head(a).inQuote],
  ['nounUnframed', byPattern('nounUnframed', 'noun')],
  ['nounNoPossessor', (a) => {
    if (a.cue.kind !== 'noun') return false;
    const prev = tok(a, nounPossessor(a.doc, a.cue, a.first));
    const next = tok(a, a.cue.end);
    if (!prev || !(isPossessive(prev) || PRONOUNS.has(prev.normal))) return true;
    const gap = a.doc.text.slice(head(a).end, next ? next.start : head(a).end + 2);
    const infinitive = INFINITIVE_MARKERS.has(next?.normal ?? '') && (tok(a, a.cue.end + 1)?.tags.has('Infinitive') ?? false); // "her pledge to cut fees"
    return !gap.includes(':') && !infinitive && !(next !== undefined && NOUN_CONTENT_OPENERS.has(next.normal));
  }],
  ['perAfterNumber', byPattern('perAfterNumber', 'credit')],
  ['creditNoSource', (a) => {
    if (a.cue.kind !== 'credit' || a.cue.bare || !head(a).tags.has('Verb')) return false;
    const next = tok(a, a.cue.end);
    return next === undefined || /\d/u.test(next.text) || ['Date', 'Month', 'WeekDay'].some((g) => next.tags.has(g));
  }],
  ['capitalized', byPattern('capitalized')],
  ['nounTagged', (a) => verbCue(a) && nounTagged(a)],
  ['orderReason', byPattern('orderReason')],
  ['askedWhether', byPattern('askedWhether')],
  ['reducedRelative', byPattern('reducedRelative')],
  ['determiner', byPattern('determiner')],
  ['adjective', byPattern('adjective')],
  ['attributive', byPattern('attributive')],
  ['statesAfterPreposition', byPattern('statesAfterPreposition')],
  ['attackNoun', byPattern('attackNoun')],
  ['infinitive', (a) => verbCue(a) && INFINITIVE_MARKERS.has(wordBefore(a)) && !reportMade(a)],
  ['naming', byPattern('naming')],
  ['namingName', byPattern('namingName')],
  ['namingPlural', byPattern('namingPlural')],
  ['namingSelf', byPattern('namingSelf')],
  ['refrained', byPattern('refrained')],
  ['alsoCalled', byPattern('alsoCalled')],
  ['reducedPassive', byPattern('reducedPassive')],
  ['participle', byPattern('participle')],
  ['passive', (a) => verbCue(a) && BE_VERBS.has(wordBefore(a)) && !participleForm(head(a))],
  ['passiveAdverb', byPattern('passiveAdverb')],
  ['statementAbsolute', byPattern('statementAbsolute')],
];

/** The first rejection row that holds for the cue, or null: the cue stands. */
export function rejection(doc: ParsedDoc, cue: Cue, first: number, end: number): CueRejection | null {
  const a: At = { doc, cue, first, end };
  for (const [name, test] of TESTS) if (test(a) && !excepted(a, CUE_REJECTIONS[name])) return CUE_REJECTIONS[name];
  return null;
}

/** A code-tested row's `unless` patterns: any that holds around the cue keeps it (pattern rows apply theirs in holds()). */
function excepted(a: At, row: CueRejection): boolean {
  const cx = { doc: a.doc, range: { first: a.first, end: a.end }, env: REJECTION_ENV };
  return row.match === undefined && (row.unless ?? []).some((u) => matchSpan(a.doc, compile(u), { first: a.cue.first, end: a.cue.end }, cx.range, cx.env) !== null);
}
