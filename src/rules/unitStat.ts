/**
 * Published MWCIA unit statistical reporting figures (USR-7), with their source and the dates
 * they apply from.
 * @module
 */
import type { RuleFigure } from './figures.js';

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
 * at 2 decimals. Read it with `ratePlacesOn` (internal).
 */
export const RATE_PRECISION: ReadonlyArray<RatePrecision> = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ Object.freeze({ from: '1900-01-01', places: 2, source: USR7_SOURCE }),
  /* @__PURE__ */ Object.freeze({ from: THREE_DECIMAL_RATES_FROM, places: 3, source: USR7_SOURCE }),
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

/**
 * The class code that must be on every Minnesota policy and unit statistical report: 0174,
 * Minnesota Special Compensation Fund, with its premium even when zero (USR-5).
 * Source: MWCIA unit statistical reporting (seed 004), RULES.md USR-5; no end date in the sources.
 */
export const SPECIAL_COMPENSATION_FUND_CLASS = '0174';

/** The unit statistical report schedule of USR-2, in months. */
export interface UnitStatScheduleFigures {
  /** Months from the policy effective date to the first valuation (18). */
  readonly firstValuationMonths: number;
  /** Months from the effective month to the month in which the first filing window closes (20: filed in the 18th–20th month). */
  readonly firstWindowEndMonths: number;
  /** Months between later valuations (12). */
  readonly valuationIntervalMonths: number;
  /** Where the figures come from. */
  readonly source: string;
}

/**
 * The USR-2 schedule (deeply frozen): first report valued 18 months after the policy effective
 * date and filed during the 18th through 20th month after the effective month; later reports
 * every 12 months. Source: MWCIA unit statistical reporting (seed 004), RULES.md USR-2; in force
 * for every policy the library schedules (no dated change in the sources).
 */
export const UNIT_STAT_SCHEDULE: UnitStatScheduleFigures = /* @__PURE__ */ Object.freeze({
  firstValuationMonths: 18,
  firstWindowEndMonths: 20,
  valuationIntervalMonths: 12,
  source: 'MWCIA unit statistical reporting (seed 004), RULES.md USR-2',
});

/**
 * How many unit statistical reports a policy's schedule lists at most, and by default: 10
 * (USR-2). The Minnesota sources do not state the number; WCSTAT-style statistical plans use up
 * to ten, so it is a library default (`published: false`). Deeply frozen.
 */
export const UNIT_STAT_REPORTS_FIGURE: RuleFigure<number> = /* @__PURE__ */ Object.freeze({
  value: 10,
  rule: 'USR-2',
  fromYear: null,
  toYear: null,
  published: false,
  source: 'library default: the number of reports is not in the sources (seed 004); WCSTAT-style plans use up to ten; RULES.md USR-2',
});
