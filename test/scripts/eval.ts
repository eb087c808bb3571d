/**
 * Measure the pipeline against gold: `npx tsx test/scripts/eval.ts DIR... [--field F] [--verbose] [--articles]`.
 * Runs analyze() on every NAME.txt that has a NAME.gold.json (with the gold's referenceDate), and
 * prints per-directory scores (SCHEMA.md rules); --verbose lists each miss, false positive and
 * wrong value; --articles adds one line per article; --json prints the aggregates as JSON.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from '../../src/pipeline.js';
import { aggregate, FIELDS, loadGoldDir, renderFields, renderFindings, scoreArticle, type ArticleScore, type FieldName } from '../../src/score/index.js';

interface Args {
  dirs: string[];
  fields: FieldName[];
  verbose: boolean;
  articles: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dirs: [], fields: [], verbose: false, articles: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--articles') args.articles = true;
    else if (a === '--json') args.json = true;
    else if (a === '--field' || a === '-f') args.fields.push(...fieldList(argv[++i]));
    else if (a.startsWith('--field=')) args.fields.push(...fieldList(a.slice(8)));
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else args.dirs.push(a);
  }
  if (args.dirs.length === 0) throw new Error('usage: tsx test/scripts/eval.ts DIR... [--field F] [--verbose] [--articles] [--json]');
  return args;
}

function fieldList(v: string | undefined): FieldName[] {
  const list = (v ?? '').split(',').filter(Boolean);
  for (const f of list) if (!(FIELDS as readonly string[]).includes(f)) throw new Error(`--field: one of ${FIELDS.join(', ')}`);
  return list as FieldName[];
}

function evalDir(dir: string): { scores: ArticleScore[]; ms: number; errors: string[] } {
  const scores: ArticleScore[] = [];
  const errors: string[] = [];
  const t0 = performance.now();
  for (const entry of loadGoldDir(dir)) {
    if (!entry.textPath) continue;
    try {
      const text = readFileSync(entry.textPath, 'utf8');
      const pred = analyze(text, { referenceDate: entry.gold.referenceDate });
      scores.push(scoreArticle(entry.gold, pred, entry.id));
    } catch (err) {
      errors.push(`${entry.id}: ${(err as Error).stack ?? String(err)}`);
    }
  }
  return { scores, ms: performance.now() - t0, errors };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const only = args.fields.length > 0 ? args.fields : [...FIELDS];
  const out: Record<string, unknown> = {};
  for (const dir of args.dirs) {
    const { scores, ms, errors } = evalDir(dir);
    const agg = aggregate(scores);
    if (args.json) {
      out[dir] = { articles: agg.articles, fields: agg.fields, errors };
      continue;
    }
    console.log(`\n== ${dir} (${agg.articles} articles, ${Math.round(ms)} ms)`);
    console.log(renderFields(agg.fields, only));
    if (args.articles) {
      for (const s of scores) console.log(`\n-- ${basename(s.id)}\n${renderFields(s.fields, only)}`);
    }
    if (args.verbose) {
      const lines = renderFindings(agg.findings, only);
      if (lines) console.log(`\n${lines}`);
    }
    for (const e of errors) console.error(`ERROR ${e}`);
  }
  if (args.json) console.log(JSON.stringify(out, null, 2));
}

try {
  main();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 2;
}
