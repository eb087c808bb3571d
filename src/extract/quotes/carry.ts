/**
 * A quotation that goes on with an earlier statement's speaker (rows QUOTE_CARRY of
 * src/rules/quotes/speakers.ts): the next quoted sentence of a speech right after the sentence a
 * statement closes, or a quoted sentence later in a statement's paragraph when nobody else is
 * brought in between. Its own frame or clause, when it names a speaker, wins before; a clause right
 * after it whose subject names no one ('"Encore!" the audience shouted back') keeps it from carrying.
 */
import type { Quote } from '../../schema/doc.js';
import type { ParsedDoc, QuoteSpan } from '../../parse/types.js';
import type { ChainMention } from '../../refine/chains/index.js';
import { lastStartingBefore, quotesOpeningIn, sentenceAt } from '../../parse/types.js';
import { holds } from '../../engine/decide.js';
import { CLOSING_MARK_CHARS } from '../../parse/quote-marks.js';
import { QUOTE_CARRY, type SpeakerCarry } from '../../rules/quotes/speakers.js';
import { answeredAfter, onlySpeakerSubjects, quoteTokens, subjectsOf, type ClauseSpeaker, type SpeakerContext } from './clause-speaker.js';
import { fillsSentence, OPENS_QUOTE, quotesFill } from './speaker.js';
import { defaultKind, scareSized } from './kind.js';

export function carried(doc: ParsedDoc, sx: SpeakerContext, out: readonly Quote[], q: QuoteSpan): ClauseSpeaker | null {
  const s = sentenceAt(doc, q.outerStart);
  const sent = doc.sentences[s]!;
  const span = quoteTokens(doc, q, s);
  const range = { first: sent.firstToken, end: sent.endToken };
  let speaker: string | null = null;
  const row = answeredAfter(doc, sx, q, s) ? undefined : QUOTE_CARRY.rows.find((r) => holds(r, span, { doc, range }) && (speaker = FROM[r.then.from](doc, sx, out, q, s)) !== null);
  return row && speaker ? { speaker, rule: row.id } : null;
}

type Carry = (doc: ParsedDoc, sx: SpeakerContext, out: readonly Quote[], q: QuoteSpan, s: number) => string | null;

/** Right after the sentence the last statement closes (only closing marks and final punctuation after its words). */
const closing: Carry = (doc, _sx, out, _q, s) => {
  const prev = out[out.length - 1];
  const before = doc.sentences[s - 1];
  return prev !== undefined && isStatement(prev) && before !== undefined && prev.end > before.start && CLOSING_ONLY.test(doc.text.slice(prev.end, before.end)) ? prev.speaker : null;
};

/**
 * A statement by its own words (a clause of more than a scare term's words, not a term set off) inside the
 * next sentence of the paragraph, right after the sentence that holds the last statement, with no frame and
 * no subject in its sentence but the speaker or a pronoun naming no one else: the writer goes on in the speaker's words
 * ('"...," Voss said. For renters, "you can't plan ahead."').
 */
const closingFragment: Carry = (doc, sx, out, q, s) => {
  const prev = lastStatement(sx, out);
  const text = doc.text.slice(q.start, q.end);
  const own = !fillsSentence(doc, q, s, s) && defaultKind(text, false).kind === 'statement' && !scareSized(text) && sx.att.frames[s]!.length === 0;
  const after = prev?.speaker != null && sentenceAt(doc, prev.end - 1) === s - 1 && doc.sentences[s - 1]!.paragraph === doc.sentences[s]!.paragraph;
  return own && after && onlySpeakerSubjects(doc, sx, s, prev!.speaker!) ? prev!.speaker : null;
};

/** Later in the paragraph of the last statement, filling its sentence, with no other person the subject of a clause between. */
const paragraph: Carry = (doc, sx, out, q, s) => {
  const para = doc.sentences[s]!.paragraph;
  const prev = lastStatement(sx, out);
  const same = prev !== undefined && prev.speaker !== null && doc.sentences[prev.sentence]!.paragraph === para && (fillsSentence(doc, q, s, s) || quotesFill(doc, sx.att.quotes, s, s));
  return same && !someoneElse(doc, sx, prev.sentence + 1, s, prev.speaker!) ? prev.speaker : null;
};

/** Filling a paragraph of its own that reports nothing, right after a paragraph whose last sentence holds a statement's end (its words need not close that sentence). */
const quoteParagraph: Carry = (doc, sx, out, q, s) => {
  const prev = lastStatement(sx, out);
  return ownParagraph(doc, sx, q, s) && prev !== undefined && sentenceAt(doc, prev.end - 1) === s - 1 ? prev.speaker : null;
};

/**
 * Filling a paragraph of its own that reports nothing, right after a paragraph holding the last statement
 * earlier than its last sentence, when every sentence after that statement still speaks of its speaker (its
 * name, or a personal pronoun: "he", "her"; the chains may link it elsewhere) and no one else is the subject of a clause there: the narration
 * between stays with the speaker ('"...," Voss said. The crews would knock on her door. ¶ "..."').
 */
const quoteParagraphLater: Carry = (doc, sx, out, q, s) => {
  const prev = lastStatement(sx, out);
  const before = doc.sentences[s - 1];
  const from = prev ? sentenceAt(doc, prev.end - 1) + 1 : s;
  const later = prev !== undefined && prev.speaker !== null && before !== undefined && doc.sentences[prev.sentence]!.paragraph === before.paragraph && from < s;
  if (!later || !ownParagraph(doc, sx, q, s) || someoneElse(doc, sx, from, s, prev.speaker!)) return null;
  const speaksOf = (m: ChainMention): boolean => m.chain?.name === prev.speaker || (m.kind === 'pronoun' && m.number === 'sg' && m.gender !== null);
  for (let k = from; k < s; k++) if (!mentionsIn(sx, doc.sentences[k]!).some(speaksOf)) return null;
  return prev.speaker;
};

/** The chain mentions inside a sentence: the mentions are in text order, read back from the sentence's end. */
function mentionsIn(sx: SpeakerContext, sent: { start: number; end: number }): ChainMention[] {
  const out: ChainMention[] = [];
  const all = sx.chains.mentions;
  for (let k = lastStartingBefore(all, sent.end); k >= 0 && all[k]!.start >= sent.start; k--) out.push(all[k]!);
  return out;
}

/** Filling a paragraph of its own that reports nothing, right before a paragraph that opens with a quotation: the speaker its first attribution names. */
const nextOpening: Carry = (doc, sx, _out, q, s) => {
  const next = doc.sentences[doc.paragraphs[doc.sentences[s]!.paragraph]!.endSentence];
  const opens = next !== undefined && OPENS_QUOTE.test(next.text) && ownParagraph(doc, sx, q, s);
  const first = opens ? [...sx.att.frames[next.index]!].sort((a, b) => a.cueStart - b.cueStart)[0] : undefined;
  return first ? sx.att.sourceOf(first) : null;
};

/** The quotation fills the paragraph it opens, and nothing in that paragraph reports. */
function ownParagraph(doc: ParsedDoc, sx: SpeakerContext, q: QuoteSpan, s: number): boolean {
  const para = doc.paragraphs[doc.sentences[s]!.paragraph]!;
  const last = para.endSentence - 1;
  return para.firstSentence === s && last === sentenceAt(doc, Math.max(q.outerStart, q.outerEnd - 1)) && fillsSentence(doc, q, s, last) && sx.att.frames.slice(s, last + 1).every((f) => f.length === 0);
}

/**
 * Filling a paragraph of its own that reports nothing, right after a paragraph that holds no quotation and
 * introduces one person: its first sentence says who they are (it opens with its subject, the person, and a
 * copula), no one else is the subject of a clause in it and no report there names anyone else ('Ann Roe
 * is the curator of insects. She led the dig. ¶ "Think about these forests."'): the person just introduced
 * speaks. A paragraph that only narrates ('Tom Hale walked to the pier. ¶ "..."') credits no one.
 */
const introduced: Carry = (doc, sx, _out, q, s) => {
  const para = doc.paragraphs[doc.sentences[s]!.paragraph - 1];
  if (!para || !ownParagraph(doc, sx, q, s)) return null;
  const from = para.firstSentence;
  const to = para.endSentence;
  const start = doc.sentences[from]!.start;
  const unquoted = !quotesOpeningIn(sx.att.quotes, para.start, doc.sentences[to - 1]!.end).some((o) => o.outerEnd > start); // a quotation lies inside the paragraph it was scanned in: only this paragraph's can reach its sentences
  const opening = doc.sentences[from]!.firstToken;
  const introduces = (sx.clauses[from] ?? []).some((c) => c.phraseStart === opening && doc.tokens[c.verb.head]!.tags.has('Copula')); // "Ann Roe is the curator of ...", not "Ann Roe walked to the pier"
  const who = unquoted && introduces ? subjectsOf(doc, sx, from, 'person')[0] : undefined;
  const onlyTheirs = (w: string): boolean => sx.att.frames.slice(from, to).every((fs) => fs.every((f) => [w, null].includes(sx.att.sourceOf(f))));
  return who !== undefined && onlyTheirs(who) && !someoneElse(doc, sx, from, to, who) ? who : null;
};

const FROM: Record<SpeakerCarry['from'], Carry> = { closing, closingFragment, paragraph, quoteParagraph, quoteParagraphLater, nextOpening, introduced };

const isStatement = (o: Quote): boolean => o.kind === 'statement';

/** The last statement so far that is not nested in another (out[k] is the quote of span att.quotes[k]). */
function lastStatement(sx: SpeakerContext, out: readonly Quote[]): Quote | undefined {
  let k = out.length - 1;
  while (k >= 0 && (sx.att.quotes[k]!.nested || !isStatement(out[k]!))) k--;
  return out[k];
}

/** A person other than `speaker` is the subject of a clause in sentences [from, to). */
function someoneElse(doc: ParsedDoc, sx: SpeakerContext, from: number, to: number, speaker: string): boolean {
  for (let s = from; s < to; s++) if (subjectsOf(doc, sx, s, 'person').some((name) => name !== speaker)) return true;
  return false;
}

/** Only closing marks and a sentence's final punctuation between a quotation's words and its sentence's end. */
const CLOSING_ONLY = new RegExp(`^[\\s.,!?\u2026${CLOSING_MARK_CHARS}']*$`, 'u');
