import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // one module graph per worker, not per file: compromise and the pipeline load once, not 35 times
    // (about a third of the suite's CPU). Tests must therefore leave no global state behind (no
    // process.env or globalThis changes: CLI tests pass their environment to runCli; vi.mock is per file).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // the json report lets .ci/run print a plain "N passed, N failed" closing line
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/tiktok-claims/vitest-results.json' },
  },
});
