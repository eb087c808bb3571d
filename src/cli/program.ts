import { Command, Option } from 'commander';
import type { CliProcess, RunState } from './io.js';
import { packageVersion } from './version.js';
import { registerScore } from './commands/score.js';
import { registerCheck } from './commands/check.js';

export type { RunState } from './io.js';

const EXTRACT_HELP = `
Examples:
  $ tiktok-claims extract article.txt                      readable summary
  $ tiktok-claims extract article.txt --format json        one JSON object
  $ tiktok-claims extract a.txt b.txt --format html -o report.html   articles with marks, side panels
  $ tiktok-claims extract article.txt --highlight           the article in the terminal, marked
  $ tiktok-claims extract articles/ --format csv --items quotes -o quotes.csv   one row per quote
  $ tiktok-claims extract article.txt --format json --offsets codepoint   offsets for Python's text[start:end]
  $ tiktok-claims extract article.txt --explain             why each item was found (rule ids by stage), what was dropped
  $ tiktok-claims extract articles/ --format labelstudio -o tasks.json   pre-annotated Label Studio tasks
  $ tiktok-claims extract articles/ --format jsonl -o out.jsonl
  $ tiktok-claims extract 'archive/**/*.txt' --format jsonl --jobs 4 > out.jsonl
  $ cat article.txt | tiktok-claims extract - --date 2025-09-15

Reference date: --date, else a date the text states at its top (dateline, "Published" line,
front matter), else none: relative dates then get unknown parts (XXXX-09-17) or null.
Exit codes: 0 ok, 2 bad command line, 3 an input failed, 4 output not written, 70 internal error.`;

const LEDGER_HELP = `
Examples:
  $ tiktok-claims ledger story/*.txt                        actors, timeline, who said what
  $ tiktok-claims ledger corpus.jsonl --format html -o ledger.html
  $ tiktok-claims ledger scraped/ --input-format jsonl --format json

JSON Lines input: one article per line, {"id", "text", "date"?, "url"?, "title"?, "outlet"?};
the record's date is its reference date (unless --date). A bad line is reported and skipped.
Exit codes: 0 ok, 2 bad command line, 3 an input failed (the ledger is still written), 4 output not written.`;

const INPUT_HELP = `

Inputs: .txt article text; .html/.htm saved web pages (their main text, title, site, canonical URL
and publication date, which is the reference date unless --date); .rss/.atom/.xml feeds (one article
per item); .json exports (an array of records, or an object holding one) and .jsonl/.ndjson (one
record per line). Other files are read by their first bytes. A record's text, date, id, url and title
are found under the usual names (text/body/content, date/publishedAt/pubDate, id, url/link, title/
headline) or the ones given with --text-field etc. (dotted paths: --text-field fields.body).
A .txt file that looks like HTML, XML or JSON gets a warning.`;

/** The input options that extract and ledger share. */
function addInputOptions(cmd: Command): void {
  cmd
    .option('--input-format <name>', 'how to read inputs: auto (by extension, else by content), txt, html, feed, json, jsonl', 'auto')
    .option('--text-field <path>', 'json/jsonl records: the field holding the article text (dotted path allowed)')
    .option('--date-field <path>', 'json/jsonl records: the field holding the publication date')
    .option('--id-field <path>', 'json/jsonl records: the field holding the record id')
    .option('--url-field <path>', 'json/jsonl records: the field holding the article URL')
    .option('--title-field <path>', 'json/jsonl records: the field holding the title')
    .option('--lexicon <file>', 'a JSON lexicon of your own (actors, outlets, titles, reportingVerbs, nonActors, deadlineCues); repeatable; also named by a config file (tiktok-claims.config.json, .tiktok-claimsrc, package.json "tiktok-claims")', (v: string, prev: string[] = []) => [...prev, v])
}

/** The command-line interface: commander definitions only; each action loads its command module. */
export function buildProgram(proc: CliProcess, state: RunState): Command {
  const program = new Command('tiktok-claims')
    .description('Who is involved, who said what, which claims come from which source, and which dates and deadlines matter, in English news articles.')
    .version(packageVersion(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => proc.stdout.write(s),
      writeErr: (s) => proc.stderr.write(s),
      outputError: () => {}, // main.ts prints the one-line error
    });

  const extract = program
    .command('extract')
    .description('extract actors, dates, deadlines, quotes and claims from articles')
    .argument('[inputs...]', 'article files (.txt), directories, globs, or - for standard input')
    .addOption(new Option('-f, --format <name>', 'output format: pretty, json, jsonl, csv, html, markdown, highlight, labelstudio, webanno, brat (see below)').default('pretty'))
    .addOption(new Option('--items <list>', 'csv: which items, one row each').choices(['claims', 'quotes', 'actors', 'dates', 'deadlines']).default('claims'))
    .addOption(new Option('--offsets <unit>', 'offsets in json/jsonl/csv/labelstudio: utf16 (JavaScript string index) or codepoint (Python str index)').choices(['utf16', 'codepoint']).default('utf16'))
    .option('-o, --output <file>', 'write to this file (atomically: temp file + rename) instead of stdout')
    .option('-d, --date <YYYY-MM-DD>', 'reference date for relative dates ("Sunday", "last week")')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes (default 16 MiB)')
    .option('--highlight', 'print the article itself with what was found marked (same as --format highlight)')
    .option('--no-color', 'no colors even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('-q, --quiet', 'no progress on stderr')
    .option('--stdin-name <name>', 'the name standard input is reported under, in input.path and messages (default -)')
    .option('--line-offset <n>', "standard input's first line is line n+1 in record paths (a block cut from a larger jsonl file, as by GNU parallel --pipe)")
    .option('-j, --jobs <n>', 'worker threads for several inputs (default: the number of CPU cores)')
    .option('--unordered', 'with several inputs, write each result as soon as it is done, not in input order')
    .option('--max-heap <mb>', 'heap bound in MB of the worker a file over 512 KiB is analyzed in (default: 192 + 24 per MB of the file)')
    .option('--explain', 'add to every item the rows that produced it (json: `explain`; pretty: a "why:" line) and list rejected candidates (`dropped`)')
    .addHelpText('after', EXTRACT_HELP + INPUT_HELP)
    .exitOverride()
    .action(async (inputs: string[], flags) => {
      const { runExtract } = await import('./commands/extract.js');
      state.exitCode = await runExtract(inputs, flags, proc);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the extract output (or of the ledger output, or of the gold annotation format)')
    .argument('[which]', 'article (default), ledger, gold, lexicon (a --lexicon file), labelstudio-config or brat-config (the annotation-tool configs that --format labelstudio / brat fit)', 'article')
    .option('--ledger', 'the same as "schema ledger"')
    .option('--write <dir>', 'write every schema file into DIR: claims-doc, ledger and gold .schema.json')
    .addHelpText('after', '\nExamples:\n  $ tiktok-claims schema > claims-doc.schema.json\n  $ tiktok-claims schema ledger > ledger.schema.json\n  $ tiktok-claims schema gold > gold.schema.json\n  $ tiktok-claims schema labelstudio-config > labeling-config.xml')
    .exitOverride()
    .action(async (which: string, flags: { ledger?: boolean; write?: string }) => {
      const { runSchema } = await import('./commands/schema.js');
      state.exitCode = await runSchema(proc, flags.ledger ? 'ledger' : which, flags.write);
    });

  addInputOptions(extract);
  const ledger = program
    .command('ledger')
    .description('merge many articles of one story: actors across articles, a timeline with moved deadlines, who said what')
    .argument('[inputs...]', 'article files (.txt), .jsonl record files, directories, globs, or - for standard input')
    .addOption(new Option('-f, --format <name>', 'output format: pretty, json, markdown, html').default('pretty'))
    .option('-o, --output <file>', 'write to this file (atomically: temp file + rename) instead of stdout')
    .option('-d, --date <YYYY-MM-DD>', 'reference date for every article (default: each record\'s date, else its dateline)')
    .option('--stdin-name <name>', 'the name standard input is reported under, in article paths and messages (default -)')
    .option('--line-offset <n>', "standard input's first line is line n+1 in record paths (a block cut from a larger jsonl file, as by GNU parallel --pipe)")
    .option('--max-bytes <n>', 'refuse articles larger than this many bytes (default 16 MiB)')
    .option('-j, --jobs <n>', 'worker threads for the articles, files and jsonl records alike (default: the number of CPU cores)')
    .option('--no-color', 'no colors even on a terminal (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('-q, --quiet', 'no progress on stderr')
    .addHelpText('after', LEDGER_HELP + INPUT_HELP)
    .exitOverride()
    .action(async (inputs: string[], flags) => {
      const { runLedger } = await import('./commands/ledger.js');
      state.exitCode = await runLedger(inputs, flags, proc);
    });

  addInputOptions(ledger);
  registerScore(program, proc, state); // score GOLD_DIR PRED_DIR
  registerCheck(program, proc, state); // check DIR... [--min FIELD.METRIC=V]

  return program;
}
