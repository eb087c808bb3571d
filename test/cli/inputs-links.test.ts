import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run.js';

// A folder named "locked" cannot be read (as root, chmod 000 would not stop us: the error is simulated).
vi.mock('node:fs/promises', async (orig) => {
  const real = await orig<typeof import('node:fs/promises')>();
  const readdir = ((p: string, o: unknown) => (String(p).endsWith('locked') ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) : (real.readdir as (p: string, o: unknown) => unknown)(p, o))) as typeof real.readdir;
  return { ...real, default: { ...real, readdir }, readdir };
});

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

describe('an unreadable folder', () => {
  it('is reported as unreadable, not as a folder with no .txt files; the rest is read', async () => {
    mkdirSync(join(articles, 'locked'), { recursive: true });
    const r = await runCli(['extract', articles, '-f', 'jsonl', '--jobs', '1']);
    expect(r.stderr).toMatch(/locked: cannot be read \(EACCES\)/);
    expect(r.stderr).not.toMatch(/no \.txt files/);
    expect(r.code).toBe(3);
    expect(r.stdout.trim().split('\n')).toHaveLength(4); // three articles and the error record
    rmSync(join(articles, 'locked'), { recursive: true });
  });
  it('alone: exit 3 with that message', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    const r = await runCli(['extract', locked]);
    expect(r.stderr).toMatch(/locked: cannot be read \(EACCES\)/);
    expect(r.code).toBe(3);
  });
});
