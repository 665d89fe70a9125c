import { expect } from 'vitest';
import { WcraError } from '../../src/core/errors.js';

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

/** Expects `INVALID_INPUT` with an issue at `path`; returns the issue message. */
export function expectInvalid(fn: () => unknown, path: ReadonlyArray<string | number>): string {
  const error = catchWcra(fn);
  expect(error.code).toBe('INVALID_INPUT');
  const issue = error.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
  expect(issue, `issue at ${JSON.stringify(path)} in ${JSON.stringify(error.issues)}`).toBeDefined();
  return issue?.message ?? '';
}

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Integer cents (bigint) → money string. */
export function centsString(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const whole = abs / 100n;
  const frac = abs % 100n;
  return `${neg ? '-' : ''}${whole}.${frac.toString().padStart(2, '0')}`;
}

/** Money string → integer cents (bigint). */
export function toCents(money: string): bigint {
  const neg = money.startsWith('-');
  const [w = '0', f = ''] = (neg ? money.slice(1) : money).split('.');
  const c = BigInt(w) * 100n + BigInt(f.padEnd(2, '0').slice(0, 2));
  return neg ? -c : c;
}
