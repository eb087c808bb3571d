import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from './run.js';

/** 4. Directories and globs: symbolic links followed (loops walked once), an unreadable folder reported as such. */
const dir = mkdtempSync(join(tmpdir(), 'tc-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const elsewhere = join(dir, 'elsewhere');
mkdirSync(join(elsewhere, 'sub'), { recursive: true });
writeFileSync(join(elsewhere, 'linked.txt'), 'Mara Voss said the levy will be cut.\n');
writeFileSync(join(elsewhere, 'sub', 'deep.txt'), 'Lina Ostrova said prices would rise.\n');
const articles = join(dir, 'articles');
mkdirSync(articles);
writeFileSync(join(articles, 'plain.txt'), 'Ade Okafor said the deal is done.\n');
symlinkSync(join(elsewhere, 'linked.txt'), join(articles, 'link.txt')); // a link to a file
symlinkSync(join(elsewhere, 'sub'), join(articles, 'subdir')); // a link to a folder
symlinkSync(articles, join(articles, 'loop')); // a loop
symlinkSync(join(dir, 'nothing-here.txt'), join(articles, 'dangling.txt')); // dangling: skipped

const paths = (stdout: string): string[] => stdout.trim().split('\n').map((l) => JSON.parse(l).input.path.slice(dir.length + 1)).sort();

describe('inputs through symbolic links', () => {
  it('a directory: linked files and folders are read, a loop once', async () => {
    const r = await runCli(['extract', articles, '-f', 'jsonl', '--jobs', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['articles/link.txt', 'articles/plain.txt', 'articles/subdir/deep.txt']);
  });
  it('a quoted glob: the same', async () => {
    const r = await runCli(['extract', join(articles, '**/*.txt'), '-f', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['articles/link.txt', 'articles/plain.txt', 'articles/subdir/deep.txt']);
  });
});

const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
/** As root, the binary runs as nobody: only where nobody can reach the checkout (a clone in a private folder cannot). */
const runnable = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], asUser).status === 0;
const title = runnable ? 'an unreadable folder (a real process: permissions are the point; as root, run as nobody)' : 'an unreadable folder (SKIPPED: user nobody cannot read this checkout)';

describe.runIf(runnable)(title, () => {
  const spawnAs = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...asUser });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const tree = mkdtempSync(join(tmpdir(), 'tc-locked-'));
  writeFileSync(join(tree, 'open.txt'), 'Ade Okafor said the deal is done.\n');
  mkdirSync(join(tree, 'locked'));
  writeFileSync(join(tree, 'locked', 'hidden.txt'), 'Mara Voss said the levy will be cut.\n');
  chmodSync(join(tree, 'locked'), 0o000);
  chmodSync(tree, 0o755);
  for (const f of ['open.txt']) chmodSync(join(tree, f), 0o644);
  afterAll(() => {
    chmodSync(join(tree, 'locked'), 0o755);
    rmSync(tree, { recursive: true, force: true });
  });
  it('is reported as unreadable, not as a folder with no .txt files; the rest is read', () => {
    const r = spawnAs(['extract', tree, '-f', 'jsonl', '--jobs', '1']);
    expect(r.stderr).toMatch(/locked: cannot be read \(EACCES\)/);
    expect(r.stderr).not.toMatch(/no \.txt files/);
    expect(r.code).toBe(3);
    expect(r.stdout.trim().split('\n')).toHaveLength(2); // the open article and the error record
  });
  it('alone: exit 3 with that message', () => {
    const r = spawnAs(['extract', join(tree, 'locked')]);
    expect(r.stderr).toMatch(/locked: cannot be read \(EACCES\)/);
    expect(r.code).toBe(3);
  });
});
