import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline.js';
import { Trace } from '../src/engine/trace.js';
import { analyzeInSegments, segmentSpans } from '../src/segments.js';
import type { ClaimsDoc } from '../src/schema/doc.js';

/** Invented articles, one paragraph each, blank line between. */
const ARTICLES = [
  'Maria Okafor, the finance minister of Doeland, said on Tuesday that the budget would be cut by March 3.',
  '"We will not wait," said Tomas Brandt, the mayor of Westhaven. The council must vote by June 1, officials said.',
  'Maria Okafor told reporters on Friday that talks with the Kestrel Bank would resume next week.',
];
const TEXT = ARTICLES.join('\n\n') + '\n';

/** Every item's text is input.slice(start, end), its sentence contains it. */
function checkOffsets(doc: ClaimsDoc, text: string): void {
  const spans = [...doc.actors.flatMap((a) => a.mentions), ...doc.dates, ...doc.deadlines, ...doc.quotes, ...doc.claims];
  expect(spans.length).toBeGreaterThan(5);
  for (const s of spans) {
    const sent = doc.sentences[s.sentence]!;
    expect(sent.start <= s.start && s.end <= sent.end + 1).toBe(true);
  }
  for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const m of doc.actors.flatMap((a) => a.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const d of doc.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
}

describe('segments of a long text', () => {
  it('cut after blank lines, covering the text without gaps', () => {
    const text = 'aaaa bbbb\n\ncccc dddd\n\neeee ffff\n\n';
    const spans = segmentSpans(text, 14);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['aaaa bbbb\n\n', 'cccc dddd\n\n', 'eeee ffff\n\n']);
    expect(segmentSpans('x'.repeat(30), 10).map((s) => s.end - s.start)).toEqual([10, 10, 10]);
    expect(segmentSpans(text, 1000)).toEqual([{ start: 0, end: text.length }]);
  });
  it('never cut inside a surrogate pair', () => {
    const text = '\u{1F600}'.repeat(10);
    for (const s of segmentSpans(text, 5)) expect(text.charCodeAt(s.start) >= 0xdc00 && text.charCodeAt(s.start) <= 0xdfff).toBe(false);
  });

  const whole = analyze(TEXT, { referenceDate: '2024-05-06' });
  const spans = segmentSpans(TEXT, ARTICLES[0]!.length + 10);
  const parts = analyzeInSegments(TEXT, spans, '2024-05-06', undefined, (text, referenceDate, trace) => analyze(text, { referenceDate, trace }));

  it('one segment per article here', () => expect(spans).toHaveLength(3));
  it('offsets, sentences and paragraphs are those of the whole text', () => {
    checkOffsets(parts, TEXT);
    expect(parts.sentences).toEqual(whole.sentences);
    expect(parts.stats).toMatchObject({ paragraphs: whole.stats.paragraphs, sentences: whole.stats.sentences, tokens: whole.stats.tokens });
  });
  it('sentence-local items (dates, deadlines, quotes, claims) equal the whole-text analysis', () => {
    expect(parts.dates).toEqual(whole.dates);
    expect(parts.deadlines).toEqual(whole.deadlines);
    expect(parts.quotes).toEqual(whole.quotes);
    expect(parts.claims).toEqual(whole.claims);
  });
  it('an actor named in two segments is one actor, with the mentions of both, ids given once', () => {
    const okafor = parts.actors.filter((a) => a.name === 'Maria Okafor');
    expect(okafor).toHaveLength(1);
    expect(okafor[0]!.mentions.map((m) => m.sentence)).toEqual(whole.actors.find((a) => a.name === 'Maria Okafor')!.mentions.map((m) => m.sentence));
    expect(parts.actors.map((a) => a.id)).toEqual(parts.actors.map((_, i) => `a${i + 1}`));
    expect(parts.actors.map((a) => a.name)).toEqual(whole.actors.map((a) => a.name));
  });
  it("a caller's trace and --explain's dropped list get offsets into the whole text", () => {
    const trace = new Trace(true);
    const doc = analyzeInSegments(TEXT, spans, '2024-05-06', trace, (text, referenceDate, t) => analyze(text, { referenceDate, trace: t, explain: true }));
    const wholeTrace = new Trace(true);
    analyze(TEXT, { referenceDate: '2024-05-06', trace: wholeTrace });
    const dates = (t: Trace) => t.events.filter((e) => e.stage === 'dates');
    expect(dates(trace).length).toBeGreaterThan(0);
    expect(dates(trace)).toEqual(dates(wholeTrace));
    for (const d of doc.dropped ?? []) expect(TEXT.slice(d.start, d.end)).toBe(d.text);
    expect(doc.actors.every((a) => (a.explain ?? []).length > 0)).toBe(true);
  });
});
