/**
 * Words for actor detection: tokens split at hyphens ("U.S.-China" -> "U.S.", "China"), possessive
 * endings dropped ("Doe's" -> "Doe"), flagged for sentence starts, headlines and quoted titles.
 */
import type { ParsedDoc, Token } from '../../parse/types.js';
import { MAYBE_FINAL, NEVER_FINAL } from '../../parse/abbreviations.js';
import type { Word } from './types.js';
import { markBareTitles } from './worktitles.js';
import { sportParagraphs } from './sport.js';
import { FIRST_PERSON, TITLE_CASE_SMALL } from './wordsets.js';
import { APOSTROPHE_CHARS, CLOSING_MARK_CHARS, DASH_CHARS, OPENING_MARK_CHARS, POSSESSIVE_END } from '../../parse/quote-marks.js';

/** Words that keep a following period: abbreviations and initials ("Corp.", "Sen.", "J."). */
const ABBREV_DOT = new Set([...NEVER_FINAL, ...MAYBE_FINAL].filter((w) => !w.includes('.')));
/** Hyphen-minus and en dash: between two words with no space, they join them. */
const JOINERS: readonly number[] = [0x2d, 0x2013];
const OPENERS = new Set([...OPENING_MARK_CHARS].filter((c) => c !== "'" && c !== '`').concat(['(', '[', ':', ...DASH_CHARS]));

export function buildWords(doc: ParsedDoc): Word[] {
  const words: Word[] = [];
  const headline = headlineSentences(doc);
  const sport = sportParagraphs(doc);
  for (const t of doc.tokens) pushToken(doc, t, words, headline.has(t.sentence), sport.has(doc.sentences[t.sentence]!.paragraph));
  markTitles(doc, words);
  markBareTitles(doc.text, words);
  return words;
}

function pushToken(doc: ParsedDoc, t: Token, out: Word[], headline: boolean, sport: boolean): void {
  const poss = t.poss;
  const firstOfSentence = t.first;
  let offset = 0;
  const prev = out[out.length - 1];
  // a hyphen or an en dash between ("Export–Import Bank": the parser splits at the dash, a name does not)
  const joined = !!prev && prev.sentence === t.sentence && t.start - prev.end === 1 && JOINERS.includes(doc.text.charCodeAt(prev.end));
  const parts = t.hyphen.length > 0 ? t.hyphen : [poss ? t.text.replace(POSSESSIVE_END, '') : t.text];
  parts.forEach((part, k) => {
    const start = t.start + offset;
    offset += part.length + 1;
    if (!part) return;
    let end = start + part.length;
    if ((ABBREV_DOT.has(part.toLowerCase()) || /^\p{Lu}$/u.test(part)) && doc.text[end] === '.' && !paragraphStop(doc.text, part, end)) end++;
    const word = doc.text.slice(start, end);
    out.push({
      i: out.length, token: t.index, text: word, lower: word.toLowerCase(), start, end, sentence: t.sentence, tags: t.tags,
      cap: isCap(word), poss: poss && k === parts.length - 1,
      first: k === 0 && (firstOfSentence || afterOpener(doc.text, start) || afterStop(doc.text, start, out[out.length - 1])),
      headline, title: false, hyphen: k > 0 || joined, sport, monthSurname: false,
    });
  });
}

/** "... Academy of Dramatic Art.": a period that ends the paragraph after a word that never ends a sentence ("Art.", "St.") is the full stop. */
function paragraphStop(text: string, part: string, dot: number): boolean {
  PARAGRAPH_END.lastIndex = dot;
  return NEVER_FINAL.has(part.toLowerCase()) && PARAGRAPH_END.test(text);
}

const PARAGRAPH_END = /\.[ \t]*(?:[\r\n]|$)/uy;

const ELIDED_CAP = new RegExp(`^\\p{Ll}[${APOSTROPHE_CHARS}]\\p{Lu}`, 'u');

/** Capitalized, CamelCase ("eBay"), or an elided particle before a capital ("d'Alembert", "l'Orient"). */
export function isCap(w: string): boolean {
  return /^\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w) || ELIDED_CAP.test(w);
}

function afterOpener(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  if (p < 0) return false;
  if (text[p] === "'" || text[p] === '"') return p === 0 || /[\s(\[]/u.test(text[p - 1]!);
  return OPENERS.has(text[p]!);
}

/** After ". ", "? " or "! " inside a quotation the parser kept whole, unless the period ends an abbreviation. */
function afterStop(text: string, pos: number, prev: Word | undefined): boolean {
  let p = pos - 1;
  while (p >= 0 && text[p] === ' ') p--;
  if (p === pos - 1) return false;
  while (p > 0 && CLOSING_MARK_CHARS.includes(text[p]!)) p--;
  if (p < 0 || !'.?!'.includes(text[p]!)) return false;
  return !prev || prev.end <= p || !prev.text.endsWith('.');
}

/** Symbols after a sentence's stop ('... cut. 🎉', '... soon. ★', '###') do not make it a headline. */
const TRAILING_SYMBOLS = /[\s\p{S}\p{Extended_Pictographic}\uFE0F\u200D#*]+$/u;


/**
 * Headline sentences: a one-sentence paragraph mostly capitalized, or without final punctuation (symbols
 * after it aside) and without a first-person "I"/"me" ("Tomas and I built it together" is an answer).
 */
function headlineSentences(doc: ParsedDoc): Set<number> {
  const out = new Set<number>();
  for (const p of doc.paragraphs) {
    const n = p.endSentence - p.firstSentence;
    // "Doe Wins A Big Vote. Here's What Comes Next.": a short paragraph in title case is a headline, whatever its stops
    const titled = n > 1 && n <= MAX_HEADLINE_SENTENCES && titleCase(doc.text.slice(p.start, p.end));
    for (let k = p.firstSentence; titled && k < p.endSentence; k++) out.add(k);
    if (n !== 1) continue;
    const s = doc.sentences[p.firstSentence]!;
    const end = s.text.replace(TRAILING_SYMBOLS, '');
    const noStop = !/[.!?\u2026"'\u201d\u2019]$/u.test(end);
    const title = titleCase(s.text);
    const speaker = doc.tokens.slice(s.firstToken, s.endToken).some((t) => FIRST_PERSON.has(t.normal));
    if (title || (noStop && !speaker)) out.add(s.index);
  }
  return out;
}

/** A title-case paragraph of more sentences than this is text, not a headline. */
const MAX_HEADLINE_SENTENCES = 3;

/** Most words capitalized (small words aside): a title or headline. */
export function titleCase(s: string): boolean {
  const ws = s.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter((w) => w && !TITLE_CASE_SMALL.has(w.toLowerCase()));
  if (ws.length === 0) return false;
  const caps = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / ws.length >= 0.9;
}

/** "a report titled '...'": a title cue right before a quote allows a longer title. */
const TITLE_CUE = /\b(?:titled|entitled|called|headlined|named)[ \t]*$/u;

/**
 * Words inside a short quoted span in title case ("Face the Nation", 'Winter of the Gulls') are a title, not
 * actors; a longer one ('"Doe Joins Growing List Of Critics As Vote Nears"', a book's subtitle) is read as a
 * headline: a name in it is only a known form ("Doe"), never the run around it.
 */
function markTitles(doc: ParsedDoc, words: Word[]): void {
  let w = 0;
  for (const q of doc.quotes) {
    const inner = doc.text.slice(q.start, q.end).replace(/[.,!?]+$/u, '');
    const max = TITLE_CUE.test(doc.text.slice(Math.max(0, q.outerStart - 12), q.outerStart)) ? 16 : 8;
    if (!titleCase(inner)) continue;
    const short = inner.split(/\s+/).length <= max;
    while (w < words.length && words[w]!.end <= q.outerStart) w++;
    for (let k = w; k < words.length && words[k]!.start < q.outerEnd; k++) [words[k]!.title, words[k]!.headline] = [short, !short || words[k]!.headline];
  }
}
