// Shared test helpers: exact money from integer cents (never floats), deep freezing, error capture.
import fc from 'fast-check';
import { expect } from 'vitest';
import { WcraError, type WcraErrorCode } from '../src/core/errors.js';

/** Integer cents (bigint or safe number) → money string with two decimals. */
export function centsStr(value: bigint | number): string {
  const cents = BigInt(value);
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const whole = abs / 100n;
  const rest = abs % 100n;
  return `${neg ? '-' : ''}${whole}.${rest.toString().padStart(2, '0')}`;
}

/** Money string with exactly two decimals → integer cents (bigint). */
export function strCents(money: string): bigint {
  expect(money).toMatch(/^-?\d+\.\d{2}$/);
  const neg = money.startsWith('-');
  const [w = '0', f = '00'] = (neg ? money.slice(1) : money).split('.');
  const v = BigInt(w) * 100n + BigInt(f);
  return neg ? -v : v;
}

/** Non-negative cents up to `max` (default 2^53 − 1). */
export function arbCents(max = BigInt(Number.MAX_SAFE_INTEGER)): fc.Arbitrary<bigint> {
  return fc.bigInt({ min: 0n, max });
}

/** Deep-freezes a value (arrays and plain objects). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Money string → integer cents (bigint), lenient: `"12.5"` is 1250, digits past the cents are dropped. */
export function toCents(money: string): bigint {
  const neg = money.startsWith('-');
  const [w = '0', f = ''] = (neg ? money.slice(1) : money).split('.');
  const c = BigInt(w) * 100n + BigInt(f.padEnd(2, '0').slice(0, 2));
  return neg ? -c : c;
}

/** Runs `fn`, expects a WcraError (any code), returns it. */
export function catchWcra(fn: () => unknown): WcraError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a WcraError to be thrown').toBeInstanceOf(WcraError);
  const error = caught as WcraError;
  expectReadableMessages(error);
  return error;
}

/**
 * Every message of a WcraError says something: its own message and each issue's are non-empty
 * strings, and no issue carries zod's generic "Invalid input" (what zod writes when a check
 * gives no message of its own). A check of content, not of wording.
 */
export function expectReadableMessages(error: WcraError): void {
  expect(typeof error.message === 'string' && /\S/.test(error.message), 'an empty error message').toBe(true);
  for (const issue of error.issues) {
    const where = `issue at ${JSON.stringify(issue.path)}`;
    expect(typeof issue.message === 'string' && /\S/.test(issue.message), `${where} has an empty message`).toBe(true);
    expect(issue.message, `${where} has zod's generic message`).not.toMatch(/^Invalid input/);
  }
}

/** Runs `fn`, expects a WcraError with `code` (and, if given, an issue at `path`), returns it. */
export function expectWcraError(fn: () => unknown, code: WcraErrorCode, path?: ReadonlyArray<string | number>): WcraError {
  const err = catchWcra(fn);
  expect(err.code).toBe(code);
  if (path !== undefined) expect(err.issues.map((i) => i.path)).toContainEqual(path);
  return err;
}

/** Expects `fn` to throw INVALID_INPUT with an issue at `path`; returns that issue's message. */
export function expectInvalid(fn: () => unknown, path: ReadonlyArray<string | number>): string {
  const error = expectWcraError(fn, 'INVALID_INPUT');
  const issue = error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, `issue at ${JSON.stringify(path)} in ${JSON.stringify(error.issues)}`).toBeDefined();
  return issue?.message ?? '';
}

/** Calls `fn` and fails on anything thrown that is not a WcraError, or one without a message of its own (for fuzzing). */
export function onlyWcraErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WcraError);
    expectReadableMessages(error as WcraError);
  }
}

/** True when every value in a JSON-like tree is JSON-safe (no NaN, Infinity, undefined). */
export function isJsonSafe(value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object')
    return typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint';
  return Object.values(value).every(isJsonSafe);
}

/**
 * Expects `fn` to throw INVALID_INPUT whose issues, as `{ path, code }`, contain every one given
 * (tests assert codes and paths, never the wording: that is checked once, in test/core).
 */
export function expectIssues(
  fn: () => unknown,
  expected: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>,
): WcraError {
  const error = expectWcraError(fn, 'INVALID_INPUT');
  const got = error.issues.map((i) => ({ path: [...i.path], code: i.code }));
  for (const e of expected) expect(got).toContainEqual({ path: [...e.path], code: e.code });
  return error;
}

/**
 * Explain steps without their descriptions: traces are checked by rule IDs and values; the
 * wording of a step is checked once, by the worksheet snapshot of its calculator.
 */
export function stepValues(steps: ReadonlyArray<{ readonly description: string }> | undefined): unknown[] {
  return (steps ?? []).map(({ description: _wording, ...values }) => values);
}
