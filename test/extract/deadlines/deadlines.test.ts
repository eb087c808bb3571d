import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { extractDeadlines } from '../../../src/extract/deadlines/index.js';
import { parse } from '../../../src/parse/index.js';
import { DEADLINE_CUES } from '../../../src/rules/deadlines/cues.js';
import { DEADLINE_CASES, FORWARD_CASES, NON_DEADLINE_CASES, REF, type DeadlineCase } from './deadlines.cases.js';

function run(c: DeadlineCase) {
  const ctx = { doc: parse(c.text), referenceDate: REF };
  const dates = extractDates(ctx);
  return { dates, deadlines: extractDeadlines(ctx, dates) };
}

describe('deadline cues', () => {
  for (const c of DEADLINE_CASES) {
    it(c.id, () => {
      const { deadlines } = run(c);
      expect(deadlines.map((d) => [d.text, d.cue])).toEqual(c.expect.map((e) => [e[0], e[1]]));
      c.expect.forEach(([, , what, cons], i) => {
        expect(deadlines[i]!.what).toContain(what);
        if (cons === null) expect(deadlines[i]!.consequence).toBeNull();
        else expect(deadlines[i]!.consequence).toContain(cons);
      });
    });
  }
});

describe('not deadlines', () => {
  for (const c of NON_DEADLINE_CASES) {
    it(c.id, () => {
      const { dates, deadlines } = run(c);
      expect(dates.length).toBeGreaterThan(0);
      expect(deadlines).toEqual([]);
    });
  }
});

describe('yearless deadlines resolve forward', () => {
  for (const c of FORWARD_CASES) {
    it(c.id, () => {
      const { deadlines } = run({ id: c.id, text: c.text, expect: [] });
      expect(deadlines.map((d) => d.value)).toEqual([c.value]);
    });
  }
});

describe('deadline evidence', () => {
  it('every deadline is also a date, with the same offsets and value', () => {
    const text = 'Velto must sell by May 1. The ban takes effect Sunday.';
    const { dates, deadlines } = run({ id: 'x', text, expect: [] });
    expect(deadlines).toHaveLength(2);
    for (const d of deadlines) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(dates.some((x) => x.start === d.start && x.end === d.end && x.value === d.value)).toBe(true);
    }
  });
  it('every cue row has a unique id and an example that yields a deadline', () => {
    const ids = new Set(DEADLINE_CUES.map((c) => c.id));
    expect(ids.size).toBe(DEADLINE_CUES.length);
    for (const c of DEADLINE_CUES) {
      const { deadlines } = run({ id: c.id, text: `Officials said the firm ${c.example}.`, expect: [] });
      expect(deadlines.length, c.id).toBeGreaterThan(0);
    }
  });
});
