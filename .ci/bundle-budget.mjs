#!/usr/bin/env node
// Bundle-size budget (checked in `npm test`): bundles the BUILT ESM with esbuild (minified) as a
// web page would import it, gzips it, and fails with the measured figure when over budget.
//   (a) one calculator: import { installmentSchedule } from 'wcra-calc'  ≤ 25 KB gzip
//   (b) every export:   import * as all from 'wcra-calc'                 ≤ 45 KB gzip
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = resolve('dist/index.js');
if (!existsSync(entry)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

const KB = 1024;
const checks = [
  {
    name: "(a) import { installmentSchedule } from 'wcra-calc'",
    code: `import { installmentSchedule } from ${JSON.stringify(entry)}; globalThis.f = installmentSchedule;`,
    budget: 25 * KB,
  },
  {
    name: "(b) import * as all from 'wcra-calc'",
    code: `import * as all from ${JSON.stringify(entry)}; globalThis.f = all;`,
    budget: 45 * KB,
  },
];

let failed = 0;
for (const check of checks) {
  const out = await build({
    stdin: { contents: check.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0].contents;
  const gz = gzipSync(bytes, { level: 9 }).length;
  const ok = gz <= check.budget;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${check.name}: ${(bytes.length / KB).toFixed(1)} KB minified, ${(gz / KB).toFixed(1)} KB gzip (budget ${check.budget / KB} KB gzip)`,
  );
}
console.log(`bundle budget: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
