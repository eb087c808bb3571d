/** The benchmark's figures, and their rendering as Markdown tables (ready for the README). */
import type { machine } from './measure.js';
import type { PathoRow } from './pathological.js';

interface Rate {
  seconds: number;
  kbPerS: number;
  articlesPerS: number;
}

type DocRun = { mode: string; seconds?: number; cpuSeconds?: number; kbPerS?: number; maxRssMB?: number; error?: string };

export interface Report {
  date: string;
  machine: ReturnType<typeof machine>;
  articles: { articles: number; kb: number; nlp: Rate; extract: Rate; ratio: number; cpuRatio: number; rounds: unknown[]; maxRssMB: number };
  documents: { label: string; runs: DocRun[]; ratio: number | null; baseline: string | null; stagesMs: Record<string, number> | null }[];
  batch: { articles: number; runs: { jobs: number; seconds: number; articlesPerS: number; cpuSeconds: number; maxRssMB: number }[]; speedup: number };
  startup: { name: string; ms: number }[];
  pathological: PathoRow[];
  loadavgAfter: number[];
}

const MODE_NAMES: Record<string, string> = {
  extract: '`extract FILE --format json -o OUT` (CLI)',
  nlp: 'bare `nlp(text)`, whole text',
  'nlp-chunks': 'bare `nlp()` per 8 KB of paragraphs',
};

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n') + '\n';
}

export function renderReport(r: Report): string {
  const m = r.machine;
  const a = r.articles;
  const out: string[] = [];
  out.push(`Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, ${m.platform}; load average ${m.loadavg.join(' ')} before, ${r.loadavgAfter.join(' ')} after. ${r.date}\n`);
  out.push(targets(r));
  out.push(`\n1. One core, ${a.articles} articles (${a.kb} KB), in one process (peak RSS ${a.maxRssMB} MB):\n\n`);
  out.push(
    table(
      ['', 'seconds', 'KB/s', 'articles/s'],
      [
        ['bare `nlp(text)`', a.nlp.seconds, a.nlp.kbPerS, a.nlp.articlesPerS],
        ['`extract` (analyze)', a.extract.seconds, a.extract.kbPerS, a.extract.articlesPerS],
        ['ratio extract / nlp (time)', a.ratio, '', ''],
        ['ratio extract / nlp (CPU of the process)', a.cpuRatio, '', ''],
      ],
    ),
  );
  out.push(documentsTable(r.documents));
  out.push(`\n3. Batch of ${r.batch.articles} articles through the CLI (\`extract DIR --format jsonl\`), wall time:\n\n`);
  out.push(
    table(
      ['jobs', 'wall seconds', 'articles/s', 'CPU seconds (all threads)', 'peak RSS MB'],
      [
        ...r.batch.runs.map((x) => [`--jobs ${x.jobs}`, x.seconds, x.articlesPerS, x.cpuSeconds, x.maxRssMB]),
        ['jobs 2 / jobs 1', `${r.batch.speedup}x faster`, '', `CPU ${signedPercent(cpuExcess(r))}`, ''],
      ],
    ),
  );
  out.push('\n4. Process start-up, median wall time:\n\n');
  out.push(table(['command', 'ms'], r.startup.map((s) => [s.name, s.ms])));
  out.push(pathoTable(r.pathological));
  return out.join('');
}

/** CPU of all threads with --jobs 2 over --jobs 1, as a fraction (0.1 = 10% more). */
function cpuExcess(r: Report): number {
  const [one, two] = r.batch.runs;
  return one && two ? two.cpuSeconds / one.cpuSeconds - 1 : NaN;
}

const signedPercent = (x: number): string => `${x >= 0 ? '+' : ''}${Math.round(x * 100)}%`;

/** Issue 19's acceptance figures, each beside its target: the lines the README's Performance table takes. */
function targets(r: Report): string {
  const doc = (label: string) => r.documents.find((d) => d.label === label)?.runs.find((x) => x.mode === 'extract');
  const docCell = (label: string) => {
    const x = doc(label);
    return x && x.seconds !== undefined ? `${x.seconds} s (CPU ${x.cpuSeconds} s), peak RSS ${x.maxRssMB} MB` : (x?.error ?? 'not run');
  };
  const ext = r.startup.find((s) => s.name.includes('extract'));
  return (
    '\nIssue 19 acceptance, measured in this run:\n\n' +
    table(
      ['measure', 'figure', 'target'],
      [
        [`extract / bare nlp(text), ${r.articles.articles} articles, one core`, `${r.articles.ratio}x (CPU ${r.articles.cpuRatio}x)`, '<= 1.15x'],
        [`${r.batch.articles} articles, --jobs 2 vs --jobs 1, wall`, `${r.batch.speedup}x faster`, '>= 1.7x'],
        [`${r.batch.articles} articles, --jobs 2 vs --jobs 1, CPU of all threads`, signedPercent(cpuExcess(r)), 'within +10%'],
        ['1 MB document', docCell('1 MB'), ''],
        ['10 MB document', docCell('10 MB'), '< 400 MB peak RSS'],
        ['one-article extract (process start to exit)', ext ? `${ext.ms} ms` : '', 'snapshot not adopted'],
      ],
    )
  );
}

function pathoTable(rows: PathoRow[]): string {
  return (
    '\n5. Pathological inputs, `extract FILE --format json -o OUT`, one child process each:\n\n' +
    table(['input', 'KB', 'exit', 'wall seconds', 'peak RSS MB', 'output MB'], rows.map((x) => [x.label, x.inputKB, x.code, x.seconds, x.maxRssMB ?? '', x.outputMB ?? '']))
  );
}

/** `npm run bench -- --pathological`: section 5 alone, with the machine and its load. */
export function renderPathological(rows: PathoRow[], m: ReturnType<typeof machine>, after: number[]): string {
  return `Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadavg.join(' ')} before, ${after.join(' ')} after. ${new Date().toISOString()}\n` + pathoTable(rows);
}

function documentsTable(documents: Report['documents']): string {
  const out = ['\n2. One large document (the articles concatenated), one child process each:\n\n'];
  const docRows = documents.flatMap((d) => [
    ...d.runs.map((x) => [d.label, MODE_NAMES[x.mode] ?? x.mode, x.seconds ?? x.error ?? '', x.cpuSeconds ?? '', x.kbPerS ?? '', x.maxRssMB ?? '']),
    ...(d.ratio === null ? [] : [[d.label, `ratio extract / ${d.baseline === 'nlp' ? 'whole' : 'chunked'} nlp (time)`, d.ratio, '', '', '']]),
  ]);
  out.push(table(['document', 'run', 'seconds', 'CPU seconds', 'KB/s', 'peak RSS MB'], docRows));
  for (const d of documents) {
    if (d.stagesMs) out.push(`\nStages on ${d.label} (ms): ${Object.entries(d.stagesMs).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  }
  return out.join('');
}

/** `npm run bench -- --docs 1,10`: section 2 alone (extract only, with stage times), with the machine and its load. */
export function renderDocuments(documents: Report['documents'], m: ReturnType<typeof machine>, after: number[]): string {
  return `Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}; load average ${m.loadavg.join(' ')} before, ${after.join(' ')} after. ${new Date().toISOString()}\n` + documentsTable(documents);
}
