/** Quote kind from the words around it: title (Title Case after a title cue), scare, statement. */
import type { QuoteKind } from '../../schema/doc.js';
import { SCARE_CUES, SCARE_MAX_WORDS, TITLE_BY_HEAD, TITLE_CUES, TITLE_SMALL_WORDS } from '../../rules/quotes/kinds.js';
import type { ParsedDoc, QuoteSpan } from '../../parse/types.js';
import { sentenceAt } from '../../parse/types.js';
import { APOSTROPHE_CHARS, POSSESSIVE_S_END } from '../../parse/quote-marks.js';
import { QUOTE_NAMING } from '../../rules/quotes/kinds.js';
import { decide, sentenceRange } from '../../engine/decide.js';
import type { Trace } from '../../engine/trace.js';
import { quoteTokens } from './clause-speaker.js';

export interface KindResult {
  kind: QuoteKind;
  rule: string;
}

const wordsOf = (s: string): string[] => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

export function isTitleCase(quote: string): boolean {
  if (quote.trim().startsWith('#')) return true;
  if (/[!?;:]$/u.test(quote.trim())) return false;
  const words = wordsOf(quote.replace(/[.,]$/u, ''));
  if (words.length < 2 || words.length > 10) return false;
  return words.every((w, i) => (i > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())) || /^[\p{Lu}\p{N}#'"\u2018\u201c(]/u.test(w));
}

const NOT_WORD = new RegExp(`[^\\p{L}\\p{N}${APOSTROPHE_CHARS}-]+`, 'u');

/** The title or scare cue just before the quote in its own sentence (from `floor`, the sentence's start), if any. */
export function cueKind(text: string, q: QuoteSpan, floor = 0): KindResult | null {
  const window = text.slice(Math.max(floor, q.outerStart - 40), q.outerStart);
  const before = window.toLowerCase();
  const words = before.split(NOT_WORD).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const prevIsPossessive = POSSESSIVE_S_END.test(last) && /[A-Z]/u.test(window);
  for (const c of SCARE_CUES) if (c.before.includes(last)) return { kind: 'scare', rule: c.id };
  const quote = text.slice(q.start, q.end);
  if (!isTitleCase(quote)) return null;
  if (quote.trim().startsWith('#')) return { kind: 'title', rule: 'title.hashtag' };
  if (prevIsPossessive) return { kind: 'title', rule: 'title.possessive-outlet' };
  const head = wordsOf(quote.replace(/[.,]$/u, '')).pop()?.toLowerCase() ?? '';
  if (TITLE_BY_HEAD.before.has(last) && TITLE_BY_HEAD.heads.has(head)) return { kind: 'title', rule: TITLE_BY_HEAD.id };
  for (const c of TITLE_CUES) if (c.before.includes(last) || c.before.includes(words[words.length - 2] ?? '')) return { kind: c.kind ?? 'title', rule: c.id };
  return null;
}

/** At most as many words as a scare quote may have. */
export const scareSized = (quote: string): boolean => wordsOf(quote).length <= SCARE_MAX_WORDS;

/** Kind when no cue decided it: statement with a speaker or a long quotation; else scare. */
export function defaultKind(quote: string, hasSpeaker: boolean): KindResult {
  if (hasSpeaker) return { kind: 'statement', rule: 'kind.attributed' };
  if (/[.!?]$/u.test(quote.trim())) return { kind: 'statement', rule: 'kind.utterance' };
  if (wordsOf(quote).length <= SCARE_MAX_WORDS) return { kind: 'scare', rule: 'kind.short-unattributed' };
  return { kind: 'statement', rule: 'kind.long' };
}

/** A quotation that names a thing ("a process called "extraction""): a scare quote, by the rows QUOTE_NAMING. */
export function namingKind(doc: ParsedDoc, q: QuoteSpan, trace?: Trace): KindResult | null {
  const s = sentenceAt(doc, q.outerStart);
  const d = decide(QUOTE_NAMING, quoteTokens(doc, q, s), { doc, range: sentenceRange(doc, s), trace, kind: 'quote' });
  return d ? { kind: d.value, rule: d.rule } : null;
}
