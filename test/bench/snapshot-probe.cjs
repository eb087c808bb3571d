// Would a Node start-up snapshot (node --build-snapshot, Node 20) holding compromise's loaded state
// halve start-up? A measurement, not part of the build (issue 19; README "Start-up snapshot"):
//
//   node test/bench/snapshot-probe.cjs            builds /tmp/tc-snapshot.blob, then compares 5 runs each of
//                                                 (a) load compromise + parse one sentence, plain
//                                                 (b) the same from the snapshot
//   and checks whether the deserialized main can import() our ESM modules (Node 20: it cannot).
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '../..');
const CJS = join(ROOT, 'node_modules/compromise/builds/three/compromise-three.cjs');
const SENTENCE = 'Governor Lina Ostrova said on Monday that the harbour bridge would reopen in May.';
const entry = '/tmp/tc-snapshot-entry.cjs';
const blob = '/tmp/tc-snapshot.blob';
const plain = '/tmp/tc-snapshot-plain.cjs';

writeFileSync(entry, `
const src = require('node:fs').readFileSync(${JSON.stringify(CJS)}, 'utf8');
const m = { exports: {} };
new Function('module', 'exports', 'require', src)(m, m.exports, require);
globalThis.nlp = m.exports;
globalThis.nlp('Warm up: the mayor said on Monday that the bridge would reopen in May.').json();
require('node:v8').startupSnapshot.setDeserializeMainFunction(async () => {
  globalThis.nlp(${JSON.stringify(SENTENCE)}).json();
  if (process.env.TC_IMPORT_PROBE) {
    try { await import(${JSON.stringify(join(ROOT, 'dist/src/cli/version.js'))}); console.log('import() works'); }
    catch (e) { console.log('import() fails: ' + e.code); }
  }
});
`);
writeFileSync(plain, `require(${JSON.stringify(CJS)})(${JSON.stringify(SENTENCE)}).json();\n`);
execFileSync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', entry], { stdio: 'ignore' });

const median = (args) => {
  const t = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    t.push(performance.now() - t0);
  }
  return Math.round(t.sort((a, b) => a - b)[2]);
};
const load = require('node:os').loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`node -e 0:                         ${median(['-e', '0'])} ms`);
console.log(`compromise + one sentence, plain:  ${median([plain])} ms`);
console.log(`the same from the snapshot:        ${median(['--snapshot-blob', blob])} ms`);
console.log(spawnSync(process.execPath, ['--snapshot-blob', blob], { encoding: 'utf8', env: { ...process.env, TC_IMPORT_PROBE: '1' } }).stdout.trim());
console.log(`(load average ${load}, Node ${process.version})`);
