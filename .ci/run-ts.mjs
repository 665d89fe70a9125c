#!/usr/bin/env node
// Compiles a folder of TypeScript scripts (examples/ or bench/) against the BUILT package, as a
// user would import it ('wcra-calc' resolves to dist/ through package self-reference), then runs
// each script with node. Exits non-zero when compilation fails or any script fails.
// Usage: node .ci/run-ts.mjs <examples|bench> [name-filter]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? 'examples';
const filter = process.argv[3] ?? '';
const suffix = folder === 'bench' ? '.bench.ts' : '.ts';
if (!existsSync('dist/index.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const out = join('.examples-dist', folder);
rmSync(out, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${folder}/tsconfig.json`], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
const scripts = readdirSync(folder)
  .filter((f) => f.endsWith(suffix) && f.includes(filter))
  .sort();
let failed = 0;
for (const file of scripts) {
  const js = join(out, file.replace(/\.ts$/, '.js'));
  console.log(`\n=== ${folder}/${file} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', js], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`FAILED: ${folder}/${file} (exit ${run.status})`);
  }
}
console.log(`\n${folder}: ${scripts.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
