import { describe, expect, it } from 'vitest';
import { scoreArticle } from '../../src/score/score.js';
import { gold, MARA, pred } from './helpers.js';

const q = (text: string, kind: string, speaker: unknown = null, extra: Record<string, unknown> = {}) => ({ text, kind, speaker, ...extra });
const run = (g: unknown[], p: unknown[]) => scoreArticle(gold({ actors: [MARA], quotes: g }), pred({ quotes: p }));

describe('quotes scoring', () => {
  it('a predicted statement matches a gold statement by containment', () => {
    expect(run([q('we will rebuild the pier', 'statement', 'Mara Quillfeather')], [q('we will rebuild the pier,', 'statement', 'Mara Quillfeather')]).fields.quotes.tp).toBe(1);
  });
  it('predicted titles and scare quotes are not scored as statements', () => {
    const s = run([q('we will rebuild', 'statement')], [q('we will rebuild', 'scare')]).fields.quotes;
    expect([s.tp, s.fp, s.fn]).toEqual([0, 0, 1]);
  });
  it('a statement matching a gold title is a false positive, with a note', () => {
    const r = run([q('Evening Tide', 'title')], [q('Evening Tide', 'statement')]);
    expect(r.fields.quotes.fp).toBe(1);
    expect(r.findings).toContainEqual(expect.objectContaining({ kind: 'fp', note: 'a title quote reported as a statement' }));
  });
  it('a statement matching a gold scare quote is a false positive', () => {
    expect(run([q('bold plan', 'scare')], [q('bold plan', 'statement')]).fields.quotes.fp).toBe(1);
  });
  it('ellipsis character and three dots compare equal', () => {
    expect(run([q('the pier\u2026will stand', 'statement')], [q('the pier...will stand', 'statement')]).fields.quotes.tp).toBe(1);
  });
  it('optional gold quotes and the statements matching them are not counted', () => {
    const s = run([q('soft landing', 'statement', null, { optional: true })], [q('soft landing', 'statement')]).fields.quotes;
    expect([s.tp, s.fp, s.fn, s.ignored]).toEqual([0, 0, 0, 1]);
  });
  it('speaker accuracy accepts an alias of the gold speaker', () => {
    expect(run([q('we will rebuild', 'statement', 'Mara Quillfeather')], [q('we will rebuild', 'statement', 'Mayor Quillfeather')]).fields.quotes.speakerAccuracy.value).toBe(1);
  });
  it('speaker accuracy: another name is wrong, and listed', () => {
    const r = run([q('we will rebuild', 'statement', 'Mara Quillfeather')], [q('we will rebuild', 'statement', 'Tobias Renk')]);
    expect(r.fields.quotes.speakerAccuracy).toEqual({ correct: 0, total: 1, value: 0 });
    expect(r.findings).toContainEqual(expect.objectContaining({ metric: 'speaker', got: 'Tobias Renk' }));
  });
  it('speaker accuracy: a null predicted speaker is wrong', () => {
    expect(run([q('we will rebuild', 'statement', 'Mara Quillfeather')], [q('we will rebuild', 'statement', null)]).fields.quotes.speakerAccuracy.value).toBe(0);
  });
  it('speaker accuracy skips gold statements without a speaker', () => {
    const s = run([q('we will rebuild', 'statement', null)], [q('we will rebuild', 'statement', 'Tobias Renk')]).fields.quotes;
    expect(s.tp).toBe(1);
    expect(s.speakerAccuracy.total).toBe(0);
  });
  it('a list of gold speakers accepts any of them', () => {
    expect(run([q('together', 'statement', ['Ada Brill', 'Mara Quillfeather'])], [q('together', 'statement', 'Quillfeather')]).fields.quotes.speakerAccuracy.value).toBe(1);
  });
  it('kind accuracy over all matched quotes, any predicted kind', () => {
    const r = run([q('Evening Tide', 'title'), q('bold plan', 'scare'), q('we will rebuild', 'statement')], [q('Evening Tide', 'title'), q('bold plan', 'statement'), q('we will rebuild', 'statement')]);
    expect(r.fields.quotes.kindAccuracy).toEqual({ correct: 2, total: 3, value: 2 / 3 });
  });
  it('overlapping offsets pair equal quotes in place', () => {
    // gold listed out of text order: document-order greedy alone would cross the pairs
    const g = [q('no', 'statement', 'Ada Brill', { span: [50, 52] }), q('no', 'statement', 'Mara Quillfeather', { span: [10, 12] })];
    const p = [q('no', 'statement', 'Ada Brill', { start: 50, end: 52 }), q('no', 'statement', 'Mara Quillfeather', { start: 10, end: 12 })];
    expect(run(g, p).fields.quotes.speakerAccuracy.value).toBe(1);
  });
});
