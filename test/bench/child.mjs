// One measurement of the benchmark (test/bench/bench.ts), in its own process so that its peak RSS
// is its own. Plain JavaScript on the compiled code (dist/), so that no TypeScript loader skews time
// or memory. Prints one JSON object on stdout.
//
//   node test/bench/child.mjs texts LISTFILE ROUNDS   analyze() vs bare nlp(text) on each listed file
//   node test/bench/child.mjs one FILE MODE           one document: MODE = extract | nlp | nlp-chunks
//   node test/bench/child.mjs stages FILE             one document, time of each pipeline stage
//   node test/bench/child.mjs cli ARGS...             the CLI in this process: wall, CPU (all threads), peak RSS
//   node test/bench/child.mjs import                  only import compromise (start-up baseline)
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const [mode, arg, arg2] = process.argv.slice(2);

/** @returns {Promise<(text: string) => unknown>} */
async function loadNlp() {
  return (await import('compromise')).default;
}

/** @returns {Promise<(text: string, opts: object) => unknown>} */
async function loadAnalyze() {
  return (await import(new URL('dist/src/pipeline.js', root).href)).analyze;
}

const rss = () => Math.round(process.resourceUsage().maxRSS / 1024); // MB

/** Seconds taken by fn over every text. */
function timeAll(texts, fn) {
  return timeCpu(texts, fn).s;
}

/** Wall seconds and CPU seconds (user + system, all threads: the figure least disturbed by other processes) of fn over every text. */
function timeCpu(texts, fn) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const t of texts) fn(t);
  const c = process.cpuUsage(c0);
  return { s: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

/** The text in pieces of whole paragraphs of at most `max` characters (what the parser tags at a time). */
function chunks(text, max) {
  const out = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

async function texts() {
  const files = readFileSync(arg, 'utf8').split('\n').filter(Boolean);
  const all = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = all.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const nlp = await loadNlp();
  const analyze = await loadAnalyze();
  timeAll(all, (t) => nlp(t)); // warm-up: both compiled by the JIT before anything is timed
  timeAll(all, (t) => analyze(t, { referenceDate: '2020-01-01' }));
  const rounds = [];
  for (let r = 0; r < Number(arg2 ?? 2); r++) {
    const n = timeCpu(all, (t) => nlp(t));
    const x = timeCpu(all, (t) => analyze(t, { referenceDate: '2020-01-01' }));
    rounds.push({ nlpS: n.s, extractS: x.s, nlpCpuS: n.cpu, extractCpuS: x.cpu });
  }
  return { articles: all.length, bytes, rounds, maxRssMB: rss() };
}

async function one() {
  const text = readFileSync(arg, 'utf8');
  const baseline = rss();
  const t0 = performance.now();
  if (arg2 === 'extract') {
    const analyze = await loadAnalyze();
    const t1 = performance.now();
    const doc = /** @type {any} */ (analyze(text, { referenceDate: '2020-01-01' }));
    const s = (performance.now() - t1) / 1000;
    const counts = { sentences: doc.sentences.length, actors: doc.actors.length, dates: doc.dates.length, quotes: doc.quotes.length, claims: doc.claims.length };
    return { mode: arg2, bytes: Buffer.byteLength(text), seconds: s, loadSeconds: (t1 - t0) / 1000, counts, maxRssMB: rss(), startRssMB: baseline };
  }
  const nlp = await loadNlp();
  const t1 = performance.now();
  if (arg2 === 'nlp') nlp(text);
  else for (const c of chunks(text, 8000)) nlp(c);
  const s = (performance.now() - t1) / 1000;
  return { mode: arg2, bytes: Buffer.byteLength(text), seconds: s, loadSeconds: (t1 - t0) / 1000, maxRssMB: rss(), startRssMB: baseline };
}

/**
 * The stages of analyze() one by one (src/pipeline.ts order, same calls), to find a stage whose cost
 * grows too fast. Keep in step with src/pipeline.ts (a stage added there is added here).
 */
async function stages() {
  const text = readFileSync(arg, 'utf8');
  const dist = (p) => import(new URL(`dist/src/${p}`, root).href);
  const { parse } = await dist('parse/index.js');
  const { extractActors } = await dist('extract/actors/index.js');
  const { dropNonActors } = await dist('extract/lexicon/non-actors.js');
  const { findClauses } = await dist('extract/clauses/index.js');
  const { buildChains } = await dist('refine/chains/index.js');
  const { extractDates } = await dist('extract/dates/index.js');
  const { extractDeadlines } = await dist('extract/deadlines/index.js');
  const { findFrames, resolveSources } = await dist('refine/attribution/index.js');
  const { extractQuotes } = await dist('extract/quotes/index.js');
  const { extractClaims } = await dist('extract/claims/index.js');
  const { NO_TRACE } = await dist('engine/trace.js');
  /** @type {Record<string, number>} */
  const ms = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    ms[name] = Math.round(now - t);
    t = now;
  };
  const doc = parse(text);
  lap('parse');
  const ctx = { doc, referenceDate: '2020-01-01', trace: NO_TRACE, lexicon: null };
  const actors = dropNonActors(extractActors(ctx), ctx);
  lap('actors');
  const dates = extractDates(ctx);
  lap('dates');
  extractDeadlines(ctx, dates, actors);
  lap('deadlines');
  const clauses = findClauses(doc, NO_TRACE);
  lap('clauses');
  const chains = buildChains(doc, actors, clauses, NO_TRACE);
  lap('chains');
  const frames = findFrames(doc, NO_TRACE, clauses);
  lap('frames');
  const att = resolveSources(doc, frames, chains, NO_TRACE);
  lap('sources');
  const quotes = extractQuotes(ctx, att);
  lap('quotes');
  extractClaims(ctx, att, quotes);
  lap('claims');
  return { bytes: Buffer.byteLength(text), ms, maxRssMB: rss() };
}

async function cli() {
  const { main } = await import(new URL('dist/src/cli/main.js', root).href);
  const args = process.argv.slice(3);
  const t0 = performance.now();
  const proc = { argv: [process.execPath, 'tiktok-claims', ...args], env: process.env, stdin: process.stdin, stdout: process.stderr, stderr: process.stderr };
  const code = await main(proc); // output goes to -o FILE: this process's stdout carries the figures
  const cpu = process.cpuUsage();
  return { code, seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssMB: rss() };
}

async function importOnly() {
  await loadNlp();
  return { mode: 'import' };
}

const run = { texts, one, stages, cli, import: importOnly }[mode];
if (!run) {
  process.stderr.write(`child.mjs: unknown mode ${mode}\n`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(await run()) + '\n');
