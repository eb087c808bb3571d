import type { DateItem } from '../../schema/doc.js';
import type { ParsedDoc } from '../../parse/types.js';
import { DATE_RULES } from '../../rules/dates/patterns.js';
import type { ExtractContext } from '../context.js';
import { parseYmd } from './calendar.js';
import { resolveAnaphora } from './anaphora.js';
import { attachClocks, clockTime } from './clock.js';
import { anchorRanges } from './ranges.js';
import { rejectedByRow, rejectedOnGroup, type Candidate } from './reject-rows.js';
import { resolve } from './resolve.js';
import { direction, futureBefore, tense } from './tense.js';
import { NO_TRACE } from '../../engine/trace.js';

/** The rule table compiled once: case-insensitive, global, with group indices. */
const COMPILED = DATE_RULES.map((r) => new RegExp(r.pattern, 'gid'));
/** Guard against pathological sentences: at most this many candidates per rule and sentence. */
const MAX_PER_RULE = 200;

/** Every rule's matches in one sentence. */
function candidates(doc: ParsedDoc, si: number): Candidate[] {
  const s = doc.sentences[si]!;
  const out: Candidate[] = [];
  COMPILED.forEach((re, ruleIndex) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(s.text)) !== null && n++ < MAX_PER_RULE) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const at: Record<string, number> = {};
      const idx = m.indices?.groups ?? {};
      for (const [k, v] of Object.entries(idx)) if (v) at[k] = s.start + v[0];
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: si, ruleIndex, groups: { ...m.groups }, at });
    }
  });
  return out;
}

/** Earliest first, then longest, then the rule listed first; overlapping later ones are dropped. */
function select(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleIndex - b.ruleIndex);
  const out: Candidate[] = [];
  let reach = -1;
  for (const c of cands) {
    if (c.start < reach) continue;
    out.push(c);
    reach = c.end;
  }
  return out;
}

/** Dates: every temporal expression, one item per occurrence, normalized against the reference date. */
export function extractDates(ctx: ExtractContext): DateItem[] {
  const { doc } = ctx;
  const ref = parseYmd(ctx.referenceDate);
  const trace = ctx.trace ?? NO_TRACE;
  const items: DateItem[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const kept = candidates(doc, si).filter((c) => {
      const rule = DATE_RULES[c.ruleIndex]!;
      return !rejectedOnGroup(doc, c, rule, trace) && !rejectedByRow(doc, si, c.start, c.end, rule, trace);
    });
    for (const c of select(kept)) {
      const rule = DATE_RULES[c.ruleIndex]!;
      const value = resolve(rule.resolver, {
        groups: c.groups,
        ref,
        dir: () => direction(doc, si, c.start, c.end, ctx.trace),
        ahead: () => futureBefore(doc, si, c.start) || tense(doc, si, c.start, c.end, ctx.trace) === null,
        before: doc.text.slice(Math.max(0, c.start - 5), c.start),
      });
      if (value === undefined) continue;
      const item: DateItem = { text: doc.text.slice(c.start, c.end), value, kind: rule.kind, start: c.start, end: c.end, sentence: si, rule: rule.id };
      const time = rule.resolver === 'clock' ? clockTime(c.groups) : undefined;
      if (time) item.time = time;
      trace.add({ rule: rule.id, stage: 'dates', verdict: 'accept', start: c.start, end: c.end, kind: 'date', text: item.text });
      items.push(item);
    }
  }
  return anchorRanges(attachClocks(resolveAnaphora(items, trace, (d) => tense(doc, d.sentence, d.start, d.end) === 'past'), doc.text, ctx.referenceDate, trace), doc.text, trace);
}
