#!/usr/bin/env node
// Finishes the docs site in site/: TypeDoc's pages (API grouped by feature, the guides as
// documents, the README as home) and the calculators page built by vite into site/web/. TypeDoc
// writes its header link to the page as `web/index.html` on every page; pages in sub-folders get
// the right relative path here, so the folder can be hosted as it is, at any address.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = 'site';
let fixed = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'web' && dir === root) continue;
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) {
      const depth = relative(root, path).split(sep).length - 1;
      if (depth === 0) continue;
      const html = readFileSync(path, 'utf8');
      const next = html.replaceAll('href="web/index.html"', `href="${'../'.repeat(depth)}web/index.html"`);
      if (next !== html) {
        writeFileSync(path, next);
        fixed++;
      }
    }
  }
}
walk(root);
console.log(`site: ${fixed} pages link to the calculators page`);
