import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.js';

interface PackFile { path: string }

/** What `npm pack` would publish (scripts skipped: `npm test` has built dist/ and schemas/ already). */
function packedFiles(): string[] {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { files: PackFile[] }[])[0]!.files.map((f) => f.path);
}

describe('the published package', () => {
  const files = packedFiles();

  it('ships LICENSE, README, CHANGELOG, the binary, the compiled library and the JSON Schema files', () => {
    for (const f of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'bin/tiktok-claims.js', 'dist/src/index.js', 'dist/src/index.d.ts']) expect(files).toContain(f);
    expect(files.filter((f) => /^schemas\/[a-z-]+\.schema\.json$/.test(f)).sort()).toEqual(['schemas/claims-doc.schema.json', 'schemas/gold.schema.json', 'schemas/ledger.schema.json']);
  });

  it('ships no test, fixture, benchmark or CI file', () => {
    expect(files.filter((f) => /^(test|fixtures|bench-results|\.ci|node_modules)\/|\.test\.|\.gold\.json$/.test(f))).toEqual([]);
  });

  it('exports the library API and the schema files only; each schema file has the $id the package resolves to it', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', './schemas/*.schema.json']);
    for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'license']) expect(pkg[field], field).toBeTruthy();
    // Node's own resolver, through the package's self-reference, resolves the exports map as an installed copy would
    const probe = `
      const lib = await import('tiktok-claims');
      let deep = 'importable';
      try { await import('tiktok-claims/dist/src/pipeline.js'); } catch (e) { deep = e.code; }
      const schemas = ['claims-doc', 'ledger', 'gold'].map((n) => import.meta.resolve('tiktok-claims/schemas/' + n + '.schema.json'));
      console.log(JSON.stringify({ analyze: typeof lib.analyze, deep, schemas }));`;
    const r = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' })) as { analyze: string; deep: string; schemas: string[] };
    expect(r.analyze).toBe('function');
    expect(r.deep).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    for (const url of r.schemas) {
      const schema = JSON.parse(readFileSync(new URL(url), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(`https://unpkg.com/tiktok-claims@${pkg.version}/${url.slice(url.indexOf('schemas/'))}`);
    }
  });
});
