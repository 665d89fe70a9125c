#!/usr/bin/env node
// Bundle-size budget (checked in `npm test`). Bundles the BUILT ESM with esbuild (minified) as a
// web page would import it, gzips it (level 9), and checks, for every calculator of CALCULATORS:
//   - the size of `import { <name> } from 'wcra-calc'` against its ceiling in .ci/size-limits.json
//     (the default, or the import's own entry, raised only with a reason);
//   - that the bundle holds no other calculator's definition (no feature drags another in
//     unless docs/architecture.md allows it: a definition's `name:"…"` survives minification).
// `import * as all` is measured and reported (reports/size.json, docs/quality.md), not gated.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entry = resolve('dist/index.js');
if (!existsSync(entry)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const KB = 1024;
const limits = JSON.parse(readFileSync('.ci/size-limits.json', 'utf8'));
const { CALCULATORS } = await import(pathToFileURL(entry).href);
const names = CALCULATORS.map((d) => d.name);

async function measure(code) {
  const out = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0].contents;
  return { text: Buffer.from(bytes).toString('utf8'), min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
}

/** The calculators a definition may bundle besides itself: those it calls (declared in the limits file). */
function alsoAllowed(name) {
  return new Set(limits.imports[name]?.bundles ?? []);
}

let failed = 0;
const report = { imports: {}, all: null };
for (const name of names) {
  const m = await measure(`import { ${name} } from ${JSON.stringify(entry)}; globalThis.f = ${name};`);
  const ceiling = limits.imports[name]?.kb ?? limits.default.kb;
  const foreign = names.filter((n) => n !== name && !alsoAllowed(name).has(n) && m.text.includes(`name:"${n}"`));
  const ok = m.gz <= ceiling * KB && foreign.length === 0;
  if (!ok) failed++;
  report.imports[name] = { minifiedKB: +(m.min / KB).toFixed(1), gzipKB: +(m.gz / KB).toFixed(1), ceilingKB: ceiling };
  console.log(
    `${ok ? 'ok  ' : 'OVER'} import { ${name} }: ${(m.gz / KB).toFixed(1)} KB gzip (ceiling ${ceiling} KB)` +
      (foreign.length ? `; also bundles ${foreign.join(', ')}` : ''),
  );
}
const all = await measure(`import * as all from ${JSON.stringify(entry)}; globalThis.f = all;`);
report.all = { minifiedKB: +(all.min / KB).toFixed(1), gzipKB: +(all.gz / KB).toFixed(1) };
console.log(`info import * as all: ${(all.min / KB).toFixed(1)} KB minified, ${(all.gz / KB).toFixed(1)} KB gzip (reported, not gated)`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/size.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`bundle budget: ${names.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
