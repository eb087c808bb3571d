import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run.js';
import { findConfig, lexiconPaths } from '../../src/io/lexicon-files.js';

/** Issue 17: --lexicon FILE and the config file that names lexicons. */
const tmp = mkdtempSync(join(tmpdir(), 'tc-lexicon-'));
const LEX = { actors: [{ name: 'Zorblax', type: 'organization' }], reportingVerbs: ['opine'] };
const lexFile = join(tmp, 'mine.json');
writeFileSync(lexFile, JSON.stringify(LEX));
const article = join(tmp, 'a.txt');
writeFileSync(article, 'Zorblax opined on Tuesday that the merger would collapse.\n');

const claimsOf = (stdout: string) => (JSON.parse(stdout) as { claims: { source: string | null; cue: string }[] }).claims.map((c) => [c.source, c.cue]);

describe('--lexicon', () => {
  it('turns the sentence into a claim whose source is the lexicon actor', async () => {
    const r = await runCli(['extract', article, '--lexicon', lexFile, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(claimsOf(r.stdout)).toEqual([['Zorblax', 'opined']]);
    expect(JSON.parse(r.stdout).actors[0]).toMatchObject({ name: 'Zorblax', rule: `user:${lexFile}#actors[0]` });
  });
  it('refuses a bad lexicon in one line naming the file and the field, exit 2', async () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ actors: [{ name: 'Zorblax', type: 'company' }] }));
    const r = await runCli(['extract', article, '--lexicon', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`lexicon ${bad.replace(/[.]/g, '\\.')}: actors\\[0\\]\\.type: `));
    const notJson = join(tmp, 'broken.json');
    writeFileSync(notJson, '{actors');
    expect((await runCli(['extract', article, '--lexicon', notJson])).stderr).toMatch(/broken\.json: not valid JSON/);
    expect((await runCli(['extract', article, '--lexicon', join(tmp, 'none.json')])).code).toBe(2);
  });
});

describe('schema lexicon', () => {
  it('prints the JSON Schema of a lexicon file, from the zod schema', async () => {
    const r = await runCli(['schema', 'lexicon']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(['actors', 'outlets', 'titles', 'reportingVerbs', 'nonActors', 'deadlineCues']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('the config file', () => {
  const project = join(tmp, 'project');
  const deep = join(project, 'articles', 'june');
  mkdirSync(join(project, 'lex'), { recursive: true });
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(project, 'lex', 'names.json'), JSON.stringify(LEX));
  writeFileSync(join(project, 'tiktok-claims.config.json'), JSON.stringify({ lexicon: ['lex/names.json'] }));
  it('is found from the working directory up, its lexicon paths relative to it', async () => {
    expect((await findConfig(deep))?.filepath).toBe(join(project, 'tiktok-claims.config.json'));
    expect(await lexiconPaths(['extra.json'], deep)).toEqual([
      { path: join(project, 'lex', 'names.json'), name: 'lex/names.json' },
      { path: join(deep, 'extra.json'), name: 'extra.json' },
    ]);
  });
  it('reads a "tiktok-claims" key in package.json (negative: a package.json without it is no config)', async () => {
    const pkg = join(tmp, 'pkg');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'x', 'tiktok-claims': { lexicon: 'names.json' } }));
    expect((await lexiconPaths([], pkg)).map((p) => p.name)).toEqual(['names.json']);
    const plain = join(tmp, 'plain');
    mkdirSync(plain, { recursive: true });
    writeFileSync(join(plain, 'package.json'), JSON.stringify({ name: 'y' }));
    expect(await lexiconPaths([], plain)).toEqual([]);
  });
  it('makes the same claim through the config file (spawned: the working directory is the point)', () => {
    writeFileSync(join(deep, 'a.txt'), 'Zorblax opined on Tuesday that the merger would collapse.\n');
    const r = spawnCli(['extract', 'a.txt', '--format', 'json'], { cwd: deep });
    expect(r.stderr).toBe('');
    expect(claimsOf(r.stdout)).toEqual([['Zorblax', 'opined']]);
    expect(JSON.parse(r.stdout).actors[0].rule).toBe('user:lex/names.json#actors[0]');
  });
});
