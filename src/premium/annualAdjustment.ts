import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import {
  constantDecimal,
  type DecimalLike,
  formatDecimal,
  formatMoney,
  type Money,
  type MoneyLike,
  roundMoney,
  toDecimal,
} from '../core/money.js';
import { type RoundingMode, roundingWords } from '../core/rounding.js';
import { type ExplainOption, explainOptionShape, money, oneOf, type RoundingOption, rate, roundingOptionShape } from '../core/schema.js';
import { type Explained, moneyValue, rateValue, type TraceStep, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { MEMBER_TYPES, type MemberType } from '../rules/levels.js';
import { step } from '../rules/step.js';
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

/** How the premium tax of an adjustment is computed (PRM-6): see {@link AnnualAdjustmentOptions.adjustmentTax}. */
export const ADJUSTMENT_TAX_METHODS = /* @__PURE__ */ Object.freeze(['on-adjustment', 'true-up-to-actual'] as const);

/** A way of computing the premium tax of an adjustment: one of {@link ADJUSTMENT_TAX_METHODS}. */
export type AdjustmentTaxMethod = (typeof ADJUSTMENT_TAX_METHODS)[number];

/** Options schema of {@link annualAdjustment}. */
export const AnnualAdjustmentOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, ...roundingOptionShape, adjustmentTax: z.optional(oneOf(ADJUSTMENT_TAX_METHODS)) }))();

/** Options of {@link annualAdjustment}. */
export interface AnnualAdjustmentOptions extends ExplainOption, RoundingOption {
  /**
   * How the premium tax of the adjustment is computed (PRM-6). Default `'on-adjustment'`.
   *
   * - `'on-adjustment'`: tax = adjustment × taxRate, rounded to cents half-up (the tax is
   *   computed on the adjustment, as billed). Over the year the tax billed (estimate tax +
   *   adjustment tax) can then differ by a cent from the tax on the actual premium.
   * - `'true-up-to-actual'`: tax = round(actual × taxRate) − round(estimated × taxRate), so the
   *   estimate tax plus the adjustment tax is exactly the tax on the actual premium.
   *
   * Seed figures (self-insurer, 2%): estimated premium $207,900.00 (estimate tax $4,158.00),
   * actual premium $197,174.25. `'on-adjustment'`: adjustment −$10,725.75, tax −$214.52, year's
   * tax $3,943.48 against 2% of $197,174.25 = $3,943.49. `'true-up-to-actual'`: tax
   * $3,943.49 − $4,158.00 = −$214.51.
   */
  readonly adjustmentTax?: AdjustmentTaxMethod;
}

/** Whether the member owes more, gets a credit, or neither. */
export type AdjustmentKind = 'additional' | 'credit' | 'none';

/** Result of {@link annualAdjustment}. */
export interface AnnualAdjustmentResult extends Explained {
  /** actual − estimated premium, signed (positive: additional premium; negative: credit). */
  readonly adjustment: Money;
  /** `'additional'` (the member owes more), `'credit'` (it gets money back) or `'none'`. */
  readonly kind: AdjustmentKind;
  /** The premium tax rate applied to the adjustment. */
  readonly taxRate: string;
  /**
   * The premium tax of the adjustment (signed like it): adjustment × taxRate rounded to cents
   * half-up (`'on-adjustment'`, default), or round(actual × taxRate) − round(estimated × taxRate)
   * (`'true-up-to-actual'`).
   */
  readonly tax: Money;
  /** adjustment + tax. */
  readonly total: Money;
}

/** Adjustment, tax and total from exact inputs (unchecked core). @internal */
export function adjustmentCore(
  estimated: Dec,
  actual: Dec,
  taxRate: Dec,
  how: { readonly method?: AdjustmentTaxMethod | undefined; readonly rounding?: RoundingMode | undefined } = {},
): { adjustment: Dec; tax: Dec; total: Dec; kind: AdjustmentKind } {
  const mode = how.rounding ?? 'halfExpand';
  const adjustment = roundMoney(actual.minus(estimated), mode); // RULES: PRM-7
  const tax =
    (how.method ?? 'on-adjustment') === 'on-adjustment'
      ? roundMoney(adjustment.times(taxRate), mode) // RULES: PRM-6 — tax on the adjustment
      : roundMoney(actual.times(taxRate), mode).minus(roundMoney(estimated.times(taxRate), mode)); // RULES: PRM-6 — tax trued up to the actual premium
  const kind: AdjustmentKind = adjustment.isZero() ? 'none' : adjustment.isPositive() ? 'additional' : 'credit';
  return { adjustment, tax, total: adjustment.plus(tax), kind };
}

/** The PRM-6 steps of `'true-up-to-actual'`: tax on actual − tax on estimated, then the total. @internal */
function trueUpTaxSteps(
  premiums: { readonly estimated: Dec; readonly actual: Dec },
  taxRate: Dec,
  r: AnnualAdjustmentResult,
  rounding: RoundingMode = 'halfExpand',
): TraceStep[] {
  const { estimated, actual } = premiums;
  const rateText = formatDecimal(taxRate);
  const actualTax = formatMoney(roundMoney(actual.times(taxRate), rounding));
  const estimateTax = formatMoney(roundMoney(estimated.times(taxRate), rounding));
  return [
    step(
      'PRM-6',
      `Premium tax on the actual premium, rounded to cents (${roundingWords(rounding)})`,
      [moneyValue('Actual premium', formatMoney(actual)), rateValue('Premium tax rate', rateText, 'x')],
      moneyValue('Tax on actual premium', actualTax),
    ),
    step(
      'PRM-6',
      `Premium tax on the estimated premium, rounded to cents (${roundingWords(rounding)})`,
      [moneyValue('Estimated premium', formatMoney(estimated)), rateValue('Premium tax rate', rateText, 'x')],
      moneyValue('Tax on estimated premium', estimateTax),
    ),
    step(
      'PRM-6',
      'Adjustment tax = tax on actual premium - tax on estimated premium (trued up to the actual premium)',
      [moneyValue('Tax on actual premium', actualTax), moneyValue('Tax on estimated premium', estimateTax, '-')],
      moneyValue('Premium tax', r.tax),
    ),
    step(
      'PRM-6',
      'Total = amount + premium tax',
      [moneyValue('Annual adjustment', r.adjustment), moneyValue('Premium tax', r.tax, '+')],
      moneyValue('Total adjustment', r.total),
    ),
  ];
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
 * The tax (option `adjustmentTax`, PRM-6):
 * - `'on-adjustment'` (default): tax = adjustment × taxRate, rounded to cents half-up. Over the
 *   year the tax billed can differ by a cent from the tax on the actual premium: estimate tax
 *   $4,158.00 + adjustment tax −$214.52 = $3,943.48, against 2% of $197,174.25 = $3,943.49.
 * - `'true-up-to-actual'`: tax = round(actual × taxRate) − round(estimated × taxRate), so that
 *   the year's tax is exactly the tax on the actual premium: $3,943.49 − $4,158.00 = −$214.51.
 *
 * @param input - `{ estimatedPremium, actualPremium, memberType?, taxRate? }`.
 * @param options - `{ explain?, rounding?, adjustmentTax? }` (`'on-adjustment'` default, or
 *   `'true-up-to-actual'`; `rounding` a mode of `ROUNDING_MODES`, default `'halfExpand'`, for the
 *   adjustment and the tax).
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
 * // PRM-6: the tax on the adjustment, or trued up to the tax on the actual premium.
 * const year = { estimatedPremium: '207900', actualPremium: '197174.25', memberType: 'self-insurer' } as const;
 * annualAdjustment(year).tax //=> '-214.52'
 * annualAdjustment(year, { adjustmentTax: 'true-up-to-actual' }).tax //=> '-214.51'
 * ```
 */
export function annualAdjustment(input: AnnualAdjustmentInput, options?: AnnualAdjustmentOptions): AnnualAdjustmentResult {
  return annualAdjustmentDefinition.run(input, options);
}

/** The parsed input of {@link annualAdjustment}: what its schema gives the core. @internal */
export type ParsedAnnualAdjustmentInput = z.output<typeof AnnualAdjustmentInputSchema>;

/** The parsed options of {@link annualAdjustment}. @internal */
export type ParsedAnnualAdjustmentOptions = z.output<typeof AnnualAdjustmentOptionsSchema>;

/**
 * The unchecked core of {@link annualAdjustment}, on parsed values (a calculator that needs an
 * adjustment, e.g. `hybridTrueUp`, calls this on the values it has, never the checked function).
 * @internal
 */
export function computeAnnualAdjustment(v: ParsedAnnualAdjustmentInput, opts: ParsedAnnualAdjustmentOptions): AnnualAdjustmentResult {
  const taxRateDec = v.taxRate === undefined ? constantDecimal(defaultTaxRate(v.memberType ?? 'insurer')) : toDecimal(v.taxRate);
  const estimated = toDecimal(v.estimatedPremium);
  const actual = toDecimal(v.actualPremium);
  const method = opts.adjustmentTax ?? 'on-adjustment';
  const { adjustment, tax, total, kind } = adjustmentCore(estimated, actual, taxRateDec, { method, rounding: opts.rounding });
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
    if (taxRateDec.isZero()) return steps;
    if (method === 'on-adjustment') steps.push(...taxSteps('Annual adjustment', result, 'Total adjustment', opts.rounding));
    else steps.push(...trueUpTaxSteps({ estimated, actual }, taxRateDec, result, opts.rounding));
    return steps;
  });
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
  compute: computeAnnualAdjustment,
});
