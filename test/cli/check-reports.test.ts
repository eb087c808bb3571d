import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { pierGoldDir } from './pier-gold.js';
import { runCli } from './run.js';

/** A tiny annotated article (invented); its gold holds a claim no extractor can find, so claims recall < 1. */
const dir = pierGoldDir('tc-reports-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe('check --format junit', () => {
  it('parses as XML: a failing case per missed minimum, a case per article and metric', async () => {
    const r = await runCli(['check', dir, '--format', 'junit', '--min', 'claims.recall=1', '--min', 'dates.f1=0.5']);
    expect(r.code).toBe(1);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const suites = asArray(doc.testsuites.testsuite) as { name: string; failures: string; testcase: unknown }[];
    expect(suites.map((s) => s.name)).toEqual(['all articles (micro-averaged)', 'pier']);
    const total = asArray(suites[0]!.testcase) as { name: string; failure?: { message: string } }[];
    expect(total.map((c) => c.name)).toEqual(['claims.recall >= 1', 'dates.f1 >= 0.5']);
    expect(total[0]!.failure?.message).toMatch(/^claims\.recall 0\.500 < 1$/);
    expect(total[1]!.failure).toBeUndefined();
    expect(doc.testsuites.failures).toBe('1');
    const perArticle = asArray(suites[1]!.testcase) as { name: string }[];
    expect(perArticle.map((c) => c.name)).toContain('quotes.speakerAccuracy');
    expect(Number(doc.testsuites.tests)).toBe(total.length + perArticle.length);
  });
});

describe('check --format github', () => {
  it('prints workflow commands: an error per missed minimum, a warning at the article file, a summary notice', async () => {
    const r = await runCli(['check', dir, '--format', 'github', '--min', 'claims.recall=1', '--verbose']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice)( [^:]+)?::/.test(l))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^::error title=tiktok-claims check%3A claims\.recall below minimum::claims\.recall 0\.500 < 1/));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::warning file=${join(dir, 'pier.txt').replace(/[.]/g, '\\.')},title=claims\\.recall below 1::pier`)));
    expect(lines).toContainEqual(expect.stringMatching(/^::notice .*title=claims miss::pier claims missed/));
    expect(lines[lines.length - 1]).toMatch(/^::notice title=tiktok-claims check::1 articles: .*1 of 1 minimums missed$/);
  });
});
