import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { Ledger } from '../../../src/ledger/index.js';
import { daySpan, isoDay } from '../../../src/format/timeline/days.js';
import { ticks } from '../../../src/format/timeline/axis.js';
import { bin } from '../../../src/format/timeline/bins.js';
import { ledgerModel } from '../../../src/format/timeline/build.js';
import { articleTimeline, ledgerTimeline } from '../../../src/format/timeline/index.js';
import { makeDoc } from '../../ledger/make-doc.js';
import { storyLedger } from './story.js';

/** Sum of data-n over the marks of one lane class in an SVG string. */
const marks = (svg: string, cls: string): number => [...svg.matchAll(new RegExp(`class="tl-mark tl-${cls}" data-n="(\\d+)"`, 'gu'))].reduce((n, m) => n + Number(m[1]), 0);
/** Items counted at the axis ends (outside the span the axis shows: "◂1", "2▸"). */
const edges = (svg: string, cls: string): number => [...svg.matchAll(new RegExp(`class="tl-edge tl-${cls}" data-n="(\\d+)"`, 'gu'))].reduce((n, m) => n + Number(m[1]), 0);

describe('values as day spans', () => {
  it('places days, months, quarters, halves, weeks, seasons, years and decades; not unknown parts', () => {
    const len = (v: string) => { const d = daySpan(v)!; return [isoDay(d.from), d.to - d.from, d.precise]; };
    expect(len('2031-03-02')).toEqual(['2031-03-02', 1, true]);
    expect(len('2031-03')).toEqual(['2031-03-01', 31, false]);
    expect(len('2031-Q2')).toEqual(['2031-04-01', 91, false]);
    expect(len('2031-H2')).toEqual(['2031-07-01', 184, false]);
    expect(len('2031-W01')).toEqual(['2030-12-30', 7, false]); // the Monday of the week with January 4
    expect(len('2031-SU')).toEqual(['2031-06-01', 92, false]);
    expect(len('2031')).toEqual(['2031-01-01', 365, false]);
    expect(len('203')).toEqual(['2030-01-01', 3652, false]);
    expect(daySpan('XXXX-09-17')).toBeNull();
    expect(daySpan(null)).toBeNull();
  });
});

describe('axis ticks', () => {
  const label = (a: string, b: string) => ticks(daySpan(a)!.from, daySpan(b)!.from).map((t) => t.label);
  it('picks days, weeks, months or years by the length of the span', () => {
    expect(label('2031-03-01', '2031-03-04')).toEqual(['Mar 1', 'Mar 2', 'Mar 3', 'Mar 4']);
    expect(label('2031-03-01', '2031-04-15')[0]).toBe('Mar 3'); // the first Monday, weekly
    expect(label('2031-01-10', '2031-06-10')).toEqual(['Feb 2031', 'Mar', 'Apr', 'May', 'Jun']);
    expect(label('2020-05-01', '2031-01-01')).toEqual(['2021', '2023', '2025', '2027', '2029', '2031']);
  });
});

describe('density', () => {
  it('merges marks closer than a few pixels into one bin with their count', () => {
    const it1 = (day: number) => ({ from: day, to: day + 1, precise: true, title: String(day), href: null });
    const bins = bin([it1(0), it1(1), it1(100)], (d) => d * 2);
    expect(bins.map((b) => b.items.length)).toEqual([2, 1]);
  });
});

describe('the ledger timeline', () => {
  const doc = storyLedger();
  const svg = ledgerTimeline(doc);
  const model = ledgerModel(doc);

  it('draws one mark per dated item in each lane (bins count their items)', () => {
    const lane = (id: string) => model.lanes.find((l) => l.id === id)!.items.length;
    expect(lane('articles')).toBe(4);
    expect(marks(svg, 'articles')).toBe(4);
    expect(marks(svg, 'dates') + edges(svg, 'dates')).toBe(lane('dates'));
    expect(marks(svg, 'deadlines') + edges(svg, 'deadlines')).toBe(lane('deadlines'));
    expect(lane('deadlines')).toBeGreaterThan(0);
    expect(lane('dates') + lane('deadlines') + model.undated).toBe(doc.timeline.length);
  });

  it('draws the moved deadline as an arrow linked to its thread, and links marks to table rows', () => {
    const moved = doc.threads.filter((t) => t.values.length > 1);
    expect(moved.length).toBeGreaterThan(0);
    expect(svg.match(/class="tl-arrow"/gu)!.length).toBe(model.arrows.length);
    expect(svg).toContain(`href="#thread-${moved[0]!.id}"`);
    expect(svg).toMatch(/href="#tl-\d+"/u);
    expect(svg).toMatch(/href="#art-1"/u);
  });

  it('shows the most quoted sources as strips, and escapes every text', () => {
    expect(svg).toContain('Most quoted sources');
    const hostile = makeDoc({ path: 'x<script>.txt', date: '2031-03-02', dates: [{ text: '<b>March 3</b>', value: '2031-03-03' }] });
    const l = new Ledger();
    l.add(hostile, { id: 'x<script>.txt', path: 'x<script>.txt' });
    const out = ledgerTimeline(l.finish());
    expect(out).not.toMatch(/<script|<b>/u);
    expect(out).toContain('&lt;b&gt;March 3&lt;/b&gt;');
  });

  it('stays bounded for 500 articles: at most one bin per few pixels of each lane', () => {
    const l = new Ledger();
    for (let i = 0; i < 500; i++) {
      const day = `2031-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      l.add(makeDoc({ path: `a${i}.txt`, date: day, dates: [{ text: 'March 3', value: day }], deadlines: [{ text: 'June 1', value: '2031-06-01', what: 'file' }] }), { id: `a${i}`, path: `a${i}.txt` });
    }
    const big = ledgerTimeline(l.finish());
    expect(marks(big, 'articles')).toBe(500);
    expect(big.match(/class="tl-mark tl-articles"/gu)!.length).toBeLessThanOrEqual(120);
    expect(big.length).toBeLessThan(400_000);
  });
});

describe('the article timeline', () => {
  it('draws its dates and deadlines, and nothing without a placeable date', () => {
    const doc = analyze('The agency must file its plan by June 30, 2031. It met on March 3, 2031.', { referenceDate: '2031-03-04' });
    const svg = articleTimeline(doc, 1);
    expect(marks(svg, 'deadlines')).toBe(1);
    expect(marks(svg, 'dates')).toBe(1);
    expect(svg).toContain('class="tl-ref"');
    expect(articleTimeline(analyze('Nothing dated here.'), 2)).toBe('');
  });
});
