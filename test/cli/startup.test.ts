import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from './run.js';

/**
 * Start-up (spawned: the process is the point): which modules does each command load? The binary is spawned with a module-resolution
 * hook (node:module register) that appends every resolved URL, in every thread, to a log file.
 */
const dir = mkdtempSync(join(tmpdir(), 'tc-startup-'));
writeFileSync(
  join(dir, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (process.env.TC_LOAD_LOG) appendFileSync(process.env.TC_LOAD_LOG, r.url + '\\n');
  return r;
}
`,
);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
const article = join(dir, 'a.txt');
writeFileSync(article, 'Governor Lina Ostrova said on Monday that the harbour bridge would reopen in May.\n');

let runs = 0;
/** Run the binary with args; return its exit code and the URLs of the modules it loaded. */
function loaded(args: string[]): { code: number; urls: string[] } {
  const log = join(dir, `load-${runs++}.log`);
  writeFileSync(log, '');
  const r = spawnCli(args, { nodeArgs: ['--import', join(dir, 'register.mjs')], env: { TC_LOAD_LOG: log } });
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return { code: r.code, urls };
}

const count = (urls: string[], re: RegExp) => urls.filter((u) => re.test(u)).length;
const COMPROMISE = /\/node_modules\/compromise\//;
const WORKER = /\/cli\/worker\.js$/;

describe('start-up: light commands never load the NLP libraries', () => {
  for (const args of [['--version'], ['--help'], ['schema'], ['extract', '--help']]) {
    it(args.join(' '), () => {
      const r = loaded(args);
      expect(r.code).toBe(0);
      expect(r.urls.length).toBeGreaterThan(0); // the hook did run
      expect(count(r.urls, COMPROMISE)).toBe(0);
      expect(count(r.urls, WORKER)).toBe(0);
    });
  }
});

describe('start-up: extract loads compromise once, where it is used', () => {
  /** One input (with --jobs 4: still no worker); its count of compromise modules is the one-thread reference below. */
  let one: { code: number; urls: string[] };
  beforeAll(() => void (one = loaded(['extract', article, '--format', 'json', '--jobs', '4'])));

  it('one input: compromise in the main thread, no worker started (control: the hook sees compromise)', () => {
    const r = one;
    expect(r.code).toBe(0);
    expect(count(r.urls, COMPROMISE)).toBeGreaterThan(0);
    expect(count(r.urls, WORKER)).toBe(0);
  });

  it('several inputs with --jobs 2: two workers load it, the main thread does not', () => {
    const r = loaded(['extract', article, article, article, '--format', 'jsonl', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(count(r.urls, WORKER)).toBe(2);
    expect(count(r.urls, COMPROMISE)).toBe(2 * count(one.urls, COMPROMISE));
  });
});

process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
