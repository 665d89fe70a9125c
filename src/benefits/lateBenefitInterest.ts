import * as z from 'zod/mini';
import { calendarDaysLate } from '../core/dates.js';
import type { Dec } from '../core/decimal.js';
import { invalidInput, issue } from '../core/errors.js';
import { MESSAGES } from '../core/issues.js';
import { type DecimalLike, formatDecimal, formatMoney, type Money, type MoneyLike, roundMoney, toDecimal } from '../core/money.js';
import type { RoundingMode } from '../core/rounding.js';
import {
  type ExplainOption,
  explainOptionShape,
  isoDate,
  money,
  nonEmptyList,
  oneOf,
  type RoundingOption,
  rate,
  roundingOptionShape,
} from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import {
  type LateInterestRateTableInput,
  LateInterestRateTableSchema,
  lookupLateInterestRate,
  type ResolvedLateInterestRate,
} from '../rules/lateInterest.js';
import { step } from '../rules/step.js';

/** How the time late is counted: days ÷ 365 (default) or weeks (days ÷ 7) ÷ 52. */
export const INTEREST_BASES = /* @__PURE__ */ Object.freeze(['days/365', 'weeks/52'] as const);

/** A way of counting the time late: one of {@link INTEREST_BASES}. */
export type InterestBasis = (typeof INTEREST_BASES)[number];

/** Input schema of {@link lateBenefitInterest}. */
export const LateBenefitInterestInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    payments: nonEmptyList(z.strictObject({ amount: money({ nonNegative: true }), dueDate: isoDate(), paidDate: isoDate() }), 'payment'),
    rate: z.optional(rate('an interest rate')),
  }))();

/** One benefit payment, as given. */
export interface LateBenefitPaymentInput {
  /** The amount of the payment, a non-negative amount of money. */
  readonly amount: MoneyLike;
  /** The date it was due (`YYYY-MM-DD`): interest runs from it, at the rate in force on it. */
  readonly dueDate: string;
  /** The date it was paid (`YYYY-MM-DD`); on or before the due date it is 0 days late (GEN-4). */
  readonly paidDate: string;
}

/** Input of {@link lateBenefitInterest}. */
export interface LateBenefitInterestInput {
  /** The payments, at least one. */
  readonly payments: ReadonlyArray<LateBenefitPaymentInput>;
  /** The annual interest rate as a fraction (`"0.04"` is 4%) for every payment; or give `options.rateTable`. */
  readonly rate?: DecimalLike;
}

/** Options schema of {@link lateBenefitInterest}. */
export const LateBenefitInterestOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...explainOptionShape,
    ...roundingOptionShape,
    rateTable: z.optional(LateInterestRateTableSchema),
    basis: z.optional(oneOf(INTEREST_BASES)),
  }))();

/** Options of {@link lateBenefitInterest}. */
export interface LateBenefitInterestOptions extends ExplainOption, RoundingOption {
  /** Your dated rates `[{ from, to, rate, source? }]` by due date (used when the input has no `rate`). */
  readonly rateTable?: LateInterestRateTableInput;
  /** `'days/365'` (default: amount × rate × days late ÷ 365) or `'weeks/52'` (× days late ÷ 7 ÷ 52). */
  readonly basis?: InterestBasis;
}

/** The interest on one payment. */
export interface LateBenefitPaymentInterest {
  /** Calendar days from the due date to the paid date, 0 when paid on or before it (GEN-4). */
  readonly daysLate: number;
  /** The annual rate used, a fraction (`"0.04"`). */
  readonly rate: string;
  /** The simple interest, rounded to the cent (half-up by default). */
  readonly interest: Money;
}

/** Result of {@link lateBenefitInterest}. */
export interface LateBenefitInterestResult extends Explained {
  /** One entry per payment, in input order. */
  readonly payments: ReadonlyArray<LateBenefitPaymentInterest>;
  /** The sum of the payments' interest, each rounded to the cent first. */
  readonly total: Money;
}

/**
 * Simple interest on one payment (BEN-11): amount × rate × days late ÷ 365, or × (days late ÷ 7)
 * ÷ 52, rounded to the cent. @internal
 */
export function simpleInterest(
  amount: Dec,
  annualRate: Dec,
  daysLate: number,
  how: { readonly basis: InterestBasis; readonly rounding?: RoundingMode | undefined },
): Dec {
  const exact = amount.times(annualRate).times(daysLate);
  return roundMoney(how.basis === 'days/365' ? exact.dividedBy(365) : exact.dividedBy(7 * 52), how.rounding);
}

/** One computed payment (unchecked core of the steps). @internal */
export interface InterestRow {
  readonly p: { readonly amount: Dec; readonly dueDate: string; readonly paidDate: string };
  readonly found: ResolvedLateInterestRate | undefined;
  readonly daysLate: number;
  readonly annual: Dec;
  readonly interest: Dec;
}

/** The explanation steps of {@link lateBenefitInterest}: per payment GEN-4 and BEN-11, then the total. @internal */
export function interestSteps(rows: ReadonlyArray<InterestRow>, result: LateBenefitInterestResult, basis: InterestBasis): TraceStep[] {
  const steps: TraceStep[] = [];
  const divisor = basis === 'days/365' ? '/ 365' : '/ 7 / 52';
  rows.forEach((r, i) => {
    const n = i + 1;
    steps.push(
      step(
        'GEN-4',
        `Payment ${n}: days late = calendar days from the due date to the paid date (0 when paid on or before it)`,
        [textValue('Due date', r.p.dueDate, 'date'), textValue('Paid date', r.p.paidDate, 'date')],
        textValue(`Payment ${n} days late`, String(r.daysLate), 'number'),
      ),
    );
    if (r.found !== undefined) {
      steps.push(
        step(
          'BEN-11',
          `Payment ${n}: interest rate in force on the due date (${r.found.source})`,
          [textValue('Due date', r.p.dueDate, 'date')],
          rateValue(`Payment ${n} interest rate`, r.found.rate),
        ),
      );
    }
    steps.push(
      step(
        'BEN-11',
        `Payment ${n}: interest = amount x rate x days late ${divisor}, rounded to cents (library convention: simple interest)`,
        [
          moneyValue('Amount', formatMoney(r.p.amount)),
          rateValue('Annual rate', formatDecimal(r.annual), 'x'),
          textValue('Days late', `x ${r.daysLate} ${divisor}`, 'number'),
        ],
        moneyValue(`Payment ${n} interest`, formatMoney(r.interest)),
      ),
    );
  });
  steps.push(
    step(
      'BEN-11',
      "Total interest = sum of the payments' interest, each rounded to cents",
      result.payments.map((p, i) => moneyValue(`Payment ${i + 1} interest`, p.interest, i === 0 ? undefined : '+')),
      moneyValue('Total interest', result.total),
    ),
  );
  return steps;
}

/**
 * Interest on late benefit payments (Minn. Stat. § 176.221 subd. 7; BEN-11), as the WCRA's
 * "interest" calculator: interest runs on each payment from its due date to the date it is paid,
 * at the rate in force on the due date (Oseland v. Crow Wing County, Minn. 2019).
 *
 * DLI's own formulas and rate table are not public (they are not in the library's sources), so
 * this is the library's convention, not DLI's computation: simple interest, per payment,
 * interest = amount × rate × days late ÷ 365 (`basis: 'days/365'`, the default: calendar days,
 * ÷ 365 in leap years too) or amount × rate × (days late ÷ 7) ÷ 52 (`basis: 'weeks/52'`: the weeks
 * late are the days late ÷ 7, not rounded), each rounded to the cent (half-up by default,
 * `options.rounding`); `total` is the sum of those rounded amounts. Days late are calendar days
 * (GEN-4): paid on the due date or before is 0 days late, the day after 1.
 *
 * The rate is `input.rate` for every payment, or the rate in force on each payment's due date in
 * `options.rateTable`. No rate is built in (`LATE_INTEREST_RATE_TABLE` is empty). Interest is
 * not reimbursable by the WCRA (CLM-4).
 *
 * @param input - `{ payments: [{ amount, dueDate, paidDate }], rate? }`.
 * @param options - `{ explain?, rounding?, rateTable?, basis? }`.
 * @returns `{ payments: [{ daysLate, rate, interest }], total }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input, or `rate` together with
 *   `options.rateTable` (`conflict`); `UNKNOWN_PERIOD` for a due date without a rate (no `rate`,
 *   and no `rateTable` period covering it).
 *
 * @example
 * ```ts
 * import { lateBenefitInterest } from 'wcra-calc';
 * const payments = [
 *   { amount: '1000', dueDate: '2025-01-10', paidDate: '2025-03-11' },
 *   { amount: '850.50', dueDate: '2025-01-24', paidDate: '2025-02-07' },
 * ];
 * lateBenefitInterest({ payments, rate: '0.04' })
 * //=> { payments: [{ daysLate: 60, rate: '0.04', interest: '6.58' }, { daysLate: 14, rate: '0.04', interest: '1.30' }], total: '7.88' }
 * lateBenefitInterest({ payments, rate: '0.04' }, { basis: 'weeks/52' }).total //=> '7.90'
 * ```
 */
export function lateBenefitInterest(input: LateBenefitInterestInput, options?: LateBenefitInterestOptions): LateBenefitInterestResult {
  return lateBenefitInterestDefinition.run(input, options);
}

/** The definition of {@link lateBenefitInterest}. */
export const lateBenefitInterestDefinition = /* @__PURE__ */ defineCalculator({
  name: 'lateBenefitInterest',
  feature: 'benefits',
  summary: 'Simple interest on late benefit payments, per payment from its due date at the rate in force on it',
  rules: ['BEN-11', 'GEN-4'],
  uncitedRules: {},
  input: LateBenefitInterestInputSchema,
  options: LateBenefitInterestOptionsSchema,
  example: {
    payments: [
      { amount: '1000', dueDate: '2025-01-10', paidDate: '2025-03-11' },
      { amount: '850.50', dueDate: '2025-01-24', paidDate: '2025-02-07' },
    ],
    rate: '0.04',
  },
  explains: true,
  compute: (v, opts): LateBenefitInterestResult => {
    if (v.rate !== undefined && opts.rateTable !== undefined) {
      throw invalidInput([issue(['rate'], 'conflict', MESSAGES.conflict(`rate ${formatDecimal(v.rate)}`, 'options.rateTable'))]);
    }
    const basis = opts.basis ?? 'days/365';
    const rows: InterestRow[] = v.payments.map((p) => {
      const daysLate = calendarDaysLate(p.dueDate, p.paidDate); // RULES: GEN-4
      const found = v.rate === undefined ? lookupLateInterestRate(p.dueDate, opts.rateTable) : undefined; // RULES: BEN-11
      const annual = v.rate ?? toDecimal(found?.rate ?? 0);
      const interest = simpleInterest(p.amount, annual, daysLate, { basis, rounding: opts.rounding }); // RULES: BEN-11
      return { p, found, daysLate, annual, interest };
    });
    const total = rows.reduce((s, r) => s.plus(r.interest), toDecimal(0));
    const result: LateBenefitInterestResult = {
      payments: rows.map((r) => ({ daysLate: r.daysLate, rate: formatDecimal(r.annual), interest: formatMoney(r.interest) })),
      total: formatMoney(total),
    };
    return withSteps(result, opts.explain, () => interestSteps(rows, result, basis));
  },
});
