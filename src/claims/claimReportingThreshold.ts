import * as z from 'zod/mini';
import { centsToMoney, constantDecimal, decimalToCents, formatMoney, type Money, type MoneyLike } from '../core/money.js';
import { cents, type ExplainOption, ExplainOptionsSchema } from '../core/schema.js';
import { displayDollars, displayRate, type Explained, moneyValue, rateValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { REPORTING_SHARE_OF_RETENTION, REPORTING_THRESHOLD_CAP_FIGURE } from '../rules/figures.js';
import { step } from '../rules/step.js';

/** The fixed cap of the reporting threshold: $1,000,000 (CLM-7). */
export const REPORTING_THRESHOLD_CAP: string = /* @__PURE__ */ (() => formatMoney(constantDecimal(REPORTING_THRESHOLD_CAP_FIGURE.value)))();
const CAP_CENTS: number = /* @__PURE__ */ (() => decimalToCents(constantDecimal(REPORTING_THRESHOLD_CAP_FIGURE.value)))();
/** 1 ÷ CLM-7's share of the retention (2 for 50%): the share is a unit fraction, so whole cents ÷ it, floored, is exact. */
const SHARE_DIVISOR: number = /* @__PURE__ */ (() => constantDecimal('1').div(REPORTING_SHARE_OF_RETENTION.value).toNumber())();

/** Input schema of {@link claimReportingThreshold}. */
export const ClaimReportingThresholdInputSchema = /* @__PURE__ */ (() => z.strictObject({ retention: cents() }))();

/** Input of {@link claimReportingThreshold}. */
export interface ClaimReportingThresholdInput {
  /** The retention in force at the date of injury (RET-4), whole cents, not negative. */
  readonly retention: MoneyLike;
}

/** Options schema of {@link claimReportingThreshold}. */
export const ClaimReportingThresholdOptionsSchema = ExplainOptionsSchema;

/** Options of {@link claimReportingThreshold}. */
export type ClaimReportingThresholdOptions = ExplainOption;

/** Result of {@link claimReportingThreshold}. */
export interface ClaimReportingThresholdResult extends Explained {
  /** min(50% × retention, 1,000,000): a claim whose incurred total exceeds it must be reported. */
  readonly threshold: Money;
}

/**
 * CLM-7's threshold in words, from the figures: `min(50% of <share>, $1,000,000)`, where `share`
 * names what the percentage is taken of (`'retention'`, `'the retention'`, …). @internal
 */
export function thresholdFormula(share: string): string {
  return `min(${displayRate(REPORTING_SHARE_OF_RETENTION.value)} of ${share}, ${displayDollars(REPORTING_THRESHOLD_CAP_FIGURE.value)})`;
}

/** The threshold in integer cents (unchecked core). @internal */
export function thresholdCents(retention: number): number {
  // The share is one half (a unit fraction): dividing the whole cents by 2 and flooring is exact.
  const half = Math.floor(retention / SHARE_DIVISOR);
  return half < CAP_CENTS ? half : CAP_CENTS; // RULES: CLM-7
}

/**
 * The incurred amount above which a claim must be reported to the WCRA (CLM-7):
 * min(50% × the applicable retention, $1,000,000).
 *
 * Convention: 50% of an odd number of cents is floored to the cent. For whole-cent incurred
 * amounts, "incurred > floored threshold" is exactly the same test as "incurred > 50% ×
 * retention", so the floor never changes whether a claim must be reported.
 *
 * @param input - `{ retention }`: the retention in force at the date of injury (RET-4).
 * @param options - `{ explain? }`.
 * @returns `{ threshold }`.
 * @throws {@link WcraError} `INVALID_INPUT` for a negative retention or one with fractions of a cent.
 *
 * @example
 * ```ts
 * import { claimReportingThreshold } from 'wcra-calc';
 * claimReportingThreshold({ retention: '500000' }) //=> { threshold: '250000.00' }
 * claimReportingThreshold({ retention: '5000000' }) //=> { threshold: '1000000.00' }
 * ```
 */
export function claimReportingThreshold(
  input: ClaimReportingThresholdInput,
  options?: ClaimReportingThresholdOptions,
): ClaimReportingThresholdResult {
  return claimReportingThresholdDefinition.run(input, options);
}

/** The definition of {@link claimReportingThreshold}. */
export const claimReportingThresholdDefinition = /* @__PURE__ */ defineCalculator({
  name: 'claimReportingThreshold',
  feature: 'claims',
  summary: 'Incurred amount above which a claim must be reported: min(50% of the retention, $1,000,000)',
  rules: ['CLM-7'],
  uncitedRules: {},
  input: ClaimReportingThresholdInputSchema,
  options: ClaimReportingThresholdOptionsSchema,
  example: { retention: '500000' },
  explains: true,
  compute: (v, opts): ClaimReportingThresholdResult => {
    const retention = v.retention;
    const result: ClaimReportingThresholdResult = { threshold: centsToMoney(thresholdCents(retention)) };
    return withSteps(result, opts.explain, () => [
      step(
        'CLM-7',
        `Threshold = ${thresholdFormula('retention floored to the cent')}`,
        [
          moneyValue('Retention', centsToMoney(retention)),
          rateValue('Share of retention', REPORTING_SHARE_OF_RETENTION.value, 'x'),
          moneyValue('Cap', REPORTING_THRESHOLD_CAP, 'min'),
        ],
        moneyValue('Reporting threshold', result.threshold),
      ),
    ]);
  },
});
