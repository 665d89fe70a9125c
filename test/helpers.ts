// Shared test helpers: exact money from integer cents (never floats), deep freezing, error capture.
import fc from 'fast-check';
import { expect } from 'vitest';
import { WcraError, type WcraErrorCode } from '../src/core/errors.js';

/** Integer cents (bigint) → money string with two decimals. */
export function centsStr(cents: bigint): string {
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

/** Runs `fn`, expects a WcraError with `code`, returns it. */
export function expectWcraError(fn: () => unknown, code: WcraErrorCode): WcraError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a WcraError to be thrown').toBeInstanceOf(WcraError);
  const err = caught as WcraError;
  expect(err.code).toBe(code);
  return err;
}

/** True when every value in a JSON-like tree is JSON-safe (no NaN, Infinity, undefined). */
export function isJsonSafe(value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object')
    return typeof value !== 'function' && typeof value !== 'symbol' && typeof value !== 'bigint';
  return Object.values(value).every(isJsonSafe);
}
