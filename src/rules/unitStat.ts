/**
 * Published MWCIA unit statistical reporting figures (USR-7), with their source and the dates
 * they apply from.
 * @module
 */

/** A dated precision rule for Minnesota rates: how many decimals they carry from a date on. */
export interface RatePrecision {
  /** First date the precision applies to (`YYYY-MM-DD`): a policy effective, or a rating year starting, on or after it. */
  readonly from: string;
  /** The most decimals a pure premium (manual) rate or an expected loss rate carries from `from` on. */
  readonly places: number;
  /** Where the figure comes from. */
  readonly source: string;
}

const USR7_SOURCE = 'MWCIA unit statistical reporting (seed 004), RULES.md USR-7';

/** The first date Minnesota pure premium and expected loss rates carry 3 decimals (USR-7). */
export const THREE_DECIMAL_RATES_FROM = '2026-01-01';

/**
 * Decimals of Minnesota pure premium (manual) rates and expected loss rates (USR-7), oldest first
 * (deeply frozen): 2 decimals before 2026-01-01, 3 decimals from 2026-01-01. Experience mods stay
 * at 2 decimals. Read it with {@link ratePlacesOn}.
 */
export const RATE_PRECISION: ReadonlyArray<RatePrecision> = /* @__PURE__ */ Object.freeze([
  Object.freeze({ from: '1900-01-01', places: 2, source: USR7_SOURCE }),
  Object.freeze({ from: THREE_DECIMAL_RATES_FROM, places: 3, source: USR7_SOURCE }),
]);

/** The most decimals any Minnesota manual or expected loss rate carries, in any year (USR-7). */
export const MAX_RATE_PLACES = 3;

/**
 * The most decimals a Minnesota pure premium or expected loss rate carries on a date (USR-7):
 * 2 before 2026-01-01, 3 from then on. `date` is `YYYY-MM-DD` (plain text comparison is exact
 * for that form). @internal
 */
export function ratePlacesOn(date: string): number {
  let places = (RATE_PRECISION[0] as RatePrecision).places;
  for (const entry of RATE_PRECISION) if (entry.from <= date) places = entry.places;
  return places;
}
