/**
 * `--format webanno`: W3C Web Annotation Data Model (JSON-LD), one AnnotationCollection whose single
 * AnnotationPage holds an Annotation per span (every actor mention, date, deadline, quote, claim, cue).
 * Each target names the input and has a TextPositionSelector (code points, as the model requires,
 * whatever `--offsets` says) and a TextQuoteSelector (exact text with up to 32 characters of prefix and
 * suffix); the bodies are TextualBodies: the label (purpose tagging) and what is known about it (value,
 * speaker, source, cue: purpose describing). Quotes and claims link to their speaker's annotation.
 */
import { withOffsets } from '../schema/offsets.js';
import { annotationsOf } from './annotations.js';
import type { FormatContext, Formatter } from './types.js';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const AFFIX = 32;
/** runs that have written an annotation already (the next one needs a comma) */
const started = new WeakSet<FormatContext>();

export const webanno: Formatter = {
  name: 'webanno',
  machine: true,
  header: (ctx) => `{\n  "@context": "${CONTEXT}",\n  "type": "AnnotationCollection",\n  "label": ${JSON.stringify(`${ctx.version ?? 'tiktok-claims'} annotations`)},\n  "first": {\n    "type": "AnnotationPage",\n    "items": [\n`,
  document: (doc, text, ctx, index) => {
    const d = withOffsets(doc, text, 'codepoint');
    const chars = [...text];
    const source = doc.input.url ?? (doc.input.path && doc.input.path !== '-' ? `file:${encodeURI(doc.input.path)}` : `urn:tiktok-claims:input:${index + 1}`);
    const base = `urn:tiktok-claims:${index + 1}:`;
    const { spans, links } = annotationsOf(d);
    const items = spans.map((s) => {
      const linked = links.filter((l) => l.from === s.id).map((l) => ({ type: 'SpecificResource', purpose: 'linking', source: base + l.to }));
      return {
        id: base + s.id,
        type: 'Annotation',
        motivation: 'tagging',
        generator: { type: 'Software', name: ctx.version ?? 'tiktok-claims' },
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: s.label },
          ...s.notes.map((n) => ({ type: 'TextualBody', purpose: 'describing', value: n })),
          { type: 'TextualBody', purpose: 'describing', value: `rule: ${s.rule}` },
          ...linked,
        ],
        target: {
          source,
          selector: [
            { type: 'TextPositionSelector', start: s.start, end: s.end },
            { type: 'TextQuoteSelector', exact: s.text, prefix: chars.slice(Math.max(0, s.start - AFFIX), s.start).join(''), suffix: chars.slice(s.end, s.end + AFFIX).join('') },
          ],
        },
      };
    });
    if (items.length === 0) return '';
    const sep = started.has(ctx) ? ',\n' : '';
    started.add(ctx);
    return sep + items.map((it) => indent(JSON.stringify(it, null, 2), 6)).join(',\n');
  },
  footer: () => '\n    ]\n  }\n}\n',
};

function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s.split('\n').map((l) => pad + l).join('\n');
}
