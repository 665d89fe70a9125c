import * as z from 'zod/mini';
import { invalidInput } from '../core/errors.js';
import { centsToMoney, MAX_MONEY, type Money, type MoneyLike } from '../core/money.js';
import { cents, type ExplainOption, ExplainOptionsSchema, oneOf } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Payment categories the WCRA reimburses: statutory Minnesota benefits (CLM-4). */
export const REIMBURSABLE_CATEGORIES = /* @__PURE__ */ Object.freeze(['indemnity', 'medical', 'rehabilitation', 'other-benefit'] as const);

/** Payment categories the WCRA does not reimburse (CLM-4). */
export const EXCLUDED_CATEGORIES = /* @__PURE__ */ Object.freeze(['penalty', 'interest', 'claim-expense', 'employers-liability'] as const);

/** Every payment category, reimbursable ones first. */
export const PAYMENT_CATEGORIES = /* @__PURE__ */ (() =>
  /* @__PURE__ */ Object.freeze([...REIMBURSABLE_CATEGORIES, ...EXCLUDED_CATEGORIES] as const))();

/** A payment category (CLM-4). */
export type PaymentCategory = (typeof PAYMENT_CATEGORIES)[number];

/** Input schema of {@link reimbursableAmount}. */
export const ReimbursableAmountInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    payments: z.array(z.strictObject({ category: oneOf(PAYMENT_CATEGORIES), amount: cents() })),
  }))();

/** Input of {@link reimbursableAmount}. */
export interface ReimbursableAmountInput {
  /** The claim's payments, each with its category (CLM-4) and its amount (whole cents, not negative). */
  readonly payments: ReadonlyArray<ClaimPayment>;
}

/** One payment on a claim. */
export interface ClaimPayment {
  /** What the payment is for: a reimbursable benefit or an excluded category (CLM-4). */
  readonly category: PaymentCategory;
  /** The amount paid, whole cents, not negative. */
  readonly amount: MoneyLike;
}

/** Options schema of {@link reimbursableAmount}. */
export const ReimbursableAmountOptionsSchema = ExplainOptionsSchema;

/** Options of {@link reimbursableAmount}. */
export type ReimbursableAmountOptions = ExplainOption;

/** Result of {@link reimbursableAmount}. */
export interface ReimbursableAmountResult extends Explained {
  /** Σ payments in reimbursable categories. */
  readonly reimbursable: Money;
  /** Σ payments in excluded categories. */
  readonly excluded: Money;
  /** Σ payments per category, every category listed (`"0.00"` when none). */
  readonly byCategory: Readonly<Record<PaymentCategory, Money>>;
}

/**
 * Splits a claim's payments into what counts toward WCRA reimbursement and what does not
 * (CLM-4).
 *
 * Reimbursable: statutory Minnesota workers' compensation benefits paid: `'indemnity'`,
 * `'medical'`, `'rehabilitation'`, `'other-benefit'`. Not reimbursable: `'penalty'`,
 * `'interest'`, `'claim-expense'` (loss adjustment expense, legal costs) and
 * `'employers-liability'`.
 *
 * Convention: amounts are non-negative whole cents (payments are cent amounts); sums are exact.
 *
 * @param input - `{ payments: { category, amount }[] }`.
 * @param options - `{ explain? }`.
 * @returns `{ reimbursable, excluded, byCategory }`.
 * @throws {@link WcraError} `INVALID_INPUT` for an unknown category, a negative amount, an amount
 *   with fractions of a cent, or totals above `MAX_MONEY`.
 *
 * @example
 * ```ts
 * import { reimbursableAmount } from 'wcra-calc';
 * const r = reimbursableAmount({
 *   payments: [
 *     { category: 'indemnity', amount: '400000' },
 *     { category: 'medical', amount: '250000.50' },
 *     { category: 'penalty', amount: '5000' },
 *     { category: 'claim-expense', amount: '30000' },
 *   ],
 * });
 * r.reimbursable //=> '650000.50'
 * r.excluded //=> '35000.00'
 * r.byCategory.medical //=> '250000.50'
 * ```
 */
export function reimbursableAmount(input: ReimbursableAmountInput, options?: ReimbursableAmountOptions): ReimbursableAmountResult {
  return reimbursableAmountDefinition.run(input, options);
}

/** The definition of {@link reimbursableAmount}. */
export const reimbursableAmountDefinition = /* @__PURE__ */ defineCalculator({
  name: 'reimbursableAmount',
  feature: 'claims',
  summary: "A claim's payments split into reimbursable statutory benefits and excluded categories",
  rules: ['CLM-4'],
  uncitedRules: {},
  input: ReimbursableAmountInputSchema,
  options: ReimbursableAmountOptionsSchema,
  example: {
    payments: [
      { category: 'indemnity', amount: '400000' },
      { category: 'medical', amount: '250000.50' },
      { category: 'penalty', amount: '1200' },
    ],
  },
  explains: true,
  compute: (v, opts): ReimbursableAmountResult => {
    const sums = new Map<PaymentCategory, number>(PAYMENT_CATEGORIES.map((c) => [c, 0]));
    for (const p of v.payments) sums.set(p.category, (sums.get(p.category) ?? 0) + p.amount);
    let reimbursable = 0;
    let excluded = 0;
    // RULES: CLM-4 — only statutory benefits paid count toward reimbursement.
    for (const c of REIMBURSABLE_CATEGORIES) reimbursable += sums.get(c) ?? 0;
    for (const c of EXCLUDED_CATEGORIES) excluded += sums.get(c) ?? 0;
    if (!Number.isSafeInteger(reimbursable + excluded)) {
      throw invalidInput([{ path: ['payments'], code: 'out_of_range', message: `the payments must add up to at most ${MAX_MONEY}` }]);
    }
    const byCategory = Object.fromEntries(PAYMENT_CATEGORIES.map((c) => [c, centsToMoney(sums.get(c) ?? 0)])) as Record<
      PaymentCategory,
      string
    >;
    const result: ReimbursableAmountResult = { reimbursable: centsToMoney(reimbursable), excluded: centsToMoney(excluded), byCategory };
    return withSteps(result, opts.explain, () => {
      const line = (cats: ReadonlyArray<PaymentCategory>) => cats.map((c, i) => moneyValue(c, byCategory[c], i === 0 ? undefined : '+'));
      const steps: TraceStep[] = [
        step(
          'CLM-4',
          'Reimbursable = benefits paid (indemnity + medical + rehabilitation + other)',
          line(REIMBURSABLE_CATEGORIES),
          moneyValue('Reimbursable', result.reimbursable),
        ),
        step(
          'CLM-4',
          "Excluded = penalties + interest + claim expenses + employer's liability",
          line(EXCLUDED_CATEGORIES),
          moneyValue('Excluded', result.excluded),
        ),
      ];
      return steps;
    });
  },
});
