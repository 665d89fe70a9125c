// STYLE 11: no work at import time. A module-level constant initialised by a call must be
// marked /* @__PURE__ */ so bundlers can drop it when unused (the bundle budget depends on it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../docs/snippets.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = listFiles(root, 'src', '.ts').filter((f) => !f.startsWith('src/cli/'));
const CALL_INIT =
  /^(export )?const (\w+)(\s*:\s*[^=]+)? = (?!\/\* @__PURE__ \*\/)(?:[A-Za-z_$][\w$.]*\s*[(<]|[A-Za-z_$][\w$]*\s*\n\s*\.|\{[^}'"`]*\b[A-Za-z_$][\w$.]*\(|\[[^\]'"`]*\b[A-Za-z_$][\w$.]*\()/gm;

describe('STYLE-11 no work at import time', () => {
  it.each(files)('%s: module-level calls are marked /* @__PURE__ */', (file) => {
    const text = readFileSync(`${root}/${file}`, 'utf8');
    const offenders = [...text.matchAll(CALL_INIT)].map((m) => m[2]);
    expect(offenders, `wrap these in /* @__PURE__ */ (() => …)(): ${offenders.join(', ')}`).toEqual([]);
  });

  // A pure outer call keeps an unmarked inner call (a nested table row, a member read) alive in
  // every bundle: each Object.freeze of a table is marked, and no constant reads a member at
  // module level unmarked (found when 144 inner freezes put every table in every import).
  it.each(files)('%s: every Object.freeze and module-level member read is marked pure', (file) => {
    const code = readFileSync(`${root}/${file}`, 'utf8')
      .split('\n')
      .filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l));
    const bare = code.filter((l) => /(?<![\w.])Object\.freeze\(/.test(l) && !/\/\* @__PURE__ \*\/ Object\.freeze\(/.test(l));
    const memberInit = code.filter((l) => /^(export )?const \w+(\s*:\s*[^=]+)? = [A-Z_][A-Z_0-9]*\.[\w.]+;$/.test(l));
    expect([...bare, ...memberInit]).toEqual([]);
  });
});
