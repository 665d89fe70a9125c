// Shared helpers for the billing tests: money from integer cents (never floats), deep freeze,
// and catching a WcraError.
import { expect } from 'vitest';
import { WcraError } from 'wcra-calc';

/** Formats integer cents (bigint or safe number) as a two-decimal money string. */
export function money(cents: bigint | number): string {
  const c = BigInt(cents);
  const neg = c < 0n;
  const abs = neg ? -c : c;
  return `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Parses a two-decimal money string to bigint cents. */
export function cents(value: string): bigint {
  const neg = value.startsWith('-');
  const [whole = '0', frac = ''] = (neg ? value.slice(1) : value).split('.');
  const c = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0'));
  return neg ? -c : c;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Runs `fn`, expects a WcraError, and returns it. */
export function catchWcra(fn: () => unknown): WcraError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WcraError);
    return error as WcraError;
  }
  throw new Error('expected a WcraError, nothing was thrown');
}

/** Expects `fn` to throw INVALID_INPUT with an issue at `path`; returns that issue's message. */
export function expectInvalid(fn: () => unknown, path: ReadonlyArray<string | number>): string {
  const error = catchWcra(fn);
  expect(error.code).toBe('INVALID_INPUT');
  const issue = error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, `issue at ${JSON.stringify(path)} in ${JSON.stringify(error.issues)}`).toBeDefined();
  return issue?.message ?? '';
}

/** Calls `fn` and fails on anything thrown that is not a WcraError (for fuzzing with fc.anything()). */
export function onlyWcraErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WcraError);
  }
}
