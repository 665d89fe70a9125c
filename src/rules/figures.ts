/**
 * Published figures that are not tables: each with the rule that states it, its source and the
 * years it applies to (issue 13 item 9). The calculators read them from here.
 * @module
 */
import type { RuleId } from './ids.js';

/** A single published figure, with where it comes from and when it applies. */
export interface PublishedFigure {
  /** The figure: a decimal string (a fraction such as `"0.02"` for 2%, or an amount in dollars). */
  readonly value: string;
  /** The rule of RULES.md that states it. */
  readonly rule: RuleId;
  /** Where the figure comes from. */
  readonly source: string;
  /**
   * The first coverage year (or year of injury) it applies to, or `null` when the sources give no
   * start and the library applies it to every year it covers (1900–2200).
   */
  readonly from: number | null;
  /** The last year it applies to, or `null` while it is in force. */
  readonly to: number | null;
}

/**
 * The Minnesota premium tax self-insurers pay on all WCRA charges: 2% (PRM-6). Insurers pay none
 * to the WCRA (their rate is `0`).
 */
export const PREMIUM_TAX_RATE: PublishedFigure = /* @__PURE__ */ Object.freeze({
  value: '0.02',
  rule: 'PRM-6',
  source: 'RULES.md PRM-6 (wcra.biz premium pages, read 2026)',
  from: null,
  to: null,
});

/** The share of the retention above which a claim must be reported: 50% (CLM-7). */
export const REPORTING_SHARE_OF_RETENTION: PublishedFigure = /* @__PURE__ */ Object.freeze({
  value: '0.5',
  rule: 'CLM-7',
  source: 'RULES.md CLM-7 (WCRA claim reporting requirements, read 2026)',
  from: null,
  to: null,
});

/** The cap of the reporting threshold: $1,000,000 (CLM-7): report above the lesser of it and 50% of the retention. */
export const REPORTING_THRESHOLD_CAP_FIGURE: PublishedFigure = /* @__PURE__ */ Object.freeze({
  value: '1000000',
  rule: 'CLM-7',
  source: 'RULES.md CLM-7 (WCRA claim reporting requirements, read 2026)',
  from: null,
  to: null,
});

/** RET-11's first test: an individual self-insurer's net worth at least 10% of its total assets. */
export const NET_WORTH_SHARE_OF_ASSETS_FIGURE: PublishedFigure = /* @__PURE__ */ Object.freeze({
  value: '0.1',
  rule: 'RET-11',
  source: "RULES.md RET-11 (Minnesota Department of Commerce, workers' compensation self-insurance requirements, form 79A(1))",
  from: null,
  to: null,
});

/** RET-11's second test: net worth at least 10 times the retention limit chosen. */
export const NET_WORTH_MULTIPLE_OF_LIMIT_FIGURE: PublishedFigure = /* @__PURE__ */ Object.freeze({
  value: '10',
  rule: 'RET-11',
  source: "RULES.md RET-11 (Minnesota Department of Commerce, workers' compensation self-insurance requirements, form 79A(1))",
  from: null,
  to: null,
});
