import { Chalk } from 'chalk';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/format/index.js';
import { analyze } from '../../src/pipeline.js';

/** Smoke test on live extraction: every view renders every fixture without throwing, text intact. */
const dir = new URL('../../fixtures/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('views on live extraction', () => {
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const doc = analyze(text, { referenceDate: '2025-09-15', path: file });
      const ctx = { color: false, chalk: new Chalk({ level: 0 }), inputs: 1 };
      const html = FORMATS.html!.header!(ctx) + FORMATS.html!.document(doc, text, ctx, 0) + FORMATS.html!.footer!(ctx);
      expect(html.match(/<mark /g)?.length ?? 0).toBe(html.match(/<\/mark>/g)?.length ?? 0);
      expect(html).not.toMatch(/<script/i);
      const md = FORMATS.markdown!.document(doc, text, ctx, 0);
      expect(md).toContain(`# ${file.replace(/[_*]/g, (c) => '\\' + c)}`);
      const hl = FORMATS.highlight!.document(doc, text, ctx, 0);
      const unmarked = (s: string) => s.replace(/\|[a-z]+[\]}]/g, '').replace(/[[\]{}]/g, '');
      expect(unmarked(hl)).toContain(unmarked(text).trimEnd());
    });
  }
});
