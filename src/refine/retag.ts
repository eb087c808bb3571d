/**
 * The retag stage, right after parse: the rows of src/rules/retag/rows.ts give a few tokens the tags of
 * what they are (a date word that is a surname, a group noun read as a verb, a Title Case adverb that is no
 * part of a name) before any stage reads them.
 * Linear: each table is matched once over every sentence; the surname uses are read against the words
 * the seed rows found in this document (the word set %date-surnames%).
 */
import type { ParsedDoc, Token } from '../parse/types.js';
import { propose, sentenceRange, type MatchEnv, type RuleTable } from '../engine/index.js';
import type { TokenPredicate } from '../engine/index.js';
import { NO_TRACE, type Trace } from '../engine/trace.js';
import { ACRONYM_TABLE, COMPOUND_NOUN_TABLE, CREDIT_NOUN_TABLE, ELIDED_NAME_TABLE, GROUP_NOUN_TABLE, MODIFIER_TABLE, OPENING_VERB_TABLE, RETAG_LEXICONS, SURNAME_SEED_TABLE, SURNAME_USE_TABLE, TITLE_CASE_TABLE, TITLE_WORD, type Retag } from '../rules/retag/rows.js';

/** Retag the document's tokens in place (the surnames first, date words and elided names: a retagged surname may be a group noun's modifier). */
export function retag(doc: ParsedDoc, trace: Trace = NO_TRACE): void {
  const seeds = new Set(hits(doc, SURNAME_SEED_TABLE, { lexicons: RETAG_LEXICONS }, trace).map((h) => doc.tokens[h.first]!.norm));
  apply(doc.tokens, hits(doc, SURNAME_USE_TABLE, { lexicons: new Map([...RETAG_LEXICONS, ['date-surnames', seeds]]) }, trace));
  apply(doc.tokens, hits(doc, ELIDED_NAME_TABLE, { lexicons: RETAG_LEXICONS }, trace));
  apply(doc.tokens, hits(doc, GROUP_NOUN_TABLE, { lexicons: RETAG_LEXICONS }, trace));
  apply(doc.tokens, hits(doc, CREDIT_NOUN_TABLE, { lexicons: RETAG_LEXICONS }, trace));
  apply(doc.tokens, hits(doc, MODIFIER_TABLE, { lexicons: RETAG_LEXICONS }, trace));
  apply(doc.tokens, hits(doc, COMPOUND_NOUN_TABLE, { lexicons: RETAG_LEXICONS }, trace));
  apply(doc.tokens, hits(doc, OPENING_VERB_TABLE, { lexicons: RETAG_LEXICONS }, trace));
  apply(doc.tokens, hits(doc, TITLE_CASE_TABLE, { lexicons: RETAG_LEXICONS, predicates: new Map([['titleLine', titleLine()]]) }, trace));
  apply(doc.tokens, hits(doc, ACRONYM_TABLE, { lexicons: RETAG_LEXICONS, predicates: new Map([['capsLine', capsLine()]]) }, trace));
}

/** A predicate true of every token of a sentence whose tokens pass `test`, read once per sentence. */
function perSentence(test: (tokens: readonly Token[]) => boolean): TokenPredicate {
  const seen = new Map<number, boolean>();
  return (doc, _i, range) => {
    let v = seen.get(range.first);
    if (v === undefined) {
      v = test(doc.tokens.slice(range.first, range.end));
      seen.set(range.first, v);
    }
    return v;
  };
}

/** `@capsLine`: no token of the token's sentence holds a lower-case letter (a headline or label in capitals). */
const capsLine = (): TokenPredicate => perSentence((toks) => !toks.some((t) => t.text !== t.text.toUpperCase()));

/** `@titleLine`: the token's sentence is written in Title Case (no word of TITLE_WORD's shape starts lower-case). */
const titleLine = (): TokenPredicate => perSentence((toks) => !toks.some((t) => TITLE_WORD.test(t.text) && !t.cap));

interface Hit {
  first: number;
  end: number;
  then: Retag;
}

/** Every token a table's rows propose, sentence by sentence (recorded in the trace under the row's id). */
function hits(doc: ParsedDoc, t: RuleTable<Retag>, env: MatchEnv, trace: Trace): Hit[] {
  return doc.sentences.flatMap((s) => propose(t, { doc, range: sentenceRange(doc, s.index), env, trace, kind: 'token' }).map((d) => ({ ...d.span, then: d.value })));
}

function apply(tokens: Token[], found: readonly Hit[]): void {
  for (const h of found) {
    const { ownLetters, ...rest } = h.then;
    for (let k = h.first; k < h.end; k++) {
      const t = tokens[k]!;
      Object.assign(t, rest);
      if (ownLetters) Object.assign(t, { normal: t.text, norm: t.text });
    }
  }
}
