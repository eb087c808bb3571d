/**
 * `npm run fuzz [-- --runs N --seed S]`: N generated documents (default 100,000) through checkText,
 * in batches with their own seeds so one failure does not end the run. Prints every distinct failure
 * (first line of the error, shrunk counterexample, seed to replay it) and a closing summary.
 */
import fc from 'fast-check';
import { FORMATS } from '../../src/format/index.js';
import { documentArb } from './arbitraries.js';
import { checkText } from './properties.js';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 100_000);
const SEED = arg('seed', Date.now() % 1_000_000);
const BATCH = 2_000;
const formats = Object.keys(FORMATS);
// mostly short documents, one format each; one in ten a long one (long sentences, cue runs, 600-character
// tokens at full length); one in twenty rendered in every format
const arb = fc.tuple(fc.oneof({ weight: 9, arbitrary: documentArb(3, 4, 0.3) }, documentArb(5, 6, 1)), fc.integer({ min: 0, max: 19 }));
const check = ([text, f]: [string, number]): void => checkText(text, f === 19 ? formats : [formats[f % formats.length]!]);

const found = new Map<string, { count: number; example: string; seed: number }>();
const t0 = Date.now();
let done = 0;
for (let b = 0; done < RUNS; b++) {
  const seed = SEED + b;
  const numRuns = Math.min(BATCH, RUNS - done);
  const r = fc.check(fc.property(arb, check), { numRuns, seed });
  done += r.numRuns;
  if (r.failed) {
    const msg = String((r.errorInstance as Error)?.message ?? r.errorInstance).split('\n')[0]!.replace(/\d+/g, 'N');
    const seen = found.get(msg);
    if (seen) seen.count++;
    else found.set(msg, { count: 1, example: JSON.stringify(r.counterexample?.[0]?.[0]), seed });
    console.log(`FAIL (seed ${seed}, after ${r.numRuns} of the batch): ${msg}\n  ${JSON.stringify(r.counterexample?.[0]?.[0]).slice(0, 400)}`);
  }
  const s = (Date.now() - t0) / 1000;
  console.log(`${done} cases, ${found.size} distinct failures, ${s.toFixed(0)} s`);
}
console.log(`\nfuzz: ${done} cases from seed ${SEED} in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${found.size === 0 ? 'no failure' : `${found.size} distinct failures:`}`);
for (const [msg, f] of found) console.log(`- ${msg} (${f.count} batches; replay with --seed ${f.seed} --runs ${BATCH})\n  ${f.example.slice(0, 400)}`);
process.exitCode = found.size === 0 ? 0 : 1;
