import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { type DecimalLike, formatDecimal, formatMoney, type MoneyLike, roundMoney, toDecimal } from '../core/money.js';
import { type ExplainOption, explainOptionShape, money, oneOf, rate } from '../core/schema.js';
import { type Explained, moneyValue, step, type TraceStep, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { MEMBER_TYPES, type MemberType } from '../rules/levels.js';
import { defaultTaxRate, taxSteps } from './reinsurancePremium.js';

/** Input schema of {@link annualAdjustment}. */
export const AnnualAdjustmentInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    estimatedPremium: money({ nonNegative: true }),
    actualPremium: money({ nonNegative: true }),
    memberType: z.optional(oneOf(MEMBER_TYPES)),
    taxRate: z.optional(rate('a tax rate')),
  }))();

/** Input of {@link annualAdjustment}. */
export interface AnnualAdjustmentInput {
  /** The estimated premium billed for the year (before tax), a non-negative amount of money. */
  readonly estimatedPremium: MoneyLike;
  /** The actual premium from the actual exposure (before tax), a non-negative amount of money. */
  readonly actualPremium: MoneyLike;
  /** `'insurer'` (default, no tax) or `'self-insurer'` (2% premium tax, PRM-6). */
  readonly memberType?: MemberType;
  /** The premium tax rate as a fraction (default `"0.02"` for self-insurers, `"0"` for insurers). */
  readonly taxRate?: DecimalLike;
}

/** Options schema of {@link annualAdjustment}. */
export const AnnualAdjustmentOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link annualAdjustment}. */
export interface AnnualAdjustmentOptions extends ExplainOption {}

/** Whether the member owes more, gets a credit, or neither. */
export type AdjustmentKind = 'additional' | 'credit' | 'none';

/** Result of {@link annualAdjustment}. */
export interface AnnualAdjustmentResult extends Explained {
  /** actual − estimated premium, signed (positive: additional premium; negative: credit). */
  readonly adjustment: string;
  /** `'additional'` (the member owes more), `'credit'` (it gets money back) or `'none'`. */
  readonly kind: AdjustmentKind;
  /** The premium tax rate applied to the adjustment. */
  readonly taxRate: string;
  /** adjustment × taxRate, rounded to cents half-up (signed like the adjustment). */
  readonly tax: string;
  /** adjustment + tax. */
  readonly total: string;
}

/** Adjustment, tax and total from exact inputs (unchecked core). @internal */
export function adjustmentCore(estimated: Dec, actual: Dec, taxRate: Dec): { adjustment: Dec; tax: Dec; total: Dec; kind: AdjustmentKind } {
  const adjustment = roundMoney(actual.minus(estimated)); // RULES: PRM-7
  const tax = roundMoney(adjustment.times(taxRate)); // RULES: PRM-6
  const kind: AdjustmentKind = adjustment.isZero() ? 'none' : adjustment.isPositive() ? 'additional' : 'credit';
  return { adjustment, tax, total: adjustment.plus(tax), kind };
}

/**
 * The annual premium adjustment for a coverage year (PRM-7, PRM-6): actual premium − estimated
 * premium, computed once the actual exposure is known (May–July of the following year, billed in
 * August).
 *
 * adjustment = actual − estimated (signed, to the cent: half-up if the inputs carry fractions of
 * a cent); `kind` is `'additional'` when positive, `'credit'` when negative, `'none'` at zero.
 * Self-insurers pay Minnesota premium tax on every WCRA charge, so the adjustment carries tax at
 * `taxRate` (default `"0.02"` for self-insurers, `"0"` for insurers; `memberType` defaults to
 * `'insurer'`); tax on a credit is a credit too. total = adjustment + tax.
 *
 * @param input - `{ estimatedPremium, actualPremium, memberType?, taxRate? }`.
 * @param options - `{ explain? }`.
 * @returns `{ adjustment, kind, taxRate, tax, total }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input.
 *
 * @example
 * ```ts
 * import { annualAdjustment } from 'wcra-calc';
 * // Seed 002, Calculation 3 (billed August 2023).
 * annualAdjustment({ estimatedPremium: '954000', actualPremium: '1033500' })
 * //=> { adjustment: '79500.00', kind: 'additional', taxRate: '0', tax: '0.00', total: '79500.00' }
 * annualAdjustment({ estimatedPremium: '1000', actualPremium: '900', memberType: 'self-insurer' }).total //=> '-102.00'
 * ```
 */
export function annualAdjustment(input: AnnualAdjustmentInput, options?: AnnualAdjustmentOptions): AnnualAdjustmentResult {
  return annualAdjustmentDefinition.run(input, options);
}

/** The definition of {@link annualAdjustment}: name, rules, schemas, example. */
export const annualAdjustmentDefinition = /* @__PURE__ */ defineCalculator({
  name: 'annualAdjustment',
  feature: 'premium',
  summary: 'Annual adjustment = actual premium - estimated premium, with tax for self-insurers',
  rules: ['PRM-7', 'PRM-6'],
  uncitedRules: {},
  input: AnnualAdjustmentInputSchema,
  options: AnnualAdjustmentOptionsSchema,
  example: { estimatedPremium: '954000', actualPremium: '1033500', memberType: 'self-insurer' },
  explains: true,
  compute: (v, opts): AnnualAdjustmentResult => {
    const taxRateDec = toDecimal(v.taxRate ?? defaultTaxRate(v.memberType ?? 'insurer'));
    const estimated = toDecimal(v.estimatedPremium);
    const actual = toDecimal(v.actualPremium);
    const { adjustment, tax, total, kind } = adjustmentCore(estimated, actual, taxRateDec);
    const result: AnnualAdjustmentResult = {
      adjustment: formatMoney(adjustment),
      kind,
      taxRate: formatDecimal(taxRateDec),
      tax: formatMoney(tax),
      total: formatMoney(total),
    };
    return withSteps(result, opts.explain, () => {
      const steps: TraceStep[] = [
        step(
          'PRM-7',
          'Annual adjustment = actual premium - estimated premium',
          [moneyValue('Actual premium', formatMoney(actual)), moneyValue('Less estimated premium', formatMoney(estimated), '-')],
          moneyValue('Annual adjustment', result.adjustment),
        ),
      ];
      if (!taxRateDec.isZero()) steps.push(...taxSteps('Annual adjustment', result, 'Total adjustment'));
      return steps;
    });
  },
});
