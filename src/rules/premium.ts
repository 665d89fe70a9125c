/**
 * Published WCRA premium figures (PRM-5, PRM-10) with their source and the years they apply to.
 * Calculators read them from here.
 * @module
 */

/** A dated published figure: its value, the years it applies to and where it comes from. */
export interface DatedFigure<T> {
  /** The figure. */
  readonly value: T;
  /** First coverage year the figure applies to. */
  readonly fromYear: number;
  /** Last coverage year the figure applies to, or `null` while it is in force. */
  readonly toYear: number | null;
  /** Where the figure comes from. */
  readonly source: string;
}

/**
 * The least relative change for which a member's estimate is revised (PRM-5): 15% of the
 * estimate, up or down (`"0.15"`, a fraction). Deeply frozen.
 * Source: WCRA billing and payment page (seed 002), RULES.md PRM-5; in force for the coverage
 * years the library covers (from 2016).
 */
export const ESTIMATE_REVISION_THRESHOLD: DatedFigure<string> = /* @__PURE__ */ Object.freeze({
  value: '0.15',
  fromYear: 2016,
  toYear: null,
  source: 'WCRA billing and payment (seed 002), RULES.md PRM-5',
});

/**
 * The deadline of the self-insured location listing, filed with the retention selection form
 * (PRM-10): December 1 of the year before the coverage year. Deeply frozen.
 * Source: WCRA membership FAQ (seed 001) and retention page (seed 003), RULES.md PRM-10.
 */
export const LOCATION_LISTING_DEADLINE: DatedFigure<{
  /** Calendar month of the deadline (12 = December). */
  readonly month: number;
  /** Day of the month of the deadline. */
  readonly day: number;
  /** The deadline's year relative to the coverage year (−1: the year before). */
  readonly yearOffset: number;
}> = /* @__PURE__ */ Object.freeze({
  value: /* @__PURE__ */ Object.freeze({ month: 12, day: 1, yearOffset: -1 }),
  fromYear: 2016,
  toYear: null,
  source: 'WCRA membership FAQ (seed 001) and retention page (seed 003), RULES.md PRM-10',
});
