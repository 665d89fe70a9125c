// Shared helpers for the unit-stat tests.
import fc from 'fast-check';
import { daysInMonth, makeDate } from '../../src/core/dates.js';

export { centsStr as cents, deepFreeze } from '../helpers.js';

/** An arbitrary valid calendar date `YYYY-MM-DD` (1900–2150), built without `Date`. */
export const isoDateArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2150 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => makeDate(y, m, Math.min(d, daysInMonth(y, m))));

/** Captures the error a function throws. */
export function thrown(fn: () => unknown): {
  code?: string;
  issues?: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>;
} {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; issues?: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }> };
  }
  throw new Error('expected the call to throw');
}
