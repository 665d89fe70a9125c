/**
 * Named rounding modes (the Temporal / Intl names), mapped once to decimal.js constants.
 * @module
 */
import { Decimal } from 'decimal.js';

/**
 * A named rounding mode:
 * - `halfExpand`: half away from zero (the library default for money, GEN-1: `0.005` → `0.01`,
 *   `-0.005` → `-0.01`);
 * - `halfEven`: half to even (banker's rounding);
 * - `halfTrunc`: half toward zero;
 * - `halfCeil` / `halfFloor`: half toward +∞ / −∞;
 * - `trunc`: toward zero; `expand`: away from zero; `ceil`: toward +∞; `floor`: toward −∞.
 */
export type RoundingMode = 'halfExpand' | 'halfEven' | 'halfTrunc' | 'halfCeil' | 'halfFloor' | 'trunc' | 'expand' | 'ceil' | 'floor';

/** Every accepted rounding mode name. */
export const ROUNDING_MODES: ReadonlyArray<RoundingMode> = [
  'halfExpand',
  'halfEven',
  'halfTrunc',
  'halfCeil',
  'halfFloor',
  'trunc',
  'expand',
  'ceil',
  'floor',
];

/** The one place a mode name becomes a decimal.js constant. @internal */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  switch (mode) {
    case 'halfExpand':
      return Decimal.ROUND_HALF_UP;
    case 'halfEven':
      return Decimal.ROUND_HALF_EVEN;
    case 'halfTrunc':
      return Decimal.ROUND_HALF_DOWN;
    case 'halfCeil':
      return Decimal.ROUND_HALF_CEIL;
    case 'halfFloor':
      return Decimal.ROUND_HALF_FLOOR;
    case 'trunc':
      return Decimal.ROUND_DOWN;
    case 'expand':
      return Decimal.ROUND_UP;
    case 'ceil':
      return Decimal.ROUND_CEIL;
    case 'floor':
      return Decimal.ROUND_FLOOR;
  }
}
