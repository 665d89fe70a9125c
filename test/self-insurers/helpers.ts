import { expect } from 'vitest';
import { isWcraError, type WcraErrorCode } from 'wcra-calc';

/** Deep-freezes a value (for "does not mutate its input" tests). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Runs `fn`, expects a WcraError with `code` and (optionally) an issue at `path`; returns it. */
export function expectWcraError(fn: () => unknown, code: WcraErrorCode, path?: ReadonlyArray<string | number>) {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isWcraError(caught), `expected a WcraError, got ${String(caught)}`).toBe(true);
  const err = caught as { code: string; issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }> };
  expect(err.code).toBe(code);
  if (path !== undefined) expect(err.issues.map((i) => i.path)).toContainEqual(path);
  return err;
}

/** Integer cents → money string ("-12.05"), without floats. */
export function cents(n: bigint | number): string {
  const b = BigInt(n);
  const neg = b < 0n;
  const abs = neg ? -b : b;
  const whole = abs / 100n;
  const rest = abs % 100n;
  return `${neg ? '-' : ''}${whole}.${rest.toString().padStart(2, '0')}`;
}

/** Money string with exactly two decimals → integer cents (BigInt). */
export function toCents(s: string): bigint {
  const neg = s.startsWith('-');
  const [w = '0', f = '00'] = (neg ? s.slice(1) : s).split('.');
  const v = BigInt(w) * 100n + BigInt(f.padEnd(2, '0'));
  return neg ? -v : v;
}
