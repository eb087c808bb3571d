import { describe, expect, it } from 'vitest';
import { layer, type LayerEvent, type Mark } from '../../../src/format/html/marks.js';
import { LAYER_CASES } from './marks.cases.js';

function draw(text: string, events: LayerEvent[]): string {
  return events
    .map((e) => (e.type === 'text' ? text.slice(e.start, e.end) : e.type === 'open' ? `<${e.mark.kind}${e.first ? '' : '~'}:` : '>'))
    .join('');
}

describe('layer: span nesting', () => {
  for (const c of LAYER_CASES) {
    it(c.id, () => {
      const marks: Mark[] = c.marks.map(([start, end, kind]) => ({ start, end, kind, tip: kind }));
      const events = layer(c.text.length, marks);
      expect(draw(c.text, events)).toBe(c.want);
    });
  }

  it('always gives the whole text back, in order, with balanced open/close', () => {
    const text = 'x'.repeat(60);
    const marks: Mark[] = [];
    for (let i = 0; i < 40; i++) marks.push({ start: (i * 7) % 50, end: ((i * 7) % 50) + 1 + ((i * 13) % 11), kind: i % 2 ? 'claim' : 'date', tip: '' });
    const events = layer(text.length, marks);
    let depth = 0;
    let covered = 0;
    for (const e of events) {
      if (e.type === 'open') depth++;
      else if (e.type === 'close') expect(--depth).toBeGreaterThanOrEqual(0);
      else {
        expect(e.start).toBe(covered);
        covered = e.end;
        expect(e.active.length).toBe(depth);
      }
    }
    expect(depth).toBe(0);
    expect(covered).toBe(text.length);
    // each mark is opened once as "first" and closed once as "last"
    expect(events.filter((e) => e.type === 'open' && e.first).length).toBe(marks.length);
    expect(events.filter((e) => e.type === 'close' && e.last).length).toBe(marks.length);
  });
});
