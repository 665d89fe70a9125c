import * as z from 'zod/mini';
import type { Money, MoneyLike } from '../core/money.js';
import { centsToMoney } from '../core/money.js';
import { cents, type ExplainOption, explainOptionShape } from '../core/schema.js';
import { type Explained, moneyValue, type TraceStep, withSteps } from '../core/trace.js';
import { defineCalculator } from '../rules/define.js';
import { step } from '../rules/step.js';

/** Input schema of {@link splitLoss}. */
export const SplitLossInputSchema = /* @__PURE__ */ (() => z.strictObject({ loss: cents(), splitPoint: cents() }))();

/** Input of {@link splitLoss}. */
export interface SplitLossInput {
  /** The (limited) loss of one claim, a non-negative amount in whole cents. */
  readonly loss: MoneyLike;
  /** The rating year's split point (published by the rating bureau), a non-negative amount in whole cents. */
  readonly splitPoint: MoneyLike;
}

/** Options schema of {@link splitLoss}. */
export const SplitLossOptionsSchema = /* @__PURE__ */ (() => z.strictObject({ ...explainOptionShape }))();

/** Options of {@link splitLoss}. */
export interface SplitLossOptions extends ExplainOption {}

/** Result of {@link splitLoss}. */
export interface SplitLossResult extends Explained {
  /** min(loss, splitPoint). */
  readonly primary: Money;
  /** loss − primary; primary + excess = loss exactly. */
  readonly excess: Money;
}

/** Primary and excess in integer cents (unchecked core, for batches). @internal */
export function splitLossCents(loss: number, splitPoint: number): { primary: number; excess: number } {
  const primary = Math.min(loss, splitPoint); // RULES: SI-7
  return { primary, excess: loss - primary };
}

/**
 * Splits one loss into its primary and excess parts for the experience mod (SI-7):
 * primary = min(loss, splitPoint), excess = loss − primary. Apply it per loss (per claim) and
 * sum the parts into `actualPrimary` and `actualExcess` of `experienceMod`.
 *
 * The split point is published yearly by the rating bureau: the caller supplies it. Amounts are
 * whole cents and the parts add up exactly to the loss (GEN-3); the computation uses integer
 * cents, so it is cheap in batches.
 *
 * @param input - `{ loss, splitPoint }`, non-negative amounts in whole cents.
 * @param options - `{ explain? }`.
 * @returns `{ primary, excess }` (and `steps` with `explain`).
 * @throws {@link WcraError} `INVALID_INPUT` for a negative amount, fractions of a cent, or a
 *   value that is not an amount.
 *
 * @example
 * ```ts
 * import { splitLoss } from 'wcra-calc';
 * splitLoss({ loss: '42000', splitPoint: '18500' }) //=> { primary: '18500.00', excess: '23500.00' }
 * splitLoss({ loss: '9000', splitPoint: '18500' }) //=> { primary: '9000.00', excess: '0.00' }
 * ```
 */
export function splitLoss(input: SplitLossInput, options?: SplitLossOptions): SplitLossResult {
  return splitLossDefinition.run(input, options);
}

/** The SI-7 steps of one split. @internal */
export function splitLossSteps(loss: number, split: number, r: SplitLossResult): TraceStep[] {
  return [
    step(
      'SI-7',
      'Primary loss = min(loss, split point)',
      [moneyValue('Loss', centsToMoney(loss)), moneyValue('Split point', centsToMoney(split), 'min')],
      moneyValue('Primary loss', r.primary),
    ),
    step(
      'SI-7',
      'Excess loss = loss - primary loss',
      [moneyValue('Loss', centsToMoney(loss)), moneyValue('Primary loss', r.primary, '-')],
      moneyValue('Excess loss', r.excess),
    ),
  ];
}

/** The definition of {@link splitLoss}: name, rules, schemas, example. */
export const splitLossDefinition = /* @__PURE__ */ defineCalculator({
  name: 'splitLoss',
  feature: 'self-insurers',
  summary: 'One loss split into its primary and excess parts at the split point',
  rules: ['SI-7'],
  uncitedRules: {},
  input: SplitLossInputSchema,
  options: SplitLossOptionsSchema,
  example: { loss: '42000', splitPoint: '18500' },
  explains: true,
  compute: (v, opts): SplitLossResult => {
    const { primary, excess } = splitLossCents(v.loss, v.splitPoint);
    const result: SplitLossResult = { primary: centsToMoney(primary), excess: centsToMoney(excess) };
    return withSteps(result, opts.explain, () => splitLossSteps(v.loss, v.splitPoint, result));
  },
});
