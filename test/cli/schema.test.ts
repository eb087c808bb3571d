import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run.js';

describe('tiktok-claims schema', () => {
  it('gold: every bundled gold file validates against it (ajv, an independent validator)', async () => {
    const r = await runCli(['schema', 'gold']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$id).toMatch(/\/schemas\/gold\.schema\.json$/);
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const golds = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.gold.json'));
    expect(golds.length).toBeGreaterThan(5);
    for (const f of golds) expect(validate(JSON.parse(readFileSync(join(ROOT, 'fixtures', f), 'utf8'))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate({ quotes: [{ text: 'x', kind: 'shout' }] })).toBe(false);
  });

  it('article, ledger: $ids name the package files; an unknown name is one line and exit 2', async () => {
    expect(JSON.parse((await runCli(['schema'])).stdout).$id).toMatch(/^https:\/\/unpkg\.com\/tiktok-claims@[\d.]+\/schemas\/claims-doc\.schema\.json$/);
    expect(JSON.parse((await runCli(['schema', 'ledger'])).stdout).$id).toMatch(/\/schemas\/ledger\.schema\.json$/);
    const bad = await runCli(['schema', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^tiktok-claims: unknown schema "nope": expected article, ledger, gold, lexicon, labelstudio-config or brat-config\n$/);
  });
});
