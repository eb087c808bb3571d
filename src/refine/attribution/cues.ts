/**
 * Cue spotting: reporting verbs, credit phrases and attribution nouns in one sentence, from the
 * lexicons in src/rules/attribution. Tables are compiled once into maps keyed by the first word.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { ALWAYS_VERB_FORMS, CLAUSE_OPENING_WORDS, NEGATED_CUES, NON_CUES, NOUN_TAGGED_VERB_FORMS, REPORTING_VERBS } from '../../rules/attribution/verbs.js';
import { ATTRIBUTION_NOUNS, CREDIT_PHRASES, NOUN_CONTENT_OPENERS } from '../../rules/attribution/phrases.js';
import { BE_VERBS, DETERMINERS, PRONOUNS, SUBJECT_GAP_WORDS } from '../../rules/attribution/sources.js';
import type { Cue, CueKind } from './cue-types.js';

export type { Cue, CueKind } from './cue-types.js';
import { isBoundary, isCapitalized, isPossessive, word } from './tokens.js';
import { ordered, reducedPassive } from './cue-guards.js';
import { DOUBLE_CLOSING_CHARS, DOUBLE_MARK_CHARS } from '../../parse/quote-marks.js';

const CLAUSE_GAP = new RegExp(`[,:${DOUBLE_MARK_CHARS}]`, 'u');

interface Entry {
  kind: CueKind;
  rule: string;
  claim: boolean;
  speech: boolean;
  words: string[];
  clauseOnly?: boolean;
  quoteOnly?: boolean;
}

function compile(): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  const add = (e: Entry): void => {
    const list = map.get(e.words[0]!) ?? [];
    list.push(e);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(e.words[0]!, list);
  };
  for (const r of REPORTING_VERBS) for (const f of r.forms) add({ kind: 'verb', rule: r.id, claim: r.claim, speech: r.speech, words: f.split(' '), clauseOnly: r.clauseOnly ?? false, quoteOnly: r.quoteOnly ?? false });
  for (const r of CREDIT_PHRASES) add({ kind: 'credit', rule: r.id, claim: true, speech: true, words: r.words });
  for (const r of ATTRIBUTION_NOUNS) for (const n of r.nouns) add({ kind: 'noun', rule: r.id, claim: true, speech: true, words: [n] });
  return map;
}

const TABLE = compile();

const QUOTE_MARK = new RegExp(`[${DOUBLE_MARK_CHARS}]|''`, 'u');


/** All cues in sentence `s`, in text order, not overlapping. */
export function findCues(doc: ParsedDoc, s: number): Cue[] {
  const sent = doc.sentences[s]!;
  const out: Cue[] = [];
  let i = sent.firstToken;
  while (i < sent.endToken) {
    const hit = matchAt(doc, i, sent.firstToken, sent.endToken);
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}

function matchAt(doc: ParsedDoc, i: number, first: number, end: number): Cue | null {
  const toks = doc.tokens;
  for (const e of TABLE.get(toks[i]!.normal) ?? []) {
    if (i + e.words.length > end) continue;
    if (!e.words.every((w, k) => toks[i + k]!.normal === w)) continue;
    const cue: Cue = { kind: e.kind, rule: e.rule, claim: e.claim, speech: e.speech, first: i, end: i + e.words.length };
    if (e.clauseOnly && !clauseNext(doc, cue.end, end) && !afterQuote(doc, i, first)) continue;
    if (e.quoteOnly && !QUOTE_MARK.test(doc.sentences[toks[i]!.sentence]!.text)) continue;
    if (!accepts(doc, cue, first, end) || nonCue(doc, cue, first, end)) continue;
    if (cue.kind === 'verb' && negated(doc, cue, first)) cue.claim = false;
    return cue;
  }
  return null;
}

/** "contributed reporting", "reported from Kabul": a use of the cue word that reports nothing. */
function nonCue(doc: ParsedDoc, cue: Cue, first: number, end: number): boolean {
  const prev = cue.first > first ? doc.tokens[cue.first - 1]!.normal : undefined;
  const next = cue.end < end ? doc.tokens[cue.end]!.normal : undefined;
  return NON_CUES.some((r) => r.rule === cue.rule && (r.before === undefined || r.before === prev) && (r.after === undefined || r.after === next));
}

/** "did not respond", "has never commented": a negated cue makes no claim. */
function negated(doc: ParsedDoc, cue: Cue, first: number): boolean {
  const prev = doc.tokens[cue.first - 1];
  if (!prev || cue.first <= first) return false;
  return NEGATED_CUES.some((r) => r.before.has(prev.normal) && (r.rules === null || r.rules.has(cue.rule)));
}

function accepts(doc: ParsedDoc, cue: Cue, first: number, end: number): boolean {
  const toks = doc.tokens;
  const t = toks[cue.first]!;
  const next = toks[cue.end];
  if (cue.kind === 'noun') {
    const prev = toks[cue.first - 1];
    if (!prev || cue.first <= first || !(isPossessive(prev) || PRONOUNS.has(prev.normal))) return false;
    const gap = doc.text.slice(t.end, next ? next.start : t.end + 2);
    return gap.includes(':') || (next !== undefined && cue.end < end && NOUN_CONTENT_OPENERS.has(next.normal));
  }
  if (cue.kind === 'credit') {
    if (cue.rule === 'credit.citing' && ordered(doc, first, cue.first)) return false;
    if (cue.rule !== 'credit.per') return true;
    const prev = toks[cue.first - 1];
    if (prev && /\d|%|\$/u.test(prev.text)) return false;
    return next !== undefined && (isCapitalized(next) || next.normal === 'the' || isPossessive(next) || PRONOUNS.has(next.normal));
  }
  if (isCapitalized(t) && (!t.tags.has('Verb') || t.tags.has('ProperNoun'))) return false;
  if (!t.tags.has('Verb') && t.tags.has('Noun') && !(cue.end - cue.first === 1 && ALWAYS_VERB_FORMS.has(t.normal))) {
    const prev = toks[cue.first - 1];
    const bare = prev !== undefined && cue.first > first && !isPossessive(prev) && (isCapitalized(prev) || PRONOUNS.has(prev.normal));
    const prev2 = toks[cue.first - 2];
    const modifier = prev2 !== undefined && cue.first - 1 > first && DETERMINERS.has(prev2.normal);
    if (!bare || modifier || prev.tags.has('Determiner') || prev.tags.has('Demonym') || !NOUN_TAGGED_VERB_FORMS.has(t.normal)) return false;
  }
  const gapBefore = cue.first > first ? doc.text.slice(toks[cue.first - 1]!.end, t.start) : '';
  if (/,/u.test(gapBefore) && cue.rule === 'verb.cite' && t.normal === 'citing' && ordered(doc, first, cue.first)) return false; // "X directed agencies to act, citing the risk": the reason for an order
  if (/,/u.test(gapBefore) && t.normal.endsWith('ed') && next && /^(?:whether|about|if|how|why|what|when)$/u.test(next.normal)) return false; // "Voss, asked whether ..., said"
  if (/,/u.test(gapBefore) && t.normal.endsWith('ed') && next?.tags.has('Preposition') && closesPiece(doc, cue.end, end)) return false; // "The sale, announced in May, faces": a reduced relative
  const direct = toks[cue.first - 1];
  if (direct && cue.first > first && (DETERMINERS.has(direct.normal) || isPossessive(direct))) return false; // "the firm's proposed sale"
  const before2 = toks[cue.first - 2];
  if (direct && before2 && cue.first - 1 > first && DETERMINERS.has(before2.normal) && direct.tags.has('Adjective') && !direct.tags.has('ProperNoun')) return false;
  let p = cue.first - 1;
  while (p >= first && SUBJECT_GAP_WORDS.has(word(toks[p]!)) && !BE_VERBS.has(toks[p]!.normal) && !isBoundary(doc, toks[p]!, toks[p + 1]!)) p--;
  if (p >= first && isBoundary(doc, toks[p]!, toks[p + 1]!)) p = first - 1; // "'... are not,'' said X": the quote's words are no auxiliary
  const before = p >= first ? toks[p]!.normal : '';
  if (before === 'to' || reducedPassive(doc, cue, first)) return false;
  if (BE_VERBS.has(before) && !t.normal.endsWith('ing')) return false;
  return true;
}

/** The comma piece that starts at token k closes with a comma before the sentence ends. */
function closesPiece(doc: ParsedDoc, k: number, end: number): boolean {
  for (let p = k + 1; p < end; p++) {
    const gap = doc.text.slice(doc.tokens[p - 1]!.end, doc.tokens[p]!.start);
    if (/[,]/u.test(gap)) return true;
    if (isBoundary(doc, doc.tokens[p - 1]!, doc.tokens[p]!)) return false;
  }
  return false;
}

/** '"...," Mr. Hale recalled last week': a quotation closes (after , ? or !) within a few words before the cue. */
function afterQuote(doc: ParsedDoc, k: number, first: number): boolean {
  const toks = doc.tokens;
  for (let p = k; p > Math.max(first, k - 6); p--) if (CLOSING_QUOTE.test(doc.text.slice(toks[p - 1]!.end, toks[p]!.start))) return true;
  return false;
}

const CLOSING_QUOTE = new RegExp(`[,?!]\\s*(?:[${DOUBLE_CLOSING_CHARS}]|'')`, 'u');

/** A clause-only verb reports when a clause, a quote, a comma or a person follows it ("agreed that", "recalled Voss saying"), or at the sentence end. */
function clauseNext(doc: ParsedDoc, k: number, end: number): boolean {
  if (k >= end) return true;
  const t = doc.tokens[k]!;
  const person = t.tags.has('Person') || t.tags.has('Honorific') || /^(?:him|her|them|me|us)$/u.test(t.normal); // "recalled Mr. Voss saying"
  return person || CLAUSE_OPENING_WORDS.has(t.normal) || CLAUSE_GAP.test(doc.text.slice(doc.tokens[k - 1]!.end, t.start));
}
