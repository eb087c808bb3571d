/**
 * Cue spotting: reporting verbs, credit phrases and attribution nouns in one sentence, from the
 * lexicons in src/rules/attribution. Tables are compiled once into maps keyed by the first word.
 */
import type { ParsedDoc } from '../../parse/types.js';
import { CLAUSE_NEXT, CLAUSE_OPENING_WORDS, NEGATED_CUES, NO_CONTENT, NON_CUES, REPORTING_VERBS, STANCE_VERBS } from '../../rules/attribution/verbs.js';
import { ATTRIBUTION_NOUNS, CREDIT_PHRASES, PASSIVE_CREDIT_LEXICONS, PASSIVE_CREDITS } from '../../rules/attribution/phrases.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { decide } from '../../engine/decide.js';
import type { Cue, CueKind } from './cue-types.js';
import { rejection } from './cue-accept.js';
import type { UserLexicon } from '../../schema/lexicon.js';
import { compiled } from '../../extract/lexicon/scope.js';

export type { Cue, CueKind } from './cue-types.js';
import { DOUBLE_CLOSING_CHARS, DOUBLE_MARK_CHARS } from '../../parse/quote-marks.js';

interface Entry {
  kind: CueKind;
  rule: string;
  claim: boolean;
  speech: boolean;
  plain?: boolean;
  continues?: boolean;
  cites?: boolean;
  bare?: boolean;
  addressee?: boolean;
  document?: boolean;
  stance?: boolean;
  words: string[];
  clauseOnly?: boolean;
  quoteOnly?: boolean;
  contentAtHand?: boolean;
}

function compile(): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  const add = (e: Entry): void => {
    const list = map.get(e.words[0]!) ?? [];
    list.push(e);
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(e.words[0]!, list);
  };
  for (const r of REPORTING_VERBS) for (const f of r.forms) add({ kind: 'verb', rule: r.id, claim: r.claim, speech: r.speech, plain: r.plain ?? false, continues: r.continues ?? false, cites: r.cites ?? false, addressee: r.addressee ?? false, document: r.document ?? false, stance: r.stance ?? false, words: f.split(' '), clauseOnly: r.clauseOnly ?? false, quoteOnly: r.quoteOnly ?? false, contentAtHand: r.contentAtHand ?? false });
  for (const r of CREDIT_PHRASES) add({ kind: 'credit', rule: r.id, claim: true, speech: true, bare: r.bare ?? false, words: r.words });
  for (const r of ATTRIBUTION_NOUNS) for (const n of r.nouns) add({ kind: 'noun', rule: r.id, claim: true, speech: true, words: [n] });
  return map;
}

const TABLE = compile();

/** A user lexicon's reporting verbs (every inflection) as verb entries of the same kind, each with its row id. */
function compileUser(lex: UserLexicon): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const { id, value } of lex.reportingVerbs) for (const f of value.forms) map.set(f, [...(map.get(f) ?? []), { kind: 'verb', rule: id, claim: true, speech: true, words: [f] }]);
  return map;
}
const USER_TABLES = new WeakMap<UserLexicon, Map<string, Entry[]>>();

/** The entries starting with a word: the built-in table's, then the running analyze call's user lexicon's. */
function entries(w: string): readonly Entry[] {
  const user = compiled(USER_TABLES, compileUser)?.get(w);
  const own = TABLE.get(w) ?? [];
  return user ? [...own, ...user] : own;
}

const QUOTE_MARK = new RegExp(`[${DOUBLE_MARK_CHARS}]|''`, 'u');


/** All cues in sentence `s`, in text order, not overlapping. */
export function findCues(doc: ParsedDoc, s: number, trace: Trace = NO_TRACE): Cue[] {
  const sent = doc.sentences[s]!;
  const out: Cue[] = [];
  let i = sent.firstToken;
  while (i < sent.endToken) {
    const hit = matchAt(doc, i, sent.firstToken, sent.endToken, trace);
    if (hit) {
      out.push(hit);
      i = hit.end;
    } else i++;
  }
  return out;
}

function matchAt(doc: ParsedDoc, i: number, first: number, end: number, trace: Trace): Cue | null {
  const toks = doc.tokens;
  for (const e of entries(toks[i]!.normal)) {
    if (i + e.words.length > end) continue;
    if (!e.words.every((w, k) => toks[i + k]!.normal === w)) continue;
    const cue: Cue = { kind: e.kind, rule: e.rule, claim: e.claim, speech: e.speech, plain: e.plain ?? false, continues: e.continues ?? false, cites: e.cites ?? false, bare: e.bare ?? false, addressee: e.addressee ?? false, document: e.document ?? false, stance: e.stance ?? false, first: i, end: i + e.words.length };
    if (e.clauseOnly && !clauseNext(doc, cue, first, end, e.contentAtHand ?? false, trace) && !afterQuote(doc, i, first)) continue;
    if (e.quoteOnly && !QUOTE_MARK.test(doc.sentences[toks[i]!.sentence]!.text)) continue;
    const rejected = rejection(doc, cue, first, end);
    const agent = rejected?.byAgent ? passiveCredit(doc, cue, first, end, trace) : null;
    if (agent) return agent;
    const dropped = rejected ?? nonCue(doc, cue, first, end);
    if (dropped) {
      record(doc, trace, cue, dropped.id, 'reject');
      continue;
    }
    const claimless = cue.kind === 'verb' ? noClaim(doc, cue, first, end) : null;
    if (claimless) {
      cue.claim = false;
      record(doc, trace, cue, claimless.id, 'refine');
    }
    record(doc, trace, cue, cue.rule, 'propose');
    return cue;
  }
  return null;
}

/** A passive verb cue with its agent after "by" (rows PASSIVE_CREDITS): a credit through "by" (adverb included), the agent its source. */
function passiveCredit(doc: ParsedDoc, cue: Cue, first: number, end: number, trace: Trace): Cue | null {
  const d = decide(PASSIVE_CREDITS, { first: cue.first, end: cue.end }, { doc, range: { first, end }, env: PASSIVE_ENV, trace });
  if (!d) return null;
  const by = d.match.groups[1]; // the rows' second capture: "by"
  return by ? { ...cue, kind: 'credit', rule: d.rule, claim: true, speech: true, bare: false, addressee: false, end: by.end } : null;
}

const PASSIVE_ENV = { lexicons: PASSIVE_CREDIT_LEXICONS };

/** "contributed reporting", "reported from Kabul": a use of the cue word that reports nothing (rows NON_CUES). */
function nonCue(doc: ParsedDoc, cue: Cue, first: number, end: number): { id: string } | null {
  const d = decide(NON_CUES, { first: cue.first, end: cue.end }, { doc, range: { first, end } });
  return d && d.value === cue.kind ? { id: d.rule } : null;
}

/**
 * "did not respond", "has never commented": a negated verb cue makes no claim (rows NEGATED_CUES); nor
 * does a stance verb whose object is all it carries ("rejected the findings.": rows NO_CONTENT).
 */
function noClaim(doc: ParsedDoc, cue: Cue, first: number, end: number): { id: string } | null {
  const span = { first: cue.first, end: cue.end };
  const d = decide(NEGATED_CUES, span, { doc, range: { first, end: cue.end } }) ?? decide(NO_CONTENT, span, { doc, range: { first, end }, env: STANCE_ENV });
  return d ? { id: d.rule } : null;
}

const STANCE_ENV = { lexicons: new Map([['stanceVerbs', STANCE_VERBS]]) };

/** A cue decision in the document's trace (the stage "cues"; --explain shows rejections as dropped). */
function record(doc: ParsedDoc, trace: Trace, cue: Cue, rule: string, verdict: 'propose' | 'refine' | 'reject'): void {
  if (!trace.enabled) return;
  const start = doc.tokens[cue.first]!.start;
  const end = doc.tokens[cue.end - 1]!.end;
  trace.add({ rule, stage: 'cues', verdict, start, end, kind: 'cue', text: doc.text.slice(start, end) });
}

/**
 * '"...," Mr. Hale recalled last week': a quotation closes (after , ? or !) within a few words before the
 * cue, in its sentence or right before it ('"Why now?" Hale continued.' split after the question mark).
 */
function afterQuote(doc: ParsedDoc, k: number, first: number): boolean {
  const toks = doc.tokens;
  for (let p = k; p > Math.max(first, k - 6) - 1; p--) if (CLOSING_QUOTE.test(doc.text.slice(p > 0 ? toks[p - 1]!.end : 0, toks[p]!.start))) return true;
  return afterQuotedSpeaker(doc, k, first);
}

/** The longest subject with its aside between a closing quotation mark and the verb ('"...," Tom Dean, the former governor of Ohio, proclaimed'). */
const MAX_SPEAKER_TOKENS = 16;

/**
 * A quotation closes, a capitalized subject follows with an aside set off by commas, and the verb comes
 * right after the aside's closing comma, with no verb and no quotation mark between: the verb reports
 * the quotation as '"...," Tom Dean proclaimed' does.
 */
function afterQuotedSpeaker(doc: ParsedDoc, k: number, first: number): boolean {
  const toks = doc.tokens;
  const gap = (p: number): string => doc.text.slice(toks[p - 1]!.end, toks[p]!.start);
  if (k - 1 <= first || !gap(k).includes(',')) return false;
  for (let p = k - 1; p > Math.max(first, k - MAX_SPEAKER_TOKENS); p--) {
    const t = toks[p]!;
    if (t.tags.has('Verb') || t.inQuote) return false;
    if (CLOSING_QUOTE.test(gap(p))) return t.cap && gap(p).length <= 3;
  }
  return false;
}

/** "," "?" or "!" then a closing double mark, also after a nested quotation's closing single mark (',\u2019\u201d'). */
const CLOSING_QUOTE = new RegExp(`[,?!]\\s*\u2019?\\s*(?:[${DOUBLE_CLOSING_CHARS}]|'')`, 'u');

/** A clause-only verb reports when a row of CLAUSE_NEXT holds after it ("agreed that", "recalled Voss saying", a comma, the sentence end); a content-at-hand cue only on a 'clause' row. */
function clauseNext(doc: ParsedDoc, cue: Cue, first: number, end: number, atHand: boolean, trace: Trace): boolean {
  const d = decide(CLAUSE_NEXT, { first: cue.first, end: cue.end }, { doc, range: { first, end }, env: CLAUSE_ENV, trace, kind: 'cue' });
  return d !== null && (d.value === 'clause' || !atHand);
}

const CLAUSE_ENV = { lexicons: new Map([['clauseOpeners', CLAUSE_OPENING_WORDS]]) };
