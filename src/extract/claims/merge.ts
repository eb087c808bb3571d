/**
 * One claim per attribution in a sentence. A credit to an outlet ("according to the Ledger") and a
 * named speaker's verb in the same sentence make one claim: source the speaker, via the outlet.
 * With only an unnamed speaker ("sources say", "critics argue"), the outlet is the source.
 */
import type { Attribution, Frame } from '../../refine/attribution/index.js';
import { ANONYMOUS_HEADS } from '../../rules/attribution/described.js';

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

export function mergeSentence(att: Attribution, frames: Frame[], sentStart: number, sentEnd: number, text = ''): Draft[] {
  const claims = frames.filter((f) => f.claim);
  const credits = claims.filter((f) => f.kind === 'credit');
  const all = claims.filter((f) => f.kind !== 'credit');
  const speakers = all.filter((f) => !embedded(att, f, all, text));
  const draft = (f: Frame, via: string | null, rule: string): Draft => ({
    frame: f, source: att.sourceOf(f), via, start: sentStart, end: sentEnd, rule,
  });
  if (credits.length === 0) return speakers.map((f) => carried(att, f, draft(f, null, f.rule)));
  const join = credits.length === 1 && speakers.length > 0 ? CLAUSE_JOIN.exec(text.slice(credits[0]!.cueEnd, Math.min(...speakers.map((f) => f.cueStart)))) : null;
  if (join && att.sourceOf(credits[0]!)) { // "A, per the Survey, and B, the Ledger reported": two claims
    const at = credits[0]!.cueEnd + join.index;
    const first = { ...draft(credits[0]!, null, credits[0]!.rule), end: at };
    return [first, ...speakers.map((f) => ({ ...carried(att, f, draft(f, null, f.rule)), start: at + join[0].length }))];
  }
  const outlet = att.sourceOf(credits[0]!);
  const namedSpeakers = speakers.filter((f) => named(att, f));
  if (namedSpeakers.length > 0) {
    const out = namedSpeakers.map((f) => (outlet && within(text, credits[0]!, f) ? draft(credits[0]!, null, `${credits[0]!.rule}+nested`) : draft(f, outlet, `${f.rule}+via`)));
    for (const d of out) d.start = Math.min(d.start, credits[0]!.start);
    return [...out, ...credits.slice(1).map((c) => draft(c, null, c.rule))];
  }
  return credits.map((c, k) => {
    const d = carried(att, c, draft(c, null, speakers.length > 0 ? `${c.rule}+group` : c.rule)); // "according to a person who spoke to the Ledger"
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
 * hours since Voss's announcement"): a fronted credit whose own phrase is not followed, across its comma,
 * by the speaker's source. The credit is then the claim's source; "According to the Ledger, Voss said"
 * keeps the speaker, via the outlet.
 */
function within(text: string, credit: Frame, f: Frame): boolean {
  const src = f.source;
  return credit.source !== null && src !== null && credit.cueStart <= src.start && [...text.slice(credit.source.end, src.start)].some((c) => c !== ',' && c.trim() !== '');
}

const AND_MODAL = /\band\s+(?:would|will|could|might|may)\s+$/u;

/** "X said it was studying the rules and would ask Y to ...": a cue with no subject of its own after a named speaker's cue is inside that report. */
function embedded(att: Attribution, f: Frame, all: Frame[], text: string): boolean {
  if (f.source === null || f.source.text !== '' || f.source.kind !== 'group' || !AND_MODAL.test(text.slice(Math.max(0, f.cueStart - 16), f.cueStart))) return false;
  return all.some((g) => g !== f && g.cueEnd < f.cueStart && g.source?.kind === 'name' && att.sourceOf(g) !== null);
}

/** "told the Ledger", "said in an interview with the Ledger": the outlet is the via of a named speaker, else the source. */
function carried(att: Attribution, f: Frame, d: Draft): Draft {
  const outlet = att.outletOf(f);
  if (!outlet) return d;
  if (named(att, f) || (d.source !== null && !ANONYMOUS_HEADS.has(f.source!.text.toLowerCase().split(' ').pop()!))) return { ...d, via: outlet }; // "Voss fans told the Ledger": a described group keeps its phrase, "Avalon officials" give way
  return { ...d, source: outlet, rule: `${f.rule}+outlet` };
}
