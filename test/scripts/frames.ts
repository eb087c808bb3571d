/** Debug: `npx tsx test/scripts/frames.ts "sentence"` prints the tokens and attribution frames. */
import { parse } from '../../src/parse/index.js';
import { findCues } from '../../src/refine/attribution/cues.js';
import { sentenceFrames } from '../../src/refine/attribution/frames.js';
for (const t of process.argv.slice(2)) {
  const doc = parse(t);
  console.log('>>', t);
  console.log('  T', doc.tokens.map((k) => `${k.text}/${k.normal}[${[...k.tags].slice(0, 3).join(',')}]`).join(' '));
  for (const s of doc.sentences) {
    console.log('  cues', JSON.stringify(findCues(doc, s.index)));
    for (const f of sentenceFrames(doc, s.index)) console.log('  F', f.rule, f.claim, JSON.stringify(f.source), JSON.stringify(t.slice(f.start, f.end)));
  }
}
