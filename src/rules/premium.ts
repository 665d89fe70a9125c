/**
 * Published WCRA premium figures (PRM-5, PRM-10) with their source and the years they apply to.
 * Calculators read them from here.
 * @module
 */
import type { CoverageYearDate, RuleFigure } from './figures.js';

/**
 * The least relative change for which a member's estimate is revised (PRM-5): 15% of the
 * estimate, up or down (`"0.15"`, a fraction). Deeply frozen.
 * Source: WCRA billing and payment page (seed 002), RULES.md PRM-5; in force for the coverage
 * years the library covers (from 2016).
 */
export const ESTIMATE_REVISION_THRESHOLD: RuleFigure<string> = /* @__PURE__ */ Object.freeze({
  value: '0.15',
  rule: 'PRM-5',
  fromYear: 2016,
  toYear: null,
  published: true,
  source: 'WCRA billing and payment (seed 002), RULES.md PRM-5',
});

/**
 * The deadline of the self-insured location listing, filed with the retention selection form
 * (PRM-10): December 1 of the year before the coverage year. Deeply frozen.
 * Source: WCRA membership FAQ (seed 001) and retention page (seed 003), RULES.md PRM-10.
 */
export const LOCATION_LISTING_DEADLINE: RuleFigure<CoverageYearDate> = /* @__PURE__ */ Object.freeze({
  value: /* @__PURE__ */ Object.freeze({ month: 12, day: 1, yearOffset: -1 }),
  rule: 'PRM-10',
  fromYear: 2016,
  toYear: null,
  published: true,
  source: 'WCRA membership FAQ (seed 001) and retention page (seed 003), RULES.md PRM-10',
});
