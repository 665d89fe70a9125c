// The built CLI runs the package's own library (issue 13 item 7): dist/cli.js imports
// './index.js' instead of bundling a second copy, and prints the shipped JSON Schema files instead
// of carrying the JSON Schema converter. Needs the build (`npm run build`).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/cli/catalog.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const cliFile = `${dist}cli.js`;

function cliText(): string {
  if (!existsSync(cliFile)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  return readFileSync(cliFile, 'utf8');
}

function cli(...args: string[]): string {
  return execFileSync(process.execPath, [cliFile, ...args], { encoding: 'utf8' });
}

/** dist/cli.js is ~13 KB on its own; with a bundled copy of the library it was 352 KB. */
const MAX_CLI_BYTES = 40_000;

describe('dist/cli.js', () => {
  it("imports the library as './index.js' and otherwise only node built-ins", () => {
    const specs = [...cliText().matchAll(/^import [^;]*? from "([^"]+)";$/gm)].map((m) => m[1] as string);
    expect(specs).toContain('./index.js');
    const builtins = new Set(builtinModules);
    expect(specs.filter((s) => s !== './index.js' && !builtins.has(s.replace(/^node:/, '')))).toEqual([]);
  });

  it("holds none of the library's calculator code nor the JSON Schema converter", () => {
    const text = cliText();
    expect(CATALOG.length).toBeGreaterThan(0);
    const bundled = CATALOG.filter((e) => text.includes(e.description)).map((e) => e.name);
    expect(bundled).toEqual([]);
    for (const code of ['function defineCalculator', 'toJSONSchema', 'jsonSchemaOf']) expect(text).not.toContain(code);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_CLI_BYTES);
  });

  it('`schema <fn>` and `schema <fn>.options` print the shipped files byte for byte', () => {
    for (const file of ['reinsurancePremium.json', 'reinsurancePremium.options.json', 'installmentSchedule.json']) {
      expect(cli('schema', file.replace(/\.json$/, '')), file).toBe(readFileSync(`${dist}schemas/${file}`, 'utf8'));
    }
  });

  it('`schema` lists exactly the functions whose schemas ship', () => {
    const shipped = readdirSync(`${dist}schemas`)
      .filter((f) => !f.endsWith('.options.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(cli('schema').trim().split('\n').sort()).toEqual(shipped);
  });
});
