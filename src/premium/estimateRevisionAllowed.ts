import * as z from 'zod/mini';
import type { Dec } from '../core/decimal.js';
import { formatDecimal, formatMoney, type MoneyLike, roundTo, toDecimal } from '../core/money.js';
import { type ExplainOption, explainOptionShape, money } from '../core/schema.js';
import { type Explained, moneyValue, rateValue, textValue, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { ESTIMATE_REVISION_THRESHOLD } from '../rules/premium.js';
import { step } from '../rules/step.js';

/** Input schema of {@link estimateRevisionAllowed}. */
export const EstimateRevisionAllowedInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    estimate: money({ nonNegative: true }),
    revised: money({ nonNegative: true }),
  }))();

/** Input of {@link estimateRevisionAllowed}. */
export interface EstimateRevisionAllowedInput {
  /** The member's current estimate (an exposure or a premium), a non-negative amount of money. */
  readonly estimate: MoneyLike;
  /** The revised figure asked for, on the same footing as `estimate`, a non-negative amount. */
  readonly revised: MoneyLike;
}

/** Options schema of {@link estimateRevisionAllowed}. */
export const EstimateRevisionAllowedOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link estimateRevisionAllowed}. */
export interface EstimateRevisionAllowedOptions extends ExplainOption {}

/** Result of {@link estimateRevisionAllowed}. */
export interface EstimateRevisionAllowedResult extends Explained {
  /** True when |revised − estimate| ≥ 15% of the estimate (exactly 15% is allowed). */
  readonly allowed: boolean;
  /**
   * (revised − estimate) ÷ estimate, signed (`"-0.2"` is 20% down), truncated toward zero to
   * 10 decimal places; `null` when the estimate is zero (no relative change exists).
   */
  readonly change: string | null;
}

/** Decimal places `change` is given with (truncated toward zero). */
const CHANGE_PLACES = 10;

/** The threshold as a percentage for the worksheet (`"15"`). */
function thresholdPercent(): string {
  return formatDecimal(toDecimal(ESTIMATE_REVISION_THRESHOLD.value).times(100));
}

/** Whether a revision is allowed, from exact inputs (unchecked core). @internal */
export function revisionCore(estimate: Dec, revised: Dec): { allowed: boolean; change: Dec | null } {
  const diff = revised.minus(estimate);
  if (estimate.isZero()) return { allowed: !diff.isZero(), change: null };
  // RULES: PRM-5 — compared exactly, without dividing: |revised − estimate| ≥ 0.15 × estimate.
  const allowed = diff.abs().gte(estimate.times(ESTIMATE_REVISION_THRESHOLD.value));
  return { allowed, change: roundTo(diff.div(estimate), CHANGE_PLACES, 'trunc') };
}

/**
 * Whether a member may have its estimate revised (PRM-5): only when the revised figure differs
 * from the estimate by at least 15% of the estimate, up or down. Exactly 15% is allowed.
 *
 * The test is exact and does not divide: |revised − estimate| ≥ 0.15 × estimate. `change` is
 * (revised − estimate) ÷ estimate, signed, truncated toward zero to 10 decimal places (trailing
 * zeros dropped), so comparing |change| with 0.15 always gives the same answer as `allowed`.
 * Pass both figures on the same footing (both exposures or both premiums); the ratio is the same.
 *
 * Convention (estimate zero): no relative change exists, so `change` is `null`; any revision
 * above zero is allowed (it differs by more than any percentage of nothing), and a revised
 * figure of zero is not a revision (`allowed: false`).
 *
 * @param input - `{ estimate, revised }`, non-negative amounts.
 * @param options - `{ explain? }`.
 * @returns `{ allowed, change }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for bad input.
 *
 * @example
 * ```ts
 * import { estimateRevisionAllowed } from 'wcra-calc';
 * estimateRevisionAllowed({ estimate: '954000', revised: '810900' }) //=> { allowed: true, change: '-0.15' }
 * estimateRevisionAllowed({ estimate: '954000', revised: '1033500' }) //=> { allowed: false, change: '0.0833333333' }
 * estimateRevisionAllowed({ estimate: '0', revised: '100' }) //=> { allowed: true, change: null }
 * ```
 */
export function estimateRevisionAllowed(
  input: EstimateRevisionAllowedInput,
  options?: EstimateRevisionAllowedOptions,
): EstimateRevisionAllowedResult {
  return estimateRevisionAllowedDefinition.run(input, options);
}

/** The definition of {@link estimateRevisionAllowed}: name, rules, schemas, example. */
export const estimateRevisionAllowedDefinition = /* @__PURE__ */ defineCalculator({
  name: 'estimateRevisionAllowed',
  feature: 'premium',
  summary: 'Whether an estimate may be revised: a change of at least 15%, up or down',
  rules: ['PRM-5'],
  uncitedRules: {},
  input: EstimateRevisionAllowedInputSchema,
  options: EstimateRevisionAllowedOptionsSchema,
  example: { estimate: '954000', revised: '810900' },
  explains: true,
  compute: (v, opts): EstimateRevisionAllowedResult => {
    const { estimate, revised } = v;
    const { allowed, change } = revisionCore(estimate, revised);
    const result: EstimateRevisionAllowedResult = { allowed, change: change === null ? null : formatDecimal(change) };
    return withSteps(result, opts.explain, () => [
      step(
        'PRM-5',
        'Change = (revised - estimate) / estimate, truncated to 10 decimal places',
        [moneyValue('Revised figure', formatMoney(revised)), moneyValue('Less estimate', formatMoney(estimate), '-')],
        result.change === null ? textValue('Change', 'none (the estimate is zero)') : rateValue('Change', result.change),
      ),
      step(
        'PRM-5',
        `A revision is allowed when |revised - estimate| >= ${thresholdPercent()}% of the estimate`,
        [
          moneyValue('Difference |revised - estimate|', formatMoney(revised.minus(estimate).abs())),
          moneyValue(`${thresholdPercent()}% of the estimate`, formatMoney(estimate.times(ESTIMATE_REVISION_THRESHOLD.value))),
        ],
        textValue('Revision allowed', allowed ? 'yes' : 'no'),
      ),
    ]);
  },
});
