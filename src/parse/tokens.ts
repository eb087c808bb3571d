import nlp from 'compromise';
import { bulkMatch } from './sweep.js';
import type { QuoteSpan, Span, Token } from './types.js';
import { APOSTROPHE_CHARS, DASH_CHARS, MARK_CHARS, POSSESSIVE_END, POSSESSIVE_S_END } from './quote-marks.js';

/** Sentences are tagged in chunks of at most this many characters, so memory stays bounded. */
const CHUNK_CHARS = 8000;

interface CompromiseTerm {
  text: string;
  normal?: string;
  tags: Set<string>;
}

interface TaggedView {
  document: CompromiseTerm[][];
  compute(hooks: string[]): void;
}

/**
 * What `nlp(text)` does (tokenize, then run the world's hooks in order) less the hooks whose work no
 * stage reads: compromise's phrase chunker ('chunks': sets term.chunk, not a tag) is about a tenth of
 * its tagging time. The tags are those of `nlp(text)` (test/parse/tagging.test.ts). The world itself is
 * left as it is: other code in the process (the lexicon's conjugation, a library user) keeps `nlp`.
 */
const UNREAD_HOOKS = new Set(['chunks']);
let View: (new (document: unknown) => TaggedView) | null = null;

export function tag(text: string): TaggedView {
  View ??= (nlp('') as unknown as { constructor: new (document: unknown) => TaggedView }).constructor;
  const methods = nlp.methods() as { one: { tokenize: { fromString(text: string, world: object): unknown }; bulkMatch: unknown } };
  const view = new View(methods.one.tokenize.fromString(text, nlp.world()));
  // the faster, same-result bulk matcher (./sweep.ts) only while this call tags: synchronous, restored after
  const own = methods.one.bulkMatch;
  methods.one.bulkMatch = bulkMatch;
  try {
    view.compute(nlp.hooks().filter((h) => !UNREAD_HOOKS.has(h)));
  } finally {
    methods.one.bulkMatch = own;
  }
  return view;
}

/**
 * A sentence longer than CHUNK_CHARS (text with no sentence punctuation) is tagged in pieces of about
 * this many characters: compromise's cost grows with the square of a sentence's length (a 256 KB
 * sentence takes minutes), so pieces keep tagging linear.
 */
const PIECE_CHARS = 2000;

/**
 * Tag the text once with compromise, chunk by chunk of whole sentences, and map every term back to
 * offsets in the original text. `sentences` must be in text order; each token gets the index of the
 * sentence it starts in. Linear: each chunk is tagged once and the offsets come from a forward scan.
 */
export function tokenize(text: string, sentences: Span[], quotes: readonly QuoteSpan[] = []): Token[] {
  const tokens: Token[] = [];
  const glued = gluedMarks(text, quotes);
  let s = 0;
  while (s < sentences.length) {
    let e = s + 1;
    while (e < sentences.length && sentences[e]!.end - sentences[s]!.start <= CHUNK_CHARS) e++;
    const whole: Span = { start: sentences[s]!.start, end: sentences[e - 1]!.end };
    const spans = whole.end - whole.start > CHUNK_CHARS ? pieces(text, whole, PIECE_CHARS) : [whole];
    for (const span of spans) tagChunk(text, span, sentences, s, e, tokens, glued);
    s = e;
  }
  return tokens;
}

/** Tag text[span] and append its terms as tokens; sentences [s, e) cover the span. */
function tagChunk(text: string, span: Span, sentences: Span[], s: number, e: number, tokens: Token[], glued: readonly number[] = []): void {
  const chunkStart = span.start;
  const chunk = unglued(text.slice(span.start, span.end), span, glued);
  const view = tag(chunk);
  let cursor = 0;
  let sent = s;
  for (const cSentence of view.document) {
    for (const term of cSentence) {
      if (!term.text || MARK_ONLY.test(term.text)) continue; // a dash or quotation mark the tagger kept as a word ("PARIS ― The talks", "fine, '' said Voss"): punctuation, in the gap
      const at = chunk.indexOf(term.text, cursor);
      if (at < 0 || at - cursor > 200) continue; // compromise changed the surface form: skip the term
      const start = chunkStart + at;
      const end = start + term.text.length;
      cursor = at + term.text.length;
      while (sent + 1 < e && sentences[sent + 1]!.start <= start) sent++;
      const normal = term.normal ?? term.text.toLowerCase();
      tokens.push({
        index: tokens.length,
        sentence: sent,
        start,
        end,
        text: term.text,
        normal,
        norm: withoutPossessive(normal),
        tags: internTags(term.tags),
        cap: CAPITALIZED.test(term.text),
        poss: term.text.length > 2 && POSSESSIVE.test(term.text),
        hyphen: hyphenParts(term.text),
        first: false,
        inQuote: false,
      });
    }
  }
}

/**
 * The offsets of quotation marks glued to a word on the far side ('... bitter,"Hale said', 'Voss:"We won'):
 * the tagger would read '"Hale' or 'Voss:"We' as one word. A closing mark with a letter or digit right after
 * it; an opening mark with a letter, digit or clause mark right before it.
 */
function gluedMarks(text: string, quotes: readonly QuoteSpan[]): number[] {
  const out: number[] = [];
  for (const q of quotes) {
    if (GLUED_BEFORE.test(text[q.outerStart - 1] ?? ' ')) for (let i = q.outerStart; i < q.start && MARK_CHAR.test(text[i]!); i++) out.push(i);
    if (q.closed && WORD_CHAR.test(text[q.outerEnd] ?? ' ')) for (let i = q.outerEnd - 1; i >= q.end && MARK_CHAR.test(text[i]!); i--) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The chunk as the tagger reads it: each glued mark inside the span a space (same length: offsets hold; the text keeps its marks). */
function unglued(chunk: string, span: Span, glued: readonly number[]): string {
  const inside = glued.filter((i) => i >= span.start && i < span.end);
  if (inside.length === 0) return chunk;
  const chars = chunk.split('');
  for (const i of inside) chars[i - span.start] = ' ';
  return chars.join('');
}

const MARK_CHAR = new RegExp(`[${MARK_CHARS}]`, 'u');
const WORD_CHAR = /[\p{L}\p{N}]/u;
const GLUED_BEFORE = /[\p{L}\p{N},:;.!?]/u;
const CAPITALIZED = /^\p{Lu}/u;
const MARK_ONLY = /^[\p{Pd}\p{Pi}\p{Pf}"'`]+$/u;
const POSSESSIVE = new RegExp(`(?:[${APOSTROPHE_CHARS}]s|s[${APOSTROPHE_CHARS}])$`, 'u');
const APOSTROPHE_END = new RegExp(`[${APOSTROPHE_CHARS}]$`, 'u');
const NO_PARTS: readonly string[] = Object.freeze([]);

/** "voss's" -> "voss", "jones'" -> "jones". */
export function withoutPossessive(normal: string): string {
  return normal.replace(POSSESSIVE_S_END, '').replace(APOSTROPHE_END, '');
}

/** "U.S.-China's" -> ["U.S.", "China"] (split at every hyphen, possessive ending dropped); [] without a hyphen. */
function hyphenParts(text: string): readonly string[] {
  const bare = text.length > 2 && POSSESSIVE.test(text) ? text.replace(POSSESSIVE_END, '') : text;
  return bare.includes('-') ? bare.split('-') : NO_PARTS;
}

/**
 * One shared, read-only set per distinct combination of tags (a few hundred in a long text): a token
 * then costs a pointer, not a set of its own (a quarter of the memory a parse keeps, less GC work).
 */
const TAG_SETS = new Map<string, ReadonlySet<string>>();
const MAX_TAG_SETS = 10_000;

function internTags(tags: Set<string>): ReadonlySet<string> {
  // keyed in compromise's insertion order (no sort, no array): one tagging path gives one order, and a
  // set reached in another order only costs one more shared set
  let key = '';
  for (const t of tags) key += t + ',';
  const known = TAG_SETS.get(key);
  if (known) return known;
  if (TAG_SETS.size < MAX_TAG_SETS) TAG_SETS.set(key, tags);
  return tags;
}

/** A clause mark a long span may be cut after: comma, semicolon, colon or dash. */
const CUT_AFTER = new RegExp(`[,;:${DASH_CHARS}]`, 'u');

/**
 * Cut a span into pieces of at most `max` characters, at a clause break (, ; : or a dash followed by
 * a space) in the second half of the window, else at a space, else at `max` (never inside a surrogate pair).
 */
export function pieces(text: string, span: Span, max: number): Span[] {
  const out: Span[] = [];
  let a = span.start;
  while (span.end - a > max) {
    let cut = -1;
    let space = -1;
    for (let i = a + max; i > a + (max >> 1); i--) {
      if (!/\s/u.test(text[i]!)) continue;
      if (space < 0) space = i;
      if (CUT_AFTER.test(text[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = space > 0 ? space : a + max;
    const code = text.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--;
    out.push({ start: a, end: cut });
    a = cut;
  }
  out.push({ start: a, end: span.end });
  return out;
}
