import { Chalk } from 'chalk';
import { html } from '../../../src/format/html/index.js';
import type { ClaimsDoc } from '../../../src/schema/doc.js';

/** A whole report, as the CLI streams it: header, one section per document, footer. */
export function report(docs: { doc: ClaimsDoc; text: string }[]): string {
  const c = { color: false, chalk: new Chalk({ level: 0 }), inputs: docs.length };
  return html.header!(c) + docs.map((d, i) => html.document(d.doc, d.text, c, i)).join('') + html.footer!(c);
}
