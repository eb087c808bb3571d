import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/pipeline.js';
import { SAMPLE_TEXT, sampleDoc } from '../sample-doc.js';
import { CHROMIUM, dumpDom, dumpWithScreenshot, type ChromiumRun } from './chromium.js';
import { report } from './render.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const title = CHROMIUM ? 'html report in headless Chromium' : 'html report in headless Chromium (SKIPPED: no chromium at /usr/bin/chromium; apt-get install -y chromium)';

/**
 * One Chromium launch (a second or more of CPU each) for the sample, the hostile fixture and the screenshot:
 * a two-article report (the sample, then the hostile fixture), its DOM dumped and its screenshot taken in the
 * same run; the control page has a launch of its own.
 */
let shown: { file: string; r: ChromiumRun; png: string };
beforeAll(() => {
  if (!CHROMIUM) return;
  const text = readFileSync(new URL('../../../fixtures/own-hostile.txt', import.meta.url), 'utf8');
  const file = page('two.html', report([{ doc: sampleDoc(), text: SAMPLE_TEXT }, { doc: analyze(text, { referenceDate: '2025-03-04' }), text }]));
  const png = join(dir, 'two.png');
  shown = { file, png, r: dumpWithScreenshot(file, png, '1200,900') };
});

describe.skipIf(!CHROMIUM)(title, () => {
  it('shows every mark, nested, with no console errors', () => {
    const { r, file } = shown;
    expect(r.status).toBe(0);
    expect(r.console).toEqual([]);
    expect(r.stdout).toMatch(/<mark class="mk k-deadline"[^>]*>June 30<\/mark>/);
    expect(r.stdout).toMatch(/<mark class="mk k-claim"[^>]*>the ferry levy "<mark class="mk k-quote-statement"/);
    expect(r.stdout.match(/<mark /g)!.length).toBe(readFileSync(file, 'utf8').match(/<mark /g)!.length);
    expect(r.stdout).toContain('<aside id="panels-1"');
    expect(r.stdout).toContain('<aside id="panels-2"');
  });

  it('renders the hostile fixture as text: no injected element, no blocked load, no console error', () => {
    const { r } = shown;
    expect(r.status).toBe(0);
    expect(r.console).toEqual([]);
    expect(r.stdout).not.toMatch(/<script|<img|<b>fixes/i);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).toContain('"&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('control: the same text pasted unescaped would inject elements and log console errors (the checks can fail)', () => {
    const file = page('control.html', report([{ doc: sampleDoc(), text: SAMPLE_TEXT }]).replace('<main>', '<main><img src=x onerror=alert(1)>'));
    const r = dumpDom(file);
    expect(r.stdout).toMatch(/<img src="x"/);
    expect(r.console.length).toBeGreaterThan(0);
  });

  it('takes a screenshot of a two-article report', () => {
    const { r, png } = shown;
    expect(r.status).toBe(0);
    expect(r.console).toEqual([]);
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1200); // width from the IHDR chunk
    expect(statSync(png).size).toBeGreaterThan(20_000); // not a blank page
  });
});
