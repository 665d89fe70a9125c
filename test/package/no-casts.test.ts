// No cast follows validation (issue 13 item 3): the schemas give the core the types it needs, and
// a guarantee the type cannot carry is narrowed by `guaranteed()` (src/core/errors.ts), which
// throws an internal error when broken. This scans src/**/*.ts (but the CLI, which types parsed
// JSON, and the generated barrels) for the casts that hide a missing value.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { guaranteed, isWcraError } from '../../src/core/errors.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

/** The casts looked for: to a number, string, decimal, never, through unknown, or to a string literal. */
const CAST = /\bas (?:number|string|Dec|never|unknown as)\b|\bas '/;

/**
 * A cast on an element read (`xs[i] as number`, `t.powers[r] as Dec`): `noUncheckedIndexedAccess`
 * types every element read as possibly undefined, even inside a loop over the list's own indices.
 * These read the library's own arrays, never an input after validation, so they are not counted.
 */
const ELEMENT_READ = /\]\)? as (?:number|string|Dec)\b/g;

/** The casts that are not after validation, each with why (file, the line's text, reason). Keep it short. */
const ALLOWED: ReadonlyArray<{ file: string; text: string; reason: string }> = [
  {
    file: 'src/core/schema.ts',
    text: 'return piped as unknown as z.ZodMiniType<O, I>;',
    reason: 'field(): the builder gives its zod pipe the output type of its reader',
  },
  {
    file: 'src/core/schema.ts',
    text: 'return schema as unknown as z.ZodMiniType<z.output<B[keyof B]>, z.input<B[keyof B]>>;',
    reason: 'variants(): the builder gives its transform the union of its branches',
  },
  {
    file: 'src/core/schema.ts',
    text: 'rounding: z.optional(oneOf(ROUNDING_MODES as unknown as readonly [RoundingMode, ...RoundingMode[]])),',
    reason: 'a frozen readonly list given as the non-empty tuple oneOf() needs',
  },
  {
    file: 'src/billing/paymentStatus.ts',
    text: 'return schema as unknown as z.ZodMiniType<ParsedLateFee, LateFee>;',
    reason: 'a schema builder gives its transform its parsed type',
  },
  {
    file: 'src/core/decimal.ts',
    text: 'const { s, e, d } = value as unknown as { s: unknown; e: unknown; d: unknown };',
    reason: 'reads the fields of a foreign Decimal instance (untrusted input), each checked after',
  },
  { file: 'src/core/json-schema.ts', text: 'b as number | undefined,', reason: 'typing a JSON Schema tag' },
  {
    file: 'src/core/json-schema.ts',
    text: 'for (const name of (schema.required as string[] | undefined) ?? []) {',
    reason: 'typing JSON Schema',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(src, 'cli') ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Generated files: the barrels and the list of calculators. */
function isGenerated(file: string): boolean {
  return file === 'src/index.ts' || file === 'src/calculators.ts' || /^src\/[^/]+\/index\.ts$/.test(file);
}

/** The code of a line, without a line comment or a TSDoc/block-comment line. */
function codeOf(line: string): string {
  const t = line.trim();
  if (t.startsWith('*') || t.startsWith('/*') || t.startsWith('//')) return '';
  const comment = t.indexOf(' // ');
  return comment === -1 ? t : t.slice(0, comment);
}

/** Every cast found: `file:line` and the line's text. */
function casts(): Array<{ file: string; line: number; text: string }> {
  const found: Array<{ file: string; line: number; text: string }> = [];
  for (const path of sourceFiles(src)) {
    const file = relative(root, path).split('\\').join('/');
    if (isGenerated(file)) continue;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = codeOf(line).replace(ELEMENT_READ, ']');
        if (CAST.test(code)) found.push({ file, line: i + 1, text: line.trim() });
      });
  }
  return found;
}

describe('no cast after validation (issue 13 item 3)', () => {
  const found = casts();
  const allowed = (c: { file: string; text: string }) => ALLOWED.some((a) => a.file === c.file && a.text === c.text);

  it('src has no cast to number, string, Dec, never, a string literal or through unknown, but the allowlist', () => {
    const unexplained = found.filter((c) => !allowed(c)).map((c) => `${c.file}:${c.line}: ${c.text}`);
    expect(unexplained).toEqual([]);
  });

  it('every allowlist entry still matches a line (a stale entry is removed)', () => {
    const stale = ALLOWED.filter((a) => !found.some((c) => c.file === a.file && c.text === a.text)).map((a) => `${a.file}: ${a.text}`);
    expect(stale).toEqual([]);
  });

  it('the scan finds a cast it must find (the test can fail)', () => {
    expect(CAST.test(codeOf('const x = v.year as number;'))).toBe(true);
    expect(CAST.test(codeOf("lookupRate(y, v.level as 'low')"))).toBe(true);
    expect(CAST.test(codeOf('const x = v as unknown as T;'))).toBe(true);
    expect(CAST.test(codeOf("const k = ['a', 'b'] as const;"))).toBe(false);
    expect(CAST.test(codeOf('const a = values[i] as number;').replace(ELEMENT_READ, ']'))).toBe(false);
  });
});

describe('guaranteed(): the narrowing that replaces a cast', () => {
  it('gives the value back, and a missing one is an internal Error, never a WcraError', () => {
    expect(guaranteed(0, 'x')).toBe(0);
    let caught: unknown;
    try {
      guaranteed(undefined, 'year');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(isWcraError(caught)).toBe(false);
  });
});
