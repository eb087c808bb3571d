import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { PoolResult as BatchResult } from '../../src/cli/wire.js';
import { runPool } from '../../src/cli/pool.js';
import type { PoolInput as InputSpec } from '../../src/cli/pool.js';

/**
 * The pool in-process, with stand-in worker scripts that speak its protocol (READY, then one
 * result per task), so that failures can be provoked: a worker that dies on one input, a worker
 * that cannot start, results that finish out of order.
 */
const dir = mkdtempSync(join(tmpdir(), 'tc-pool-'));
const script = (name: string, onTask: string, start = "parentPort.postMessage('ready');") => {
  const p = join(dir, name);
  writeFileSync(
    p,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (t) => { ${onTask} });
${start}
`,
  );
  return p;
};
const reply = "parentPort.postMessage({ ok: true, index: t.index, doc: { path: t.spec.path }, text: '' });";
const ECHO = script('echo.mjs', reply);
const SLOW_EVEN = script('slow-even.mjs', `setTimeout(() => { ${reply} }, t.index % 2 === 0 ? 60 : 0);`);
const SLOW_FIRST = script('slow-first.mjs', `setTimeout(() => { ${reply} }, t.index === 0 ? 1500 : 0);`);
const SLOW_EVEN_FAST = script('slow-even-fast.mjs', `setTimeout(() => { ${reply} }, t.index % 2 === 0 ? 5 : 0);`);
const CRASH = script('crash.mjs', `if (t.spec.path.includes('crash')) process.exit(1); ${reply}`);
const BROKEN = script('broken.mjs', reply, "throw new Error('cannot load the pipeline');");

const opts = { referenceDate: null, maxBytes: 1000, stdin: Readable.from([]) };
const files = (names: string[]): InputSpec[] => names.map((n) => ({ kind: 'file', path: n }));
const summary = (r: BatchResult) => (r.ok ? `${r.index}:ok` : `${r.index}:${r.error.code}`);

async function collect(specs: InputSpec[], workerFile: string, jobs = 2, ordered = true): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of runPool(specs, opts, { jobs, ordered, workerFile })) out.push(r);
  return out;
}

describe('runPool', () => {
  const names = Array.from({ length: 12 }, (_, i) => `in-${i}.txt`);

  it('yields every input once, in input order', async () => {
    const rs = await collect(files(names), SLOW_EVEN);
    expect(rs.map((r) => r.index)).toEqual(names.map((_, i) => i));
  });

  it('unordered: the same set, the fast ones first', async () => {
    // input 0 is slow (1.5 s) and the rest are instant: whatever the machine's load, the other worker
    // finishes later inputs first (a 60 ms gap was flaky under load)
    const rs = await collect(files(names), SLOW_FIRST, 2, false);
    expect(rs.map((r) => r.index).sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
    expect(rs[0]!.index).not.toBe(0);
  });

  it('a worker that dies fails only its input; a new worker takes the rest', async () => {
    const rs = await collect(files(['a', 'crash-1', 'b', 'c', 'crash-2', 'd']), CRASH);
    expect(rs.map(summary)).toEqual(['0:ok', '1:E_INTERNAL_INPUT', '2:ok', '3:ok', '4:E_INTERNAL_INPUT', '5:ok']);
    const bad = rs[1]!;
    expect(!bad.ok && bad.error.message).toMatch(/worker stopped while processing this input/);
  });

  it('workers that cannot start fail every input once, without a restart loop', async () => {
    const rs = await collect(files(['a', 'b', 'c']), BROKEN);
    expect(rs.map(summary)).toEqual(['0:E_INTERNAL_INPUT', '1:E_INTERNAL_INPUT', '2:E_INTERNAL_INPUT']);
    expect(rs.every((r) => !r.ok && /cannot load the pipeline/.test(r.error.message))).toBe(true);
  });

  it('inputs that already failed to expand are reported without a worker', async () => {
    const { CliError } = await import('../../src/io/errors.js');
    const specs: InputSpec[] = [...files(['a']), { kind: 'error', path: 'x*', error: new CliError('E_GLOB_EMPTY', { path: 'x*' }) }, ...files(['b'])];
    const rs = await collect(specs, ECHO);
    expect(rs.map(summary)).toEqual(['0:ok', '1:E_GLOB_EMPTY', '2:ok']);
  });

  it('streams an async source (jsonl records): each once, in order, never reading far ahead of the reader', async () => {
    let pulled = 0;
    let ahead = 0;
    const out: number[] = [];
    async function* records(): AsyncGenerator<InputSpec> {
      for (let i = 0; i < 40; i++) {
        pulled++;
        ahead = Math.max(ahead, pulled - out.length);
        yield { kind: 'record', path: `c.jsonl:${i + 1}`, line: i + 1, id: `r${i}`, text: 'x', date: null, title: null, url: null, outlet: null, from: 'record' };
      }
    }
    for await (const r of runPool(records(), opts, { jobs: 2, ordered: true, workerFile: SLOW_EVEN_FAST })) out.push(r.index);
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(ahead).toBeLessThanOrEqual(10); // the window (4 per job) and one being read
  });

  it('stopping early (the reader went away) ends the workers and returns', async () => {
    const seen: number[] = [];
    for await (const r of runPool(files(names), opts, { jobs: 2, ordered: true, workerFile: ECHO })) {
      seen.push(r.index);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
  });
});
