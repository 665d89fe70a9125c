import * as z from 'zod/mini';
import { allocateUnits } from '../core/allocate.js';
import { addDays, type IsoDate } from '../core/dates.js';
import { centsToMoney, type Money, type MoneyLike } from '../core/money.js';
import { cents, type ExplainOption, explainOptionShape, integer, oneOf, year } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { BILLING_FIGURES, INSTALLMENT_DUE_DATES } from '../rules/billing.js';
import { defineCalculator } from '../rules/define.js';
import { coverageYearDate } from '../rules/figures.js';
import { step } from '../rules/step.js';

/** The payment plans a member may choose (BIL-2): one lump sum, or four equal quarterly installments. */
export const PAYMENT_PLANS = /* @__PURE__ */ Object.freeze(['annual', 'quarterly'] as const);

/** A payment plan: `'annual'` (one payment due February 1) or `'quarterly'` (BIL-2). */
export type PaymentPlan = (typeof PAYMENT_PLANS)[number];

/**
 * Days between an invoice and its due date when `invoiceLeadDays` is not given: 20 (BIL-3). The
 * figure of `BILLING_FIGURES.invoiceLeadDays` in `src/rules/billing.ts` (source and years there).
 */
export const DEFAULT_INVOICE_LEAD_DAYS: number = /* @__PURE__ */ (() => BILLING_FIGURES.invoiceLeadDays.value)();

/** One installment of a premium bill. */
export interface Installment {
  /** 1 for the February 1 installment (or the annual payment), then 2, 3, 4. */
  readonly number: number;
  /** Due date, `YYYY-MM-DD` (BIL-2). */
  readonly dueDate: IsoDate;
  /** Date the invoice is e-mailed: the due date minus the invoice lead days (BIL-3). */
  readonly invoiceDate: IsoDate;
  /** Amount due, two-decimal money string. */
  readonly amount: Money;
}

/** An installment with its amount as integer cents (unchecked core). @internal */
export interface InstallmentCents {
  readonly number: number;
  readonly dueDate: IsoDate;
  readonly invoiceDate: IsoDate;
  readonly cents: number;
}

/**
 * The installments of `cents` for a coverage year and plan (unchecked core): due dates per
 * BIL-2, invoice dates `leadDays` before (BIL-3), amounts split by the core allocation (GEN-3).
 * Assumes valid input: `cents` a non-negative safe integer, `leadDays` a whole number ≥ 0.
 * @internal
 */
export function installmentCore(coverageYear: number, cents: number, plan: PaymentPlan, leadDays: number): InstallmentCents[] {
  const dates = INSTALLMENT_DUE_DATES.value;
  const due = plan === 'annual' ? dates.slice(0, 1) : dates; // RULES: BIL-2
  const parts = allocateUnits(
    cents,
    due.map(() => 1),
  ); // RULES: GEN-3 — equal parts floored to the cent, leftover cents to the earliest
  return due.map((date, i) => {
    const dueDate = coverageYearDate(date, coverageYear);
    return {
      number: i + 1,
      dueDate,
      invoiceDate: addDays(dueDate, -leadDays), // RULES: BIL-3
      cents: parts[i] as number,
    };
  });
}

/** Formats core installments for a result. @internal */
export function formatInstallments(list: ReadonlyArray<InstallmentCents>): Installment[] {
  return list.map((i) => ({ number: i.number, dueDate: i.dueDate, invoiceDate: i.invoiceDate, amount: centsToMoney(i.cents) }));
}

/** Explanation steps for a list of installments (amount split, due and invoice dates). @internal */
export function installmentSteps(total: string, list: ReadonlyArray<Installment>, parts: number, leadDays: number): TraceStep[] {
  const steps: TraceStep[] = [];
  for (const inst of list) {
    steps.push(
      step(
        parts === 1 ? 'BIL-2' : 'GEN-3',
        parts === 1
          ? `Annual plan: the whole amount is due on ${inst.dueDate}`
          : `Installment ${inst.number} of ${parts}, due ${inst.dueDate}: total / ${parts} floored to the cent, leftover cents one each to the earliest`,
        [moneyValue('Total amount', total), textValue('Installments', String(parts), 'number')],
        moneyValue(`Installment ${inst.number} (due ${inst.dueDate})`, inst.amount),
      ),
      step(
        'BIL-3',
        `Invoice ${inst.number} is e-mailed ${leadDays} days before due`,
        [textValue('Due date', inst.dueDate, 'date'), textValue('Days before the due date', `- ${leadDays}`, 'number')],
        textValue(`Invoice ${inst.number} date`, inst.invoiceDate, 'date'),
      ),
    );
  }
  return steps;
}

/** Input schema of {@link installmentSchedule}. */
export const InstallmentScheduleInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    coverageYear: year(),
    amount: cents(),
    plan: oneOf(PAYMENT_PLANS),
  }))();

/** Input of {@link installmentSchedule}. */
export interface InstallmentScheduleInput {
  /** The coverage year Y whose installments are due (February 1 … October 1 of Y, BIL-2), 1900–2200. */
  readonly coverageYear: number;
  /** The amount billed, a non-negative whole number of cents (e.g. `reinsurancePremium`'s `total`). */
  readonly amount: MoneyLike;
  /** `'annual'` (one payment due February 1) or `'quarterly'` (four installments, BIL-2). */
  readonly plan: PaymentPlan;
}

/** Options schema of {@link installmentSchedule}. */
export const InstallmentScheduleOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    invoiceLeadDays: z.optional(integer(0, 366, 'a number of days')),
  }))();

/** Options of {@link installmentSchedule}. */
export interface InstallmentScheduleOptions extends ExplainOption {
  /** Days between an invoice and its due date (BIL-3 says "about 20"). Default 20; 0–366. */
  readonly invoiceLeadDays?: number;
}

/** Result of {@link installmentSchedule}. */
export interface InstallmentScheduleResult extends Explained {
  /** The installments in due-date order: one for `'annual'`, four for `'quarterly'`. */
  readonly installments: ReadonlyArray<Installment>;
}

/**
 * The installments of a premium bill for a coverage year (BIL-2, BIL-3, GEN-3).
 *
 * - `'annual'`: one installment of the whole amount, due February 1 of the coverage year.
 * - `'quarterly'`: four installments due February 1, April 1, July 1 and October 1. The amount
 *   is split by the library's one allocation (GEN-3) in whole cents: each part is the amount ÷ 4
 *   floored to the cent, and the 0–3 leftover cents go one each to the earliest installments
 *   (100,000.03 → 25,000.01, 25,000.01, 25,000.01, 25,000.00). The installments add up exactly
 *   to the amount, differ by at most one cent, and never grow from one installment to the next.
 * - Each `invoiceDate` is the due date minus `options.invoiceLeadDays` calendar days (default 20,
 *   BIL-3: invoices are e-mailed "about 20 days" before the due date).
 *
 * Conventions: the amount must be a whole number of cents (it is an invoiced figure, already
 * rounded by the calculator that produced it, e.g. `reinsurancePremium`'s `total`); it may be
 * zero (every installment is then `"0.00"`); any amount up to 2^53 − 1 cents is split exactly.
 *
 * @param input - `{ coverageYear, amount, plan: 'annual' | 'quarterly' }`.
 * @param options - `{ explain?, invoiceLeadDays? }`.
 * @returns `{ installments: { number, dueDate, invoiceDate, amount }[] }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input: a negative amount (credits are settled
 *   by `settleAdjustment`), fractions of a cent, an unknown plan, a year outside 1900–2200.
 *
 * @example
 * ```ts
 * import { installmentSchedule } from 'wcra-calc';
 * const q = installmentSchedule({ coverageYear: 2024, amount: '100000.03', plan: 'quarterly' });
 * q.installments.map((i) => i.amount) //=> ['25000.01', '25000.01', '25000.01', '25000.00']
 * q.installments.map((i) => i.dueDate) //=> ['2024-02-01', '2024-04-01', '2024-07-01', '2024-10-01']
 * q.installments[0] //=> { number: 1, dueDate: '2024-02-01', invoiceDate: '2024-01-12', amount: '25000.01' }
 * installmentSchedule({ coverageYear: 2024, amount: '954000', plan: 'annual' }).installments
 * //=> [{ number: 1, dueDate: '2024-02-01', invoiceDate: '2024-01-12', amount: '954000.00' }]
 * ```
 */
export function installmentSchedule(input: InstallmentScheduleInput, options?: InstallmentScheduleOptions): InstallmentScheduleResult {
  return installmentScheduleDefinition.run(input, options);
}

/** The definition of {@link installmentSchedule}: name, rules, schemas, example. */
export const installmentScheduleDefinition = /* @__PURE__ */ defineCalculator({
  name: 'installmentSchedule',
  feature: 'billing',
  summary: 'Annual or quarterly installments with due and invoice dates, split to the cent',
  rules: ['BIL-2', 'BIL-3', 'GEN-3'],
  uncitedRules: {},
  input: InstallmentScheduleInputSchema,
  options: InstallmentScheduleOptionsSchema,
  example: { coverageYear: 2024, amount: '100000.03', plan: 'quarterly' },
  explains: true,
  compute: (v, opts): InstallmentScheduleResult => {
    const leadDays = opts.invoiceLeadDays ?? DEFAULT_INVOICE_LEAD_DAYS;
    const installments = formatInstallments(installmentCore(v.coverageYear, v.amount, v.plan, leadDays));
    const result: InstallmentScheduleResult = { installments };
    return withSteps(result, opts.explain, () => [
      step(
        'BIL-2',
        v.plan === 'annual'
          ? 'Annual plan: one payment of the full premium, due February 1'
          : 'Quarterly plan: four equal installments, due February 1, April 1, July 1 and October 1',
        [textValue('Coverage year', String(v.coverageYear), 'number'), textValue('Payment plan', v.plan)],
        textValue('Installments', String(installments.length), 'number'),
      ),
      ...installmentSteps(centsToMoney(v.amount), installments, installments.length, leadDays),
    ]);
  },
});
