/**
 * The library's one decimal engine. decimal.js is used only behind `src/core/`, through this
 * private clone: the global `Decimal` configuration is never touched, so a host application's
 * own decimal.js settings neither affect nor are affected by wcra-calc.
 *
 * @internal
 * @module
 */
import { Decimal } from 'decimal.js';

/**
 * Private decimal constructor: 120 significant digits (far beyond any money amount the
 * library accepts, so sums and products are exact), never exponent notation in strings.
 * Rounding to cents is always explicit (see `rounding.ts`).
 *
 * @internal
 */
export const D = /* @__PURE__ */ Decimal.clone({
  precision: 120,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A decimal value of the library's private clone. @internal */
export type Dec = Decimal;

/** True for a Decimal instance of any decimal.js clone (or copy of decimal.js). @internal */
export function isDecimalInstance(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}
