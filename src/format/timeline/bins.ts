/**
 * Density: marks closer than a few pixels merge into one bin that shows its count, so a lane stays
 * legible (and the SVG small) from 2 to thousands of items: at most one bin per BIN_PX of axis.
 */
import type { TlItem } from './model.js';

export interface Bin {
  x: number;
  /** right edge for a period drawn as a bar (x2 > x + 1), else x */
  x2: number;
  /** a period (drawn as a bar) rather than a day (a dot) */
  bar: boolean;
  items: TlItem[];
}

export const BIN_PX = 16;

export function bin(items: readonly TlItem[], xOf: (day: number) => number): Bin[] {
  const placed = items
    .map((it) => ({ it, x: xOf(it.from), x2: it.precise ? xOf(it.from) : Math.max(xOf(it.to), xOf(it.from) + 3) }))
    .sort((a, b) => a.x - b.x || a.x2 - b.x2);
  const out: Bin[] = [];
  for (const p of placed) {
    const last = out[out.length - 1];
    const bar = p.x2 > p.x + 1;
    if (last && p.x - last.x < BIN_PX && bar === last.bar) {
      last.items.push(p.it);
      if (bar) last.x2 = Math.max(last.x2, p.x2);
    } else out.push({ x: p.x, x2: p.x2, bar, items: [p.it] });
  }
  return out;
}

/** The hover text of a bin: every item's title up to a limit, then a count of the rest. */
export function binTitle(b: Bin, limit = 8): string {
  const head = b.items.slice(0, limit).map((i) => i.title);
  const more = b.items.length > limit ? [`… and ${b.items.length - limit} more`] : [];
  return (b.items.length > 1 ? [`${b.items.length} items`, ...head, ...more] : head).join('\n');
}
