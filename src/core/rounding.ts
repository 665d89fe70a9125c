/**
 * Named rounding modes (the Temporal / Intl names), mapped once to decimal.js constants.
 * @module
 */
import type { Decimal } from 'decimal.js';

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
export const ROUNDING_MODES: ReadonlyArray<RoundingMode> = /* @__PURE__ */ Object.freeze([
  'halfExpand',
  'halfEven',
  'halfTrunc',
  'halfCeil',
  'halfFloor',
  'trunc',
  'expand',
  'ceil',
  'floor',
]);

/**
 * The one place a mode name becomes a decimal.js rounding constant (decimal.js numbers them:
 * ROUND_UP 0, ROUND_DOWN 1, ROUND_CEIL 2, ROUND_FLOOR 3, ROUND_HALF_UP 4, ROUND_HALF_DOWN 5,
 * ROUND_HALF_EVEN 6, ROUND_HALF_CEIL 7, ROUND_HALF_FLOOR 8). @internal
 */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  return ROUNDING_CONSTANTS[mode];
}

const ROUNDING_CONSTANTS: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  expand: 0,
  trunc: 1,
  ceil: 2,
  floor: 3,
  halfExpand: 4,
  halfTrunc: 5,
  halfEven: 6,
  halfCeil: 7,
  halfFloor: 8,
};

const ROUNDING_WORDS: Readonly<Record<RoundingMode, string>> = {
  halfExpand: 'half-up',
  halfEven: 'half-even',
  halfTrunc: 'half toward zero',
  halfCeil: 'half toward +infinity',
  halfFloor: 'half toward -infinity',
  trunc: 'toward zero',
  expand: 'away from zero',
  ceil: 'toward +infinity',
  floor: 'toward -infinity',
};

/** How a mode rounds, in words for a worksheet (`'half-up'` for the default `halfExpand`). @internal */
export function roundingWords(mode: RoundingMode = 'halfExpand'): string {
  return ROUNDING_WORDS[mode];
}
