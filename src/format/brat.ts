/**
 * `--format brat`: brat standoff (.ann) for one article: a text-bound annotation `T` per span (actor
 * mention, date, deadline, quote, claim, cue), a relation `R` from each quote or claim to its speaker's
 * or source's mention, and an `AnnotatorNotes` line with what is known about it. Offsets are code points
 * (brat is Python), whatever `--offsets` says; a span over a line break becomes fragments ("0 5;6 9"), as
 * brat requires. Save it as NAME.ann beside NAME.txt; BRAT_CONFIG is the matching annotation.conf.
 */
import { withOffsets } from '../schema/offsets.js';
import { annotationsOf, LINK_LABELS, SPAN_LABELS } from './annotations.js';
import type { Formatter } from './types.js';

export const brat: Formatter = {
  name: 'brat',
  machine: true,
  single: true,
  document: (doc, text) => {
    const { spans, links } = annotationsOf(withOffsets(doc, text, 'codepoint'));
    const chars = [...text];
    const t = new Map(spans.map((s, i) => [s.id, `T${i + 1}`]));
    const lines: string[] = [];
    spans.forEach((s, i) => {
      const frags = fragments(chars, s.start, s.end);
      const surface = frags.map(([a, b]) => chars.slice(a, b).join('')).join(' ');
      lines.push(`T${i + 1}\t${s.label} ${frags.map(([a, b]) => `${a} ${b}`).join(';')}\t${surface}`);
    });
    links.forEach((l, i) => lines.push(`R${i + 1}\t${l.label} Arg1:${t.get(l.from)} Arg2:${t.get(l.to)}`));
    spans.forEach((s, i) => lines.push(`#${i + 1}\tAnnotatorNotes T${i + 1}\t${[...s.notes, `rule: ${s.rule}`].join('; ').replace(/[\t\r\n]+/g, ' ')}`));
    return lines.length ? lines.join('\n') + '\n' : '';
  },
};

/** [start, end) split at line breaks, each fragment trimmed of surrounding whitespace. */
function fragments(chars: readonly string[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let a = start;
  for (let i = start; i <= end; i++) {
    if (i < end && chars[i] !== '\n' && chars[i] !== '\r') continue;
    let [x, y] = [a, i];
    while (x < y && /\s/u.test(chars[x]!)) x++;
    while (y > x && /\s/u.test(chars[y - 1]!)) y--;
    if (y > x) out.push([x, y]);
    a = i + 1;
  }
  return out.length ? out : [[start, end]];
}

/** brat's annotation.conf for these files (`tiktok-claims schema brat-config`). */
export const BRAT_CONFIG = [
  '[entities]',
  ...SPAN_LABELS,
  '',
  '[relations]',
  ...LINK_LABELS.map((l) => `${l}\tArg1:${l === 'speaker' ? 'Quote|Claim' : 'Claim'}, Arg2:Person|Organization|Country|Media|Place`),
  '',
  '[events]',
  '',
  '[attributes]',
  '',
].join('\n');
