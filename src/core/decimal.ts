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

/**
 * The most significant digits a decimal input may have (a plain string is at most 40
 * characters, so numbers and Decimals are held to the same size). @internal
 */
export const MAX_SIGNIFICANT_DIGITS = 40;
/** The smallest power of ten of an input's leading digit (`1e-40`). @internal */
export const MIN_EXPONENT = -40;
/** The largest power of ten of an input's leading digit (`1e40`). @internal */
export const MAX_EXPONENT = 40;

/** decimal.js keeps the coefficient in words of 7 decimal digits. */
const LOG_BASE = 7;
const BASE = 1e7;
/** Words needed for {@link MAX_SIGNIFICANT_DIGITS} digits at any alignment. */
const MAX_WORDS = 7; // ⌈40 / 7⌉ + 1

/** True when `d` (of the private clone) is finite and within the supported size. @internal */
export function withinSupportedSize(d: Dec): boolean {
  if (!d.isFinite()) return false;
  if (d.isZero()) return true;
  return d.e >= MIN_EXPONENT && d.e <= MAX_EXPONENT && d.precision() <= MAX_SIGNIFICANT_DIGITS;
}

/**
 * True for a Decimal as decimal.js itself defines one: an instance of its class (this copy's
 * `Decimal` or any clone of it, which share one prototype), or — for another copy of decimal.js
 * — a value `Decimal.isDecimal` accepts whose Decimal tag comes from its prototype, as every real
 * instance's does. A plain object that only carries a `toStringTag` field (anything JSON can
 * produce) is not one. @internal
 */
export function isDecimalInstance(value: unknown): value is Decimal {
  if (value instanceof Decimal) return true;
  if (value === null || typeof value !== 'object' || !Decimal.isDecimal(value)) return false;
  if (Object.hasOwn(value, 'toStringTag')) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto !== null && proto !== Object.prototype && Object.hasOwn(proto as object, 'toStringTag');
}

/**
 * Reads a Decimal instance of any decimal.js copy as a private-clone Decimal without calling any
 * of its methods: its sign, exponent and digit words are read once each and checked against the
 * representation decimal.js guarantees (words of 7 digits, the leading word's digit count given
 * by the exponent). Returns `undefined` for a non-finite value, a malformed one, or one outside
 * the supported size ({@link MAX_SIGNIFICANT_DIGITS}, {@link MIN_EXPONENT}–{@link MAX_EXPONENT})
 * — decided before any arithmetic, so a `Decimal('1e-9000000000000000')` is refused at once. @internal
 */
export function readDecimalInstance(value: Decimal): Dec | undefined {
  const { s, e, d } = value as unknown as { s: unknown; e: unknown; d: unknown };
  if ((s !== 1 && s !== -1) || typeof e !== 'number' || !Number.isInteger(e) || !Array.isArray(d)) return undefined;
  const words: unknown[] = d;
  const n = words.length;
  if (n === 0 || n > MAX_WORDS) return undefined;
  let digits = '';
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w >= BASE) return undefined;
    digits += i === 0 ? String(w) : String(w).padStart(LOG_BASE, '0');
  }
  // digits are '0' only for the one word 0 (a later word adds seven digits): decimal.js's zero has e = 0
  if (digits === '0') return e === 0 ? new D(0) : undefined;
  const lead = String(words[0]).length;
  if (words[0] === 0 || lead !== (((e % LOG_BASE) + LOG_BASE) % LOG_BASE) + 1) return undefined;
  if (e < MIN_EXPONENT || e > MAX_EXPONENT) return undefined;
  const significant = digits.replace(/0+$/, '');
  if (significant.length > MAX_SIGNIFICANT_DIGITS) return undefined;
  return new D(`${s < 0 ? '-' : ''}${significant[0]}.${significant.slice(1)}e${e}`);
}
