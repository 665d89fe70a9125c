/**
 * Published billing figures (BIL rules), each with its rule, the years it applies to and its
 * source (see {@link RuleFigure} for the meaning of the years).
 * @module
 */
import type { CoverageYearDate, CoverageYearMonths, RuleFigure } from './figures.js';

/** The billing figures of {@link BILLING_FIGURES}. */
export interface BillingFigures {
  /** Days an invoice is e-mailed before its due date: 20 ("approximately 20 days", BIL-3). */
  readonly invoiceLeadDays: RuleFigure<number>;
  /** The share of the members with exposure the WCRA audits each year: 20% (`"0.2"`, BIL-5). */
  readonly auditShare: RuleFigure<string>;
}

const SEED_002 = 'WCRA Billing & Payment (seed 002)';

/** The billing figures (deeply frozen): 20 invoice lead days (BIL-3) and the 20% audit sample (BIL-5). */
export const BILLING_FIGURES: BillingFigures = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze({
    invoiceLeadDays: /* @__PURE__ */ Object.freeze({
      value: 20,
      rule: 'BIL-3',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_002}: "The WCRA emails premium invoices approximately 20 days prior to the due date"; RULES.md BIL-3`,
    } as const),
    auditShare: /* @__PURE__ */ Object.freeze({
      value: '0.2',
      rule: 'BIL-5',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_002}: "The WCRA annually audits 20 percent of its membership with exposure"; RULES.md BIL-5`,
    } as const),
  }))();

/**
 * The due dates of a coverage year's premium (BIL-2), in order: February 1 (the full premium or
 * the first quarterly installment), then April 1, July 1 and October 1 of the year. Deeply frozen.
 */
export const INSTALLMENT_DUE_DATES: RuleFigure<ReadonlyArray<CoverageYearDate>> = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze({
    value: /* @__PURE__ */ Object.freeze([
      /* @__PURE__ */ Object.freeze({ month: 2, day: 1, yearOffset: 0 }),
      /* @__PURE__ */ Object.freeze({ month: 4, day: 1, yearOffset: 0 }),
      /* @__PURE__ */ Object.freeze({ month: 7, day: 1, yearOffset: 0 }),
      /* @__PURE__ */ Object.freeze({ month: 10, day: 1, yearOffset: 0 }),
    ]),
    rule: 'BIL-2',
    fromYear: null,
    toYear: null,
    published: true,
    source: `${SEED_002}: "due at the WCRA lockbox on February 1 of each year … the remaining quarterly premiums are due April 1, July 1, and October 1"; RULES.md BIL-2`,
  }))();

/** The due date of an additional premium from the annual adjustment of year Y: October 1 of Y + 1 (PRM-8, BIL-6). Deeply frozen. */
export const ADJUSTMENT_DUE_DATE: RuleFigure<CoverageYearDate> = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze({
    value: /* @__PURE__ */ Object.freeze({ month: 10, day: 1, yearOffset: 1 }),
    rule: 'PRM-8',
    fromYear: null,
    toYear: null,
    published: true,
    source: `${SEED_002}: "the member's payment to the WCRA for the additional premium is due by October 1"; RULES.md PRM-8, BIL-6`,
  }))();

/** The months of the billing calendar of {@link BILLING_CALENDAR_MONTHS} (BIL-1, BIL-6). */
export interface BillingCalendarMonths {
  /** The estimate of year Y is billed in December of Y − 1 (BIL-1). */
  readonly estimateBilled: RuleFigure<CoverageYearMonths>;
  /** The adjustment of year Y is computed May through July of Y + 1 (BIL-6). */
  readonly adjustmentComputed: RuleFigure<CoverageYearMonths>;
  /** The adjustment of year Y is billed in August of Y + 1 (BIL-6). */
  readonly adjustmentBilled: RuleFigure<CoverageYearMonths>;
  /** The premium notice with the adjustment of year Y is issued in September of Y + 1 (BIL-6, PRM-8). */
  readonly adjustmentStatement: RuleFigure<CoverageYearMonths>;
}

/** The billing calendar's months (deeply frozen): December of Y − 1; May–July, August and September of Y + 1. */
export const BILLING_CALENDAR_MONTHS: BillingCalendarMonths = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze({
    estimateBilled: /* @__PURE__ */ Object.freeze({
      value: /* @__PURE__ */ Object.freeze({ fromMonth: 12, toMonth: 12, yearOffset: -1 }),
      rule: 'BIL-1',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_002}: "the WCRA billed its members for 2022 premiums in December 2021"; RULES.md BIL-1`,
    } as const),
    adjustmentComputed: /* @__PURE__ */ Object.freeze({
      value: /* @__PURE__ */ Object.freeze({ fromMonth: 5, toMonth: 7, yearOffset: 1 }),
      rule: 'BIL-6',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_002}: "Between May and July each year, WCRA staff calculates a reinsurance premium adjustment"; RULES.md BIL-6`,
    } as const),
    adjustmentBilled: /* @__PURE__ */ Object.freeze({
      value: /* @__PURE__ */ Object.freeze({ fromMonth: 8, toMonth: 8, yearOffset: 1 }),
      rule: 'BIL-6',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_002}: "Calculation 3: 2022 Annual Adjustment (billed August 2023)"; RULES.md BIL-6`,
    } as const),
    adjustmentStatement: /* @__PURE__ */ Object.freeze({
      value: /* @__PURE__ */ Object.freeze({ fromMonth: 9, toMonth: 9, yearOffset: 1 }),
      rule: 'BIL-6',
      fromYear: null,
      toYear: null,
      published: true,
      source: `${SEED_002}: "The premium notices issued each September include any adjustment for the previous coverage year"; RULES.md BIL-6, PRM-8`,
    } as const),
  }))();
