import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectMarks } from '../../../src/format/html/collect.js';
import { analyze } from '../../../src/pipeline.js';
import { ClaimsDoc } from '../../../src/schema/doc.js';
import { SAMPLE_TEXT, sampleDoc } from '../sample-doc.js';
import { report } from './render.js';


describe('the sample document', () => {
  it('is a valid ClaimsDoc whose offsets give the texts back', () => {
    const doc = ClaimsDoc.parse(sampleDoc());
    for (const x of [...doc.dates, ...doc.deadlines, ...doc.quotes, ...doc.claims]) expect(SAMPLE_TEXT.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('collectMarks', () => {
  const marks = collectMarks(sampleDoc());
  it('marks every actor mention, date, quote, claim and cue', () => {
    const count = (k: string) => marks.filter((m) => m.kind === k).length;
    expect(count('actor-person')).toBe(3);
    expect(count('actor-media')).toBe(2);
    expect(count('claim')).toBe(3);
    expect(count('cue')).toBe(3);
    expect(count('quote-statement')).toBe(2);
    expect(count('quote-scare')).toBe(1);
  });
  it('draws a date that is also a deadline once, as the deadline', () => {
    expect(marks.filter((m) => m.kind === 'deadline').length).toBe(1);
    expect(marks.filter((m) => m.kind === 'date').length).toBe(3);
  });
  it('puts canonical name, normalized value, speaker, source, cue and rule in the tips', () => {
    const tip = (kind: string, i = 0) => marks.filter((m) => m.kind === kind)[i]!.tip;
    expect(tip('actor-person', 1)).toContain('Person: Mara Quell');
    expect(tip('actor-person', 1)).toContain('2 mentions');
    expect(tip('deadline')).toMatch(/Deadline: 2024-06-30[\s\S]*due: the ferry levy will be cut[\s\S]*rule deadline\.by/);
    expect(tip('quote-statement')).toContain('speaker: Mara Quell (speaker.said-before)');
    expect(tip('claim', 1)).toContain('source: Mara Quell via Daily Ledger');
    expect(tip('claim', 2)).toContain('source: unnamed');
  });
});

describe('html report', () => {
  const out = report([{ doc: sampleDoc(), text: SAMPLE_TEXT }]);

  it('is one self-contained document: no scripts, no remote or external assets, a strict CSP', () => {
    expect(out.startsWith('<!doctype html>')).toBe(true);
    expect(out.trimEnd().endsWith('</html>')).toBe(true);
    expect(out).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
    expect(out).toContain("default-src 'none'");
  });

  it('marks spans in place, nested, with a focusable first fragment', () => {
    expect(out).toContain('<mark class="mk k-actor-person" data-tip="Person: Mara Quell&#10;role: chair');
    expect(out).toMatch(/<mark class="mk k-deadline"[^>]*tabindex="0">June 30<\/mark>/);
    const opens = out.match(/<mark /g)!.length;
    expect(out.match(/<\/mark>/g)!.length).toBe(opens);
  });

  it('escapes the article text', () => {
    expect(out).toContain('&lt;b&gt;soon&lt;/b&gt;');
    expect(out).not.toContain('<b>soon</b>');
  });

  it('has the side panels: actors with roles and counts, the timeline in order, the ledger by source', () => {
    expect(out).toMatch(/<b>Mara Quell<\/b> <span class="role">chair<\/span> <span class="count" title="mentions">×2<\/span>/);
    const times = [...out.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
    expect(times).toEqual(['2024-05-02', '2024-05-03', '2024-06-30', 'P2W']);
    expect(out.indexOf('<h4>Mara Quell')).toBeLessThan(out.indexOf('<h4><i>unnamed source</i>'));
  });

  it('gives one section per article', () => {
    const two = report([
      { doc: sampleDoc(), text: SAMPLE_TEXT },
      { doc: sampleDoc(), text: SAMPLE_TEXT },
    ]);
    expect(two.match(/<section class="report"/g)!.length).toBe(2);
    expect(two).toContain('id="article-2"');
    expect(two).toContain('2 articles');
  });

  it('renders the hostile fixture as text (live extraction)', () => {
    const text = readFileSync(new URL('../../../fixtures/own-hostile.txt', import.meta.url), 'utf8');
    const page = report([{ doc: analyze(text, { referenceDate: '2025-03-04' }), text }]);
    expect(page).not.toMatch(/<script>alert|<img src=x/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});
