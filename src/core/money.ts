/**
 * Exact money: parsing `MoneyLike` inputs, rounding at a rule's rounding point, formatting.
 * RULES: GEN-1.
 * @module
 */
import type { Decimal } from 'decimal.js';
import { D, type Dec, isDecimalInstance, readDecimalInstance, withinSupportedSize } from './decimal.js';
import { decimalRounding, type RoundingMode } from './rounding.js';

/**
 * An amount as callers pass it: a plain decimal string (`"1033500"`, `"-12.5"`, `"0.005"`),
 * a finite number (read by its shortest decimal form, so `0.1` is exactly one tenth) or a
 * Decimal instance of any decimal.js clone. Strings with separators, spaces or exponents are
 * rejected.
 */
export type MoneyLike = string | number | Decimal;

/** A rate, share or factor as callers pass it: same forms as {@link MoneyLike}. */
export type DecimalLike = MoneyLike;

/**
 * An amount of money in a result: a decimal string with exactly two places, no exponent and no
 * separators (`"954000.00"`, `"-0.26"`; zero is `"0.00"`, never `"-0.00"`). Rates, shares,
 * ratings and mods are plain `string`s; a result field typed `Money` is always two-decimal money
 * (the fuzz suite reads the types to check it).
 */
export type Money = string;

/**
 * The largest amount of money accepted: 2^53 − 1 cents (90,071,992,547,409.91), so every
 * amount is also exact as integer cents in a JavaScript number.
 */
export const MAX_MONEY = '90071992547409.91';

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
/** Longest plain decimal string accepted (digits bound the work any input can cause). */
const MAX_STRING_LENGTH = 40;

/**
 * Parses a decimal-like value exactly, or returns `undefined` when it is not one.
 * Numbers must be finite; strings must be plain decimals of at most 40 characters; Decimal
 * instances (recognised as decimal.js defines them, see `isDecimalInstance`) must be finite and
 * well formed. Numbers and Decimals must also be within the supported size (at most 40
 * significant digits, leading digit from 1e-40 to 1e40), checked before any arithmetic so that
 * no input can make a computation slow.
 * @internal
 */
export function tryParseDecimal(value: unknown): Dec | undefined {
  if (typeof value === 'string') {
    if (value.length > MAX_STRING_LENGTH || !PLAIN_DECIMAL.test(value)) return undefined;
    const d = new D(value);
    return d.isZero() ? new D(0) : d;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    // String(n) is the shortest decimal that round-trips: 0.1 -> "0.1" (and -0 -> "0").
    const d = new D(String(value));
    return withinSupportedSize(d) ? d : undefined;
  }
  if (isDecimalInstance(value)) return readDecimalInstance(value);
  return undefined;
}

/** True when `d` is within ±{@link MAX_MONEY}. @internal */
export function inMoneyRange(d: Dec): boolean {
  // Cheap bound first: a Decimal's exponent is its power of ten (MAX_MONEY has exponent 13).
  if (d.e < 13) return true;
  if (d.e > 13) return false;
  return d.abs().lte(MAX_MONEY);
}

/**
 * Parses a value already validated by a schema. Throws only on a programming error.
 * @internal
 */
export function toDecimal(value: MoneyLike): Dec {
  // A value the schema produced is already one of the library's own decimals (created in this
  // call by the parse, immutable): use it, instead of reading its digits again.
  if (value instanceof D) return value;
  const d = tryParseDecimal(value);
  if (d === undefined) throw new Error(`wcra-calc internal error: unvalidated decimal ${String(value)}`);
  return d;
}

const CONSTANTS = /* @__PURE__ */ new Map<string, Dec>();

/**
 * A decimal of one of the library's own constant strings (a tax rate, a share), parsed once and
 * kept: decimals are immutable. Only for the library's figures, never for caller input. @internal
 */
export function constantDecimal(text: string): Dec {
  let d = CONSTANTS.get(text);
  if (d === undefined) {
    d = toDecimal(text);
    if (CONSTANTS.size < 256) CONSTANTS.set(text, d);
  }
  return d;
}

/** Rounds to `places` decimals with a named mode (default `halfExpand`). @internal */
export function roundTo(d: Dec, places: number, mode: RoundingMode = 'halfExpand'): Dec {
  const r = d.toDecimalPlaces(places, decimalRounding(mode));
  return r.isZero() ? new D(0) : r;
}

/** Rounds to cents with a named mode (default `halfExpand`, GEN-1). @internal */
export function roundMoney(d: Dec, mode: RoundingMode = 'halfExpand'): Dec {
  return roundTo(d, 2, mode);
}

/**
 * Formats an amount as money: exactly two decimals, no exponent, no separators, `"0.00"` never
 * `"-0.00"`. The value is rounded half-up first if it has more than two places; callers round
 * at the rule's rounding point before formatting, so this rounding is only for display of
 * inputs echoed back.
 * @internal
 */
export function formatMoney(d: Dec): string {
  // decimal.js writes a negative zero without its sign ("0.00").
  // Already at most two places (the usual case: the rule rounded it): no second rounding.
  return (d.decimalPlaces() <= 2 ? d : roundMoney(d)).toFixed(2);
}

/**
 * Formats a rate, share or factor as a plain decimal string with no exponent and no trailing
 * zeros (`"0.0795"`, `"1.05"`, `"0"`).
 * @internal
 */
export function formatDecimal(d: Dec): string {
  // decimal.js writes a negative zero without its sign ("0").
  return d.toFixed();
}

/** Formats a decimal with exactly `places` decimals (e.g. mods: `"1.10"`). @internal */
export function formatFixed(d: Dec, places: number): string {
  const r = roundTo(d, places);
  return r.toFixed(places);
}

/** The largest whole number of dollars within {@link MAX_MONEY}. */
const MAX_WHOLE_DOLLARS = 90071992547409;

/**
 * Money as integer cents in a `number` (exact: |cents| ≤ 2^53 − 1). For hot paths that must
 * not build a Decimal per record: strings and whole numbers are read without allocating.
 * Returns `undefined` when the value is not a whole number of cents within range.
 * @internal
 */
export function tryParseCents(value: unknown): number | undefined {
  if (typeof value === 'string') return stringToCents(value);
  if (typeof value === 'number') {
    // `+ 0` turns -0 into 0.
    if (Number.isInteger(value) && value <= MAX_WHOLE_DOLLARS && value >= -MAX_WHOLE_DOLLARS) return value * 100 + 0;
    return Number.isFinite(value) ? stringToCents(String(value)) : undefined;
  }
  // A Decimal instance (anything else is not a decimal: undefined).
  const d = tryParseDecimal(value);
  return d === undefined ? undefined : stringToCents(d.toFixed());
}

/** A plain decimal string (`-?digits(.digits)?`, at most 40 characters) as integer cents. */
function stringToCents(s: string): number | undefined {
  const n = s.length;
  if (n > MAX_STRING_LENGTH) return undefined; // an empty string has no digits: undefined below
  const negative = s.charCodeAt(0) === 45; // '-'
  let i = negative ? 1 : 0;
  const wholeStart = i;
  let value = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
  }
  if (i === wholeStart) return undefined;
  let cents = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 || i === n - 1) return undefined; // '.' followed by digits
    let places = 0;
    for (i++; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return undefined;
      places++;
      if (places <= 2) cents = cents * 10 + (c - 48);
      else if (c !== 48) return undefined; // a non-zero digit beyond the cents
    }
    if (places === 1) cents *= 10;
  }
  // Once above 2^53 the sums may be inexact, but they stay above the bound and are rejected.
  const total = value * 100 + cents;
  if (total > Number.MAX_SAFE_INTEGER) return undefined;
  return negative && total !== 0 ? -total : total;
}

/** Formats integer cents as a money string (`12345` → `"123.45"`). @internal */
export function centsToMoney(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.trunc(abs / 100);
  const rest = abs - whole * 100;
  return `${negative ? '-' : ''}${whole}.${rest < 10 ? '0' : ''}${rest}`;
}

/** Converts a decimal holding a whole number of cents to integer cents. @internal */
export function decimalToCents(d: Dec): number {
  return d.times(100).toNumber();
}
