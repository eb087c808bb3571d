/** --explain: every item of every list names the rows behind it; rejected candidates are listed. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { Trace, type Verdict } from '../src/engine/trace.js';
import { analyze } from '../src/pipeline.js';
import { ClaimsDoc } from '../src/schema/doc.js';
import { claimsDocJsonSchema } from '../src/schema/json-schema.js';
import { runCli } from './cli/run.js';

const REF = '2025-06-15';
const TEXT = [
  'Acme Corp. said on Monday that the Ministry of Finance must file its report by June 1.',
  'Mara Voss, the company spokeswoman, told Reuters: "We won. We will win again."',
  'Monday Blues is a song, the Ledger reported.',
].join('\n\n');
const LISTS = ['actors', 'dates', 'deadlines', 'quotes', 'claims'] as const;

describe('analyze(text, {explain: true})', () => {
  const plain = analyze(TEXT, { referenceDate: REF });
  const doc = analyze(TEXT, { referenceDate: REF, explain: true });

  it('without the option, no item has `explain` and the document has no `dropped`', () => {
    for (const list of LISTS) for (const it of plain[list]) expect(it).not.toHaveProperty('explain');
    expect(plain).not.toHaveProperty('dropped');
  });

  it('with it, the lists are the same items, each with an explain list whose first step is its rule', () => {
    for (const list of LISTS) {
      expect(doc[list].length, list).toBeGreaterThan(0);
      expect(doc[list].map(({ explain: _e, ...rest }) => rest)).toEqual(plain[list]);
      for (const it of doc[list]) {
        expect(it.explain!.length).toBeGreaterThan(0);
        expect(it.explain![0]!.rule).toBe(it.rule.split(/[:+]/u)[0]);
        for (const step of it.explain!) expect(step.stage).toMatch(/^[a-z-]+$/u);
      }
    }
  });

  it("an item lists only the rows about its own candidates (exact spans), and refinements of them", () => {
    const text = 'Treasury Secretary Ana Ruiz spoke on Monday about the budget.\n\nLater that day, Ruiz met with reporters.';
    const at = text.lastIndexOf('Ruiz');
    const trace = new Trace(true);
    const ev = (rule: string, verdict: Verdict, start: number, end: number) => trace.add({ rule, stage: 'actors', verdict, start, end, kind: 'actor' });
    ev('test.mention-final', 'accept', at, at + 4); // the mention's own candidate
    ev('test.other-candidate', 'accept', at - 5, at + 4); // a different, overlapping candidate ("day, Ruiz")
    ev('test.merge', 'refine', at, at + 2); // a refinement touching the mention
    ev('test.rejected', 'reject', at, at + 4);
    const doc = analyze(text, { referenceDate: REF, explain: true, trace });
    const ruiz = doc.actors.find((a) => a.name === 'Ana Ruiz')!;
    expect(ruiz.explain!.map((s) => s.rule)).toEqual([ruiz.rule, 'test.mention-final', 'test.merge']);
    expect(doc.dropped!.map((d) => d.rule)).toContain('test.rejected');
  });

  it('dropped lists rejected candidates with their offsets', () => {
    expect(doc.dropped!.length).toBeGreaterThan(0);
    for (const d of doc.dropped!) {
      expect(TEXT.slice(d.start, d.end)).toBe(d.text);
      expect(d.rule).toMatch(/\./u);
    }
  });

  it('validates against the zod schema and the exported JSON Schema', () => {
    expect(ClaimsDoc.safeParse(doc).success).toBe(true);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(claimsDocJsonSchema());
    expect(validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('extract --explain', () => {
  it('json: an explain list on every item and a dropped list', async () => {
    const r = await runCli(['extract', '-', '--format', 'json', '--date', REF, '--explain'], { input: TEXT });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    for (const list of LISTS) for (const it of doc[list]) expect(Array.isArray(it.explain)).toBe(true);
    expect(Array.isArray(doc.dropped)).toBe(true);
  });

  it('pretty: a why line under each item and a dropped section', async () => {
    const r = await runCli(['extract', '-', '--date', REF, '--explain'], { input: TEXT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {6}why: actors\.org\.suffix$/mu);
    expect(r.stdout).toMatch(/why: quote\.pair > kind\.attributed/u);
    expect(r.stdout).toMatch(/DROPPED BY A RULE \(\d+\)/u);
  });

  it('without it, output has neither', async () => {
    const r = await runCli(['extract', '-', '--format', 'json', '--date', REF], { input: TEXT });
    expect(r.stdout).not.toMatch(/"explain"|"dropped"/u);
    expect((await runCli(['extract', '-', '--date', REF], { input: TEXT })).stdout).not.toMatch(/why:|DROPPED/u);
  });
});
