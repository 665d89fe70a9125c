/**
 * Published figures that are not tables, and the one shape of a single figure ({@link RuleFigure}):
 * each with the rule that states it, its source and the years it applies to (issue 13 item 9).
 * The calculators read them from here.
 * @module
 */
import { type IsoDate, makeDate } from '../core/dates.js';
import type { RuleId } from './ids.js';

/**
 * A published figure (or a library default where the sources set none): its value, the rule it
 * belongs to, the years it applies to, whether the WCRA publishes it, and where it comes from.
 * `fromYear` is `null` when the sources give no first year (the library applies the figure to
 * every year it handles), `toYear` is `null` while the figure is in force (sources read 2026).
 * The one shape of every single figure in `src/rules/`.
 */
export interface RuleFigure<T = string | number> {
  /** The figure: a decimal string for money and shares (`"100"`, `"0.2"`), a number for counts and days, a {@link CoverageYearDate} (or a list of them) for a date. */
  readonly value: T;
  /** The RULES.md ID the figure belongs to. */
  readonly rule: RuleId;
  /** The first year the figure applies, or `null` when the sources give none. */
  readonly fromYear: number | null;
  /** The last year the figure applies, or `null` when still in force in the sources (read 2026). */
  readonly toYear: number | null;
  /** `true` for a figure the WCRA publishes; `false` for a library default where the sources set none. */
  readonly published: boolean;
  /** Where the figure comes from (the source page and the RULES.md rule). */
  readonly source: string;
}

/**
 * The Minnesota premium tax self-insurers pay on all WCRA charges: 2% (PRM-6). Insurers pay none
 * to the WCRA (their rate is `0`).
 */
export const PREMIUM_TAX_RATE: RuleFigure<string> = /* @__PURE__ */ Object.freeze({
  value: '0.02',
  rule: 'PRM-6',
  source: 'RULES.md PRM-6 (wcra.biz premium pages, read 2026)',
  fromYear: null,
  toYear: null,
  published: true,
});

/** The share of the retention above which a claim must be reported: 50% (CLM-7). */
export const REPORTING_SHARE_OF_RETENTION: RuleFigure<string> = /* @__PURE__ */ Object.freeze({
  value: '0.5',
  rule: 'CLM-7',
  source: 'RULES.md CLM-7 (WCRA claim reporting requirements, read 2026)',
  fromYear: null,
  toYear: null,
  published: true,
});

/** The cap of the reporting threshold: $1,000,000 (CLM-7): report above the lesser of it and 50% of the retention. */
export const REPORTING_THRESHOLD_CAP_FIGURE: RuleFigure<string> = /* @__PURE__ */ Object.freeze({
  value: '1000000',
  rule: 'CLM-7',
  source: 'RULES.md CLM-7 (WCRA claim reporting requirements, read 2026)',
  fromYear: null,
  toYear: null,
  published: true,
});

/** RET-11's first test: an individual self-insurer's net worth at least 10% of its total assets. */
export const NET_WORTH_SHARE_OF_ASSETS_FIGURE: RuleFigure<string> = /* @__PURE__ */ Object.freeze({
  value: '0.1',
  rule: 'RET-11',
  source: "RULES.md RET-11 (Minnesota Department of Commerce, workers' compensation self-insurance requirements, form 79A(1))",
  fromYear: null,
  toYear: null,
  published: true,
});

/** RET-11's second test: net worth at least 10 times the retention limit chosen. */
export const NET_WORTH_MULTIPLE_OF_LIMIT_FIGURE: RuleFigure<string> = /* @__PURE__ */ Object.freeze({
  value: '10',
  rule: 'RET-11',
  source: "RULES.md RET-11 (Minnesota Department of Commerce, workers' compensation self-insurance requirements, form 79A(1))",
  fromYear: null,
  toYear: null,
  published: true,
});

/** Business days a member has to report a catastrophic injury after being notified: 10 (CLM-7). */
export const CATASTROPHIC_REPORTING_DAYS_FIGURE: RuleFigure<number> = /* @__PURE__ */ Object.freeze({
  value: 10,
  rule: 'CLM-7',
  source: 'RULES.md CLM-7 (WCRA claim reporting requirements, read 2026): catastrophic injuries "within 10 business days"',
  fromYear: null,
  toYear: null,
  published: true,
});

/** A date a rule fixes relative to a coverage year Y: `month`/`day` of the year Y + `yearOffset`. */
export interface CoverageYearDate {
  /** Calendar month (1 = January, 12 = December). */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** The date's year relative to the coverage year (−1: the year before, 0: the year itself, 1: the year after). */
  readonly yearOffset: number;
}

/** Whole months a rule fixes relative to a coverage year Y: `fromMonth` through `toMonth` of the year Y + `yearOffset`. */
export interface CoverageYearMonths {
  /** The first calendar month (1 = January). */
  readonly fromMonth: number;
  /** The last calendar month, inclusive (the same as `fromMonth` for one month). */
  readonly toMonth: number;
  /** The months' year relative to the coverage year (−1: the year before, 1: the year after). */
  readonly yearOffset: number;
}

/** The date of a {@link CoverageYearDate} for a coverage year (`YYYY-MM-DD`). @internal */
export function coverageYearDate(date: CoverageYearDate, coverageYear: number): IsoDate {
  return makeDate(coverageYear + date.yearOffset, date.month, date.day);
}
