import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlLedger } from '../../../src/format/ledger/html.js';
import { CHROMIUM, dumpDom } from '../html/chromium.js';
import { storyLedger } from './story.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-timeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const title = CHROMIUM ? 'ledger timeline in headless Chromium' : 'ledger timeline in headless Chromium (SKIPPED: no chromium at /usr/bin/chromium)';

describe.skipIf(!CHROMIUM)(title, () => {
  it('the story ledger page has the SVG timeline: a mark per dated item, the moved deadline arrow, no console error', () => {
    const doc = storyLedger();
    const file = join(dir, 'ledger.html');
    writeFileSync(file, htmlLedger.render(doc, { chalk: undefined as never }));
    const r = dumpDom(file);
    expect(r.status).toBe(0);
    expect(r.console).toEqual([]);
    const svg = /<svg class="tl tl-full"[\s\S]*?<\/svg>/u.exec(r.stdout)?.[0] ?? '';
    const count = (re: RegExp) => [...svg.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
    const dated = doc.timeline.filter((e) => !/X/u.test(e.value)).length + doc.articles.filter((a) => a.date).length;
    expect(count(/class="tl-(?:mark|edge) tl-(?:articles|dates|deadlines)" data-n="(\d+)"/gu)).toBe(dated);
    expect(svg).toMatch(/class="tl-arrow"/u);
    // every link in the picture points at an element of the page
    for (const [, id] of svg.matchAll(/href="#([^"]+)"/gu)) expect(r.stdout).toContain(`id="${id}"`);
  });
});
