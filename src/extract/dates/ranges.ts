/** A yearless date that opens a range is placed just before the date that closes it (RANGE_JOIN). */
import type { DateItem } from '../../schema/doc.js';
import { RANGE_JOIN } from '../../rules/dates/ranges.js';
import { NO_TRACE, type Trace } from '../../engine/trace.js';

const YEARLESS = /^(?!.*\d{4})/;
/** The item's text states no year ("Dec. 9", "June 30"): its year was inferred. */
export const yearless = (text: string): boolean => YEARLESS.test(text);
const DATED = /^(?<y>\d{4})-(?<md>\d\d(?:-\d\d)?)$/;

export function anchorRanges(items: DateItem[], text: string, trace: Trace = NO_TRACE): DateItem[] {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1]!;
    if (a.sentence !== b.sentence || a.kind !== 'date' || !YEARLESS.test(a.text)) continue;
    const va = a.value ? DATED.exec(a.value)?.groups : undefined;
    const vb = b.value ? DATED.exec(b.value)?.groups : undefined;
    if (!va || !vb) continue;
    const between = text.slice(a.end, b.start);
    if (!RANGE_JOIN.between.test(between)) continue;
    const opened = RANGE_JOIN.opener.test(text.slice(Math.max(0, a.start - 12), a.start));
    if (!opened && /\band\s*$/.test(between)) continue;
    const y = Number(vb.y) - (va.md! > vb.md!.slice(0, va.md!.length) ? 1 : 0);
    a.value = `${y}-${va.md}`;
    trace.add({ rule: RANGE_JOIN.id, stage: 'dates', verdict: 'refine', start: a.start, end: a.end, kind: 'date', text: a.text });
  }
  return items;
}
