// Fuzz suite (issue 9): every exported function of the package, found at run time, gets at least
// 1,000 arbitrary values and 1,000 mutations of its own valid example input. Each call must
// either return a JSON-safe result (no NaN, Infinity or undefined; money fields as two-decimal
// strings) or throw a WcraError whose code is in WCRA_ERROR_CODES. Seeded (test/setup.ts), so a
// failure replays; fast-check prints the counterexample.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/cli/catalog.js';
import * as lib from '../../src/index.js';
import { type FieldPattern, type MoneyFields, moneyFieldsByFunction } from './money-paths.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/** Exported functions that are not calculators (no catalog entry, no example input). */
const UTILITIES = new Set(['formatWorksheet', 'isWcraError']);

/**
 * The money fields of each function's result, read from its result type (fields declared
 * `Money`): no list to keep by hand.
 */
const MONEY = moneyFieldsByFunction();
const NO_MONEY: MoneyFields = { money: new Set(), holders: new Set() };

const isClass = (f: unknown) => typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));
const functions = Object.entries(lib)
  .filter(([, v]) => typeof v === 'function' && !isClass(v))
  .map(([name, fn]) => ({ name, fn: fn as (...args: unknown[]) => unknown }))
  .sort((a, b) => a.name.localeCompare(b.name));

const codes = new Set<string>(lib.WCRA_ERROR_CODES);
let calls = 0;
const callsByFunction = new Map<string, number>();

/**
 * What is wrong in a result: `path` names the value (`result.rows[0].due`), `pattern` its field
 * (`fn.rows[].due`), `fields` the function's money fields.
 */
function problemsIn(value: unknown, path: string, pattern: FieldPattern, fields: MoneyFields, out: string[]): void {
  if (value === undefined) out.push(`${path} is undefined`);
  else if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} is ${value}`);
  else if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') out.push(`${path} is a ${typeof value}`);
  else if (typeof value === 'string' && fields.money.has(pattern) && !/^-?\d+\.\d{2}$/.test(value))
    out.push(`${path} = ${JSON.stringify(value)} is not two-decimal money`);
  else if (typeof value === 'string' && value === '-0.00') out.push(`${path} is -0.00`);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) problemsIn(v, `${path}[${i}]`, `${pattern}[]`, fields, out);
  } else if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) out.push(`${path} is not a plain object`);
    for (const [k, v] of Object.entries(value)) {
      // a field by its name, or a value of a map (`.*`)
      const field = !fields.holders.has(`${pattern}.${k}`) && fields.holders.has(`${pattern}.*`) ? `${pattern}.*` : `${pattern}.${k}`;
      problemsIn(v, `${path}.${k}`, field, fields, out);
    }
  }
}

/** Calls and checks one outcome; returns a description of what is wrong, or undefined. */
function check(name: string, call: () => unknown): string | undefined {
  const fields = MONEY.get(name) ?? NO_MONEY;
  calls++;
  callsByFunction.set(name, (callsByFunction.get(name) ?? 0) + 1);
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof lib.WcraError && codes.has(error.code) && typeof error.message === 'string' && error.message !== '') {
      for (const issue of error.issues) {
        // A message of its own: not empty, not zod's generic "Invalid input" (a check without one).
        if (
          typeof issue.message !== 'string' ||
          issue.message === '' ||
          issue.message.startsWith('Invalid input') ||
          !Array.isArray(issue.path)
        )
          return `bad issue ${JSON.stringify(issue)}`;
      }
      return undefined;
    }
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  if (typeof result === 'boolean' || typeof result === 'string') return undefined; // isWcraError, formatWorksheet
  const problems: string[] = [];
  problemsIn(result, 'result', name, fields, problems);
  return problems.length === 0 ? undefined : problems.join('; ');
}

const weirdKey = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf'));
const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: weirdKey,
    maxDepth: 3,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withSparseArray: true,
    withBoxedValues: true,
  }),
  fc.constantFrom(
    Number.NaN,
    -0,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e21,
    -1e21,
    2 ** 53,
    '',
    ' 5',
    '1,000',
    '1e400',
    '2019-02-30',
    null,
    undefined,
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

type Path = ReadonlyArray<string | number>;
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...pathsOf(v, [...prefix, i]));
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}
function mutate(value: unknown, path: Path, kind: string, replacement: unknown): unknown {
  if (path.length === 0) {
    switch (kind) {
      case 'negative':
        return typeof value === 'string' && /^\d/.test(value) ? `-${value}` : -1;
      case 'enormous':
        return typeof value === 'string' ? '9'.repeat(39) : 1e300;
      case 'impossible-date':
        return '2019-02-30';
      case 'unknown-enum':
        return 'not-a-known-value';
      case 'wrong-type':
        return typeof value === 'string' ? 12 : typeof value === 'number' ? '12' : 'text';
      default:
        return replacement;
    }
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (kind === 'drop' && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = mutate(copy[head as number], rest, kind, replacement);
    return copy;
  }
  const obj = { ...(value as Record<string, unknown>) };
  if (kind === 'drop' && rest.length === 0) delete obj[head as string];
  else if (kind === 'extra-field' && rest.length === 0) obj[`${String(head)}Extra`] = replacement;
  else obj[head as string] = mutate(obj[head as string], rest, kind, replacement);
  return obj;
}

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();

describe('fuzz: every exported function returns a JSON-safe result or throws a WcraError', () => {
  it('finds the exported functions at run time', () => {
    expect(functions.length).toBeGreaterThan(10);
  });

  it('reads the money fields from the result types (fields, lists, maps; rates are not money)', () => {
    expect([...(MONEY.get('reinsurancePremium')?.money ?? [])].sort()).toEqual([
      'reinsurancePremium.exposure',
      'reinsurancePremium.premium',
      'reinsurancePremium.tax',
      'reinsurancePremium.total',
    ]);
    const run = MONEY.get('reimbursementRun')?.money ?? new Set();
    expect(run.has('reimbursementRun.occurrences[].shares[].retained')).toBe(true);
    expect(MONEY.get('allocate')?.money.has('allocate.parts[]')).toBe(true);
    expect(MONEY.get('reimbursableAmount')?.money.has('reimbursableAmount.byCategory.medical')).toBe(true);
    expect(MONEY.get('retentionRiskProfile')?.money.has('retentionRiskProfile.levels[].retained.var.*')).toBe(true);
    expect(MONEY.get('presentValue')?.money.has('presentValue.payments.last')).toBe(true);
    expect(MONEY.get('experienceMod')?.money.size).toBe(0);
    // 38 calculators return amounts (the others return dates, levels, statuses, ratings)
    const withMoney = CATALOG.filter((e) => (MONEY.get(e.name)?.money.size ?? 0) > 0).length;
    expect(withMoney).toBeGreaterThanOrEqual(38);
  });

  it('every exported calculator has a catalog entry with an example (so mutations can be fuzzed)', () => {
    const catalogued = new Set(CATALOG.map((e) => e.name));
    expect(functions.map((f) => f.name).filter((n) => !UTILITIES.has(n) && !catalogued.has(n))).toEqual([]);
  });

  it.each(functions)('$name: arbitrary values', ({ name, fn }) => {
    fc.assert(
      fc.property(weirdValue, weirdValue, fc.boolean(), (a, b, twoArgs) => {
        const outcome = check(name, () => (twoArgs ? fn(a, b) : fn(a)));
        expect(outcome, `${name}(${twoArgs ? 'a, b' : 'a'})`).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it.each(CATALOG.map((e) => ({ name: e.name, entry: e })))('$name: mutations of its valid example', ({ name, entry }) => {
    expect(check(name, () => entry.run(entry.example))).toBeUndefined();
    const paths = pathsOf(entry.example);
    const kinds = ['drop', 'wrong-type', 'negative', 'enormous', 'impossible-date', 'unknown-enum', 'extra-field', 'replace'];
    fc.assert(
      fc.property(
        fc.nat({ max: paths.length - 1 }),
        fc.constantFrom(...kinds),
        weirdValue,
        fc.boolean(),
        (pi, kind, replacement, explain) => {
          const mutated = mutate(entry.example, paths[pi] as Path, kind, replacement);
          const outcome = check(name, () => entry.run(mutated, explain ? { explain: true } : undefined));
          expect(outcome, `${name}: ${kind} at ${JSON.stringify(paths[pi])}`).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (process.env.FUZZ_REPORT === '1') {
      console.log(`fuzz calls: ${calls}`);
      for (const [n, c] of [...callsByFunction].sort()) console.log(`  ${n}: ${c}`);
    }
  });
});
