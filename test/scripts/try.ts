/** Debug: `npx tsx test/scripts/try.ts "sentence" ...` prints quotes and claims of each text. */
import { analyze } from '../../src/pipeline.js';
for (const t of process.argv.slice(2)) {
  const d = analyze(t);
  console.log('>>', t);
  for (const q of d.quotes) console.log('  Q', JSON.stringify(q.text.slice(0, 40)), q.kind, '->', q.speaker, q.speakerRule);
  for (const c of d.claims) console.log('  C', JSON.stringify(c.text.slice(0, 50)), '->', c.source, 'via', c.via, 'cue', c.cue, c.rule);
}
