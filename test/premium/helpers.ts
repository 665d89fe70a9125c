// Shared helpers of the premium tests: money from integer cents (no floats), deep freeze,
// and catching a WcraError.
import fc from 'fast-check';
import { expect } from 'vitest';
import { isWcraError, type WcraError } from 'wcra-calc';

/** `12345n` → `"123.45"`, `-5n` → `"-0.05"`. */
export function cents(c: bigint | number): string {
  const v = BigInt(c);
  const neg = v < 0n;
  const a = neg ? -v : v;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

/** Money string → bigint cents (the string must have at most two decimals). */
export function toCents(s: string): bigint {
  const neg = s.startsWith('-');
  const [w = '0', f = ''] = (neg ? s.slice(1) : s).split('.');
  const v = BigInt(w) * 100n + BigInt(f.padEnd(2, '0'));
  return neg ? -v : v;
}

/** Largest accepted amount, in cents (2^53 − 1). */
export const MAX_CENTS = 9007199254740991n;

/** An amount of money as a string, from integer cents in [min, max]. */
export function moneyArb(min = 0n, max = 100_000_000_000n): fc.Arbitrary<string> {
  return fc.bigInt({ min, max }).map(cents);
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Runs `fn`, expects a WcraError, returns it. */
export function catchWcra(fn: () => unknown): WcraError {
  try {
    fn();
  } catch (error) {
    expect(isWcraError(error)).toBe(true);
    return error as WcraError;
  }
  throw new Error('expected a WcraError, nothing was thrown');
}
