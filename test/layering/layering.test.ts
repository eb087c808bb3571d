/**
 * The layering of src/, written once: a module may import its own layer or a lower one, never a higher
 * one, and no import cycle exists between files. Lower first; a path belongs to the first layer whose
 * prefix it starts with (a prefix ending in "/" is a folder, else one file). The library API
 * (src/index.ts) re-exports every library layer, so it sits above them and below io and cli.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cycles, readImports } from './imports.js';

export const LAYERS: readonly (readonly string[])[] = [
  ['src/schema/', 'src/version.ts'],
  ['src/parse/'],
  ['src/engine/'],
  ['src/rules/'],
  ['src/extract/', 'src/refine/', 'src/stages/'],
  ['src/pipeline.ts', 'src/explain.ts', 'src/segments.ts'],
  ['src/score/', 'src/format/', 'src/ledger/'],
  ['src/index.ts'],
  ['src/io/'],
  ['src/cli/'],
];

/** The layer index of a file under src/, or -1 when no layer claims it. */
export function layerOf(path: string): number {
  return LAYERS.findIndex((prefixes) => prefixes.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p)));
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const edges = readImports(ROOT);

describe('layering of src/', () => {
  it('reads the imports (the reader works)', () => {
    expect(edges.some((e) => e.from === 'src/cli/main.ts')).toBe(true);
    expect(edges.some((e) => e.from === 'src/pipeline.ts' && e.to === 'src/parse/index.ts')).toBe(true);
  });

  it('every file under src/ belongs to a layer', () => {
    const files = new Set(edges.flatMap((e) => [e.from, e.to]));
    expect([...files].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('no module imports a higher layer', () => {
    const up = edges.filter((e) => layerOf(e.to) > layerOf(e.from)).map((e) => `${e.from}:${e.line} -> ${e.to}`);
    expect(up).toEqual([]);
  });

  it('no import cycles', () => {
    expect(cycles(edges)).toEqual([]);
  });
});

describe('the checks can fail', () => {
  it('finds a cycle and an upward import', () => {
    const fake = [
      { from: 'src/a.ts', to: 'src/b.ts', line: 1 },
      { from: 'src/b.ts', to: 'src/a.ts', line: 1 },
      { from: 'src/c.ts', to: 'src/c.ts', line: 1 },
    ];
    expect(cycles(fake)).toEqual([['src/a.ts', 'src/b.ts'], ['src/c.ts']]);
    expect(layerOf('src/parse/tokens.ts')).toBeLessThan(layerOf('src/rules/actors/words.ts'));
    expect(layerOf('src/io/sink.ts')).toBeLessThan(layerOf('src/cli/main.ts'));
  });
});
