/**
 * Published billing figures (BIL rules), each with its rule, the years it applies to and its
 * source (see {@link RuleFigure} for the meaning of the years).
 * @module
 */
import type { RuleFigure } from './figures.js';

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
