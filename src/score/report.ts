/** Plain-text rendering of scores and findings (eval script and `check`'s pretty output). */
import { ACCURACIES, FIELDS, type FieldName, type FieldScores, type Finding, type Ratio } from './types.js';

export interface Paint {
  good(s: string): string;
  bad(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const NO_PAINT: Paint = { good: (s) => s, bad: (s) => s, dim: (s) => s, bold: (s) => s };

const num = (v: number): string => v.toFixed(3);
const pad = (s: string, n: number): string => s.padEnd(n);
const lpad = (s: string | number, n: number): string => String(s).padStart(n);

function showRatio(name: string, r: Ratio): string {
  const label = name.replace(/Accuracy$/, '');
  return r.value === null ? `${label} -` : `${label} ${num(r.value)} (${r.correct}/${r.total})`;
}

/** One table: a row per field with P/R/F1, counts and accuracies. */
export function renderFields(fields: FieldScores, only: readonly FieldName[] = FIELDS, paint: Paint = NO_PAINT): string {
  const head = `${pad('field', 10)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}${lpad('tp', 6)}${lpad('fp', 6)}${lpad('fn', 6)}${lpad('ign', 6)}  accuracy`;
  const rows = only.map((f) => {
    const s = fields[f];
    const acc = ACCURACIES[f].map((a) => showRatio(a, (s as unknown as Record<string, Ratio>)[a]!)).join('   ');
    const f1 = s.f1 >= 0.8 ? paint.good(lpad(num(s.f1), 7)) : s.f1 < 0.5 ? paint.bad(lpad(num(s.f1), 7)) : lpad(num(s.f1), 7);
    return `${pad(f, 10)}${lpad(num(s.precision), 7)}${lpad(num(s.recall), 7)}${f1}${lpad(s.tp, 6)}${lpad(s.fp, 6)}${lpad(s.fn, 6)}${lpad(s.ignored, 6)}  ${acc}`;
  });
  return [paint.bold(head), ...rows].join('\n');
}

const KIND_LABEL: Record<Finding['kind'], string> = { miss: 'MISS ', fp: 'FP   ', wrong: 'WRONG' };

/** One line per finding: article, field, kind, text, and what was expected or found. */
export function renderFindings(findings: readonly Finding[], only: readonly FieldName[] = FIELDS, paint: Paint = NO_PAINT): string {
  return findings
    .filter((f) => only.includes(f.field))
    .map((f) => {
      const label = f.kind === 'wrong' ? `WRONG ${f.metric ?? ''}` : KIND_LABEL[f.kind];
      const where = f.start === undefined ? '' : paint.dim(` @${f.start}`);
      const detail = f.kind === 'wrong' ? `expected ${f.expected}, got ${f.got}` : f.kind === 'miss' ? `(${f.expected})` : `(${f.got ?? ''})`;
      const note = f.note ? paint.dim(` [${f.note}]`) : '';
      const tag = f.kind === 'fp' ? paint.bad(label) : f.kind === 'miss' ? paint.bad(label) : label;
      return `  ${paint.dim(f.article)} ${pad(f.field, 9)} ${tag} ${JSON.stringify(clip(f.text))}${where} ${detail}${note}`;
    })
    .join('\n');
}

function clip(s: string, max = 100): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
