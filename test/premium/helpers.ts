// Helpers of the premium tests: the shared test helpers under the names these tests use, and
// premium-specific arbitraries.
import fc from 'fast-check';
import { centsStr } from '../helpers.js';

export { catchWcra, centsStr as cents, deepFreeze, expectIssues, expectWcraError, toCents } from '../helpers.js';

/** Largest accepted amount, in cents (2^53 − 1). */
export const MAX_CENTS = 9007199254740991n;

/** An amount of money as a string, from integer cents in [min, max]. */
export function moneyArb(min = 0n, max = 100_000_000_000n): fc.Arbitrary<string> {
  return fc.bigInt({ min, max }).map(centsStr);
}
