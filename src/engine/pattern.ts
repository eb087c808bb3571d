/**
 * Token patterns in compromise's syntax, compiled once and matched over the parsed document's tokens
 * within one range (a sentence by default). No English in here: words, tags, lexicons and predicates
 * come from the pattern and from the environment the stage passes in.
 *
 *   word          the token's normal form ("said"); `it's`, `point-out` and `u.s.` are words too
 *   (a|b c|d)     alternatives; each may be a sequence ("(according to|per)")
 *   #Tag  !#Tag   a compromise tag on the token (or its absence); `!` negates any one-token atom
 *   %name%        the token's normal form is in the named word set (env.lexicons)
 *   @name         a named token predicate (env.predicates, else the built-ins in predicates.ts)
 *   {a b !c}      one token that satisfies every one-token atom inside ("{#Date @cap !#Month}")
 *   .             any one token
 *   , ; : — "     zero-width: the gap before the next token holds that mark (— any dash, " any quote)
 *   ^  $          the range's start and end
 *   [ ... ]       a capture; the first one is aligned with the candidate in matchSpan()
 *   x? x+ x*      optional, one or more, zero or more (greedy, with backtracking)
 *
 * Matching is bounded: every call has a step budget linear in the range, so no pattern can go
 * polynomial on a long sentence (a pathological pattern then finds nothing rather than hanging).
 */
import type { ParsedDoc } from '../parse/types.js';
import { APOSTROPHE_CHARS } from '../parse/quote-marks.js';
import { BUILTIN_PREDICATES, gapHas, type GapMark, type TokenPredicate } from './predicates.js';

export type Lexicons = ReadonlyMap<string, ReadonlySet<string>>;
export type Predicates = ReadonlyMap<string, TokenPredicate>;

/** What a stage lends the matcher: its word sets and its named predicates. */
export interface MatchEnv {
  lexicons?: Lexicons;
  predicates?: Predicates;
}

export interface TokenRange {
  /** first token index, and one past the last */
  first: number;
  end: number;
}

export interface Match extends TokenRange {
  /** the captures, in the order their `[` appears in the pattern */
  groups: TokenRange[];
}

type Atom =
  | { t: 'word'; w: string }
  | { t: 'tag'; tag: string }
  | { t: 'lex'; name: string }
  | { t: 'pred'; name: string }
  | { t: 'any' }
  | { t: 'not'; atom: Atom }
  | { t: 'all'; atoms: Atom[] }
  | { t: 'alt'; seqs: Node[][] }
  | { t: 'gap'; mark: GapMark }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'group'; index: number; seq: Node[] };

interface Node {
  atom: Atom;
  min: number;
  max: number;
  /** how the matcher repeats it, fixed at compile time: one token at a time, zero-width, or a sub-sequence */
  width: 'one' | 'zero' | 'seq';
}

export interface Pattern {
  source: string;
  seq: Node[];
  groups: number;
  /** how many tokens the pattern can consume before its first capture opens: [min, max] */
  prefix: [number, number];
  /** what the first capture, when it stands at the top level, needs around a candidate (see `anchorChecks`) */
  anchor: AnchorChecks | null;
  /** one-token atoms of which the token a match starts on must satisfy one; null when any token may start one */
  first: Atom[] | null;
}

/**
 * Cheap tests a candidate must pass before matchSpan() tries any start position: the first capture's
 * length bounds, and the one-token atoms that must hold on its first and last token and on the tokens
 * just outside it. Derived from the pattern once; a pure pre-filter (it never accepts what the full
 * match would reject).
 */
interface AnchorChecks {
  len: [number, number];
  first: Atom | null;
  last: Atom | null;
  before: Atom | null;
  after: Atom | null;
}

const CACHE = new Map<string, Pattern>();

/**
 * Steps one call may take: enough for any sane pattern, linear in the range, so that a pattern with
 * nested unbounded repeats gives up (no match) instead of going polynomial on a long sentence.
 */
interface Budget {
  steps: number;
  max: number;
}
const budgetFor = (range: TokenRange): Budget => ({ steps: 0, max: 5_000 + 200 * (range.end - range.first) });

/** Compile a pattern (cached by its source). Throws with the position on a syntax error. */
export function compile(source: string): Pattern {
  const hit = CACHE.get(source);
  if (hit) return hit;
  const p = new Parser(source);
  const seq = p.sequence();
  if (p.pos < source.length) p.fail(`unexpected "${source[p.pos]}"`);
  const pattern: Pattern = { source, seq, groups: p.groups, prefix: prefixLength(seq), anchor: anchorChecks(seq), first: firstAtoms(seq, 0) };
  CACHE.set(source, pattern);
  return pattern;
}

const WORD = new RegExp(`[\\p{L}\\p{N}${APOSTROPHE_CHARS}&._-]`, 'u');
const GAP_MARKS: Record<string, GapMark> = { ',': 'comma', ';': 'semicolon', ':': 'colon', '—': 'dash', '"': 'quote' };

class Parser {
  pos = 0;
  groups = 0;
  constructor(readonly src: string) {}

  fail(msg: string): never {
    throw new Error(`pattern ${JSON.stringify(this.src)}: ${msg} at ${this.pos}`);
  }

  private skip(): void {
    while (this.pos < this.src.length && this.src[this.pos] === ' ') this.pos++;
  }

  sequence(): Node[] {
    const seq: Node[] = [];
    for (;;) {
      this.skip();
      const c = this.src[this.pos];
      if (c === undefined || c === ')' || c === ']' || c === '|') return seq;
      const atom = this.atom();
      let min = 1;
      let max = 1;
      const q = this.src[this.pos];
      if (q === '?') [min, max] = [0, 1];
      else if (q === '+') [min, max] = [1, Infinity];
      else if (q === '*') [min, max] = [0, Infinity];
      if (q === '?' || q === '+' || q === '*') this.pos++;
      seq.push({ atom, min, max, width: ONE_TOKEN.has(atom.t) ? 'one' : ZERO_WIDTH.has(atom.t) ? 'zero' : 'seq' });
    }
  }

  private atom(): Atom {
    const c = this.src[this.pos]!;
    if (c === '!') {
      this.pos++;
      const atom = this.atom();
      if (atom.t === 'group' || atom.t === 'gap' || atom.t === 'start' || atom.t === 'end') this.fail('"!" needs a one-token atom');
      if (atom.t === 'alt' && !oneToken(atom)) this.fail('"!(...)" needs one-token alternatives');
      return { t: 'not', atom };
    }
    if (c === '(') {
      this.pos++;
      const seqs: Node[][] = [this.sequence()];
      while (this.src[this.pos] === '|') {
        this.pos++;
        seqs.push(this.sequence());
      }
      this.expect(')');
      return { t: 'alt', seqs };
    }
    if (c === '{') {
      this.pos++;
      const atoms: Atom[] = [];
      for (this.skip(); this.src[this.pos] !== '}'; this.skip()) {
        if (this.pos >= this.src.length) this.fail('expected "}"');
        const atom = this.atom();
        if (!oneToken(atom)) this.fail('"{...}" needs one-token atoms');
        atoms.push(atom);
      }
      this.pos++;
      return { t: 'all', atoms };
    }
    if (c === '[') {
      this.pos++;
      const index = this.groups++;
      const seq = this.sequence();
      this.expect(']');
      return { t: 'group', index, seq };
    }
    if (c === '#') return { t: 'tag', tag: this.name(1) };
    if (c === '@') return { t: 'pred', name: this.name(1) };
    if (c === '%') {
      const name = this.name(1);
      this.expect('%');
      return { t: 'lex', name };
    }
    if (c === '^') return this.one({ t: 'start' });
    if (c === '$') return this.one({ t: 'end' });
    if (c === '.' && !WORD.test(this.src[this.pos + 1] ?? ' ')) return this.one({ t: 'any' });
    if (c in GAP_MARKS) return this.one({ t: 'gap', mark: GAP_MARKS[c]! });
    if (WORD.test(c)) return { t: 'word', w: this.name(0).toLowerCase() };
    return this.fail(`unexpected "${c}"`);
  }

  private one(atom: Atom): Atom {
    this.pos++;
    return atom;
  }

  private expect(ch: string): void {
    if (this.src[this.pos] !== ch) this.fail(`expected "${ch}"`);
    this.pos++;
  }

  private name(skip: number): string {
    this.pos += skip;
    const start = this.pos;
    while (this.pos < this.src.length && WORD.test(this.src[this.pos]!) && !(this.src[this.pos] === '.' && !WORD.test(this.src[this.pos + 1] ?? ' '))) this.pos++;
    if (this.pos === start) this.fail('expected a name');
    return this.src.slice(start, this.pos);
  }
}

/** Per-call matching state: the document, range, environment, captures and the step budget. */
interface State {
  budget: Budget;
  doc: ParsedDoc;
  range: TokenRange;
  env: MatchEnv;
  groups: TokenRange[];
  /** matchSpan: the first capture must open at `anchor.first` and close at `anchor.end` */
  anchor: TokenRange | null;
  /** > 0 while inside (or past) the first capture: before it, no position may pass `anchor.first` */
  open: number;
}

/** Match the pattern starting exactly at token `i`; null when it does not hold there. */
export function matchAt(doc: ParsedDoc, pattern: Pattern, i: number, range: TokenRange, env: MatchEnv = {}): Match | null {
  return run(doc, pattern, i, range, env, null, budgetFor(range));
}

/** Every non-overlapping match in the range, left to right (an empty match is skipped). */
export function matchIn(doc: ParsedDoc, pattern: Pattern, range: TokenRange, env: MatchEnv = {}): Match[] {
  const out: Match[] = [];
  const budget = budgetFor(range);
  let i = range.first;
  while (i < range.end && budget.steps < budget.max) {
    if (!canStart(doc, pattern, i, range, env)) {
      i++;
      continue;
    }
    const m = run(doc, pattern, i, range, env, null, budget);
    if (m && m.end > m.first) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return out;
}

/**
 * A match whose first capture is exactly `span` (a candidate being decided); a pattern without a
 * capture must cover the span itself. Tries the few start positions that can put the capture there.
 */
export function matchSpan(doc: ParsedDoc, pattern: Pattern, span: TokenRange, range: TokenRange, env: MatchEnv = {}): Match | null {
  if (pattern.groups === 0) {
    if (!canStart(doc, pattern, span.first, range, env)) return null;
    const m = run(doc, pattern, span.first, range, env, null, budgetFor(range));
    return m && m.end === span.end ? m : null;
  }
  if (pattern.anchor && !anchorHolds(doc, pattern.anchor, span, range, env)) return null;
  const [lo, hi] = pattern.prefix;
  const from = Math.max(range.first, span.first - Math.min(hi, span.first - range.first));
  const to = span.first - lo;
  let budget: Budget | null = null; // made on the first start position that can match: most candidates fail before
  for (let i = to; i >= from; i--) {
    if (!canStart(doc, pattern, i, range, env)) continue;
    const m = run(doc, pattern, i, range, env, span, (budget ??= budgetFor(range)));
    if (m) return m;
  }
  return null;
}

function run(doc: ParsedDoc, pattern: Pattern, i: number, range: TokenRange, env: MatchEnv, anchor: TokenRange | null, budget: Budget): Match | null {
  const st: State = { budget, doc, range, env, groups: [], anchor, open: 0 };
  let end = -1;
  const ok = seqAt(st, pattern.seq, 0, i, (j) => {
    end = j;
    return true;
  });
  return ok ? { first: i, end, groups: st.groups.slice() } : null;
}

type Next = (j: number) => boolean;

/** Match seq[k..] at token j, then call `next` with the end; backtracks through quantifiers. */
function seqAt(st: State, seq: Node[], k: number, j: number, next: Next): boolean {
  if (++st.budget.steps > st.budget.max) return false;
  if (st.anchor && st.open === 0 && j > st.anchor.first) return false; // past where the capture must open
  if (k === seq.length) return next(j);
  const node = seq[k]!;
  const rest = (e: number): boolean => seqAt(st, seq, k + 1, e, next);
  return repeat(st, node, 0, j, rest);
}

/** Greedy repetition of one node: as many as allowed, backing off to `min`. */
function repeat(st: State, node: Node, count: number, j: number, next: Next): boolean {
  if (node.width === 'one') return repeatTokens(st, node, j, next);
  if (node.width === 'zero') return atomAt(st, node.atom, j, next) || (node.min === 0 && next(j));
  if (count < node.max) {
    // an alternative may match nothing ("(@lower|$)" at the range's end): that counts once, without looping
    const more = atomAt(st, node.atom, j, (e) => (e > j ? repeat(st, node, count + 1, e, next) : count + 1 >= node.min && next(e)));
    if (more) return true;
  }
  return count >= node.min && next(j);
}

const ONE_TOKEN = new Set<Atom['t']>(['word', 'tag', 'lex', 'pred', 'any', 'not', 'all']);

/** A one-token atom, or an alternative of one-token atoms ("(#Date|#WeekDay)"): what `!` and `{...}` take. */
function oneToken(atom: Atom): boolean {
  return ONE_TOKEN.has(atom.t) || (atom.t === 'alt' && atom.seqs.every((s) => s.length === 1 && s[0]!.min === 1 && s[0]!.max === 1 && oneToken(s[0]!.atom)));
}
const ZERO_WIDTH = new Set<Atom['t']>(['start', 'end', 'gap']);

/** Repetition of a one-token atom without recursion: count the run, then back off from its longest. */
function repeatTokens(st: State, node: Node, j: number, next: Next): boolean {
  let n = 0;
  const end = st.anchor && st.open === 0 ? Math.min(st.range.end, st.anchor.first) : st.range.end;
  while (n < node.max && j + n < end && tokenIs(st.doc, st.range, st.env, node.atom, j + n)) n++;
  for (let k = n; k >= node.min; k--) {
    if (++st.budget.steps > st.budget.max) return false;
    if (next(j + k)) return true;
  }
  return false;
}

function atomAt(st: State, atom: Atom, j: number, next: Next): boolean {
  const { doc, range } = st;
  switch (atom.t) {
    case 'start':
      return j === range.first && next(j);
    case 'end':
      return j === range.end && next(j);
    case 'gap':
      return gapHas(doc, j, range, atom.mark) && next(j);
    case 'alt':
      return atom.seqs.some((seq) => seqAt(st, seq, 0, j, next));
    case 'group':
      return groupAt(st, atom, j, next);
    default:
      return j < range.end && tokenIs(doc, range, st.env, atom, j) && next(j + 1);
  }
}

function groupAt(st: State, atom: Extract<Atom, { t: 'group' }>, j: number, next: Next): boolean {
  const anchored = atom.index === 0 ? st.anchor : null;
  if (anchored && j !== anchored.first) return false;
  if (anchored) st.open++;
  const ok = seqAt(st, atom.seq, 0, j, (e) => {
    if (anchored && e !== anchored.end) return false;
    const saved = st.groups[atom.index];
    st.groups[atom.index] = { first: j, end: e };
    if (next(e)) return true;
    if (saved) st.groups[atom.index] = saved;
    else delete st.groups[atom.index];
    return false;
  });
  if (anchored) st.open--;
  return ok;
}

function tokenIs(doc: ParsedDoc, range: TokenRange, env: MatchEnv, atom: Atom, j: number): boolean {
  const tok = doc.tokens[j]!;
  switch (atom.t) {
    case 'word':
      return tok.normal === atom.w || tok.norm === atom.w;
    case 'tag':
      return tok.tags.has(atom.tag);
    case 'lex': {
      const set = env.lexicons?.get(atom.name);
      if (!set) throw new Error(`pattern: unknown word set %${atom.name}%`);
      return set.has(tok.normal) || set.has(tok.norm);
    }
    case 'pred': {
      const fn = env.predicates?.get(atom.name) ?? BUILTIN_PREDICATES.get(atom.name);
      if (!fn) throw new Error(`pattern: unknown predicate @${atom.name}`);
      return fn(doc, j, range);
    }
    case 'any':
      return true;
    case 'not':
      return !tokenIs(doc, range, env, atom.atom, j);
    case 'all':
      return atom.atoms.every((a) => tokenIs(doc, range, env, a, j));
    case 'alt':
      return atom.seqs.some((s) => tokenIs(doc, range, env, s[0]!.atom, j));
    default:
      return false;
  }
}

/** How many tokens the pattern can consume before its first capture opens: [min, max]. */
function prefixLength(seq: Node[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const n of seq) {
    if (n.atom.t === 'group') return [lo, hi];
    const [a, b] = atomLength(n.atom);
    if (a === -1) return [lo, hi + 1]; // a group nested inside an alternative: stop here
    lo += a * n.min;
    hi += n.max === Infinity || b === Infinity ? 64 : b * n.max;
  }
  return [lo, hi];
}

function atomLength(atom: Atom): [number, number] {
  if (atom.t === 'start' || atom.t === 'end' || atom.t === 'gap') return [0, 0];
  if (atom.t === 'alt') {
    if (atom.seqs.some((s) => s.some((n) => n.atom.t === 'group'))) return [-1, -1];
    const lens = atom.seqs.map((s) => prefixLength(s));
    return [Math.min(...lens.map((l) => l[0])), Math.max(...lens.map((l) => l[1]))];
  }
  return [1, 1];
}

/** The checks of the first capture when it is a node of the top-level sequence (else none). */
function anchorChecks(seq: Node[]): AnchorChecks | null {
  const at = seq.findIndex((n) => n.atom.t === 'group' && n.atom.index === 0);
  if (at < 0) return null;
  const group = seq[at]!.atom as Extract<Atom, { t: 'group' }>;
  const inner = group.seq;
  const oneToken = (n: Node | undefined): Atom | null => (n && n.min >= 1 && ONE_TOKEN.has(n.atom.t) ? n.atom : null);
  return {
    len: seqLength(inner),
    first: oneToken(inner[0]),
    last: oneToken(inner[inner.length - 1]),
    before: oneToken(seq[at - 1]),
    after: oneToken(seq[at + 1]),
  };
}

/** The fewest and most tokens a sequence can consume (Infinity when unbounded). */
function seqLength(seq: Node[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const n of seq) {
    const [a, b] = nodeAtomLength(n.atom);
    lo += a * n.min;
    hi += b === 0 ? 0 : b * n.max;
  }
  return [lo, hi];
}

function nodeAtomLength(atom: Atom): [number, number] {
  if (atom.t === 'start' || atom.t === 'end' || atom.t === 'gap') return [0, 0];
  if (atom.t === 'group') return seqLength(atom.seq);
  if (atom.t === 'alt') {
    const lens = atom.seqs.map(seqLength);
    return [Math.min(...lens.map((l) => l[0])), Math.max(...lens.map((l) => l[1]))];
  }
  return [1, 1];
}

/** Can the first capture be exactly `span`, judging by its length and the tokens at and around its edges? */
function anchorHolds(doc: ParsedDoc, a: AnchorChecks, span: TokenRange, range: TokenRange, env: MatchEnv): boolean {
  const n = span.end - span.first;
  if (n < a.len[0] || n > a.len[1]) return false;
  if (n === 0) return true;
  return (
    edgeHolds(doc, range, env, a.first, span.first) && edgeHolds(doc, range, env, a.last, span.end - 1) &&
    edgeHolds(doc, range, env, a.before, span.first - 1) && edgeHolds(doc, range, env, a.after, span.end)
  );
}

function edgeHolds(doc: ParsedDoc, range: TokenRange, env: MatchEnv, atom: Atom | null, j: number): boolean {
  return !atom || (j >= range.first && j < range.end && tokenIs(doc, range, env, atom, j));
}

/**
 * The one-token atoms the first token of any match of seq[k..] satisfies one of (a pure pre-filter of
 * start positions); null when that cannot be said (a match may be empty, or start with any token).
 */
function firstAtoms(seq: Node[], k: number): Atom[] | null {
  const node = seq[k];
  if (!node) return null;
  if (node.atom.t === 'start' || node.atom.t === 'gap') return firstAtoms(seq, k + 1);
  const own = atomFirst(node.atom);
  if (node.min >= 1 || own === null) return node.min >= 1 ? own : null;
  const rest = firstAtoms(seq, k + 1);
  return rest === null ? null : [...own, ...rest];
}

function atomFirst(atom: Atom): Atom[] | null {
  if (atom.t === 'any' || atom.t === 'end') return null;
  if (ONE_TOKEN.has(atom.t)) return [atom];
  if (atom.t === 'group') return firstAtoms(atom.seq, 0);
  if (atom.t === 'alt') {
    const all: Atom[] = [];
    for (const seq of atom.seqs) {
      const f = firstAtoms(seq, 0);
      if (f === null) return null;
      all.push(...f);
    }
    return all;
  }
  return null;
}

/** Can a match start on token i (its first token satisfies one of the pattern's first atoms)? */
function canStart(doc: ParsedDoc, pattern: Pattern, i: number, range: TokenRange, env: MatchEnv): boolean {
  const first = pattern.first;
  if (first === null) return true;
  if (i >= range.end) return false;
  for (const atom of first) if (tokenIs(doc, range, env, atom, i)) return true;
  return false;
}
