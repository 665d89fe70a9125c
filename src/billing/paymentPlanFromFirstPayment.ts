import * as z from 'zod/mini';
import { centsToMoney, type Money, type MoneyLike } from '../core/money.js';
import { cents, type ExplainOption, explainOptionShape, integer, year } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';
import {
  DEFAULT_INVOICE_LEAD_DAYS,
  formatInstallments,
  type Installment,
  type InstallmentCents,
  installmentCore,
} from './installmentSchedule.js';

/** What a first payment shows about the member's plan (BIL-2). */
export const DETECTED_PLANS = /* @__PURE__ */ Object.freeze(['annual', 'quarterly', 'shortfall'] as const);

/** `'annual'`, `'quarterly'` or `'shortfall'` (less than the first installment was paid). */
export type DetectedPlan = (typeof DETECTED_PLANS)[number];

/** Input schema of {@link paymentPlanFromFirstPayment}. */
export const PaymentPlanFromFirstPaymentInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    coverageYear: year(),
    amount: cents(),
    firstPayment: cents({ noun: 'an amount of money paid' }),
  }))();

/** Input of {@link paymentPlanFromFirstPayment}. */
export interface PaymentPlanFromFirstPaymentInput {
  /** The coverage year Y billed (installments due February 1 … October 1 of Y, BIL-2), 1900–2200. */
  readonly coverageYear: number;
  /** The whole amount billed for the year, a non-negative whole number of cents. */
  readonly amount: MoneyLike;
  /** The member's first payment for the year, a non-negative whole number of cents. */
  readonly firstPayment: MoneyLike;
}

/** Options schema of {@link paymentPlanFromFirstPayment}. */
export const PaymentPlanFromFirstPaymentOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    invoiceLeadDays: z.optional(integer(0, 366, 'a number of days')),
  }))();

/** Options of {@link paymentPlanFromFirstPayment}. */
export interface PaymentPlanFromFirstPaymentOptions extends ExplainOption {
  /** Days between an invoice and its due date for the `remaining` installments (BIL-3). Default 20. */
  readonly invoiceLeadDays?: number;
}

/** Result of {@link paymentPlanFromFirstPayment}. */
export interface PaymentPlanFromFirstPaymentResult extends Explained {
  /** The plan the first payment shows (BIL-2). */
  readonly plan: DetectedPlan;
  /** The first quarterly installment the payment is compared with (amount ÷ 4, GEN-3). */
  readonly firstInstallment: Money;
  /**
   * The installments still to invoice, in due-date order, with the payment already applied;
   * installments with nothing left to pay are left out. Their amounts add up to
   * `amount − firstPayment` (or to nothing when the whole amount was paid).
   */
  readonly remaining: ReadonlyArray<Installment>;
  /** How much the payment fell short of the first installment (`"0.00"` unless `plan` is `'shortfall'`). */
  readonly shortfall: Money;
  /** Paid beyond the whole amount (`"0.00"` unless more than the amount was paid). */
  readonly overpayment: Money;
}

/** The detection from integer cents (unchecked core). @internal */
export function planCore(
  coverageYear: number,
  amountCents: number,
  paidCents: number,
  leadDays: number,
): { plan: DetectedPlan; firstInstallment: number; remaining: InstallmentCents[]; shortfall: number; overpayment: number } {
  const quarters = installmentCore(coverageYear, amountCents, 'quarterly', leadDays); // RULES: BIL-2, GEN-3
  const firstInstallment = (quarters[0] as InstallmentCents).cents;
  if (paidCents >= amountCents) {
    // RULES: BIL-2 — the full premium was paid: annual plan, nothing left to invoice.
    return { plan: 'annual', firstInstallment, remaining: [], shortfall: 0, overpayment: paidCents - amountCents };
  }
  // Apply the payment to the installments in due-date order; what is left is still to invoice.
  let credit = paidCents;
  const remaining: InstallmentCents[] = [];
  for (const q of quarters) {
    const applied = Math.min(credit, q.cents);
    credit -= applied;
    if (q.cents - applied > 0) remaining.push({ ...q, cents: q.cents - applied });
  }
  if (paidCents >= firstInstallment) {
    // RULES: BIL-2 — an installment payment: the remaining installments are invoiced.
    return { plan: 'quarterly', firstInstallment, remaining, shortfall: 0, overpayment: 0 };
  }
  return { plan: 'shortfall', firstInstallment, remaining, shortfall: firstInstallment - paidCents, overpayment: 0 };
}

/**
 * Which plan a member chose, read from its first payment (BIL-2: "no notice of the choice is
 * needed: if the first payment is an installment, the remaining installments are invoiced").
 *
 * The first payment is compared with the amount and with the first quarterly installment
 * (the amount split four ways by GEN-3, leftover cents to the earliest installments):
 * - paid ≥ amount → `'annual'`: nothing remains; anything above the amount is `overpayment`.
 * - first installment ≤ paid < amount → `'quarterly'`: the remaining installments are invoiced.
 * - paid < first installment → `'shortfall'`: `shortfall` = first installment − paid.
 *
 * Convention (the sources are silent on partial payments): the payment is applied to the
 * quarterly installments in due-date order. A payment between the first installment and the
 * whole amount is a quarterly payment whose excess is credited to the next installments
 * (April 1 first, then July 1, then October 1); an installment it covers entirely is left out of
 * `remaining`. For a shortfall, `remaining` starts with the unpaid part of the February 1
 * installment (already due, so late under BIL-4), followed by the other three. In every case
 * first payment + Σ `remaining` = amount (when no more than the amount was paid). A zero amount
 * is `'annual'` with nothing remaining.
 *
 * @param input - `{ coverageYear, amount, firstPayment }`: amounts are whole cents, zero or more.
 * @param options - `{ explain?, invoiceLeadDays? }`.
 * @returns `{ plan, firstInstallment, remaining, shortfall, overpayment }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input: negative amounts, fractions of a cent,
 *   missing fields.
 *
 * @example
 * ```ts
 * import { paymentPlanFromFirstPayment } from 'wcra-calc';
 * const q = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '25000.01' });
 * q.plan //=> 'quarterly'
 * q.remaining.map((i) => [i.dueDate, i.amount])
 * //=> [['2024-04-01', '25000.01'], ['2024-07-01', '25000.01'], ['2024-10-01', '25000.00']]
 * const more = paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '30000' });
 * more.remaining.map((i) => i.amount) //=> ['20000.02', '25000.01', '25000.00']
 * paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '100000.03' }).plan //=> 'annual'
 * paymentPlanFromFirstPayment({ coverageYear: 2024, amount: '100000.03', firstPayment: '20000' }).shortfall //=> '5000.01'
 * ```
 */
export function paymentPlanFromFirstPayment(
  input: PaymentPlanFromFirstPaymentInput,
  options?: PaymentPlanFromFirstPaymentOptions,
): PaymentPlanFromFirstPaymentResult {
  return paymentPlanFromFirstPaymentDefinition.run(input, options);
}

/** The definition of {@link paymentPlanFromFirstPayment}: name, rules, schemas, example. */
export const paymentPlanFromFirstPaymentDefinition = /* @__PURE__ */ defineCalculator({
  name: 'paymentPlanFromFirstPayment',
  feature: 'billing',
  summary: 'Annual, quarterly or shortfall from the first payment, with the installments still to invoice',
  rules: ['BIL-2', 'GEN-3'],
  uncitedRules: {},
  input: PaymentPlanFromFirstPaymentInputSchema,
  options: PaymentPlanFromFirstPaymentOptionsSchema,
  example: { coverageYear: 2024, amount: '100000.03', firstPayment: '25000.01' },
  explains: true,
  compute: (v, opts): PaymentPlanFromFirstPaymentResult => {
    const leadDays = opts.invoiceLeadDays ?? DEFAULT_INVOICE_LEAD_DAYS;
    const amountCents = v.amount;
    const paidCents = v.firstPayment;
    const core = planCore(v.coverageYear, amountCents, paidCents, leadDays);
    const result: PaymentPlanFromFirstPaymentResult = {
      plan: core.plan,
      firstInstallment: centsToMoney(core.firstInstallment),
      remaining: formatInstallments(core.remaining),
      shortfall: centsToMoney(core.shortfall),
      overpayment: centsToMoney(core.overpayment),
    };
    return withSteps(result, opts.explain, () =>
      planSteps(result, { amount: centsToMoney(amountCents), paid: centsToMoney(paidCents), overpaid: core.overpayment > 0 }),
    );
  },
});

/** The explain steps of a plan: the first installment, the plan, a shortfall or overpayment, what is left (GEN-3, BIL-2). */
function planSteps(
  result: PaymentPlanFromFirstPaymentResult,
  figures: { readonly amount: string; readonly paid: string; readonly overpaid: boolean },
): TraceStep[] {
  const { amount, paid } = figures;
  const steps: TraceStep[] = [
    step(
      'GEN-3',
      'First quarterly installment = amount / 4 floored to the cent, leftover cents to the earliest',
      [moneyValue('Amount billed', amount), textValue('Installments', '4', 'number')],
      moneyValue('First installment', result.firstInstallment),
    ),
    step(
      'BIL-2',
      'Annual if the first payment covers the amount, quarterly if it covers the first installment, else a shortfall',
      [moneyValue('First payment', paid), moneyValue('Amount billed', amount), moneyValue('First installment', result.firstInstallment)],
      textValue('Plan', result.plan),
    ),
  ];
  if (result.plan === 'shortfall') {
    steps.push(
      step(
        'BIL-2',
        'Shortfall = first installment - first payment',
        [moneyValue('First installment', result.firstInstallment), moneyValue('First payment', paid, '-')],
        moneyValue('Shortfall', result.shortfall),
      ),
    );
  }
  if (result.plan === 'annual' && figures.overpaid) {
    steps.push(
      step(
        'BIL-2',
        'Overpayment = first payment - amount billed',
        [moneyValue('First payment', paid), moneyValue('Amount billed', amount, '-')],
        moneyValue('Overpayment', result.overpayment),
      ),
    );
  }
  for (const inst of result.remaining) {
    steps.push(
      step(
        'BIL-2',
        `Installment ${inst.number} left after the first payment (applied in due-date order), due ${inst.dueDate}, invoiced ${inst.invoiceDate} (BIL-3)`,
        [moneyValue('Amount billed', amount), moneyValue('First payment', paid, '-')],
        moneyValue(`Installment ${inst.number} (due ${inst.dueDate})`, inst.amount),
      ),
    );
  }
  return steps;
}
