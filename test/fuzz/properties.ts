/**
 * What must hold for every input text: no internal error; every item's evidence slices back to its
 * text; output proportional to the input; every output format renders.
 */
import { Chalk } from 'chalk';
import { analyze } from '../../src/index.js';
import { FORMATS, type FormatContext } from '../../src/format/index.js';
import type { ClaimsDoc } from '../../src/schema/doc.js';

/** Output characters per input character (plus a fixed allowance for the headers of a short text): JSON. */
export const JSON_FACTOR = 60;
/** The same for every rendered format: webanno's JSON-LD (about 1.5 KB per mark) and csv rows are the most verbose. */
export const FORMAT_FACTOR = 300;
export const SIZE_SLACK = 20_000;

/** Every object with numeric start/end and a string text: text === input.slice(start, end). */
export function evidenceErrors(input: string, value: unknown, path = 'doc', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => evidenceErrors(input, v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && input.slice(o.start, o.end) !== o.text) {
      out.push(`${path}: slice(${o.start}, ${o.end}) = ${JSON.stringify(input.slice(o.start, o.end))} but text = ${JSON.stringify(o.text)}`);
    }
    if (typeof o.cueStart === 'number' && typeof o.cueEnd === 'number' && typeof o.cue === 'string' && input.slice(o.cueStart, o.cueEnd) !== o.cue) {
      out.push(`${path}: cue slice(${o.cueStart}, ${o.cueEnd}) is not ${JSON.stringify(o.cue)}`);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'input' && v && typeof v === 'object') evidenceErrors(input, v, `${path}.${k}`, out);
  }
  return out;
}

const ctx = (color: boolean): FormatContext => ({ color, chalk: new Chalk({ level: color ? 1 : 0 }), inputs: 1, version: 'tiktok-claims fuzz', width: color ? 80 : null });

/** Render the document in the given formats (all by default), colours off and on; the size of each. */
export function renderAll(doc: ClaimsDoc, text: string, names = Object.keys(FORMATS)): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const name of names) {
    const f = FORMATS[name]!;
    for (const color of [false, true]) {
      const c = ctx(color);
      const out = (f.header?.(c) ?? '') + f.document(doc, text, c, 0) + (f.footer?.(c) ?? '');
      sizes[name] = Math.max(sizes[name] ?? 0, out.length);
    }
  }
  return sizes;
}

/** Check one text (rendered in `formats`, all by default); throws an Error naming the first property that fails. */
export function checkText(text: string, formats?: string[]): void {
  const doc = analyze(text);
  const errs = evidenceErrors(text, doc);
  if (errs.length > 0) throw new Error(`evidence: ${errs.slice(0, 3).join('; ')}`);
  const json = JSON.stringify(doc).length;
  if (json > JSON_FACTOR * text.length + SIZE_SLACK) throw new Error(`output size: json ${json} chars for ${text.length} input chars`);
  for (const [name, size] of Object.entries(renderAll(doc, text, formats))) {
    if (size > FORMAT_FACTOR * text.length + SIZE_SLACK) throw new Error(`output size: ${name} ${size} chars for ${text.length} input chars`);
  }
}
