import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Tests never run a stale build. Most CLI tests run `main(proc)` from the sources in-process, but a
 * few spawn the compiled binary (start-up, pipes) and `--jobs` worker threads run dist/: so before the
 * tests, any source file newer than its compiled file (or without one), or a newer tsconfig.json or
 * package.json, triggers a `tsc -p tsconfig.json` build. `npm test` has just built, so this costs only
 * the check there.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const stale = staleSource(root);
  if (stale) {
    console.log(`global-setup: dist/ is older than ${stale}: building (tsc -p tsconfig.json)`);
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  }
  // the package's schemas/ files, written from the build as `npm run build` does
  if (stale || !existsSync(join(root, 'schemas/claims-doc.schema.json'))) {
    execFileSync(process.execPath, [join(root, 'bin/tiktok-claims.js'), 'schema', '--write', 'schemas'], { cwd: root, stdio: 'inherit' });
  }
}

/** The first source that is newer than its build output, or null when dist/ is up to date. */
export function staleSource(root: string): string | null {
  const mtime = (p: string) => {
    try {
      return statSync(p).mtimeMs;
    } catch {
      return -1;
    }
  };
  const oldest = mtime(join(root, 'dist/src/cli/main.js'));
  if (oldest < 0) return 'nothing (no build)';
  for (const f of ['tsconfig.json', 'package.json']) if (mtime(join(root, f)) > oldest) return f;
  for (const src of walk(join(root, 'src'))) {
    if (!src.endsWith('.ts') || src.endsWith('.d.ts')) continue;
    const out = join(root, 'dist', relative(root, src)).replace(/\.ts$/, '.js');
    if (mtime(out) < mtime(src)) return relative(root, src);
  }
  return null;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
