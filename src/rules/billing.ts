/**
 * Published billing figures (BIL rules), each with its rule, the years it applies to and its
 * source (see {@link RuleFigure} for the meaning of the years).
 * @module
 */
import type { CoverageYearDate, RuleFigure } from './figures.js';

/** The billing figures of {@link BILLING_FIGURES}. */
export interface BillingFigures {
  /** Days an invoice is e-mailed before its due date: 20 ("approximately 20 days", BIL-3). */
  readonly invoiceLeadDays: RuleFigure<number>;
  /** The share of the members with exposure the WCRA audits each year: 20% (`"0.2"`, BIL-5). */
  readonly auditShare: RuleFigure<string>;
}

const SEED_002 = 'WCRA Billing & Payment (seed 002)';

/** The billing figures (deeply frozen): 20 invoice lead days (BIL-3) and the 20% audit sample (BIL-5). */
export const BILLING_FIGURES: BillingFigures = /* @__PURE__ */ Object.freeze({
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
});

/**
 * The due dates of a coverage year's premium (BIL-2), in order: February 1 (the full premium or
 * the first quarterly installment), then April 1, July 1 and October 1 of the year. Deeply frozen.
 */
export const INSTALLMENT_DUE_DATES: RuleFigure<ReadonlyArray<CoverageYearDate>> = /* @__PURE__ */ Object.freeze({
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
});

/** The due date of an additional premium from the annual adjustment of year Y: October 1 of Y + 1 (PRM-8, BIL-6). Deeply frozen. */
export const ADJUSTMENT_DUE_DATE: RuleFigure<CoverageYearDate> = /* @__PURE__ */ Object.freeze({
  value: /* @__PURE__ */ Object.freeze({ month: 10, day: 1, yearOffset: 1 }),
  rule: 'PRM-8',
  fromYear: null,
  toYear: null,
  published: true,
  source: `${SEED_002}: "the member's payment to the WCRA for the additional premium is due by October 1"; RULES.md PRM-8, BIL-6`,
});
