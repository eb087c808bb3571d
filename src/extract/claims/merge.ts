/**
 * One claim per attribution in a sentence. A credit to an outlet ("according to the Ledger") and a
 * named speaker's verb in the same sentence make one claim: source the speaker, via the outlet.
 * With only an unnamed speaker ("sources say", "critics argue"), the outlet is the source.
 */
import type { Attribution, Frame } from '../../refine/attribution/index.js';
import { ANONYMOUS_HEADS } from '../../rules/attribution/described.js';
import { CREDIT_SPEAKER, OUTLET_SPEAKER } from '../../rules/attribution/claim-rows.js';
import { decide } from '../../engine/decide.js';
import type { MatchEnv } from '../../engine/index.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';
import { lastStartingBefore, type ParsedDoc } from '../../parse/types.js';

export interface Draft {
  frame: Frame;
  source: string | null;
  via: string | null;
  start: number;
  end: number;
  rule: string;
}

const named = (att: Attribution, f: Frame): boolean => f.source !== null && (f.source.kind !== 'group' || f.source.modifier !== undefined) && att.sourceOf(f) !== null;

/** ", and" (", but", ", while") closing one attributed clause before the next one's cue. */
const CLAUSE_JOIN = /,\s+(?:and|but|while)\s+/u;

export function mergeSentence(att: Attribution, doc: ParsedDoc, frames: Frame[], s: number, trace: Trace = NO_TRACE): Draft[] {
  const { start: sentStart, end: sentEnd } = doc.sentences[s]!;
  const text = doc.text;
  const claims = frames.filter((f) => f.claim);
  const credits = claims.filter((f) => f.kind === 'credit');
  const all = claims.filter((f) => f.kind !== 'credit');
  const speakers = all.filter((f) => !embedded(att, f, all, text));
  const draft = (f: Frame, via: string | null, rule: string): Draft => ({
    frame: f, source: att.sourceOf(f), via, start: sentStart, end: sentEnd, rule,
  });
  if (credits.length === 0) return speakers.map((f) => carried(att, doc, f, draft(f, null, f.rule), trace));
  const join = credits.length === 1 && speakers.length > 0 ? CLAUSE_JOIN.exec(text.slice(credits[0]!.cueEnd, Math.min(...speakers.map((f) => f.cueStart)))) : null;
  if (join && att.sourceOf(credits[0]!)) { // "A, per the Survey, and B, the Ledger reported": two claims
    const at = credits[0]!.cueEnd + join.index;
    const first = { ...draft(credits[0]!, null, credits[0]!.rule), end: at };
    return [first, ...speakers.map((f) => ({ ...carried(att, doc, f, draft(f, null, f.rule), trace), start: at + join[0].length }))];
  }
  const outlet = att.sourceOf(credits[0]!);
  const namedSpeakers = speakers.filter((f) => named(att, f));
  if (namedSpeakers.length > 0) {
    const out = namedSpeakers.map((f) => (outlet && reportWithin(doc, credits[0]!, f, trace) ? draft(credits[0]!, null, `${credits[0]!.rule}+nested`) : draft(f, outlet, `${f.rule}+via`)));
    for (const d of out) d.start = Math.min(d.start, credits[0]!.start);
    return [...out, ...credits.slice(1).map((c) => draft(c, null, c.rule))];
  }
  return credits.map((c, k) => {
    const d = carried(att, doc, c, draft(c, null, speakers.length > 0 ? `${c.rule}+group` : c.rule), trace); // "according to a person who spoke to the Ledger"
    if (k === 0 && speakers.length > 0) {
      const sent = speakers[0]!;
      d.start = Math.min(c.start, sent.start);
      d.end = Math.max(c.end, sent.end);
    }
    return d;
  });
}

/**
 * The speaker's report sits deep inside the credited content ("According to the Ledger, aides weighed
 * what would follow if their mayor stepped aside ...", "According to the records, the jet flew 300
 * hours since Voss's announcement"): rows CREDIT_SPEAKER read the tokens between the credit's source
 * phrase and the speaker's ("According to the Ledger, Voss said" keeps the speaker, via the outlet).
 */
function reportWithin(doc: ParsedDoc, credit: Frame, f: Frame, trace: Trace): boolean {
  const creditEnd = lastStartingBefore(doc.tokens, credit.source!.end); // both named: the callers' frames have sources
  const at = lastStartingBefore(doc.tokens, f.source!.start + 1);
  const env: MatchEnv = { predicates: new Map([['creditEnd', (_d, i) => i === creditEnd]]) };
  const sent = doc.sentences[f.sentence]!;
  return decide(CREDIT_SPEAKER, { first: at, end: at + 1 }, { doc, range: { first: sent.firstToken, end: sent.endToken }, env, trace, kind: 'claim' })?.value ?? false;
}

const AND_MODAL = /\band\s+(?:would|will|could|might|may)\s+$/u;

/** "X said it was studying the rules and would ask Y to ...": a cue with no subject of its own after a named speaker's cue is inside that report. */
function embedded(att: Attribution, f: Frame, all: Frame[], text: string): boolean {
  if (f.source === null || f.source.text !== '' || f.source.kind !== 'group' || !AND_MODAL.test(text.slice(Math.max(0, f.cueStart - 16), f.cueStart))) return false;
  return all.some((g) => g !== f && g.cueEnd < f.cueStart && g.source?.kind === 'name' && att.sourceOf(g) !== null);
}

/** "told the Ledger", "said in an interview with the Ledger": the outlet is the via of a named speaker or a described one, else the source (rows OUTLET_SPEAKER). */
function carried(att: Attribution, doc: ParsedDoc, f: Frame, d: Draft, trace: Trace): Draft {
  const outlet = att.outletOf(f);
  if (!outlet) return d;
  if (named(att, f) || (d.source !== null && !anonymousHead(doc, f, trace))) return { ...d, via: outlet };
  return { ...d, source: outlet, rule: `${f.rule}+outlet` };
}

/** The head (last token) of the frame's source phrase is an anonymous one ("officials", "a spokesman"). */
function anonymousHead(doc: ParsedDoc, f: Frame, trace: Trace): boolean {
  const src = f.source;
  const head = src && src.end > src.start ? lastStartingBefore(doc.tokens, src.end) : -1;
  const sent = doc.sentences[f.sentence]!;
  return head >= 0 && decide(OUTLET_SPEAKER, { first: head, end: head + 1 }, { doc, range: { first: sent.firstToken, end: sent.endToken }, env: OUTLET_ENV, trace, kind: 'claim' }) !== null;
}

const OUTLET_ENV: MatchEnv = { lexicons: new Map([['anonymous', ANONYMOUS_HEADS]]) };
