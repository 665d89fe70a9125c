import * as z from 'zod/mini';
import { formatMoney, type Money, type MoneyLike, roundMoney, toDecimal } from '../core/money.js';
import { type ExplainOption, explainOptionShape, isoDate, money, type RoundingOption, roundingOptionShape } from '../core/schema.js';
import { type Explained, moneyValue, textValue, withSteps } from '../core/trace.js';
import { lookupMaxMin, type MaxMinTableInput, MaxMinTableSchema, ttdMaxWeeks } from '../rules/benefits.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Input schema of {@link ttdRate}. */
export const TtdRateInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({ injuryDate: isoDate(), weeklyWage: money({ nonNegative: true }) }))();

/** Input of {@link ttdRate}. */
export interface TtdRateInput {
  /** The date of injury (`YYYY-MM-DD`): it picks the maximum, minimum and duration cap (BEN-1). */
  readonly injuryDate: string;
  /** The employee's weekly wage at the time of injury, a non-negative amount of money. */
  readonly weeklyWage: MoneyLike;
}

/** Options schema of {@link ttdRate}. */
export const TtdRateOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, ...roundingOptionShape, maxMinTable: z.optional(MaxMinTableSchema) }))();

/** Options of {@link ttdRate}. */
export interface TtdRateOptions extends ExplainOption, RoundingOption {
  /** Your own `[{ from, to, maximum, minimum, source? }]` periods, checked before the built-in table. */
  readonly maxMinTable?: MaxMinTableInput;
}

/** Result of {@link ttdRate}: money as two-decimal strings. */
export interface TtdRateResult extends Explained {
  /** The weekly wage at the time of injury (echoed, to the cent). */
  readonly weeklyWage: Money;
  /** The weekly TTD rate payable. */
  readonly weeklyRate: Money;
  /** The maximum weekly rate in force on the injury date. */
  readonly maximum: Money;
  /** The table's minimum weekly rate in force on the injury date. */
  readonly minimum: Money;
  /** Which limit bound the rate: `'maximum'`, `'minimum'`, `'actual-wage'` (wage below the minimum), or `null`. */
  readonly limitedBy: 'maximum' | 'minimum' | 'actual-wage' | null;
  /** The TTD duration cap in weeks (104 or 130), `null` for injuries before 1995-10-01. */
  readonly maxWeeks: number | null;
}

/**
 * The weekly temporary total disability (TTD) rate (BEN-1).
 *
 * rate = 2/3 × weekly wage, rounded to cents (half-up by default, `options.rounding`), then
 * limited to the maximum in force on the injury date and raised to the minimum, but never
 * above the employee's actual weekly wage (then `limitedBy: 'actual-wage'`). The duration cap is
 * 104 weeks for injuries 1995-10-01–2008-09-30 and 130 weeks from 2008-10-01.
 *
 * @param input - `{ injuryDate, weeklyWage }`.
 * @param options - `{ explain?, rounding?, maxMinTable? }`.
 * @returns `{ weeklyWage, weeklyRate, maximum, minimum, limitedBy, maxWeeks }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input; `UNKNOWN_PERIOD` for an injury date
 *   the built-in table lacks (before 2000-10-01, 2014-10-01–2018-09-30, 2020-10-01–2022-09-30,
 *   from 2026-10-01) and no `maxMinTable` covering it.
 *
 * @example
 * ```ts
 * import { ttdRate } from 'wcra-calc';
 * ttdRate({ injuryDate: '2024-11-15', weeklyWage: '1200' })
 * //=> { weeklyWage: '1200.00', weeklyRate: '800.00', maximum: '1481.76', minimum: '296.35', limitedBy: null, maxWeeks: 130 }
 * ```
 */
export function ttdRate(input: TtdRateInput, options?: TtdRateOptions): TtdRateResult {
  return ttdRateDefinition.run(input, options);
}

/** The definition of {@link ttdRate}. */
export const ttdRateDefinition = /* @__PURE__ */ defineCalculator({
  name: 'ttdRate',
  feature: 'benefits',
  summary: 'Weekly TTD rate with the maximum and minimum for the injury date and the duration cap',
  rules: ['BEN-1'],
  uncitedRules: {},
  input: TtdRateInputSchema,
  options: TtdRateOptionsSchema,
  example: { injuryDate: '2024-11-15', weeklyWage: '1200' },
  explains: true,
  compute: (v, opts): TtdRateResult => {
    const mm = lookupMaxMin(v.injuryDate, opts.maxMinTable); // RULES: BEN-1
    const max = toDecimal(mm.maximum);
    const min = toDecimal(mm.minimum);
    const twoThirds = roundMoney(v.weeklyWage.times(2).dividedBy(3), opts.rounding); // RULES: BEN-1
    let rate = twoThirds;
    let limitedBy: TtdRateResult['limitedBy'] = null;
    if (twoThirds.greaterThan(max)) [rate, limitedBy] = [max, 'maximum'];
    else if (twoThirds.lessThan(min)) {
      if (v.weeklyWage.lessThan(min)) [rate, limitedBy] = [v.weeklyWage, 'actual-wage'];
      else [rate, limitedBy] = [min, 'minimum'];
    }
    const result: TtdRateResult = {
      weeklyWage: formatMoney(v.weeklyWage),
      weeklyRate: formatMoney(rate),
      maximum: formatMoney(max),
      minimum: formatMoney(min),
      limitedBy,
      maxWeeks: ttdMaxWeeks(v.injuryDate),
    };
    return withSteps(result, opts.explain, () => [
      step(
        'BEN-1',
        `Maximum and minimum in force on the injury date (${mm.source})`,
        [textValue('Date of injury', v.injuryDate, 'date')],
        textValue('Maximum / minimum', `${result.maximum} / ${result.minimum}`),
      ),
      step(
        'BEN-1',
        'TTD rate = 2/3 x weekly wage, rounded to cents, within the maximum and minimum (never above the actual wage)',
        [moneyValue('Weekly wage', result.weeklyWage), moneyValue('Maximum', result.maximum), moneyValue('Minimum', result.minimum)],
        moneyValue('Weekly TTD rate', result.weeklyRate),
      ),
    ]);
  },
});
