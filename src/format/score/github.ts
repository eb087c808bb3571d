/**
 * `check --format github` (and `score`): GitHub Actions workflow commands. An `::error` per minimum that
 * the micro-averaged score misses, a `::warning` per article below a minimum (at the article's file
 * when known), with --verbose a `::notice` per miss, false positive or wrong value (at its line), and one
 * `::notice` summary. Messages are escaped as the runner requires (%, CR, LF; in properties also : and ,).
 */
import { FIELDS, metricValue, type Finding, type ScoreRun } from '../../score/index.js';

export interface GithubOptions {
  verbose: boolean;
  /** article id -> its text file (for file= and line=) */
  files?: ReadonlyMap<string, { path: string; text?: string }>;
  title?: string;
}

const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const num = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(3));

function command(kind: 'error' | 'warning' | 'notice', message: string, props: Record<string, string | number | undefined>): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${prop(String(v))}`)
    .join(',');
  return `::${kind}${p ? ' ' + p : ''}::${data(message)}`;
}

export function renderGithub(run: ScoreRun, opts: GithubOptions): string {
  const title = opts.title ?? 'tiktok-claims check';
  const out: string[] = [];
  for (const t of run.thresholds) {
    if (!t.ok) out.push(command('error', `${t.metric} ${num(t.value)} < ${t.min} (micro-averaged over ${run.total.articles} articles)`, { title: `${title}: ${t.metric} below minimum` }));
    for (const a of run.articles) {
      const v = metricValue(a.fields, t.metric);
      if (v !== null && v >= t.min) continue;
      out.push(command('warning', `${a.id}: ${t.metric} ${num(v)} < ${t.min}`, { file: opts.files?.get(a.id)?.path, title: `${t.metric} below ${t.min}` }));
    }
  }
  const lines = new Map<string, (offset: number) => number>();
  const lineAt = (file: { path: string; text?: string } | undefined, offset: number | undefined): number | undefined => {
    if (file?.text === undefined || offset === undefined) return undefined;
    if (!lines.has(file.path)) lines.set(file.path, lineIndex(file.text));
    return lines.get(file.path)!(offset);
  };
  if (opts.verbose) for (const f of run.total.findings) out.push(findingNotice(f, opts.files?.get(f.article), lineAt));
  const f1s = FIELDS.map((f) => `${f} F1 ${run.total.fields[f].f1.toFixed(3)}`).join(', ');
  const gate = run.thresholds.length === 0 ? 'no minimums' : run.ok ? 'all minimums met' : `${run.thresholds.filter((t) => !t.ok).length} of ${run.thresholds.length} minimums missed`;
  out.push(command('notice', `${run.total.articles} articles: ${f1s}; ${gate}`, { title }));
  return out.join('\n') + '\n';
}

function findingNotice(f: Finding, file: { path: string; text?: string } | undefined, lineAt: (file: { path: string; text?: string } | undefined, offset: number | undefined) => number | undefined): string {
  const what = f.kind === 'wrong' ? `wrong ${f.metric ?? 'value'}: expected ${f.expected}, got ${f.got}` : f.kind === 'miss' ? 'missed' : 'false positive';
  return command('notice', `${f.article} ${f.field} ${what}: ${JSON.stringify(f.text)}`, { file: file?.path, line: lineAt(file, f.start), title: `${f.field} ${f.kind}` });
}

/** offset -> 1-based line number, by binary search over the line starts (built once per text). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
