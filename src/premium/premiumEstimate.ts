import * as z from 'zod/mini';
import { type DecimalLike, formatDecimal, formatMoney, type Money, type MoneyLike, roundMoney } from '../core/money.js';
import { decimalLike, type ExplainOption, explainOptionShape, money, oneOf, year } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { MEMBER_TYPES, type MemberType, type RetentionLevel } from '../rules/levels.js';
import { levelsOffered, lookupRate, type RateTableInput, RateTableSchema } from '../rules/rates.js';
import { step } from '../rules/step.js';
import { computeReinsurancePremium, type ReinsurancePremiumResult } from './reinsurancePremium.js';

/** Input schema of {@link premiumEstimate}. */
export const PremiumEstimateInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    coverageYear: year(),
    totalPurePremium: money({ nonNegative: true, noun: 'a total pure premium' }),
    exposureAdjustmentFactor: decimalLike({ nonNegative: true, max: 100, noun: 'an exposure adjustment factor' }),
    memberType: oneOf(MEMBER_TYPES),
  }))();

/** Input of {@link premiumEstimate}. */
export interface PremiumEstimateInput {
  /** The coverage year Y whose premium is estimated (its rates must be known, PRM-2). */
  readonly coverageYear: number;
  /** The member's total pure premium of the base year Y − 2, a non-negative amount of money. */
  readonly totalPurePremium: MoneyLike;
  /**
   * The WCRA's exposure adjustment factor for Y (projected exposure for Y ÷ total reported
   * exposure of Y − 2; `"1"` once premium is adjusted to actual), 0 to 100. Published by the WCRA
   * each year: not built in.
   */
  readonly exposureAdjustmentFactor: DecimalLike;
  /** `'insurer'` (no premium tax) or `'self-insurer'` (2% Minnesota premium tax added, PRM-6). */
  readonly memberType: MemberType;
}

/** Options schema of {@link premiumEstimate}. */
export const PremiumEstimateOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ ...explainOptionShape, rateTable: z.optional(RateTableSchema) }))();

/** Options of {@link premiumEstimate}. */
export interface PremiumEstimateOptions extends ExplainOption {
  /** Your own rates for years the built-in table lacks (or to override it for a year). */
  readonly rateTable?: RateTableInput;
}

/** The estimated premium at one retention level. */
export interface PremiumEstimateLevel {
  /** The retention level. */
  readonly level: RetentionLevel;
  /** Its published reinsurance rate for the year, a fraction (`"0.0755"`). */
  readonly rate: string;
  /** exposureBase × rate, rounded to cents half-up (PRM-1). */
  readonly premium: Money;
  /** premium × 2% for self-insurers, `"0.00"` for insurers (PRM-6). */
  readonly tax: Money;
  /** premium + tax. */
  readonly total: Money;
}

/** Result of {@link premiumEstimate}: money as two-decimal strings, rates as decimal strings. */
export interface PremiumEstimateResult extends Explained {
  /** totalPurePremium × exposureAdjustmentFactor, rounded to cents half-up (BEN-10). */
  readonly exposureBase: Money;
  /** One entry per level offered in the coverage year, lowest limit first (jumbo from 2018). */
  readonly levels: ReadonlyArray<PremiumEstimateLevel>;
}

/**
 * The WCRA's PremCalc estimate (BEN-10): the estimated exposure base for a coverage year and the
 * estimated premium at every retention level offered that year.
 *
 * exposureBase = total pure premium of the base year (Y − 2) × the WCRA's exposure adjustment
 * factor for Y, rounded to cents half-up (GEN-1; convention: the premium is computed on the
 * rounded base, as an invoice would be). Then, for each level offered in Y, the premium is
 * exactly {@link reinsurancePremium} of that exposure base at that level (PRM-1, PRM-2, PRM-6):
 * premium = exposure base × the level's published rate, rounded half-up; tax = premium × 2% for
 * self-insurers (0 for insurers), rounded half-up; total = premium + tax. The factor is published
 * by the WCRA each year and is not built in.
 *
 * @param input - `{ coverageYear, totalPurePremium, exposureAdjustmentFactor, memberType }`.
 * @param options - `{ explain?, rateTable? }`.
 * @returns `{ exposureBase, levels: [{ level, rate, premium, tax, total }] }`.
 * @throws {@link WcraError} `INVALID_INPUT` for bad input; `UNKNOWN_YEAR` for a coverage year
 *   without published rates and no `rateTable` entry for it.
 *
 * @example
 * ```ts
 * import { premiumEstimate } from 'wcra-calc';
 * const r = premiumEstimate({ coverageYear: 2025, totalPurePremium: '2000000', exposureAdjustmentFactor: '1.05', memberType: 'self-insurer' });
 * r.exposureBase //=> '2100000.00'
 * r.levels[0] //=> { level: 'low', rate: '0.0755', premium: '158550.00', tax: '3171.00', total: '161721.00' }
 * r.levels.map((l) => l.level) //=> ['low', 'high', 'super', 'jumbo']
 * ```
 */
export function premiumEstimate(input: PremiumEstimateInput, options?: PremiumEstimateOptions): PremiumEstimateResult {
  return premiumEstimateDefinition.run(input, options);
}

/** The definition of {@link premiumEstimate}. */
export const premiumEstimateDefinition = /* @__PURE__ */ defineCalculator({
  name: 'premiumEstimate',
  feature: 'premium',
  summary: 'PremCalc: estimated exposure base and the estimated premium at every retention level offered in a coverage year',
  rules: ['BEN-10', 'PRM-1', 'PRM-2', 'PRM-6'],
  uncitedRules: {},
  input: PremiumEstimateInputSchema,
  options: PremiumEstimateOptionsSchema,
  example: { coverageYear: 2025, totalPurePremium: '2000000', exposureAdjustmentFactor: '1.05', memberType: 'self-insurer' },
  explains: true,
  compute: (v, opts): PremiumEstimateResult => {
    const yr = v.coverageYear;
    const levels = levelsOffered(yr, opts.rateTable); // RULES: PRM-2
    if (levels.length === 0) lookupRate(yr, 'low', opts.rateTable); // UNKNOWN_YEAR, with its message
    const base = roundMoney(v.totalPurePremium.times(v.exposureAdjustmentFactor)); // RULES: BEN-10
    const exposureBase = formatMoney(base);
    // RULES: PRM-1, PRM-2, PRM-6 — the premium calculator's core on the values parsed here, level by level.
    const premiumOptions = { explain: opts.explain, rateTable: opts.rateTable };
    const premiums: Array<{ level: RetentionLevel; p: ReinsurancePremiumResult }> = levels.map((level) => ({
      level,
      p: computeReinsurancePremium({ exposure: base, year: yr, level, memberType: v.memberType }, premiumOptions),
    }));
    const result: PremiumEstimateResult = {
      exposureBase,
      levels: premiums.map(({ level, p }) => ({
        level,
        rate: p.rate,
        premium: p.premium,
        tax: p.tax,
        total: p.total,
      })),
    };
    return withSteps(result, opts.explain, () => {
      const steps: TraceStep[] = [
        step(
          'BEN-10',
          'Estimated exposure base = total pure premium of the base year (Y - 2) x exposure adjustment factor for Y, rounded to cents (half-up)',
          [
            moneyValue(`Total pure premium (${yr - 2})`, formatMoney(v.totalPurePremium)),
            textValue(`Exposure adjustment factor (${yr})`, `x ${formatDecimal(v.exposureAdjustmentFactor)}`, 'number'),
          ],
          moneyValue('Estimated exposure base', exposureBase),
        ),
      ];
      for (const { p } of premiums) steps.push(...(p.steps ?? []));
      return steps;
    });
  },
});
