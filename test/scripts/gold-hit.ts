/**
 * Shared by subject-diff.ts and source-paths.ts: the gold claims of each sentence of the texts in the
 * directories given on the command line, and "hit" (a source phrase lies inside the gold source span and
 * ends with the gold name's last word, or ends where it ends; a pronoun inside it). Counts by class are
 * printed, and `--tsv FILE` writes the rows. Internal evaluation only: never copy benchmark text into
 * rules, lexicons or tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from '../../src/parse/index.js';
import { findClauses } from '../../src/extract/clauses/index.js';
import { loadGoldDir } from '../../src/score/index.js';
import type { SourceRef } from '../../src/refine/attribution/source-ref.js';
import type { ParsedDoc, Sentence } from '../../src/parse/types.js';

export interface GoldClaim { source: string | string[] | null; sourceSpans?: number[][]; cueSpans?: number[][] }

/** What a script sees of one sentence. */
export interface SentenceVisit {
  id: string;
  text: string;
  claims: GoldClaim[];
  doc: ParsedDoc;
  clauses: ReturnType<typeof findClauses>;
  sent: Sentence;
}

const fold = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019]/gu, "'").replace(/'s$/u, '').trim();

export function hit(ref: SourceRef | null, g: GoldClaim): boolean {
  if (!ref || ref.text === '') return false;
  const last = fold(ref.text).split(/\s+/u).pop()!;
  const name = fold([g.source ?? ''].flat().join(' '));
  return (g.sourceSpans ?? []).some(([s, e]) => ref.start >= s! && ref.end <= e! && (ref.kind === 'pronoun' || ref.end === e || (name !== '' && name.split(/\s+/u).includes(last))));
}

/** The gold claim whose cue span overlaps [start, end), if any. */
export const claimAtCue = (claims: GoldClaim[], start: number, end: number): GoldClaim | undefined =>
  claims.find((c) => (c.cueSpans ?? []).some(([s, e]) => s! < end && start < e!));

/** Run `visit` on every sentence of every gold text of the command line's directories; it adds to the
 * counts and returns the TSV rows of its errors. Prints the counts, writes `--tsv FILE`. */
export function scanSentences(visit: (v: SentenceVisit, counts: Map<string, number>) => string[]): void {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--tsv');
  const tsv = ti >= 0 ? args.splice(ti, 2)[1] : undefined;
  const counts = new Map<string, number>();
  const rows: string[] = [];
  for (const dir of args) {
    for (const entry of loadGoldDir(dir)) {
      if (!entry.textPath) continue;
      const text = readFileSync(entry.textPath, 'utf8');
      const claims = (entry.gold.claims ?? []) as unknown as GoldClaim[];
      const doc = parse(text);
      const clauses = findClauses(doc);
      for (const sent of doc.sentences) rows.push(...visit({ id: entry.id, text, claims, doc, clauses, sent }, counts));
    }
  }
  for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(n).padStart(5), k);
  if (tsv) writeFileSync(tsv, rows.join('\n') + '\n');
}
