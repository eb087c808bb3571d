/**
 * `JSON.stringify(value, null, indent)` of a plain object, in pieces: each top-level field, and each
 * item of a top-level list, is stringified on its own, so a large document's output is never one
 * string (a 10 MB article's JSON is about 60 MB, twice that in memory). The pieces joined are
 * exactly `JSON.stringify(value, null, indent)` (test/format/json-parts.test.ts): JSON strings hold no
 * raw line breaks, so an item's own lines are indented by inserting the outer indent after each '\n'.
 */

/** Pieces of about this many characters at most (an item larger than that is one piece). */
const PIECE_CHARS = 1 << 20;

/** The pieces of `JSON.stringify(value, null, indent)` ('' or 0: compact) for an object of JSON data (no toJSON, no cycles). */
export function* jsonParts(value: Record<string, unknown>, indent: '' | '  ' = ''): Generator<string> {
  const nl = indent ? '\n' : '';
  const colon = indent ? ': ' : ':';
  const nest = (s: string, pad: string) => (indent ? s.replaceAll('\n', '\n' + pad) : s);
  const one = (v: unknown) => JSON.stringify(v, null, indent);
  let buf = '{';
  let fields = 0;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue; // as JSON.stringify skips them
    buf += `${fields++ > 0 ? ',' : ''}${nl}${indent}${JSON.stringify(key)}${colon}`;
    if (!Array.isArray(v) || v.length === 0) {
      buf += nest(one(v), indent);
      continue;
    }
    const pad = indent + indent;
    buf += '[';
    for (let i = 0; i < v.length; i++) {
      const item = v[i] === undefined || typeof v[i] === 'function' || typeof v[i] === 'symbol' ? 'null' : nest(one(v[i]), pad);
      buf += `${i > 0 ? ',' : ''}${nl}${pad}${item}`;
      if (buf.length >= PIECE_CHARS) {
        yield buf;
        buf = '';
      }
    }
    buf += `${nl}${indent}]`;
  }
  yield fields > 0 ? `${buf}${nl}}` : '{}';
}
