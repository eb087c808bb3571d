/** Applies the engine rows of src/rules/deadlines/rows.ts to one date item. */
import { holds, sentenceRange, type MatchEnv, type TokenRange } from '../../engine/index.js';
import { NO_TRACE } from '../../engine/trace.js';
import type { DateItem } from '../../schema/doc.js';
import { DEADLINE_ROWS, NOT_DEADLINE_ROWS, type RowCue } from '../../rules/deadlines/rows.js';
import { decide } from '../../engine/decide.js';
import { DEADLINE_WORDS } from '../../rules/deadlines/words.js';
import type { ExtractContext } from '../context.js';
import { tokenSpan } from '../dates/direction-rows.js';
import type { UserLexicon } from '../../schema/lexicon.js';

/** The word sets the rows read, built once (user lexicons may extend them later). */
export const DEADLINE_ENV: MatchEnv = {
  lexicons: new Map(Object.entries(DEADLINE_WORDS).map(([k, v]) => [k, new Set(v)])),
};

/** The word sets with a user lexicon's deadline cues added to the spans that close (`%window%`): "the tender closes on May 3". */
const USER_ENVS = new WeakMap<UserLexicon, MatchEnv>();
function envFor(lex: UserLexicon | null | undefined): MatchEnv {
  if (!lex || lex.deadlineCues.length === 0) return DEADLINE_ENV;
  let env = USER_ENVS.get(lex);
  if (!env) {
    const lexicons = new Map(DEADLINE_ENV.lexicons);
    lexicons.set('window', new Set([...(DEADLINE_ENV.lexicons?.get('window') ?? []), ...lex.deadlineCues.map((r) => r.value)]));
    USER_ENVS.set(lex, (env = { ...DEADLINE_ENV, lexicons }));
  }
  return env;
}

/** The tokens that lie inside an item, or null when none does. */
export const itemTokens = (ctx: ExtractContext, d: DateItem): TokenRange | null => tokenSpan(ctx.doc, d.sentence, d.start, d.end);

export interface RowHit {
  id: string;
  cue: RowCue;
  /** the words of the match outside the item */
  words: string;
  /** where the text after the match begins (the item's end when the match ends with the item) */
  after: number;
}

/**
 * The first row that holds for the item and accepts its kind and tense (`isFuture` is asked only for
 * rows that need a forward-looking clause); recorded in the trace.
 */
export function rowCue(ctx: ExtractContext, d: DateItem, isFuture: () => boolean): RowHit | null {
  const span = itemTokens(ctx, d);
  if (!span) return null;
  const cx = { doc: ctx.doc, range: sentenceRange(ctx.doc, d.sentence), env: envFor(ctx.lexicon) };
  for (const row of DEADLINE_ROWS.rows) {
    if (!row.then.kinds.includes(d.kind as 'date')) continue;
    const m = holds(row, span, cx);
    if (!m || row.then.when === 'future' && !isFuture()) continue;
    (ctx.trace ?? NO_TRACE).add({ rule: row.id, stage: DEADLINE_ROWS.stage, verdict: 'accept', start: d.start, end: d.end, kind: 'deadline', text: d.text });
    const toks = ctx.doc.tokens;
    const from = m.first < span.first ? toks[m.first]!.start : d.end;
    const to = m.first < span.first ? d.start : toks[m.end - 1]!.end;
    const words = ctx.doc.text.slice(from, to).replace(/\s+/g, ' ').trim().split(' ').slice(-4).join(' ');
    return { id: row.id, cue: row.then, words, after: Math.max(d.end, toks[m.end - 1]!.end) };
  }
  return null;
}

/** Whether a not-deadline row rejects the item (a forecast); the rejection is recorded in the trace. */
export function rejected(ctx: ExtractContext, d: DateItem): boolean {
  const span = itemTokens(ctx, d);
  if (!span) return false;
  const cx = { doc: ctx.doc, range: sentenceRange(ctx.doc, d.sentence), env: DEADLINE_ENV, trace: ctx.trace ?? NO_TRACE, kind: 'deadline', verdict: () => 'reject' as const };
  return decide(NOT_DEADLINE_ROWS, span, cx) !== null;
}
