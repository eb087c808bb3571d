import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import { CSV_ARTICLE, EMOJI_ARTICLE } from './articles.js';

/** Read a brat .ann back: text-bound annotations (with fragments), relations, notes. */
function readAnn(ann: string) {
  const spans = new Map<string, { label: string; frags: [number, number][]; text: string }>();
  const relations: { label: string; a: string; b: string }[] = [];
  const notes = new Map<string, string>();
  for (const line of ann.trimEnd().split('\n')) {
    const t = /^(?<id>T\d+)\t(?<label>\S+) (?<frags>\d+ \d+(?:;\d+ \d+)*)\t(?<text>.*)$/.exec(line);
    const r = /^(?<id>R\d+)\t(?<label>\S+) Arg1:(?<a>T\d+) Arg2:(?<b>T\d+)$/.exec(line);
    const n = /^#\d+\tAnnotatorNotes (?<id>T\d+)\t(?<note>.+)$/.exec(line);
    if (t) spans.set(t.groups!.id!, { label: t.groups!.label!, text: t.groups!.text!, frags: t.groups!.frags!.split(';').map((f) => f.split(' ').map(Number) as [number, number]) });
    else if (r) relations.push({ label: r.groups!.label!, a: r.groups!.a!, b: r.groups!.b! });
    else if (n) notes.set(n.groups!.id!, n.groups!.note!);
    else throw new Error(`not a brat standoff line: ${JSON.stringify(line)}`);
  }
  return { spans, relations, notes };
}

describe('--format brat', () => {
  it.each([['emoji', EMOJI_ARTICLE], ['line breaks', CSV_ARTICLE]])('%s: every span is code-point fragments of the text; relations join spans', async (_name, text) => {
    const r = await runCli(['extract', '-', '--format', 'brat', '--date', '2024-05-02', '-q'], { input: text });
    expect(r.code).toBe(0);
    const { spans, relations, notes } = readAnn(r.stdout);
    const chars = [...text];
    expect(spans.size).toBeGreaterThan(3);
    for (const [id, s] of spans) {
      expect(s.text).toBe(s.frags.map(([a, b]) => chars.slice(a, b).join('')).join(' '));
      for (const [a, b] of s.frags) expect(chars.slice(a, b).join('')).not.toMatch(/\n/);
      expect(notes.get(id)).toMatch(/rule: /);
    }
    expect(relations.length).toBeGreaterThan(0);
    for (const rel of relations) expect(spans.has(rel.a) && spans.has(rel.b)).toBe(true);
    const cfg = (await runCli(['schema', 'brat-config'])).stdout;
    for (const s of spans.values()) expect(cfg).toMatch(new RegExp(`^${s.label}$`, 'm'));
    for (const rel of relations) expect(cfg).toMatch(new RegExp(`^${rel.label}\\t`, 'm'));
  });

  it('several inputs: one line saying brat is one file per article, exit 2', async () => {
    const r = await runCli(['extract', '-', 'fixtures/seed-000.txt', '--format', 'brat'], { input: CSV_ARTICLE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tiktok-claims: --format brat writes one \.ann file per article: give one input\n$/);
  });
});
