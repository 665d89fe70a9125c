#!/usr/bin/env node
// Bundle-size budget (checked in `npm test`). Bundles the BUILT ESM with esbuild (minified) as a
// web page would import it, gzips it (level 9), and checks, for every calculator of CALCULATORS:
//   - the size of `import { <name> } from 'wcra-calc'` against its ceiling in .ci/size-limits.json
//     (the default, or the import's own entry, raised only with a reason);
//   - that the bundle holds no other calculator's definition (a definition's `name:"…"` survives
//     minification), unless the limits file says the import calls it;
//   - that the bundle holds no code of another feature than those its feature may import
//     (docs/architecture.md's table, followed transitively): the same import bundled from src/
//     with esbuild's metafile lists the source files it holds.
// `import * as all` is measured and reported (reports/size.json, docs/quality.md), not gated.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
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

/** The parts of src/ each part may import (docs/architecture.md), followed transitively. */
function reachable() {
  const table = new Map();
  for (const line of readFileSync('docs/architecture.md', 'utf8').split('\n')) {
    const m = /^\| ([a-z.-]+) \| (.+) \|$/.exec(line.trim());
    if (m !== null && m[1] !== 'from')
      table.set(
        m[1],
        m[2]
          .split(',')
          .map((t) => t.trim())
          .filter((t) => !t.startsWith('pkg:')),
      );
  }
  const closure = new Map();
  for (const part of table.keys()) {
    const seen = new Set([part]);
    const todo = [part];
    while (todo.length > 0) {
      for (const next of table.get(todo.pop()) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
      }
    }
    closure.set(part, seen);
  }
  return closure;
}

/** For each calculator, the parts of src/ its import bundles (one esbuild run from the sources, with a metafile). */
async function partsBundled() {
  const dir = mkdtempSync(join(tmpdir(), 'wcra-parts-'));
  try {
    const src = resolve('src/index.ts');
    const entryPoints = CALCULATORS.map((d) => {
      const file = join(dir, `${d.name}.ts`);
      writeFileSync(file, `import { ${d.name} } from ${JSON.stringify(src)};\n(globalThis as Record<string, unknown>).f = ${d.name};\n`);
      return file;
    });
    const out = await build({
      entryPoints,
      outdir: join(dir, 'out'),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const byName = new Map();
    for (const o of Object.values(out.metafile.outputs)) {
      if (o.entryPoint === undefined) continue;
      const name = o.entryPoint.split('/').pop().replace(/\.ts$/, '');
      const parts = new Set(
        Object.keys(o.inputs)
          .map((i) => relative(resolve('src'), resolve(i)))
          .filter((r) => !r.startsWith('..'))
          .map((r) => r.split('/')[0]),
      );
      byName.set(name, parts);
    }
    return byName;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const closure = reachable();
const bundledParts = await partsBundled();
if (process.env.BUNDLE_PARTS === '1') for (const [n, p] of bundledParts) console.log(`parts ${n}: ${[...p].sort().join(', ')}`);
let failed = 0;
const report = { imports: {}, all: null };
for (const name of names) {
  const m = await measure(`import { ${name} } from ${JSON.stringify(entry)}; globalThis.f = ${name};`);
  const ceiling = limits.imports[name]?.kb ?? limits.default.kb;
  const foreign = names.filter((n) => n !== name && !alsoAllowed(name).has(n) && m.text.includes(`name:"${n}"`));
  const feature = CALCULATORS.find((d) => d.name === name).feature;
  const allowed = closure.get(feature) ?? new Set([feature]);
  const parts = bundledParts.get(name);
  // index.ts and calculators.ts are the entry's barrels: esbuild lists them, their code is the re-exports
  const foreignParts =
    parts === undefined ? ['(not measured)'] : [...parts].filter((p) => !allowed.has(p) && !['index.ts', 'core', 'rules'].includes(p));
  foreign.push(...foreignParts.map((p) => `code of src/${p}/`));
  const ok = m.gz <= ceiling * KB && foreign.length === 0;
  if (!ok) failed++;
  report.imports[name] = { minifiedKB: +(m.min / KB).toFixed(1), gzipKB: +(m.gz / KB).toFixed(1), ceilingKB: ceiling };
  console.log(
    `${ok ? 'ok  ' : 'OVER'} import { ${name} }: ${(m.gz / KB).toFixed(1)} KB gzip (ceiling ${ceiling} KB)` +
      (foreign.length ? `; also bundles ${foreign.join(', ')}` : ''),
  );
}
// Nothing runs at import: importing one constant bundles decimal.js (whose prototype set-up is
// not tree-shakable) and the library's two clones, and none of the library's tables, figures or
// messages (a template literal or a spread at module level is kept by bundlers unless it sits in a
// `/* @__PURE__ */ (() => …)()`).
const bare = await measure(`import { MAX_MONEY } from ${JSON.stringify(entry)}; globalThis.f = MAX_MONEY;`);
const kept = ['Object.freeze', 'seed 00', 'RULES.md'].filter((s) => bare.text.includes(s));
if (kept.length > 0) failed++;
console.log(
  `${kept.length === 0 ? 'ok  ' : 'OVER'} import { MAX_MONEY }: ${(bare.gz / KB).toFixed(1)} KB gzip, no table or figure kept at import` +
    (kept.length ? `; holds ${kept.join(', ')}` : ''),
);
const all = await measure(`import * as all from ${JSON.stringify(entry)}; globalThis.f = all;`);
report.all = { minifiedKB: +(all.min / KB).toFixed(1), gzipKB: +(all.gz / KB).toFixed(1) };
console.log(`info import * as all: ${(all.min / KB).toFixed(1)} KB minified, ${(all.gz / KB).toFixed(1)} KB gzip (reported, not gated)`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/size.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`bundle budget: ${names.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
