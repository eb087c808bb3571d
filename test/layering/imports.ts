/**
 * A small reader of the imports under src/: every relative `import ... from '...'`, `export ... from '...'`
 * and `import('...')`, resolved to the file it names. Type-only imports count too: a layer that needs
 * a higher layer's types depends on it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportEdge {
  from: string;
  to: string;
  line: number;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](?<spec>\.{1,2}\/[^'"]+)['"]/gmu;

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The relative imports of every .ts file under `srcDir`, as paths relative to `root` ("src/cli/main.ts"). */
export function readImports(root: string, srcDir = 'src'): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(join(root, srcDir))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(SPECIFIER)) {
      const target = resolveSpecifier(file, m.groups!.spec!);
      if (!target) continue;
      const line = code.slice(0, m.index).split('\n').length;
      edges.push({ from: relative(root, file), to: relative(root, target), line });
    }
  }
  return edges;
}

/** './x.js' -> './x.ts' (ESM specifiers name the compiled file); a directory -> its index.ts. */
function resolveSpecifier(file: string, spec: string): string | null {
  const base = resolve(dirname(file), spec);
  for (const c of [base.replace(/\.js$/u, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/** Every cycle among files, each as the list of files around it (one per strongly connected component). */
export function cycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  let n = 0;
  const visit = (v: string): void => {
    index.set(v, n);
    low.set(v, n++);
    stack.push(v);
    on.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      on.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (next.get(v) ?? []).includes(v)) out.push(scc.sort());
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}
